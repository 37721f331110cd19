"""Mark shipped: ship date, carrier, tracking number and (for one order) how many of each item.

A barcode scanner types the tracking number and presses Enter, so Enter in the tracking field
confirms the dialog — once: the dialog refuses a second submit while (or after) one runs.
Each order is shipped in its own transaction: a failure (say, one order was cancelled meanwhile)
leaves that order untouched and the others shipped; the dialog then stays open listing only the
orders that failed, with the reason, so pressing OK again never ships an order twice.

Carrier, tracking number and ship method go into Amazon's upload file as typed, so a value that
could never be valid there (a leading =, + or @, a tab or line break: see ``core.shipping``) is
refused before any order is shipped: the message shows inline once, not once per order, and the
field to correct gets the focus.
"""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.orders.carriers import CARRIER_CODES
from seller_desktop.core.orders.model import Order
from seller_desktop.core.orders.shipping import ShipmentRequest, check_shipment_text, ship
from seller_desktop.core.store import Store
from seller_desktop.ui.common.formatting import seller_message
from seller_desktop.ui.common.widgets import InlineMessage


class ShipDialog(QDialog):
    def __init__(self, store: Store, orders: list[Order], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._orders = list(orders)
        self._busy = False
        #: Order ids shipped by this dialog, in order.
        self.shipped: list[str] = []
        self.setWindowTitle(self.tr("Mark shipped"))
        self.setAccessibleName(self.tr("Mark shipped"))

        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        form = QFormLayout()
        self.ship_date = QDateEdit()
        self.ship_date.setCalendarPopup(True)
        self.ship_date.setDate(_today(store))
        self.ship_date.setAccessibleName(self.tr("Ship date"))
        form.addRow(self.tr("Ship &date:"), self.ship_date)
        self.carrier = QComboBox()
        self.carrier.setEditable(True)
        self.carrier.addItems(sorted(set(CARRIER_CODES.values()), key=str.casefold))
        self.carrier.setCurrentIndex(-1)
        self.carrier.setAccessibleName(self.tr("Carrier"))
        form.addRow(self.tr("&Carrier:"), self.carrier)
        self.tracking = QLineEdit()
        self.tracking.setAccessibleName(self.tr("Tracking number"))
        self.tracking.setPlaceholderText(self.tr("Type or scan"))
        form.addRow(self.tr("&Tracking number:"), self.tracking)
        self.method = QLineEdit()
        self.method.setAccessibleName(self.tr("Ship method"))
        form.addRow(self.tr("Ship &method:"), self.method)
        layout.addLayout(form)

        #: order_item_id -> spin box; only when one order is shipped (partial shipments).
        self.quantities: dict[str, QSpinBox] = {}
        if len(self._orders) == 1:
            items_form = QFormLayout()
            for item in self._orders[0].items:
                left = item.quantity - item.quantity_shipped
                spin = QSpinBox()
                spin.setRange(0, max(left, 0))
                spin.setValue(max(left, 0))
                spin.setAccessibleName(self.tr("Quantity of {0} to ship").format(item.sku))
                spin.setSuffix(self.tr(" of {0} left").format(left))
                items_form.addRow(
                    QLabel(
                        f"{item.sku}" + (f" — {item.product_name}" if item.product_name else "")
                    ),
                    spin,
                )
                self.quantities[item.order_item_id] = spin
            layout.addLayout(items_form)

        self.message = InlineMessage(self.tr("Problem"))
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Mark shipped"))
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # Enter in the tracking field (the scanner's last key) confirms; the dialog's default
        # button would too, but only one of the two must run: submit() is guarded.
        self.tracking.returnPressed.connect(self.submit)
        self._update_summary()
        self.tracking.setFocus()

    def _update_summary(self) -> None:
        ids = [o.order_id for o in self._orders]
        if len(ids) == 1:
            self.summary.setText(self.tr("Order {0}").format(ids[0]))
        else:
            shown = ", ".join(ids[:5]) + (" …" if len(ids) > 5 else "")
            self.summary.setText(self.tr("{0} orders: {1}").format(len(ids), shown))

    def submit(self) -> None:
        """Ship every listed order, each in its own transaction; close if all went through."""
        if self._busy or not self._orders:
            return
        self._busy = True
        try:
            if not self._text_acceptable():
                return
            day = cast(date, self.ship_date.date().toPython())  # QDate → datetime.date
            quantities = (
                {k: s.value() for k, s in self.quantities.items()} if self.quantities else None
            )
            failed: list[tuple[Order, str]] = []
            for order in self._orders:
                request = ShipmentRequest(
                    order.order_id,
                    day,
                    self.carrier.currentText(),
                    self.tracking.text(),
                    self.method.text(),
                    quantities,
                )
                try:
                    ship(self._store, request)
                    self.shipped.append(order.order_id)
                except BadInput as err:
                    failed.append((order, seller_message(err)))
            if not failed:
                self.accept()
                return
            self._orders = [o for o, _ in failed]
            lines = [self.tr("These orders were not marked shipped:")] + [m for _, m in failed]
            if self.shipped:
                lines.insert(0, self.tr("%n orders were marked shipped.", "", len(self.shipped)))
            self.message.show_error("\n".join(lines))
            self._update_summary()
        finally:
            self._busy = False

    def _text_acceptable(self) -> bool:
        """Check carrier, tracking number and ship method; show the first problem inline."""
        carrier, tracking, method = (
            self.carrier.currentText(),
            self.tracking.text(),
            self.method.text(),
        )
        checks: tuple[tuple[QWidget, tuple[str, str, str]], ...] = (
            (self.carrier, (carrier, "", "")),
            (self.tracking, ("", tracking, "")),
            (self.method, ("", "", method)),
        )
        for widget, values in checks:
            try:
                check_shipment_text(*values)
            except BadInput as err:
                self.message.show_error(seller_message(err))
                widget.setFocus()
                return False
        return True


def _today(store: Store) -> QDate:
    """Today in the seller's time zone, from the store's clock (a fixed clock in tests)."""
    now = store.clock.now().astimezone()
    return QDate(now.year, now.month, now.day)
