"""Change the store's passphrase: current, new, new again.

Checks that need no store (the two new entries match, the length) are made here before anything
is touched; the rest (the current passphrase is right, the rekey) is the core's
``change_passphrase``. Problems are shown inside the dialog so the seller can correct one field
without retyping the others; success replaces the form with a plain statement that the old
passphrase no longer opens the store.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from seller_desktop.core.base.changes import BACKUPS
from seller_desktop.core.base.errors import BadInput, WeakPassphrase, WrongPassphrase
from seller_desktop.core.passphrase import change_passphrase
from seller_desktop.core.store import Store
from seller_desktop.ui.common.formatting import seller_message
from seller_desktop.ui.common.jobs import JobCancelled, JobRunner, run_operation
from seller_desktop.ui.common.widgets import InlineMessage, paragraph, secret_field


class ChangePassphraseDialog(QDialog):
    def __init__(self, store: Store, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        #: The rekey runs on the window's job runner, as every write does: the hourly wipe then
        #: waits for it instead of starting in the middle of it.
        self._jobs = jobs
        self.running = False
        self.changed = False
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setAccessibleName(self.tr("Change passphrase"))
        self.setMinimumWidth(440)

        self.pages = QStackedWidget()

        form_page = QWidget()
        form_layout = QVBoxLayout(form_page)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(
            paragraph(
                self.tr(
                    "The store is re-encrypted with the new passphrase. It cannot be recovered if you "
                    "forget it, so keep it somewhere safe. At least {0} characters."
                ).format(WeakPassphrase.MIN_LENGTH)
            )
        )
        form = QFormLayout()
        self.current = secret_field(self.tr("Current passphrase"), min_width=0)
        self.new = secret_field(self.tr("New passphrase"), min_width=0)
        self.again = secret_field(self.tr("New passphrase again"), min_width=0)
        for caption, field in (
            (self.tr("&Current passphrase:"), self.current),
            (self.tr("&New passphrase:"), self.new),
            (self.tr("New passphrase &again:"), self.again),
        ):
            label = QLabel(caption)
            label.setBuddy(field)
            form.addRow(label, field)
        form_layout.addLayout(form)
        self.error = InlineMessage(self.tr("Problem"))
        form_layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.change_button = QPushButton(self.tr("C&hange passphrase"))
        self.change_button.setDefault(True)
        self.buttons.addButton(self.change_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form_layout.addWidget(self.buttons)
        self.pages.addWidget(form_page)

        done_page = QWidget()
        done_layout = QVBoxLayout(done_page)
        done_layout.setContentsMargins(0, 0, 0, 0)
        self.confirmation = paragraph(
            self.tr(
                "The passphrase has been changed. From now on only the new passphrase opens this "
                "store; the old one no longer works."
            )
        )
        done_layout.addWidget(self.confirmation)
        done_layout.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.accept)
        self.close_button = close.button(QDialogButtonBox.StandardButton.Close)
        done_layout.addWidget(close)
        self.pages.addWidget(done_page)

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.current.setFocus()

    def submit(self) -> None:
        current, new, again = self.current.text(), self.new.text(), self.again.text()
        if not current:
            return self._problem(self.tr("Enter the current passphrase."), self.current)
        if new != again:
            return self._problem(
                self.tr("The two new passphrases do not match. Type them again."),
                self.new,
                clear=(self.new, self.again),
            )
        if len(new) < WeakPassphrase.MIN_LENGTH:
            return self._problem(
                self.tr(
                    "The new passphrase must have at least {0} characters. A few unrelated words make "
                    "a good one."
                ).format(WeakPassphrase.MIN_LENGTH),
                self.new,
                clear=(self.new, self.again),
            )
        # Re-encrypting every page takes seconds on a big store: the window's worker does it while
        # this (modal) dialog keeps the window responsive and the seller's hands off the store.
        store = self._store

        def steps():
            yield 0, 1
            change_passphrase(store, current, new)

        self.running = True
        self._set_busy(True)
        # Queued behind a running job (an import, the hourly wipe); the wipe then waits for it.
        run_operation(
            self._jobs, steps, lambda _result: self._rekeyed(None), self._rekeyed, BACKUPS
        )  # the backups follow the new passphrase

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.current, self.new, self.again, self.buttons):
            widget.setEnabled(not busy)
        if busy:
            self.error.show_info(self.tr("Re-encrypting the store with the new passphrase…"))
        else:
            self.error.clear()

    def _rekeyed(self, problem: object) -> None:
        self.running = False
        self._set_busy(False)
        if isinstance(problem, JobCancelled):
            return  # the window closed before the rekey began: nothing was changed
        if isinstance(problem, WrongPassphrase):
            return self._problem(
                self.tr("The current passphrase is not right. Nothing was changed."),
                self.current,
                clear=(self.current,),
            )
        if isinstance(problem, BadInput):  # e.g. the new passphrase is the same as the current one
            return self._problem(seller_message(problem), self.new)
        if isinstance(problem, BaseException):
            raise problem  # a bug: to the crash dialog
        for field in (self.current, self.new, self.again):
            field.clear()
        self.changed = True
        self.pages.setCurrentIndex(1)
        self.close_button.setFocus()

    def reject(self) -> None:
        if self.running:
            return  # not while the store is being re-encrypted
        super().reject()

    def _problem(self, message: str, focus: QLineEdit, clear: tuple[QLineEdit, ...] = ()) -> None:
        for field in clear:
            field.clear()
        self.error.show_error(message)
        focus.setFocus()
