"""File › Export shipping confirmations writes Amazon's upload file once, from the main window."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMessageBox

from seller_desktop.core.orders.model import Order, OrderItem
from seller_desktop.core.orders.repository import save_order
from seller_desktop.core.orders.shipping import CONFIRMATION_COLUMNS, ShipmentRequest, ship
from seller_desktop.core.privacy.retention import WipeReport
from seller_desktop.core.settings import load_settings
from seller_desktop.ui.shell.main_window import MainWindow


def test_export_action_writes_the_file_once(qtbot, store, tmp_path):
    save_order(
        store,
        Order(
            order_id="111-0000001-0000001",
            marketplace="US",
            purchased_at="2026-11-27T10:00:00Z",
            items=[OrderItem(order_item_id="I1", sku="MUG", quantity=2)],
        ),
    )
    ship(store, ShipmentRequest("111-0000001-0000001", date(2026, 11, 28), "UPS", "1Z999"))
    window = MainWindow(store, load_settings(store), WipeReport(), config_dir=tmp_path / "config")
    qtbot.addWidget(window)
    assert window.export_action.shortcut().toString() == "Ctrl+E"

    target = tmp_path / "confirm.txt"
    assert window.confirmations.export_to(target) == 1
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines == [
        "\t".join(CONFIRMATION_COLUMNS),
        "111-0000001-0000001\tI1\t2\t2026-11-28\tUPS\tUPS\t1Z999\t",
    ]
    assert window.confirmations.message.icon() == QMessageBox.Icon.Information
    assert "1 rows" in window.confirmations.message.text()

    again = tmp_path / "again.txt"
    assert window.confirmations.export_to(again) == 0
    assert again.read_text(encoding="utf-8").splitlines() == lines[:1]
    assert "No new shipments" in window.confirmations.message.text()
    assert window.confirmations.export_to(tmp_path / "all.txt", again=True) == 1


def test_unwritable_target_marks_nothing(qtbot, store, tmp_path):
    save_order(
        store,
        Order(
            order_id="A",
            marketplace="US",
            purchased_at="2026-11-27T10:00:00Z",
            items=[OrderItem(order_item_id="A1", sku="MUG", quantity=1)],
        ),
    )
    ship(store, ShipmentRequest("A", date(2026, 11, 28), "UPS"))
    window = MainWindow(store, load_settings(store), WipeReport(), config_dir=tmp_path / "config")
    qtbot.addWidget(window)
    assert window.confirmations.export_to(tmp_path / "missing" / "x.txt") == 0
    assert window.confirmations.message.icon() == QMessageBox.Icon.Warning
    assert "Nothing was marked" in window.confirmations.message.text()
    assert window.confirmations.export_to(tmp_path / "x.txt") == 1  # still there to export
