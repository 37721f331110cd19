"""The Orders screen as a seller uses it: search, filters, sorting, editing, shipping, printing."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from seller_desktop.core.base.clock import to_iso_utc
from seller_desktop.core.orders.model import ContactDetails, Order, OrderItem
from seller_desktop.core.orders.repository import get_contact_details, get_order, save_order
from seller_desktop.core.privacy.retention import apply_retention
from seller_desktop.ui.orders.editor import OrderEditor
from seller_desktop.ui.orders.page.page import OrdersPage
from seller_desktop.ui.orders.ship_dialog import ShipDialog
from seller_desktop.ui.orders.table_model import Column


def _order(n, clock, market="DE", status="unshipped", sku="MUG-WHT", product="Mug", qty=1):
    return Order(
        order_id=f"302-{n:07d}-0000001",
        marketplace=market,
        status=status,
        purchased_at=to_iso_utc(clock.now() - timedelta(hours=n)),
        latest_ship_date=(clock.now() + timedelta(days=n)).date().isoformat(),
        items=[OrderItem(order_item_id=f"{n}-1", sku=sku, quantity=qty, product_name=product)],
    )


@pytest.fixture
def page(qtbot, store, clock):
    save_order(
        store,
        _order(1, clock, sku="ESP-MACH-01", product="Espresso machine", qty=3),
        ContactDetails(recipient_name="Jane Baker", ship_address_1="1 High St", ship_city="Leeds"),
    )
    save_order(store, _order(2, clock, market="FR", status="shipped"))
    save_order(
        store,
        _order(3, clock, market="US", sku="BEAN-1KG", product="Beans"),
        ContactDetails(recipient_name="Zoe Smith"),
    )
    widget = OrdersPage(store)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    return widget


def shown_ids(page):
    return [
        page.model.data(page.model.index(r, Column.ORDER_ID)) for r in range(page.model.rowCount())
    ]


def test_typing_in_search_narrows_the_rows_after_a_pause_and_esc_clears(qtbot, page):
    assert page.model.rowCount() == 3 and page.count_label.text() == "3 order(s)"
    qtbot.keyClicks(page.search, "espr")
    assert page.model.rowCount() == 3  # debounced: nothing ran yet
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert shown_ids(page) == ["302-0000001-0000001"]
    assert page.count_label.text() == "1 order(s) match"
    page.search.clear()
    qtbot.keyClicks(page.search, "baker")  # a held recipient name
    qtbot.waitUntil(lambda: shown_ids(page) == ["302-0000001-0000001"], timeout=2000)
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert page.search.text() == "" and page.model.rowCount() == 3
    qtbot.keyClicks(page.search, "nothing like it")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=2000)
    assert page.count_label.text() == "No orders match the search and filters"
    assert page.note.isHidden()  # the store has orders: no import hint


def test_filters_narrow_the_rows(page):
    page.marketplace_filter.setCurrentIndex(page.marketplace_filter.findData("FR"))
    assert shown_ids(page) == ["302-0000002-0000001"]
    page.marketplace_filter.setCurrentIndex(0)
    page.status_filter.setCurrentIndex(page.status_filter.findData("unshipped"))
    assert shown_ids(page) == ["302-0000001-0000001", "302-0000003-0000001"]
    page.contact_filter.setCurrentIndex(2)  # no contact details
    assert shown_ids(page) == []
    page.contact_filter.setCurrentIndex(1)
    page.status_filter.setCurrentIndex(0)
    assert shown_ids(page) == ["302-0000001-0000001", "302-0000003-0000001"]
    page.contact_filter.setCurrentIndex(0)
    page.date_filter.setChecked(True)
    page.date_from.setDate(page.date_from.date().addDays(60))  # from a future day: nothing
    assert shown_ids(page) == []


def test_header_click_sorts(qtbot, page):
    header = page.table.horizontalHeader()
    assert shown_ids(page)[0] == "302-0000001-0000001"  # newest first
    header.setSortIndicator(Column.MARKETPLACE, Qt.SortOrder.AscendingOrder)
    assert [page.model.data(page.model.index(r, Column.MARKETPLACE)) for r in range(3)] == [
        "DE",
        "FR",
        "US",
    ]
    header.setSortIndicator(Column.SHIP_BY, Qt.SortOrder.DescendingOrder)
    assert shown_ids(page) == ["302-0000003-0000001", "302-0000002-0000001", "302-0000001-0000001"]
    header.setSortIndicator(Column.ITEMS, Qt.SortOrder.AscendingOrder)  # not sortable: unchanged
    assert header.sortIndicatorSection() == Column.SHIP_BY
    assert shown_ids(page)[0] == "302-0000003-0000001"


def test_detail_pane_for_held_and_removed_details(page, store, clock):
    page.select_row(0)
    assert page.detail.ship_to.text().splitlines() == ["Jane Baker", "1 High St", "Leeds"]
    assert page.detail.printed.text() == "No"
    assert page.detail.shipped.text() == "Not yet"
    clock.advance(timedelta(days=90))
    apply_retention(store, clock)
    page.refresh()
    page.table.clearSelection()
    page.select_row(page.model.row_of("302-0000001-0000001"))
    assert page.detail.ship_to.text() == "Contact details removed (past the retention deadline)"
    assert page.detail.deadline.text()


def test_empty_store_says_how_to_get_orders_in(qtbot, opened):
    empty = OrdersPage(opened.store)
    qtbot.addWidget(empty)
    assert not empty.note.isHidden()
    assert "File › Import" in empty.note.text() and "drag" in empty.note.text()


def test_create_and_edit_round_trip_through_the_store(qtbot, page, store):
    editor = OrderEditor(store, None, page)
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.order_id, "M-77")
    editor.marketplace.setCurrentIndex(editor.marketplace.findData("GB"))
    editor.items.item(0, 0).setText("TAMPER-58")
    editor.items.item(0, 1).setText("Coffee tamper")
    editor.items.item(0, 2).setText("2")
    editor.items.item(0, 3).setText("21.00")
    qtbot.keyClicks(editor.contact_fields["recipient_name"], "Sam Lee")
    editor.save()
    assert editor.result() == QDialog.DialogCode.Accepted
    stored = get_order(store, "M-77")
    assert stored.marketplace == "GB" and [
        (i.sku, i.quantity, i.item_price) for i in stored.items
    ] == [("TAMPER-58", 2, "21.00")]
    assert get_contact_details(store, "M-77").recipient_name == "Sam Lee"

    again = OrderEditor(store, stored, page)
    qtbot.addWidget(again)
    assert (
        again.order_id.isReadOnly() and again.contact_fields["recipient_name"].text() == "Sam Lee"
    )
    again.status.setCurrentIndex(again.status.findData("pending"))
    again.items.item(0, 2).setText("abc")
    again.save()
    assert "whole number" in again.message.text() and again.result() != QDialog.DialogCode.Accepted
    again.items.item(0, 2).setText("5")
    again.save()
    assert get_order(store, "M-77").status == "pending"
    assert get_order(store, "M-77").items[0].quantity == 5


def test_editor_refuses_contact_details_for_a_wiped_order(qtbot, page, store, clock):
    clock.advance(timedelta(days=90))
    apply_retention(store, clock)
    editor = OrderEditor(store, get_order(store, "302-0000001-0000001"), page)
    qtbot.addWidget(editor)
    assert not editor.contact_fields["recipient_name"].isEnabled()
    assert "cannot be added again" in editor.contact_note.text()


def test_scanner_types_the_tracking_number_and_enter_ships_once(qtbot, page, store):
    order = get_order(store, "302-0000003-0000001")
    dialog = ShipDialog(store, [order], page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.carrier.setEditText("UPS")
    field = dialog.rows.tracking[order.order_id]
    qtbot.keyClicks(field, "1Z999AA10123456784")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    rows = store.conn.execute(
        "SELECT tracking_number, carrier_code FROM shipments WHERE order_id = ?", (order.order_id,)
    ).fetchall()
    assert rows == [("1Z999AA10123456784", "UPS")]
    assert get_order(store, order.order_id).status == "shipped"


def test_partial_shipment_from_the_quantity_boxes(qtbot, page, store):
    order = get_order(store, "302-0000001-0000001")
    dialog = ShipDialog(store, [order], page)
    qtbot.addWidget(dialog)
    spin = dialog.quantities["1-1"]
    assert spin.value() == 3 and spin.maximum() == 3
    spin.setValue(1)
    dialog.carrier.setEditText("DHL")
    dialog.submit()
    stored = get_order(store, order.order_id)
    assert stored.status == "partially_shipped" and stored.items[0].quantity_shipped == 1


def test_ship_several_reports_failures_and_keeps_only_them(qtbot, page, store):
    store.conn.execute(
        "UPDATE orders SET status = 'cancelled' WHERE order_id = '302-0000002-0000001'"
    )
    orders = [get_order(store, i) for i in ("302-0000002-0000001", "302-0000003-0000001")]
    dialog = ShipDialog(store, orders, page)  # order 2 is cancelled: it cannot be shipped
    qtbot.addWidget(dialog)
    assert not dialog.quantities
    dialog.carrier.setEditText("DHL")
    dialog.submit()
    assert dialog.shipped == ["302-0000003-0000001"]
    assert (
        "302-0000002-0000001" in dialog.message.text()
        and dialog.result() != QDialog.DialogCode.Accepted
    )
    dialog.submit()  # OK again retries only the failed one: order 3 is not shipped twice
    assert (
        store.conn.execute(
            "SELECT count(*) FROM shipments WHERE order_id = '302-0000003-0000001'"
        ).fetchone()[0]
        == 1
    )


def test_mark_printed_and_not_printed_on_a_selection(qtbot, page, store):
    page.table.selectAll()
    assert page.printed_button.isEnabled() and not page.edit_button.isEnabled()
    qtbot.mouseClick(page.printed_button, Qt.MouseButton.LeftButton)
    assert all(get_order(store, i).printed_at for i in shown_ids(page))
    page.printed_filter.setCurrentIndex(2)  # not printed
    assert shown_ids(page) == []
    page.printed_filter.setCurrentIndex(0)
    page.table.clearSelection()
    page.select_row(0)
    qtbot.mouseClick(page.not_printed_button, Qt.MouseButton.LeftButton)
    assert get_order(store, "302-0000001-0000001").printed_at is None
    assert page.current_order().order_id == "302-0000001-0000001"  # selection kept by refresh
