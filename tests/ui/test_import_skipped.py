"""The import summary in the window counts the All Orders rows that are not the seller's to ship
(fulfilled by Amazon, or a cancelled item), and says so when a file holds nothing else."""

from __future__ import annotations

import pytest
from fixtures.make_reports import ALL_ORDERS_HEADER, all_orders_row, report_bytes
from PySide6.QtCore import QLocale

from seller_desktop.core.importers.report_import import import_file
from seller_desktop.core.orders.repository import count_orders
from seller_desktop.core.privacy.retention import WipeReport
from seller_desktop.core.settings import load_settings
from seller_desktop.ui.importing.results import FileResult, Outcome, summary_html
from seller_desktop.ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, store, tmp_path):
    win = MainWindow(store, load_settings(store), WipeReport(), config_dir=tmp_path / "config")
    qtbot.addWidget(win)
    win.show()
    return win


def _report(tmp_path, name, rows):
    path = tmp_path / name
    path.write_bytes(report_bytes(rows, header=ALL_ORDERS_HEADER))
    return path


def test_the_summary_shows_the_skipped_rows(qtbot, window, store, tmp_path):
    mixed = _report(
        tmp_path,
        "mixed.txt",
        [
            all_orders_row(1, "SKU-0"),
            all_orders_row(1, "SKU-1", item_status="Cancelled", quantity="0"),
            all_orders_row(2, "SKU-0", channel="Amazon", status="Shipped", item_status="Shipped"),
        ],
    )
    fba = _report(tmp_path, "fba.txt", [all_orders_row(3, "SKU-0", channel="AFN")])
    dialog = window.import_files([mixed, fba])
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.over, timeout=10_000)
    assert [r.outcome for r in dialog.results] == [Outcome.IMPORTED, Outcome.IMPORTED]
    text = dialog.summary_text()
    assert "1 new, 0 updated, 0 unchanged orders (1 items)" in text
    assert "2 rows skipped (Fulfilled by Amazon or cancelled): they are not orders to ship." in text
    assert "1 rows skipped (Fulfilled by Amazon or cancelled)" in text  # fba.txt
    assert (
        "Nothing to ship in this file: all its order rows are fulfilled by Amazon or cancelled."
        in text
    )
    assert text.count("Nothing to ship") == 1  # fba.txt only
    assert count_orders(store) == 1


def test_the_skipped_rows_read_german(german, store, tmp_path, clock):
    path = _report(
        tmp_path, "fba.txt", [all_orders_row(n, "SKU-0", channel="Amazon") for n in (1, 2)]
    )
    summary = import_file(store, path, clock=clock)
    html = summary_html([FileResult("fba.txt", Outcome.IMPORTED, summary)], QLocale("de_DE"))
    assert "2 Zeilen übersprungen (Versand durch Amazon oder storniert)" in html
    assert "In dieser Datei ist nichts zu versenden" in html
