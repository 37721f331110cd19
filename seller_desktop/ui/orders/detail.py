"""The detail pane beside the orders table: one order, its items, dates and ship-to address.

Contact details are read here, for the one selected order, through ``get_contact_details`` —
which returns nothing past the retention deadline even if a wipe is still waiting for its retry.
Every value is shown as plain text: a buyer's name like ``<b>`` must never become markup.

"Copy address" (Ctrl+Shift+C) puts exactly the lines the pane shows on the clipboard, for a
carrier's website, through ``SensitiveClipboard``: gone again after a minute, when the window closes
(lock, quit) or is deleted, and at once if the order's contact details are wiped while it is shown.
"Copy order ID" (Ctrl+Shift+O) has no timeout: an order ID is not personal data.

The address ends with the destination's country when the parcel crosses a border: judged from
the seller's ship-from country (``Settings.ship_from``), read with each order shown. An Amazon
Custom order shows its customization links (``detail_customization``) with the contact details.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from seller_desktop.core.orders.marketplaces import MARKETPLACES
from seller_desktop.core.orders.model import Order, customization_links
from seller_desktop.core.orders.repository import get_contact_details
from seller_desktop.core.orders.shipments import shipments_of
from seller_desktop.core.privacy.retention import contact_was_wiped
from seller_desktop.core.settings import load_settings
from seller_desktop.core.store import Store
from seller_desktop.ui.common.clipboard import DEFAULT_TIMEOUT_MS, SensitiveClipboard
from seller_desktop.ui.common.formatting import local_date, local_datetime
from seller_desktop.ui.common.widgets import LinesLabel, fit_width
from seller_desktop.ui.orders.detail_customization import CustomizationLinks
from seller_desktop.ui.orders.labels.label_row import LabelRow
from seller_desktop.ui.orders.shipment_texts import carrier_lines, confirmation_text

if TYPE_CHECKING:  # annotations only
    from PySide6.QtGui import QHideEvent


def _value_label(name: str) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(name)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    fit_width(label)
    return label


class OrderDetailPane(QScrollArea):
    """Shows the selected order; ``show_order(None)`` empties it (and drops any address shown).

    ``clipboard_timeout_ms`` is how long a copied address stays on the clipboard (tests use a few
    ms); ``self.clipboard.timeout_ms`` changes it later.
    """

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        clipboard_timeout_ms: int = DEFAULT_TIMEOUT_MS,
    ) -> None:
        super().__init__(parent)
        self._store = store
        #: A child: deleted with the pane (the main window is deleted on a lock), it clears then.
        self.clipboard = SensitiveClipboard(self, timeout_ms=clipboard_timeout_ms)
        self.clipboard.released.connect(self._copy_released)
        self._order_id: str | None = None
        #: The lines ``ship_to`` shows, or [] when it shows a note instead of an address.
        self._address_lines: list[str] = []
        #: The order whose address is on the clipboard (waiting for its timeout), if any.
        self._copied_address_of: str | None = None
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
        fit_width(self.heading)  # an order id is short, but a hand-made one need not be
        # The copy buttons share the heading's line: the pane under the table is short, and a
        # line of its own would push the address's neighbours out of sight.
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.heading, 1)  # it wraps, if anything has to
        self.copy_row = self._build_copy_row()
        top.addWidget(self.copy_row)
        layout.addLayout(top)
        self.label_row = LabelRow(store)  # its bought label, if any: Reprint / Void
        layout.addWidget(self.label_row)

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
        self.carrier = LinesLabel(self.tr("Carrier and tracking number"))
        self.amazon = LinesLabel(self.tr("Confirmed to Amazon"), wrap=True)
        self.printed = _value_label(self.tr("Printed"))
        self.items = LinesLabel(self.tr("Items"))
        self.ship_to = LinesLabel(self.tr("Ship to"))
        self.customization = CustomizationLinks(self.tr("Customization"))
        self.deadline = _value_label(self.tr("Retention deadline"))
        for rows, stretch in (
            (
                (
                    (self.tr("Marketplace:"), self.marketplace),
                    (self.tr("Status:"), self.status),
                    (self.tr("Purchased:"), self.purchased),
                    (self.tr("Ship by:"), self.ship_by),
                    (self.tr("Deliver by:"), self.deliver_by),
                    (self.tr("Shipped:"), self.shipped),
                    (self.tr("Delivered:"), self.delivered),
                    (self.tr("Carrier:"), self.carrier),
                    (self.tr("Amazon:"), self.amazon),
                ),
                2,
            ),
            (
                (
                    (self.tr("Items:"), self.items),
                    (self.tr("Ship to:"), self.ship_to),
                    (self.tr("Customization:"), self.customization),
                    (self.tr("Printed:"), self.printed),
                    (self.tr("Retention deadline:"), self.deadline),
                ),
                3,
            ),
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
            if any(v is self.amazon for _c, v in rows):
                self._facts_form = form  # its carrier and Amazon rows show only once shipped
            else:
                self._parcel_form = form  # its Customization row only for Amazon Custom orders
        layout.addWidget(self.form_host)
        layout.addStretch(1)
        self.setWidget(body)
        self.show_order(None)

    def _build_copy_row(self) -> QWidget:
        """The two copy buttons and the line that says what the clipboard holds and for how long.

        The shortcuts belong to the window (Qt::WindowShortcut), so they work while the orders
        table has the focus, and only while the pane is visible and enabled: not on another page,
        not while a wipe keeps the window disabled.
        """
        row = QWidget()
        buttons = QHBoxLayout(row)
        buttons.setContentsMargins(0, 0, 0, 0)
        self.copy_address_button = QPushButton(self.tr("Copy &address"))
        self.copy_address_button.setAccessibleName(self.tr("Copy address"))
        self.copy_address_button.clicked.connect(self.copy_address)
        self.copy_id_button = QPushButton(self.tr("Copy order I&D"))
        self.copy_id_button.setAccessibleName(self.tr("Copy order ID"))
        self.copy_id_button.clicked.connect(self.copy_order_id)
        self.copy_address_shortcut = QShortcut(QKeySequence(self.tr("Ctrl+Shift+C")), self)
        self.copy_address_shortcut.activated.connect(self.copy_address)
        self.copy_id_shortcut = QShortcut(QKeySequence(self.tr("Ctrl+Shift+O")), self)
        self.copy_id_shortcut.activated.connect(self.copy_order_id)
        self.copy_id_button.setToolTip(
            self.tr("Copy the order ID ({0})").format(
                self.copy_id_shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.copy_note = QLabel()
        self.copy_note.setTextFormat(Qt.TextFormat.PlainText)
        self.copy_note.setAccessibleName(self.tr("Clipboard"))
        # The note before the buttons, which keep their place at the edge as its text changes.
        buttons.addWidget(self.copy_note)
        buttons.addWidget(self.copy_address_button)
        buttons.addWidget(self.copy_id_button)
        return row

    # -- copying -----------------------------------------------------------------------------

    def copy_address(self) -> None:
        """Put the address lines shown on the clipboard, one per line, for the timeout."""
        if not self._address_lines or not self.copy_address_button.isEnabled():
            return
        self.clipboard.copy("\n".join(self._address_lines))
        self._copied_address_of = self._order_id
        self._say(self._copied_text())

    def copy_order_id(self) -> None:
        """Put the order ID on the clipboard; it replaces (and ends) any address copied before."""
        if self._order_id is None:
            return
        self.clipboard.copy_plain(self._order_id)
        self._copied_address_of = None
        self._say(self.tr("Order ID copied"))

    def forget_copy_if_wiped(self) -> None:
        """Clear a pending address copy whose order holds no contact details any more.

        ``show_order`` does this for the order it shows again after a refresh; this is for the
        owner to call after a wipe or an erasure, when the order may no longer be shown (a filter
        such as "Holds contact details" now hides it). It reads the store: call it only when no
        job is running (see jobs.py).
        """
        order_id = self._copied_address_of
        if (
            order_id is not None
            and self.clipboard.is_pending()
            and get_contact_details(self._store, order_id) is None
        ):
            self.clipboard.clear()

    def _copied_text(self) -> str:
        seconds = max(1, round(self.clipboard.timeout_ms / 1000))
        if seconds % 60 == 0:
            minutes = seconds // 60
            if minutes == 1:
                return self.tr("Address copied — cleared from the clipboard in 1 minute")
            return self.tr("Address copied — cleared from the clipboard in %n minutes", "", minutes)
        if seconds == 1:
            return self.tr("Address copied — cleared from the clipboard in 1 second")
        return self.tr("Address copied — cleared from the clipboard in %n seconds", "", seconds)

    def _copy_released(self, cleared: bool) -> None:
        """The copied address's time is over (or it was wiped, or the window is closing)."""
        self._copied_address_of = None
        self._say(self.tr("Address removed from the clipboard") if cleared else "")

    def _say(self, text: str) -> None:
        """Show ``text`` beside the buttons and have a screen reader read it out (a changed
        label alone is not announced)."""
        self.copy_note.setText(text)
        self.copy_note.setAccessibleDescription(text)
        if not text or not QAccessible.isActive():
            return
        try:
            from PySide6.QtGui import QAccessibleAnnouncementEvent  # Qt 6.8 and later
        except ImportError:  # older Qt: the label's description still says it
            return
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.copy_note, text))

    def _update_copy_buttons(self) -> None:
        shortcut = self.copy_address_shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)
        self.copy_address_button.setEnabled(bool(self._address_lines))
        self.copy_address_button.setToolTip(
            self.tr(
                "Copy the address as shown, to paste it into a carrier's website ({0}). "
                "It is cleared from the clipboard again soon after."
            ).format(shortcut)
            if self._address_lines
            else self.tr("This order holds no contact details to copy.")
        )

    def hideEvent(self, event: QHideEvent) -> None:
        """The window was closed (a lock, a restore, quitting): take our copy off the clipboard.

        Another page or a minimized window leaves the window visible in Qt's sense, and the
        copy stays for the seller to paste.
        """
        super().hideEvent(event)
        if not self.window().isVisible():
            self.clipboard.clear()

    # -- showing -----------------------------------------------------------------------------

    def show_order(self, order: Order | None, status_text: str = "") -> None:
        if order is None:
            self.heading.setText(self.tr("Select an order to see its details."))
            self.form_host.hide()
            self.copy_row.hide()
            self._order_id = None
            self._address_lines = []
            self.label_row.show_order(None)
            for label in self._values():
                label.clear()
            return
        self._order_id = order.order_id
        self.heading.setText(self.tr("Order {0}").format(order.order_id))
        market = MARKETPLACES.get(order.marketplace)
        self.marketplace.setText(
            f"{order.marketplace} — {market.name}" if market else order.marketplace
        )
        self.status.setText(status_text or order.status)
        self.purchased.setText(local_datetime(order.purchased_at))
        self.ship_by.setText(local_date(order.latest_ship_date) or self.tr("Not given"))
        self.deliver_by.setText(local_date(order.latest_delivery_date) or self.tr("Not given"))
        self.shipped.setText(local_date(order.shipped_on) or self.tr("Not yet"))
        self.delivered.setText(local_date(order.delivered_on) or self.tr("Not yet"))
        self.printed.setText(
            local_datetime(order.printed_at) if order.printed_at else self.tr("No")
        )
        self.items.setText(
            "\n".join(
                f"{item.quantity} × {item.sku}"
                + (f" — {item.product_name}" if item.product_name else "")
                + (
                    self.tr(" ({0} shipped)").format(item.quantity_shipped)
                    if item.quantity_shipped
                    else ""
                )
                for item in order.items
            )
            or self.tr("No items")
        )
        self._show_contact(order)
        self.deadline.setText(local_datetime(order.retention_deadline))
        self._show_confirmation(order.order_id)
        self.label_row.show_order(order.order_id)
        self._update_copy_buttons()
        self.form_host.show()
        self.copy_row.show()

    def _show_contact(self, order: Order) -> None:
        """The ship-to block (the lines Copy address copies) and the customization links, or a
        note of why there are none."""
        contact = get_contact_details(self._store, order.order_id)
        home = load_settings(self._store).ship_from  # where the parcel leaves from
        lines = (
            contact.ship_to_lines(order.ship_country, order.ship_region, home=home)
            if contact is not None
            else []
        )
        self.customization.show_links(customization_links(contact))
        self._parcel_form.setRowVisible(self.customization, bool(self.customization.links()))
        self._address_lines = lines
        if not lines and self._copied_address_of == order.order_id:
            self.clipboard.clear()  # wiped (or past its deadline) while its address was copied
        if lines:
            self.ship_to.setText("\n".join(lines))
        elif (
            order.retention_deadline and order.retention_deadline <= self._store.now_iso()
        ) or contact_was_wiped(self._store, order.order_id):
            self.ship_to.setText(self.tr("Contact details removed (past the retention deadline)"))
        else:
            self.ship_to.setText(self.tr("No contact details stored for this order"))

    def _show_confirmation(self, order_id: str) -> None:
        """Each shipment's carrier and tracking number and whether Amazon heard of it (rows
        only for a shipped order, ``shipment_texts``)."""
        shipments = shipments_of(self._store, order_id)
        self.carrier.setText(carrier_lines(shipments))
        self.amazon.setText("\n".join(confirmation_text(s) for s in shipments))
        self._facts_form.setRowVisible(self.carrier, bool(shipments))
        self._facts_form.setRowVisible(self.amazon, bool(shipments))

    def _values(self) -> list[QLabel | LinesLabel]:
        return [
            self.marketplace,
            self.status,
            self.purchased,
            self.ship_by,
            self.deliver_by,
            self.shipped,
            self.delivered,
            self.carrier,
            self.amazon,
            self.printed,
            self.items,
            self.ship_to,
            self.customization,
            self.deadline,
        ]
