"""The print log: what was printed (or saved as a PDF), when, in which layout — and Reprint.

Each run keeps the order ids it covered, so the same documents can be rendered again (they are
rendered anew from the store: an order wiped since prints "contact details removed"; a card shows
the code its order was given the first time). The log holds ids, never contact details, and keeps
the newest ``KEEP_RUNS`` runs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.store.events import log_event

if TYPE_CHECKING:
    from seller_desktop.core.store.store import Store

#: Packing slips, a pick list, insert cards alone, slips each followed by its order's cards, and
#: shipping labels alone or each followed by its order's slip, cards or both (schema 16).
DOCUMENTS = (
    "slips",
    "pick_list",
    "cards",
    "slips_cards",
    "labels",
    "labels_slips",
    "labels_cards",
    "labels_slips_cards",
)
OUTPUTS = ("printer", "pdf")
KEEP_RUNS = 500


@dataclass(frozen=True)
class PrintRun:
    id: int
    at: str
    document: str
    layout: str
    output: str
    order_ids: tuple[str, ...]
    #: Why the seller printed cards the wording checker found errors in (None: not needed).
    wording_override: str | None = None

    @property
    def order_count(self) -> int:
        return len(self.order_ids)


def record_print_run(
    store: Store,
    document: str,
    layout: str,
    output: str,
    order_ids: Sequence[str],
    wording_override: str | None = None,
) -> PrintRun:
    """Add one run to the log (and a line to the event log); older runs past KEEP_RUNS go.
    ``wording_override``: the seller's reason for printing cards with wording errors."""
    if document not in DOCUMENTS or output not in OUTPUTS:
        raise ValueError(f"unknown print run {document}/{output}")
    ids = list(dict.fromkeys(order_ids))
    if not ids:
        raise BadInput("No orders were printed.")
    at = store.now_iso()
    with store.transaction() as conn:
        cursor = conn.execute(
            "INSERT INTO print_log (at, document, layout, output, order_count, order_ids, "
            "wording_override) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (at, document, layout, output, len(ids), " ".join(ids), wording_override),
        )
        run_id = int(cursor.lastrowid)
        conn.execute("DELETE FROM print_log WHERE id <= ?", (run_id - KEEP_RUNS,))
        log_event(
            store,
            "printed" if output == "printer" else "saved_pdf",
            f"{document} ({layout}), {len(ids)} orders, print run {run_id}"
            + (", wording errors overridden" if wording_override else ""),
        )
    return PrintRun(run_id, at, document, layout, output, tuple(ids), wording_override)


def print_runs(store: Store, limit: int = 100) -> list[PrintRun]:
    """The newest runs first."""
    return [
        _run(row)
        for row in store.conn.execute(
            "SELECT id, at, document, layout, output, order_ids, wording_override FROM print_log "
            "ORDER BY id DESC LIMIT ?",
            (limit,),
        )
    ]


def get_print_run(store: Store, run_id: int) -> PrintRun | None:
    row = store.conn.execute(
        "SELECT id, at, document, layout, output, order_ids, wording_override FROM print_log "
        "WHERE id = ?",
        (run_id,),
    ).fetchone()
    return _run(row) if row else None


def reprint_ids(store: Store, run: PrintRun) -> list[str]:
    """The run's orders that are still in the store (in the run's order); BadInput if none are."""
    present: list[str] = []
    for start in range(0, len(run.order_ids), 500):
        part = run.order_ids[start : start + 500]
        found = {
            row[0]
            for row in store.conn.execute(
                f"SELECT order_id FROM orders WHERE order_id IN ({', '.join('?' * len(part))})",
                part,
            )
        }
        present.extend(i for i in part if i in found)
    if not present:
        raise BadInput("None of the orders of that print run are in the store any more.")
    return present


def _run(row) -> PrintRun:
    return PrintRun(int(row[0]), row[1], row[2], row[3], row[4], tuple(row[5].split()), row[6])
