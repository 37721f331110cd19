"""The retention deadline rule: when an order's contact details must be gone.

A pure rule over an order's dates, importing only the clock, so the order model, the importer and
shipping can compute a deadline without reaching into the wipe (``retention``), which itself needs
the order repository and the tax archive.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from typing import Protocol

from seller_desktop.core.base.clock import from_iso_utc, to_iso_utc

#: An order neither shipped nor cancelled keeps its details at most this long after purchase.
OPEN_ORDER_DAYS = 60
#: From this day after purchase an open order holding details is flagged to the seller.
OPEN_ORDER_WARNING_DAYS = 45
#: What one extension of an open order adds.
EXTENSION_DAYS = 30
OPEN_STATUSES = ("pending", "unshipped", "partially_shipped")


class _Dated(Protocol):
    status: str
    retention_extension_days: int
    purchased_at: str
    latest_delivery_date: str | None
    shipped_on: str | None
    delivered_on: str | None
    cancelled_on: str | None


def compute_deadline(order: _Dated, retention_days: int) -> str:
    """When the contact details must be gone.

    Delivered (the seller's date, or a delivered status from Amazon): + N days. Shipped: the ship
    date (unknown: the purchase) + N — never the promised or latest delivery date, which can lie after the real delivery
    and so keep details longer than Amazon's "30 days after delivery" allows. Cancelled:
    cancellation + N. Anything still to ship (pending, unshipped, partly shipped): purchase + 60
    days (+ any extension), because the address is needed until the parcel leaves.
    """
    if order.delivered_on:
        anchor: str | None = order.delivered_on
    elif order.status == "shipped":
        # A report may say "shipped" without a date: delivery came after purchase, so purchase + N
        # is never later than delivery + N.
        anchor = order.shipped_on or order.purchased_at
    elif order.status == "cancelled":
        anchor = order.cancelled_on or order.purchased_at
    else:
        anchor = None
    if anchor:
        return to_iso_utc(_end_of(anchor) + timedelta(days=retention_days))
    cap = OPEN_ORDER_DAYS + (order.retention_extension_days or 0)
    return to_iso_utc(from_iso_utc(order.purchased_at) + timedelta(days=cap))


def _end_of(value: str) -> datetime:
    """A date counts to its end (in UTC), an instant as it is: never early."""
    if "T" in value:
        return from_iso_utc(value)
    return datetime.combine(date.fromisoformat(value), time.max, tzinfo=timezone.utc).replace(
        microsecond=0
    )
