"""The "Change the archive passphrase" dialog of Privacy › Tax archive.

The dialog checks what needs no archive; the change itself (three Argon2id derivations) runs on
the window's ``JobRunner``, started by the tab that opened the dialog.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from seller_desktop.ui.common.widgets import InlineMessage, paragraph, secret_field
from seller_desktop.ui.privacy.dialogs import archive_passphrase_minimum, submit_buttons


class ChangeArchivePassphraseDialog(QDialog):
    """Current archive passphrase, the new one twice; ``submitted(current, new)``.

    What needs no archive is checked here (filled in, long enough, typed the same twice, not the
    current one again); the rest is the core's, on the page's worker. While it runs the fields are
    disabled and the dialog cannot be closed. A wrong current passphrase clears only that field;
    every field is cleared when the dialog closes.
    """

    submitted = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changeArchivePassphrase")
        self.setWindowTitle(self.tr("Change the archive passphrase"))
        self.setAccessibleName(self.tr("Change the archive passphrase"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(540)
        self.busy = False

        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Only the key that opens the archive is re-encrypted; the sealed entries stay as they "
                    "are and all open with the new passphrase. Choose at least {0} characters, different "
                    "from the store passphrase, and keep it safe: it cannot be reset. Copies of the "
                    "archive folder made before today still open with the old passphrase."
                ).format(archive_passphrase_minimum())
            )
        )
        form = QFormLayout()
        self.current = secret_field(self.tr("Current archive passphrase"))
        self.new = secret_field(self.tr("New archive passphrase"))
        self.again = secret_field(self.tr("New archive passphrase again"))
        for caption, field in (
            (self.tr("&Current archive passphrase:"), self.current),
            (self.tr("&New archive passphrase:"), self.new),
            (self.tr("New passphrase &again:"), self.again),
        ):
            label = QLabel(caption)
            label.setBuddy(field)
            form.addRow(label, field)
        layout.addLayout(form)
        self.message = InlineMessage(self.tr("Archive passphrase message"))
        layout.addWidget(self.message)

        self.buttons, self.ok_button, self.cancel_button = submit_buttons(
            self.tr("C&hange passphrase"),
            self.tr("Change the archive passphrase"),
            self.tr("Cancel"),
            self.submit,
            self.reject,
        )
        layout.addWidget(self.buttons)
        self.current.setFocus()

    def accept(self) -> None:  # Enter
        self.submit()

    def reject(self) -> None:
        if not self.busy:  # not while the key is being re-wrapped
            self._clear(self.current, self.new, self.again)
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
            return
        self._clear(self.current, self.new, self.again)
        super().closeEvent(event)

    def submit(self) -> None:
        if self.busy:
            return
        current, new = self.current.text(), self.new.text()
        if not current:
            return self._problem(self.tr("Type the current archive passphrase."), self.current)
        if len(new) < archive_passphrase_minimum():
            return self._problem(
                self.tr(
                    "The new passphrase must have at least {0} characters. A few unrelated words make "
                    "a good one."
                ).format(archive_passphrase_minimum()),
                self.new,
                self.new,
                self.again,
            )
        if self.again.text() != new:
            return self._problem(
                self.tr("The two new passphrases differ. Type the same one twice."),
                self.new,
                self.new,
                self.again,
            )
        if new == current:
            return self._problem(
                self.tr("The new passphrase is the same as the current one. Choose another."),
                self.new,
                self.new,
                self.again,
            )
        self.set_busy(True)
        self.submitted.emit(current, new)

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (self.current, self.new, self.again, self.ok_button, self.cancel_button):
            widget.setEnabled(not busy)
        if busy:
            self.message.show_info(
                self.tr("Re-encrypting the archive key with the new passphrase…")
            )

    def wrong_current(self) -> None:
        """The core refused the current passphrase: nothing changed; retype only that one."""
        self.set_busy(False)
        self._problem(
            self.tr("The current archive passphrase is not right. Nothing was changed."),
            self.current,
            self.current,
        )

    def show_error(self, text: str) -> None:
        """Any other refusal (e.g. the store passphrase chosen as the new one): retype the new."""
        self.set_busy(False)
        self._problem(text, self.new, self.new, self.again)

    def done_ok(self) -> None:
        self.set_busy(False)
        self._clear(self.current, self.new, self.again)
        super().accept()

    def _problem(self, text: str, focus: QLineEdit, *clear: QLineEdit) -> None:
        self._clear(*clear)
        self.message.show_error(text)  # the dialog grows to show it (InlineMessage)
        focus.setFocus()

    @staticmethod
    def _clear(*fields: QLineEdit) -> None:
        for field in fields:
            field.clear()
