"""Crash dialog: the redacted report, never the raw message with a customer's name in it."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtGui import QGuiApplication

from seller_desktop.core.base.errors import WrongPassphrase
from seller_desktop.core.base.logs import setup_logging
from seller_desktop.ui.app.crash_dialog import CrashDialog, ExceptionHandler

PII = [
    "Jürgen",
    "Groß",
    "juergen.gross@example.de",
    "juergen.gross",
    "Königstraße",
    "+49 89 1234567",
]


CUSTOMER = {
    "name": "Jürgen Groß",
    "email": "juergen.gross@example.de",
    "street": "Königstraße 12",
    "phone": "+49 89 1234567",
}


def _raise_with_customer_data(c):
    # The data arrives at run time, as it would from an order (a literal here would show up in
    # the traceback's source line, which is our code, not data).
    raise ValueError(
        f"Could not print the slip for {c['name']!r} <{c['email']}>, {c['street']}, "
        f"tel. {c['phone']}"
    )


@pytest.fixture
def log_dir(tmp_path):
    folder = tmp_path / "logs"
    setup_logging(folder)
    yield folder
    root = logging.getLogger("seller_desktop")
    for h in list(root.handlers):
        root.removeHandler(h)
        h.close()


def test_crash_dialog_shows_no_customer_data(qtbot, log_dir):
    handler = ExceptionHandler(log_dir)
    try:
        _raise_with_customer_data(CUSTOMER)
    except ValueError:
        handler.handle(*sys.exc_info())
    dialog = handler.crash_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    shown = dialog.visible_text()
    for item in PII:
        assert item not in shown
    assert "builtins.ValueError" in shown  # what went wrong …
    assert "_raise_with_customer_data" in shown  # … and where
    assert "PySide6" in shown and "Qt:" in shown  # versions
    assert str(log_dir) in shown  # where the log is
    assert dialog.text.isReadOnly()

    logged = (log_dir / "seller-desktop.log").read_text(encoding="utf-8")
    assert "ValueError" in logged
    for item in PII:
        assert item not in logged


def test_copy_puts_the_report_on_the_clipboard(qtbot):
    dialog = CrashDialog("Seller Desktop: 0.1.0\nTraceback ...", None)
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.report


def test_seller_errors_get_a_message_box_not_a_crash_dialog(qtbot):
    handler = ExceptionHandler(None)
    try:
        raise WrongPassphrase()
    except WrongPassphrase:
        handler.handle(*sys.exc_info())
    assert handler.crash_dialog is None
    box = handler.message_box
    qtbot.addWidget(box)
    assert box.isVisible() and box.text() == str(WrongPassphrase())


def test_a_second_crash_does_not_stack_dialogs(qtbot):
    handler = ExceptionHandler(None)
    for _ in range(2):
        try:
            raise RuntimeError("boom")
        except RuntimeError:
            handler.handle(*sys.exc_info())
        if _ == 0:
            first = handler.crash_dialog
            qtbot.addWidget(first)
    assert handler.crash_dialog is first
