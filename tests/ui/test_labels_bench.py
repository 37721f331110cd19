"""The ship bench's labels against the fake Amazon (tests/labels_buy_helpers.py): three orders
selected → Buy labels… → rates (the default chosen) → Buy and print → one print request of the
three in the table's order, the orders shipped; orders that cannot be rated listed with why;
a label voided from the detail pane."""

from __future__ import annotations

import subprocess

import pytest
from documents_helpers import need, pdftotext
from labels_buy_helpers import ORDERS, PASSPHRASE, RATE, clock_at_now, fake_server, prepare_store
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QStandardItemModel

from seller_desktop.core.labels.amazon_link import ShippingLink
from seller_desktop.core.labels.buying import buy_label
from seller_desktop.core.labels.ledger import live_label
from seller_desktop.core.labels.rating import fetch_rates
from seller_desktop.core.orders.model import ContactDetails, Order, OrderItem
from seller_desktop.core.orders.repository import get_order, save_order
from seller_desktop.core.privacy.retention import WipeReport
from seller_desktop.core.session import create_store
from seller_desktop.core.settings import Settings, load_settings
from seller_desktop.ui.shell.main_window import MainWindow

DE_ORDER = "028-0000004-0000004"
UNSIZED = "026-0000005-0000005"


@pytest.fixture
def fake():
    yield from fake_server()


@pytest.fixture
def store(paths, fake):
    clock = clock_at_now()
    fake.shipping.now = clock.monotonic
    fake.shipping.realistic_labels = True  # 4x6 PNGs with the tracking id's Code 128
    opened = create_store(paths, PASSPHRASE, Settings(business_name="Example Shop"), clock)
    prepare_store(opened.store, fake)
    for order_id, market, sku in ((DE_ORDER, "DE", "MUG"), (UNSIZED, "GB", "BOWL")):
        order = Order(
            order_id=order_id,
            marketplace=market,
            purchased_at="2024-12-23T09:00:00Z",
            currency="GBP",
            items=[OrderItem(order_item_id=f"9{order_id[-4:]}", sku=sku, quantity=1)],
        )
        save_order(opened.store, order, ContactDetails(recipient_name="Buyer", ship_city="York"))
    yield opened.store
    opened.store.close()


def _window(qtbot, store, paths, tmp_path):
    win = MainWindow(
        store, load_settings(store), WipeReport(), config_dir=tmp_path / "cfg", paths=paths
    )
    qtbot.addWidget(win)
    win.show()
    win.show_page("orders")  # the window opens on Today
    return win


def _select(win, ids):
    page = win.orders_page
    page.table.clearSelection()
    for order in ids:
        row = page.model.row_of(order)
        page.table.selectionModel().select(
            page.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    return [o.order_id for o in page.selected_orders()]


def _rated(qtbot, win):
    dialog = win.labels.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.rated > 0 and not win.jobs.busy, timeout=20000)
    return dialog


def test_three_orders_rated_bought_and_printed_in_one_job(qtbot, store, paths, tmp_path, fake):
    win = _window(qtbot, store, paths, tmp_path)
    in_table_order = _select(win, ORDERS)
    assert sorted(in_table_order) == sorted(ORDERS)
    win.orders_page.order_actions.labels_action.trigger()
    dialog = _rated(qtbot, win)
    for order_id in ORDERS:
        combo = dialog.rows.rates[order_id]
        assert combo.isEnabled() and combo.currentData().rate_id == RATE  # the default
        model = combo.model()
        assert isinstance(model, QStandardItemModel)
        needs_inputs = [
            i for i in range(combo.count()) if combo.itemData(i).requires_additional_inputs
        ]
        assert needs_inputs and not any(model.item(i).isEnabled() for i in needs_inputs)
    assert dialog.total.text().startswith("Total for 3 label(s):")
    assert not dialog.failed
    dialog.buy_button.click()
    qtbot.waitUntil(lambda: win.print_preview is not None, timeout=20000)
    preview = win.print_preview
    request = preview.request
    assert request.document == "labels"
    assert list(request.order_ids) == in_table_order
    assert request.with_slips and request.layout in ("letter", "a4", "4x6")
    qtbot.waitUntil(lambda: preview.page_count() > 0, timeout=20000)
    # One sheet per order on paper: its label in the top half, its slip under it, in the
    # table's order (the slip's text names the order; the label is an image).
    assert preview.page_count() == 3
    pdf = tmp_path / "bench.pdf"
    pdf.write_bytes(preview.pdf_bytes)
    for page, order_id in enumerate(in_table_order, start=1):
        text = pdftotext(pdf, "-f", str(page), "-l", str(page))
        assert order_id in text and "Packing slip" in text
        assert not any(other in text for other in ORDERS if other != order_id)
    # The sheet's two barcodes both scan: the label's (its tracking id, turned a quarter on
    # paper) and the slip's (the order id).
    need("pdftoppm")
    need("zbarimg")
    subprocess.run(["pdftoppm", "-r", "300", "-f", "1", "-l", "1", "-png", str(pdf),
                    str(tmp_path / "sheet")], check=True)  # fmt: skip
    sheet = next(tmp_path.glob("sheet*.png"))
    decoded = subprocess.run(
        ["zbarimg", "-q", "--raw", str(sheet)], capture_output=True, text=True
    ).stdout.split()
    from seller_desktop.core.labels.documents import documents

    tracking = documents(store, in_table_order[0])[0].tracking_id
    assert sorted(decoded) == sorted([in_table_order[0], tracking])
    assert fake.shipping.purchases == 3
    for order_id in ORDERS:
        assert get_order(store, order_id).shipped_on
    assert win.labels.dialog is None or not win.labels.dialog.isVisible()
    preview.close()


def test_orders_that_cannot_be_rated_are_listed_with_why(qtbot, store, paths, tmp_path):
    win = _window(qtbot, store, paths, tmp_path)
    _select(win, [ORDERS[0], DE_ORDER, UNSIZED])
    win.orders_page.order_actions.labels_action.trigger()
    dialog = _rated(qtbot, win)
    assert set(dialog.failed) == {DE_ORDER, UNSIZED}
    text = dialog.reasons.text()
    assert DE_ORDER in text and "type the tracking number as before" in text
    assert UNSIZED in text and "Settings › Products" in text
    assert list(dialog.rows.chosen()) == [ORDERS[0]]
    assert not dialog.rows.rates[DE_ORDER].isEnabled()
    dialog.reject()


def test_void_from_the_detail_pane(qtbot, store, paths, tmp_path, fake):
    with ShippingLink(store) as link:
        fetch_rates(store, [ORDERS[0]], link)
        buy_label(store, ORDERS[0], RATE, link)
    win = _window(qtbot, store, paths, tmp_path)
    _select(win, [ORDERS[0]])
    row = win.orders_page.detail.label_row
    assert row.isVisible() and "tracking" in row.text.text()
    row.void_button.click()
    box = win.labels.void_box
    assert box is not None and ORDERS[0] in box.text()
    void = next(b for b in box.buttons() if b.text() == "Void label")
    void.click()
    qtbot.waitUntil(
        lambda: live_label(store, ORDERS[0]) is None and not win.jobs.busy, timeout=20000
    )
    qtbot.waitUntil(lambda: not row.isVisible(), timeout=5000)
    assert not get_order(store, ORDERS[0]).shipped_on
