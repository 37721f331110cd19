"""The Reviews screen's four lists: eligible today, coming up, window closed, already requested.

Each list is a table of plain queue items with a row of buttons above it that act on the chosen
rows; the page gives the buttons (what an order can do depends on whether an Amazon account
covers its marketplace) and says when each one applies. Rows hold text only — no widget per row —
so a section of a thousand orders fills in a few milliseconds.
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

#: When an action applies to the chosen rows.
Applies = Callable[[list[ReviewLike]], bool]


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
        self.action_row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        self._applies: dict[str, Applies] = {}
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(title)
        self.table.setHorizontalHeaderLabels([self.tr("Product"), self.tr("Marketplace"), when])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.itemSelectionChanged.connect(self.update_buttons)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.action_row.addStretch(1)
        layout.addLayout(self.action_row)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)

    def add_action(
        self, key: str, text: str, act: Callable[[list[ReviewLike]], object], applies: Applies
    ) -> QPushButton:
        """A button acting on the chosen rows, enabled while ``applies`` says so for them."""
        button = QPushButton(text)
        button.clicked.connect(lambda: act(self.chosen()))
        self.action_row.insertWidget(self.action_row.count() - 1, button)
        self.buttons[key] = button
        self._applies[key] = applies
        button.setEnabled(False)
        return button

    def chosen(self) -> list[ReviewLike]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.items[row] for row in rows if row < len(self.items)]

    def choose(self, order_ids: list[str]) -> None:
        """Select these orders' rows (what a click or Ctrl+click does)."""
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for row, item in enumerate(self.items):
            if item.order_id in order_ids:
                self.table.selectRow(row)
        self.table.setSelectionMode(mode)

    def update_buttons(self) -> None:
        chosen = self.chosen()
        for key, button in self.buttons.items():
            button.setEnabled(bool(chosen) and self._applies[key](chosen))

    def set_items(self, items: list[ReviewLike], today: date, total: int | None = None) -> None:
        """Show ``items``; ``total`` is how many the section holds when only some are listed."""
        self.items = list(items)
        self.table.clearSelection()
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            product = QTableWidgetItem(item.product or item.sku)
            product.setToolTip(self.tr("Order {0}, SKU {1}").format(item.order_id, item.sku))
            self.table.setItem(row, 0, product)
            self.table.setItem(row, 1, QTableWidgetItem(item.marketplace))
            self.table.setItem(row, 2, QTableWidgetItem(self.when_text(item, today)))
        # As tall as its rows (four sections share the page; the page scrolls, not each table).
        rows = self.table.verticalHeader().length()
        frame = 2 * self.table.frameWidth() + self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(rows + frame + 2)
        self.empty.setVisible(not self.items)
        self.table.setVisible(bool(self.items))
        self.update_buttons()
        total = len(self.items) if total is None else total
        self.setTitle(
            f"{self._title} ({total})"
            if total == len(self.items)
            else self.tr("{0} ({1}; the latest {2} listed)").format(
                self._title, total, len(self.items)
            )
        )

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
