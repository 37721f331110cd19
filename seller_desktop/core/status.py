"""The store at a glance: what ``status`` prints and the GUI's status bar shows."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import timedelta

from seller_desktop.core.base.clock import to_iso_utc
from seller_desktop.core.orders.repository import count_orders
from seller_desktop.core.privacy.retention import WipeReport
from seller_desktop.core.store.store import Store


@dataclass(frozen=True)
class StoreStatus:
    orders: int
    with_contact_details: int
    due_within_7_days: int
    wiped_at_open: int
    wipe_failed: str | None

    def as_json(self) -> dict:
        return asdict(self)


def store_status(store: Store, wipe_report: WipeReport) -> StoreStatus:
    """Counts through the deadline index only: a join over every contact row costs 0.1 s at
    100,000 orders, and this runs before the main window's first paint."""
    now = store.clock.now()
    now_iso, week_iso = to_iso_utc(now), to_iso_utc(now + timedelta(days=7))
    held_sql = "EXISTS (SELECT 1 FROM contact_details c WHERE c.order_id = o.order_id)"
    orders = count_orders(store)
    stored, overdue, due = store.conn.execute(
        "SELECT (SELECT count(*) FROM contact_details), "
        f"(SELECT count(*) FROM orders o WHERE o.retention_deadline <= ? AND {held_sql}), "
        f"(SELECT count(*) FROM orders o WHERE o.retention_deadline > ? "
        f"AND o.retention_deadline <= ? AND {held_sql})",
        (now_iso, now_iso, week_iso),
    ).fetchone()
    # Rows past their deadline but not wiped yet (a failed wipe) do not count as held: they are
    # never shown.
    return StoreStatus(
        int(orders), int(stored) - int(overdue), int(due), wipe_report.count, wipe_report.failed
    )
