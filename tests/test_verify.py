"""Scan to verify in core: units per SKU less what already shipped, EAN/UPC matched as GTIN-14
(a UPC-A scanned from the box counts for the EAN-13 with a leading 0), wrong, extra and unknown
codes not counted, SKUs for products without an EAN, and the orders that cannot be verified."""

from __future__ import annotations

import pytest
from documents_helpers import add_order, order_id

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.orders.model import OrderItem
from seller_desktop.core.orders.products import Product, save_product
from seller_desktop.core.orders.verify import (
    Outcome,
    find_order,
    gtin_key,
    start_verification,
)

MUG_EAN = "4006381333931"
BEAN_UPC = "036000291452"  # UPC-A; stored as typed, scanned as EAN-13 with a leading 0 too
OTHER_EAN = "5901234123457"


@pytest.fixture
def verification(store):
    save_product(store, Product("MUG-BLUE", barcode=MUG_EAN))
    save_product(store, Product("BEAN-1KG", barcode=BEAN_UPC))
    save_product(store, Product("TEA-GREEN", barcode=OTHER_EAN))
    add_order(
        store,
        1,
        items=[
            OrderItem("1-1", "MUG-BLUE", 2, "Coffee mug, blue"),
            OrderItem("1-2", "BEAN-1KG", 1, "Beans"),
            OrderItem("1-3", "CARD-XMAS", 1, "Christmas card"),  # no product, no EAN
        ],
    )
    return start_verification(store, find_order(store, f" {order_id(1)}\n"))


def test_gtin_key_treats_upc_a_and_ean_13_alike():
    assert gtin_key("036000291452") == gtin_key("0036000291452") == "00036000291452"
    assert gtin_key("96385074") == "00000096385074"
    assert gtin_key("MUG-BLUE") is None and gtin_key("12345") is None
    assert gtin_key("4006-381333931") is None


def test_scans_count_each_unit_and_finish_the_order(verification):
    assert [(line.sku, line.expected) for line in verification.lines] == [
        ("MUG-BLUE", 2),
        ("BEAN-1KG", 1),
        ("CARD-XMAS", 1),
    ]
    first = verification.scan(MUG_EAN)
    assert first.outcome is Outcome.MATCHED and first.counted
    assert (first.line.sku, first.line.counted, first.line.expected) == ("MUG-BLUE", 1, 2)
    assert verification.scan(MUG_EAN + "\r").line.counted == 2
    assert verification.scan("0" + BEAN_UPC).outcome is Outcome.MATCHED
    assert not verification.done
    assert verification.scan("CARD-XMAS").outcome is Outcome.MATCHED  # its SKU: it has no EAN
    assert verification.done and verification.counted == verification.expected == 4


def test_wrong_extra_and_unknown_codes_are_not_counted(verification):
    wrong = verification.scan(OTHER_EAN)
    assert wrong.outcome is Outcome.WRONG and wrong.other_sku == "TEA-GREEN"
    assert not wrong.counted
    assert verification.scan("0012345678905").outcome is Outcome.UNKNOWN
    assert verification.scan("nonsense").outcome is Outcome.UNKNOWN
    needs = verification.scan("MUG-BLUE")  # the slip's SKU cannot stand in for the mug itself
    assert needs.outcome is Outcome.NEEDS_BARCODE and needs.line.counted == 0
    verification.scan(BEAN_UPC)
    extra = verification.scan(BEAN_UPC)
    assert extra.outcome is Outcome.EXTRA and extra.line.counted == 1
    assert verification.counted == 1


def test_count_by_hand(verification):
    assert verification.count_by_hand("CARD-XMAS").outcome is Outcome.MATCHED
    assert verification.count_by_hand("CARD-XMAS").outcome is Outcome.EXTRA
    assert verification.count_by_hand("NOPE").outcome is Outcome.UNKNOWN


def test_units_already_shipped_are_not_expected_and_same_skus_add_up(store):
    add_order(
        store,
        2,
        status="partially_shipped",
        items=[
            OrderItem("2-1", "MUG-BLUE", 3, "Mug", quantity_shipped=1),
            OrderItem("2-2", "MUG-BLUE", 1, "Mug"),
            OrderItem("2-3", "BEAN-1KG", 1, "Beans", quantity_shipped=1),
        ],
    )
    verification = start_verification(store, find_order(store, order_id(2)))
    assert [(line.sku, line.expected) for line in verification.lines] == [("MUG-BLUE", 3)]


@pytest.mark.parametrize(
    "status, items, words",
    [
        ("shipped", None, "already shipped"),
        ("unshipped", [OrderItem("3-1", "MUG", 1, "Mug", quantity_shipped=1)], "already shipped"),
        ("cancelled", None, "cancelled"),
        ("pending", None, "pending"),
    ],
)
def test_orders_that_cannot_be_verified_say_why(store, status, items, words):
    add_order(store, 3, status=status, items=items)
    with pytest.raises(BadInput, match=words):
        start_verification(store, find_order(store, order_id(3)))


def test_order_without_items_and_unknown_ids(store):
    order = add_order(store, 4)
    order.items = []
    with pytest.raises(BadInput, match="no items"):
        start_verification(store, order)
    assert find_order(store, "999-0000000-0000000") is None
    assert find_order(store, "  ") is None
