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


def test_weight_and_size_for_labels_are_saved_and_shown_again(page, store):
    from seller_desktop.core.labels.sizes import get_sizes

    page.add_from_orders()
    page.table.selectRow(0)  # BEAN-1KG
    page.weight.setText("1050")
    page.dims_field.setText("20 x 12.5 x 8")
    assert page.save(), page.message.text()
    size = get_sizes(store, ["BEAN-1KG"])["BEAN-1KG"]
    assert (size.weight_g, size.dims) == (1050, (200, 125, 80))
    page.table.selectRow(1)
    page.table.selectRow(0)
    assert (page.weight.text(), page.dims_field.text()) == ("1050", "20x12.5x8")


def test_a_bad_size_saves_nothing_and_says_how_to_write_it(page, store):
    from seller_desktop.core.labels.sizes import get_sizes

    page.add_from_orders()
    page.table.selectRow(0)
    page.bin.setText("C-9")
    page.dims_field.setText("20 by 12")
    assert not page.save()
    assert "length x width x height" in page.message.text()
    assert get_products(store, ["BEAN-1KG"])["BEAN-1KG"].bin_location is None
    assert get_sizes(store, ["BEAN-1KG"])["BEAN-1KG"].dims is None
