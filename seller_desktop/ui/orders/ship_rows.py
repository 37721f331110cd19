"""The rows of the ship dialog: one per order, each with its own tracking number field.

Real parcels each have their own tracking number, so a batch has one field per order. A barcode
scanner types the number and presses Enter: Enter moves to the next row's field, and Enter in the
last row asks the dialog to ship (``submitted``), so a stack of labels is scanned without
touching the mouse. The recipient's first line is there to match a row to its parcel; it is read
only while the order still holds contact details.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from seller_desktop.core.orders.model import Order
from seller_desktop.core.orders.repository import get_contact_details
from seller_desktop.core.store import Store


def _plain(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # a buyer's name is never markup
    label.setAccessibleName(name)
    return label


class ShipRows(QWidget):
    """The orders to ship, a row each: order ID, recipient, units left to ship, tracking field."""

    #: Enter in the last row's tracking field: ship now.
    submitted = Signal()

    def __init__(self, store: Store, orders: list[Order], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Orders to ship"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        for column, title in enumerate(
            (self.tr("Order"), self.tr("Ship to"), self.tr("Items"), self.tr("Tracking number"))
        ):
            head = QLabel(title)
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            grid.addWidget(head, 0, column)
        #: order_id -> its tracking number field, in the order shown.
        self.tracking: dict[str, QLineEdit] = {}
        self._widgets: dict[str, list[QWidget]] = {}
        for row, order in enumerate(orders, start=1):
            units = sum(max(i.quantity - i.quantity_shipped, 0) for i in order.items)
            field = QLineEdit()
            field.setAccessibleName(self.tr("Tracking number of order {0}").format(order.order_id))
            field.setPlaceholderText(self.tr("Type or scan"))
            field.setMinimumWidth(220)
            field.returnPressed.connect(lambda f=field: self._enter(f))
            cells: list[QWidget] = [
                _plain(order.order_id, self.tr("Order")),
                _plain(self._recipient(store, order), self.tr("Ship to")),
                _plain(str(units), self.tr("Items")),  # units left to ship
                field,
            ]
            for column, cell in enumerate(cells):
                grid.addWidget(cell, row, column)
            self.tracking[order.order_id] = field
            self._widgets[order.order_id] = cells
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(len(orders) + 1, 1)  # spare height below the rows, not between them

    def _recipient(self, store: Store, order: Order) -> str:
        """The first line of the ship-to address, or a note when no contact details are kept."""
        contact = get_contact_details(store, order.order_id)
        lines = (
            contact.ship_to_lines(order.ship_country, order.ship_region, home=order.marketplace)
            if contact is not None
            else []
        )
        return lines[0] if lines else self.tr("(no contact details)")

    def fields(self) -> list[QLineEdit]:
        """The tracking fields of the rows still shown, top to bottom."""
        return [f for order_id, f in self.tracking.items() if not f.isHidden()]

    def first_field(self) -> QLineEdit | None:
        shown = self.fields()
        return shown[0] if shown else None

    def drop(self, order_id: str) -> None:
        """Hide an order's row (it was shipped): what stays is what is left to ship."""
        for cell in self._widgets.get(order_id, []):
            cell.hide()

    def _enter(self, field: QLineEdit) -> None:
        """The scanner's Enter: on to the next row, or ship from the last."""
        shown = self.fields()
        at = shown.index(field) if field in shown else len(shown) - 1
        if at + 1 < len(shown):
            shown[at + 1].setFocus(Qt.FocusReason.TabFocusReason)
            shown[at + 1].selectAll()
        else:
            self.submitted.emit()
