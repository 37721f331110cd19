"""Buying a label for an order: the rate the seller chose, bought once.

1. Unresolved purchases are settled first (``reconcile``), then the order is checked
   (``check_can_buy``: a live label refuses, BadInput, before anything is sent).
2. The rate comes from the order's stored quote. Its request token is used while younger than
   10 minutes; after that (or on ``TOKEN_EXPIRED``) the rates are fetched again and the same
   carrier and service bought if the price is unchanged, else ``PriceChanged`` (the new quote is
   kept, so the seller can buy at the new price with its rate id).
3. ``begin_purchase`` commits the idempotency key, then the purchase is sent. An answer →
   ``finish_purchase`` (documents stored, order shipped, nothing for the confirmation file); a
   definite refusal → ``fail_purchase``; a lost answer (the network, Amazon's 5xx after the
   retries, an unreadable answer) → ``mark_unknown`` and ``OutcomeUnknown``: the next start or
   purchase asks Amazon again with the same key.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from seller_desktop.core.amazon.errors import (
    AmazonError,
    AmazonFailed,
    CredentialsRefused,
    ShippingNotOffered,
    TokenExpired,
)
from seller_desktop.core.amazon.shipping_api import DocumentSpec, Rate, RateQuote
from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP
from seller_desktop.core.labels.amazon_link import ShippingLink
from seller_desktop.core.labels.ledger import (
    LabelPurchase,
    begin_purchase,
    check_can_buy,
    fail_purchase,
    finish_purchase,
    mark_unknown,
)
from seller_desktop.core.labels.quotes import load_quote, spec_json
from seller_desktop.core.labels.rating import rate_order
from seller_desktop.core.labels.reconcile import LabelNote, reconcile
from seller_desktop.core.orders.repository import get_order

if TYPE_CHECKING:
    from seller_desktop.core.orders.model import Order
    from seller_desktop.core.store.store import Store

#: The label format asked of Amazon for each output (a PDF job places PNG labels).
FORMAT_FOR = {"pdf": "PNG", "png": "PNG", "zpl": "ZPL"}


class PriceChanged(AmazonError):
    """The rates expired and the same service now costs something else: the seller decides."""

    def __init__(self, order_id: str, old: Rate, new: Rate) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "The rates for order {order_id} had expired and {carrier} {service} now costs "
                "{price} {currency} instead of {old_price}. Nothing was bought: to buy at the new "
                "price, use rate {rate_id}.",
            ),
            order_id=order_id,
            carrier=new.carrier_name,
            service=new.service_name,
            price=new.amount,
            currency=new.currency,
            old_price=old.amount,
            rate_id=new.rate_id,
        )
        self.new_rate = new


class OutcomeUnknown(AmazonError):
    """Amazon's answer to the purchase was lost: it may have sold the label."""

    def __init__(self, order_id: str, reason: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "Amazon's answer to the label purchase for order {order_id} was lost "
                "({reason}). Amazon may have sold it: the app asks again with the same request "
                "at the next start or purchase, and never buys it twice.",
            ),
            order_id=order_id,
            reason=reason,
        )


@dataclass(frozen=True)
class BuyResult:
    purchase: LabelPurchase
    #: What the reconcile before the purchase settled (shown to the seller).
    notes: list[LabelNote]


def buy_label(
    store: Store, order_id: str, rate_id: str, link: ShippingLink, output: str = "pdf"
) -> BuyResult:
    """Buy the rate for the order (see the module docstring)."""
    notes = reconcile(store, link)
    check_can_buy(store, order_id)
    order = get_order(store, order_id)
    assert order is not None  # check_can_buy refuses an unknown order
    quote = load_quote(store, order_id)
    rate = next((r for r in quote.rates if r.rate_id == rate_id), None) if quote else None
    if quote is None or rate is None:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "Order {order_id} has no rate {rate_id}: fetch its rates again (rates "
                "{order_id}) and choose one of them.",
            ),
            order_id=order_id,
            rate_id=rate_id,
        )
    if rate.requires_additional_inputs:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "Rate {rate_id} needs additional inputs the app cannot give yet; nothing was "
                "bought. Choose another rate.",
            ),
            rate_id=rate_id,
        )
    if store.clock.now() >= quote.expires_at:
        quote, rate = _rerate(store, link, order, rate)
    try:
        return BuyResult(_purchase(store, link, order, quote, rate, output), notes)
    except TokenExpired:
        quote, rate = _rerate(store, link, order, rate)
        return BuyResult(_purchase(store, link, order, quote, rate, output), notes)


def _rerate(store: Store, link: ShippingLink, order: Order, old: Rate) -> tuple[RateQuote, Rate]:
    """Fresh rates; the same carrier and service at the same price, else PriceChanged."""
    quote = rate_order(store, order, link)
    same = next(
        (
            r
            for r in quote.rates
            if (r.carrier_id, r.service_id) == (old.carrier_id, old.service_id)
        ),
        None,
    )
    if same is None:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "The rates for order {order_id} had expired and Amazon no longer offers "
                "{carrier} {service} for it; nothing was bought. Choose another rate.",
            ),
            order_id=order.order_id,
            carrier=old.carrier_name,
            service=old.service_name,
        )
    if (same.amount, same.currency) != (old.amount, old.currency):
        raise PriceChanged(order.order_id, old, same)
    return quote, same


def choose_spec(rate: Rate, output: str) -> DocumentSpec:
    """The rate's label format for the output, 4x6 inch when offered, the highest dpi."""
    wanted = FORMAT_FOR[output]
    specs = [s for s in rate.document_specs if s.format == wanted]
    if not specs:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "Rate {rate_id} offers no {format} label; nothing was bought. Choose another "
                "format or rate.",
            ),
            rate_id=rate.rate_id,
            format=wanted,
        )
    return max(specs, key=lambda s: ((s.width, s.length) == (4.0, 6.0), s.dpi or 0))


def _purchase(
    store: Store, link: ShippingLink, order: Order, quote: RateQuote, rate: Rate, output: str
) -> LabelPurchase:
    spec = choose_spec(rate, output)
    api = link.for_marketplace(order.marketplace)
    started = begin_purchase(
        store,
        order.order_id,
        rate.rate_id,
        rate.carrier_name,
        rate.service_name,
        rate.amount,
        rate.currency,
        request_token=quote.request_token,
        document_spec=spec_json(spec),
    )
    key = started.idempotency_key
    try:
        bought = api.purchase(quote.request_token, rate.rate_id, spec, key)
    except (TokenExpired, ShippingNotOffered, CredentialsRefused) as err:
        fail_purchase(store, key, type(err).__name__)
        raise
    except AmazonFailed as err:
        if 400 <= err.status < 500 and err.status != 429:
            fail_purchase(store, key, err.code or str(err.status))
            raise
        mark_unknown(store, key)
        raise OutcomeUnknown(order.order_id, err.code or str(err.status)) from None
    except AmazonError as err:
        mark_unknown(store, key)
        raise OutcomeUnknown(order.order_id, type(err).__name__) from None
    docs = [(lb.package_ref, lb.tracking_id, lb.format, lb.data) for lb in bought.labels]
    return finish_purchase(store, key, bought.shipment_id, docs)
