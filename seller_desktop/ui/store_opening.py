"""Opening the store off the GUI thread, with a progress dialog while the start-up wipe runs.

``open_store`` verifies the key, migrates and runs the retention wipe before it hands back the
store. After a long holiday that wipe can take seconds, so the app runs it on a thread of its own
(``OpenThread``) while the unlock dialog waits, and shows ``WipeProgressDialog`` — "Removing contact
details past their retention deadline… N of M" — when many orders are due. The main window is built
only after ``open_store`` has returned, so no order row exists before the wipe has finished.

No store exists on the GUI thread while the thread runs, so there is nothing the GUI could touch.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QLocale, QObject, Qt, QThread, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout, QWidget

from ..core.store import OpenedStore

#: Orders due at start from which the progress dialog is shown (fewer take a blink).
PROGRESS_THRESHOLD = 200

OpenFunction = Callable[[Callable[[int, int], None]], OpenedStore]


class OpenThread(QThread):
    """Runs ``open_fn(progress)`` once; ``result`` or ``error`` is set when ``finished`` fires.

    ``progress(done, due)`` arrives on the GUI thread (a queued signal) after each wipe batch.
    The function (which holds the passphrase in its closure) is dropped as soon as it returns.
    """

    progress = Signal(int, int)

    def __init__(self, open_fn: OpenFunction, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("seller-desktop-open")
        self._open_fn: OpenFunction | None = open_fn
        self.result: OpenedStore | None = None
        self.error: BaseException | None = None

    def run(self) -> None:  # the worker thread
        open_fn, self._open_fn = self._open_fn, None
        try:
            if open_fn is not None:
                self.result = open_fn(self.progress.emit)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            self.error = exc
        finally:
            del open_fn

    def take_result(self) -> OpenedStore | None:
        result, self.result = self.result, None
        return result


class WipeProgressDialog(QDialog):
    """Shown over the unlock dialog while many orders are wiped at start. It cannot be closed: the
    wipe must finish before the store is used (a crash or kill is safe; the next start finishes)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wipeProgressDialog")
        self.setWindowTitle(self.tr("Opening your store"))
        self.setAccessibleName(self.tr("Opening your store"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowFlags(Qt.WindowType.Dialog | Qt.WindowType.CustomizeWindowHint
                            | Qt.WindowType.WindowTitleHint)
        self.setMinimumWidth(460)

        self.heading = QLabel(self.tr("Removing contact details past their retention deadline…"))
        self.heading.setObjectName("wipeProgressHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Orders done"))
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Wipe progress"))
        self.bar.setTextVisible(False)
        self.note = QLabel(self.tr(
            "Amazon allows keeping a buyer's contact details for at most 30 days after delivery, "
            "so they are removed before any order is shown. This takes a moment when Seller "
            "Desktop has not been opened for a while."))
        self.note.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.bar)
        layout.addWidget(self.count)
        layout.addSpacing(4)
        layout.addWidget(self.note)
        self.set_progress(0, 0)

    def set_progress(self, done: int, due: int) -> None:
        self.bar.setRange(0, max(due, 1))
        self.bar.setValue(min(done, max(due, 1)) if due else 0)
        locale = QLocale()
        self.count.setText(self.tr("{0} of {1} orders").format(
            locale.toString(done), locale.toString(due)))
        self.heading.setAccessibleDescription(self.count.text())

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        owner = self.parentWidget()
        if owner is not None:  # centred over the unlock dialog, with or without a window manager
            self.adjustSize()
            centre = owner.frameGeometry().center()
            self.move(centre.x() - self.width() // 2, centre.y() - self.height() // 2)

    def text(self) -> str:
        return f"{self.heading.text()} {self.count.text()}"

    def reject(self) -> None:
        """Esc does nothing: the wipe finishes first."""

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        event.ignore()
