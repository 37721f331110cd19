"""Printing through the app's own path: Orders page selection → render on the worker → preview
(QPdfDocument from memory) → a PDF-format QPrinter in place of the system dialog → orders marked
printed, print log, Reprint; the remembered page size; Save as PDF; no temp file with a name."""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

import pytest
import shiboken6
from debian_tools import require
from documents_helpers import add_order, buyers, contact_of, order_id, pdftotext
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QComboBox, QLineEdit

from seller_desktop.core.documents.print_log import print_runs
from seller_desktop.core.documents.print_request import suggested_file_name
from seller_desktop.core.orders.repository import get_order
from seller_desktop.core.privacy.retention import WipeReport
from seller_desktop.core.settings import load_settings
from seller_desktop.ui.printing.printer_memory import PrinterMemory
from seller_desktop.ui.shell.main_window import MainWindow

KEYS = list(buyers())


@pytest.fixture
def filled(store):
    for n, key in enumerate(KEYS):
        add_order(
            store,
            n,
            contact=contact_of(key),
            marketplace=buyers()[key][4],
            purchased_at=f"2026-11-2{n % 8}T09:30:00Z",
        )
    return store


@pytest.fixture
def window(qtbot, filled, paths, tmp_path):
    win = MainWindow(
        filled, load_settings(filled), WipeReport(), config_dir=tmp_path / "cfg", paths=paths
    )
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def _select(win, ids):
    page = win.orders_page
    page.table.clearSelection()
    for order in ids:
        row = page.model.row_of(order)
        assert row is not None
        page.table.selectionModel().select(
            page.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    assert sorted(o.order_id for o in page.selected_orders()) == sorted(ids)


def _preview(qtbot, win):
    qtbot.waitUntil(
        lambda: win.print_preview is not None and win.print_preview.page_count() > 0, timeout=20000
    )
    assert not win.jobs.busy
    return win.print_preview


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _page_count(path: Path) -> int:
    out = subprocess.run(
        [require("pdfinfo"), str(path)], capture_output=True, text=True, check=True
    ).stdout
    return int(next(ln.split(":")[1] for ln in out.splitlines() if ln.startswith("Pages")))


def test_print_two_selected_orders_to_a_pdf_printer(qtbot, window, filled, tmp_path):
    chosen = [order_id(0), order_id(3)]
    _select(window, chosen)
    assert window.orders_page.print_button.isEnabled()
    window.orders_page.print_slips_action.trigger()
    preview = _preview(qtbot, window)
    assert preview.request.order_ids == tuple(
        sorted(chosen, key=lambda i: window.orders_page.model.row_of(i))
    )
    pages = preview.page_count()
    assert pages == 2  # one letter page per slip
    assert preview.pdf_bytes.startswith(b"%PDF")

    out = tmp_path / "printed.pdf"
    with qtbot.waitSignal(preview.printed, timeout=30000):
        assert preview.print_to(_pdf_printer(out))
    text = pdftotext(out)
    for order in chosen:
        assert order in text
    assert _page_count(out) == pages
    for order in chosen:
        assert get_order(filled, order).printed_at is not None
    assert get_order(filled, order_id(1)).printed_at is None
    [run] = print_runs(filled)
    assert set(run.order_ids) == set(chosen) and run.document == "slips"
    assert run.output == "printer" and run.layout == "letter"
    preview.close()

    # The print log on the Print page lists the run; Reprint renders it again.
    window.show_page("print")
    page = window.print_page
    assert page.log_table.rowCount() == 1
    assert page.log_table.item(0, 3).text() == "2"
    page.log_table.selectRow(0)
    page.reprint_button.click()
    again = _preview(qtbot, window)
    assert again is not preview or shiboken6.isValid(again)
    assert set(again.request.order_ids) == set(chosen) and again.page_count() == pages
    again.close()


def test_the_print_button_opens_the_system_print_dialog_and_prints(qtbot, window, filled, tmp_path):
    """The seller's path: Print… → the system dialog → OK. (PySide6 6.12 binds only
    QPrintDialog.open(receiver, member): a plain dialog.open() raised here.)"""
    _select(window, [order_id(0)])
    window.orders_page.print_slips_action.trigger()
    preview = _preview(qtbot, window)
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    dialog = preview.print_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    # the print queue's job name (and "Print to File"'s proposal on X11): document and day only
    assert dialog.printer().docName().startswith("packing-slips-20")
    out = tmp_path / "system-dialog.pdf"
    # As a seller would: "Print to File (PDF)" (the last entry; the only one without CUPS) and a
    # file name typed in.
    printers = dialog.findChild(QComboBox, "printers")
    printers.setCurrentIndex(printers.count() - 1)
    dialog.findChild(QLineEdit, "filename").setText(str(out))
    with qtbot.waitSignal(preview.printed, timeout=30000):
        dialog.accept()
    assert _page_count(out) == preview.page_count() == 1
    assert order_id(0) in pdftotext(out)
    preview.close()


def test_pick_list_from_the_print_page_and_save_as_pdf(qtbot, window, filled, tmp_path):
    window.show_page("print")
    page = window.print_page
    page.unshipped_radio.setChecked(True)
    assert f"({len(KEYS)})" in page.unshipped_radio.text()
    page.print_pick_button.click()
    preview = _preview(qtbot, window)
    assert preview.request.document == "pick_list"
    assert len(preview.request.order_ids) == len(KEYS)
    assert preview.page_count() == 1
    assert suggested_file_name("pick_list", "2026-11-28") == "pick-list-2026-11-28.pdf"
    assert suggested_file_name("slips", "2026-11-28") == "packing-slips-2026-11-28.pdf"
    target = tmp_path / "mine.pdf"
    with qtbot.waitSignal(preview.logged, timeout=20000):  # written by a job on the worker
        assert preview.save_pdf_to(target)
    assert target.read_bytes() == preview.pdf_bytes and "MUG-BLUE" in pdftotext(target)
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    # A saved file is logged but is not a print: nothing is marked printed.
    assert print_runs(filled)[0].output == "pdf"
    assert all(get_order(filled, order_id(n)).printed_at is None for n in range(len(KEYS)))
    preview.close()


def test_save_as_pdf_that_cannot_be_written_says_so_and_logs_nothing(
    qtbot, window, filled, tmp_path
):
    _select(window, [order_id(0)])
    window.orders_page.print_slips_action.trigger()
    preview = _preview(qtbot, window)
    target = tmp_path / "no such folder" / "slips.pdf"
    assert preview.save_pdf_to(target)
    qtbot.waitUntil(lambda: not window.jobs.busy and preview.message.text() != "", timeout=20000)
    assert preview.message.text().startswith("Not saved: The file could not be written")
    assert not target.exists() and print_runs(filled) == []
    with qtbot.waitSignal(preview.logged, timeout=20000):  # the preview is still there to save
        assert preview.save_pdf_to(tmp_path / "slips.pdf")
    preview.close()


def test_cancel_while_rendering_closes_without_printing(qtbot, window, filled):
    _select(window, [order_id(1)])
    preview = window.print_orders("slips", [order_id(1)])
    assert preview is not None
    preview.cancel()
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=10000)
    qtbot.waitUntil(
        lambda: window.print_preview is None or not window.print_preview.isVisible(), timeout=5000
    )
    assert get_order(filled, order_id(1)).printed_at is None
    assert print_runs(filled) == []


