"""The Reviews screen's four lists: eligible today, coming up, window closed, already requested.

Each list is a table of plain queue items; the buttons in a row come from the page (what a row
can do depends on whether an Amazon account covers its marketplace).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

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

from seller_desktop.ui.reviews.source import (
    CLOSED,
    ELIGIBLE,
    EXCLUDED,
    REQUESTED,
    UPCOMING,
    ReviewLike,
)

#: Section key → the item states it lists, in screen order.
SECTIONS: dict[str, tuple[str, ...]] = {
    "eligible": (ELIGIBLE,),
    "upcoming": (UPCOMING,),
    "closed": (CLOSED, EXCLUDED),
    "requested": (REQUESTED,),
}

RowButtons = Callable[[ReviewLike], list[QPushButton]]


class ReviewSection(QGroupBox):
    """One titled table: product, marketplace, when, and the row's buttons."""

    def __init__(self, key: str, title: str, when: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.key = key
        self._title = title
        self.items: list[ReviewLike] = []
        self.setObjectName(f"reviews_{key}")
        layout = QVBoxLayout(self)
        self.empty = QLabel(self.tr("Nothing here."))
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(title)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Product"), self.tr("Marketplace"), when, self.tr("Actions")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)

    def set_items(self, items: list[ReviewLike], today: date, buttons: RowButtons) -> None:
        self.items = list(items)
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            product = QTableWidgetItem(item.product or item.sku)
            product.setToolTip(self.tr("Order {0}, SKU {1}").format(item.order_id, item.sku))
            self.table.setItem(row, 0, product)
            self.table.setItem(row, 1, QTableWidgetItem(item.marketplace))
            self.table.setItem(row, 2, QTableWidgetItem(self.when_text(item, today)))
            self.table.setCellWidget(row, 3, _button_row(buttons(item)))
        self.table.resizeRowsToContents()
        # As tall as its rows (four sections share the page; the page scrolls, not each table).
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        frame = 2 * self.table.frameWidth() + self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(rows + frame + 2)
        self.empty.setVisible(not self.items)
        self.table.setVisible(bool(self.items))
        self.setTitle(f"{self._title} ({len(self.items)})")

    def order_ids(self) -> list[str]:
        return [item.order_id for item in self.items]

    def when_text(self, item: ReviewLike, today: date) -> str:
        """Days left, the opening day, the closing day or why not, the day it was asked."""
        if item.state == ELIGIBLE and item.window_end:
            left = (item.window_end - today).days
            return self.tr("%n day(s) left", "", left)
        if item.state == UPCOMING and item.window_start:
            return self.tr("from {0}").format(item.window_start.isoformat())
        if item.state == REQUESTED:
            return item.requested_on.isoformat() if item.requested_on else ""
        if item.reason:
            return self.reason_text(item.reason)
        if item.state == EXCLUDED:
            return self.tr("Not asked")
        return self.tr("closed {0}").format(item.window_end.isoformat()) if item.window_end else ""

    def reason_text(self, code: str) -> str:
        """The core's reason code (``ReviewItem.reason``) in words; Amazon's own word as it is."""
        words = {
            "cancelled": self.tr("Cancelled"),
            "excluded_sku": self.tr("SKU never asked"),
            "refund_or_return": self.tr("Refund or return"),
            "cancel_requested": self.tr("The buyer asked to cancel"),
            "late_delivery": self.tr("Delivered late"),
            "not_shipped": self.tr("Not shipped yet"),
            "unconfirmed": self.tr("Being checked with Amazon"),
        }
        return words.get(code) or self.tr("Amazon: {0}").format(code)


def _button_row(buttons: list[QPushButton]) -> QWidget:
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(2, 0, 2, 0)
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return holder
