"""Which Amazon report a flat file is, decided by its header, and where each of our fields sits.

Columns vary by marketplace and over the years, so every field is found by header name (lower
case, stripped), with the aliases Amazon has used. A file we do not recognise is refused with a
message that says what we expected and how to get it; we never guess at a listings report or a
file a spreadsheet has re-saved (commas, ids turned into 1.14394E+16, dates reformatted).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP
from seller_desktop.core.importers.flatfile import HOW_TO_GET, FlatFile
from seller_desktop.core.orders.model import CONTACT_FIELDS

EXPECTED = QT_TRANSLATE_NOOP(
    "SellerError",
    "Seller Desktop imports Amazon order reports: Unshipped Orders, Order Fulfilment "
    "(New Orders, shipping, invoicing or tax) and All Orders, as tab-separated .txt files.",
)

UNSHIPPED = "Unshipped Orders"
FULFILMENT_SHIPPING = "Order Fulfilment (shipping)"
FULFILMENT_INVOICING = "Order Fulfilment (invoicing)"
FULFILMENT_TAX = "Order Fulfilment (tax)"
ALL_ORDERS = "All Orders"

#: Our order and item fields → the header names Amazon has used for them, in preference order.
ORDER_COLUMNS: dict[str, tuple[str, ...]] = {
    "order_id": ("order-id", "amazon-order-id"),
    "order_item_id": ("order-item-id",),
    "purchased_at": ("purchase-date",),
    "last_updated": ("last-updated-date",),
    "order_status": ("order-status",),
    "item_status": ("item-status",),
    "fulfillment_channel": ("fulfillment-channel", "fulfilment-channel"),
    "sales_channel": ("sales-channel",),
    "sku": ("sku",),
    "asin": ("asin",),
    "product_name": ("product-name",),
    "quantity": ("quantity-purchased", "quantity"),
    "quantity_shipped": ("quantity-shipped",),
    "quantity_to_ship": ("quantity-to-ship",),
    "currency": ("currency",),
    "item_price": ("item-price",),
    "item_tax": ("item-tax",),
    "shipping_price": ("shipping-price",),
    "shipping_tax": ("shipping-tax",),
    "condition": ("item-condition",),
    "ship_service": ("ship-service-level",),
    "ship_country": ("ship-country",),
    "ship_region": ("ship-state",),
    "is_business": ("is-business-order",),
    "latest_ship_date": ("latest-ship-date", "promise-date"),
    "latest_delivery_date": ("latest-delivery-date",),
    "earliest_delivery_date": ("earliest-delivery-date",),
    "buyer_cancel_requested": ("is-buyer-requested-cancellation",),
    "gift_flag": ("is-gift",),
}

#: ContactDetails fields → header names. ship-country and ship-state stay on the order (coarse).
CONTACT_COLUMNS: dict[str, tuple[str, ...]] = {
    "buyer_name": ("buyer-name",),
    "buyer_email": ("buyer-email",),
    "buyer_phone": ("buyer-phone-number",),
    "recipient_name": ("recipient-name",),
    "company_name": ("buyer-company-name", "ship-company-name"),
    "ship_address_1": ("ship-address-1",),
    "ship_address_2": ("ship-address-2",),
    "ship_address_3": ("ship-address-3",),
    "ship_city": ("ship-city",),
    "ship_postal_code": ("ship-postal-code",),
    "ship_phone": ("ship-phone-number",),
    "bill_name": ("bill-name", "bill-to-name"),
    "bill_address_1": ("bill-address-1",),
    "bill_address_2": ("bill-address-2",),
    "bill_address_3": ("bill-address-3",),
    "bill_city": ("bill-city",),
    "bill_region": ("bill-state",),
    "bill_postal_code": ("bill-postal-code",),
    "bill_country": ("bill-country",),
    "gift_message": ("gift-message-text",),
    "delivery_instructions": ("delivery-instructions",),
    "customization_url": ("customized-url",),
    "purchase_order_number": ("purchase-order-number",),
    "tax_id": ("buyer-tax-registration-id", "buyer-identification-number", "cpf"),
}
assert set(CONTACT_COLUMNS) == set(CONTACT_FIELDS)

_SCIENTIFIC = re.compile(r"^\d+(?:[.,]\d+)?[eE][+-]?\d+$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Layout:
    """A recognised report: its kind and the column index of each field (None if absent)."""

    kind: str
    order: dict[str, int | None]
    #: (field, index) for the contact columns present; empty for All Orders (it has none).
    contact: tuple[tuple[str, int], ...]
    #: The order-id column's name as the file has it ("order-id", or "amazon-order-id" in All
    #: Orders), lower case: messages about a bad order id name this column, never the cell.
    order_id_column: str = "order-id"

    @property
    def has_item_ids(self) -> bool:
        return self.order["order_item_id"] is not None


def recognise(flat: FlatFile) -> Layout:
    """The report's layout, or BadInput saying what the file seems to be and what we expected."""
    names = set(flat.columns)
    _refuse_spreadsheet_text(flat)
    if "order-id" not in names and "amazon-order-id" not in names:
        raise _what_it_is(flat, names)
    if "amazon-order-id" in names and "order-status" in names:
        kind = ALL_ORDERS
    elif names & {"quantity-to-ship", "days-past-promise", "promise-date", "reporting-date"}:
        kind = UNSHIPPED
    elif any(n.startswith("buyer-tax") or n.startswith("tax-") for n in names):
        kind = FULFILMENT_TAX
    elif any(n.startswith("bill-") for n in names):
        kind = FULFILMENT_INVOICING
    else:
        kind = FULFILMENT_SHIPPING
    required = ["purchase-date", "sku"] + (["order-item-id"] if kind != ALL_ORDERS else [])
    missing = [r for r in required if r not in names]
    if "quantity-purchased" not in names and "quantity" not in names:
        missing.append("quantity-purchased")
    if missing:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "{name} has an order-id column but not {missing}, so it is not an order report "
                "Seller Desktop knows. {expected} {how_to_get}",
            ),
            name=flat.name,
            missing=", ".join(missing),
            expected=EXPECTED,
            how_to_get=HOW_TO_GET,
        )
    order = {key: flat.column(*aliases) for key, aliases in ORDER_COLUMNS.items()}
    contact: tuple[tuple[str, int], ...] = ()
    if kind != ALL_ORDERS:
        found = []
        for fld, aliases in CONTACT_COLUMNS.items():
            index = flat.column(*aliases)
            if index is not None:
                found.append((fld, index))
        contact = tuple(found)
    id_column = next(
        name for name in ORDER_COLUMNS["order_id"] if flat.columns.get(name) == order["order_id"]
    )
    layout = Layout(kind, order, contact, id_column)
    _refuse_spreadsheet_values(flat, layout)
    return layout