def test_page_size_remembered_per_document_type(qtbot, window, filled, tmp_path):
    memory = PrinterMemory(tmp_path / "cfg")
    printer = _pdf_printer(tmp_path / "x.pdf")
    memory.prepare("slips", "4x6", printer)  # nothing remembered: the layout's own size
    size = printer.pageLayout().pageSize().size(QPageSize.Unit.Point)
    assert (round(size.width()), round(size.height())) == (288, 432)

    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A6))
    memory.remember("slips", "4x6", printer)
    fresh = PrinterMemory(tmp_path / "cfg")  # read back from ui.ini
    other = _pdf_printer(tmp_path / "y.pdf")
    fresh.prepare("slips", "4x6", other)
    a6 = other.pageLayout().pageSize().size(QPageSize.Unit.Point)
    assert (round(a6.width()), round(a6.height())) in ((297, 420), (298, 420))
    pick = _pdf_printer(tmp_path / "z.pdf")
    fresh.prepare("pick_list", "a4", pick)  # the other document type keeps its own
    a4 = pick.pageLayout().pageSize().size(QPageSize.Unit.Point)
    assert (round(a4.width()), round(a4.height())) == (595, 842)
    # After a layout change the remembered size no longer applies.
    third = _pdf_printer(tmp_path / "w.pdf")
    fresh.prepare("slips", "letter", third)
    letter = third.pageLayout().pageSize().size(QPageSize.Unit.Point)
    assert (round(letter.width()), round(letter.height())) == (612, 792)
    ini = (tmp_path / "cfg" / "ui.ini").read_text()
    assert "print" in ini
    for key in KEYS:
        assert buyers()[key][0] not in ini


