"""The Orders page's Import: which Seller Central report to download, then the file chooser.

A seller on day one does not know which of Amazon's many reports we read. This small dialog says
it in a few lines (the reports ``core/importers/report_types.py`` recognises), opens the chooser
(in Downloads, or the folder the last reports came from) and takes a report dropped on it too.
File › Import (Ctrl+I) goes straight to the chooser for those who know.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QVBoxLayout, QWidget

from seller_desktop.ui.common.widgets import paragraph
from seller_desktop.ui.importing.files import local_files, report_file_dialog


class ImportGuide(QDialog):
    """Where to get the report, and a button to choose it; ``files_chosen(list[Path])`` once
    files are chosen or dropped (the dialog closes then)."""

    files_chosen = Signal(object)

    def __init__(self, config_dir: str | Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._config_dir = config_dir
        self.file_dialog: QFileDialog | None = None
        self.setObjectName("importGuide")
        self.setWindowTitle(self.tr("Import orders"))
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        steps = paragraph(
            self.tr(
                "1. In Seller Central, open Orders › Order Reports › Unshipped Orders and "
                "request the report.\n"
                "2. Download it when it is ready: a tab-separated .txt file.\n"
                "3. Choose it here, or drag it onto this window or the Orders page."
            )
        )
        steps.setObjectName("importSteps")
        layout.addWidget(steps)
        others = paragraph(
            self.tr(
                "Also read: Order Fulfilment reports (New Orders, shipping, invoicing, tax) and "
                "Reports › Fulfilment › All Orders. Import the file as downloaded, without "
                "saving it in a spreadsheet first. Importing the same orders again updates them."
            )
        )
        layout.addWidget(others)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.choose_button = buttons.addButton(
            self.tr("Choose report files…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.choose_button.setDefault(True)
        buttons.accepted.connect(self.choose_files)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def choose_files(self) -> QFileDialog:
        """The chooser, over this dialog; choosing files closes both."""
        dialog = report_file_dialog(self, self._config_dir)
        dialog.filesSelected.connect(lambda files: self._chosen([Path(f) for f in files]))
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def _chosen(self, paths: list[Path]) -> None:
        if paths:
            self.accept()
            self.files_chosen.emit(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_files(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self._chosen(paths)
