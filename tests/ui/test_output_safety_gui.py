"""The GUI's output writers and the ship dialog: links at the target are refused, and carrier or
tracking values that could never be valid for Amazon are refused inline, before anything ships."""

from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QDialog, QWidget

from seller_desktop.core.base.errors import SellerError
from seller_desktop.core.orders.model import ContactDetails, Order, OrderItem
from seller_desktop.core.orders.repository import get_order, save_order
from seller_desktop.ui.orders.confirmations import ConfirmationExport
from seller_desktop.ui.orders.ship_dialog import ShipDialog
from seller_desktop.ui.printing.output import write_pdf_file

posix_only = pytest.mark.skipif(os.name != "posix", reason="symlinks as on POSIX")
VICTIM = b"keep me\n"


def _orders(store, n=2):
    for i in range(1, n + 1):
        save_order(
            store,
            Order(
                order_id=f"302-000000{i}-0000001",
                marketplace="DE",
                purchased_at="2026-11-27T10:00:00Z",
                items=[OrderItem(order_item_id=f"{i}-1", sku="MUG", quantity=1)],
            ),
            ContactDetails(recipient_name="Jane Baker"),
        )
    return [get_order(store, f"302-000000{i}-0000001") for i in range(1, n + 1)]


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_ship_dialog_refuses_a_formula_tracking_number_inline_once(qtbot, store, parent):
    orders = _orders(store)
    dialog = ShipDialog(store, orders, parent)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.carrier.setEditText("UPS")
    first, second = (dialog.rows.tracking[o.order_id] for o in orders)
    first.setText("1Z999AA10123456784")
    second.setText('=HYPERLINK("https://evil.example","x")')
    dialog.submit()
    text = dialog.message.text()
    assert text.count("The tracking number cannot start with =, + or @") == 1
    assert "HYPERLINK" not in text and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.shipped == [] and dialog.focusWidget() is second
    assert store.conn.execute("SELECT count(*) FROM shipments").fetchone()[0] == 0

    dialog.carrier.setEditText("@carrier")
    second.setText("1Z999AA10123456785")
    dialog.submit()
    assert "The carrier cannot start with" in dialog.message.text() and dialog.shipped == []
    assert dialog.focusWidget() is dialog.carrier

    dialog.carrier.setEditText("UPS")
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.shipped == [o.order_id for o in orders]
    assert store.conn.execute(
        "SELECT tracking_number FROM shipments ORDER BY shipment_id"
    ).fetchall() == [("1Z999AA10123456784",), ("1Z999AA10123456785",)]


@posix_only
def test_confirmation_export_refuses_a_link_and_marks_nothing(qtbot, store, parent, tmp_path):
    orders = _orders(store, 1)
    dialog = ShipDialog(store, orders, parent)
    qtbot.addWidget(dialog)
    dialog.carrier.setEditText("DHL")
    dialog.rows.tracking[orders[0].order_id].setText("JD1")
    dialog.submit()
    victim = tmp_path / "victim"
    victim.write_bytes(VICTIM)
    link = tmp_path / "confirm.txt"
    link.symlink_to(victim)
    export = ConfirmationExport(store, parent)
    assert export.export_to(link) == 0
    assert (
        export.message is not None
        and "confirm.txt is a link to another file" in export.message.text()
    )
    assert victim.read_bytes() == VICTIM
    out = tmp_path / "real.txt"
    assert export.export_to(out) == 1  # still there to export
    assert (out.stat().st_mode & 0o777) == 0o600


@posix_only
def test_save_as_pdf_refuses_a_link(tmp_path):
    victim = tmp_path / "victim"
    victim.write_bytes(VICTIM)
    link = tmp_path / "slips.pdf"
    link.symlink_to(victim)
    with pytest.raises(SellerError, match="slips.pdf is a link to another file"):
        write_pdf_file(link, b"%PDF-1.4 ...")
    assert victim.read_bytes() == VICTIM
