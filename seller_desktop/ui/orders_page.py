"""The Orders page: every stored order in a lazy table, and the selected one in a detail pane.

Read-only for now; importing orders from Amazon arrives with a later issue. Column widths are
set from the font rather than measured from the rows, because measuring would make the view
fetch hundreds of rows just to size its columns.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QItemSelection, Qt
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QSplitter, QTableView, QVBoxLayout,
                               QWidget)

from ..core.store import Store
from .formatting import local_date, local_datetime
from .models import ORDER_ROLE, Column, OrdersTableModel
from .order_detail import OrderDetailPane
from .widgets import page_heading, paragraph

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


class OrdersPage(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Orders"))
        self.model = OrdersTableModel(store, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(page_heading(self.tr("Orders")))
        self.note = paragraph(self.tr(
            "The orders stored on this computer, newest first. Importing orders from Amazon "
            "comes in a later version."
        ))
        layout.addWidget(self.note)

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Orders table"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move within it
        self.table.setSortingEnabled(False)  # sorting by column comes with a later issue
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

        self.detail = OrderDetailPane(store)
        # The pane sits under the table: beside it, eight columns and an address do not fit a
        # laptop screen without scrolling sideways.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([560, 180])
        layout.addWidget(self.splitter, 1)

        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

    def _size_columns(self) -> None:
        metrics = self.table.fontMetrics()
        header_metrics = self.table.horizontalHeader().fontMetrics()
        titles = self.model.column_titles()
        for column, sample in _sample_text().items():
            width = max(metrics.horizontalAdvance(sample),
                        header_metrics.horizontalAdvance(titles[column])) + 24
            self.table.setColumnWidth(column, width)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.show_row(rows[0].row() if rows else None)

    def show_row(self, row: int | None) -> None:
        """Fill the detail pane for ``row`` (``None`` empties it)."""
        order = self.model.data(self.model.index(row, 0), ORDER_ROLE) if row is not None else None
        self.detail.show_order(order, self.model.status_text(order.status) if order else "")

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def forget_contact_details(self) -> None:
        """Clear the selection and the pane, so no address stays on screen behind a lock."""
        self.table.clearSelection()
        self.detail.show_order(None)
        self.model.forget_rows()

    def save_state(self) -> dict[str, QByteArray]:
        """Column widths and the splitter position: layout only, never data."""
        return {"header": self.table.horizontalHeader().saveState(),
                "splitter": self.splitter.saveState()}

    def restore_state(self, state: dict[str, object]) -> None:
        header, splitter = state.get("header"), state.get("splitter")
        if isinstance(header, QByteArray) and not header.isEmpty():
            self.table.horizontalHeader().restoreState(header)
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