def test_printing_leaves_no_temp_file_with_contact_details(
    own_temp, qtbot, window, filled, tmp_path
):
    """The temp folder is this test's own (``own_temp``, set before the window exists): Python's
    and Qt's temp files land there, and nothing else's."""
    _select(window, [order_id(n) for n in range(len(KEYS))])
    window.orders_page.print_slips_action.trigger()
    preview = _preview(qtbot, window)
    with qtbot.waitSignal(preview.printed, timeout=30000):
        preview.print_to(_pdf_printer(tmp_path / "out.pdf"))
    with qtbot.waitSignal(preview.logged, timeout=30000):
        assert preview.save_pdf_to(tmp_path / "saved.pdf")
    assert (tmp_path / "saved.pdf").read_bytes() == preview.pdf_bytes
    preview.close()
    needles = [part.encode() for key in KEYS for part in buyers()[key][:3]]
    for f in [p for p in own_temp.rglob("*") if p.is_file()]:
        data = f.read_bytes()
        for needle in needles:
            assert needle not in data, f.name


def test_print_buttons_are_named_and_need_a_selection(window):
    page = window.orders_page
    page.table.clearSelection()
    assert not page.print_button.isEnabled() and not page.print_slips_action.isEnabled()
    assert page.print_button.accessibleName()
    assert page.print_slips_action.shortcut().toString() == "Ctrl+P"
    window.show_page("print")
    for widget in (
        window.print_page.print_slips_button,
        window.print_page.reprint_button,
        window.print_page.slip_layout,
        window.print_page.footer_text,
        window.print_page.log_table,
    ):
        assert widget.accessibleName()


def test_painted_pages_match_the_preview(qtbot, window, filled, tmp_path):
    """The path a real printer takes: every page rendered and painted (here into a PDF printer)."""
    from seller_desktop.core.base.steps import drain
    from seller_desktop.core.documents import SlipOptions, packing_slips_pdf
    from seller_desktop.ui.printing.output import load_pdf, print_steps

    data = packing_slips_pdf(
        filled, [order_id(0), order_id(1), order_id(2)], SlipOptions(layout="letter-2up")
    )
    document, _buffer = load_pdf(data)
    out = tmp_path / "painted.pdf"
    printer = _pdf_printer(out)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    assert drain(print_steps(data, printer, raster=True)) == document.pageCount() == 2
    assert _page_count(out) == 2
    png = tmp_path / "page"
    subprocess.run(
        [require("pdftoppm"), "-r", "40", "-gray", "-f", "1", "-l", "1", str(out), str(png)],
        check=True,
    )
    [image] = list(tmp_path.glob("page*.pgm"))
    pixels = image.read_bytes().split(b"\n", 3)[3]
    dark = sum(1 for b in pixels if b < 128)
    assert dark > len(pixels) * 0.005  # text, rules and the barcodes are on the page
