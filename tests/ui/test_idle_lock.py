"""Idle lock: after the idle time the store is closed, the main window is gone and the unlock
dialog asks again; unlocking gives a new main window. Input restarts the count; 0 means never."""

from __future__ import annotations

import pytest
import sqlcipher3
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel

from seller_desktop.core.settings import Settings
from seller_desktop.ui.app.controller import AppController
from seller_desktop.ui.app.idle_lock import IdleLock, minutes_to_ms


def _unlock(qtbot, controller, passphrase):
    dialog = controller.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.passphrase, passphrase)
    with qtbot.waitSignal(controller.unlocked, timeout=5000):
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    return controller.main_window


@pytest.fixture
def controller(qtbot, opened, paths, clock):
    opened.store.close()
    c = AppController(paths, clock=clock, idle_interval_ms=150)
    c.start()
    yield c
    c.shutdown()


def test_idle_locks_and_unlocking_gives_a_new_window(qtbot, controller, passphrase):
    first = _unlock(qtbot, controller, passphrase)
    old_store = controller.opened.store
    assert controller.idle.is_counting()

    with qtbot.waitSignal(controller.locked, timeout=3000):
        pass  # no input: the idle timer runs out

    assert controller.main_window is None and controller.opened is None
    assert not first.isVisible()
    with pytest.raises(sqlcipher3.ProgrammingError):
        old_store.conn.execute("SELECT 1")  # the store was closed
    dialog = controller.unlock_dialog
    assert dialog.isVisible() and dialog.windowTitle() == "Unlock Seller Desktop"
    assert "not used for a while" in dialog.findChildren(QLabel)[0].text()
    assert not controller.idle.is_counting()  # nothing to lock while locked

    second = _unlock(qtbot, controller, passphrase)
    assert second is not None and second is not first and second.isVisible()
    assert controller.opened.store.conn.execute("SELECT count(*) FROM orders").fetchone()


def test_lock_requested_from_the_main_window_locks(qtbot, controller, passphrase):
    window = _unlock(qtbot, controller, passphrase)
    controller.idle.set_interval_ms(0)  # only the menu may lock in this test
    with qtbot.waitSignal(controller.locked, timeout=2000):
        window.lock_requested.emit()
    assert controller.opened is None and controller.unlock_dialog.isVisible()


def test_lock_closes_an_open_modal_dialog_first(qtbot, controller, passphrase):
    from PySide6.QtWidgets import QMessageBox

    window = _unlock(qtbot, controller, passphrase)
    controller.idle.set_interval_ms(0)
    box = QMessageBox(
        QMessageBox.Icon.Question, "Question", "Sure?", QMessageBox.StandardButton.Ok, window
    )
    box.open()
    assert QApplication.activeModalWidget() is box
    with qtbot.waitSignal(controller.locked, timeout=2000):
        controller.lock()
    assert not box.isVisible()
    assert controller.unlock_dialog.isVisible()


def test_settings_change_updates_the_interval(qtbot, controller, passphrase):
    window = _unlock(qtbot, controller, passphrase)
    controller._idle_override = None  # follow the seller's setting from now on
    window.settings_changed.emit(Settings(business_name="Test Shop", idle_lock_minutes=7))
    assert controller.idle.interval_ms == minutes_to_ms(7)
    window.settings_changed.emit(Settings(business_name="Test Shop", idle_lock_minutes=0))
    assert controller.idle.interval_ms == 0 and not controller.idle.is_counting()


def test_input_restarts_the_count(qtbot):
    idle = IdleLock(400)
    idle.start()
    try:
        target = QLabel("x")
        qtbot.addWidget(target)
        # Let the count run down a bit, so that a restart shows in remainingTime.
        qtbot.waitUntil(lambda: 0 <= idle._timer.remainingTime() < 250, timeout=2000)
        before = idle._timer.remainingTime()
        QApplication.sendEvent(
            target,
            QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"),
        )
        assert idle._timer.remainingTime() > before + 100
    finally:
        idle.stop()


def test_zero_means_never(qtbot):
    idle = IdleLock(0)
    idle.start()
    try:
        QApplication.sendEvent(
            QLabel(),
            QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"),
        )
        assert not idle.is_counting()
    finally:
        idle.stop()


def test_default_is_fifteen_minutes():
    assert minutes_to_ms(Settings().idle_lock_minutes) == 15 * 60_000
