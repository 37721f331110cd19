"""What the Reviews screen and the Today page read and do, as plain callables: the one place that
knows the core's review queue (``core_source``). The widgets take plain items, so they are tested
with lists and never need the store.
"""

from __future__ import annotations

import importlib
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
    def window_start(self) -> date: ...
    @property
    def window_end(self) -> date: ...
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


#: The core's review queue, once it is in this branch (built alongside, in ``core/reviews``).
REVIEWS_CORE = "seller_desktop.core.reviews"


def core_source(store: Store) -> ReviewsSource | None:
    """The source backed by the store; None (BRANCH FALLBACK, remove when ``core/reviews`` is
    merged: then import it directly) while the core module is not in this branch."""
    try:
        reviews: Any = importlib.import_module(REVIEWS_CORE)
        central: Any = importlib.import_module(REVIEWS_CORE + ".seller_central")
    except ImportError:
        return None
    return ReviewsSource(
        queue=lambda today: list(reviews.review_queue(store, today)),
        weeks=lambda weeks: list(reviews.counts_by_week(store, weeks)),
        mark=lambda ids: reviews.mark_requested(store, ids),
        request_steps=lambda ids: reviews.request_reviews_steps(store, ids, None),
        order_url=lambda market, order_id: central.order_url(market, order_id),
        connected=lambda market: account_for_marketplace(store, market) is not None,
        exclusions=_optional(reviews, "load_exclusions", store),
        save_exclusions=_optional(reviews, "save_exclusions", store),
    )


def _optional(module: Any, name: str, store: Store) -> Any:
    """``module.name`` bound to the store, or None if the core has no such function."""
    function = getattr(module, name, None)
    return None if function is None else (lambda *args: function(store, *args))
