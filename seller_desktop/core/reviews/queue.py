"""The review queue: every recent order with its window and where it stands today — eligible,
upcoming, closed, requested or excluded — and the weekly counts the Reviews chart draws.

It reads orders and their items only, never contact details: an order whose details were wiped
moves through the queue exactly as before.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from seller_desktop.core.base.clock import from_iso_utc
from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP
from seller_desktop.core.orders.model import Order
from seller_desktop.core.reviews.records import (
    ASKED,
    RequestRecord,
    ReviewFacts,
    request_records,
    review_facts,
    write_request,
)
from seller_desktop.core.reviews.window import Window, local_day, review_window, today_in, zone_of
from seller_desktop.core.settings import Settings, load_settings

if TYPE_CHECKING:
    from seller_desktop.core.store.store import Store

#: Orders purchased longer ago than this are past any window (longest transit + 30 days + slack).
LOOKBACK_DAYS = 180
STATES = ("eligible", "upcoming", "closed", "requested", "excluded")
_ORDER_FIELDS = (
    "order_id",
    "marketplace",
    "purchased_at",
    "status",
    "ship_service",
    "latest_delivery_date",
    "earliest_delivery_date",
    "shipped_on",
    "delivered_on",
    "buyer_cancel_requested",
)


@dataclass(frozen=True)
class ReviewItem:
    order_id: str
    marketplace: str
    sku: str
    product: str
    window_start: date | None
    window_end: date | None
    #: One of ``STATES``.
    state: str
    requested_on: date | None = None
    #: Why excluded or not yet eligible, as a code: cancelled, excluded_sku, refund_or_return,
    #: cancel_requested, late_delivery, not_shipped, unconfirmed (a request whose answer was lost,
    #: checked with Amazon before anything else is sent), or Amazon's word for not_eligible.
    reason: str | None = None
    #: The marketplace's today the state was judged on.
    today: date | None = None

    @property
    def days_left(self) -> int | None:
        """Days the window stays open after today (0: today is its last day)."""
        if self.window_end is None or self.today is None:
            return None
        return (self.window_end - self.today).days


def review_queue(store: Store, today: date | None = None) -> list[ReviewItem]:
    """Orders of the last ``LOOKBACK_DAYS`` (and any with a request on record), eligible first,
    those closing soonest on top. ``today`` None judges each order on its marketplace's today."""
    settings = load_settings(store)
    records = request_records(store)
    facts = review_facts(store)
    now = store.clock.now()
    items = [
        _item(order, skus, settings, records.get(order.order_id), facts.get(order.order_id), day)
        for order, skus in _recent_orders(store, now.date() - timedelta(days=LOOKBACK_DAYS))
        for day in [today or today_in(order.marketplace, now)]
    ]
    rank = {state: i for i, state in enumerate(STATES)}
    return sorted(
        items,
        key=lambda i: (rank[i.state], i.window_end or date.max, i.order_id),
    )


def eligible_count(store: Store, today: date | None = None) -> int:
    """How many orders of ``review_queue(store, today)`` are eligible (the Today page's number),
    judged by the same rules on the only orders that can be: shipped, with no request on record.
    The whole queue reads every recent order (seconds at 100,000, before the first paint)."""
    settings = load_settings(store)
    facts = review_facts(store)
    now = store.clock.now()
    since = now.date() - timedelta(days=LOOKBACK_DAYS)
    return sum(
        1
        for order, skus in _recent_orders(store, since, candidates_only=True)
        if _item(
            order,
            skus,
            settings,
            None,
            facts.get(order.order_id),
            today or today_in(order.marketplace, now),
        ).state
        == "eligible"
    )


def counts_by_week(
    store: Store, weeks: int, today: date | None = None, items: list[ReviewItem] | None = None
) -> list[tuple[date, int, int]]:
    """(Monday, orders eligible at some point that week, requests made that week), oldest week
    first, the last being the current one. Excluded orders count in neither. ``items``: the
    queue when the caller has just read it (the Reviews page), else it is read here."""
    queue = review_queue(store, today) if items is None else items
    day = today or store.clock.now().date()
    current = day - timedelta(days=day.weekday())
    starts = [current - timedelta(weeks=n) for n in range(weeks - 1, -1, -1)]
    rows = []
    for start in starts:
        end = start + timedelta(days=6)
        eligible = sum(
            1
            for i in queue
            if i.state != "excluded"
            and i.window_start is not None
            and i.window_end is not None
            and i.window_start <= end
            and i.window_end >= start
        )
        requested = sum(
            1 for i in queue if i.requested_on is not None and start <= i.requested_on <= end
        )
        rows.append((start, eligible, requested))
    return rows


