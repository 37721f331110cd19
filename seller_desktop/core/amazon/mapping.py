"""An order of the Orders API v2026-01-01 → the app's ``Order``, ``OrderItem`` and ``ContactDetails``.

Every field read here is from ``models/orders-api-model/orders_2026-01-01.json``, ``/definitions``
(JSON pointers below are relative to it). Only ``Order.orderId``, ``createdTime``,
``lastUpdatedTime``, ``salesChannel`` and ``orderItems``, ``OrderItem.orderItemId``,
``quantityOrdered`` and ``product`` are required (``/Order/required``, ``/OrderItem/required``);
everything else may be missing, and a missing or odd value is read as unknown, never a KeyError.

- Status: ``/OrderFulfillment/properties/fulfillmentStatus`` → ``/FulfillmentStatus/enum``:
  PENDING_AVAILABILITY and PENDING → pending, UNSHIPPED, PARTIALLY_SHIPPED, SHIPPED, CANCELLED as
  named; UNFULFILLABLE ("only applies to Amazon-fulfilled orders") → cancelled, it will not ship.
  Without FULFILLMENT in ``includedData`` there is no status: pending (the sync always asks).
- Ours or not: ``/OrderFulfillment/properties/fulfilledBy`` ("Possible values: AMAZON, MERCHANT"):
  AMAZON is Fulfilled by Amazon, not ours to ship: skipped. So is an order of a marketplace the
  app does not know (``/SalesChannel/properties/marketplaceId``).
- Dates: ``createdTime`` (purchase), ``/OrderFulfillment`` ``shipByWindow.latestDateTime`` (latest
  ship date) and ``deliverByWindow.latestDateTime`` (latest delivery date, the retention clock's
  anchor) and ``.earliestDateTime`` (the review window's start, ``core.reviews.window``), ``/OrderPackage/properties/shipTime`` (shipped on). Stored as UTC instants like the
  report importer's.
- Ship service: ``fulfillmentServiceLevel`` (EXPEDITED, FREE_ECONOMY, NEXT_DAY, PRIORITY,
  SAME_DAY, SECOND_DAY, SCHEDULED, STANDARD) → the reports' spelling (Expedited, FreeEconomy, …).
- Business: ``/Order/properties/programs`` contains AMAZON_BUSINESS. Gift: an item has
  ``/ItemPacking/properties/giftOption``. Currency: ``proceeds.grandTotal.currencyCode``, else an
  item's ``product.price.unitPrice.currencyCode``, else the marketplace's.
- Items: ``orderItemId``, ``quantityOrdered``, ``product.sellerSku``, ``product.asin``,
  ``product.title``, ``fulfillment.quantityFulfilled`` (shipped), and ``proceeds.breakdowns``
  (``/ItemProceedsBreakdown/properties/type``: ITEM, SHIPPING, TAX …) for the prices, and
  ``product.condition`` (``/ItemCondition``: conditionType, conditionSubtype) as the item's
  condition text (``orders.conditions``).
- Contact details, ONLY where Amazon sent them (BUYER and RECIPIENT need Amazon's restricted role;
  without it they are left out and ``contact`` is None): ``/Buyer`` buyerName, buyerEmail,
  buyerCompanyName, buyerPurchaseOrderNumber; ``/Recipient/properties/deliveryAddress`` →
  ``/CustomerAddress`` name, companyName, addressLine1-3, city, postalCode, phone (and
  countryCode, stateOrRegion, which the app keeps on the order as ship country and region);
  ``/DeliveryPreference/properties/addressInstruction``; ``/GiftOption/properties/giftMessage``;
  ``/ItemCustomization/properties/customizedUrl``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from seller_desktop.core.amazon.regions import code_of_marketplace_id
from seller_desktop.core.orders.conditions import condition_from_api
from seller_desktop.core.orders.marketplaces import MARKETPLACES
from seller_desktop.core.orders.model import ContactDetails, Order, OrderItem

SOURCE = "amazon_api"

STATUS = {
    "PENDING_AVAILABILITY": "pending",
    "PENDING": "pending",
    "UNSHIPPED": "unshipped",
    "PARTIALLY_SHIPPED": "partially_shipped",
    "SHIPPED": "shipped",
    "CANCELLED": "cancelled",
    "UNFULFILLABLE": "cancelled",
}

SERVICE_LEVEL = {
    "EXPEDITED": "Expedited",
    "FREE_ECONOMY": "FreeEconomy",
    "NEXT_DAY": "NextDay",
    "PRIORITY": "Priority",
    "SAME_DAY": "SameDay",
    "SECOND_DAY": "SecondDay",
    "SCHEDULED": "Scheduled",
    "STANDARD": "Standard",
}

#: Why an order of the answer is not stored.
FULFILLED_BY_AMAZON = "fulfilled_by_amazon"
UNKNOWN_MARKETPLACE = "unknown_marketplace"
UNREADABLE = "unreadable"


@dataclass(frozen=True, repr=False)
class MappedOrder:
    """The order and, when Amazon sent any, its contact details (None without the role)."""

    order: Order
    contact: ContactDetails | None
    last_updated: str | None

    def __repr__(self) -> str:
        return f"MappedOrder({self.order.order_id}, contact={'yes' if self.contact else 'no'})"


@dataclass(frozen=True)
class Skipped:
    order_id: str
    reason: str


def map_order(raw: Mapping[str, Any]) -> MappedOrder | Skipped:
    """One order of a searchOrders or getOrder answer, or why it is not ours."""
    order_id = _text(raw.get("orderId")) or ""
    fulfillment = _obj(raw.get("fulfillment"))
    if fulfillment.get("fulfilledBy") == "AMAZON":
        return Skipped(order_id, FULFILLED_BY_AMAZON)
    code = code_of_marketplace_id(_text(_obj(raw.get("salesChannel")).get("marketplaceId")) or "")
    purchased = _instant(raw.get("createdTime"))
    if code is None:
        return Skipped(order_id, UNKNOWN_MARKETPLACE)
    if not order_id or purchased is None:
        return Skipped(order_id, UNREADABLE)
    items = [_item(_obj(i)) for i in _list(raw.get("orderItems"))]
    if any(i is None for i in items):
        return Skipped(order_id, UNREADABLE)
    address = _obj(_obj(raw.get("recipient")).get("deliveryAddress"))
    status = STATUS.get(_text(fulfillment.get("fulfillmentStatus")) or "", "pending")
    order = Order(
        order_id=order_id,
        marketplace=code,
        purchased_at=purchased,
        status=status,
        ship_service=SERVICE_LEVEL.get(_text(fulfillment.get("fulfillmentServiceLevel")) or ""),
        currency=_currency(raw) or MARKETPLACES[code].currency,
        is_business="AMAZON_BUSINESS" in _list(raw.get("programs")),
        is_gift=any(_gift(_obj(i)) is not None for i in _list(raw.get("orderItems"))),
        latest_ship_date=_instant(_obj(fulfillment.get("shipByWindow")).get("latestDateTime")),
        latest_delivery_date=_instant(
            _obj(fulfillment.get("deliverByWindow")).get("latestDateTime")
        ),
        earliest_delivery_date=_instant(
            _obj(fulfillment.get("deliverByWindow")).get("earliestDateTime")
        ),
        buyer_cancel_requested=any(_buyer_cancel(_obj(i)) for i in _list(raw.get("orderItems"))),
        shipped_on=_shipped_on(raw) if status in ("shipped", "partially_shipped") else None,
        ship_country=_text(address.get("countryCode")),
        ship_region=_text(address.get("stateOrRegion")),
        source=SOURCE,
        items=[i for i in items if i is not None],
    )
    contact = _contact(raw)
    order.has_contact_details = contact is not None
    return MappedOrder(order, contact, _instant(raw.get("lastUpdatedTime")))


def _item(raw: Mapping[str, Any]) -> OrderItem | None:
    item_id = _text(raw.get("orderItemId"))
    quantity = raw.get("quantityOrdered")
    if not item_id or not isinstance(quantity, int) or isinstance(quantity, bool):
        return None
    product = _obj(raw.get("product"))
    shipped = _obj(raw.get("fulfillment")).get("quantityFulfilled")
    prices = _breakdowns(_obj(raw.get("proceeds")))
    condition = _obj(product.get("condition"))
    return OrderItem(
        order_item_id=item_id,
        sku=_text(product.get("sellerSku")) or "",
        quantity=quantity,
        product_name=_text(product.get("title")) or "",
        asin=_text(product.get("asin")),
        quantity_shipped=shipped
        if isinstance(shipped, int) and not isinstance(shipped, bool)
        else 0,
        item_price=prices.get("ITEM"),
        item_tax=prices.get("TAX"),
        shipping_price=prices.get("SHIPPING"),
        condition=condition_from_api(
            condition.get("conditionType"), condition.get("conditionSubtype")
        ),
    )


def _buyer_cancel(item: Mapping[str, Any]) -> bool:
    """The buyer asked to cancel this item: ``cancellation.cancellationRequest.requester`` is
    BUYER (``ItemCancellationRequest`` in orders_2026-01-01.json, amzn/selling-partner-api-models;
    BUYER is the one value it documents)."""
    request = _obj(_obj(item.get("cancellation")).get("cancellationRequest"))
    return (_text(request.get("requester")) or "").upper() == "BUYER"


def _contact(raw: Mapping[str, Any]) -> ContactDetails | None:
    """Contact details only from what Amazon sent; None when it sent none (no restricted role,
    or BUYER / RECIPIENT not asked for)."""
    buyer = _obj(raw.get("buyer"))
    recipient = _obj(raw.get("recipient"))
    address = _obj(recipient.get("deliveryAddress"))
    items = [_obj(i) for i in _list(raw.get("orderItems"))]
    gifts = _unique(_gift(i) for i in items)
    links = _unique(
        _text(_obj(_obj(i.get("product")).get("customization")).get("customizedUrl")) for i in items
    )
    contact = ContactDetails(
        buyer_name=_text(buyer.get("buyerName")),
        buyer_email=_text(buyer.get("buyerEmail")),
        recipient_name=_text(address.get("name")),
        company_name=_text(address.get("companyName")) or _text(buyer.get("buyerCompanyName")),
        ship_address_1=_text(address.get("addressLine1")),
        ship_address_2=_text(address.get("addressLine2")),
        ship_address_3=_text(address.get("addressLine3")),
        ship_city=_text(address.get("city")),
        ship_postal_code=_text(address.get("postalCode")),
        ship_phone=_text(address.get("phone")),
        gift_message="\n".join(gifts) or None,
        delivery_instructions=_text(
            _obj(recipient.get("deliveryPreference")).get("addressInstruction")
        ),
        customization_url="\n".join(links) or None,
        purchase_order_number=_text(buyer.get("buyerPurchaseOrderNumber")),
    )
    return None if contact.is_empty() else contact


def _gift(item: Mapping[str, Any]) -> str | None:
    """The item's gift message; '' for a gift without one; None when it is not a gift."""
    packing = _obj(_obj(item.get("fulfillment")).get("packing"))
    if "giftOption" not in packing:
        return None
    return _text(_obj(packing.get("giftOption")).get("giftMessage")) or ""


