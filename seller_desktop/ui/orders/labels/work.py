"""The ship bench's network work, run on the window's worker (``ui.common.jobs``): one order per
step, so the window never waits for Amazon and Cancel stops between two orders.

Both are thin loops over the core (``core.labels.rating.fetch_rates``,
``core.labels.buying.buy_label``): an order that fails keeps its reason and the others go on. A
purchase is one step: Cancel never cuts one in half, and the core's ledger never buys an order
twice.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from seller_desktop.core.base.errors import SellerError
from seller_desktop.core.labels.amazon_link import ShippingLink
from seller_desktop.core.labels.buying import OutcomeUnknown, PriceChanged, buy_label
from seller_desktop.core.labels.packages import PackageChange
from seller_desktop.core.labels.rating import OrderRates, fetch_rates

if TYPE_CHECKING:
    from seller_desktop.core.labels.reconcile import LabelNote
    from seller_desktop.core.store.store import Store

Step = tuple[int, int, str]


def rates_steps(
    store: Store, packages: list[tuple[str, PackageChange]]
) -> Generator[Step, None, list[OrderRates]]:
    """Each order's rates for its package as the seller left it, in the order given."""
    results: list[OrderRates] = []
    total = len(packages)
    with ShippingLink(store) as link:
        for done, (order_id, change) in enumerate(packages):
            yield (done, total, order_id)
            try:
                results.extend(fetch_rates(store, [order_id], link, change))
            except SellerError as err:  # e.g. no ship-from address: said per order
                results.append(OrderRates(order_id, None, None, err))
    yield (total, total, "")
    return results


@dataclass
class Purchases:
    """How a batch purchase went, per order (ids in the order given)."""

    bought: list[str] = field(default_factory=list)
    #: The same service now costs more or less: the seller decides (its new rate id is kept).
    price_changed: dict[str, PriceChanged] = field(default_factory=dict)
    #: Amazon's answer was lost: settled at the next start or purchase, never bought twice.
    unknown: dict[str, OutcomeUnknown] = field(default_factory=dict)
    failed: dict[str, SellerError] = field(default_factory=dict)
    notes: list[LabelNote] = field(default_factory=list)


def buy_steps(store: Store, choices: list[tuple[str, str]]) -> Generator[Step, None, Purchases]:
    """Buy each (order id, rate id); the orders bought are shipped by the core."""
    outcome = Purchases()
    total = len(choices)
    with ShippingLink(store) as link:
        for done, (order_id, rate_id) in enumerate(choices):
            yield (done, total, order_id)
            try:
                result = buy_label(store, order_id, rate_id, link, "pdf")
            except PriceChanged as err:
                outcome.price_changed[order_id] = err
            except OutcomeUnknown as err:
                outcome.unknown[order_id] = err
            except SellerError as err:
                outcome.failed[order_id] = err
            else:
                outcome.bought.append(order_id)
                outcome.notes.extend(result.notes)
    yield (total, total, "")
    return outcome
