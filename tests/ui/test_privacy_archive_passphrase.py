"""Changing the archive passphrase on the Privacy page: the dialog's own checks, a wrong current
passphrase, the store passphrase refused, and the change itself on the worker thread while the
window keeps handling events — the archive file checked by its hash, the entries by opening them."""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import replace

import pytest
import shiboken6
from PySide6.QtCore import Qt, QThread, QTimer
from PySide6.QtWidgets import QLineEdit, QPushButton

from seller_desktop.core.orders.model import ContactDetails, Order, OrderItem
from seller_desktop.core.orders.repository import save_orders
from seller_desktop.core.privacy import archive
from seller_desktop.core.privacy.retention import WipeReport, apply_retention
from seller_desktop.core.settings import load_settings, save_settings
from seller_desktop.core.store.events import recent_events
from seller_desktop.ui.privacy.archive_passphrase import ChangeArchivePassphraseDialog
from seller_desktop.ui.shell.main_window import MainWindow

ARCHIVE_PASS = "sealed archive key 2026"
NEW_ARCHIVE_PASS = "the accountant keeps this one"
SEALED = ("304-0000001-0000001", "304-0000002-0000002")


def _order(order_id: str) -> Order:
    # shipped Oct 20 → deadline Nov 19: past at the fixed clock's Nov 28
    return Order(
        order_id=order_id,
        marketplace="DE",
        purchased_at="2026-10-18T08:00:00Z",
        status="shipped",
        shipped_on="2026-10-20",
        currency="EUR",
        items=[OrderItem(order_item_id=order_id + "-1", sku="MUG-WHT", quantity=1)],
    )


@pytest.fixture
def sealed_store(store, clock):
    """A store whose archive (rule on for DE) holds two sealed orders."""
    save_settings(store, replace(load_settings(store), tax_archive_marketplaces=("DE",)))
    archive.init_archive(store, ARCHIVE_PASS)
    save_orders(
        store,
        [
            (_order(SEALED[0]), ContactDetails(buyer_name="Jürgen Groß", bill_city="Köln")),
            (_order(SEALED[1]), ContactDetails(buyer_name="Begoña Núñez", tax_id="DE123456789")),
        ],
    )
    assert sorted(apply_retention(store, clock).wiped_order_ids) == list(SEALED)
    assert [e.order_id for e in archive.list_entries(store)] == list(SEALED)
    return store


def _window(qtbot, store, paths, tmp_path) -> MainWindow:
    win = MainWindow(
        store, load_settings(store), WipeReport(), config_dir=tmp_path / "cfg", paths=paths
    )
    qtbot.addWidget(win)
    win.show_page("privacy")
    return win


@pytest.fixture
def window(qtbot, sealed_store, paths, tmp_path):
    win = _window(qtbot, sealed_store, paths, tmp_path)
    yield win
    win.close()


def _hash(paths) -> str:
    return hashlib.sha256((paths.archive / "archive.db").read_bytes()).hexdigest()


def _fill(
    qtbot, dialog: ChangeArchivePassphraseDialog, current: str, new: str, again: str | None = None
) -> None:
    for field, text in (
        (dialog.current, current),
        (dialog.new, new),
        (dialog.again, new if again is None else again),
    ):
        field.clear()
        qtbot.keyClicks(field, text)  # ASCII only: see TESTING.md
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def _wait_idle(qtbot, win) -> None:
    qtbot.waitUntil(lambda: not win.jobs.busy, timeout=20000)


def _opens(store, passphrase: str) -> bool:
    try:
        archive.check_archive_passphrase(store, passphrase)
    except archive.WrongArchivePassphrase:
        return False
    return True


def test_the_button_appears_once_the_archive_is_set_up(qtbot, store, paths, tmp_path):
    win = _window(qtbot, store, paths, tmp_path)
    try:
        page = win.privacy_page
        assert page.archive_tab.change_archive_passphrase_button.isHidden()
        assert not page.archive_tab.setup_button.isHidden()
        archive.init_archive(store, ARCHIVE_PASS)
        page.refresh()
        assert not page.archive_tab.change_archive_passphrase_button.isHidden()
        assert page.archive_tab.setup_button.isHidden()
        assert (
            page.archive_tab.change_archive_passphrase_button.accessibleName()
            == "Change the archive passphrase"
        )
    finally:
        win.close()


def test_the_dialogs_own_checks_start_nothing(qtbot, window, paths):
    page = window.privacy_page
    before = _hash(paths)
    qtbot.mouseClick(page.archive_tab.change_archive_passphrase_button, Qt.MouseButton.LeftButton)
    dialog = page.archive_tab.archive_passphrase_dialog
    assert dialog.isVisible() and dialog.windowModality() == Qt.WindowModality.WindowModal
    for field in (dialog.current, dialog.new, dialog.again):
        assert field.echoMode() == QLineEdit.EchoMode.Password
    started: list[object] = []
    window.jobs.progress.connect(lambda *args: started.append(args))

    _fill(qtbot, dialog, "", NEW_ARCHIVE_PASS)
    assert "Type the current archive passphrase" in dialog.message.text()
    _fill(qtbot, dialog, ARCHIVE_PASS, "too short")
    assert "at least 12 characters" in dialog.message.text()
    assert dialog.new.text() == dialog.again.text() == ""
    assert dialog.current.text() == ARCHIVE_PASS  # only what was wrong is to be retyped
    _fill(qtbot, dialog, ARCHIVE_PASS, NEW_ARCHIVE_PASS, NEW_ARCHIVE_PASS + "x")
    assert "differ" in dialog.message.text() and dialog.new.text() == ""
    _fill(qtbot, dialog, ARCHIVE_PASS, ARCHIVE_PASS)
    assert "same as the current one" in dialog.message.text()
    assert not window.jobs.busy and started == [] and dialog.isVisible()
    assert _hash(paths) == before

    dialog.reject()
    assert not dialog.isVisible()
    assert dialog.current.text() == dialog.new.text() == dialog.again.text() == ""


