"""Importing through the GUI: File › Import, drag-and-drop, the worker thread, progress, cancel,
refused files, the problem-rows question, and the window refreshing afterwards."""

from __future__ import annotations

import threading
import time

import pytest
from fixtures.make_reports import PEOPLE, big_report, order_id_of, person_row, report_bytes
from fixtures.store_dump import differing_tables, dump_tables
from PySide6.QtCore import QMimeData, QPointF, Qt, QThread, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog

from seller_desktop.core.orders.repository import count_orders
from seller_desktop.core.privacy.retention import WipeReport
from seller_desktop.core.settings import load_settings
from seller_desktop.ui.importing import dialog as import_module
from seller_desktop.ui.importing.dialog import ImportDialog
from seller_desktop.ui.importing.results import Outcome
from seller_desktop.ui.shell.main_window import MainWindow

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
    a = write(
        tmp_path,
        "a.txt",
        report_bytes(person_row(PEOPLE["de"], 1, items=2) + person_row(PEOPLE["jp"], 2)),
    )
    b = write(tmp_path, "b.txt", report_bytes(person_row(PEOPLE["fr"], 3)))
    assert window.orders_page.model.rowCount() == 0
    assert "Orders: 0" in window.status_text()
    window.import_action.trigger()
    chooser = window.findChild(QFileDialog, "importFileDialog")
    with qtbot.waitSignal(window.jobs.finished, timeout=10_000):
        chooser.filesSelected.emit([str(a), str(b)])
    dialog = window.import_dialog
    qtbot.waitUntil(lambda: dialog.over, timeout=10_000)
    assert [(r.name, r.outcome) for r in dialog.results] == [
        ("a.txt", Outcome.IMPORTED),
        ("b.txt", Outcome.IMPORTED),
    ]
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
    qtbot, window, store, tmp_path, monkeypatch
):
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
    # the GUI thread kept handling events while the job ran: the timer kept firing. (Its longest
    # stall is a figure of benchmarks/gui_responsiveness.py, not a limit here.)
    assert len(ticks) >= 2
    qtbot.waitUntil(lambda: dialog.over)
    assert count_orders(store) == 25_000
    assert window.orders_page.model.rowCount() == 25_000
    assert "Orders: 25,000" in window.status_text() or "Orders: 25000" in window.status_text()


# --- cancel, refusals, the problem-rows question ---------------------------------------------


@pytest.fixture
def small_chunks(monkeypatch):
    from seller_desktop.core.importers import report_import

    monkeypatch.setattr(report_import, "CHUNK_ORDERS", 50)


def _existing_order(store, tmp_path):
    from seller_desktop.core.importers.report_import import import_file

    import_file(store, write(tmp_path, "first.txt", report_bytes(person_row(PEOPLE["gr"], 9999))))


def test_cancel_midway_leaves_the_store_exactly_as_it_was(
    qtbot, window, store, tmp_path, small_chunks
):
    _existing_order(store, tmp_path)
    window.orders_page.model.refresh()
    path = write(tmp_path, "big.txt", big_report(3000))
    later = write(tmp_path, "later.txt", report_bytes(person_row(PEOPLE["fr"], 5)))
    before = dump_tables(store)
    seen: list[int] = []

    def on_progress(done, total, _text):
        seen.append(done)
        if 0 < done < total and dialog.running and dialog.cancel_button.isEnabled():
            dialog.cancel_button.click()  # as the seller would

    window.jobs.progress.connect(on_progress)
    with qtbot.waitSignal(window.jobs.cancelled, timeout=60_000):
        dialog = window.import_files([path, later])
    assert 0 < seen[-1] < 6000  # cancelled midway, after rows had been written
    qtbot.waitUntil(lambda: dialog.over)
    assert [(r.name, r.outcome) for r in dialog.results] == [
        ("big.txt", Outcome.CANCELLED),
        ("later.txt", Outcome.NOT_STARTED),
    ]
    assert dialog.summary_heading.text() == "Import cancelled"
    assert "Cancelled: nothing of this file was imported." in dialog.summary_text()
    assert differing_tables(before, dump_tables(store)) == []
    assert window.orders_page.model.rowCount() == 1
    # the worker is free again: the next import runs
    assert not window.jobs.busy
    dialog.close_button.click()
    again = run_to_end(qtbot, window, [later])
    assert again.results[0].outcome is Outcome.IMPORTED
    assert count_orders(store) == 2


