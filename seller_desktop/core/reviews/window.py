"""When Amazon lets a seller ask for a review: from 5 days after the earliest delivery date to 30
days after the latest delivery date ("Request a Review" in Seller Central and the Solicitations
API apply the same rule), counted in calendar days of the marketplace's time zone.

Where the dates come from, first found wins:

1. Amazon's promised delivery window (the reports' ``earliest-delivery-date`` /
   ``latest-delivery-date``, the Orders API's ``deliverByWindow``); with only one of the two,
   it stands for both (with only the latest, the window opens late rather than early, when
   Amazon would refuse).
2. The day the order was delivered: the one the seller recorded for reviews, else the order's
   own ``delivered_on``.
3. The ship date plus a transit estimate for the ship service level (``TRANSIT_DAYS``, which the
   seller can override per level in ``Settings.review_transit_days``).

These dates serve the review window only: the retention deadline keeps its own rule
(``core.privacy.deadlines``: actual delivery, else the ship date), so an estimate here can never
keep contact details longer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from seller_desktop.core.orders.marketplaces import MARKETPLACES
from seller_desktop.core.orders.model import Order
from seller_desktop.core.settings import Settings, parse_transit_days

#: Amazon's rule: the window opens this many days after the earliest delivery date ...
OPENS_AFTER_DAYS = 5
#: ... and closes this many days after the latest delivery date (that day still counts).
CLOSES_AFTER_DAYS = 30
#: Days from shipping to delivery when Amazon gave no promised dates, by ship service level (the
#: reports' spelling, compared without case); levels not named take ``DEFAULT_TRANSIT_DAYS``.
TRANSIT_DAYS = {
    "sameday": 0,
    "nextday": 1,
    "secondday": 2,
    "expedited": 3,
    "priority": 2,
    "standard": 5,
    "freeeconomy": 7,
    "scheduled": 5,
}
DEFAULT_TRANSIT_DAYS = 5


@dataclass(frozen=True)
class Window:
    """The first and the last day (inclusive) a review may be requested, marketplace days."""

    start: date
    end: date

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


def review_window(order: Order, settings: Settings, delivered: date | None = None) -> Window | None:
    """The order's review window; None when nothing says when it was (or will be) delivered.
    ``delivered`` is the delivery day the seller recorded for reviews (``review_facts``)."""
    zone = zone_of(order.marketplace)
    latest = local_day(order.latest_delivery_date, zone)
    earliest = local_day(order.earliest_delivery_date, zone)
    if latest is not None or earliest is not None:
        first, last = earliest or latest, latest or earliest
        assert first is not None and last is not None
        return _window(min(first, last), last)
    delivered = delivered or local_day(order.delivered_on, zone)
    if delivered is not None:
        return _window(delivered, delivered)
    shipped = local_day(order.shipped_on, zone)
    if shipped is None:
        return None
    arrives = shipped + timedelta(days=transit_days(order.ship_service, settings))
    return _window(arrives, arrives)


def transit_days(ship_service: str | None, settings: Settings) -> int:
    """The transit estimate for a ship service level: the seller's, else ours, else the default."""
    level = "".join((ship_service or "").lower().split())
    own = parse_transit_days(settings.review_transit_days) or {}
    own = {"".join(k.split()): v for k, v in own.items()}
    return own.get(level, TRANSIT_DAYS.get(level, DEFAULT_TRANSIT_DAYS))


@lru_cache(maxsize=64)
def zone_of(marketplace: str) -> ZoneInfo:
    """The marketplace's zone, kept: ``ZoneInfo`` keeps only the last 8 zones strongly, so a queue
    over more marketplaces than that read the zone file again for every order (5 s at 100,000)."""
    known = MARKETPLACES.get((marketplace or "").upper())
    return ZoneInfo(known.time_zone if known else "UTC")


def today_in(marketplace: str, now: datetime) -> date:
    """The calendar day it is in the marketplace at the instant ``now`` (aware)."""
    return now.astimezone(zone_of(marketplace)).date()


def local_day(value: str | None, zone: ZoneInfo) -> date | None:
    """A stored date or instant as the marketplace's calendar day: a bare date is that day; an
    instant (UTC, as the importers store them) is converted first. None when absent or odd."""
    if not value:
        return None
    text = value.strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        instant = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if instant.tzinfo is None:
        return instant.date()
    return instant.astimezone(zone).date()


def _window(earliest: date, latest: date) -> Window:
    return Window(
        earliest + timedelta(days=OPENS_AFTER_DAYS), latest + timedelta(days=CLOSES_AFTER_DAYS)
    )
