"""Opening the store off the GUI thread, with a progress dialog while the start-up wipe runs.

``open_store`` verifies the key, migrates and runs the retention wipe before it hands back the
store. After a long holiday that wipe can take seconds, so the app runs it as a job on a worker
thread (``UnlockFlow.open_jobs``, in ``unlocking.py``) while the unlock dialog waits, and shows
``WipeProgressDialog`` — "Removing contact details past their retention deadline… N of M" — when
many orders are due. The main window is built only after ``open_store`` has returned, so no order
row exists before the wipe has finished.

No store exists on the GUI thread while the job runs, so there is nothing the GUI could touch.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout, QWidget

#: Orders due at start from which the progress dialog is shown (fewer take a blink).
PROGRESS_THRESHOLD = 200


class WipeProgressDialog(QDialog):
    """Shown over the unlock dialog while many orders are wiped at start. It cannot be closed: the
    wipe must finish before the store is used (a crash or kill is safe; the next start finishes)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wipeProgressDialog")
        self.setWindowTitle(self.tr("Opening your store"))
        self.setAccessibleName(self.tr("Opening your store"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowFlags(
            Qt.WindowType.Dialog | Qt.WindowType.CustomizeWindowHint | Qt.WindowType.WindowTitleHint
        )
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
        self.note = QLabel(
            self.tr(
                "Amazon allows keeping a buyer's contact details for at most 30 days after delivery, "
                "so they are removed before any order is shown. This takes a moment when Seller "
                "Desktop has not been opened for a while."
            )
        )
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
        self.count.setText(
            self.tr("{0} of {1} orders").format(locale.toString(done), locale.toString(due))
        )
        self.heading.setAccessibleDescription(self.count.text())

    def showEvent(self, event) -> None:
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

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