@pytest.mark.parametrize(
    "name, data, words",
    [
        ("empty.txt", b"", "empty"),
        ("listings.txt", b"sku\tprice\tquantity\nMUG-1\t9.99\t3\n", "order"),
        (
            "resaved.csv",
            b"order-id,order-item-id,purchase-date,sku\n1.14394E+16,2,3,4\n",
            "spreadsheet",
        ),
    ],
)
def test_a_refused_file_shows_its_message_and_changes_nothing(
    qtbot, window, store, tmp_path, name, data, words
):
    _existing_order(store, tmp_path)
    before = dump_tables(store)
    changed: list[bool] = []
    path = write(tmp_path, name, data)
    dialog = window.import_files([path])
    dialog.store_changed.connect(changed.append)
    qtbot.waitUntil(lambda: dialog.over, timeout=10_000)
    result = dialog.results[0]
    assert result.outcome is Outcome.REFUSED
    assert words in result.message.lower()
    assert result.message in dialog.summary_text()
    assert dialog.summary_heading.text() == "Nothing was imported"
    assert changed == [False]
    assert differing_tables(before, dump_tables(store)) == []


def _report_with_problem_rows(tmp_path):
    rows = (
        person_row(PEOPLE["de"], 1)
        + person_row(PEOPLE["fr"], 2, items=2)
        + person_row(PEOPLE["jp"], 3)
    )
    rows[2]["sku"] = ""  # line 4: the second item of order 2
    return write(tmp_path, "problems.txt", report_bytes(rows))


def _ask(qtbot, window, path) -> ImportDialog:
    dialog = window.import_files([path])
    qtbot.waitUntil(lambda: dialog.current_page() == "question", timeout=10_000)
    assert not window.jobs.busy  # the strict pass is over: rolled back, waiting for the seller
    return dialog


def test_problem_rows_asked_then_import_the_rest(qtbot, window, store, tmp_path):
    path = _report_with_problem_rows(tmp_path)
    before = dump_tables(store)
    dialog = _ask(qtbot, window, path)
    assert differing_tables(before, dump_tables(store)) == []  # strict pass wrote nothing
    shown = [dialog.problem_list.item(i).text() for i in range(dialog.problem_list.count())]
    assert shown == [
        "Line 3: order " + order_id_of(2) + " was left out: its line 4 has a problem",
        f"Line 4: order {order_id_of(2)}: the sku is empty",
    ]
    assert "2 of the file's 4 rows cannot be imported" in dialog.question_text.text()
    with qtbot.waitSignal(dialog.store_changed, timeout=10_000) as changed:
        dialog.import_rest_button.click()
    assert changed.args == [True]
    assert dialog.results[0].outcome is Outcome.IMPORTED
    text = dialog.summary_text()
    assert "2 new, 0 updated, 0 unchanged orders" in text
    assert f"Line 4: order {order_id_of(2)}: the sku is empty" in text
    ids = {r[0] for r in store.conn.execute("SELECT order_id FROM orders")}
    assert ids == {order_id_of(1), order_id_of(3)}
    assert window.orders_page.model.rowCount() == 2
    assert "Orders: 2" in window.status_text()


def test_problem_rows_asked_then_import_nothing(qtbot, window, store, tmp_path):
    _existing_order(store, tmp_path)
    path = _report_with_problem_rows(tmp_path)
    good = write(tmp_path, "good.txt", report_bytes(person_row(PEOPLE["ar"], 7)))
    before = dump_tables(store)
    dialog = window.import_files([path, good])
    qtbot.waitUntil(lambda: dialog.current_page() == "question", timeout=10_000)
    dialog.import_nothing_button.click()
    qtbot.waitUntil(lambda: dialog.over, timeout=10_000)  # the next file was imported meanwhile
    assert [(r.name, r.outcome) for r in dialog.results] == [
        ("problems.txt", Outcome.SKIPPED),
        ("good.txt", Outcome.IMPORTED),
    ]
    assert "Nothing imported, as you chose: 2 rows have problems." in dialog.summary_text()
    after = dump_tables(store)
    assert [row for row in after["order_items"] if row not in before["order_items"]] == [
        row for row in after["order_items"] if order_id_of(7) in row
    ]
    ids = {r[0] for r in store.conn.execute("SELECT order_id FROM orders")}
    assert ids == {order_id_of(9999), order_id_of(7)}


