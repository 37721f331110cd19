"""Amazon's example orders (v2026-01-01) mapped to the app's model, and robustness to what the
model leaves optional."""

from __future__ import annotations

import copy

import pytest
from fake_spapi import example_orders

from seller_desktop.core.amazon.mapping import (
    FULFILLED_BY_AMAZON,
    UNKNOWN_MARKETPLACE,
    UNREADABLE,
    MappedOrder,
    Skipped,
    map_order,
)


def _by_id(order_id: str) -> dict:
    return next(o for o in example_orders() if o["orderId"] == order_id)


def _mapped(raw: dict) -> MappedOrder:
    result = map_order(raw)
    assert isinstance(result, MappedOrder)
    return result


def test_the_us_business_gift_order_of_the_searchorders_example():
    raw = _by_id("123-4567890-1234567")
    m = _mapped(raw)
    o = m.order
    assert (o.marketplace, o.status, o.source) == ("US", "shipped", "amazon_api")
    assert o.purchased_at == "2024-12-25T10:30:00Z"
    assert o.is_business is True and o.is_gift is True
    f = raw["fulfillment"]
    assert o.latest_ship_date == f["shipByWindow"]["latestDateTime"].replace(".000", "")[:19] + "Z"
    assert o.latest_delivery_date is not None
    assert o.ship_country == raw["recipient"]["deliveryAddress"]["countryCode"]
    assert [i.order_item_id for i in o.items] == [i["orderItemId"] for i in raw["orderItems"]]
    first, item = o.items[0], raw["orderItems"][0]
    assert first.sku == item["product"]["sellerSku"] and first.asin == item["product"]["asin"]
    assert first.product_name == item["product"]["title"]
    assert first.quantity == item["quantityOrdered"]
    assert first.quantity_shipped == item["fulfillment"]["quantityFulfilled"]
    assert o.has_contact_details and m.contact is not None
    assert m.contact.recipient_name == raw["recipient"]["deliveryAddress"]["name"]
    assert m.contact.buyer_email == raw["buyer"]["buyerEmail"]
    assert repr(m.contact) == "ContactDetails(<redacted>)"
    assert raw["recipient"]["deliveryAddress"]["name"] not in repr(m)


def test_the_gb_order_with_a_gift_message():
    raw = _by_id("202-1234567-8901234")
    m = _mapped(raw)
    message = raw["orderItems"][0]["fulfillment"]["packing"]["giftOption"]["giftMessage"]
    assert m.contact is not None and m.contact.gift_message == message
    assert m.order.marketplace == "GB" and m.order.is_gift
    assert m.order.currency == "GBP"


def test_statuses_come_from_the_fulfillment_status():
    assert _mapped(_by_id("171-2345678-9012345")).order.status == "unshipped"
    raw = _by_id("171-2345678-9012345")
    for amazon, ours in [
        ("PENDING", "pending"),
        ("PENDING_AVAILABILITY", "pending"),
        ("PARTIALLY_SHIPPED", "partially_shipped"),
        ("CANCELLED", "cancelled"),
    ]:
        raw["fulfillment"]["fulfillmentStatus"] = amazon
        assert _mapped(raw).order.status == ours


def test_an_order_without_buyer_and_recipient_has_no_contact_details():
    raw = copy.deepcopy(_by_id("114-9876543-1234567"))  # the sandbox's order without buyer
    raw.pop("recipient")
    for item in raw["orderItems"]:
        item.get("fulfillment", {}).pop("packing", None)
    m = _mapped(raw)
    assert m.contact is None and m.order.has_contact_details is False
    assert m.order.ship_country is None


def test_fulfilled_by_amazon_and_unknown_marketplaces_are_skipped():
    assert map_order(_by_id("250-1234567-8901234")) == Skipped(
        "250-1234567-8901234", FULFILLED_BY_AMAZON
    )
    raw = copy.deepcopy(_by_id("028-1234567-8901234"))
    raw["salesChannel"]["marketplaceId"] = "A28R8C7NBKEWEA"  # Ireland: not an app marketplace
    assert map_order(raw) == Skipped("028-1234567-8901234", UNKNOWN_MARKETPLACE)


def test_every_example_order_maps_or_is_skipped_for_a_reason():
    results = [map_order(o) for o in example_orders()]
    assert sum(isinstance(r, Skipped) for r in results) == 1
    assert all(r.order.items for r in results if isinstance(r, MappedOrder))


def _minimal() -> dict:
    """Only what the model requires (``/definitions/Order/required``, ``OrderItem/required``)."""
    return {
        "orderId": "111-0000000-0000001",
        "createdTime": "2026-11-30T10:00:00+01:00",
        "lastUpdatedTime": "2026-11-30T10:05:00Z",
        "salesChannel": {"channelName": "AMAZON", "marketplaceId": "A1PA6795UKMFR9"},
        "orderItems": [{"orderItemId": "1", "quantityOrdered": 2, "product": {}}],
    }


def test_only_the_required_fields_still_map():
    m = _mapped(_minimal())
    o = m.order
    assert (o.marketplace, o.purchased_at, o.currency) == ("DE", "2026-11-30T09:00:00Z", "EUR")
    assert o.status == "pending" and o.ship_service is None and not o.is_business
    assert o.items[0].sku == "" and o.items[0].quantity == 2 and o.items[0].asin is None
    assert m.contact is None and m.last_updated == "2026-11-30T10:05:00Z"


@pytest.mark.parametrize(
    "change",
    [
        lambda o: o.update(fulfillment=None),
        lambda o: o.update(recipient={"deliveryAddress": "not an object"}),
        lambda o: o.update(programs="AMAZON_BUSINESS"),
        lambda o: o.update(packages=[{"packageReferenceId": "1", "shipTime": "yesterday"}]),
        lambda o: o["orderItems"][0].update(fulfillment={"quantityFulfilled": "two"}),
        lambda o: o.update(proceeds={"grandTotal": {"amount": "1"}}),
    ],
)
def test_odd_optional_values_are_read_as_unknown(change):
    raw = _minimal()
    change(raw)
    assert isinstance(map_order(raw), MappedOrder)


def test_an_order_missing_what_the_model_requires_is_skipped_not_a_crash():
    for key in ("orderId", "createdTime"):
        raw = _minimal()
        raw.pop(key)
        assert isinstance(map_order(raw), Skipped) and map_order(raw).reason == UNREADABLE
    raw = _minimal()
    raw["orderItems"][0].pop("quantityOrdered")
    assert map_order(raw).reason == UNREADABLE
