"""Voiding a bought label (cancelled at Amazon first, then recorded) and its documents again.

A reprint reads the label files from the store; when they are missing it asks Amazon for them
(getShipmentDocuments) and keeps them, except for an order whose contact details are gone: a
label shows the buyer's address, and a wiped order must not get it back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP
from seller_desktop.core.labels.amazon_link import ShippingLink
from seller_desktop.core.labels.documents import LabelDocument, documents, insert_documents
from seller_desktop.core.labels.ledger import LabelPurchase, live_label, void
from seller_desktop.core.labels.quotes import spec_of
from seller_desktop.core.orders.repository import get_order

if TYPE_CHECKING:
    from seller_desktop.core.store.store import Store


def _bought(store: Store, order_id: str) -> LabelPurchase:
    live = live_label(store, order_id)
    if live is None or live.state != "bought" or not live.shipment_id:
        raise BadInput(
            QT_TRANSLATE_NOOP("SellerError", "Order {order_id} has no bought label to void."),
            order_id=order_id,
        )
    return live


def void_label(store: Store, order_id: str, link: ShippingLink) -> LabelPurchase:
    """Cancel the label at Amazon (which refuses after the carrier's window), then record it."""
    live = _bought(store, order_id)
    order = get_order(store, order_id)
    assert order is not None
    link.for_marketplace(order.marketplace).cancel(live.shipment_id or "")
    return void(store, order_id)


def label_documents(store: Store, order_id: str, link: ShippingLink | None) -> list[LabelDocument]:
    """The order's label files: the store's, else Amazon's again (see the module docstring)."""
    stored = documents(store, order_id)
    if stored or link is None:
        return stored
    live = live_label(store, order_id)
    order = get_order(store, order_id)
    if live is None or live.state != "bought" or order is None or not live.document_spec:
        return []
    if not order.has_contact_details:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "The label of order {order_id} was deleted with its contact details; it "
                "cannot be printed again.",
            ),
            order_id=order_id,
        )
    api = link.for_marketplace(order.marketplace)
    labels = api.documents(live.shipment_id or "", f"{order_id}-1", spec_of(live.document_spec))
    with store.transaction() as conn:
        insert_documents(
            conn, live.id, [(lb.package_ref, lb.tracking_id, lb.format, lb.data) for lb in labels]
        )
    return documents(store, order_id)


#: A label file and the page size it was bought at, (width, length, unit); None: unknown.
LabelPage = tuple[LabelDocument, tuple[float, float, str] | None]


def order_label_pages(store: Store, order_id: str, link: ShippingLink | None) -> list[LabelPage]:
    """The order's label files with their page size; none while it has no bought label (or,
    without ``link``, none stored)."""
    docs = label_documents(store, order_id, link)
    if not docs:
        return []
    live = live_label(store, order_id)
    spec = spec_of(live.document_spec) if live and live.document_spec else None
    size = (spec.width, spec.length, spec.unit) if spec else None
    return [(doc, size) for doc in docs]


def label_pages(store: Store, order_ids: list[str], link: ShippingLink | None) -> list[LabelPage]:
    """Each order's label files with the page size they were bought at; BadInput naming the
    first order without one."""
    pages: list[LabelPage] = []
    for order_id in dict.fromkeys(order_ids):
        found = order_label_pages(store, order_id, link)
        if not found:
            raise BadInput(
                QT_TRANSLATE_NOOP("SellerError", "Order {order_id} has no bought label."),
                order_id=order_id,
            )
        pages.extend(found)
    return pages
