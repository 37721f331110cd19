"""Shared pieces of the label tests: an order with sized products, a fake PNG label."""

from __future__ import annotations

from seller_desktop.core.labels.sizes import set_size
from seller_desktop.core.orders.model import ContactDetails, Order, OrderItem
from seller_desktop.core.orders.repository import save_order

ORDER = "305-0000001-0000001"


def fake_png(marker: str) -> bytes:
    """A PNG's signature and a recognisable text, as a label would carry the address."""
    return b"\x89PNG\r\n\x1a\n" + f"SHIP TO {marker}".encode() + b"\x00" * 64


def labelled_order(store, order_id: str = ORDER, sized: bool = True, **fields) -> Order:
    order = Order(
        order_id=order_id,
        marketplace="DE",
        purchased_at="2026-11-24T09:00:00Z",
        currency="EUR",
        items=[
            OrderItem(order_item_id=order_id + "-1", sku="MUG", quantity=2, item_price="19.80"),
            OrderItem(order_item_id=order_id + "-2", sku="BOOK", quantity=1, item_price="12.50"),
        ],
        **fields,
    )
    save_order(store, order, ContactDetails(recipient_name="Zdzisława Label", ship_city="Łódź"))
    if sized:
        set_size(store, "MUG", 350, (120, 90, 100))
        set_size(store, "BOOK", 400, (210, 150, 30))
    return order
