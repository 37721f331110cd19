"""Opening the print preview for orders, from the orders page or the Print page.

The printing package loads on the first preview, not at start-up. One preview job at a time on
the window's worker: a request while another task runs is refused with a word in the status bar.
Texts are filed under ``MainWindow``, the window they are part of.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMainWindow

from seller_desktop.core.base.changes import PRINTED
from seller_desktop.core.settings import Settings
from seller_desktop.core.store import Store
from seller_desktop.ui.common.jobs import JobRunner

if TYPE_CHECKING:  # annotations only: loaded on first use
    from seller_desktop.ui.printing.preview import PrintPreviewDialog


class PrintPreviews:
    """Previews of documents from ``store``, rendered with ``jobs``, over ``window``;
    ``announce`` learns of each print or saved file (it is logged)."""

    def __init__(
        self,
        store: Store,
        jobs: JobRunner,
        window: QMainWindow,
        config_dir: str | Path | None,
        announce: Callable[[object], None],
    ) -> None:
        self._store = store
        self._jobs = jobs
        self._window = window
        self._config_dir = config_dir
        self._announce = announce
        #: The preview showing now, if any.
        self.preview: PrintPreviewDialog | None = None

    def open(
        self,
        settings: Settings,
        document: str,
        order_ids: list[str],
        layout: str | None = None,
        with_cards: bool = False,
    ) -> PrintPreviewDialog | None:
        """Render ``document`` ("slips" or "pick_list") for these orders and open the preview;
        None (with a word why) if another task is running."""
        from seller_desktop.core.documents.print_request import PrintRequest
        from seller_desktop.ui.printing.preview import PrintPreviewDialog
        from seller_desktop.ui.printing.printer_memory import PrinterMemory

        if not order_ids:
            return None
        if self._jobs.busy:
            self._say_busy()
            return None
        request = PrintRequest.from_settings(document, order_ids, settings, layout, with_cards)
        dialog = PrintPreviewDialog(
            self._store, self._jobs, request, PrinterMemory(self._config_dir), self._window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.logged.connect(lambda: self._announce(PRINTED))  # after printing or saving
        dialog.destroyed.connect(lambda: self._preview_gone(dialog))
        self.preview = dialog
        dialog.show()
        if not dialog.start():
            dialog.close()
            self._say_busy()
            return None
        return dialog

    def _say_busy(self) -> None:
        self._window.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow", "Another task is running. Try again in a moment."
            ),
            5000,
        )

    def _preview_gone(self, dialog: object) -> None:
        if self.preview is dialog:
            self.preview = None
