"""Legal holds: orders whose invoice details are kept sealed past their deadline (a dispute, an
audit), listed with the date they are kept until; placed and released here on the GUI thread."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QTreeWidgetItem, QVBoxLayout

from seller_desktop.core.base.errors import SellerError
from seller_desktop.core.privacy import archive
from seller_desktop.core.store import Store
from seller_desktop.ui.common.formatting import local_date, seller_message
from seller_desktop.ui.common.jobs import JobRunner
from seller_desktop.ui.common.widgets import InlineMessage
from seller_desktop.ui.privacy.dialogs import HoldDialog
from seller_desktop.ui.privacy.parts import make_button, make_tree, selected_id


class LegalHolds(QGroupBox):
    """The holds list with Place and Release; ``message`` is the tab's, for what they say."""

    #: A hold was placed or released (GUI thread): the page announces it and reads anew.
    changed = Signal()

    def __init__(self, store: Store, jobs: JobRunner, message: InlineMessage) -> None:
        super().__init__()
        self._store = store
        self._jobs = jobs
        self._message = message
        #: The open dialog, if any (tests reach it here).
        self.hold_dialog: HoldDialog | None = None
        self.setTitle(self.tr("Legal holds"))
        holds = QVBoxLayout(self)
        self.tree = make_tree(
            self.tr("Legal holds"),
            [self.tr("Order id"), self.tr("Kept until"), self.tr("Sealed"), self.tr("Reason")],
        )
        self.tree.setMinimumHeight(90)
        self.tree.setMaximumHeight(160)
        holds.addWidget(self.tree)
        row = QHBoxLayout()
        self.hold_button = make_button(
            self.tr("&Place hold…"), self.tr("Place a legal hold"), self.ask_hold
        )
        self.release_button = make_button(
            self.tr("Re&lease"), self.tr("Release the selected hold"), self.release_selected
        )
        row.addWidget(self.hold_button)
        row.addWidget(self.release_button)
        row.addStretch(1)
        holds.addLayout(row)

    def show_holds(self, holds: list[archive.Hold]) -> None:
        self.tree.clear()
        for hold in holds:
            item = QTreeWidgetItem(
                [
                    hold.order_id,
                    local_date(hold.until),
                    self.tr("Yes") if hold.archived else self.tr("Not yet"),
                    hold.reason,
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, hold.order_id)
            self.tree.addTopLevelItem(item)

    def enable(self, set_up: bool) -> None:
        """Holds need the archive; Release needs a selected hold too."""
        self.hold_button.setEnabled(set_up)
        self.release_button.setEnabled(set_up and bool(selected_id(self.tree)))

    def ask_hold(self, order_id: str = "") -> HoldDialog:
        dialog = HoldDialog(self._store.clock.now().date(), order_id, self)
        store = self._store

        def submitted(oid: str, reason: str, until: date) -> None:
            if self._jobs.busy:
                dialog.show_error(self.tr("Another task is running. Try again in a moment."))
                return
            try:
                archive.place_hold(store, oid, reason, until)
            except SellerError as err:
                dialog.show_error(seller_message(err))
                return
            dialog.done_ok()
            self.changed.emit()
            self._message.show_info(
                self.tr("Order {0} is held until {1}.").format(oid, local_date(until.isoformat()))
            )

        dialog.submitted.connect(submitted)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.hold_dialog = dialog
        dialog.open()
        return dialog

    def release_selected(self) -> None:
        order_id = selected_id(self.tree)
        if not order_id or self._jobs.busy:
            return
        try:
            archive.release_hold(self._store, order_id)
        except SellerError as err:
            self._message.show_error(seller_message(err))
            return
        self.changed.emit()
        self._message.show_info(self.tr("The hold on order {0} is released.").format(order_id))