def _refuse_spreadsheet_text(flat: FlatFile) -> None:
    if len(flat.header) == 1 and ("," in flat.header[0] or ";" in flat.header[0]):
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "{name} is separated by commas or semicolons, not tabs: it looks like a report "
                "re-saved by a spreadsheet program (which also changes ids and dates). "
                "{expected} {how_to_get}",
            ),
            name=flat.name,
            expected=EXPECTED,
            how_to_get=HOW_TO_GET,
        )


def _refuse_spreadsheet_values(flat: FlatFile, layout: Layout) -> None:
    """Ids as numbers or dates reformatted in the first rows mean a spreadsheet re-saved the file."""
    id_columns = [
        i for i in (layout.order["order_id"], layout.order["order_item_id"]) if i is not None
    ]
    date_column = layout.order["purchased_at"]
    for number, line in flat.rows[:50]:
        fields = flat.fields(line)
        if any(_SCIENTIFIC.match(fields[i]) for i in id_columns):
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "SellerError",
                    "Line {number} of {name} has an order id written as a number in scientific "
                    "notation (like 1.14394E+16): the report was re-saved by a spreadsheet "
                    "program and the ids are lost. {how_to_get}",
                ),
                number=number,
                name=flat.name,
                how_to_get=HOW_TO_GET,
            )
        if (
            date_column is not None
            and fields[date_column]
            and not _ISO_DATE.match(fields[date_column])
        ):
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "SellerError",
                    "Line {number} of {name} has a purchase-date that is not in Amazon's format "
                    "(2025-09-24T12:02:50+00:00): the report was re-saved by a spreadsheet "
                    "program. {how_to_get}",
                ),
                number=number,
                name=flat.name,
                how_to_get=HOW_TO_GET,
            )


def _what_it_is(flat: FlatFile, names: set[str]) -> BadInput:
    """The refusal of a file without an order-id column, naming what it seems to be."""
    if names & {"listing-id", "seller-sku", "item-name", "asin1", "open-date"}:
        seems = QT_TRANSLATE_NOOP("SellerError", "it looks like a listings (inventory) report")
    elif "settlement-id" in names:
        seems = QT_TRANSLATE_NOOP("SellerError", "it looks like a settlement (payments) report")
    elif names & {"shipment-id", "fulfillment-center-id"}:
        seems = QT_TRANSLATE_NOOP("SellerError", "it looks like a Fulfilment by Amazon report")
    else:
        seems = QT_TRANSLATE_NOOP("SellerError", "it is not an order report")
    return BadInput(
        QT_TRANSLATE_NOOP(
            "SellerError", "{name} has no order-id column, so {seems}. {expected} {how_to_get}"
        ),
        name=flat.name,
        seems=seems,
        expected=EXPECTED,
        how_to_get=HOW_TO_GET,
    )
