"""The window's side of shipping labels: the Buy labels bench, printing what it bought, and a
label's Reprint and Void from the order's detail pane.

The bench (``ui.orders.labels.buy_dialog``) and Void talk to Amazon on the window's worker;
printing goes through the print preview like any print (``PrintPreviews.open_request``), as one
job: each bought order's label with its slip (and cards, as the Print page's box says), in the
bench's order, on the slips' paper (``labels_layout``). Texts are filed under ``MainWindow``.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from seller_desktop.core.base.changes import ORDERS
from seller_desktop.core.base.errors import SellerError
from seller_desktop.core.orders.repository import get_order
from seller_desktop.core.settings import Settings
from seller_desktop.core.store import Store
from seller_desktop.ui.common.formatting import seller_message
from seller_desktop.ui.common.jobs import JobCancelled, JobRunner, report_unexpected, run_operation
from seller_desktop.ui.shell.print_previews import PrintPreviews, labels_layout

if TYPE_CHECKING:
    from seller_desktop.ui.orders.labels.buy_dialog import BuyLabelsDialog
    from seller_desktop.ui.printing.preview import PrintPreviewDialog


class LabelDesk(QObject):
    """``act(kind, order_ids)``: "buy", "reprint" or "void" (the Orders page's requests)."""

    def __init__(
        self,
        store: Store,
        jobs: JobRunner,
        window: QMainWindow,
        previews: PrintPreviews,
        settings: Callable[[], Settings],
        pages: Mapping[str, QWidget],
    ) -> None:
        super().__init__(window)
        self._store, self._jobs, self._window = store, jobs, window
        self._previews, self._settings, self._pages = previews, settings, pages
        #: The bench while it is open; the Void question while it is open.
        self.dialog: BuyLabelsDialog | None = None
        self.void_box: QMessageBox | None = None

    def act(self, kind: str, order_ids: list[str]) -> None:
        if kind == "buy":
            self.buy(order_ids)
        elif kind == "reprint" and order_ids:
            self.print_labels(order_ids, with_slips=False)
        elif kind == "void" and order_ids:
            self.ask_void(order_ids[0])

    def buy(self, order_ids: list[str]) -> BuyLabelsDialog:
        from seller_desktop.ui.orders.labels.buy_dialog import BuyLabelsDialog

        orders = [o for o in (get_order(self._store, i) for i in order_ids) if o is not None]
        dialog = BuyLabelsDialog(self._store, self._jobs, orders, self._window)
        dialog.setModal(True)
        dialog.bought.connect(lambda ids: self.print_labels(ids, with_slips=True))
        dialog.finished.connect(lambda _code: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _cards_wanted(self) -> bool:
        """As the Print page's "Include insert cards" box says (off until the page is opened)."""
        page = self._pages.get("print")
        box = getattr(page, "include_cards", None)
        return bool(box is not None and box.isChecked())

    def print_labels(self, order_ids: list[str], *, with_slips: bool) -> PrintPreviewDialog | None:
        """One print job of these orders' labels (each with its slip and cards, if asked)."""
        from seller_desktop.core.documents.print_request import LABELS, PrintRequest

        request = PrintRequest(
            LABELS,
            tuple(order_ids),
            labels_layout(self._settings()),
            with_cards=with_slips and self._cards_wanted(),
            with_slips=with_slips,
        )
        return self._previews.open_request(request)

    # -- void ------------------------------------------------------------------------------------

    def ask_void(self, order_id: str) -> None:
        translate = QCoreApplication.translate
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("MainWindow", "Void label"),
            translate(
                "MainWindow",
                "Void the label of order {0}? Amazon cancels it (and refunds it), and the order "
                "is no longer shipped.",
            ).format(order_id),
            QMessageBox.StandardButton.NoButton,
            self._window,
        )
        void = box.addButton(
            translate("MainWindow", "Void label"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered(button: object) -> None:
            self.void_box = None
            if button is void:
                self.void(order_id)

        box.buttonClicked.connect(answered)
        self.void_box = box
        box.open()

    def void(self, order_id: str) -> None:
        """Cancel the label at Amazon on the worker; the order is unshipped by the core."""
        store = self._store

        def steps() -> Generator[tuple[int, int], None, str]:
            from seller_desktop.core.labels.amazon_link import ShippingLink
            from seller_desktop.core.labels.void_reprint import void_label

            yield (0, 1)
            with ShippingLink(store) as link:
                void_label(store, order_id, link)
            return order_id

        run_operation(self._jobs, steps, self._voided, self._void_failed, ORDERS)

    def _voided(self, order_id: object) -> None:
        translate = QCoreApplication.translate
        self._window.statusBar().showMessage(
            translate("MainWindow", "Voided the label of order {0}; it can get a new one.").format(
                order_id
            ),
            8000,
        )

    def _void_failed(self, err: BaseException) -> None:
        if isinstance(err, JobCancelled):
            return
        if not isinstance(err, SellerError):
            report_unexpected(err)
            return
        title = QCoreApplication.translate("MainWindow", "Label not voided")
        QMessageBox.warning(self._window, title, seller_message(err))
