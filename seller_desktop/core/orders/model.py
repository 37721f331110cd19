"""Orders, their items and their contact details as the rest of the app sees them: the model.

The repository (``orders.repository``) reads and writes them; this module holds no SQL.

Contact details are a separate object on purpose: anything that may outlive the retention deadline
(statistics, campaigns, reports) is written against ``Order`` and ``OrderItem`` and never sees them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING

from seller_desktop.core.orders.addresses import address_lines

if TYPE_CHECKING:
    pass

STATUSES = ("pending", "unshipped", "partially_shipped", "shipped", "cancelled")


@dataclass
class OrderItem:
    order_item_id: str
    sku: str
    quantity: int
    product_name: str = ""
    asin: str | None = None
    quantity_shipped: int = 0
    item_price: str | None = None
    item_tax: str | None = None
    shipping_price: str | None = None
    shipping_tax: str | None = None
    #: The listing's condition ("New", "Used – Very good"; ``orders.conditions``), None unknown.
    condition: str | None = None


@dataclass
class ContactDetails:
    """Personal data of one order: the only thing the retention wipe removes."""

    buyer_name: str | None = None
    buyer_email: str | None = None
    buyer_phone: str | None = None
    recipient_name: str | None = None
    company_name: str | None = None
    ship_address_1: str | None = None
    ship_address_2: str | None = None
    ship_address_3: str | None = None
    ship_city: str | None = None
    ship_postal_code: str | None = None
    ship_phone: str | None = None
    bill_name: str | None = None
    bill_address_1: str | None = None
    bill_address_2: str | None = None
    bill_address_3: str | None = None
    bill_city: str | None = None
    bill_region: str | None = None
    bill_postal_code: str | None = None
    bill_country: str | None = None
    gift_message: str | None = None
    delivery_instructions: str | None = None
    customization_url: str | None = None
    purchase_order_number: str | None = None
    tax_id: str | None = None

    def __repr__(self) -> str:  # never let a stray log line or traceback show the values
        return "ContactDetails(<redacted>)"

    def is_empty(self) -> bool:
        return not any(getattr(self, f.name) for f in fields(self))

    def ship_to_lines(
        self,
        country: str | None = None,
        region: str | None = None,
        *,
        home: str | None = None,
        isolated: bool = False,
    ) -> list[str]:
        """The address block as printed on a parcel, in the destination country's order (see
        ``addresses``); ``country`` and ``region`` are the order's, ``home`` the country the parcel
        leaves from (``Settings.ship_from``): an address abroad ends with its country's name."""
        return address_lines(self, country, region, home=home, isolated=isolated)


CONTACT_FIELDS = tuple(f.name for f in fields(ContactDetails))


def customization_links(contact: ContactDetails | None) -> list[str]:
    """The order's customization links, each once, in order (none without contact details).

    ``customization_url`` holds the report's ``customized-url`` cell, or one line per item from
    the API. Here rather than with the slip's Amazon Custom block so that the detail pane, which
    shows them too, needs none of the PDF code."""
    if contact is None or not contact.customization_url:
        return []
    links: list[str] = []
    for line in contact.customization_url.splitlines():
        link = line.strip()
        if link and link not in links:
            links.append(link)
    return links


@dataclass
class Order:
    order_id: str
    marketplace: str
    purchased_at: str
    status: str = "unshipped"
    ship_service: str | None = None
    currency: str | None = None
    #: None only on an order read from a report without the is-business-order column: unknown,
    #: so the import keeps what the store has.
    is_business: bool | None = False
    is_gift: bool = False
    latest_ship_date: str | None = None
    latest_delivery_date: str | None = None
    #: The start of Amazon's promised delivery window; serves the review window only.
    earliest_delivery_date: str | None = None
    #: Amazon said the buyer asked to cancel (a report's is-buyer-requested-cancellation, the
    #: API's cancellation request by BUYER); serves the review exclusions only.
    buyer_cancel_requested: bool = False
    shipped_on: str | None = None
    delivered_on: str | None = None
    cancelled_on: str | None = None
    ship_country: str | None = None
    ship_region: str | None = None
    printed_at: str | None = None
    retention_deadline: str = ""
    source: str = "manual"
    #: Days the seller added to an open order's 60-day cap (30 at a time).
    retention_extension_days: int = 0
    items: list[OrderItem] = field(default_factory=list)
    has_contact_details: bool = False
