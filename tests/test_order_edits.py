"""Orders created and edited by hand, and the printed mark."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from seller_desktop.core.base.clock import to_iso_utc
from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.orders.edits import (
    ItemInput,
    OrderInput,
    create_order,
    edit_order,
    mark_printed,
)
from seller_desktop.core.orders.model import ContactDetails
from seller_desktop.core.orders.repository import get_contact_details, get_order
from seller_desktop.core.orders.shipping import ShipmentRequest, ship
from seller_desktop.core.privacy.retention import apply_retention
from seller_desktop.core.store.events import recent_events


def _input(clock, **kw) -> OrderInput:
    base = dict(
        order_id="M-1001",
        marketplace="de",
        purchased_at=clock.now() - timedelta(hours=3),
        items=[ItemInput("MUG-WHT", 2, "9,90", "Mug")],
        latest_ship_date=date(2026, 11, 30),
        contact=ContactDetails(recipient_name="Jürgen Groß", ship_city="München"),
    )
    base.update(kw)
    return OrderInput(**base)


def test_create_stores_order_items_and_contact_and_logs_without_names(store, clock):
    order = create_order(store, _input(clock))
    assert order.marketplace == "DE" and order.currency == "EUR" and order.source == "manual"
    assert [(i.order_item_id, i.sku, i.quantity, i.item_price) for i in order.items] == [
        ("M-1001-1", "MUG-WHT", 2, "9.90")
    ]
    assert order.latest_ship_date == "2026-11-30" and order.retention_deadline
    assert get_contact_details(store, "M-1001").recipient_name == "Jürgen Groß"
    events = recent_events(store, kind="order_created")
    assert events and events[0].detail == "M-1001"
    assert not any("Jürgen" in e.detail or "München" in e.detail for e in recent_events(store))


@pytest.mark.parametrize(
    "change, words",
    [
        (dict(order_id=""), "order id"),
        (dict(order_id="bad id!"), "order id"),
        (dict(marketplace="XX"), "marketplace"),
        (dict(items=[]), "at least one item"),
        (dict(items=[ItemInput("", 1)]), "SKU"),
        (dict(items=[ItemInput("A", 0)]), "quantity"),
        (dict(items=[ItemInput("A", 1, "ten")]), "not a number"),
        (dict(items=[ItemInput("A", 1, "-1")]), "negative"),
        (dict(latest_ship_date=date(2026, 1, 1)), "before the purchase"),
    ],
)
def test_create_refuses_bad_input_and_stores_nothing(store, clock, change, words):
    with pytest.raises(BadInput) as err:
        create_order(store, _input(clock, **change))
    assert words in str(err.value)
    assert store.conn.execute("SELECT count(*) FROM orders").fetchone()[0] == 0


def test_create_refuses_a_duplicate_id(store, clock):
    create_order(store, _input(clock))
    with pytest.raises(BadInput, match="already an order"):
        create_order(store, _input(clock))


def test_edit_changes_status_dates_items_and_contact(store, clock):
    create_order(store, _input(clock))
    edited = edit_order(
        store,
        _input(
            clock,
            status="pending",
            latest_ship_date=date(2026, 12, 2),
            items=[
                ItemInput("MUG-WHT", 3, "9.90", "Mug", order_item_id="M-1001-1"),
                ItemInput("BEAN-1KG", 1, "18.50", "Beans"),
            ],
            contact=ContactDetails(recipient_name="Bärbel Müller", ship_city="Köln"),
        ),
    )
    assert edited.status == "pending" and edited.latest_ship_date == "2026-12-02"
    assert [(i.order_item_id, i.sku, i.quantity) for i in edited.items] == [
        ("M-1001-1", "MUG-WHT", 3),
        ("M-1001-2", "BEAN-1KG", 1),
    ]
    assert get_contact_details(store, "M-1001").recipient_name == "Bärbel Müller"
    # Removing an item
    edited = edit_order(
        store,
        _input(clock, items=[ItemInput("BEAN-1KG", 1, order_item_id="M-1001-2")], contact=None),
    )
    assert [i.order_item_id for i in edited.items] == ["M-1001-2"]
    assert get_contact_details(store, "M-1001").recipient_name == "Bärbel Müller"  # None keeps them


def test_edit_keeps_shipped_quantities_and_refuses_to_drop_shipped_items(store, clock):
    create_order(store, _input(clock))
    ship(store, ShipmentRequest("M-1001", date(2026, 11, 28), "DHL", quantities={"M-1001-1": 1}))
    with pytest.raises(BadInput, match="already been shipped"):
        edit_order(store, _input(clock, items=[ItemInput("X", 1)], contact=None))
    edited = edit_order(
        store,
        _input(
            clock,
            status="partially_shipped",
            contact=None,
            items=[ItemInput("MUG-WHT", 2, order_item_id="M-1001-1")],
        ),
    )
    assert edited.items[0].quantity_shipped == 1


def test_contact_details_cannot_come_back_after_the_wipe(store, clock):
    bought = clock.now() - timedelta(hours=3)
    create_order(store, _input(clock, status="cancelled", purchased_at=bought))
    clock.advance(timedelta(days=40))
    with pytest.raises(BadInput, match="removed under the privacy rules"):  # past the deadline
        edit_order(store, _input(clock, status="cancelled", purchased_at=bought))
    apply_retention(store, clock)
    with pytest.raises(BadInput, match="removed under the privacy rules"):  # wiped
        edit_order(store, _input(clock, status="cancelled", purchased_at=bought))
    assert get_contact_details(store, "M-1001") is None
    # Other edits still work
    assert (
        edit_order(
            store, _input(clock, status="cancelled", purchased_at=bought, contact=None)
        ).status
        == "cancelled"
    )


def test_mark_printed_and_not_printed(store, clock):
    create_order(store, _input(clock))
    create_order(store, _input(clock, order_id="M-1002", contact=None))
    assert mark_printed(store, ["M-1001", "M-1002", "M-1001"]) == 2
    assert get_order(store, "M-1001").printed_at == to_iso_utc(clock.now())
    assert mark_printed(store, ["M-1001"]) == 0  # already printed: the first time stays
    assert mark_printed(store, ["M-1002"], printed=False) == 1
    assert get_order(store, "M-1002").printed_at is None
    assert recent_events(store, kind="marked_not_printed")[0].detail == "1 orders: M-1002"
