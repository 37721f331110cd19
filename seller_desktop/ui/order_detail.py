"""The detail pane beside the orders table: one order, its items, dates and ship-to address.

Contact details are read here, for the one selected order, through ``get_contact_details`` —
which returns nothing past the retention deadline even if a wipe is still waiting for its retry.
Every value is shown as plain text: a buyer's name like ``<b>`` must never become markup.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFormLayout, QFrame, QHBoxLayout, QLabel, QScrollArea, QSizePolicy,
                               QVBoxLayout, QWidget)

from ..core.marketplaces import MARKETPLACES
from ..core.orders import Order, get_contact_details
from ..core.retention import contact_was_wiped
from ..core.store import Store
from .formatting import local_date, local_datetime
from .widgets import LinesLabel


def _value_label(name: str) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return label


class OrderDetailPane(QScrollArea):
    """Shows the selected order; ``show_order(None)`` empties it (and drops any address shown)."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Order details"))

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 8, 12, 8)

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setAccessibleName(self.tr("Selected order"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)

        # Two columns side by side, so the pane fits under the table: the order's facts on the
        # left, what to pack and where it goes on the right.
        self.form_host = QWidget()
        columns = QHBoxLayout(self.form_host)
        columns.setContentsMargins(0, 4, 0, 0)
        columns.setSpacing(32)
        self.marketplace = _value_label(self.tr("Marketplace"))
        self.status = _value_label(self.tr("Status"))
        self.purchased = _value_label(self.tr("Purchased"))
        self.ship_by = _value_label(self.tr("Ship by"))
        self.deliver_by = _value_label(self.tr("Deliver by"))
        self.shipped = _value_label(self.tr("Shipped"))
        self.delivered = _value_label(self.tr("Delivered"))
        self.printed = _value_label(self.tr("Printed"))
        self.items = LinesLabel(self.tr("Items"))
        self.ship_to = LinesLabel(self.tr("Ship to"))
        self.deadline = _value_label(self.tr("Retention deadline"))
        for rows, stretch in (
            (((self.tr("Marketplace:"), self.marketplace),
              (self.tr("Status:"), self.status),
              (self.tr("Purchased:"), self.purchased),
              (self.tr("Ship by:"), self.ship_by),
              (self.tr("Deliver by:"), self.deliver_by),
              (self.tr("Shipped:"), self.shipped),
              (self.tr("Delivered:"), self.delivered)), 2),
            (((self.tr("Items:"), self.items),
              (self.tr("Ship to:"), self.ship_to),
              (self.tr("Printed:"), self.printed),
              (self.tr("Retention deadline:"), self.deadline)), 3),
        ):
            form = QFormLayout()
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            form.setVerticalSpacing(4)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            for caption, value in rows:
                caption_label = QLabel(caption)
                caption_label.setBuddy(value)
                form.addRow(caption_label, value)
            columns.addLayout(form, stretch)
        layout.addWidget(self.form_host)
        layout.addStretch(1)
        self.setWidget(body)
        self.show_order(None)

    def show_order(self, order: Order | None, status_text: str = "") -> None:
        if order is None:
            self.heading.setText(self.tr("Select an order to see its details."))
            self.form_host.hide()
            for label in self._values():
                label.clear()
            return
        self.heading.setText(self.tr("Order {0}").format(order.order_id))
        market = MARKETPLACES.get(order.marketplace)
        self.marketplace.setText(f"{order.marketplace} — {market.name}" if market else order.marketplace)
        self.status.setText(status_text or order.status)
        self.purchased.setText(local_datetime(order.purchased_at))
        self.ship_by.setText(local_date(order.latest_ship_date) or self.tr("Not given"))
        self.deliver_by.setText(local_date(order.latest_delivery_date) or self.tr("Not given"))
        self.shipped.setText(local_date(order.shipped_on) or self.tr("Not yet"))
        self.delivered.setText(local_date(order.delivered_on) or self.tr("Not yet"))
        self.printed.setText(local_datetime(order.printed_at) if order.printed_at else self.tr("No"))
        self.items.setText("\n".join(
            f"{item.quantity} × {item.sku}" + (f" — {item.product_name}" if item.product_name else "")
            + (self.tr(" ({0} shipped)").format(item.quantity_shipped) if item.quantity_shipped else "")
            for item in order.items
        ) or self.tr("No items"))
        contact = get_contact_details(self._store, order.order_id)
        lines = contact.ship_to_lines() if contact is not None else []
        if lines:
            self.ship_to.setText("\n".join(lines))
        elif (order.retention_deadline and order.retention_deadline <= self._store.now_iso()) \
                or contact_was_wiped(self._store, order.order_id):
            self.ship_to.setText(self.tr("Contact details removed (past the retention deadline)"))
        else:
            self.ship_to.setText(self.tr("No contact details stored for this order"))
        self.deadline.setText(local_datetime(order.retention_deadline))
        self.form_host.show()

    def _values(self) -> list[QLabel | LinesLabel]:
        return [self.marketplace, self.status, self.purchased, self.ship_by, self.deliver_by,
                self.shipped, self.delivered, self.printed, self.items, self.ship_to, self.deadline]
