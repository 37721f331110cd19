"""The dialog to create an order by hand or correct one: ids, dates, items and contact details.

Validation lives in core (``order_edits``); the dialog shows its BadInput message and stays open.
Contact details can be edited only while the order holds them: once removed under the privacy
rules the fields are disabled with a note, because they must not be typed back in.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.orders.countries import COUNTRIES, countries_by_name
from seller_desktop.core.orders.edits import ItemInput, OrderInput, create_order, edit_order
from seller_desktop.core.orders.marketplaces import MARKETPLACES
from seller_desktop.core.orders.model import STATUSES, ContactDetails, Order
from seller_desktop.core.orders.repository import get_contact_details
from seller_desktop.core.privacy.retention import contact_was_wiped
from seller_desktop.core.store import Store
from seller_desktop.ui.common.formatting import seller_message
from seller_desktop.ui.common.widgets import InlineMessage

#: (field, label) of the contact details the editor offers: the ship-to block and the buyer.
_CONTACT_FIELDS = (
    "recipient_name",
    "ship_address_1",
    "ship_address_2",
    "ship_postal_code",
    "ship_city",
    "buyer_name",
    "buyer_phone",
)


class _OptionalDate(QWidget):
    """A date that may be absent: a check box to say there is one, and the date."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.given = QCheckBox(self.tr("Set"))
        self.given.setAccessibleName(self.tr("{0} is set").format(name))
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setAccessibleName(name)
        self.edit.setEnabled(False)
        self.given.toggled.connect(self.edit.setEnabled)
        row.addWidget(self.given)
        row.addWidget(self.edit, 1)

    def set_value(self, iso: str | None, default: QDate) -> None:
        self.given.setChecked(bool(iso))
        self.edit.setDate(QDate.fromString(iso[:10], Qt.DateFormat.ISODate) if iso else default)

    def value(self) -> date | None:
        if not self.given.isChecked():
            return None
        day = self.edit.date().toPython()
        assert isinstance(day, date)  # PySide6's stub says object
        return day


