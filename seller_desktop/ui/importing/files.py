"""Which files to import: File › Import's chooser and the files a drag carries.

Loaded on first use only (the window imports it inside the handlers), so the importer costs
nothing at start-up.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QWidget


def local_files(mime: QMimeData) -> list[Path]:
    """The local files a drag carries (folders and remote URLs are left out)."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if not p.is_dir()]


#: The key in ``ui.ini`` of the folder the last reports were chosen from.
LAST_FOLDER_KEY = "import/last_folder"


def _memory(config_dir: str | Path | None) -> QSettings | None:
    if config_dir is None:
        return None
    Path(config_dir).mkdir(parents=True, exist_ok=True)
    return QSettings(str(Path(config_dir) / "ui.ini"), QSettings.Format.IniFormat)


def start_folder(config_dir: str | Path | None) -> str:
    """Where the chooser opens: the folder the last reports came from while it still exists,
    else Downloads (where Seller Central's reports land); "" for Qt's own choice."""
    memory = _memory(config_dir)
    last = memory.value(LAST_FOLDER_KEY, "") if memory is not None else ""
    if isinstance(last, str) and last and Path(last).is_dir():
        return last
    downloads = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
    return downloads if downloads and Path(downloads).is_dir() else ""


def remember_folder(config_dir: str | Path | None, files: list[str]) -> None:
    """Keep the folder of the chosen reports for next time (in ``ui.ini``). A folder path is the
    seller's own (``~/Downloads``), not personal data of buyers; the file names are not kept."""
    memory = _memory(config_dir)
    if memory is not None and files:
        memory.setValue(LAST_FOLDER_KEY, str(Path(files[0]).parent))


def report_file_dialog(parent: QWidget, config_dir: str | Path | None = None) -> QFileDialog:
    """A file chooser for order reports (several at once), opened with ``open()`` by the caller.

    It starts in the folder the last reports came from, or in Downloads (``start_folder``).
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
    folder = start_folder(config_dir)
    if folder:
        dialog.setDirectory(folder)
    dialog.filesSelected.connect(lambda files: remember_folder(config_dir, list(files)))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return dialog
