"""Read-only figures for the Privacy screen: upcoming wipes and the wipe log, by order id only.

Nothing here returns a contact detail: the timeline is order ids and deadlines, the log is the
event log's own words (order ids and counts). Queries go through the deadline index.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from seller_desktop.core.base.clock import from_iso_utc, to_iso_utc
from seller_desktop.core.store.store import Store

#: Event kinds that removed contact details: the retention wipe and erasure on request.
WIPE_KINDS = ("wipe", "erasure")


@dataclass(frozen=True)
class UpcomingWipe:
    """The orders whose deadline falls on one UTC day."""

    day: str  # YYYY-MM-DD (UTC)
    order_ids: tuple[str, ...]

    @property
    def count(self) -> int:
        return len(self.order_ids)


@dataclass(frozen=True)
class WipeLogEntry:
    at: str
    kind: str  # "wipe" or "erasure"
    count: int
    order_ids: tuple[str, ...]


def upcoming_wipes(store: Store, days: int = 30) -> list[UpcomingWipe]:
    """Orders still holding contact details whose deadline falls within ``days``, by day."""
    now = store.clock.now()
    rows = store.conn.execute(
        "SELECT o.order_id, o.retention_deadline FROM orders o "
        "WHERE o.retention_deadline > ? AND o.retention_deadline <= ? "
        "AND EXISTS (SELECT 1 FROM contact_details c WHERE c.order_id = o.order_id) "
        "ORDER BY o.retention_deadline, o.order_id",
        (to_iso_utc(now), to_iso_utc(now + timedelta(days=days))),
    )
    by_day: dict[str, list[str]] = {}
    for order_id, deadline in rows:
        by_day.setdefault(from_iso_utc(deadline).date().isoformat(), []).append(order_id)
    return [UpcomingWipe(day, tuple(ids)) for day, ids in by_day.items()]


def wipe_log(store: Store, limit: int = 100) -> list[WipeLogEntry]:
    """The latest wipes and erasures, newest first: when, how many, which order ids."""
    marks = ", ".join("?" * len(WIPE_KINDS))
    rows = store.conn.execute(
        f"SELECT at, kind, detail FROM event_log WHERE kind IN ({marks}) ORDER BY id DESC LIMIT ?",
        (*WIPE_KINDS, limit),
    )
    entries = []
    for at, kind, detail in rows:
        head, _, ids = detail.partition(":")
        order_ids = tuple(ids.split())
        try:
            count = int(head.split()[0])
        except (ValueError, IndexError):
            count = len(order_ids)
        entries.append(WipeLogEntry(at, kind, count, order_ids))
    return entries
