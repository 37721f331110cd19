"""Label documents are contact details (they carry the buyer's name and address): whatever
deletes an order's details deletes its labels' documents too — the retention wipe and erasure
(``retention.wipe_orders``), every backup (``backup_ledger.apply_ledger``), and the page scrub
(``scrub``) rebuilds their table as it rebuilds ``contact_details``.

Works on every schema version: a store or copy older than schema 14 has no label tables, and
then there is nothing to delete. The purchases themselves (carrier, price, shipment id) are not
personal data and stay, like the order.
"""

from __future__ import annotations

from collections.abc import Sequence

LABEL_TABLE = "label_documents"


def has_labels(conn, schema: str = "main") -> bool:
    return (
        conn.execute(
            f"SELECT 1 FROM {schema}.sqlite_master WHERE type = 'table' AND name = ?",
            (LABEL_TABLE,),
        ).fetchone()
        is not None
    )


def delete_label_documents(conn, order_ids: Sequence[str], schema: str = "main") -> int:
    """Delete the label documents of these orders; returns how many went."""
    if not order_ids or not has_labels(conn, schema):
        return 0
    deleted = 0
    for start in range(0, len(order_ids), 500):
        part = list(order_ids[start : start + 500])
        deleted += conn.execute(
            f"DELETE FROM {schema}.label_documents WHERE purchase_id IN (SELECT id FROM "
            f"{schema}.label_purchases WHERE order_id IN ({', '.join('?' * len(part))}))",
            part,
        ).rowcount
    return deleted


def orders_holding_labels_sql(schema: str) -> str:
    """A SELECT of the order ids that hold label documents in ``schema`` (has_labels first)."""
    return (
        f"SELECT p.order_id FROM {schema}.label_purchases p WHERE EXISTS (SELECT 1 FROM "
        f"{schema}.label_documents d WHERE d.purchase_id = p.id)"
    )
