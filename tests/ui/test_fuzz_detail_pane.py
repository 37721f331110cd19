"""Fuzzing the order detail pane and the orders table with hostile text in every field a report
can carry: 4,000 combining marks on one letter, zero-width and bidi override characters, emoji
sequences, very long fields, right-to-left, CJK and Hangul (``fuzz_support.hostile_text``).

Each shown order must come out without an exception, say what it holds (the order id in the
heading, the recipient on the ship-to lines, the SKU among the items; as plain text, never as
markup), and keep the pane no wider than a screen: a name of 100,000 characters without a space
must wrap or scroll inside the pane, not push the window past the monitor. The orders table shows
the same orders through its model.

Profiles as for every fuzz module (``fuzz_support``): quick by default, ``SELLER_DESKTOP_FUZZ=long``
for many more examples.
"""

from __future__ import annotations

import itertools

import pytest
from fuzz_support import FUZZ, hostile_text, report_figures, time_bound, tried  # noqa: F401
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from seller_desktop.core.orders.model import ContactDetails, Order, OrderItem
from seller_desktop.core.orders.repository import get_order, save_order
from seller_desktop.ui.orders.detail import OrderDetailPane
from seller_desktop.ui.orders.table_model import Column, OrdersTableModel

pytestmark = pytest.mark.usefixtures("report_figures")

#: The width of a small laptop screen: the pane must fit in it whatever an order holds.
SCREEN_WIDTH = 1280

field = hostile_text(60)
maybe = st.one_of(st.none(), field)
_ids = itertools.count(1)

# One store and one pane for all examples of a test (opening a store costs a key derivation);
# hypothesis is told that the function-scoped fixtures are meant to be shared so.
SHARED = settings(
    FUZZ,
    max_examples=max(5, FUZZ.max_examples // 2),
    suppress_health_check=[*FUZZ.suppress_health_check, HealthCheck.function_scoped_fixture],
)


@st.composite
def hostile_orders(draw: st.DrawFn) -> tuple[Order, ContactDetails]:
    n = next(_ids)
    order_id = f"H-{n}"
    items = [
        OrderItem(
            order_item_id=f"{order_id}-{k}",
            sku=draw(field) or f"SKU-{k}",
            quantity=draw(st.integers(1, 9999)),
            product_name=draw(maybe),
        )
        for k in range(draw(st.integers(1, 3)))
    ]
    order = Order(
        order_id=order_id,
        marketplace=draw(st.sampled_from(("DE", "US", "JP", "AE", "XX"))),
        purchased_at="2026-11-27T10:00:00Z",
        items=items,
        ship_country=draw(st.sampled_from((None, "DE", "JP", "SA", "US", "ZZ"))),
        ship_region=draw(maybe),
    )
    contact = ContactDetails(
        recipient_name=draw(field) or "R",
        company_name=draw(maybe),
        ship_address_1=draw(maybe),
        ship_address_2=draw(maybe),
        ship_city=draw(maybe),
        ship_postal_code=draw(maybe),
    )
    return order, contact


@pytest.fixture
def pane(qtbot, store):
    made = OrderDetailPane(store)
    made.resize(900, 300)
    qtbot.addWidget(made)
    made.show()
    return made


@SHARED
@given(drawn=hostile_orders())
def test_the_detail_pane_shows_hostile_orders_within_a_screen(pane, store, drawn) -> None:
    order, contact = drawn
    with tried("detail pane: hostile orders"), time_bound():
        save_order(store, order, contact)
        shown = get_order(store, order.order_id)
        assert shown is not None
        pane.show_order(shown)
        assert order.order_id in pane.heading.text()
        assert contact.recipient_name in pane.ship_to.text()
        assert order.items[0].sku in pane.items.text()
        body = pane.widget()
        body.adjustSize()
        assert body.minimumSizeHint().width() <= SCREEN_WIDTH, "the pane grew past the screen"
        pane.show_order(None)


@SHARED
@given(batch=st.lists(hostile_orders(), min_size=1, max_size=4))
def test_the_orders_table_shows_hostile_orders(qtbot, store, batch) -> None:
    with tried("orders table: hostile orders"), time_bound():
        for order, contact in batch:
            save_order(store, order, contact)
        model = OrdersTableModel(store)
        shown = {model.data(model.index(row, Column.ORDER_ID)) for row in range(model.rowCount())}
        assert {order.order_id for order, _ in batch} <= shown
        for row in range(model.rowCount()):
            for column in Column:
                value = model.data(model.index(row, column))
                assert value is None or isinstance(value, str)
