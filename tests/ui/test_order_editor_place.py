"""The order editor's state/region and country (ISO code), stored on the order itself."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from seller_desktop.core.orders.repository import get_order
from seller_desktop.ui.orders.editor import OrderEditor


def test_new_order_gets_region_and_country(qtbot, store):
    editor = OrderEditor(store, None)
    qtbot.addWidget(editor)
    assert editor.ship_country.currentData() == ""  # the marketplace's own country
    qtbot.keyClicks(editor.order_id, "M-88")
    editor.marketplace.setCurrentIndex(editor.marketplace.findData("US"))
    editor.items.item(0, 0).setText("MUG-1")
    editor.items.item(0, 2).setText("1")
    qtbot.keyClicks(editor.ship_region, "CA")
    editor.ship_country.setCurrentIndex(editor.ship_country.findData("CA"))
    assert editor.ship_country.currentText() == "Canada (CA)"
    editor.save()
    assert editor.result() == QDialog.DialogCode.Accepted
    stored = get_order(store, "M-88")
    assert (stored.ship_region, stored.ship_country) == ("CA", "CA")

    again = OrderEditor(store, stored)
    qtbot.addWidget(again)
    assert again.ship_region.text() == "CA" and again.ship_country.currentData() == "CA"
    again.ship_region.clear()
    again.ship_country.setCurrentIndex(0)
    again.save()
    stored = get_order(store, "M-88")
    assert (stored.ship_region, stored.ship_country) == (None, None)
