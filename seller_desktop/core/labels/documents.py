"""The label files of bought labels (schema 14's ``label_documents``), one per package.

**A label carries the buyer's name and address: these rows are contact details.** They live only
in the encrypted store; the retention wipe, erasure, the page scrub and every backup delete them
with the order's other details (``privacy.label_wipe``). Printing reads them into memory.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from seller_desktop.core.store.connection import Connection
    from seller_desktop.core.store.store import Store

FORMATS = ("PDF", "PNG", "ZPL")


@dataclass(frozen=True)
class LabelDocument:
    order_id: str
    purchase_id: int
    package_ref: str
    tracking_id: str
    format: str
    data: bytes
    printed_at: str | None


#: (package_ref, tracking_id, format, bytes) as the purchase response gives them.
IncomingDocument = tuple[str, str, str, bytes]


def insert_documents(conn: Connection, purchase_id: int, docs: Iterable[IncomingDocument]) -> None:
    """Store a purchase's documents (replacing any of the same package, e.g. a reprint)."""
    rows = []
    for package_ref, tracking_id, fmt, data in docs:
        if fmt.upper() not in FORMATS:
            raise ValueError(f"unknown label format {fmt!r}")
        rows.append((purchase_id, package_ref, tracking_id or "", fmt.upper(), bytes(data)))
    conn.executemany(
        "INSERT OR REPLACE INTO label_documents (purchase_id, package_ref, tracking_id, format, "
        "data) VALUES (?, ?, ?, ?, ?)",
        rows,
    )


def documents(store: Store, order_id: str) -> list[LabelDocument]:
    """The documents of the order's bought label (none while it has none), by package."""
    rows = store.conn.execute(
        "SELECT p.order_id, d.purchase_id, d.package_ref, d.tracking_id, d.format, d.data, "
        "d.printed_at FROM label_documents d JOIN label_purchases p ON p.id = d.purchase_id "
        "WHERE p.order_id = ? AND p.state = 'bought' ORDER BY d.package_ref",
        (order_id,),
    ).fetchall()
    return [
        LabelDocument(row[0], row[1], row[2], row[3], row[4], bytes(row[5]), row[6]) for row in rows
    ]


def unprinted_orders(store: Store) -> list[str]:
    """Orders with a bought label not printed yet, oldest purchase first."""
    return [
        row[0]
        for row in store.conn.execute(
            "SELECT p.order_id FROM label_purchases p WHERE p.state = 'bought' AND EXISTS "
            "(SELECT 1 FROM label_documents d WHERE d.purchase_id = p.id AND d.printed_at IS NULL)"
            " ORDER BY p.created_at, p.id"
        )
    ]


def mark_printed(store: Store, order_ids: Iterable[str]) -> int:
    """Mark the documents of these orders' bought labels printed; returns how many."""
    now = store.now_iso()
    with store.transaction() as conn:
        return sum(
            conn.execute(
                "UPDATE label_documents SET printed_at = ? WHERE printed_at IS NULL AND "
                "purchase_id IN (SELECT id FROM label_purchases WHERE order_id = ? "
                "AND state = 'bought')",
                (now, order_id),
            ).rowcount
            for order_id in dict.fromkeys(order_ids)
        )


def delete_documents(conn: Connection, purchase_id: int) -> None:
    conn.execute("DELETE FROM label_documents WHERE purchase_id = ?", (purchase_id,))
