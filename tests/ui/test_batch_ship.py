"""The batch ship dialog as a seller with a barcode scanner uses it: a tracking field per order,
Enter moves on and the last Enter ships, the carrier is required and remembered, and the detail
pane then shows carrier, tracking number and where the confirmation stands."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from seller_desktop.core.orders.model import ContactDetails, Order, OrderItem
from seller_desktop.core.orders.repository import get_order, save_order
from seller_desktop.core.settings import load_settings
from seller_desktop.ui.orders.detail import OrderDetailPane
from seller_desktop.ui.orders.ship_dialog import ShipDialog

IDS = [f"302-000000{i}-0000001" for i in (1, 2, 3)]
SCANS = ["1Z999AA10000000001", "1Z999AA10000000002", "1Z999AA10000000003"]


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def orders(store):
    for n, order_id in enumerate(IDS, start=1):
        save_order(
            store,
            Order(
                order_id=order_id,
                marketplace="GB",
                purchased_at="2026-11-27T10:00:00Z",
                items=[OrderItem(order_item_id=f"{n}-1", sku="MUG", quantity=n)],
            ),
            ContactDetails(recipient_name=f"Buyer Number{n}"),
        )
    return [get_order(store, order_id) for order_id in IDS]


def _dialog(qtbot, store, orders, parent):
    dialog = ShipDialog(store, orders, parent)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _shipments(store):
    return store.conn.execute(
        "SELECT order_id, carrier_code, carrier_name, tracking_number FROM shipments "
        "ORDER BY shipment_id"
    ).fetchall()


def test_three_scans_each_with_enter_ship_three_orders_with_their_own_numbers(
    qtbot, store, orders, parent
):
    dialog = _dialog(qtbot, store, orders, parent)
    assert dialog.carrier.itemText(0) == "Royal Mail"  # the marketplace's common carriers first
    dialog.carrier.setCurrentText("Royal Mail")
    fields = [dialog.rows.tracking[i] for i in IDS]
    for n, (field, scan) in enumerate(zip(fields, SCANS, strict=True)):
        field.setFocus()
        qtbot.keyClicks(field, scan)
        qtbot.keyClick(field, Qt.Key.Key_Return)  # the scanner's Enter
        if n < 2:  # on to the next row, nothing shipped yet
            assert dialog.focusWidget() is fields[n + 1]
            assert _shipments(store) == []
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.shipped == IDS
    assert _shipments(store) == [
        (order_id, "Royal Mail", "Royal Mail", scan)
        for order_id, scan in zip(IDS, SCANS, strict=True)
    ]


def test_rows_show_the_order_the_recipient_and_the_units(qtbot, store, orders, parent):
    dialog = _dialog(qtbot, store, orders, parent)
    texts = [w.text() for w in dialog.rows.findChildren(type(dialog.summary))]
    assert IDS[2] in texts and "Buyer Number3" in texts and "3" in texts


def test_an_empty_carrier_is_refused_inline_and_nothing_is_recorded(qtbot, store, orders, parent):
    dialog = _dialog(qtbot, store, orders, parent)
    for order_id, scan in zip(IDS, SCANS, strict=True):
        dialog.rows.tracking[order_id].setText(scan)
    dialog.submit()
    assert "Choose the carrier" in dialog.message.text()
    assert dialog.focusWidget() is dialog.carrier
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.shipped == []
    assert _shipments(store) == []
    dialog.carrier.setCurrentIndex(dialog.carrier.count() - 1)  # Other, but no name given
    dialog.submit()
    assert dialog.focusWidget() is dialog.carrier_name and _shipments(store) == []
    dialog.elsewhere.setChecked(True)  # already confirmed in Seller Central: no carrier needed
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted and len(_shipments(store)) == 3


def test_the_carrier_and_service_are_remembered_and_the_tab_order_keeps_the_carrier(
    qtbot, store, orders, parent
):
    first = _dialog(qtbot, store, orders[:1], parent)
    assert first.focusWidget() is first.carrier  # nothing remembered yet: start at the carrier
    first.carrier.setCurrentText("UPS")
    qtbot.keyClick(first.focusWidget(), Qt.Key.Key_Tab)  # carrier → first tracking field
    assert first.focusWidget() is first.rows.tracking[IDS[0]]
    qtbot.keyClick(first.focusWidget(), Qt.Key.Key_Backtab)  # and back: never skipped
    assert first.focusWidget() is first.carrier
    first.carrier.setCurrentIndex(first.carrier.count() - 1)  # Other
    assert first.carrier_name.isVisibleTo(first)
    first.carrier_name.setText("Evri")
    first.method.setText("Standard")
    first.rows.tracking[IDS[0]].setText("H00A1")
    first.submit()
    assert first.result() == QDialog.DialogCode.Accepted
    assert _shipments(store) == [(IDS[0], "Other", "Evri", "H00A1")]
    settings = load_settings(store)
    assert (settings.ship_carrier, settings.ship_service) == ("Evri", "Standard")

    second = _dialog(qtbot, store, orders[1:], parent)
    assert second.carrier_text() == "Evri" and second.method.text() == "Standard"
    assert second.focusWidget() is second.rows.tracking[IDS[1]]  # straight to scanning
    second.carrier.setCurrentText("DPD")
    for order_id in IDS[1:]:
        second.rows.tracking[order_id].setText(f"DPD-{order_id}")
    second.submit()
    assert load_settings(store).ship_carrier == "DPD"
    third = _dialog(qtbot, store, [orders[0]], parent)
    assert third.carrier.currentText() == "DPD" and not third.carrier_name.isVisibleTo(third)


def test_the_detail_pane_shows_carrier_tracking_and_confirmation(qtbot, store, orders, parent):
    dialog = _dialog(qtbot, store, orders[:1], parent)
    dialog.carrier.setCurrentText("Royal Mail")
    dialog.rows.tracking[IDS[0]].setText("RM123456785GB")
    dialog.submit()
    pane = OrderDetailPane(store)
    qtbot.addWidget(pane)
    pane.show_order(get_order(store, IDS[0]))
    assert "Royal Mail, RM123456785GB" in pane.carrier.text()
    assert pane.amazon.text() == "Waiting for the next confirmation file"
    pane.show_order(get_order(store, IDS[1]))  # not shipped: no carrier row
    assert pane.carrier.text() == "" and pane.amazon.text() == ""
