"""The Orders page's actions on the selected orders: new, edit, mark shipped, mark printed or not,
and Print (packing slips or a pick list, handed to the Print screen).

The editor and the ship dialog load when first opened, not at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QMenu, QMessageBox, QPushButton, QWidget

from seller_desktop.core.base.errors import SellerError
from seller_desktop.core.orders.edits import mark_printed
from seller_desktop.core.orders.model import Order
from seller_desktop.core.orders.repository import get_order
from seller_desktop.core.store import Store
from seller_desktop.ui.common.formatting import seller_message

if TYPE_CHECKING:  # the dialogs load when first opened, not at start-up
    from seller_desktop.ui.orders.editor import OrderEditor
    from seller_desktop.ui.orders.ship_dialog import ShipDialog


class OrderActions(QObject):
    """The buttons in one row (``row``) and the Print button with its menu (``print_button``, which
    the page places by the count line above the table). ``selected`` gives the selected orders."""

    #: The editor saved an order (or None): the page reads again and selects it.
    saved = Signal(object)
    #: Orders were shipped or marked printed here: the page reads again.
    changed = Signal()
    #: Orders were marked shipped: their ids (the window sends queued confirmations to Amazon).
    shipped = Signal(object)
    #: Print… was asked for the selected orders: (document "slips" or "pick_list", order ids).
    print_requested = Signal(str, object)
    #: Buy labels… was asked for the selected orders: their ids (the window opens the bench).
    labels_requested = Signal(object)

    def __init__(self, store: Store, selected: Callable[[], list[Order]], host: QWidget) -> None:
        super().__init__(host)
        self._store = store
        self._selected = selected
        self._host = host
        self.ship_dialog: ShipDialog | None = None
        self.row = self._build_buttons()
        self.print_button = self._build_print_button()

    def _build_buttons(self) -> QHBoxLayout:
        # One line (in German it sets a minimum window width of about 880 px). A wrapping layout
        # would need a Python QLayout subclass, whose items PySide frees from whichever thread
        # collects garbage: it crashed once in the tests.
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New order…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.ship_button = QPushButton(self.tr("Mark &shipped…"))
        self.printed_button = QPushButton(self.tr("Mark &printed"))
        self.not_printed_button = QPushButton(self.tr("Mark n&ot printed"))
        for button, slot in (
            (self.new_button, self.new_order),
            (self.edit_button, self.edit_selected),
            (self.ship_button, self.ship_selected),
            (self.printed_button, lambda: self.mark_selected_printed(True)),
            (self.not_printed_button, lambda: self.mark_selected_printed(False)),
        ):
            button.setAccessibleName(button.text().replace("&", ""))
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _build_print_button(self) -> QPushButton:
        # One button with a menu: two more buttons would not fit a narrow window.
        button = QPushButton(self.tr("Pr&int"))
        button.setAccessibleName(self.tr("Print the selected orders"))
        menu = QMenu(button)
        self.print_slips_action = QAction(self.tr("Packing &slips…"), self._host)
        self.print_slips_action.setShortcut(QKeySequence(self.tr("Ctrl+P")))
        self.print_slips_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_slips_action.triggered.connect(lambda: self._print_selected("slips"))
        self.print_pick_action = QAction(self.tr("Pick &list…"), self._host)
        self.print_pick_action.setShortcut(QKeySequence(self.tr("Ctrl+Shift+P")))
        self.print_pick_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_pick_action.triggered.connect(lambda: self._print_selected("pick_list"))
        # Buying labels ends in printing them: it sits here, as the row of buttons is full.
        self.labels_action = QAction(self.tr("Buy and print shipping la&bels…"), self._host)
        self.labels_action.triggered.connect(self.buy_labels_for_selected)
        for action in (self.print_slips_action, self.print_pick_action, self.labels_action):
            menu.addAction(action)
            self._host.addAction(action)  # the shortcuts work anywhere on the page
        button.setMenu(menu)
        return button

    def enable_for(self, selected: int) -> None:
        """Enable what applies to ``selected`` orders (Edit: exactly one)."""
        self.edit_button.setEnabled(selected == 1)
        for button in (
            self.ship_button,
            self.labels_action,
            self.printed_button,
            self.not_printed_button,
            self.print_button,
            self.print_slips_action,
            self.print_pick_action,
        ):
            button.setEnabled(selected >= 1)

    # -- new, edit -------------------------------------------------------------------------------

    def new_order(self) -> None:
        from seller_desktop.ui.orders.editor import OrderEditor

        self._run_editor(OrderEditor(self._store, None, self._host))

    def edit_selected(self) -> None:
        orders = self._selected()
        if orders:
            fresh = get_order(self._store, orders[0].order_id)
            if fresh is not None:
                from seller_desktop.ui.orders.editor import OrderEditor

                self._run_editor(OrderEditor(self._store, fresh, self._host))

    def _run_editor(self, editor: OrderEditor) -> None:
        editor.setModal(True)
        editor.accepted.connect(lambda: self.saved.emit(editor.saved))
        editor.open()

    # -- ship, print, mark printed ---------------------------------------------------------------

    def ship_selected(self) -> None:
        orders = self._selected()
        if not orders:
            return
        from seller_desktop.ui.orders.ship_dialog import ShipDialog

        dialog = ShipDialog(
            self._store, [get_order(self._store, o.order_id) or o for o in orders], self._host
        )
        dialog.setModal(True)
        dialog.finished.connect(lambda _code: self._shipped(dialog))
        dialog.labels_requested.connect(self.labels_requested)
        self.ship_dialog = dialog
        dialog.open()

    def buy_labels_for_selected(self) -> None:
        ids = [o.order_id for o in self._selected()]
        if ids:
            self.labels_requested.emit(ids)

    def _shipped(self, dialog: ShipDialog) -> None:
        if dialog.shipped:
            self.changed.emit()
            self.shipped.emit(list(dialog.shipped))

    def _print_selected(self, document: str) -> None:
        ids = [o.order_id for o in self._selected()]
        if ids:
            self.print_requested.emit(document, ids)

    def mark_selected_printed(self, printed: bool = True) -> None:
        ids = [o.order_id for o in self._selected()]
        if not ids:
            return
        try:
            mark_printed(self._store, ids, printed)
        except SellerError as err:
            QMessageBox.warning(self._host, self.tr("Not changed"), seller_message(err))
            return
        self.changed.emit()
