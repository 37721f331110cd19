"""Which open orders are late or due today: past or on their latest ship date.

A ship-by value is either an instant (``2026-12-03T07:59:59Z``, from Amazon's reports and API)
or a calendar day (``2026-12-03``, typed on a manual order: "by the end of that day"). An instant
is late once it has passed; a day is late once the seller's today is after it. "Due today" is what
is not late yet but falls due before the seller's day ends. Only open orders (unshipped or partly
shipped) can be late: a shipped or cancelled order is done, a pending one not yet payable.

The seller's day comes from the screen (``DueDay.at`` takes a local, aware time): core needs no
time zone of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from enum import Enum

from seller_desktop.core.base.clock import to_iso_utc
from seller_desktop.core.orders.model import Order

#: Orders that still have something to send.
DUE_STATUSES = ("unshipped", "partially_shipped")


class Due(Enum):
    """The Orders screen's ship-by filter."""

    ANY = "any"
    LATE = "late"
    TODAY = "today"


@dataclass(frozen=True)
class DueDay:
    """The moment and the seller's calendar day that lateness is measured against."""

    #: Now, as an ISO UTC instant.
    now: str
    #: The seller's calendar day (``2026-12-03``).
    today: str
    #: The start of the seller's next day, as an ISO UTC instant.
    day_end: str

    @classmethod
    def at(cls, local_now: datetime) -> DueDay:
        """The day around ``local_now``, an aware time in the seller's zone."""
        tomorrow = datetime.combine(local_now.date() + timedelta(days=1), time.min)
        return cls(
            to_iso_utc(local_now),
            local_now.date().isoformat(),
            to_iso_utc(tomorrow.replace(tzinfo=local_now.tzinfo)),
        )


def due_state(order: Order, day: DueDay) -> Due:
    """LATE, TODAY or ANY (neither) for one order, as the filter would sort it."""
    ship_by = order.latest_ship_date
    if not ship_by or order.status not in DUE_STATUSES:
        return Due.ANY
    if len(ship_by) == len(day.today):  # a calendar day
        if ship_by < day.today:
            return Due.LATE
        return Due.TODAY if ship_by == day.today else Due.ANY
    if ship_by < day.now:
        return Due.LATE
    return Due.TODAY if ship_by < day.day_end else Due.ANY


def due_sql(due: Due, day: DueDay) -> tuple[str, list[str]]:
    """The condition on ``orders o`` matching ``due`` (ANY: none, an empty string), and its
    parameters; the same rule as ``due_state``."""
    if due is Due.ANY:
        return "", []
    statuses = f"o.status IN ({', '.join('?' * len(DUE_STATUSES))})"
    if due is Due.LATE:
        ship_by = (
            "((length(o.latest_ship_date) = 10 AND o.latest_ship_date < ?)"
            " OR (length(o.latest_ship_date) > 10 AND o.latest_ship_date < ?))"
        )
        return f"{statuses} AND {ship_by}", [*DUE_STATUSES, day.today, day.now]
    ship_by = (
        "((length(o.latest_ship_date) = 10 AND o.latest_ship_date = ?)"
        " OR (length(o.latest_ship_date) > 10 AND o.latest_ship_date >= ?"
        " AND o.latest_ship_date < ?))"
    )
    return f"{statuses} AND {ship_by}", [*DUE_STATUSES, day.today, day.now, day.day_end]