def test_escape_on_the_question_imports_nothing(qtbot, window, store, tmp_path):
    before = dump_tables(store)
    dialog = _ask(qtbot, window, _report_with_problem_rows(tmp_path))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.over)
    assert dialog.results[0].outcome is Outcome.SKIPPED
    assert differing_tables(before, dump_tables(store)) == []


# --- drag-and-drop, one import at a time, closing, bugs ----------------------------------------


def _mime(*paths) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def test_dropping_report_files_on_the_window_imports_them(qtbot, window, store, tmp_path):
    path = write(tmp_path, "dropped.txt", report_bytes(person_row(PEOPLE["emoji"], 4)))
    mime = _mime(path)
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        QPointF(50, 50), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(50, 50), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    with qtbot.waitSignal(window.jobs.finished, timeout=10_000):
        QApplication.sendEvent(window, drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: window.import_dialog is not None and window.import_dialog.over)
    assert window.import_dialog.results[0].name == "dropped.txt"
    assert count_orders(store) == 1
    assert window.orders_page.model.rowCount() == 1


def test_a_drag_without_files_is_not_accepted(qtbot, window, tmp_path):
    text = QMimeData()
    text.setText("205-1234567-1234567")
    folder = _mime(tmp_path)
    for mime in (text, folder):
        enter = QDragEnterEvent(
            QPointF(5, 5),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(window, enter)
        assert not enter.isAccepted()


def test_a_second_import_while_one_runs_is_refused(qtbot, window, store, tmp_path, small_chunks):
    path = write(tmp_path, "big.txt", big_report(1500))
    other = write(tmp_path, "other.txt", report_bytes(person_row(PEOPLE["fr"], 5)))
    with qtbot.waitSignal(window.jobs.finished, timeout=60_000):
        dialog = window.import_files([path])
        assert window.import_files([other]) is None
        assert window.statusBar().currentMessage() == "An import is already running."
        assert window.jobs.start(lambda: iter(())) is False
    qtbot.waitUntil(lambda: dialog.over)
    assert [r.name for r in dialog.results] == ["big.txt"]
    assert count_orders(store) == 1500


def test_closing_the_window_during_an_import_rolls_it_back_and_stops_the_worker(
    qtbot, window, store, tmp_path, small_chunks
):
    _existing_order(store, tmp_path)
    before = dump_tables(store)
    path = write(tmp_path, "big.txt", big_report(3000))
    closed: list[bool] = []

    def on_progress(done, total, _text):
        if 0 < done < total and not closed:
            closed.append(True)
            window.close()  # as locking or quitting does; the store is closed right after

    window.jobs.progress.connect(on_progress)
    window.import_files([path])
    qtbot.waitUntil(lambda: bool(closed), timeout=60_000)
    assert not window.jobs.busy
    assert not window.jobs.worker_thread().isRunning()
    assert differing_tables(before, dump_tables(store)) == []


def test_a_bug_inside_the_import_goes_to_the_crash_handler(
    qtbot, window, store, tmp_path, monkeypatch
):
    def broken_steps(*_args, **_kwargs):
        yield (0, 10)
        raise RuntimeError("boom")

    monkeypatch.setattr(import_module, "import_steps", broken_steps)
    path = write(tmp_path, "x.txt", report_bytes(person_row(PEOPLE["de"], 1)))
    with qtbot.capture_exceptions() as caught:
        dialog = window.import_files([path, path])
        qtbot.waitUntil(lambda: dialog.over, timeout=10_000)
    assert [type(e[1]) for e in caught] == [RuntimeError]
    assert [r.outcome for r in dialog.results] == [Outcome.ERROR, Outcome.NOT_STARTED]
    assert "unexpected error" in dialog.summary_text()
    assert "boom" not in dialog.summary_text()


def test_locking_while_the_question_is_open_imports_nothing_more(qtbot, window, store, tmp_path):
    before = dump_tables(store)
    good = write(tmp_path, "good.txt", report_bytes(person_row(PEOPLE["ar"], 7)))
    dialog = window.import_files([_report_with_problem_rows(tmp_path), good])
    qtbot.waitUntil(lambda: dialog.current_page() == "question", timeout=10_000)
    dialog.close()  # as AppController.lock closes the active modal dialog
    assert dialog.over and not window.jobs.busy
    assert [(r.name, r.outcome) for r in dialog.results] == [
        ("problems.txt", Outcome.SKIPPED),
        ("good.txt", Outcome.NOT_STARTED),
    ]
    assert differing_tables(before, dump_tables(store)) == []
