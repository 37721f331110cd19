"""The Print page's print log: every print and saved PDF, newest first, with Reprint.

The box shows the runs it is given (``show_runs``) and says which one is selected; the page reads
the store, and reprints through the same preview as any print (``PrintPage.reprint_selected``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from seller_desktop.core.documents.card_layouts import CARD_LAYOUTS
from seller_desktop.core.documents.print_log import PrintRun
from seller_desktop.core.documents.print_request import CARDS, PICK_LIST, SLIPS, SLIPS_CARDS
from seller_desktop.ui.common.formatting import card_layout_text, local_datetime
from seller_desktop.ui.printing.titles import document_title, layout_titles


class PrintLogBox(QGroupBox):
    """The print runs in a table and a Reprint button.

    ``reprint_requested`` on Reprint or a double click on a run.
    """

    reprint_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runs: list[PrintRun] = []
        self.setTitle(self.tr("Print log"))
        self.setAccessibleName(self.tr("Print log"))
        column = QVBoxLayout(self)
        self.log_table = QTableWidget(0, 5)
        self.log_table.setAccessibleName(self.tr("Print runs, newest first"))
        self.log_table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Document"),
                self.tr("Layout"),
                self.tr("Orders"),
                self.tr("Sent to"),
            ]
        )
        self.log_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.log_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.log_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.log_table.setTabKeyNavigation(False)
        self.log_table.verticalHeader().setVisible(False)
        self.log_table.setAlternatingRowColors(True)
        self._size_columns()
        self.log_table.setMinimumHeight(self.fontMetrics().height() * 10)
        self.log_table.doubleClicked.connect(lambda _index: self.reprint_requested.emit())
        column.addWidget(self.log_table)
        self.log_empty = QLabel(
            self.tr(
                "Nothing printed yet. Each print and each saved PDF is "
                "listed here, to print again with Reprint."
            )
        )
        self.log_empty.setWordWrap(True)
        self.log_empty.setAccessibleName(self.log_empty.text())
        column.addWidget(self.log_empty)
        row = QHBoxLayout()
        self.reprint_button = QPushButton(self.tr("&Reprint…"))
        self.reprint_button.setAccessibleName(self.tr("Reprint the selected print run"))
        self.reprint_button.clicked.connect(lambda: self.reprint_requested.emit())
        row.addWidget(self.reprint_button)
        row.addStretch(1)
        column.addLayout(row)

    def _size_columns(self) -> None:
        """Widths from the font and the longest usual texts (an empty log still looks laid out)."""
        header = self.log_table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = self.log_table.fontMetrics()
        samples = (
            local_datetime("2026-12-28T22:58:58Z"),
            max(
                map(document_title, (SLIPS, PICK_LIST, CARDS, SLIPS_CARDS)),
                key=metrics.horizontalAdvance,
            ),
            max(layout_titles().values(), key=metrics.horizontalAdvance),
            "00000",
        )
        header_metrics = header.fontMetrics()
        for column_number, sample in enumerate(samples):
            # At least the column's title: "Orders" is narrower than "00000", "Bestellungen" not.
            item = self.log_table.horizontalHeaderItem(column_number)
            title = item.text() if item is not None else ""
            self.log_table.setColumnWidth(
                column_number,
                max(metrics.horizontalAdvance(sample), header_metrics.horizontalAdvance(title))
                + 28,
            )

    def show_runs(self, runs: list[PrintRun]) -> None:
        """Show these runs (newest first); the first is selected if none was."""
        self._runs = runs
        titles = layout_titles()
        self.log_table.setRowCount(len(runs))
        for row, run in enumerate(runs):
            if run.document == CARDS:  # card layouts share some names with slip layouts
                card_layout = CARD_LAYOUTS.get(run.layout)
                layout = (
                    card_layout_text(card_layout.description, card_layout.stock)
                    if card_layout
                    else run.layout
                )
            else:
                layout = titles.get(run.layout, run.layout)
            values = (
                local_datetime(run.at),
                document_title(run.document),
                layout,
                str(run.order_count),
                self.tr("Printer") if run.output == "printer" else self.tr("PDF file"),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.log_table.setItem(row, column, item)
        if runs and not self.log_table.selectedItems():
            self.log_table.selectRow(0)
        self.log_empty.setVisible(not runs)

    def selected_run(self) -> PrintRun | None:
        rows = self.log_table.selectionModel().selectedRows()
        return self._runs[rows[0].row()] if rows and rows[0].row() < len(self._runs) else None