class OrderEditor(QDialog):
    """``OrderEditor(store)`` creates; ``OrderEditor(store, order)`` edits. ``saved`` is the result."""

    def __init__(
        self, store: Store, order: Order | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._order = order
        self.saved: Order | None = None
        title = (
            self.tr("New order")
            if order is None
            else self.tr("Edit order {0}").format(order.order_id)
        )
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        now = store.clock.now().astimezone()
        today = QDate(now.year, now.month, now.day)

        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.order_id = QLineEdit(order.order_id if order else "")
        self.order_id.setReadOnly(order is not None)
        self.order_id.setAccessibleName(self.tr("Order ID"))
        self.order_id.setPlaceholderText("M-1001")
        form.addRow(self.tr("&Order ID:"), self.order_id)
        self.marketplace = QComboBox()
        self.marketplace.setAccessibleName(self.tr("Marketplace"))
        for code, market in MARKETPLACES.items():
            self.marketplace.addItem(f"{code} — {market.name}", code)
        index = self.marketplace.findData(order.marketplace if order else "US")
        self.marketplace.setCurrentIndex(max(index, 0))
        form.addRow(self.tr("&Marketplace:"), self.marketplace)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        names = {
            "pending": self.tr("Pending"),
            "unshipped": self.tr("Unshipped"),
            "partially_shipped": self.tr("Partially shipped"),
            "shipped": self.tr("Shipped"),
            "cancelled": self.tr("Cancelled"),
        }  # a name built from the key is not translatable
        for status in STATUSES:
            self.status.addItem(names.get(status) or status.replace("_", " ").capitalize(), status)
        self.status.setCurrentIndex(
            max(self.status.findData(order.status if order else "unshipped"), 0)
        )
        form.addRow(self.tr("&Status:"), self.status)
        self.purchased = QDateTimeEdit()
        self.purchased.setCalendarPopup(True)
        self.purchased.setAccessibleName(self.tr("Purchased"))
        self.purchased.setDateTime(
            QDateTime.fromString(order.purchased_at, Qt.DateFormat.ISODate).toLocalTime()
            if order
            else QDateTime.fromSecsSinceEpoch(int(store.clock.now().timestamp()))
        )
        form.addRow(self.tr("&Purchased:"), self.purchased)
        self.ship_by = _OptionalDate(self.tr("Ship by"))
        self.ship_by.set_value(order.latest_ship_date if order else None, today)
        form.addRow(self.tr("Ship &by:"), self.ship_by)
        self.deliver_by = _OptionalDate(self.tr("Deliver by"))
        self.deliver_by.set_value(order.latest_delivery_date if order else None, today)
        form.addRow(self.tr("&Deliver by:"), self.deliver_by)
        self.delivered = _OptionalDate(self.tr("Delivered"))
        self.delivered.set_value(order.delivered_on if order else None, today)
        form.addRow(self.tr("De&livered:"), self.delivered)
        layout.addLayout(form)

        items_box = QGroupBox(self.tr("Items"))
        items_layout = QVBoxLayout(items_box)
        self.items = QTableWidget(0, 4)
        self.items.setAccessibleName(self.tr("Items"))
        self.items.setHorizontalHeaderLabels(
            [self.tr("SKU"), self.tr("Product"), self.tr("Quantity"), self.tr("Price")]
        )
        self.items.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.setTabKeyNavigation(True)
        items_layout.addWidget(self.items)
        buttons_row = QHBoxLayout()
        self.add_item_button = QPushButton(self.tr("&Add item"))
        self.remove_item_button = QPushButton(self.tr("&Remove item"))
        self.add_item_button.clicked.connect(lambda: self.add_item())
        self.remove_item_button.clicked.connect(self._remove_item)
        buttons_row.addWidget(self.add_item_button)
        buttons_row.addWidget(self.remove_item_button)
        buttons_row.addStretch(1)
        items_layout.addLayout(buttons_row)
        layout.addWidget(items_box)
        for item in order.items if order else []:
            self.add_item(
                item.sku,
                item.product_name,
                item.quantity,
                item.item_price or "",
                item.order_item_id,
            )
        if order is None:
            self.add_item()

        contact_box = QGroupBox(self.tr("Contact details (optional)"))
        contact_form = QFormLayout(contact_box)
        labels = {
            "recipient_name": self.tr("Recipient:"),
            "ship_address_1": self.tr("Address line 1:"),
            "ship_address_2": self.tr("Address line 2:"),
            "ship_postal_code": self.tr("Postal code:"),
            "ship_city": self.tr("City:"),
            "buyer_name": self.tr("Buyer:"),
            "buyer_phone": self.tr("Phone:"),
        }
        self.contact_fields: dict[str, QLineEdit] = {}
        held = get_contact_details(store, order.order_id) if order else None
        self._contact_held = held
        for name in _CONTACT_FIELDS:
            edit = QLineEdit(getattr(held, name) or "" if held else "")
            edit.setAccessibleName(labels[name].rstrip(":"))
            contact_form.addRow(labels[name], edit)
            self.contact_fields[name] = edit
        self._address_place(contact_form, order)
        self.contact_note = QLabel()
        self.contact_note.setWordWrap(True)
        self.contact_note.setTextFormat(Qt.TextFormat.PlainText)
        contact_form.addRow(self.contact_note)
        self.contact_note.hide()
        if (
            order is not None
            and held is None
            and not order.has_contact_details
            and (
                order.retention_deadline <= store.now_iso()
                or contact_was_wiped(store, order.order_id)
            )
        ):
            for edit in self.contact_fields.values():
                edit.setEnabled(False)
            self.contact_note.setText(
                self.tr(
                    "Contact details removed under the privacy rules; they cannot be added again."
                )
            )
            self.contact_note.show()
        layout.addWidget(contact_box)

        self.message = InlineMessage(self.tr("Problem"))
        layout.addWidget(self.message)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.resize(640, 720)

    def _address_place(self, form: QFormLayout, order: Order | None) -> None:
        """State or region and country (ISO code): stored on the order, not with the contact
        details, so they stay editable after a wipe (a parcel's customs and postage need them)."""
        self.ship_region = QLineEdit(order.ship_region or "" if order else "")
        self.ship_region.setAccessibleName(self.tr("State or region"))
        self.ship_region.setPlaceholderText(self.tr("e.g. CA, Bayern, Tokyo"))
        form.addRow(self.tr("S&tate/region:"), self.ship_region)
        self.ship_country = QComboBox()
        self.ship_country.setAccessibleName(self.tr("Country"))
        self.ship_country.addItem(self.tr("The marketplace's country"), "")
        current = (order.ship_country or "") if order else ""
        # The same list and spelling as Settings › Ships from; a stored code no longer listed
        # is kept selectable.
        if current and current not in COUNTRIES:
            self.ship_country.addItem(current, current)
        for code, name in countries_by_name():
            self.ship_country.addItem(f"{name} ({code})", code)
        self.ship_country.setCurrentIndex(max(self.ship_country.findData(current), 0))
        form.addRow(self.tr("Co&untry:"), self.ship_country)

    def add_item(
        self,
        sku: str = "",
        product: str = "",
        quantity: int = 1,
        price: str = "",
        item_id: str = "",
    ) -> None:
        row = self.items.rowCount()
        self.items.insertRow(row)
        first = QTableWidgetItem(sku)
        first.setData(Qt.ItemDataRole.UserRole, item_id)
        self.items.setItem(row, 0, first)
        self.items.setItem(row, 1, QTableWidgetItem(product))
        self.items.setItem(row, 2, QTableWidgetItem(str(quantity)))
        self.items.setItem(row, 3, QTableWidgetItem(price))

    def _remove_item(self) -> None:
        row = self.items.currentRow()
        if row >= 0:
            self.items.removeRow(row)

    def _text(self, row: int, column: int) -> str:
        cell = self.items.item(row, column)
        return cell.text() if cell is not None else ""

    def order_input(self) -> OrderInput:
        items = []
        for row in range(self.items.rowCount()):
            quantity_text = self._text(row, 2).strip()
            if not quantity_text.isdigit():
                raise BadInput(
                    self.tr("Item {0}: the quantity must be a whole number.").format(row + 1)
                )
            first = self.items.item(row, 0)
            items.append(
                ItemInput(
                    self._text(row, 0),
                    int(quantity_text),
                    self._text(row, 3),
                    self._text(row, 1),
                    (first.data(Qt.ItemDataRole.UserRole) or "") if first else "",
                )
            )
        contact = None
        if all(e.isEnabled() for e in self.contact_fields.values()):
            values = {
                name: (edit.text().strip() or None) for name, edit in self.contact_fields.items()
            }
            if any(values.values()) or self._contact_held is not None:
                base = self._contact_held or ContactDetails()
                for name, value in values.items():
                    setattr(base, name, value)
                contact = base
        moment = self.purchased.dateTime().toPython()
        assert isinstance(moment, datetime)  # PySide6's stub says object
        purchased = moment.astimezone()
        return OrderInput(
            order_id=self.order_id.text(),
            marketplace=self.marketplace.currentData(),
            purchased_at=purchased,
            items=items,
            status=self.status.currentData(),
            latest_ship_date=self.ship_by.value(),
            latest_delivery_date=self.deliver_by.value(),
            delivered_on=self.delivered.value(),
            ship_region=self.ship_region.text(),
            ship_country=self.ship_country.currentData(),
            contact=contact,
        )

    def save(self) -> None:
        try:
            data = self.order_input()
            self.saved = (create_order if self._order is None else edit_order)(self._store, data)
        except BadInput as err:
            self.message.show_error(seller_message(err))
            return
        self.accept()
