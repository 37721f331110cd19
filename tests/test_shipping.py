"""Shipping whole and partial orders, and the confirmation file Amazon takes."""

from __future__ import annotations

from datetime import date

import pytest

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.orders.model import ContactDetails, Order, OrderItem
from seller_desktop.core.orders.repository import get_order, save_order
from seller_desktop.core.orders.shipping import (
    CONFIRMATION_COLUMNS,
    ShipmentRequest,
    export_confirmations,
    ship,
)


def _order(store, order_id="114-0000001-0000001", quantities=(2, 1)):
    items = [
        OrderItem(order_item_id=f"{order_id}-{n}", sku=f"SKU-{n}", quantity=q)
        for n, q in enumerate(quantities)
    ]
    save_order(
        store,
        Order(
            order_id=order_id, marketplace="US", purchased_at="2026-11-27T10:00:00Z", items=items
        ),
        ContactDetails(recipient_name="Test Person"),
    )
    return items


def _rows(text):
    lines = text.splitlines()
    return lines[0].split("\t"), [line.split("\t") for line in lines[1:]]


def test_whole_order_ships_and_moves_the_deadline(store):
    _order(store)
    before = get_order(store, "114-0000001-0000001").retention_deadline
    ship(
        store,
        ShipmentRequest("114-0000001-0000001", date(2026, 11, 28), "UPS", "1Z999AA10123456784"),
    )
    order = get_order(store, "114-0000001-0000001")
    assert order.status == "shipped" and order.shipped_on == "2026-11-28"
    assert [i.quantity_shipped for i in order.items] == [2, 1]
    assert order.retention_deadline == "2026-12-28T23:59:59Z" != before


def test_partial_then_rest(store):
    items = _order(store)
    ship(
        store,
        ShipmentRequest(
            "114-0000001-0000001",
            date(2026, 11, 28),
            "Royal Mail",
            "RM1",
            quantities={items[0].order_item_id: 1},
        ),
    )
    assert get_order(store, "114-0000001-0000001").status == "partially_shipped"
    with pytest.raises(BadInput, match="more than"):
        ship(
            store,
            ShipmentRequest(
                "114-0000001-0000001", date(2026, 11, 28), quantities={items[0].order_item_id: 2}
            ),
        )
    ship(store, ShipmentRequest("114-0000001-0000001", date(2026, 11, 29), "Royal Mail", "RM2"))
    order = get_order(store, "114-0000001-0000001")
    assert order.status == "shipped" and order.shipped_on == "2026-11-29"
    with pytest.raises(BadInput, match="nothing left"):
        ship(store, ShipmentRequest("114-0000001-0000001", date(2026, 11, 29)))


def test_confirmation_file_one_row_per_item_and_only_once(store):
    items = _order(store)
    _order(store, "114-0000002-0000002", (1,))
    ship(
        store,
        ShipmentRequest(
            "114-0000001-0000001",
            date(2026, 11, 28),
            "Deutsche Post",
            "DP1",
            "Standard",
            quantities={items[0].order_item_id: 1},
        ),
    )
    ship(
        store, ShipmentRequest("114-0000001-0000001", date(2026, 11, 29), "My Local Courier", "LC9")
    )
    ship(store, ShipmentRequest("114-0000002-0000002", date(2026, 11, 29), "usps", "9400"))
    text, count = export_confirmations(store)
    header, rows = _rows(text)
    assert tuple(header) == CONFIRMATION_COLUMNS and count == 4
    assert rows == [
        [
            "114-0000001-0000001",
            items[0].order_item_id,
            "1",
            "2026-11-28",
            "Deutsche Post",
            "Deutsche Post",
            "DP1",
            "Standard",
        ],
        [
            "114-0000001-0000001",
            items[0].order_item_id,
            "1",
            "2026-11-29",
            "Other",
            "My Local Courier",
            "LC9",
            "",
        ],
        [
            "114-0000001-0000001",
            items[1].order_item_id,
            "1",
            "2026-11-29",
            "Other",
            "My Local Courier",
            "LC9",
            "",
        ],
        [
            "114-0000002-0000002",
            "114-0000002-0000002-0",
            "1",
            "2026-11-29",
            "USPS",
            "USPS",
            "9400",
            "",
        ],
    ]
    second, count2 = export_confirmations(store)
    assert _rows(second) == (list(CONFIRMATION_COLUMNS), []) and count2 == 0
    again, count3 = export_confirmations(store, again=True)
    assert count3 == 4 and _rows(again)[1] == rows


def test_cancelled_and_unknown_orders_are_refused(store):
    save_order(
        store,
        Order(
            order_id="X",
            marketplace="US",
            purchased_at="2026-11-27T10:00:00Z",
            status="cancelled",
            items=[OrderItem(order_item_id="X1", sku="S", quantity=1)],
        ),
    )
    with pytest.raises(BadInput, match="cancelled"):
        ship(store, ShipmentRequest("X", date(2026, 11, 28)))
    with pytest.raises(BadInput, match="no order"):
        ship(store, ShipmentRequest("NOPE", date(2026, 11, 28)))
