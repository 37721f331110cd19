"""The orders table model (lazy, paged) and the orders page's detail pane."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from seller_desktop.core.base.clock import to_iso_utc
from seller_desktop.core.orders.model import ContactDetails, Order, OrderItem
from seller_desktop.core.orders.repository import count_orders, list_orders, save_order, save_orders
from seller_desktop.ui.orders.page.page import OrdersPage
from seller_desktop.ui.orders.table_model import ORDER_ROLE, Column, OrdersTableModel


def make_order(
    n: int,
    purchased,
    *,
    delivered: str | None = None,
    status: str = "shipped",
    marketplace: str = "DE",
) -> Order:
    return Order(
        order_id=f"302-{n:07d}-0000001",
        marketplace=marketplace,
        purchased_at=to_iso_utc(purchased),
        status=status,
        latest_ship_date=(purchased + timedelta(days=2)).date().isoformat(),
        latest_delivery_date=delivered or (purchased + timedelta(days=5)).date().isoformat(),
        items=[
            OrderItem(order_item_id=f"{n}-1", sku="MUG-WHT", quantity=2, product_name="Mug"),
            OrderItem(order_item_id=f"{n}-2", sku="BEAN-1KG", quantity=1),
        ],
    )


def contact(name: str) -> ContactDetails:
    return ContactDetails(
        recipient_name=name,
        ship_address_1="Königstraße 12",
        ship_city="München",
        ship_postal_code="80331",
    )


@pytest.fixture
def many_orders(store, clock):
    """1,234 orders a minute apart, newest first by number 0."""
    now = clock.now()
    save_orders(
        store,
        ((make_order(n, now - timedelta(minutes=n)), contact(f"Buyer {n}")) for n in range(1234)),
    )
    return 1234


def test_row_count_comes_from_a_count_not_from_loading_rows(qtbot, store, many_orders):
    model = OrdersTableModel(store)
    assert model.rowCount() == count_orders(store) == many_orders
    assert model.pages_fetched == 0

    page = OrdersPage(store)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    page.grab()  # paints synchronously, as the screen would
    # Painting the first screenful needs the first page only, not 1,234 rows.
    assert page.model.rowCount() == many_orders
    assert 1 <= page.model.pages_fetched <= 2
    assert page.model.cached_pages <= 2


def test_rows_are_fetched_page_by_page_and_the_cache_is_bounded(store, many_orders):
    model = OrdersTableModel(store, page_size=100)
    first = model.data(model.index(0, Column.ORDER_ID))
    last = model.data(model.index(many_orders - 1, Column.ORDER_ID))
    assert (first, last) == ("302-0000000-0000001", f"302-{many_orders - 1:07d}-0000001")
    assert model.pages_fetched == 2
    model.data(model.index(5, Column.ITEMS))  # same page as row 0: cached, no new fetch
    assert model.pages_fetched == 2

    seen = [model.data(model.index(row, Column.ORDER_ID)) for row in range(many_orders)]
    assert seen == [o.order_id for o in list_orders(store, 0, many_orders)]
    assert model.cached_pages <= OrdersTableModel.MAX_CACHED_PAGES
    assert model.pages_fetched >= 13  # every page was read once it was needed


def test_columns_read_as_text(store, clock):
    now = clock.now()
    save_order(store, make_order(1, now - timedelta(days=1), status="unshipped"), contact("Zoë"))
    model = OrdersTableModel(store)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "Order ID",
        "Purchased",
        "Marketplace",
        "Status",
        "Items",
        "Ship by",
        "Contact details",
        "Retention deadline",
    ]
    row = {c: model.data(model.index(0, c)) for c in Column}
    assert row[Column.ORDER_ID] == "302-0000001-0000001"
    assert row[Column.MARKETPLACE] == "DE"
    assert row[Column.STATUS] == "Unshipped"
    assert row[Column.ITEMS] == "2 × MUG-WHT, 1 × BEAN-1KG"
    assert row[Column.CONTACT] == "Yes"
    assert row[Column.PURCHASED] and row[Column.SHIP_BY] and row[Column.DEADLINE]
    assert model.data(model.index(0, 0), ORDER_ROLE).order_id == "302-0000001-0000001"
    assert model.data(model.index(1, 0)) is None  # past the end


def test_contact_column_says_removed_past_the_deadline(store, clock):
    save_order(store, make_order(1, clock.now() - timedelta(days=2)), contact("Jürgen"))
    clock.advance(timedelta(days=60))  # past delivery + 30 days; no wipe has run yet
    model = OrdersTableModel(store)
    assert model.data(model.index(0, Column.CONTACT)) == "Removed"


def test_detail_pane_shows_the_address_while_held_and_removed_after(qtbot, store, clock):
    save_order(store, make_order(1, clock.now() - timedelta(days=2)), contact("山田 太郎"))
    page = OrdersPage(store)
    qtbot.addWidget(page)
    assert "Select an order" in page.detail.heading.text()

    page.select_row(0)
    detail = page.detail
    assert detail.heading.text() == "Order 302-0000001-0000001"
    assert detail.ship_to.text().splitlines() == ["山田 太郎", "Königstraße 12", "80331 München"]
    assert "2 × MUG-WHT — Mug" in detail.items.text()
    assert detail.deadline.text()
    assert detail.marketplace.text() == "DE — Amazon.de"

    clock.advance(timedelta(days=60))  # the deadline passes while the window is open
    page.table.clearSelection()
    page.select_row(0)
    assert detail.ship_to.text() == "Contact details removed (past the retention deadline)"
    assert "山田" not in detail.ship_to.text()
    assert detail.deadline.text()


def test_names_are_shown_as_text_never_as_markup(qtbot, store, clock):
    save_order(store, make_order(1, clock.now()), contact("<b>Bold</b> & Co"))
    page = OrdersPage(store)
    qtbot.addWidget(page)
    page.select_row(0)
    assert page.detail.ship_to.textFormat() == Qt.TextFormat.PlainText
    assert page.detail.ship_to.text().splitlines()[0] == "<b>Bold</b> & Co"


def test_forgetting_contact_details_clears_the_pane(qtbot, store, clock):
    save_order(store, make_order(1, clock.now()), contact("Begoña"))
    page = OrdersPage(store)
    qtbot.addWidget(page)
    page.select_row(0)
    assert "Begoña" in page.detail.ship_to.text()
    page.forget_contact_details()
    assert page.detail.ship_to.text() == ""
    assert page.model.cached_pages == 0


def test_each_address_line_keeps_its_own_direction(qtbot, store, clock):
    """A Hebrew name must not turn "450 Lexington Ave" into a right-to-left line."""
    details = ContactDetails(
        recipient_name="יעל כהן",
        ship_address_1="450 Lexington Ave",
        ship_city="New York",
        ship_postal_code="10017",
    )
    save_order(store, make_order(1, clock.now(), marketplace="US"), details)
    page = OrdersPage(store)
    qtbot.addWidget(page)
    page.select_row(0)
    page.table.clearSelection()
    page.select_row(0)  # a second fill: the first one's labels must be gone from view
    lines = [label for label in page.detail.ship_to.findChildren(QLabel) if not label.isHidden()]
    texts = [label.text() for label in lines]
    assert texts == ["יעל כהן", "450 Lexington Ave", "10017 New York"]
    for label in lines:
        assert label.alignment() & Qt.AlignmentFlag.AlignAbsolute
        assert label.alignment() & Qt.AlignmentFlag.AlignLeft
        assert label.textFormat() == Qt.TextFormat.PlainText


def test_a_refresh_keeps_every_selected_order_selected(qtbot, store, clock):
    """After Save as PDF marks three orders printed, the seller ships the same three: the
    refresh that follows keeps all of them selected, not just the first."""
    now = clock.now()
    for n in range(5):
        save_order(store, make_order(n, now - timedelta(minutes=n), status="unshipped"), None)
    page = OrdersPage(store)
    qtbot.addWidget(page)
    for row in (0, 2, 3):
        page.table.selectionModel().select(
            page.model.index(row, 0),
            page.table.selectionModel().SelectionFlag.Select
            | page.table.selectionModel().SelectionFlag.Rows,
        )
    chosen = [order.order_id for order in page.selected_orders()]
    assert len(chosen) == 3
    page.mark_selected_printed()
    assert [order.order_id for order in page.selected_orders()] == chosen
    assert all(order.printed_at for order in page.selected_orders())
