"""The Orders page: search, filters and sort over a lazy table, the selected order in a detail
pane, and the day's actions (new, edit, mark shipped, mark printed) on a selection.

Column widths are set from the font rather than measured from the rows, because measuring would
make the view fetch hundreds of rows just to size its columns. The search waits ~150 ms after the
last keystroke (a debounce), so a fast typist costs one query, not one per letter.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QDate,
    QEvent,
    QItemSelection,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from seller_desktop.core.base.clock import to_iso_utc
from seller_desktop.core.base.errors import SellerError
from seller_desktop.core.orders.edits import mark_printed
from seller_desktop.core.orders.marketplaces import MARKETPLACES
from seller_desktop.core.orders.model import STATUSES, Order
from seller_desktop.core.orders.queries import OrderFilter, Tristate
from seller_desktop.core.orders.repository import count_orders, get_order
from seller_desktop.core.store import Store
from seller_desktop.ui.common.formatting import local_date, local_datetime, seller_message
from seller_desktop.ui.common.widgets import page_heading, paragraph
from seller_desktop.ui.orders.detail import OrderDetailPane
from seller_desktop.ui.orders.table_model import ORDER_ROLE, SORT_KEYS, Column, OrdersTableModel

if TYPE_CHECKING:  # the dialogs load when first opened, not at start-up
    from seller_desktop.ui.orders.editor import OrderEditor
    from seller_desktop.ui.orders.ship_dialog import ShipDialog

SEARCH_DELAY_MS = 150

# The widest text each column usually holds, to size columns without reading any rows. Dates are
# formatted in the seller's locale first, so a 12-hour clock gets the room its "PM" needs.
_SAMPLE_INSTANT = "2026-12-28T22:58:58Z"


def _sample_text() -> dict[Column, str]:
    return {
        Column.ORDER_ID: "000-0000000-0000000",
        Column.PURCHASED: local_datetime(_SAMPLE_INSTANT),
        Column.MARKETPLACE: "MM",
        Column.STATUS: "Partly shipped",
        Column.ITEMS: "2 × ESP-MACH-01, 1 × MUG-WH",
        Column.SHIP_BY: local_date(_SAMPLE_INSTANT),
        Column.CONTACT: "Removed",
        Column.DEADLINE: local_datetime(_SAMPLE_INSTANT),
    }


class _EscapeClears(QObject):
    """Esc in the search field empties it (and the list shows everything again at once)."""

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape and obj.text():
            obj.clear()
            return True
        return False


class OrdersPage(QWidget):
    #: Orders were changed from this page (created, edited, shipped, printed): counts may differ.
    orders_changed = Signal()
    #: Print… was asked for the selected orders: (document "slips" or "pick_list", order ids).
    print_requested = Signal(str, object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.setAccessibleName(self.tr("Orders"))
        self.model = OrdersTableModel(store, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(page_heading(self.tr("Orders")))
        self.note = paragraph(
            self.tr(
                "No orders yet. Use File › Import to read an Amazon order report, or drag the report "
                "file onto this window. You can also add an order by hand with New order…"
            )
        )
        self.note.setObjectName("emptyStoreNote")
        layout.addWidget(self.note)

        search_row, filter_row = self._build_filters()
        layout.addLayout(search_row)
        layout.addLayout(filter_row)
        actions = self._build_actions()
        layout.addLayout(actions)

        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of orders shown"))
        count_row = QHBoxLayout()
        count_row.addWidget(self.count_label, 1)
        count_row.addWidget(self.print_button)  # right above the table whose selection it prints
        layout.addLayout(count_row)

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Orders table"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move within it
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._size_columns()
        # Items takes whatever room is left; the others keep the width their content needs.
        header.setSectionResizeMode(Column.ITEMS, QHeaderView.ResizeMode.Stretch)
        # Sorting through the model (SQL over indexes); the header shows the current order.
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setSortIndicator(Column.PURCHASED, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._sort_clicked)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())

        self.detail = OrderDetailPane(store)
        # The pane sits under the table: beside it, eight columns and an address do not fit a
        # laptop screen without scrolling sideways.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([520, 220])
        layout.addWidget(self.splitter, 1)

        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._after_reset)
        self._after_reset()

    # -- building ------------------------------------------------------------------------------

    def _build_filters(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """The search field with the purchase dates on one row, the other filters on the next
        (three short rows fit a narrow window; one long one does not)."""
        top = QHBoxLayout()
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search order ID, SKU, product or buyer name"))
        self.search.setAccessibleName(self.tr("Search orders"))
        self.search.setToolTip(
            self.tr(
                "One or two characters find order IDs and SKUs that start with them; from three "
                "characters on, the search also looks inside product names and buyer names."
            )
        )
        self.search.setClearButtonEnabled(True)
        self._escape = _EscapeClears(self)
        self.search.installEventFilter(self._escape)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._search_edited)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self).activated.connect(
            self.search.setFocus
        )
        top.addWidget(self.search, 1)

        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in STATUSES:
            self.status_filter.addItem(self.model.status_text(status), status)
        self.marketplace_filter = QComboBox()
        self.marketplace_filter.setAccessibleName(self.tr("Marketplace filter"))
        self.marketplace_filter.addItem(self.tr("All marketplaces"), None)
        for code, market in MARKETPLACES.items():
            self.marketplace_filter.addItem(f"{code} — {market.name}", code)
        self.printed_filter = QComboBox()
        self.printed_filter.setAccessibleName(self.tr("Printed filter"))
        self.printed_filter.addItem(self.tr("Printed or not"), Tristate.ANY)
        self.printed_filter.addItem(self.tr("Printed"), Tristate.YES)
        self.printed_filter.addItem(self.tr("Not printed"), Tristate.NO)
        self.contact_filter = QComboBox()
        self.contact_filter.setAccessibleName(self.tr("Contact details filter"))
        self.contact_filter.addItem(self.tr("With or without contact details"), Tristate.ANY)
        self.contact_filter.addItem(self.tr("Holds contact details"), Tristate.YES)
        self.contact_filter.addItem(self.tr("No contact details"), Tristate.NO)
        for combo in (
            self.status_filter,
            self.marketplace_filter,
            self.printed_filter,
            self.contact_filter,
        ):
            combo.currentIndexChanged.connect(self.apply_filter)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
            row.addWidget(combo, 1)

        self.date_filter = QCheckBox(self.tr("Purchased from"))
        self.date_filter.setAccessibleName(self.tr("Filter by purchase date"))
        today = self._today()
        self.date_from = QDateEdit(today.addDays(-30))
        self.date_to = QDateEdit(today)
        for edit, name in (
            (self.date_from, self.tr("Purchased from")),
            (self.date_to, self.tr("Purchased until")),
        ):
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
            edit.setEnabled(False)
            edit.dateChanged.connect(self.apply_filter)
            self.date_filter.toggled.connect(edit.setEnabled)
        self.date_filter.toggled.connect(self.apply_filter)
        top.addWidget(self.date_filter)
        top.addWidget(self.date_from)
        until = QLabel(self.tr("to"))
        until.setBuddy(self.date_to)
        top.addWidget(until)
        top.addWidget(self.date_to)
        return top, row

    def _build_actions(self) -> QHBoxLayout:
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
        # One button with a menu (two more buttons would not fit a narrow window), placed by the
        # count line above the table.
        self.print_button = QPushButton(self.tr("Pr&int"))
        self.print_button.setAccessibleName(self.tr("Print the selected orders"))
        menu = QMenu(self.print_button)
        self.print_slips_action = QAction(self.tr("Packing &slips…"), self)
        self.print_slips_action.setShortcut(QKeySequence(self.tr("Ctrl+P")))
        self.print_slips_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_slips_action.triggered.connect(lambda: self._print_selected("slips"))
        self.print_pick_action = QAction(self.tr("Pick &list…"), self)
        self.print_pick_action.setShortcut(QKeySequence(self.tr("Ctrl+Shift+P")))
        self.print_pick_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_pick_action.triggered.connect(lambda: self._print_selected("pick_list"))
        for action in (self.print_slips_action, self.print_pick_action):
            menu.addAction(action)
            self.addAction(action)  # the shortcuts work anywhere on the page
        self.print_button.setMenu(menu)
        return row

    def _size_columns(self) -> None:
        metrics = self.table.fontMetrics()
        header_metrics = self.table.horizontalHeader().fontMetrics()
        titles = self.model.column_titles()
        samples = _sample_text()
        # The longest status and contact words as the seller reads them (longer in German).
        samples[Column.STATUS] = max(
            (samples[Column.STATUS], *(self.model.status_text(s) for s in STATUSES)),
            key=metrics.horizontalAdvance,
        )
        translate = QCoreApplication.translate
        samples[Column.CONTACT] = max(
            (
                samples[Column.CONTACT],
                translate("OrdersTableModel", "Removed"),
                translate("OrdersTableModel", "None"),
            ),
            key=metrics.horizontalAdvance,
        )
        for column, sample in samples.items():
            width = (
                max(
                    metrics.horizontalAdvance(sample),
                    header_metrics.horizontalAdvance(titles[column]),
                )
                + 24
            )
            self.table.setColumnWidth(column, width)

    # -- filter, sort, refresh -------------------------------------------------------------------

    def _today(self) -> QDate:
        now = self._store.clock.now().astimezone()
        return QDate(now.year, now.month, now.day)

    def _search_edited(self, text: str) -> None:
        if text:
            self._search_timer.start()  # restarts: the query runs once typing pauses
        else:
            self._search_timer.stop()
            self.apply_filter()  # cleared (Esc or the clear button): show everything at once

    def current_filter(self) -> OrderFilter:
        """The filter the widgets describe; local calendar days become UTC instants here."""
        status = self.status_filter.currentData()
        market = self.marketplace_filter.currentData()
        start = before = None
        if self.date_filter.isChecked():
            start = _local_midnight(self.date_from.date())
            before = _local_midnight(self.date_to.date().addDays(1))
        return OrderFilter(
            text=self.search.text().strip(),
            statuses=frozenset({status}) if status else frozenset(),
            marketplaces=frozenset({market}) if market else frozenset(),
            purchased_from=start,
            purchased_before=before,
            printed=self.printed_filter.currentData(),
            holds_contact=self.contact_filter.currentData(),
        )

    def apply_filter(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.current_filter())

    def _sort_clicked(self, column: int, order: Qt.SortOrder) -> None:
        if Column(column) not in SORT_KEYS:  # Items, Contact details: put the indicator back
            sort = self.model.sort_order
            current = next(c for c, k in SORT_KEYS.items() if k is sort.key)
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(
                current,
                Qt.SortOrder.DescendingOrder if sort.descending else Qt.SortOrder.AscendingOrder,
            )
            header.blockSignals(False)
            return
        self.model.sort(column, order)

    def refresh(self) -> None:
        """Count and read again (after an import or an edit), keeping the selected order if it
        still passes the filter."""
        keep = self.current_order()
        self.model.refresh()
        if keep is not None:
            row = self.model.row_of(keep.order_id)
            if row is not None:
                self.select_row(row)
                self.table.scrollTo(self.model.index(row, 0))

    def _after_reset(self) -> None:
        shown = self.model.rowCount()
        empty_store = (
            shown == 0 and self.model.order_filter.is_empty() and count_orders(self._store) == 0
        )
        self.note.setVisible(empty_store)
        if self.model.order_filter.is_empty():
            self.count_label.setText(self.tr("%n order(s)", "", shown))
        elif shown == 0:
            self.count_label.setText(self.tr("No orders match the search and filters"))
        else:
            self.count_label.setText(self.tr("%n order(s) match", "", shown))
        self.detail.show_order(None)
        self._update_actions()

    # -- selection -------------------------------------------------------------------------------

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        current = self.table.selectionModel().currentIndex()
        rows = self.table.selectionModel().selectedRows()
        row = (
            current.row()
            if current.isValid() and any(r.row() == current.row() for r in rows)
            else (rows[0].row() if rows else None)
        )
        self.show_row(row)
        self._update_actions()

    def _update_actions(self) -> None:
        count = (
            len(self.table.selectionModel().selectedRows()) if self.table.selectionModel() else 0
        )
        self.edit_button.setEnabled(count == 1)
        for button in (
            self.ship_button,
            self.printed_button,
            self.not_printed_button,
            self.print_button,
            self.print_slips_action,
            self.print_pick_action,
        ):
            button.setEnabled(count >= 1)

    def show_row(self, row: int | None) -> None:
        """Fill the detail pane for ``row`` (``None`` empties it)."""
        order = self.model.data(self.model.index(row, 0), ORDER_ROLE) if row is not None else None
        self.detail.show_order(order, self.model.status_text(order.status) if order else "")

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def selected_orders(self) -> list[Order]:
        rows = sorted(r.row() for r in self.table.selectionModel().selectedRows())
        return [o for o in (self.model.order_at(r) for r in rows) if o is not None]

    def current_order(self) -> Order | None:
        orders = self.selected_orders()
        return orders[0] if orders else None

    # -- actions ---------------------------------------------------------------------------------

    def new_order(self) -> None:
        from seller_desktop.ui.orders.editor import OrderEditor

        self._run_editor(OrderEditor(self._store, None, self))

    def edit_selected(self) -> None:
        order = self.current_order()
        if order is not None:
            fresh = get_order(self._store, order.order_id)
            if fresh is not None:
                from seller_desktop.ui.orders.editor import OrderEditor

                self._run_editor(OrderEditor(self._store, fresh, self))

    def _run_editor(self, editor: OrderEditor) -> None:
        editor.setModal(True)
        editor.accepted.connect(lambda: self._saved(editor.saved))
        editor.open()

    def _saved(self, order: Order | None) -> None:
        self.refresh()
        if order is not None:
            row = self.model.row_of(order.order_id)
            if row is not None:
                self.table.clearSelection()
                self.select_row(row)
                self.table.scrollTo(self.model.index(row, 0))
        self.orders_changed.emit()

    def ship_selected(self) -> None:
        orders = self.selected_orders()
        if not orders:
            return
        from seller_desktop.ui.orders.ship_dialog import ShipDialog

        dialog = ShipDialog(
            self._store, [get_order(self._store, o.order_id) or o for o in orders], self
        )
        dialog.setModal(True)
        dialog.finished.connect(lambda _code: self._shipped(dialog))
        self.ship_dialog = dialog
        dialog.open()

    def _shipped(self, dialog: ShipDialog) -> None:
        if dialog.shipped:
            self.refresh()
            self.orders_changed.emit()

    def _print_selected(self, document: str) -> None:
        ids = [o.order_id for o in self.selected_orders()]
        if ids:
            self.print_requested.emit(document, ids)

    def mark_selected_printed(self, printed: bool = True) -> None:
        ids = [o.order_id for o in self.selected_orders()]
        if not ids:
            return
        try:
            mark_printed(self._store, ids, printed)
        except SellerError as err:
            QMessageBox.warning(self, self.tr("Not changed"), seller_message(err))
            return
        self.refresh()
        self.orders_changed.emit()

    def forget_contact_details(self) -> None:
        """Clear the selection and the pane, so no address stays on screen behind a lock."""
        self.table.clearSelection()
        self.detail.show_order(None)
        self.model.forget_rows()

    def save_state(self) -> dict[str, QByteArray]:
        """Column widths and the splitter position: layout only, never data."""
        return {
            "header": self.table.horizontalHeader().saveState(),
            "splitter": self.splitter.saveState(),
        }

    def restore_state(self, state: dict[str, object]) -> None:
        header, splitter = state.get("header"), state.get("splitter")
        if isinstance(header, QByteArray) and not header.isEmpty():
            self.table.horizontalHeader().restoreState(header)
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)


def _local_midnight(day: QDate) -> str:
    """The start of ``day`` in the seller's time zone, as a UTC instant for the store."""
    value = day.toPython()
    assert isinstance(value, date)  # PySide6's stub says object
    start = datetime.combine(value, time.min).astimezone()
    return to_iso_utc(start)
