"""Privacy › Erase and export: erasing orders now (GDPR Art. 17) and a buyer's data export
(Art. 15).

Erasure goes through the same wipe as the retention deadline, as a job on the window's runner;
exports are files the seller chooses, written owner-only.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from seller_desktop.core.base.changes import PRIVACY
from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.base.private_files import write_private
from seller_desktop.core.orders.repository import get_order
from seller_desktop.core.privacy.erasure import erase_orders, orders_of_buyer, subject_export
from seller_desktop.core.privacy.retention import WipeReport
from seller_desktop.core.store import Store
from seller_desktop.ui.common.formatting import seller_message
from seller_desktop.ui.common.jobs import JobRunner
from seller_desktop.ui.common.widgets import InlineMessage, paragraph
from seller_desktop.ui.privacy.parts import (
    ids_text,
    make_button,
    run_job,
    save_file_dialog,
    tab_layout,
)


class ErasureTab(QWidget):
    """Erase orders by id or a buyer's by e-mail; export a buyer's data as JSON or PDF."""

    #: Contact details were erased: the page announces it and reads anew.
    changed = Signal()

    def __init__(
        self,
        store: Store,
        jobs: JobRunner,
        selected_order_ids: Callable[[], list[str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._jobs = jobs
        self._selected_order_ids = selected_order_ids or (lambda: [])
        #: The open confirmation and save dialog, if any (tests reach them here).
        self.confirm_box: QMessageBox | None = None
        self.file_dialog: QFileDialog | None = None
        layout = tab_layout(self)
        layout.addWidget(self._build_orders_box())
        layout.addWidget(self._build_buyer_box())
        self.erasure_message = InlineMessage(self.tr("Erasure message"))
        layout.addWidget(self.erasure_message)
        layout.addStretch(1)

    def _build_orders_box(self) -> QGroupBox:
        orders_box = QGroupBox(self.tr("Erase orders now"))
        box = QVBoxLayout(orders_box)
        box.addWidget(
            paragraph(
                self.tr(
                    "Removes the contact details of these orders at once (a buyer's request under GDPR "
                    "Art. 17). The orders stay, without names and addresses. This cannot be undone."
                )
            )
        )
        row = QHBoxLayout()
        label = QLabel(self.tr("Order &ids:"))
        self.erase_ids = QLineEdit()
        self.erase_ids.setAccessibleName(self.tr("Order ids to erase"))
        self.erase_ids.setPlaceholderText(self.tr("Order ids, separated by spaces or commas"))
        label.setBuddy(self.erase_ids)
        self.use_selection_button = make_button(
            self.tr("Use &selected orders"),
            self.tr("Use the orders selected on the Orders page"),
            self.use_selected_orders,
        )
        self.erase_ids_button = make_button(
            self.tr("Erase…"), self.tr("Erase these orders"), self.ask_erase_ids
        )
        row.addWidget(label)
        row.addWidget(self.erase_ids, 1)
        row.addWidget(self.use_selection_button)
        row.addWidget(self.erase_ids_button)
        box.addLayout(row)
        return orders_box

    def _build_buyer_box(self) -> QGroupBox:
        buyer_box = QGroupBox(self.tr("A buyer, by e-mail address"))
        box = QVBoxLayout(buyer_box)
        box.addWidget(
            paragraph(
                self.tr(
                    "Find every order of one buyer that still holds contact details, by the e-mail "
                    "address on the order. Erase them all, or export what the store holds about the "
                    "buyer as a JSON file (GDPR Art. 15) — the file is yours to send to the buyer."
                )
            )
        )
        row = QHBoxLayout()
        label = QLabel(self.tr("E-&mail:"))
        self.email = QLineEdit()
        self.email.setAccessibleName(self.tr("Buyer's e-mail address"))
        self.email.setPlaceholderText("name@marketplace.amazon.com")
        label.setBuddy(self.email)
        self.erase_buyer_button = make_button(
            self.tr("Erase buyer…"), self.tr("Erase this buyer's orders"), self.ask_erase_buyer
        )
        self.export_button = make_button(
            self.tr("E&xport as JSON…"),
            self.tr("Export this buyer's data as JSON"),
            self.choose_export_file,
        )
        self.export_pdf_button = make_button(
            self.tr("Export as &PDF…"),
            self.tr("Export this buyer's data as a readable PDF"),
            self.choose_export_pdf_file,
        )
        row.addWidget(label)
        row.addWidget(self.email, 1)
        row.addWidget(self.erase_buyer_button)
        row.addWidget(self.export_button)
        row.addWidget(self.export_pdf_button)
        box.addLayout(row)
        return buyer_box

    # -- erasing -------------------------------------------------------------------------------

    def use_selected_orders(self) -> None:
        ids = self._selected_order_ids()
        if not ids:
            self.erasure_message.show_error(
                self.tr(
                    "No orders are selected on the Orders page. Select them there, or type their ids."
                )
            )
            return
        self.erase_ids.setText(" ".join(ids))
        self.erasure_message.clear()

    def ask_erase_ids(self) -> None:
        ids = list(dict.fromkeys(self.erase_ids.text().replace(",", " ").split()))
        if not ids:
            self.erasure_message.show_error(self.tr("Type the order ids to erase."))
            return
        if self._jobs.busy:
            self.erasure_message.show_error(
                self.tr("Another task is running. Try again in a moment.")
            )
            return
        unknown = [i for i in ids if get_order(self._store, i) is None]
        if unknown:
            self.erasure_message.show_error(
                self.tr("No such order in the store: {0}. Nothing was erased.").format(
                    ", ".join(unknown)
                )
            )
            return
        self._confirm_erase(
            ids,
            self.tr("Erase the contact details of these {0} orders now?").format(len(ids))
            if len(ids) != 1
            else self.tr("Erase the contact details of this order now?"),
        )

    def ask_erase_buyer(self) -> None:
        if self._jobs.busy:
            self.erasure_message.show_error(
                self.tr("Another task is running. Try again in a moment.")
            )
            return
        try:
            ids = orders_of_buyer(self._store, self.email.text())
        except BadInput as err:
            self.erasure_message.show_error(seller_message(err))
            return
        if not ids:
            self.erasure_message.show_info(
                self.tr(
                    "No order holding contact details has this e-mail address. Nothing to erase."
                )
            )
            return
        self._confirm_erase(
            ids,
            self.tr(
                "This buyer has %n orders holding contact details. Erase them all now?",
                "",
                len(ids),
            ),
        )

    def _confirm_erase(self, ids: list[str], question: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Erase contact details"),
            question,
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("eraseConfirm")
        box.setInformativeText(
            self.tr(
                "Orders: {0}\n\nNames, addresses, phone numbers and "
                "e-mail of these orders are removed for good; the orders "
                "stay. This cannot be undone."
            ).format(ids_text(ids))
        )
        erase = box.addButton(self.tr("Erase"), QMessageBox.ButtonRole.DestructiveRole)
        erase.setAccessibleName(self.tr("Erase"))
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._erase(ids) if button is erase else None)
        self.confirm_box = box
        box.open()

    def _erase(self, ids: list[str]) -> None:
        store, clock = self._store, self._store.clock
        report = WipeReport()

        def done(result: object) -> None:
            erased: list[str] = result if isinstance(result, list) else []
            self.erase_ids.clear()
            self.email.clear()
            self.changed.emit()
            if report.failed:  # the rows are gone; old page images wait for the next pass
                self.erasure_message.show_error(
                    self.tr(
                        "The contact details are erased, but another program was reading the store, so "
                        "the old copies on disk could not be overwritten yet. Seller Desktop does that at "
                        "the next hourly pass, or close other Seller Desktop windows and commands now."
                    )
                )
                return
            self.erasure_message.show_info(
                self.tr("Erased the contact details of %n orders: {0}", "", len(erased)).format(
                    ids_text(erased)
                )
                if erased
                else self.tr("These orders held no contact details any more; nothing to erase.")
            )

        run_job(
            self._jobs,
            lambda: erase_orders(store, ids, clock, report),
            done,
            self.erasure_message.show_error,
            PRIVACY,
        )

    # -- exporting -----------------------------------------------------------------------------

    def choose_export_file(self) -> None:
        self._choose_export("json")

    def choose_export_pdf_file(self) -> None:
        self._choose_export("pdf")

    def _choose_export(self, kind: str) -> None:
        if not self.email.text().strip():
            self.erasure_message.show_error(self.tr("Type the buyer's e-mail address first."))
            return
        today = self._store.clock.now().date().isoformat()
        if kind == "pdf":
            self.file_dialog = save_file_dialog(
                self,
                self.tr("Export a buyer's data as PDF"),
                f"buyer-data-{today}.pdf",
                self.tr("PDF files (*.pdf)"),
                self.export_subject_pdf_to,
            )
        else:
            self.file_dialog = save_file_dialog(
                self,
                self.tr("Export a buyer's data"),
                f"buyer-data-{today}.json",
                self.tr("JSON files (*.json)"),
                self.export_subject_to,
            )

    def export_subject_to(self, target: Path | str) -> bool:
        """Write the buyer's data (``subject_export``) to ``target`` as JSON; the file is the
        seller's."""
        return self._export_subject(
            Path(target),
            lambda document: (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode(
                "utf-8"
            ),
        )

    def export_subject_pdf_to(self, target: Path | str) -> bool:
        """The same export as a readable PDF (``core.documents.subject_export_pdf``)."""
        from seller_desktop.core.documents import subject_export_pdf

        return self._export_subject(Path(target), subject_export_pdf)

    def _export_subject(self, target: Path, render: Callable[[dict], bytes]) -> bool:
        if self._jobs.busy:
            self.erasure_message.show_error(
                self.tr("Another task is running. Try again in a moment.")
            )
            return False
        try:
            document = subject_export(self._store, self.email.text())
        except BadInput as err:
            self.erasure_message.show_error(seller_message(err))
            return False
        if not document["orders"]:
            self.erasure_message.show_info(
                self.tr(
                    "No order holding contact details has this e-mail address; no file was written."
                )
            )
            return False
        try:
            write_private(target, render(document))
        except BadInput as err:  # a link or a folder at the target: worded already
            self.erasure_message.show_error(seller_message(err))
            return False
        except OSError as err:
            self.erasure_message.show_error(
                self.tr("The file could not be written ({0}).").format(
                    err.strerror or type(err).__name__
                )
            )
            return False
        self.erasure_message.show_info(
            self.tr("Exported %n orders to {0}.", "", len(document["orders"])).format(target.name)
        )
        return True
