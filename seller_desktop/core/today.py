"""What the seller has to do today, as counts: the Today page's numbers (no contact details).

Each count is the same query the screen it leads to uses, so a number on the Today page is the
number of rows the seller finds there: orders to print are what the Orders screen shows with
"Unshipped" and "Not printed", late and due-today orders what its ship-by filter shows.
"""

from __future__ import annotations

from dataclasses import dataclass

from seller_desktop.core.amazon.confirmation_queue import pending_count
from seller_desktop.core.amazon.sync_state import load_sync_states
from seller_desktop.core.orders.due import Due, DueDay
from seller_desktop.core.orders.queries import OrderFilter, Tristate, count_matching
from seller_desktop.core.privacy.retention import WipeReport
from seller_desktop.core.status import store_status
from seller_desktop.core.store.store import Store

#: The Orders screen's status filter takes one status: "to print" is the unshipped ones.
TO_PRINT = OrderFilter(statuses=frozenset({"unshipped"}), printed=Tristate.NO)


@dataclass(frozen=True)
class TodayCounts:
    to_print: int
    late: int
    due_today: int
    #: Shipments Amazon has not been told of yet: by the API (queued) or by a file (to export).
    to_confirm_api: int
    to_confirm_file: int
    #: Orders whose contact details are wiped within the next 7 days.
    wiped_this_week: int
    #: The newest finished sync of any region (ISO UTC), None when never synced.
    last_sync: str | None


def today_counts(store: Store, day: DueDay) -> TodayCounts:
    """The counts for ``day`` (the seller's calendar day, from the screen)."""
    late = count_matching(store, OrderFilter(due=Due.LATE, due_day=day))
    due_today = count_matching(store, OrderFilter(due=Due.TODAY, due_day=day))
    to_file = store.conn.execute(
        "SELECT count(*) FROM shipments WHERE confirm_via = 'file' AND confirmed_at IS NULL"
    ).fetchone()[0]
    runs = [s.last_run_at for s in load_sync_states(store).values() if s.last_run_at]
    return TodayCounts(
        to_print=count_matching(store, TO_PRINT),
        late=late,
        due_today=due_today,
        to_confirm_api=pending_count(store),
        to_confirm_file=int(to_file),
        wiped_this_week=store_status(store, WipeReport()).due_within_7_days,
        last_sync=max(runs) if runs else None,
    )
