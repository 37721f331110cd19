"""The item condition of an Orders API v2026-01-01 order (``product.condition``)."""

from __future__ import annotations

import copy

from fake_spapi import example_orders

from seller_desktop.core.amazon.mapping import MappedOrder, map_order


def test_the_getorder_example_item_is_new():
    # The example is Fulfilled by Amazon (skipped); the same order shipped by the seller.
    raw = copy.deepcopy(next(o for o in example_orders() if o["orderId"] == "250-1234567-8901234"))
    raw["fulfillment"]["fulfilledBy"] = "MERCHANT"
    mapped = map_order(raw)
    assert isinstance(mapped, MappedOrder)
    assert [i.condition for i in mapped.order.items] == ["New"] * len(raw["orderItems"])
    used = copy.deepcopy(raw)
    for item in used["orderItems"]:
        item["product"]["condition"] = {"conditionType": "USED", "conditionSubtype": "GOOD"}
    again = map_order(used)
    assert isinstance(again, MappedOrder)
    assert [i.condition for i in again.order.items] == ["Used – Good"] * len(raw["orderItems"])
