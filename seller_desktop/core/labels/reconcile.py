"""Purchases whose outcome is not known (a lost answer, or a crash between Amazon's sale and our
write) are settled by sending the very same request again with the same idempotency key: Amazon
answers a key it has seen with the shipment it sold, and never sells a second label for it.

- An answer → ``finish_purchase`` (the order is labelled and shipped).
- A definite refusal (``TOKEN_EXPIRED``, another 4xx but the missing role) proves Amazon holds no
  purchase under the key: it would have answered with it. → ``fail_purchase``: nothing was bought.
- Anything else (no network, no account, Amazon's faults) leaves it unresolved, for the next try.

Never a new key: a label is not bought again without the seller. Each outcome is a note for the
seller. Runs where a store is opened (``session``) and at the start of every purchase.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from seller_desktop.core.amazon.errors import AmazonError, AmazonFailed, TokenExpired
from seller_desktop.core.base.errors import SellerError
from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP, render
from seller_desktop.core.labels.amazon_link import ShippingLink
from seller_desktop.core.labels.ledger import (
    LabelPurchase,
    fail_purchase,
    finish_purchase,
    unresolved,
)
from seller_desktop.core.labels.quotes import spec_of
from seller_desktop.core.orders.repository import get_order

if TYPE_CHECKING:
    from seller_desktop.core.amazon.sync import TransportFactory
    from seller_desktop.core.store.store import Store

FOUND = QT_TRANSLATE_NOOP(
    "SellerError",
    "The label for order {order_id} whose answer was lost was bought at Amazon and is now "
    "recorded ({carrier} {service}, tracking {tracking}); nothing was bought twice.",
)
NOT_BOUGHT = QT_TRANSLATE_NOOP(
    "SellerError",
    "The interrupted label purchase for order {order_id} did not go through at Amazon "
    "({reason}); nothing was bought. Buy the label again if you still need it.",
)
STILL_UNKNOWN = QT_TRANSLATE_NOOP(
    "SellerError",
    "Whether Amazon sold the label for order {order_id} is still unknown ({reason}). The app "
    "asks again with the same request next time; it will not buy a second label.",
)


@dataclass(frozen=True)
class LabelNote:
    """What happened to one unresolved purchase, for the seller (``template`` translates)."""

    order_id: str
    outcome: str  # bought, not_bought, unknown
    template: str
    values: dict[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return render(self.template, self.values)


def reconcile(store: Store, link: ShippingLink) -> list[LabelNote]:
    return [_settle(store, link, purchase) for purchase in unresolved(store)]


def reconcile_at_open(
    store: Store, transport_factory: TransportFactory | None = None
) -> list[LabelNote]:
    """The reconcile a store's opening runs: nothing at all (no network) when nothing is open."""
    if not unresolved(store):
        return []
    with ShippingLink(store, transport_factory) as link:
        return reconcile(store, link)


def _settle(store: Store, link: ShippingLink, purchase: LabelPurchase) -> LabelNote:
    order_id = purchase.order_id
    order = get_order(store, order_id)
    if order is None or not purchase.request_token or not purchase.document_spec:
        return _note(purchase, "unknown", STILL_UNKNOWN, reason="no request to repeat")
    try:
        api = link.for_marketplace(order.marketplace)
        bought = api.purchase(
            purchase.request_token,
            purchase.rate_id,
            spec_of(purchase.document_spec),
            purchase.idempotency_key,
        )
    except (TokenExpired, AmazonFailed) as err:
        code = "TOKEN_EXPIRED" if isinstance(err, TokenExpired) else err.code or str(err.status)
        if isinstance(err, AmazonFailed) and not 400 <= err.status < 500:
            return _note(purchase, "unknown", STILL_UNKNOWN, reason=code)
        fail_purchase(store, purchase.idempotency_key, code)
        return _note(purchase, "not_bought", NOT_BOUGHT, reason=code)
    except (AmazonError, SellerError) as err:
        return _note(purchase, "unknown", STILL_UNKNOWN, reason=type(err).__name__)
    docs = [(lb.package_ref, lb.tracking_id, lb.format, lb.data) for lb in bought.labels]
    finish_purchase(store, purchase.idempotency_key, bought.shipment_id, docs)
    tracking = ", ".join(lb.tracking_id for lb in bought.labels)
    return _note(
        purchase,
        "bought",
        FOUND,
        carrier=purchase.carrier,
        service=purchase.service,
        tracking=tracking,
    )


def _note(purchase: LabelPurchase, outcome: str, template: str, **values: object) -> LabelNote:
    return LabelNote(
        purchase.order_id, outcome, template, {"order_id": purchase.order_id, **values}
    )
