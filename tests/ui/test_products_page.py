"""Settings › Products: add SKUs from orders, edit and save a product (round trip through the
store), the core's UPC/EAN check-digit message in the form, delete; keyboard names."""

from __future__ import annotations

import pytest
from documents_helpers import add_order

from seller_desktop.core.orders.model import OrderItem
from seller_desktop.core.orders.products import get_product_image, get_products, list_products
from seller_desktop.core.privacy.retention import WipeReport
from seller_desktop.core.settings import load_settings
from seller_desktop.ui.shell.main_window import MainWindow


def _png() -> bytes:
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("steelblue"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


@pytest.fixture
def page(qtbot, store, paths, tmp_path):
    add_order(
        store,
        1,
        items=[
            OrderItem("1-1", "MUG-BLUE", 1, "Coffee mug, blue"),
            OrderItem("1-2", "BEAN-1KG", 2, "Beans"),
        ],
    )
    add_order(store, 2, items=[OrderItem("2-1", "MUG-BLUE", 1, "Coffee mug, blue")])
    win = MainWindow(
        store, load_settings(store), WipeReport(), config_dir=tmp_path / "cfg", paths=paths
    )
    qtbot.addWidget(win)
    win.show()
    win.show_page("settings")
    yield win.settings_page.show_products()
    win.close()


def test_add_skus_edit_and_save_round_trip(page, store, tmp_path):
    assert page.table.rowCount() == 0
    assert page.add_from_orders() == 2
    assert [page.table.item(r, 0).text() for r in range(2)] == ["BEAN-1KG", "MUG-BLUE"]
    assert page.add_from_orders() == 0
    assert "already" in page.message.text()

    page.table.selectRow(1)
    assert page.sku.text() == "MUG-BLUE" and page.sku.isReadOnly()
    page.name.setText("Blue mug, 350 ml")
    page.bin.setText("A2-03")
    page.barcode.setText("4006381333931")  # a valid EAN-13
    image = tmp_path / "mug.png"
    png = _png()
    image.write_bytes(png)
    assert page.load_image(image)
    assert page.save()
    saved = get_products(store, ["MUG-BLUE"])["MUG-BLUE"]
    assert (saved.name_override, saved.bin_location, saved.barcode, saved.has_image) == (
        "Blue mug, 350 ml",
        "A2-03",
        "4006381333931",
        True,
    )
    assert get_product_image(store, "MUG-BLUE") == png
    assert page.table.item(1, 1).text() == "Blue mug, 350 ml"
    assert page.table.item(1, 4).text() == "Yes"


def test_ean_with_a_wrong_check_digit_is_refused_with_the_message(page, store):
    page.add_from_orders()
    page.table.selectRow(0)
    page.barcode.setText("4006381333932")
    assert not page.save()
    assert page.message.isVisible()
    assert "not a valid UPC or EAN" in page.message.text() and "check digit" in page.message.text()
    assert get_products(store, ["BEAN-1KG"])["BEAN-1KG"].barcode is None


def test_a_scanned_barcode_is_checked_and_saved_by_the_scanners_enter(qtbot, page, store):
    from PySide6.QtCore import Qt

    page.add_from_orders()
    page.table.selectRow(0)
    qtbot.keyClicks(page.barcode, "036000291453")  # a misread last digit
    qtbot.keyClick(page.barcode, Qt.Key.Key_Return)
    assert "not a valid UPC or EAN" in page.message.text()
    assert get_products(store, ["BEAN-1KG"])["BEAN-1KG"].barcode is None
    page.barcode.clear()
    qtbot.keyClicks(page.barcode, "036000291452")
    qtbot.keyClick(page.barcode, Qt.Key.Key_Return)
    assert page.message.text() == "Saved BEAN-1KG."
    assert get_products(store, ["BEAN-1KG"])["BEAN-1KG"].barcode == "036000291452"


def test_new_and_delete(page, store):
    page.new_product()
    page.sku.setText("GIFT-BOX")
    page.bin.setText("Z9")
    assert page.save()
    assert [p.sku for p in list_products(store)] == ["GIFT-BOX"]
    page.delete_selected()
    assert list_products(store) == []


def test_named_widgets(page):
    for widget in (
        page.table,
        page.sku,
        page.name,
        page.bin,
        page.barcode,
        page.add_button,
        page.save_button,
        page.image_button,
    ):
        assert widget.accessibleName()
