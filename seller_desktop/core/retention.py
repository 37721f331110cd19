"""Retention: when an order's contact details must be gone, and the wipe that removes them.

The wipe runs inside ``open_store`` before anything can read an order. This module holds the
deadline rule and a wipe that deletes the rows with secure_delete on and truncates the WAL; the
privacy work extends it (archive, backups, extensions) without changing where it is called.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from typing import Protocol

from .clock import Clock, from_iso_utc, to_iso_utc

#: An order neither shipped nor cancelled keeps its details at most this long after purchase.
OPEN_ORDER_DAYS = 60


class _Dated(Protocol):
    status: str
    purchased_at: str
    latest_delivery_date: str | None
    shipped_on: str | None
    delivered_on: str | None
    cancelled_on: str | None


@dataclass
class WipeReport:
    """What a retention pass did: counts and order ids only, never contact details."""

    wiped_order_ids: list[str] = field(default_factory=list)
    failed: str | None = None

    @property
    def count(self) -> int:
        return len(self.wiped_order_ids)


def compute_deadline(order: _Dated, retention_days: int) -> str:
    """When the contact details must be gone.

    Delivered (the seller's date): + N days. Shipped: latest expected delivery, else the ship
    date, + N. Cancelled: cancellation + N. Anything still to ship (pending, unshipped, partly
    shipped): purchase + 60 days, because the address is needed until the parcel leaves.
    """
    if order.delivered_on:
        anchor: str | None = order.delivered_on
    elif order.status == "shipped":
        anchor = order.latest_delivery_date or order.shipped_on
    elif order.status == "cancelled":
        anchor = order.cancelled_on or order.purchased_at
    else:
        anchor = None
    if anchor:
        return to_iso_utc(_end_of(anchor) + timedelta(days=retention_days))
    return to_iso_utc(from_iso_utc(order.purchased_at) + timedelta(days=OPEN_ORDER_DAYS))


def _end_of(value: str) -> datetime:
    """A date counts to its end (in UTC), an instant as it is: never early."""
    if "T" in value:
        return from_iso_utc(value)
    return datetime.combine(date.fromisoformat(value), time.max, tzinfo=timezone.utc).replace(
        microsecond=0
    )


def apply_retention(store, clock: Clock) -> WipeReport:
    """Delete every contact-details row past its deadline and leave no copy in the WAL."""
    from .store.events import log_event  # local: store.events imports nothing of ours back

    now = to_iso_utc(clock.now())
    report = WipeReport()
    try:
        with store.transaction() as conn:
            due = [
                row[0]
                for row in conn.execute(
                    "SELECT c.order_id FROM contact_details c JOIN orders o USING (order_id) "
                    "WHERE o.retention_deadline <= ? ORDER BY c.order_id",
                    (now,),
                )
            ]
            if due:
                conn.executemany("DELETE FROM contact_details WHERE order_id = ?", [(i,) for i in due])
                conn.executemany("UPDATE orders SET contact_wiped_at = ? WHERE order_id = ?",
                                 [(now, i) for i in due])
                log_event(store, "wipe", f"{len(due)} orders: " + " ".join(due))
        report.wiped_order_ids = due
        if due:
            store.checkpoint()
    except Exception as err:  # reading stays guarded by the deadline; the next pass retries
        report.failed = f"{type(err).__name__}: the wipe will be retried at the next start"
    return report


def wiped_order_ids(conn) -> set[str]:
    """Orders whose contact details were wiped: no report or sync may bring them back."""
    return {row[0] for row in conn.execute(
        "SELECT order_id FROM orders WHERE contact_wiped_at IS NOT NULL")}
