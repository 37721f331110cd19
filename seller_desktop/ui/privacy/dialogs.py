"""Small dialogs of the Privacy page: a passphrase prompt, placing a legal hold, one archive entry.

Each is window-modal and opened with ``open()`` (no nested event loop). A dialog whose work runs
on the window's ``JobRunner`` stays open with its fields disabled until the page calls ``done_ok``
or ``show_error``. Passphrase fields are cleared as soon as their text has been handed over.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFontDatabase
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from seller_desktop.core.base.errors import WeakPassphrase
from seller_desktop.core.privacy.archive.holds import MAX_REASON
from seller_desktop.ui.common.widgets import InlineMessage, paragraph, secret_field


def submit_buttons(
    action: str,
    action_name: str,
    cancel: str,
    submit: Callable[[], None],
    reject: Callable[[], None],
) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """A passphrase dialog's buttons: ``action`` (the default, Enter) runs ``submit``, which checks
    before anything is done; Cancel runs ``reject``. Texts come translated from the dialog."""
    buttons = QDialogButtonBox()
    ok = QPushButton(action)
    ok.setDefault(True)
    ok.setAccessibleName(action_name)
    cancel_button = QPushButton(cancel)
    cancel_button.setAccessibleName(cancel)
    buttons.addButton(ok, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton(cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
    ok.clicked.connect(submit)
    cancel_button.clicked.connect(reject)
    return buttons, ok, cancel_button


class PassphrasePrompt(QDialog):
    """Asks one passphrase (or a new one twice, ``confirm=True``); ``submitted`` carries it."""

    submitted = Signal(str)

    def __init__(
        self,
        title: str,
        text: str,
        action: str,
        *,
        confirm: bool = False,
        min_length: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passphrasePrompt")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(520)
        self._confirm = confirm
        self._min_length = min_length
        self.busy = False

        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(text))
        form = QFormLayout()
        self.passphrase = secret_field(self.tr("Passphrase"))
        label = QLabel(self.tr("&Passphrase:"))
        label.setBuddy(self.passphrase)
        form.addRow(label, self.passphrase)
        self.repeat: QLineEdit | None = None
        if confirm:
            self.repeat = secret_field(self.tr("Repeat the passphrase"))
            again = QLabel(self.tr("&Repeat:"))
            again.setBuddy(self.repeat)
            form.addRow(again, self.repeat)
        layout.addLayout(form)
        self.message = InlineMessage(self.tr("Passphrase message"))
        layout.addWidget(self.message)

        self.buttons, self.ok_button, self.cancel_button = submit_buttons(
            action, action.replace("&", ""), self.tr("Cancel"), self.submit, self.reject
        )
        layout.addWidget(self.buttons)
        self.passphrase.setFocus()

    def accept(self) -> None:  # Enter
        self.submit()

    def reject(self) -> None:
        if not self.busy:
            self._clear()
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
            return
        self._clear()
        super().closeEvent(event)

    def submit(self) -> None:
        if self.busy:
            return
        text = self.passphrase.text()
        if not text:
            self.show_error(self.tr("Type the passphrase first."))
            return
        if self._min_length and len(text) < self._min_length:
            self.show_error(
                self.tr(
                    "The passphrase must have at least {0} characters. A few "
                    "unrelated words make a good one."
                ).format(self._min_length)
            )
            return
        if self.repeat is not None and self.repeat.text() != text:
            self.show_error(self.tr("The two passphrases differ. Type the same one twice."))
            self.repeat.clear()
            self.repeat.setFocus()
            return
        self._clear()
        self.set_busy(True)
        self.submitted.emit(text)

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (self.passphrase, self.repeat, self.ok_button, self.cancel_button):
            if widget is not None:
                widget.setEnabled(not busy)
        if busy:
            self.message.show_info(self.tr("Working…"))

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.message.show_error(text)
        self.passphrase.setFocus()

    def done_ok(self) -> None:
        self.set_busy(False)
        self._clear()
        super().accept()

    def _clear(self) -> None:
        self.passphrase.clear()
        if self.repeat is not None:
            self.repeat.clear()


def archive_passphrase_minimum() -> int:
    return WeakPassphrase.MIN_LENGTH


class HoldDialog(QDialog):
    """Place a legal hold: order id, reason (no buyer names, please), last day kept."""

    submitted = Signal(str, str, object)  # order id, reason, date

    def __init__(self, today: date, order_id: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("holdDialog")
        self.setWindowTitle(self.tr("Place a legal hold"))
        self.setAccessibleName(self.tr("Place a legal hold"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(540)

        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "A legal hold keeps one order's invoice details (buyer name, billing address, tax id) "
                    "past their retention deadline, sealed in the tax archive, until the day you choose. "
                    "Use it only where the law or a dispute requires it."
                )
            )
        )
        form = QFormLayout()
        self.order_id = QLineEdit(order_id)
        self.order_id.setAccessibleName(self.tr("Order id"))
        self.order_id.setPlaceholderText("123-1234567-1234567")
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setMaxLength(MAX_REASON)
        self.reason.setPlaceholderText(self.tr("e.g. open dispute, case number"))
        self.until = QDateEdit()
        self.until.setAccessibleName(self.tr("Keep until"))
        self.until.setCalendarPopup(True)
        first = QDate(today.year, today.month, today.day)
        self.until.setMinimumDate(first)
        self.until.setDate(first.addYears(1))
        for caption, field in (
            (self.tr("&Order id:"), self.order_id),
            (self.tr("&Reason:"), self.reason),
            (self.tr("Keep &until:"), self.until),
        ):
            label = QLabel(caption)
            label.setBuddy(field)
            form.addRow(label, field)
        layout.addLayout(form)
        note = paragraph(
            self.tr(
                "The reason is stored readable, without the archive passphrase: do not write a "
                "buyer's name, address or e-mail into it."
            )
        )
        note.setObjectName("holdReasonNote")
        layout.addWidget(note)
        self.message = InlineMessage(self.tr("Hold message"))
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.ok_button = QPushButton(self.tr("&Place hold"))
        self.ok_button.setAccessibleName(self.tr("Place hold"))
        self.ok_button.setDefault(True)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.clicked.connect(self.submit)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        (self.reason if order_id else self.order_id).setFocus()

    def accept(self) -> None:
        self.submit()

    def submit(self) -> None:
        order_id = self.order_id.text().strip()
        if not order_id:
            self.message.show_error(self.tr("Give the order id."))
            self.order_id.setFocus()
            return
        if not self.reason.text().strip():
            self.message.show_error(self.tr("Give a reason, e.g. the case or dispute it is for."))
            self.reason.setFocus()
            return
        day = self.until.date()
        self.submitted.emit(
            order_id, self.reason.text().strip(), date(day.year(), day.month(), day.day())
        )

    def show_error(self, text: str) -> None:
        self.message.show_error(text)

    def done_ok(self) -> None:
        super().accept()


class EntryViewer(QDialog):
    """One opened archive entry, read-only. Its text is dropped when the dialog closes."""

    def __init__(self, order_id: str, document: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("archiveEntryViewer")
        self.setWindowTitle(self.tr("Tax archive entry {0}").format(order_id))
        self.setAccessibleName(self.tr("Tax archive entry"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(620, 520)
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Kept for the tax authorities until {0}. Opening it was written to the event log. "
                    "Nothing of it is shown anywhere else."
                ).format(document.get("end_date", ""))
            )
        )
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Archived document"))
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setPlainText(json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True))
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        layout.addWidget(buttons)

    def done(self, result: int) -> None:
        self.text.clear()
        super().done(result)