def _currency(raw: Mapping[str, Any]) -> str | None:
    total = _obj(_obj(raw.get("proceeds")).get("grandTotal"))
    if _text(total.get("currencyCode")):
        return _text(total.get("currencyCode"))
    for item in _list(raw.get("orderItems")):
        price = _obj(_obj(_obj(_obj(item).get("product")).get("price")).get("unitPrice"))
        if _text(price.get("currencyCode")):
            return _text(price.get("currencyCode"))
    return None


def _breakdowns(proceeds: Mapping[str, Any]) -> dict[str, str]:
    result: dict[str, str] = {}
    for entry in _list(proceeds.get("breakdowns")):
        kind = _text(_obj(entry).get("type"))
        amount = _text(_obj(_obj(entry).get("subtotal")).get("amount"))
        if kind and amount and kind not in result:
            result[kind] = amount
    return result


def _shipped_on(raw: Mapping[str, Any]) -> str | None:
    """The day the last package left (``OrderPackage.shipTime``), as the app keeps it."""
    times = [_instant(_obj(p).get("shipTime")) for p in _list(raw.get("packages"))]
    known = [t for t in times if t]
    return max(known)[:10] if known else None


def _instant(value: object) -> str | None:
    """An ISO 8601 instant → ``YYYY-MM-DDTHH:MM:SSZ`` in UTC; None when absent or unreadable."""
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        return None
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _text(value: object) -> str | None:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return None


def _obj(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _unique(values: Any) -> list[str]:
    seen: list[str] = []
    for value in values:
        if value and value not in seen:
            seen.append(value)
    return seen
