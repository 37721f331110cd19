"""Mark shipped: ship date, carrier and ship service once for the batch, a tracking number per
order (one row each: ``ship_rows``) and, for one order, how many of each item (partial shipments).

A barcode scanner types a tracking number and presses Enter: Enter fills the row and moves to
the next row's field, and Enter in the last row ships — once: the dialog refuses a second submit
while (or after) one runs, and the dialog's own Enter (its default button) is not used, so a scan
never ships the batch half filled. The tab order runs ship date → service → carrier (→ its name
for "Other") → the first tracking field: the carrier is never skipped. The carrier and service
last used are offered again (settings ``ship_carrier`` and ``ship_service``, kept in the store:
they are this seller's business, not this computer's), and the focus then starts in the first
tracking field.

Amazon refuses a confirmation without a carrier, so the carrier is required unless the seller
ticks "Already confirmed in Seller Central" (the shipment is then never sent nor exported). The
carrier list holds Amazon's codes for the orders' marketplace, its common carriers first
(``core.orders.carriers``), and "Other" with a field for the carrier's name; a name typed into the
list that is not one of Amazon's codes is sent as "Other" with that name, too.

Each order is shipped in its own transaction: a failure (say, one order was cancelled meanwhile)
leaves that order untouched and the others shipped; the dialog then stays open with only the
rows that failed and the reasons, so pressing the button again never ships an order twice.
Carrier, tracking number and service go into Amazon's upload file as typed, so a value that
could never be valid there (a leading =, + or @, a tab or line break: see ``core.shipping``) is
refused before any order is shipped: the message shows inline once, and the field gets the focus.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import cast

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.orders.carriers import carrier_choices
from seller_desktop.core.orders.model import Order
from seller_desktop.core.orders.shipping import ShipmentRequest, check_shipment_text, ship
from seller_desktop.core.settings import load_settings, save_settings
from seller_desktop.core.store import Store
from seller_desktop.ui.common.formatting import seller_message
from seller_desktop.ui.common.widgets import InlineMessage
from seller_desktop.ui.orders.ship_rows import ShipRows


class ShipDialog(QDialog):
    #: "Buy labels instead…": the orders' ids, for the label bench (this dialog closes).
    labels_requested = Signal(object)

    def __init__(self, store: Store, orders: list[Order], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._orders = list(orders)
        self._busy = False
        #: Order ids shipped by this dialog, in order.
        self.shipped: list[str] = []
        self.setWindowTitle(self.tr("Mark shipped"))
        self.setAccessibleName(self.tr("Mark shipped"))
        settings = load_settings(store)
        markets = {o.marketplace for o in self._orders}
        market = markets.pop() if len(markets) == 1 else settings.default_marketplace

        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addLayout(self._build_form(store, market))
        self.rows = ShipRows(store, self._orders)
        self.rows.submitted.connect(self.submit)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.rows)
        scroll.setMinimumHeight(min(len(self._orders), 6) * 34 + 36)
        layout.addWidget(scroll, 1)
        #: order_item_id -> spin box; only when one order is shipped (partial shipments).
        self.quantities: dict[str, QSpinBox] = {}
        if len(self._orders) == 1:
            layout.addLayout(self._build_quantities(self._orders[0]))
        self.elsewhere = QCheckBox(self.tr("&Already confirmed in Seller Central (not sent again)"))
        layout.addWidget(self.elsewhere)
        self.message = InlineMessage(self.tr("Problem"))
        layout.addWidget(self.message)
        layout.addWidget(self._build_buttons())
        self._remember_into_form(settings.ship_carrier, settings.ship_service)
        self._update_summary()
        first = self.rows.first_field()
        if first is not None:
            QWidget.setTabOrder(self.carrier_name, first)
        start = first if settings.ship_carrier and first is not None else self.carrier
        start.setFocus()
        self.resize(max(self.sizeHint().width(), 640), self.sizeHint().height())

    def _build_form(self, store: Store, market: str) -> QFormLayout:
        form = QFormLayout()
        self.ship_date = QDateEdit()
        self.ship_date.setCalendarPopup(True)
        self.ship_date.setDate(_today(store))
        self.ship_date.setAccessibleName(self.tr("Ship date"))
        form.addRow(self.tr("Ship &date:"), self.ship_date)
        self.method = QLineEdit()
        self.method.setAccessibleName(self.tr("Ship service"))
        self.method.setPlaceholderText(self.tr("e.g. Standard, Express"))
        form.addRow(self.tr("Ship servic&e:"), self.method)
        self.carrier = QComboBox()
        self.carrier.setEditable(True)
        self.carrier.addItems(carrier_choices(market))
        self.carrier.addItem(self.tr("Other"))
        self._other_index = self.carrier.count() - 1
        self.carrier.setCurrentIndex(-1)
        self.carrier.setAccessibleName(self.tr("Carrier"))
        self.carrier.setToolTip(
            self.tr("Amazon's carriers for this marketplace; choose Other for any other carrier.")
        )
        self.carrier.currentTextChanged.connect(self._carrier_changed)
        form.addRow(self.tr("&Carrier:"), self.carrier)
        self.carrier_name = QLineEdit()
        self.carrier_name.setAccessibleName(self.tr("Carrier's name"))
        self.carrier_name.setMaxLength(50)  # Amazon's limit for carrier-name
        self._carrier_name_label = QLabel(self.tr("Carrier's &name:"))
        self._carrier_name_label.setBuddy(self.carrier_name)
        form.addRow(self._carrier_name_label, self.carrier_name)
        self._carrier_changed("")
        return form

    def _build_quantities(self, order: Order) -> QFormLayout:
        items_form = QFormLayout()
        for item in order.items:
            left = item.quantity - item.quantity_shipped
            spin = QSpinBox()
            spin.setRange(0, max(left, 0))
            spin.setValue(max(left, 0))
            spin.setAccessibleName(self.tr("Quantity of {0} to ship").format(item.sku))
            items_form.addRow(
                self.tr("{0} (of {1} left):").format(item.sku, max(left, 0)),
                spin,
            )
            self.quantities[item.order_item_id] = spin
        return items_form

    def _build_buttons(self) -> QDialogButtonBox:
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Mark shipped"))
        self.labels_button = self.buttons.addButton(
            self.tr("Buy &labels instead…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.labels_button.setToolTip(self.tr("Buy Amazon's shipping labels for these orders"))
        self.labels_button.clicked.connect(self._buy_labels)
        for button in self.buttons.buttons():
            # Enter belongs to the scanner (next row); the buttons are pressed, never defaulted.
            cast(QPushButton, button).setAutoDefault(False)
            cast(QPushButton, button).setDefault(False)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        return self.buttons

    def _buy_labels(self) -> None:
        ids = [o.order_id for o in self._orders]
        self.reject()
        self.labels_requested.emit(ids)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter outside a button does nothing more here: a tracking field has already acted on
        it, and a dialog default would ship the batch before every row is scanned."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not isinstance(
            self.focusWidget(), QPushButton
        ):
            event.accept()
            return
        super().keyPressEvent(event)

    # -- the carrier ---------------------------------------------------------------------------

    def _other_chosen(self) -> bool:
        return self.carrier.currentText() == self.carrier.itemText(self._other_index)

    def _carrier_changed(self, _text: str) -> None:
        other = self._other_chosen()
        self.carrier_name.setVisible(other)
        self._carrier_name_label.setVisible(other)

    def carrier_text(self) -> str:
        """The carrier as it is sent: a code of Amazon's list, or the name typed for Other."""
        if self._other_chosen():
            return self.carrier_name.text().strip()
        return self.carrier.currentText().strip()

    def _remember_into_form(self, carrier: str, service: str) -> None:
        """Offer the carrier and service used last; a carrier not on the list as Other + name."""
        self.method.setText(service)
        if not carrier:
            return
        index = self.carrier.findText(carrier, Qt.MatchFlag.MatchFixedString)
        if 0 <= index < self._other_index:
            self.carrier.setCurrentIndex(index)
        else:
            self.carrier.setCurrentIndex(self._other_index)
            self.carrier_name.setText(carrier)

    # -- shipping ------------------------------------------------------------------------------

    def _update_summary(self) -> None:
        ids = [o.order_id for o in self._orders]
        if len(ids) == 1:
            self.summary.setText(self.tr("Order {0}").format(ids[0]))
        else:
            self.summary.setText(
                self.tr("%n orders: type or scan each parcel's tracking number.", "", len(ids))
            )

    def submit(self) -> None:
        """Ship every listed order, each in its own transaction; close if all went through."""
        if self._busy or not self._orders:
            return
        self._busy = True
        try:
            if not self._acceptable():
                return
            failed = self._ship_all()
            if self.shipped:
                self._remember()
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

    def _ship_all(self) -> list[tuple[Order, str]]:
        """Ship each order with its own tracking number; the orders that failed, with why."""
        day = cast(date, self.ship_date.date().toPython())  # QDate → datetime.date
        quantities = {k: s.value() for k, s in self.quantities.items()} if self.quantities else None
        via = "elsewhere" if self.elsewhere.isChecked() else None
        failed: list[tuple[Order, str]] = []
        for order in self._orders:
            request = ShipmentRequest(
                order.order_id,
                day,
                self.carrier_text(),
                self.rows.tracking[order.order_id].text(),
                self.method.text(),
                quantities,
                confirm_via=via,
            )
            try:
                ship(self._store, request)
                self.shipped.append(order.order_id)
                self.rows.drop(order.order_id)
            except BadInput as err:
                failed.append((order, seller_message(err)))
        return failed

    def _acceptable(self) -> bool:
        """Carrier given (unless confirmed elsewhere) and every value one Amazon can take; the
        first problem is shown inline and its field gets the focus. Nothing is shipped before."""
        carrier_field: QWidget = self.carrier_name if self._other_chosen() else self.carrier
        if not self.carrier_text() and not self.elsewhere.isChecked():
            self.message.show_error(
                self.tr(
                    "Choose the carrier: Amazon needs it to confirm the shipment. Nothing was "
                    "marked shipped. (Already confirmed in Seller Central? Tick that box.)"
                )
            )
            carrier_field.setFocus()
            return False
        checks: list[tuple[QWidget, tuple[str, str, str]]] = [
            (carrier_field, (self.carrier_text(), "", "")),
            *((f, ("", f.text(), "")) for f in self.rows.fields()),
            (self.method, ("", "", self.method.text())),
        ]
        for widget, values in checks:
            try:
                check_shipment_text(*values)
            except BadInput as err:
                self.message.show_error(seller_message(err))
                widget.setFocus()
                return False
        return True

    def _remember(self) -> None:
        """Keep this carrier and service for the next time (only when they changed)."""
        settings = load_settings(self._store)
        carrier, service = self.carrier_text(), self.method.text().strip()
        if not carrier:  # shipped as confirmed elsewhere without one: keep the carrier known
            return
        if (settings.ship_carrier, settings.ship_service) != (carrier, service):
            save_settings(
                self._store, replace(settings, ship_carrier=carrier, ship_service=service)
            )


def _today(store: Store) -> QDate:
    """Today in the seller's time zone, from the store's clock (a fixed clock in tests)."""
    now = store.clock.now().astimezone()
    return QDate(now.year, now.month, now.day)
