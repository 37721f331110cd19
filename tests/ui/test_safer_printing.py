"""Safer printing: orders that cannot ship are asked about before a print run, Save as PDF offers
to mark the slips printed, and late / due-today orders stand out and have a filter."""

from __future__ import annotations

from datetime import timedelta

import pytest
from documents_helpers import add_order, buyers, contact_of, order_id
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox

from seller_desktop.core.base.clock import to_iso_utc
from seller_desktop.core.documents.print_log import print_runs
from seller_desktop.core.orders.due import Due
from seller_desktop.core.orders.model import OrderItem
from seller_desktop.core.orders.repository import get_order
from seller_desktop.core.privacy.retention import WipeReport
from seller_desktop.core.settings import load_settings
from seller_desktop.ui.orders.table_model import Column
from seller_desktop.ui.shell.main_window import MainWindow

KEY = next(iter(buyers()))


@pytest.fixture
def bench(store, clock):
    """Orders 0–2 can ship; 3 is cancelled, 4 has no contact details, 5 was sent in full."""
    now = clock.now()
    add_order(store, 0, contact=contact_of(KEY))
    add_order(store, 1, contact=contact_of(KEY))
    add_order(store, 2, contact=contact_of(KEY))
    add_order(store, 3, contact=contact_of(KEY), status="cancelled")
    add_order(store, 4)
    add_order(
        store,
        5,
        contact=contact_of(KEY),
        status="partially_shipped",
        items=[OrderItem("5-1", "MUG-BLUE", 1, "Coffee mug, blue", quantity_shipped=1)],
    )
    # Ship-by: 0 was due an hour ago (late), 1 is due in an hour (today), 2 next week.
    for n, delta in ((0, timedelta(hours=-1)), (1, timedelta(hours=1)), (2, timedelta(days=7))):
        store.conn.execute(
            "UPDATE orders SET latest_ship_date = ? WHERE order_id = ?",
            (to_iso_utc(now + delta), order_id(n)),
        )
    return store


@pytest.fixture
def window(qtbot, bench, paths, tmp_path, monkeypatch):
    monkeypatch.setenv("TZ", "UTC")  # "today" ends at midnight UTC, 12 h after the fixed clock
    win = MainWindow(
        bench, load_settings(bench), WipeReport(), config_dir=tmp_path / "cfg", paths=paths
    )
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def _preview(qtbot, win):
    qtbot.waitUntil(
        lambda: win.print_preview is not None and win.print_preview.page_count() > 0, timeout=20000
    )
    return win.print_preview


def _button(box: QMessageBox, text: str):
    return next(b for b in box.buttons() if b.text() == text)


ALL = [order_id(n) for n in range(6)]


def test_the_question_names_the_orders_that_cannot_ship(qtbot, window):
    assert window.print_orders("slips", ALL) is None  # asked first
    box = window.previews.cannot_ship_box
    assert box is not None and box.isVisible()
    assert box.text() == "3 of the 6 order(s) cannot ship:"
    lines = box.informativeText().splitlines()
    assert lines == [
        f"{order_id(3)} — cancelled",
        f"{order_id(4)} — no contact details (removed or never entered)",
        f"{order_id(5)} — no items left to ship",
    ]
    assert window.print_preview is None
    _button(box, "Cancel").click()
    assert window.print_preview is None and window.previews.cannot_ship_box is None


def test_leave_them_out_prints_only_the_others(qtbot, window, bench, tmp_path):
    window.print_orders("slips", ALL)
    _button(window.previews.cannot_ship_box, "Leave them out").click()
    preview = _preview(qtbot, window)
    assert preview.request.order_ids == tuple(order_id(n) for n in range(3))
    assert preview.page_count() == 3
    preview.close()


def test_print_anyway_prints_them_all(qtbot, window):
    window.print_orders("slips", ALL)
    box = window.previews.cannot_ship_box
    _button(box, "Print anyway").click()
    assert _preview(qtbot, window).request.order_ids == tuple(ALL)
    window.print_preview.close()


def test_only_orders_that_cannot_ship_offer_no_leave_out(qtbot, window):
    window.print_orders("pick_list", [order_id(3)])
    box = window.previews.cannot_ship_box
    assert [b.text() for b in box.buttons() if b.text() == "Leave them out"] == []
    _button(box, "Cancel").click()


def test_orders_that_can_ship_open_the_preview_at_once(qtbot, window):
    assert window.print_orders("slips", [order_id(0)]) is not None
    _preview(qtbot, window).close()


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No])
def test_save_as_pdf_offers_to_mark_printed(qtbot, window, bench, tmp_path, answer):
    ids = [order_id(0), order_id(1)]
    preview = window.print_orders("slips", ids)
    preview = _preview(qtbot, window)
    with qtbot.waitSignal(preview.logged, timeout=20000):
        assert preview.save_pdf_to(tmp_path / "slips.pdf")
    box = preview.mark_box
    assert box.isVisible() and box.text() == "Saved as slips.pdf. Mark the 2 order(s) printed?"
    [run] = print_runs(bench)
    assert run.output == "pdf"
    box.button(answer).click()
    marked = [get_order(bench, i).printed_at is not None for i in ids]
    if answer == QMessageBox.StandardButton.Yes:
        assert marked == [True, True]
        assert preview.message.text() == "Saved as slips.pdf. The orders are marked printed."
    else:
        assert marked == [False, False]
    assert get_order(bench, order_id(2)).printed_at is None
    preview.close()


def test_late_and_due_today_stand_out_and_filter(qtbot, window):
    page = window.orders_page
    model = page.model

    def shown() -> list[str]:
        return sorted(model.order_at(r).order_id for r in range(model.rowCount()))

    def cell(order: str, role=None):
        index = model.index(model.row_of(order), Column.SHIP_BY)
        return model.data(index) if role is None else model.data(index, role)

    assert cell(order_id(0)).endswith(" · Late")
    assert cell(order_id(1)).endswith(" · Due today")
    assert "·" not in cell(order_id(2))
    from PySide6.QtCore import Qt

    late_colour = cell(order_id(0), Qt.ItemDataRole.ForegroundRole).color()
    assert late_colour == QColor("#b00020")
    assert cell(order_id(0), Qt.ItemDataRole.FontRole).bold()
    assert cell(order_id(2), Qt.ItemDataRole.ForegroundRole) is None

    page.due_filter.setCurrentIndex(page.due_filter.findData(Due.LATE))
    qtbot.waitUntil(lambda: shown() == [order_id(0)])
    page.due_filter.setCurrentIndex(page.due_filter.findData(Due.TODAY))
    qtbot.waitUntil(lambda: shown() == [order_id(1)])
    page.due_filter.setCurrentIndex(page.due_filter.findData(Due.ANY))
    qtbot.waitUntil(lambda: len(shown()) == 6)
