"""The store at a glance: what ``status`` prints and the GUI's status bar shows."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import timedelta

from .clock import to_iso_utc
from .retention import WipeReport
from .store.store import Store


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
    now = store.clock.now()
    now_iso, week_iso = to_iso_utc(now), to_iso_utc(now + timedelta(days=7))
    orders, held, due = store.conn.execute(
        "SELECT (SELECT count(*) FROM orders), "
        "count(c.order_id), "
        "count(CASE WHEN o.retention_deadline <= ? THEN 1 END) "
        "FROM contact_details c JOIN orders o USING (order_id) WHERE o.retention_deadline > ?",
        (week_iso, now_iso),
    ).fetchone()
    return StoreStatus(int(orders), int(held), int(due), wipe_report.count, wipe_report.failed)
