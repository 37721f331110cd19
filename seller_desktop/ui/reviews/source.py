"""What the Reviews screen and the Today page read and do, as plain callables: the one place that
knows the core's review queue (``core_source``). The widgets take plain items, so they are tested
with lists and never need the store.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol, cast

from seller_desktop.core.store import Store

if TYPE_CHECKING:
    from seller_desktop.core.settings import Settings

#: The states a queue item can be in (the core's ``ReviewItem.state``).
ELIGIBLE, UPCOMING, CLOSED, REQUESTED, EXCLUDED = (
    "eligible",
    "upcoming",
    "closed",
    "requested",
    "excluded",
)

#: A week of the chart: its first day, eligible orders, requested orders.
Week = tuple[date, int, int]


class ReviewLike(Protocol):
    """One order in the queue, as the screen shows it (the core's ``ReviewItem``)."""

    @property
    def order_id(self) -> str: ...
    @property
    def marketplace(self) -> str: ...
    @property
    def sku(self) -> str: ...
    @property
    def product(self) -> str: ...
    @property
    def window_start(self) -> date | None: ...
    @property
    def window_end(self) -> date | None: ...
    @property
    def state(self) -> str: ...
    @property
    def requested_on(self) -> date | None: ...
    @property
    def reason(self) -> str | None: ...


@dataclass(frozen=True)
class Exclusions:
    """Which orders are never asked (SKUs, and kinds of orders)."""

    skus: tuple[str, ...] = ()
    refunded_or_returned: bool = True
    buyer_cancelled: bool = True
    late_delivery: bool = True


@dataclass(frozen=True)
class Facts:
    """What the seller recorded about an order for the review window."""

    delivered_on: date | None = None
    refund_or_return: bool = False
    cancel_requested: bool = False


class AutoRunLike(Protocol):
    """One automatic round, as the log shows it (the core's ``AutoRun``)."""

    @property
    def started_at(self) -> str: ...
    @property
    def eligible(self) -> int: ...
    @property
    def requested(self) -> int: ...
    @property
    def already(self) -> int: ...
    @property
    def not_eligible(self) -> int: ...
    @property
    def failed(self) -> int: ...
    @property
    def stopped(self) -> str | None: ...
    @property
    def interrupted(self) -> bool: ...


@dataclass(frozen=True)
class ReviewsSource:
    """The queue and what can be done with it."""

    queue: Callable[[date], list[ReviewLike]]
    #: The chart's weeks, counted from the queue just read (it is not read twice).
    weeks: Callable[[int, list[ReviewLike]], list[Week]]
    #: Record these orders as requested (by hand, in Seller Central): on the GUI thread.
    mark: Callable[[list[str]], None]
    #: The Solicitations API requests for these orders: a generator for the worker.
    request_steps: Callable[[list[str]], Generator[Any, None, Any]]
    #: Seller Central's page for an order (marketplace, order id), None where none is known.
    order_url: Callable[[str, str], str | None]
    #: The marketplaces an Amazon account covers (their requests go through the API).
    connected_markets: Callable[[], frozenset[str]]
    #: The seller's exclusions, and saving them (None: not kept, the box is hidden).
    exclusions: Callable[[], Exclusions] | None = None
    save_exclusions: Callable[[Exclusions], None] | None = None
    #: What the seller recorded about an order, and recording it (None: no Record button).
    facts: Callable[[str], Facts] | None = None
    record_facts: Callable[[str, Facts], None] | None = None
    #: The daily automatic requests: on or off, switching, the log (None: no such box).
    auto_enabled: Callable[[], bool] | None = None
    set_auto: Callable[[bool], None] | None = None
    auto_log: Callable[[], list[AutoRunLike]] | None = None


def core_source(store: Store) -> ReviewsSource:
    """The source backed by the store (``core.reviews``). The Solicitations API, and with it the
    HTTP client, is loaded only when requests are sent."""
    from seller_desktop.core.reviews import automatic, queue, seller_central

    return ReviewsSource(
        queue=lambda today: list(queue.review_queue(store, today)),
        weeks=lambda weeks, items: list(queue.counts_by_week(store, weeks, items=cast(Any, items))),
        mark=lambda ids: _mark(store, ids),
        request_steps=lambda ids: _request_steps(store, ids),
        order_url=seller_central.order_url,
        connected_markets=lambda: automatic.connected_marketplaces(store),
        exclusions=lambda: _exclusions(store),
        save_exclusions=lambda chosen: _save_exclusions(store, chosen),
        facts=lambda order_id: _facts(store, order_id),
        record_facts=lambda order_id, facts: _record_facts(store, order_id, facts),
        auto_enabled=lambda: _settings(store).review_auto_daily,
        set_auto=lambda on: _save_settings(store, review_auto_daily=on),
        auto_log=lambda: list(automatic.auto_runs(store)),
    )


def _settings(store: Store) -> Settings:
    from seller_desktop.core.settings import load_settings

    return load_settings(store)


def _save_settings(store: Store, **changes: Any) -> None:
    from dataclasses import replace

    from seller_desktop.core.settings import save_settings

    save_settings(store, replace(_settings(store), **changes))


def _facts(store: Store, order_id: str) -> Facts:
    from seller_desktop.core.reviews.records import review_facts

    kept = review_facts(store).get(order_id)
    if kept is None:
        return Facts()
    return Facts(kept.delivered_on, kept.refund_or_return, kept.cancel_requested)


def _record_facts(store: Store, order_id: str, facts: Facts) -> None:
    from seller_desktop.core.reviews.records import ReviewFacts, record_facts

    record_facts(
        store,
        order_id,
        ReviewFacts(facts.delivered_on, facts.refund_or_return, facts.cancel_requested),
    )


def _mark(store: Store, order_ids: list[str]) -> None:
    from seller_desktop.core.reviews.queue import mark_requested

    mark_requested(store, order_ids)


def _request_steps(store: Store, order_ids: list[str]) -> Generator[Any, None, Any]:
    """The requests on the worker, with their own connection to Amazon (closed at the end)."""
    from seller_desktop.core.reviews.solicitations import ReviewLink, request_reviews_steps

    with ReviewLink(store) as link:
        return (yield from request_reviews_steps(store, order_ids, link))


def _exclusions(store: Store) -> Exclusions:
    settings = _settings(store)
    return Exclusions(
        settings.review_excluded_skus,
        settings.review_exclude_refunds,
        settings.review_exclude_cancel_requests,
        settings.review_exclude_late,
    )


def _save_exclusions(store: Store, chosen: Exclusions) -> None:
    _save_settings(
        store,
        review_excluded_skus=tuple(chosen.skus),
        review_exclude_refunds=chosen.refunded_or_returned,
        review_exclude_cancel_requests=chosen.buyer_cancelled,
        review_exclude_late=chosen.late_delivery,
    )
