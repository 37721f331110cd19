"""The print preview's two faces: the progress while it works, and the pages with their buttons.

``PrintPreviewDialog`` (``preview.py``) stacks them and switches between them; these widgets are
layout only. The pages pane shows the PDF from memory in a ``QPdfView`` and keeps its own zoom
(*Whole page* or the page width); what the buttons do is the dialog's.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from seller_desktop.ui.common.widgets import InlineMessage


class ProgressPane(QWidget):
    """What is being prepared or sent, a progress bar and Cancel (Close once it failed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        self.label = QLabel()
        self.label.setAccessibleName(self.tr("What is being prepared"))
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Progress"))
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        box.addStretch(1)
        box.addWidget(self.label)
        box.addWidget(self.bar)
        box.addLayout(row)
        box.addStretch(1)


class PagesPane(QWidget):
    """A summary line, the pages, a message line, *Print on both sides* (jobs with cards) and Print… / Save as PDF… / Whole page / Close;
    ``print_shortcut`` is the standard Print key, which does what the Print button does."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Document summary"))
        self.summary.setWordWrap(True)
        box.addWidget(self.summary)
        self.view = QPdfView()
        self.view.setAccessibleName(self.tr("Preview of the pages"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.setStyleSheet("QPdfView { background: #8a8f96; }")
        box.addWidget(self.view, 1)
        self.message = InlineMessage(self.tr("Print message"))
        box.addWidget(self.message)
        self.duplex_box = QCheckBox(self.tr("Print on &both sides (duplex)"))
        self.duplex_box.setAccessibleName(self.tr("Print on both sides"))
        self.duplex_box.setToolTip(
            self.tr(
                "For a printer that prints both sides, flipping on the long edge: each card's "
                "back lands behind its front, and every other sheet gets a blank back. Off: one "
                "side only, no blank pages and no card backs."
            )
        )
        self.duplex_box.setVisible(False)  # shown for jobs with insert cards
        box.addWidget(self.duplex_box)

        buttons = QDialogButtonBox()
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print"))
        self.print_button.setDefault(True)
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setAccessibleName(self.tr("Save as PDF"))
        self.fit_button = QPushButton(self.tr("&Whole page"))
        self.fit_button.setAccessibleName(self.tr("Show whole pages"))
        self.fit_button.setCheckable(True)
        self.fit_button.toggled.connect(self._fit_toggled)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the preview"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.fit_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        box.addWidget(buttons)
        self.print_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)

    def _fit_toggled(self, whole: bool) -> None:
        self.view.setZoomMode(
            QPdfView.ZoomMode.FitInView if whole else QPdfView.ZoomMode.FitToWidth
        )
