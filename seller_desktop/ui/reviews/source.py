"""What the Reviews screen and the Today page read and do, as plain callables: the one place that
knows the core's review queue (``core_source``). The widgets take plain items, so they are tested
with lists and never need the store.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from seller_desktop.core.amazon.accounts import account_for_marketplace
from seller_desktop.core.store import Store

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
class ReviewsSource:
    """The queue and what can be done with it."""

    queue: Callable[[date], list[ReviewLike]]
    weeks: Callable[[int], list[Week]]
    #: Record these orders as requested (by hand, in Seller Central): on the GUI thread.
    mark: Callable[[list[str]], None]
    #: The Solicitations API requests for these orders: a generator for the worker.
    request_steps: Callable[[list[str]], Generator[Any, None, Any]]
    #: Seller Central's page for an order (marketplace, order id), None where none is known.
    order_url: Callable[[str, str], str | None]
    #: Whether an Amazon account covers the marketplace (then requests go through the API).
    connected: Callable[[str], bool]
    #: The seller's exclusions, and saving them (None: not kept, the box is hidden).
    exclusions: Callable[[], Exclusions] | None = None
    save_exclusions: Callable[[Exclusions], None] | None = None


def core_source(store: Store) -> ReviewsSource:
    """The source backed by the store (``core.reviews``). The Solicitations API, and with it the
    HTTP client, is loaded only when requests are sent."""
    from seller_desktop.core.reviews import queue, seller_central

    return ReviewsSource(
        queue=lambda today: list(queue.review_queue(store, today)),
        weeks=lambda weeks: list(queue.counts_by_week(store, weeks)),
        mark=lambda ids: _mark(store, ids),
        request_steps=lambda ids: _request_steps(store, ids),
        order_url=seller_central.order_url,
        connected=lambda market: account_for_marketplace(store, market) is not None,
        exclusions=lambda: _exclusions(store),
        save_exclusions=lambda chosen: _save_exclusions(store, chosen),
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
    from seller_desktop.core.settings import load_settings

    settings = load_settings(store)
    return Exclusions(
        settings.review_excluded_skus,
        settings.review_exclude_refunds,
        settings.review_exclude_cancel_requests,
        settings.review_exclude_late,
    )


def _save_exclusions(store: Store, chosen: Exclusions) -> None:
    from dataclasses import replace

    from seller_desktop.core.settings import load_settings, save_settings

    save_settings(
        store,
        replace(
            load_settings(store),
            review_excluded_skus=tuple(chosen.skus),
            review_exclude_refunds=chosen.refunded_or_returned,
            review_exclude_cancel_requests=chosen.buyer_cancelled,
            review_exclude_late=chosen.late_delivery,
        ),
    )
