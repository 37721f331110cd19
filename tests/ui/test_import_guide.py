"""The Orders page's Import button: the guide naming the report, the chooser starting in
Downloads and then in the folder the last reports came from, and a report dropped on the guide."""

from __future__ import annotations

import pytest
from fixtures.make_reports import PEOPLE, person_row, report_bytes
from PySide6.QtCore import QMimeData, QPointF, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from seller_desktop.core.orders.repository import count_orders
from seller_desktop.core.privacy.retention import WipeReport
from seller_desktop.core.settings import load_settings
from seller_desktop.ui.importing import files
from seller_desktop.ui.importing.guide import ImportGuide
from seller_desktop.ui.shell.main_window import MainWindow


@pytest.fixture
def downloads(tmp_path, monkeypatch):
    folder = tmp_path / "Downloads"
    folder.mkdir()
    real = QStandardPaths.writableLocation

    def location(kind):
        if kind == QStandardPaths.StandardLocation.DownloadLocation:
            return str(folder)
        return real(kind)

    monkeypatch.setattr(files.QStandardPaths, "writableLocation", location)
    return folder


@pytest.fixture
def window(qtbot, store, tmp_path):
    win = MainWindow(store, load_settings(store), WipeReport(), config_dir=tmp_path / "config")
    qtbot.addWidget(win)
    win.show()
    win.show_page("orders")  # the window opens on Today
    return win


def test_import_button_opens_the_guide_and_a_chooser_in_downloads(qtbot, window, downloads):
    button = window.orders_page.import_button
    assert button.isVisible() and button.isEnabled()
    button.click()
    guide = window.reports.import_guide
    assert isinstance(guide, ImportGuide) and guide.isVisible()
    words = " ".join(label.text() for label in guide.findChildren(QLabel))
    assert "Orders › Order Reports › Unshipped Orders" in words
    assert "All Orders" in words
    chooser = guide.choose_files()
    assert chooser.isVisible()
    assert chooser.directory().absolutePath() == str(downloads)
    chooser.reject()
    guide.reject()


def test_chosen_reports_are_imported_and_their_folder_remembered(
    qtbot, window, store, downloads, tmp_path
):
    elsewhere = tmp_path / "reports"
    elsewhere.mkdir()
    report = elsewhere / "unshipped.txt"
    report.write_bytes(report_bytes(person_row(PEOPLE["de"], 1)))
    window.orders_page.import_button.click()
    chooser = window.reports.import_guide.choose_files()
    with qtbot.waitSignal(window.jobs.finished, timeout=10_000):
        chooser.filesSelected.emit([str(report)])
    qtbot.waitUntil(lambda: window.import_dialog is not None and window.import_dialog.over)
    assert count_orders(store) == 1
    assert window.reports.import_guide is None or not window.reports.import_guide.isVisible()
    ini = (tmp_path / "config" / "ui.ini").read_text()
    assert str(elsewhere) in ini and "unshipped" not in ini  # the folder, never the file name
    window.import_dialog.close()
    # Next time the chooser opens where the last reports came from (File › Import too).
    assert files.start_folder(tmp_path / "config") == str(elsewhere)
    window.import_action.trigger()
    chooser = window.findChild(QFileDialog, "importFileDialog")
    assert chooser.directory().absolutePath() == str(elsewhere)
    chooser.reject()


def test_a_report_dropped_on_the_guide_is_imported(qtbot, window, store, tmp_path, downloads):
    report = downloads / "dropped.txt"
    report.write_bytes(report_bytes(person_row(PEOPLE["fr"], 2)))
    guide = window.reports.open_import_guide()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(report))])
    actions = Qt.DropAction.CopyAction
    button, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPointF(10, 10), actions, mime, button, none)
    QApplication.sendEvent(guide, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), actions, mime, button, none)
    with qtbot.waitSignal(window.jobs.finished, timeout=10_000):
        QApplication.sendEvent(guide, drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: window.import_dialog is not None and window.import_dialog.over)
    assert count_orders(store) == 1
    window.import_dialog.close()
