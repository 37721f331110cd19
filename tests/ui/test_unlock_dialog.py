"""The unlock dialog: the right passphrase opens the store, a wrong one gets a clear message and
another try (slower after three), and the store file is never touched by a failed try."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from seller_desktop.core.base.errors import StoreBusy, StoreTooNew
from seller_desktop.core.session import open_store
from seller_desktop.core.settings import load_settings
from seller_desktop.ui.app.unlock_dialog import UnlockDialog, delay_after


def _digest(paths) -> dict[str, str]:
    """Every file of the store (store.db and any -wal/-shm) by name → SHA-256."""
    return {
        f.name: hashlib.sha256(f.read_bytes()).hexdigest()
        for f in sorted(paths.data_dir.glob("store.db*"))
    }


@pytest.fixture
def closed_store(opened, paths):
    opened.store.close()
    return paths


class CountingOpener:
    def __init__(self, paths, clock):
        self.paths, self.clock, self.calls = paths, clock, 0

    def __call__(self, passphrase):
        self.calls += 1
        return open_store(self.paths, passphrase, self.clock)


@pytest.fixture
def opener(closed_store, clock):
    return CountingOpener(closed_store, clock)


@pytest.fixture
def dialog(qtbot, opener):
    d = UnlockDialog(opener, tick_ms=20)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    yield d
    if d.opened is not None:
        d.opened.store.close()


def _type_and_enter(qtbot, dialog, text):
    qtbot.keyClicks(dialog.passphrase, text)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)


def test_title_focus_and_echo(dialog):
    assert dialog.windowTitle() == "Unlock Seller Desktop"
    assert dialog.focusWidget() is dialog.passphrase
    assert dialog.passphrase.echoMode() == dialog.passphrase.EchoMode.Password
    assert dialog.passphrase.accessibleName() == "Passphrase"


def test_right_passphrase_and_enter_unlocks(dialog, qtbot, passphrase):
    with qtbot.waitSignal(dialog.unlocked, timeout=5000) as signal:
        _type_and_enter(qtbot, dialog, passphrase)
    opened = signal.args[0]
    assert opened is dialog.opened
    assert load_settings(opened.store).business_name == "Test Shop"
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.passphrase.text() == ""


def test_wrong_passphrase_message_and_another_try(dialog, qtbot, paths, passphrase, opener):
    before = _digest(paths)
    assert before  # store.db is there
    _type_and_enter(qtbot, dialog, "not the passphrase at all")
    assert "does not open this store" in dialog.message_text()
    assert dialog.passphrase.text() == ""
    assert dialog.focusWidget() is dialog.passphrase
    assert dialog.isVisible() and dialog.opened is None
    assert opener.calls == 1
    assert _digest(paths) == before

    with qtbot.waitSignal(dialog.unlocked, timeout=5000):
        _type_and_enter(qtbot, dialog, passphrase)
    assert dialog.failures == 0


def test_empty_passphrase_is_not_a_try(dialog, qtbot, opener):
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert opener.calls == 0 and dialog.failures == 0
    assert "Type your passphrase" in dialog.message_text()


def test_delays_grow_after_three_wrong_tries():
    assert [delay_after(n) for n in range(0, 10)] == [0, 0, 0, 2, 4, 8, 16, 30, 30, 30]


def test_throttling_after_repeated_failures(dialog, qtbot, paths, passphrase, opener):
    before = _digest(paths)
    for n in range(1, 4):
        _type_and_enter(qtbot, dialog, f"wrong guess number {n}")
    assert opener.calls == 3 and dialog.failures == 3
    assert dialog.is_throttled()
    assert not dialog.unlock_button.isEnabled()
    assert "Next try possible in 2 s" in dialog.message_text()

    # While the countdown runs, Enter does nothing: no fourth try reaches the store.
    _type_and_enter(qtbot, dialog, passphrase)
    assert opener.calls == 3 and dialog.opened is None

    qtbot.waitUntil(lambda: not dialog.is_throttled(), timeout=3000)
    assert dialog.unlock_button.isEnabled()
    assert "Next try possible" not in dialog.message_text()
    dialog.passphrase.clear()

    _type_and_enter(qtbot, dialog, "wrong guess number 4")
    assert dialog.failures == 4 and "Next try possible in 4 s" in dialog.message_text()
    qtbot.waitUntil(lambda: not dialog.is_throttled(), timeout=3000)
    assert _digest(paths) == before

    with qtbot.waitSignal(dialog.unlocked, timeout=5000):
        _type_and_enter(qtbot, dialog, passphrase)


@pytest.mark.parametrize("error", [StoreBusy(), StoreTooNew(9, 1)])
def test_other_seller_errors_are_shown_and_not_counted(qtbot, error):
    def opener(_passphrase):
        raise error

    d = UnlockDialog(opener)
    qtbot.addWidget(d)
    d.show()
    _type_and_enter(qtbot, d, "any passphrase at all")
    assert d.message_text() == str(error)
    assert d.failures == 0 and not d.is_throttled() and d.isVisible()


def test_store_too_new_through_the_real_store(qtbot, closed_store, passphrase, clock):
    import sqlcipher3

    conn = sqlcipher3.connect(str(closed_store.store))
    conn.execute("PRAGMA key = '" + passphrase + "'")
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = _digest(closed_store)
    d = UnlockDialog(lambda p: open_store(closed_store, p, clock))
    qtbot.addWidget(d)
    d.show()
    _type_and_enter(qtbot, d, passphrase)
    assert "newer version" in d.message_text()
    assert d.opened is None
    assert _digest(closed_store) == before
