"""Which files to import: File › Import's chooser and the files a drag carries.

Loaded on first use only (the window imports it inside the handlers), so the importer costs
nothing at start-up.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QWidget


def local_files(mime: QMimeData) -> list[Path]:
    """The local files a drag carries (folders and remote URLs are left out)."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if not p.is_dir()]


def report_file_dialog(parent: QWidget) -> QFileDialog:
    """A file chooser for order reports (several at once), opened with ``open()`` by the caller.

    It starts in the Downloads folder, where Seller Central's reports land; no folder or file name
    is remembered anywhere.
    """
    dialog = QFileDialog(
        parent, QCoreApplication.translate("ImportDialog", "Import Amazon order reports")
    )
    dialog.setObjectName("importFileDialog")
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setNameFilters(
        [
            QCoreApplication.translate("ImportDialog", "Amazon order reports (*.txt *.tsv *.csv)"),
            QCoreApplication.translate("ImportDialog", "All files (*)"),
        ]
    )
    downloads = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
    if downloads and Path(downloads).is_dir():
        dialog.setDirectory(downloads)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return dialog