def mark_requested(store: Store, order_ids: Iterable[str]) -> list[str]:
    """Record that the seller asked in Seller Central; returns the orders newly marked (one asked
    before, by any way, stays as it was). Unknown orders: BadInput, nothing marked."""
    ids = list(dict.fromkeys(order_ids))
    for order_id in ids:
        if store.conn.execute("SELECT 1 FROM orders WHERE order_id = ?", (order_id,)).fetchone():
            continue
        raise BadInput(
            QT_TRANSLATE_NOOP("SellerError", "There is no order {order_id} in the store."),
            order_id=order_id,
        )
    records = request_records(store, ids)
    marked = []
    for order_id in ids:
        record = records.get(order_id)
        if record is not None and record.state in ASKED:
            continue
        write_request(store, order_id, "marked", "hand")
        marked.append(order_id)
    return marked


def _item(
    order: Order,
    skus: list[tuple[str, str]],
    settings: Settings,
    record: RequestRecord | None,
    facts: ReviewFacts | None,
    today: date,
) -> ReviewItem:
    window = review_window(order, settings, facts.delivered_on if facts else None)
    sku, product = skus[0] if skus else ("", "")
    state, reason, requested_on = _state(order, skus, settings, record, facts, window, today)
    return ReviewItem(
        order.order_id,
        order.marketplace,
        sku,
        product,
        window.start if window else None,
        window.end if window else None,
        state,
        requested_on,
        reason,
        today,
    )


def _state(
    order: Order,
    skus: list[tuple[str, str]],
    settings: Settings,
    record: RequestRecord | None,
    facts: ReviewFacts | None,
    window: Window | None,
    today: date,
) -> tuple[str, str | None, date | None]:
    """(state, reason, requested on) by the rules in order: a record first, then exclusions,
    then the window."""
    if record is not None:
        asked_on = from_iso_utc(record.at).astimezone(zone_of(order.marketplace)).date()
        if record.state in ASKED:
            return "requested", record.reason, asked_on
        if record.state == "sending":
            return "requested", "unconfirmed", asked_on
        return "excluded", record.reason or "not_eligible", None
    excluded = _exclusion(order, skus, settings, facts)
    if excluded:
        return "excluded", excluded, None
    if window is None:
        return "upcoming", "not_shipped", None
    if today > window.end:
        return "closed", None, None
    if today < window.start:
        return "upcoming", None, None
    if order.status not in ("shipped", "partially_shipped"):
        return "upcoming", "not_shipped", None
    return "eligible", None, None


def _exclusion(
    order: Order, skus: list[tuple[str, str]], settings: Settings, facts: ReviewFacts | None
) -> str | None:
    if order.status == "cancelled":
        return "cancelled"
    never = {s.strip().upper() for s in settings.review_excluded_skus}
    if any(sku.strip().upper() in never for sku, _ in skus):
        return "excluded_sku"
    if facts is not None and facts.refund_or_return and settings.review_exclude_refunds:
        return "refund_or_return"
    asked_to_cancel = bool(order.buyer_cancel_requested) or (
        facts is not None and facts.cancel_requested
    )
    if asked_to_cancel and settings.review_exclude_cancel_requests:
        return "cancel_requested"
    if settings.review_exclude_late:
        zone = zone_of(order.marketplace)
        promised = local_day(order.latest_delivery_date, zone)
        delivered = (facts.delivered_on if facts else None) or local_day(order.delivered_on, zone)
        if promised is not None and delivered is not None and delivered > promised:
            return "late_delivery"
    return None


def _recent_orders(
    store: Store, since: date, candidates_only: bool = False
) -> list[tuple[Order, list[tuple[str, str]]]]:
    """Orders purchased since ``since`` or with a request on record, with their (SKU, product
    name) pairs; the fields the window needs, no contact details. ``candidates_only``: only the
    recent shipped orders with no request on record (the only ones that can be eligible)."""
    where = (
        "o.purchased_at >= ? AND o.status IN ('shipped', 'partially_shipped') "
        "AND o.order_id NOT IN (SELECT order_id FROM review_requests)"
        if candidates_only
        else "o.purchased_at >= ? OR o.order_id IN (SELECT order_id FROM review_requests)"
    )
    rows = store.conn.execute(
        f"SELECT {', '.join('o.' + f for f in _ORDER_FIELDS)} FROM orders o WHERE {where} "
        "ORDER BY o.purchased_at, o.order_id",
        (since.isoformat(),),
    ).fetchall()
    orders = [Order(**dict(zip(_ORDER_FIELDS, row))) for row in rows]
    skus: dict[str, list[tuple[str, str]]] = {o.order_id: [] for o in orders}
    for order_id, sku, name in store.conn.execute(
        "SELECT i.order_id, i.sku, i.product_name FROM order_items i JOIN orders o "
        f"USING (order_id) WHERE {where} ORDER BY i.rowid",
        (since.isoformat(),),
    ):
        if order_id in skus:
            skus[order_id].append((sku, name or ""))
    return [(order, skus[order.order_id]) for order in orders]
