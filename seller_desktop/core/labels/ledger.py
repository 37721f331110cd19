"""The label purchase ledger: never buy twice (schema 14's ``label_purchases``).

A purchase is recorded, with a new idempotency key, and **committed** in state ``sending``
before anything goes to Amazon (``begin_purchase``); every retry of it sends the same key, which
Amazon answers with the same label instead of a second one. Then one of:

- ``finish_purchase``: Amazon sold the label. The documents are stored, the purchase is
  ``bought`` and the order shipped with the first package's carrier and tracking number, as
  ``confirm_via = "buy_shipping"``: Amazon confirms such a shipment itself, so it goes neither
  into the confirmation file nor to the API queue.
- ``fail_purchase``: Amazon refused; nothing was bought and the order may be bought again (a new
  purchase, a new key).
- ``mark_unknown``: the response was lost; nothing is known. ``unresolved`` lists these (and any
  ``sending`` a crash left) for the start-up reconcile, which retries with the same key or looks
  the tracking up, and finishes or fails them.

While a purchase is ``sending``, ``bought`` or ``unknown`` the order has a live label and a new
purchase is refused. ``void`` records a label cancelled at Amazon (see its docstring).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP
from seller_desktop.core.labels.documents import IncomingDocument, delete_documents
from seller_desktop.core.labels.documents import insert_documents as _insert_documents
from seller_desktop.core.labels.unshipping import ship_by_label, unship_label
from seller_desktop.core.orders.repository import get_order
from seller_desktop.core.store.events import log_event

if TYPE_CHECKING:
    from seller_desktop.core.store.store import Store

LIVE = ("sending", "bought", "unknown")
_COLUMNS = (
    "id, order_id, idempotency_key, state, rate_id, carrier, service, price, currency, "
    "shipment_id, created_at, updated_at, reason, request_token, document_spec"
)


@dataclass(frozen=True)
class LabelPurchase:
    id: int
    order_id: str
    idempotency_key: str
    state: str
    rate_id: str
    carrier: str
    service: str
    price: str
    currency: str
    shipment_id: str | None
    created_at: str
    updated_at: str
    reason: str | None
    #: What the purchase was sent with (schema 15), for a retry with the same key: Amazon's
    #: request token and the requested document specification as JSON.
    request_token: str | None = None
    document_spec: str | None = None


def begin_purchase(
    store: Store,
    order_id: str,
    rate_id: str,
    carrier: str,
    service: str,
    price,
    currency: str,
    *,
    request_token: str | None = None,
    document_spec: str | None = None,
) -> LabelPurchase:
    """Record a purchase about to be sent, with a new idempotency key, and commit it.

    Refused (BadInput, nothing recorded) when the order has a live label, is unknown, cancelled or
    has nothing left to ship. Must not run inside a caller's transaction: the row has to be on
    disk before the request leaves, or a crash after Amazon's sale would forget the key.
    """
    if store.writer.in_transaction:
        raise RuntimeError("begin_purchase must commit before the purchase is sent")
    key = str(uuid.uuid4())
    with store.transaction() as conn:
        check_can_buy(store, order_id)
        now = store.now_iso()
        cursor = conn.execute(
            "INSERT INTO label_purchases (order_id, idempotency_key, state, rate_id, carrier, "
            "service, price, currency, created_at, updated_at, request_token, document_spec) "
            "VALUES (?, ?, 'sending', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                order_id,
                key,
                rate_id,
                carrier,
                service,
                str(price),
                currency,
                now,
                now,
                request_token,
                document_spec,
            ),
        )
        log_event(store, "label_sending", f"{order_id} purchase {cursor.lastrowid}")
    return purchase_by_key(store, key)


def check_can_buy(store: Store, order_id: str) -> None:
    """BadInput (see ``begin_purchase``) unless a label may be bought for the order now; asked
    before anything is sent, rates included."""
    order = get_order(store, order_id)
    if order is None:
        raise BadInput(
            QT_TRANSLATE_NOOP("SellerError", "There is no order {order_id} in the store."),
            order_id=order_id,
        )
    live = live_label(store, order_id)
    if live is not None:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "Order {order_id} already has a label ({carrier} {service}); nothing was "
                "bought. Void that label first to buy another.",
            ),
            order_id=order_id,
            carrier=live.carrier,
            service=live.service,
        )
    if order.status == "cancelled":
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError", "Order {order_id} is cancelled and cannot be shipped."
            ),
            order_id=order_id,
        )
    if all(i.quantity_shipped >= i.quantity for i in order.items):
        raise BadInput(
            QT_TRANSLATE_NOOP("SellerError", "Order {order_id} has nothing left to ship."),
            order_id=order_id,
        )


def finish_purchase(
    store: Store, key: str, shipment_id: str, documents: list[IncomingDocument]
) -> LabelPurchase:
    """Amazon sold the label: store its documents, mark it bought and ship the order (see the
    module docstring), all in one transaction. Finishing a purchase already bought with the same
    shipment is a no-op (a reconcile may meet a purchase finished meanwhile)."""
    with store.transaction() as conn:
        purchase = purchase_by_key(store, key)
        if purchase.state == "bought" and purchase.shipment_id == shipment_id:
            return purchase
        if purchase.state not in ("sending", "unknown"):
            raise RuntimeError(f"purchase {purchase.id} is {purchase.state}, cannot finish it")
        _insert_documents(conn, purchase.id, documents)
        _set_state(store, purchase, "bought", shipment_id=shipment_id)
        tracking = documents[0][1] if documents else ""
        ship_by_label(store, purchase.order_id, purchase.carrier, tracking, purchase.service)
    return purchase_by_key(store, key)


def fail_purchase(store: Store, key: str, reason: str) -> LabelPurchase:
    """Nothing was bought (Amazon refused): the order may be bought again, with a new key.
    ``reason`` is Amazon's error code or words, never personal data."""
    with store.transaction():
        purchase = purchase_by_key(store, key)
        if purchase.state not in ("sending", "unknown"):
            raise RuntimeError(f"purchase {purchase.id} is {purchase.state}, cannot fail it")
        _set_state(store, purchase, "failed", reason=reason)
    return purchase_by_key(store, key)