def test_wrong_current_and_store_passphrase_are_refused_file_unchanged(
    qtbot, window, sealed_store, paths, passphrase
):
    page = window.privacy_page
    before = _hash(paths)
    dialog = page.archive_tab.ask_archive_passphrase_change()

    _fill(qtbot, dialog, "not the archive passphrase", NEW_ARCHIVE_PASS)
    _wait_idle(qtbot, window)
    assert dialog.isVisible() and not dialog.busy
    assert "current archive passphrase is not right" in dialog.message.text()
    assert "Nothing was changed" in dialog.message.text()
    assert dialog.current.text() == "" and dialog.new.text() == NEW_ARCHIVE_PASS
    assert _hash(paths) == before
    assert recent_events(sealed_store, 1, "archive_passphrase_change_refused")

    _fill(qtbot, dialog, ARCHIVE_PASS, passphrase)  # the store's own passphrase
    _wait_idle(qtbot, window)
    assert "different from the store passphrase" in dialog.message.text()
    assert dialog.new.text() == dialog.again.text() == ""
    assert _hash(paths) == before
    assert _opens(sealed_store, ARCHIVE_PASS) and not _opens(sealed_store, passphrase)
    assert not recent_events(sealed_store, 5, "archive_passphrase_changed")
    dialog.reject()


def test_change_runs_on_the_worker_while_the_window_keeps_ticking(
    qtbot, window, sealed_store, paths, passphrase, monkeypatch
):
    page = window.privacy_page
    before = _hash(paths)
    gui_thread = threading.get_ident()
    job_threads: list[int] = []
    qt_threads: list[object] = []
    real_change = archive.change_archive_passphrase

    def recording_change(*args, **kwargs):
        job_threads.append(threading.get_ident())
        qt_threads.append(QThread.currentThread())
        return real_change(*args, **kwargs)

    monkeypatch.setattr(archive, "change_archive_passphrase", recording_change)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()) if window.jobs.busy else None)
    timer.start()
    dialog = page.archive_tab.ask_archive_passphrase_change()
    _fill(qtbot, dialog, ARCHIVE_PASS, NEW_ARCHIVE_PASS)
    # While the key is re-wrapped the dialog is locked: no second click, no closing.
    assert window.jobs.busy and dialog.busy and not dialog.ok_button.isEnabled()
    dialog.reject()
    assert dialog.isVisible()
    _wait_idle(qtbot, window)
    timer.stop()

    assert job_threads and gui_thread not in job_threads
    assert qt_threads == [window.jobs.worker_thread()]
    # Three Argon2id derivations took their time, and the GUI thread handled events meanwhile: the
    # timer kept firing (how long it may stall is benchmarks' business, not a limit here).
    assert len(ticks) >= 2

    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
    assert "archive passphrase is changed" in page.archive_tab.archive_message.text()
    assert _hash(paths) != before
    assert not _opens(sealed_store, ARCHIVE_PASS) and _opens(sealed_store, NEW_ARCHIVE_PASS)
    for order_id in SEALED:  # every entry sealed before the change opens with the new one
        assert archive.open_entry(sealed_store, order_id, NEW_ARCHIVE_PASS)["order_id"] == order_id
    events = recent_events(sealed_store, 50)
    assert [e.detail for e in events if e.kind == "archive_passphrase_changed"] == [
        "tax archive passphrase changed (sealed entries unchanged)"
    ]
    text = " ".join(e.kind + e.detail for e in events)
    for secret in (ARCHIVE_PASS, NEW_ARCHIVE_PASS, passphrase):
        assert secret not in text
    # nothing of the secrets is left in the page's own message either
    assert NEW_ARCHIVE_PASS not in page.archive_tab.archive_message.text()


def test_dialog_is_keyboard_reachable_and_named(qtbot, window):
    dialog = window.privacy_page.archive_tab.ask_archive_passphrase_change()
    widgets = dialog.findChildren(QLineEdit) + dialog.findChildren(QPushButton)
    assert len(widgets) == 5
    for widget in widgets:
        assert widget.accessibleName(), widget
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget
    label_type = type(window.privacy_page.archive_tab.archive_status)
    labels = {
        label.buddy() for label in dialog.findChildren(label_type) if label.buddy() is not None
    }
    assert labels == {dialog.current, dialog.new, dialog.again}  # Alt+C / Alt+N / Alt+A
    dialog.reject()
