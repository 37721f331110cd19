"""The Verify screen as a packer uses it: the slip's barcode (the order id) typed by a scanner with
Enter opens the order; a wrong EAN turns the banner red, beeps and is not counted; the right ones
complete the order (green) and the field waits for the next slip; orders that cannot be verified
say why; a product without an EAN is confirmed by its SKU or counted by hand."""

from __future__ import annotations

import pytest
from documents_helpers import add_order, order_id
from PySide6.QtCore import Qt

from seller_desktop.core.orders.model import OrderItem
from seller_desktop.core.orders.products import Product, save_product
from seller_desktop.core.privacy.retention import WipeReport
from seller_desktop.core.settings import load_settings
from seller_desktop.ui.shell.main_window import MainWindow
from seller_desktop.ui.verify.banner import COLOURS, BannerState

MUG, BEANS, TEA = "4006381333931", "036000291452", "5901234123457"


@pytest.fixture
def page(qtbot, store, paths, tmp_path):
    save_product(store, Product("MUG-BLUE", barcode=MUG))
    save_product(store, Product("BEAN-1KG", barcode=BEANS))
    save_product(store, Product("TEA-GREEN", barcode=TEA))
    add_order(
        store,
        1,
        items=[
            OrderItem("1-1", "MUG-BLUE", 2, "Coffee mug, blue"),
            OrderItem("1-2", "BEAN-1KG", 1, "Beans"),
        ],
    )
    add_order(store, 2, items=[OrderItem("2-1", "CARD-XMAS", 2, "Christmas card")])
    add_order(store, 3, status="shipped")
    win = MainWindow(
        store, load_settings(store), WipeReport(), config_dir=tmp_path / "cfg", paths=paths
    )
    qtbot.addWidget(win)
    win.show()
    win.show_page("verify")
    page = win.pages["verify"]
    qtbot.waitUntil(page.field.hasFocus)
    yield page
    win.close()


def scan(qtbot, page, code: str) -> None:
    """What a USB scanner does: the code's characters, then Enter, into the focused field."""
    assert page.field.hasFocus()
    qtbot.keyClicks(page.field, code)
    qtbot.keyClick(page.field, Qt.Key.Key_Return)


def counted(page) -> list[str]:
    return [page.table.item(row, 3).text() for row in range(page.table.rowCount())]


def test_scanning_the_slip_opens_the_order(qtbot, page):
    assert page.banner.state is BannerState.IDLE
    scan(qtbot, page, order_id(1))
    assert page.verification.order_id == order_id(1)
    assert [page.table.item(row, 0).text() for row in range(2)] == ["MUG-BLUE", "BEAN-1KG"]
    assert counted(page) == ["0 of 2", "0 of 1"]
    assert page.field.text() == "" and page.field.hasFocus()
    assert order_id(1) in page.banner.text() and "3 unit(s)" in page.banner.text()


def test_a_wrong_ean_is_flagged_and_the_right_ones_complete_the_order(qtbot, page):
    scan(qtbot, page, order_id(1))
    scan(qtbot, page, MUG)
    assert counted(page) == ["1 of 2", "0 of 1"]
    assert page.banner.state is BannerState.PROGRESS and page.alarms == 0

    scan(qtbot, page, TEA)  # the green tea of another order
    assert page.banner.state is BannerState.ALARM
    assert page.banner.background() == COLOURS[BannerState.ALARM][0] == "#c5221f"
    assert page.banner.text() == (
        f"Wrong item: {TEA} is TEA-GREEN, which is not in this order. Not counted."
    )
    assert "#c5221f" in page.banner.styleSheet()
    assert page.alarms == 1
    assert counted(page) == ["1 of 2", "0 of 1"]

    scan(qtbot, page, MUG)
    scan(qtbot, page, MUG)  # one mug too many
    assert page.banner.state is BannerState.ALARM and page.banner.text().startswith("Too many")
    assert page.alarms == 2 and counted(page) == ["2 of 2", "0 of 1"]

    scan(qtbot, page, "0" + BEANS)  # the UPC-A read as an EAN-13
    assert page.verification.done
    assert page.banner.state is BannerState.DONE
    assert page.banner.background() == "#137333"
    assert page.banner.text().startswith(f"Done: order {order_id(1)} is complete")
    assert counted(page) == ["2 of 2", "1 of 1"]
    assert not page.hand_button.isEnabled()

    scan(qtbot, page, order_id(2))  # straight on to the next slip
    assert page.verification.order_id == order_id(2)
    assert page.banner.state is BannerState.PROGRESS


def test_products_without_an_ean_by_sku_or_by_hand(qtbot, page):
    scan(qtbot, page, order_id(2))
    assert page.table.item(0, 2).text() == "none: scan the SKU"
    scan(qtbot, page, "CARD-XMAS")
    assert counted(page) == ["1 of 2"]
    qtbot.mouseClick(page.hand_button, Qt.MouseButton.LeftButton)
    assert counted(page) == ["2 of 2"] and page.banner.state is BannerState.DONE
    assert page.field.hasFocus()


def test_a_new_slip_mid_order_switches_and_says_so(qtbot, page):
    scan(qtbot, page, order_id(1))
    scan(qtbot, page, MUG)
    scan(qtbot, page, order_id(2))
    assert page.verification.order_id == order_id(2)
    assert f"Order {order_id(1)} was left unfinished" in page.banner.text()
    page.start_over()
    assert page.banner.state is BannerState.PROGRESS


@pytest.mark.parametrize(
    "code, words",
    [
        ("999-0000000-0000000", "No order 999-0000000-0000000 in your orders"),
        (order_id(3), "already shipped"),
        # A product before any slip: named, and told what to scan first.
        (TEA, "5901234123457 is the product TEA-GREEN: scan the packing slip's barcode first"),
        ("BEAN-1KG", "BEAN-1KG is the product BEAN-1KG: scan the packing slip"),
    ],
)
def test_orders_that_cannot_be_verified_get_a_clear_message(qtbot, page, code, words):
    scan(qtbot, page, code)
    assert page.banner.state is BannerState.ALARM and words in page.banner.text()
    assert page.verification is None and page.alarms == 1


def test_unknown_code_and_sku_of_a_barcode_line_are_not_counted(qtbot, page):
    scan(qtbot, page, order_id(1))
    scan(qtbot, page, "0012345678905")
    assert page.banner.text().startswith("Unknown code 0012345678905")
    scan(qtbot, page, "MUG-BLUE")
    assert page.banner.text().startswith("MUG-BLUE has a barcode")
    assert counted(page) == ["0 of 2", "0 of 1"] and page.alarms == 2
