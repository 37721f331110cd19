"""Rates for one or many orders, each with a default choice by the seller's rule.

Runs on the caller's thread (the window runs it on its worker). Per order: the package planned
from its items (``packages``), Amazon's rates for it (``ShippingApi.get_rates``), kept in the store
(``quotes``) for the purchase. An order that cannot be rated (no business or account for its
marketplace, an unknown product size, Amazon's refusal) gets its error instead; the others go on.

The default rule (``Settings.label_preferred_service``): the preferred ``CARRIER_ID/SERVICE_ID``
when Amazon offers it; otherwise the cheapest rate whose delivery window ends by the order's
latest delivery date (Amazon's promise to the buyer; any rate when the order has none). A rate
that requires additional inputs is listed but never the default, and none may be the default.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timezone
from typing import TYPE_CHECKING

from seller_desktop.core.amazon.shipping_api import PackageRequest, Rate, RateQuote
from seller_desktop.core.base.errors import BadInput, SellerError
from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP
from seller_desktop.core.labels.amazon_link import ShippingLink, ship_from_of
from seller_desktop.core.labels.packages import (
    PackageChange,
    PlannedPackage,
    changed,
    plan_package,
)
from seller_desktop.core.labels.quotes import save_quote
from seller_desktop.core.orders.repository import get_order
from seller_desktop.core.settings import load_settings

if TYPE_CHECKING:
    from seller_desktop.core.amazon.shipping_api import ShipFrom
    from seller_desktop.core.orders.model import Order
    from seller_desktop.core.store.store import Store


@dataclass(frozen=True)
class OrderRates:
    order_id: str
    quote: RateQuote | None
    default: Rate | None
    #: Why the order has no rates (its message says what to do), else None.
    error: SellerError | None = None


def fetch_rates(
    store: Store,
    order_ids: list[str],
    link: ShippingLink,
    change: PackageChange = PackageChange(),  # noqa: B008 - frozen, never changed
) -> list[OrderRates]:
    """Rates for each order, in the order given, for its planned package with the seller's
    ``change``; BadInput before anything is sent when the ship-from address is not set."""
    settings = load_settings(store)
    ship_from = ship_from_of(settings)
    results = []
    for order_id in dict.fromkeys(order_ids):
        try:
            order = _order(store, order_id)
            quote = rate_order(store, order, link, ship_from, change)
        except SellerError as err:
            results.append(OrderRates(order_id, None, None, err))
            continue
        default = default_rate(quote, order.latest_delivery_date, settings.label_preferred_service)
        results.append(OrderRates(order_id, quote, default))
    return results


def _order(store: Store, order_id: str) -> Order:
    order = get_order(store, order_id)
    if order is None:
        raise BadInput(
            QT_TRANSLATE_NOOP("SellerError", "There is no order {order_id} in the store."),
            order_id=order_id,
        )
    return order


def rate_order(
    store: Store,
    order: Order,
    link: ShippingLink,
    ship_from: ShipFrom | None = None,
    change: PackageChange = PackageChange(),  # noqa: B008 - frozen, never changed
) -> RateQuote:
    """Amazon's rates for the order's planned package (with the seller's ``change``), saved as
    the order's quote."""
    api = link.for_marketplace(order.marketplace)
    ship_from = ship_from or ship_from_of(load_settings(store))
    plan = plan_package(store, order)
    if change:
        plan = changed(store, plan, change)
    package = package_request(order.order_id, plan)
    quote = api.get_rates(order.order_id, ship_from, (package,))
    save_quote(store, order.order_id, quote)
    return quote


def package_request(order_id: str, plan: PlannedPackage) -> PackageRequest:
    """One package per order for now; its reference names the order (asked for on a reprint)."""
    return PackageRequest(
        package_ref=f"{order_id}-1",
        length_cm=plan.length_mm / 10,
        width_cm=plan.width_mm / 10,
        height_cm=plan.height_mm / 10,
        weight_g=plan.weight_g,
        declared_value=plan.declared_value,
        currency=plan.currency,
        items=plan.items,
    )


def default_rate(quote: RateQuote, latest_delivery: str | None, preferred: str) -> Rate | None:
    """The rate chosen for the seller unless they choose another: the preferred service
    ("CARRIER/SERVICE", by Amazon's ids or by the names `rates` shows) when offered, else the
    cheapest that meets the order's delivery promise; never one that needs additional inputs."""
    buyable = [r for r in quote.rates if not r.requires_additional_inputs]
    wanted = " ".join(preferred.split()).casefold()
    if wanted:
        for rate in buyable:
            names = (
                f"{rate.carrier_id}/{rate.service_id}",
                f"{rate.carrier_name}/{rate.service_name}",
            )
            if wanted in (" ".join(n.split()).casefold() for n in names):
                return rate
    on_time = [r for r in buyable if meets_promise(r, latest_delivery)]
    return min(on_time, key=lambda r: r.amount, default=None)


def meets_promise(rate: Rate, latest_delivery: str | None) -> bool:
    """Whether the rate's delivery window ends by the latest delivery date (a date alone means
    the end of that day, UTC). A rate without a window does not meet a promise."""
    if not latest_delivery:
        return True
    if not rate.delivery_end:
        return False
    try:
        deadline = _instant(latest_delivery, end_of_day=True)
        return _instant(rate.delivery_end) <= deadline
    except ValueError:
        return False


def _instant(text: str, *, end_of_day: bool = False) -> datetime:
    text = text.strip().replace("Z", "+00:00")
    if len(text) == 10:
        day = datetime.fromisoformat(text).date()
        return datetime.combine(day, time.max if end_of_day else time.min, tzinfo=timezone.utc)
    value = datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
