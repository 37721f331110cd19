"""The Orders page: search, filters and sort over a lazy table, the selected order in a detail
pane, and the day's actions (new, edit, mark shipped, mark printed) on a selection.

The page lays out and connects its parts: the search and filter bar (``filter_bar``), the action
buttons (``actions``), the table with its column widths (``columns``) and the detail pane.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QItemSelection, QItemSelectionModel, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from seller_desktop.core.orders.model import Order
from seller_desktop.core.orders.repository import count_orders
from seller_desktop.core.store import Store
from seller_desktop.ui.common.widgets import page_heading, paragraph
from seller_desktop.ui.orders.detail import OrderDetailPane
from seller_desktop.ui.orders.page.actions import OrderActions
from seller_desktop.ui.orders.page.columns import size_columns
from seller_desktop.ui.orders.page.filter_bar import OrderFilterBar
from seller_desktop.ui.orders.table_model import ORDER_ROLE, SORT_KEYS, Column, OrdersTableModel

#: The most selected orders a refresh selects again (each is looked up with a query).
KEEP_SELECTED = 500


class OrdersPage(QWidget):
    #: Orders were changed from this page (created, edited, shipped, printed): counts may differ.
    orders_changed = Signal()
    #: Print… was asked for the selected orders: (document "slips" or "pick_list", order ids).
    print_requested = Signal(str, object)
    #: Orders were marked shipped here: their ids.
    orders_shipped = Signal(object)
    #: Labels: ("buy", order ids) from Buy labels…, ("reprint" or "void", [order id]) from the
    #: detail pane's label row. The window does them (``ui.shell.label_desk``).
    label_requested = Signal(str, object)
    #: Import… was asked for (the window opens the import guide).
    import_requested = Signal()

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

        self.filters = OrderFilterBar(store, self.model.status_text, self)
        self.filters.changed.connect(self.apply_filter)
        layout.addLayout(self.filters.search_row)
        layout.addLayout(self.filters.filter_row)
        self.order_actions = OrderActions(store, self.selected_orders, self)
        self.order_actions.saved.connect(self._saved)
        self.order_actions.changed.connect(self._changed)
        self.order_actions.print_requested.connect(self.print_requested)
        self.order_actions.shipped.connect(self.orders_shipped)
        self.order_actions.labels_requested.connect(
            lambda ids: self.label_requested.emit("buy", ids)
        )
        layout.addLayout(self.order_actions.row)
        self._name_controls()

        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of orders shown"))
        count_row = QHBoxLayout()
        count_row.addWidget(self.count_label, 1)
        self.import_button = QPushButton(self.tr("Impor&t…"))
        self.import_button.setObjectName("importButton")
        self.import_button.setAccessibleName(self.tr("Import Amazon order reports"))
        self.import_button.setToolTip(
            self.tr("Read an order report downloaded from Seller Central (or drop it here)")
        )
        self.import_button.clicked.connect(self.import_requested)
        count_row.addWidget(self.import_button)
        count_row.addWidget(self.print_button)  # right above the table whose selection it prints
        layout.addLayout(count_row)

        self.table = self._build_table()
        self.detail = OrderDetailPane(store)
        row = self.detail.label_row
        row.reprint_requested.connect(lambda i: self.label_requested.emit("reprint", [i]))
        row.void_requested.connect(lambda i: self.label_requested.emit("void", [i]))
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
        #: Orders to select again once a search's rows have arrived (``refresh``).
        self._reselect: list[str] = []
        self.model.modelReset.connect(self._after_reset)
        self.model.searching.connect(self._show_count)
        self._after_reset()

    def _name_controls(self) -> None:
        """The filters' and the actions' controls under the page, where the window and the tests
        reach them."""
        bar, actions = self.filters, self.order_actions
        self.search = bar.search
        self.status_filter = bar.status_filter
        self.marketplace_filter = bar.marketplace_filter
        self.printed_filter = bar.printed_filter
        self.contact_filter = bar.contact_filter
        self.due_filter = bar.due_filter
        self.date_filter = bar.date_filter
        self.date_from = bar.date_from
        self.date_to = bar.date_to
        self.new_button = actions.new_button
        self.edit_button = actions.edit_button
        self.ship_button = actions.ship_button
        self.printed_button = actions.printed_button
        self.not_printed_button = actions.not_printed_button
        self.print_button = actions.print_button
        self.print_slips_action = actions.print_slips_action
        self.print_pick_action = actions.print_pick_action

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setAccessibleName(self.tr("Orders table"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move within it
        vertical = table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        size_columns(table, self.model)
        # Items takes whatever room is left; the others keep the width their content needs.
        header.setSectionResizeMode(Column.ITEMS, QHeaderView.ResizeMode.Stretch)
        # Sorting through the model (SQL over indexes); the header shows the current order.
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setSortIndicator(Column.PURCHASED, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._sort_clicked)
        table.doubleClicked.connect(lambda _index: self.order_actions.edit_selected())
        return table

    # -- filter, sort, refresh -------------------------------------------------------------------

    def apply_filter(self) -> None:
        self.filters.cancel_pending_search()
        self.model.set_filter(self.filters.current_filter())

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

    def refresh(self, select: list[str] | None = None) -> None:
        """Count and read again (after an import, an edit or a print run), keeping the selected
        orders that still pass the filter (or selecting ``select``): after "Save as PDF" marks
        three orders printed, the seller goes on to Mark shipped with the same three (the
        selection used to shrink to the first). At most ``KEEP_SELECTED`` are looked up again,
        each a query of its own. With a search, that is once its new rows have arrived."""
        keep = (
            select
            if select is not None
            else [order.order_id for order in self.selected_orders()[:KEEP_SELECTED]]
        )
        self.model.refresh()
        if self.model.search_pending:
            self._reselect = keep
        else:
            self._select_ids(keep)

    def _select_ids(self, ids: list[str]) -> None:
        rows = [row for row in map(self.model.row_of, ids) if row is not None]
        if not rows:
            return
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for row in rows:
            selection.select(self.model.index(row, 0), self.model.index(row, last))
        flags = QItemSelectionModel.SelectionFlag
        self.table.selectionModel().select(selection, flags.ClearAndSelect | flags.Rows)
        self.table.selectionModel().setCurrentIndex(self.model.index(rows[0], 0), flags.NoUpdate)
        self.table.scrollTo(self.model.index(rows[0], 0))

    def _after_reset(self) -> None:
        shown = self.model.rowCount()
        empty_store = (
            shown == 0 and self.model.order_filter.is_empty() and count_orders(self._store) == 0
        )
        self.note.setVisible(empty_store)
        self._show_count()
        self.detail.show_order(None)
        self._update_actions()
        keep, self._reselect = self._reselect, []
        if keep and not self.model.search_pending:
            self._select_ids(keep)

    def _show_count(self, searching: bool = False) -> None:
        shown = self.model.rowCount()
        if searching:
            self.count_label.setText(self.tr("Searching…"))
        elif self.model.order_filter.is_empty():
            self.count_label.setText(self.tr("%n order(s)", "", shown))
        elif shown == 0:
            self.count_label.setText(self.tr("No orders match the search and filters"))
        elif self.model.more_matches:  # capped: the count is a floor, and said so
            self.count_label.setText(
                self.tr("More than {0} orders match: the first {0} are shown").format(
                    QLocale().toString(shown)
                )
            )
        else:
            self.count_label.setText(self.tr("%n order(s) match", "", shown))

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
        selection = self.table.selectionModel()
        self.order_actions.enable_for(len(selection.selectedRows()) if selection else 0)

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

    # -- after the actions -----------------------------------------------------------------------

    def _saved(self, order: Order | None) -> None:
        self.refresh(select=[order.order_id] if order is not None else None)
        self.orders_changed.emit()

    def _changed(self) -> None:
        self.refresh()
        self.orders_changed.emit()

    def mark_selected_printed(self, printed: bool = True) -> None:
        self.order_actions.mark_selected_printed(printed)

    def forget_contact_details(self) -> None:
        """Clear the selection and the pane, so no address stays on screen behind a lock, and a
        copied address off the clipboard: with another page showing, the pane is hidden already
        and hears no hide when the window goes."""
        self.detail.clipboard.clear()
        self.table.clearSelection()
        self.detail.show_order(None)
        self.model.forget_rows()
        # The store closes next: the search thread's connection first (a later search reopens it).
        self.model.stop_search()

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
