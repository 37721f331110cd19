"""The crash dialog and the exception hook that leads to it.

An unexpected exception is a bug. The seller sees the redacted report from ``core.crash`` (versions,
traceback, exception type; messages with anything that could be a customer's name or address
removed), can copy it for us, and learns where the log is. The exception's raw message is never
shown: it may quote a buyer's name or address straight from an order.

Expected problems (``SellerError``) are not bugs: their message, written for the seller, is shown
in a plain message box.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from seller_desktop.core.base.crash import crash_report
from seller_desktop.core.base.errors import SellerError
from seller_desktop.core.store.connection import translate_damage
from seller_desktop.ui.common.formatting import seller_message

log = logging.getLogger(__name__)

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def qt_versions() -> dict[str, str]:
    """The GUI's own versions, added to every crash report."""
    return {"Qt": qVersion(), "PySide6": pyside_version}


class CrashDialog(QDialog):
    """Shows a (redacted) crash report read-only, with a Copy button and the log's location."""

    def __init__(
        self, report: str, log_dir: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Seller Desktop — Unexpected error"))
        self.setObjectName("crashDialog")
        self.resize(720, 480)

        intro = QLabel(
            self.tr(
                "Something went wrong inside Seller Desktop. This is a bug, not something you did; "
                "your store is safe.\n"
                "Customer names, addresses and e-mails have been removed from the report below. "
                "Please look it over, copy it and send it to us. Restarting the app is a good idea."
            )
        )
        intro.setWordWrap(True)

        self.text = QPlainTextEdit(report)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setAccessibleName(self.tr("Crash report"))

        if log_dir is not None:
            where = self.tr("The app's log is in: {folder}").format(folder=str(log_dir))
        else:
            where = self.tr("No log file was set up.")
        self.log_label = QLabel(where)
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy report"))
        self.copy_button.setAccessibleName(self.tr("Copy crash report"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.log_label)
        layout.addWidget(buttons)
        self.copy_button.setFocus()

    def copy_report(self) -> None:
        """The report is redacted, so the clipboard may hold it."""
        QGuiApplication.clipboard().setText(self.report)
        self.copy_button.setText(self.tr("Copied"))

    def visible_text(self) -> str:
        """Everything the dialog shows as text (used by tests to check for leaks)."""
        parts = [self.windowTitle(), self.text.toPlainText(), self.log_label.text()]
        parts += [label.text() for label in self.findChildren(QLabel)]
        return "\n".join(parts)


class ExceptionHandler:
    """``sys.excepthook`` for the GUI: SellerError → message box; anything else → crash dialog.

    Windows are shown without a nested event loop. While one crash dialog is open, further crashes
    (e.g. a paint event failing on every repaint) are logged but do not stack up more dialogs.
    """

    def __init__(
        self, log_dir: Path | None, parent_window: Callable[[], QWidget | None] = lambda: None
    ) -> None:
        self.log_dir = log_dir
        self.parent_window = parent_window
        self.crash_dialog: CrashDialog | None = None
        self.message_box: QMessageBox | None = None

    def install(self) -> None:
        sys.excepthook = self

    def __call__(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        try:
            self.handle(exc_type, exc, tb)
        except Exception:  # noqa: BLE001 - the hook must never raise
            sys.__excepthook__(exc_type, exc, tb)

    def handle(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.exit(130)
            return
        if QApplication.instance() is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        damaged = translate_damage(exc)  # a damaged page met by a read is not a bug
        if isinstance(damaged, SellerError):
            exc, exc_type = damaged, type(damaged)
        if isinstance(exc, SellerError):
            log.info("Seller-facing error: %s", exc_type.__name__)
            self.show_seller_error(exc)
            return
        report = crash_report(exc_type, exc, tb, qt_versions())
        log.error("Unexpected error, crash dialog shown:\n%s", report)  # Redacted: logged as is
        if self.crash_dialog is not None and self.crash_dialog.isVisible():
            return
        self.crash_dialog = CrashDialog(report, self.log_dir, self.parent_window())
        self.crash_dialog.show()
        self.crash_dialog.raise_()

    def show_seller_error(self, exc: SellerError) -> None:
        box = QMessageBox(self.parent_window())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("ExceptionHandler", "Seller Desktop"))
        box.setText(seller_message(exc))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.message_box = box
        box.show()