def mark_unknown(store: Store, key: str) -> LabelPurchase:
    """The response was lost: whether Amazon sold the label is unknown until reconciled."""
    with store.transaction():
        purchase = purchase_by_key(store, key)
        if purchase.state == "sending":
            _set_state(store, purchase, "unknown")
    return purchase_by_key(store, key)


def void(store: Store, order_id: str) -> LabelPurchase:
    """Record the order's label as cancelled at Amazon (the caller cancels it there first).

    The purchase becomes ``voided`` and its documents are deleted. The shipment this label
    recorded (the order's ``buy_shipping`` shipment with the label's tracking number) is removed
    and its units counted as not shipped again, so the order is back to unshipped (or partially
    shipped, if other shipments remain) and can get a new label; a shipment the seller recorded
    otherwise stays. BadInput when the order has no bought label (one being sent or unknown must
    be reconciled first).
    """
    with store.transaction() as conn:
        live = live_label(store, order_id)
        if live is None or live.state != "bought":
            raise BadInput(
                QT_TRANSLATE_NOOP("SellerError", "Order {order_id} has no bought label to void."),
                order_id=order_id,
            )
        first = conn.execute(
            "SELECT tracking_id FROM label_documents WHERE purchase_id = ? ORDER BY package_ref",
            (live.id,),
        ).fetchone()
        unship_label(store, order_id, first[0] if first else "")
        delete_documents(conn, live.id)
        _set_state(store, live, "voided")
    return purchase_by_key(store, live.idempotency_key)


def live_label(store: Store, order_id: str) -> LabelPurchase | None:
    """The order's purchase in state sending, bought or unknown, if any."""
    row = store.conn.execute(
        f"SELECT {_COLUMNS} FROM label_purchases WHERE order_id = ? AND state IN "
        "('sending', 'bought', 'unknown') ORDER BY id DESC LIMIT 1",
        (order_id,),
    ).fetchone()
    return LabelPurchase(*row) if row else None


def unresolved(store: Store) -> list[LabelPurchase]:
    """Purchases in state sending or unknown, oldest first: the start-up reconcile's work."""
    rows = store.conn.execute(
        f"SELECT {_COLUMNS} FROM label_purchases WHERE state IN ('sending', 'unknown') ORDER BY id"
    ).fetchall()
    return [LabelPurchase(*row) for row in rows]


def purchase_by_key(store: Store, key: str) -> LabelPurchase:
    row = store.conn.execute(
        f"SELECT {_COLUMNS} FROM label_purchases WHERE idempotency_key = ?", (key,)
    ).fetchone()
    if row is None:
        raise KeyError(f"no label purchase with key {key}")
    return LabelPurchase(*row)


def _set_state(
    store: Store,
    purchase: LabelPurchase,
    state: str,
    shipment_id: str | None = None,
    reason: str | None = None,
) -> None:
    store.conn.execute(
        "UPDATE label_purchases SET state = ?, shipment_id = coalesce(?, shipment_id), "
        "reason = coalesce(?, reason), updated_at = ? WHERE id = ?",
        (state, shipment_id, reason, store.now_iso(), purchase.id),
    )
    log_event(store, f"label_{state}", f"{purchase.order_id} purchase {purchase.id}")
