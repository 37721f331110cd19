"""The unlock dialog: the passphrase opens the store, and nothing else does.

Shown at every start after the first and after an idle lock. The passphrase is handed straight to
the opener (``core.store.open_store`` through the controller) and the field is cleared at once: the
dialog never keeps it. A wrong passphrase leaves the store untouched (core guarantees it) and gets
another try; after a few, each further try waits a little longer (2, 4, 8 … up to 30 s) so that
guessing at the keyboard is slow. The wait is a QTimer countdown — the window stays responsive.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from seller_desktop.core.base.errors import SellerError, WrongPassphrase
from seller_desktop.ui.common.formatting import seller_message

if TYPE_CHECKING:  # the session (store, migrations, wipe) loads once a passphrase is given
    from seller_desktop.core.session import OpenedStore

log = logging.getLogger(__name__)

Opener = Callable[[str], "OpenedStore"]
#: Starts opening the store elsewhere (a worker thread) and returns at once; the caller later
#: calls ``open_finished`` or ``open_failed`` on the dialog.
BackgroundOpener = Callable[[str], None]

#: Wrong tries before the app starts to slow down further tries.
FREE_TRIES = 3
MAX_DELAY_S = 30


def delay_after(failures: int) -> int:
    """Seconds to wait before the next try, after ``failures`` wrong passphrases in a row."""
    if failures < FREE_TRIES:
        return 0
    return min(2 ** (failures - FREE_TRIES + 1), MAX_DELAY_S)


class UnlockDialog(QDialog):
    """Asks for the passphrase and calls ``opener`` with it; ``unlocked`` carries the result.

    ``tick_ms`` is the length of one countdown second (tests make it short). With ``background``
    the passphrase goes to that function instead, which opens the store off the GUI thread (the
    start-up wipe may take a while); the dialog waits, its fields disabled, until the controller
    calls ``open_finished`` or ``open_failed``.
    """

    unlocked = Signal(object)  # OpenedStore

    def __init__(
        self,
        opener: Opener,
        *,
        locked_reason: str = "",
        tick_ms: int = 1000,
        background: BackgroundOpener | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._opener = opener
        self._background = background
        self.opening = False
        self.opened: OpenedStore | None = None
        self.failures = 0
        self._remaining_s = 0
        self._last_error = ""

        self.setWindowTitle(self.tr("Unlock Seller Desktop"))
        self.setObjectName("unlockDialog")

        heading = QLabel(
            locked_reason or self.tr("Your store is encrypted. Enter your passphrase to open it.")
        )
        heading.setWordWrap(True)

        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setMinimumWidth(320)
        self.setMinimumWidth(480)
        # No autocompletion, no undo history holding the passphrase, no drag out of the field.
        self.passphrase.setDragEnabled(False)
        self.passphrase.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText
            | Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
        )

        form = QFormLayout()
        label = QLabel(self.tr("&Passphrase:"))
        label.setBuddy(self.passphrase)
        form.addRow(label, self.passphrase)

        self.message = QLabel()
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Unlock message"))
        self.message.hide()

        buttons = QDialogButtonBox()
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.quit_button = QPushButton(self.tr("&Quit"))
        self.quit_button.setAccessibleName(self.tr("Quit Seller Desktop"))
        self.quit_button.setAutoDefault(False)
        buttons.addButton(self.unlock_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.quit_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        self._countdown = QTimer(self)
        self._countdown.setInterval(tick_ms)
        self._countdown.timeout.connect(self._tick)

        self.passphrase.setFocus()

    # -- state for callers and tests ---------------------------------------------------------

    def is_throttled(self) -> bool:
        return self._remaining_s > 0

    def message_text(self) -> str:
        return "" if self.message.isHidden() else self.message.text()

    # -- behaviour ---------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.passphrase.setFocus()

    def accept(self) -> None:
        """Enter and the Unlock button both come here; only a successful unlock closes."""
        if self.opening:
            return
        if self.opened is None:
            self.try_unlock()
            return
        super().accept()

    def reject(self) -> None:
        if self.opening:
            return  # the store is being opened (and wiped); Quit waits until that is done
        super().reject()

    def try_unlock(self) -> None:
        if self.is_throttled() or self.opened is not None or self.opening:
            return
        passphrase = self.passphrase.text()
        self.passphrase.clear()
        if not passphrase:
            self._show_message(self.tr("Type your passphrase, then press Enter."))
            self.passphrase.setFocus()
            return
        if self._background is not None:
            self._set_opening(True)
            try:
                self._background(passphrase)
            finally:
                del passphrase
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            opened = self._opener(passphrase)
        except SellerError as err:
            self._refused(err)
            return
        finally:
            del passphrase
            QGuiApplication.restoreOverrideCursor()
            self.passphrase.setFocus()
        self.open_finished(opened)

    def open_finished(self, opened: OpenedStore) -> None:
        """The store is open (and wiped): close with success."""
        self._set_opening(False)
        self.opened = opened
        self.failures = 0
        self.message.hide()
        self.unlocked.emit(opened)
        super().accept()

    def open_failed(self, err: BaseException) -> None:
        """Opening in the background failed: the same messages as a direct try. An unexpected
        error (a bug) only re-enables the dialog; the controller reports it to the crash dialog."""
        self._set_opening(False)
        if isinstance(err, SellerError):
            self._refused(err)
        self.passphrase.setFocus()

    def _refused(self, err: SellerError) -> None:
        if isinstance(err, WrongPassphrase):
            self.failures += 1
            log.info("Unlock: wrong passphrase (%d in a row)", self.failures)
            self._last_error = seller_message(err)
            self._show_message(self._last_error)
            self._start_delay(delay_after(self.failures))
            return
        log.info("Unlock refused: %s", type(err).__name__)
        self._last_error = seller_message(err)
        self._show_message(self._last_error)

    def _set_opening(self, opening: bool) -> None:
        was, self.opening = self.opening, opening
        self.passphrase.setEnabled(not opening)
        self.unlock_button.setEnabled(not opening and not self.is_throttled())
        self.quit_button.setEnabled(not opening)
        if opening and not was:
            self._show_message(self.tr("Opening the store…"))
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        elif was and not opening:
            QGuiApplication.restoreOverrideCursor()
            self.message.hide()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        # Grow to fit the message: without a window manager (and on some with one) a dialog
        # does not grow by itself, and the message would be cut off.
        layout = self.layout()
        assert layout is not None  # set in __init__
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _start_delay(self, seconds: int) -> None:
        if seconds <= 0:
            return
        self._remaining_s = seconds
        self.unlock_button.setEnabled(False)
        self._update_countdown()
        self._countdown.start()

    def _tick(self) -> None:
        self._remaining_s -= 1
        if self._remaining_s <= 0:
            self._remaining_s = 0
            self._countdown.stop()
            self.unlock_button.setEnabled(True)
            self._show_message(self._last_error)
            self.passphrase.setFocus()
            return
        self._update_countdown()

    def _update_countdown(self) -> None:
        wait = self.tr("Too many wrong tries. Next try possible in {seconds} s.").format(
            seconds=self._remaining_s
        )
        self._show_message(f"{self._last_error}\n\n{wait}")
