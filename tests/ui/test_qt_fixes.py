"""The binding work-around: calling Qt from Python must not use up None or True.

PySide6 6.12.0 on Python 3.11 takes a reference from None on every void method call and from True
on every Python-side emit; without ``qt_fixes`` the process aborts after a few thousand calls."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

from seller_desktop.ui.app import qt_fixes


class _Emitter(QObject):
    plain = Signal()


def test_thousands_of_calls_leave_the_singletons_alive(qtbot):
    qt_fixes.apply()
    label = QLabel()
    qtbot.addWidget(label)
    source = _Emitter()
    for _n in range(20_000):
        label.setText("x")
        label.hide()
        source.plain.emit()
    assert sys.getrefcount(None) > 1000 and sys.getrefcount(True) > 1000


def test_typing_a_long_passphrase_does_not_abort_the_process():
    """Thousands of keystrokes in the wizard, in a fresh interpreter that must exit normally."""
    code = """
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication([])
from seller_desktop.ui.app.setup_wizard import SetupWizard
w = SetupWizard(lambda p, s: None)
w.show()
w.next()
field = w.passphrase_page.passphrase
for n in range(5000):
    field.setText("x" * (n % 40))
print("ok")
"""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"
