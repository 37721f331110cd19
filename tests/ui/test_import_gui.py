"""Importing through the GUI: File › Import, drag-and-drop, the worker thread, progress, cancel,
refused files, the problem-rows question, and the window refreshing afterwards."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QThread, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog

from fixtures.make_reports import PEOPLE, big_report, order_id_of, person_row, report_bytes
from fixtures.store_dump import differing_tables, dump_tables
from seller_desktop.core.orders import count_orders
from seller_desktop.core.retention import WipeReport
from seller_desktop.core.settings import load_settings
from seller_desktop.ui import import_dialog as import_module
from seller_desktop.ui.import_dialog import ImportDialog, Outcome
from seller_desktop.ui.main_window import MainWindow

BUYERS = [p.name for p in PEOPLE.values()]


@pytest.fixture
def window(qtbot, store, tmp_path):
    win = MainWindow(store, load_settings(store), WipeReport(), config_dir=tmp_path / "config")
    qtbot.addWidget(win)
    win.show()
    return win


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def run_to_end(qtbot, window, paths, timeout=60_000) -> ImportDialog:
    dialog = window.import_files(paths)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.over, timeout=timeout)
    return dialog


def test_import_action_has_ctrl_i_and_opens_a_multi_file_chooser(qtbot, window):
    action = window.import_action
    assert action.shortcut() == QKeySequence("Ctrl+I")
    file_menu = window.menuBar().actions()[0].menu()
    assert action in file_menu.actions()
    action.trigger()
    chooser = window.findChild(QFileDialog, "importFileDialog")
    assert chooser is not None and chooser.isVisible()
    assert chooser.fileMode() == QFileDialog.FileMode.ExistingFiles
    assert any("*.txt" in f and "*.tsv" in f and "*.csv" in f for f in chooser.nameFilters())
    chooser.reject()


def test_chosen_files_are_imported_and_the_window_refreshes(qtbot, window, store, tmp_path):
    a = write(tmp_path, "a.txt", report_bytes(person_row(PEOPLE["de"], 1, items=2)
                                              + person_row(PEOPLE["jp"], 2)))
    b = write(tmp_path, "b.txt", report_bytes(person_row(PEOPLE["fr"], 3)))
    assert window.orders_page.model.rowCount() == 0
    assert "Orders: 0" in window.status_text()
    window.import_action.trigger()
    chooser = window.findChild(QFileDialog, "importFileDialog")
    with qtbot.waitSignal(window.jobs.finished, timeout=10_000):
        chooser.filesSelected.emit([str(a), str(b)])
    dialog = window.import_dialog
    qtbot.waitUntil(lambda: dialog.over, timeout=10_000)
    assert [(r.name, r.outcome) for r in dialog.results] == [("a.txt", Outcome.IMPORTED),
                                                             ("b.txt", Outcome.IMPORTED)]
    assert dialog.current_page() == "summary"
    text = dialog.summary_text()
    assert "a.txt" in text and "2 new, 0 updated, 0 unchanged orders (3 items)" in text
    assert "1 new, 0 updated, 0 unchanged orders (1 items)" in text
    assert not any(name in text for name in BUYERS)
    assert window.orders_page.model.rowCount() == 3
    assert "Orders: 3" in window.status_text()
    # the same files again change nothing
    again = run_to_end(qtbot, window, [a, b])
    assert "0 new, 0 updated, 2 unchanged orders" in again.summary_text()
    assert count_orders(store) == 3


def test_50000_rows_import_on_the_worker_thread_with_progress_while_the_gui_ticks(
        qtbot, window, store, tmp_path, monkeypatch):
    path = write(tmp_path, "orders-50000.txt", big_report(25_000, items_per_order=2))
    gui_thread = threading.get_ident()
    job_threads: set[int] = set()
    qt_threads: list = []
    real_steps = import_module.import_steps

    def recording_steps(*args, **kwargs):
        job_threads.add(threading.get_ident())
        qt_threads.append(QThread.currentThread())
        return (yield from real_steps(*args, **kwargs))

    monkeypatch.setattr(import_module, "import_steps", recording_steps)
    progress: list[tuple[int, int]] = []
    window.jobs.progress.connect(lambda done, total, _text: progress.append((done, total)))
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()) if window.jobs.busy else None)
    timer.start()
    with qtbot.waitSignal(window.jobs.finished, timeout=120_000) as finished:
        dialog = window.import_files([path])
        assert dialog.isVisible() and dialog.current_page() == "progress"
        assert dialog.isModal() or dialog.windowModality() == Qt.WindowModality.WindowModal
    timer.stop()
    summary = finished.args[0]
    assert (summary.new, summary.items, summary.problems) == (25_000, 50_000, [])
    assert job_threads and gui_thread not in job_threads
    assert len(job_threads) == 1 and qt_threads == [window.jobs.worker_thread()]
    # progress: several steps, counts never going back, ending at every row
    dones = [d for d, t in progress if t]
    assert len(dones) >= 5
    assert dones == sorted(dones) and dones[0] < dones[-1] == 50_000
    assert all(t == 50_000 for _d, t in progress if t)
    # the GUI thread kept handling events all along: the timer kept ticking, never a long gap
    assert len(ticks) >= 20
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    assert max(gaps) < 1.0, f"the GUI thread stalled for {max(gaps):.2f} s"
    qtbot.waitUntil(lambda: dialog.over)
    assert count_orders(store) == 25_000
    assert window.orders_page.model.rowCount() == 25_000
    assert "Orders: 25,000" in window.status_text() or "Orders: 25000" in window.status_text()
