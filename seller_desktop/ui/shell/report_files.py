"""The main window's report files: Amazon's order reports in, the shipping confirmations out.

Reports come from File › Import… or are dropped onto the window, and are imported on the worker
thread one import at a time. The importer and the confirmations' export load on first use, not at
start-up. Texts are filed under ``MainWindow``, the window they are part of.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData, Qt
from PySide6.QtWidgets import QMainWindow

from seller_desktop.core.base.changes import ORDERS
from seller_desktop.core.store import Store
from seller_desktop.ui.common.jobs import JobRunner

if TYPE_CHECKING:  # annotations only: loaded on first use
    from seller_desktop.ui.importing.dialog import ImportDialog
    from seller_desktop.ui.importing.guide import ImportGuide
    from seller_desktop.ui.orders.confirmations import ConfirmationExport


class ReportFiles:
    """Imports into ``store`` with ``jobs`` and exports from it, with ``window`` as the dialogs'
    parent; ``announce`` learns what an export changed (an import's job announces its own).
    ``config_dir`` holds ``ui.ini``, where the chooser remembers the last reports' folder."""

    def __init__(
        self,
        store: Store,
        jobs: JobRunner,
        window: QMainWindow,
        announce: Callable[[object], None],
        config_dir: str | Path | None = None,
    ) -> None:
        self._store = store
        self._config_dir = config_dir
        self._jobs = jobs
        self._window = window
        self._announce = announce
        self.import_dialog: ImportDialog | None = None
        self.import_guide: ImportGuide | None = None
        self._confirmations: ConfirmationExport | None = None

    @property
    def confirmations(self) -> ConfirmationExport:
        """File › Export shipping confirmations, built on first use (start-up time)."""
        if self._confirmations is None:
            from seller_desktop.ui.orders.confirmations import ConfirmationExport

            self._confirmations = ConfirmationExport(self._store, self._window)
            self._confirmations.exported.connect(lambda _rows: self._announce(ORDERS))
        return self._confirmations

    def choose_import_files(self) -> None:
        from seller_desktop.ui.importing.files import (
            report_file_dialog,  # the importer loads on first use
        )

        if self._import_refused():
            return
        dialog = report_file_dialog(self._window, self._config_dir)
        dialog.filesSelected.connect(lambda files: self.import_files([Path(f) for f in files]))
        dialog.open()

    def open_import_guide(self) -> ImportGuide | None:
        """The Orders page's Import: which report to download, then the chooser (or a drop)."""
        from seller_desktop.ui.importing.guide import ImportGuide  # loads on first use

        if self._import_refused():
            return None
        guide = ImportGuide(self._config_dir, self._window)
        guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        guide.files_chosen.connect(self.import_files)
        self.import_guide = guide
        guide.destroyed.connect(lambda: setattr(self, "import_guide", None))
        guide.open()
        return guide

    def import_files(self, paths: list[Path]) -> ImportDialog | None:
        """Import report files on the worker thread, with progress, the problem question, summary."""
        from seller_desktop.ui.importing.dialog import ImportDialog

        if not paths or self._import_refused():
            return None
        dialog = ImportDialog(self._store, self._jobs, paths, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.import_dialog = dialog
        dialog.destroyed.connect(lambda: setattr(self, "import_dialog", None))
        dialog.start()
        return dialog

    def _import_refused(self) -> bool:
        """One import at a time: a second request while one runs is refused, with a word why."""
        if not self._jobs.busy and (self.import_dialog is None or self.import_dialog.over):
            return False
        self._window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "An import is already running."), 5000
        )
        if self.import_dialog is not None:
            self.import_dialog.raise_()
        return True


def local_files(mime: QMimeData) -> list[Path]:
    """The local files a drag onto the window carries (folders and remote URLs left out)."""
    from seller_desktop.ui.importing.files import (
        local_files,  # the importer loads on the first drag, not at start
    )

    return local_files(mime)
