"""Opening the print preview for orders, from the orders page or the Print page.

The printing package loads on the first preview, not at start-up. One preview job at a time on
the window's worker: a request while another task runs is refused with a word in the status bar.
Orders that cannot ship (cancelled, not paid, no contact details, nothing left to send:
``core.documents.selection.cannot_ship``) are never printed silently: the seller is asked first
whether to leave them out, print anyway or cancel. Texts are filed under ``MainWindow``, the
window they are part of.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox

from seller_desktop.core.base.changes import PRINTED
from seller_desktop.core.settings import Settings
from seller_desktop.core.store import Store
from seller_desktop.ui.common.jobs import JobRunner

if TYPE_CHECKING:  # annotations only: the document layer (ReportLab) loads on the first preview
    from seller_desktop.core.documents.print_request import PrintRequest
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
        #: The question about orders that cannot ship, while it is open.
        self.cannot_ship_box: QMessageBox | None = None

    def open(
        self,
        settings: Settings,
        document: str,
        order_ids: list[str],
        layout: str | None = None,
        with_cards: bool = False,
    ) -> PrintPreviewDialog | None:
        """Render ``document`` ("slips" or "pick_list") for these orders and open the preview;
        None (with a word why) if another task is running, or while the seller is asked about
        orders that cannot ship (``cannot_ship_box``; the preview opens after the answer)."""
        from seller_desktop.core.documents.print_request import LABELS
        from seller_desktop.core.documents.selection import cannot_ship

        if not order_ids:
            return None
        if self._jobs.busy:
            self._say_busy()
            return None
        # Bought labels are for shipped orders: nothing to ask.
        blocked = {} if document.startswith(LABELS) else cannot_ship(self._store, order_ids)
        if blocked:
            self._ask(
                order_ids,
                blocked,
                lambda ids: self._open(settings, document, ids, layout, with_cards),
            )
            return None
        return self._open(settings, document, order_ids, layout, with_cards)

    def _open(
        self,
        settings: Settings,
        document: str,
        order_ids: list[str],
        layout: str | None,
        with_cards: bool,
    ) -> PrintPreviewDialog | None:
        from seller_desktop.core.documents.print_request import LABELS, PrintRequest, logged_parts

        if document.startswith(LABELS):
            # A print log's Reprint of a labels run: the labels with what came with them.
            labels, with_cards, with_slips = logged_parts(document)
            request = PrintRequest.from_settings(
                labels,
                order_ids,
                settings,
                layout or labels_layout(settings),
                with_cards=with_cards,
                with_slips=with_slips,
            )
        else:
            request = PrintRequest.from_settings(document, order_ids, settings, layout, with_cards)
        return self.open_request(request)

    def open_request(self, request: PrintRequest) -> PrintPreviewDialog | None:
        """Open the preview of this very request (the labels just bought, say); None (with a
        word why) if another task is running."""
        from seller_desktop.ui.printing.preview import PrintPreviewDialog
        from seller_desktop.ui.printing.printer_memory import PrinterMemory

        if self._jobs.busy:
            self._say_busy()
            return None
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

    def _ask(
        self, everyone: list[str], blocked: dict[str, str], go: Callable[[list[str]], object]
    ) -> None:
        """Which orders cannot ship and why: Leave them out (the others print), Print anyway or
        Cancel. Leave them out is offered only when some orders are left to print."""
        total = len(everyone)
        translate = QCoreApplication.translate
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("MainWindow", "Some orders cannot ship"),
            translate("MainWindow", "{0} of the %n order(s) cannot ship:", "", total).format(
                len(blocked)
            ),
            QMessageBox.StandardButton.NoButton,
            self._window,
        )
        box.setObjectName("cannotShip")
        box.setInformativeText(_reasons_text(blocked))
        leave = None
        if len(blocked) < total:
            leave = box.addButton(
                translate("MainWindow", "Leave them out"), QMessageBox.ButtonRole.AcceptRole
            )
            box.setDefaultButton(leave)
        anyway = box.addButton(
            translate("MainWindow", "Print anyway"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: object) -> None:
            self.cannot_ship_box = None
            if button is anyway:
                go(everyone)
            elif leave is not None and button is leave:
                go([i for i in everyone if i not in blocked])

        box.buttonClicked.connect(answered)
        box.rejected.connect(lambda: setattr(self, "cannot_ship_box", None))
        self.cannot_ship_box = box
        box.open()

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


def labels_layout(settings: Settings) -> str:
    """The paper labels print on: the slips' paper — a 4x6 label for a thermal slip layout,
    else Letter or A4 (one label and its slip per sheet)."""
    slip = settings.slip_layout
    if slip.startswith("letter"):
        return "letter"
    if slip.startswith("a4"):
        return "a4"
    return "4x6"


# Orders named one per line in the question; more are counted.
NAMED = 15


def _reasons_text(blocked: dict[str, str]) -> str:
    """One line per order that cannot ship: its id and why (ids only, never a buyer)."""
    from seller_desktop.core.documents.selection import (
        CANCELLED,
        NO_CONTACT,
        NOTHING_TO_SHIP,
        PENDING,
    )

    translate = QCoreApplication.translate
    why = {
        CANCELLED: translate("MainWindow", "cancelled"),
        PENDING: translate("MainWindow", "pending: not paid yet"),
        NO_CONTACT: translate("MainWindow", "no contact details (removed or never entered)"),
        NOTHING_TO_SHIP: translate("MainWindow", "no items left to ship"),
    }
    lines = [f"{order_id} — {why.get(reason, reason)}" for order_id, reason in blocked.items()]
    if len(lines) > NAMED:
        more = len(lines) - NAMED
        lines = [*lines[:NAMED], translate("MainWindow", "… and %n more", "", more)]
    return "\n".join(lines)
