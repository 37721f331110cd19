"""Pick list totals and walking order, with and without the products table; products core."""

from __future__ import annotations

import re

import pytest
from documents_helpers import (
    add_order,
    contact_of,
    fonts_embedded,
    order_id,
    page_size,
    pdfinfo,
    pdftotext,
    write_pdf,
)

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.documents import build_pick_list, pick_list_pdf
from seller_desktop.core.orders.model import OrderItem
from seller_desktop.core.orders.products import (
    Product,
    add_skus_from_orders,
    get_product_image,
    get_products,
    list_products,
    save_product,
    valid_gtin,
)
from seller_desktop.core.orders.repository import get_order


def _orders(store):
    add_order(
        store,
        1,
        contact=contact_of("de"),
        items=[
            OrderItem("1a", "TEE-XL", 2, "T-shirt XL"),
            OrderItem("1b", "MUG-BLUE", 1, "Blue mug"),
        ],
    )
    add_order(
        store,
        2,
        contact=contact_of("jp"),
        marketplace="JP",
        items=[OrderItem("2a", "MUG-BLUE", 3, "Blue mug"), OrderItem("2b", "CAP-10", 1, "帽子")],
    )
    add_order(
        store,
        3,
        items=[
            OrderItem("3a", "CAP-2", 4, "Cap small", quantity_shipped=1),
            OrderItem("3b", "BAG", 1, "Bag", quantity_shipped=1),
        ],
    )
    return [order_id(n) for n in (1, 2, 3)]


def test_totals_sorted_by_sku_without_products(store):
    ids = _orders(store)
    assert list_products(store) == []
    lines = build_pick_list([get_order(store, i) for i in ids], get_products(store, ["TEE-XL"]))
    assert [(ln.sku, ln.quantity, ln.orders) for ln in lines] == [
        ("CAP-2", 3, 1),
        ("CAP-10", 1, 1),
        ("MUG-BLUE", 4, 2),
        ("TEE-XL", 2, 1),
    ]  # BAG all shipped
    assert lines[0].bin_location is None and lines[2].name == "Blue mug"


def test_bins_first_in_walking_order_then_skus(store, tmp_path):
    ids = _orders(store)
    save_product(store, Product("TEE-XL", bin_location="A10", name_override="Organic tee, XL"))
    save_product(store, Product("CAP-10", bin_location="A2"))
    lines = build_pick_list(
        [get_order(store, i) for i in ids],
        get_products(store, ["TEE-XL", "CAP-10", "MUG-BLUE", "CAP-2"]),
    )
    assert [ln.sku for ln in lines] == ["CAP-10", "TEE-XL", "CAP-2", "MUG-BLUE"]
    assert lines[1].name == "Organic tee, XL"

    path = write_pdf(tmp_path, pick_list_pdf(store, ids))
    text = pdftotext(path, "-layout")
    assert re.findall(r"CAP-10|TEE-XL|CAP-2\b|MUG-BLUE", text) == [
        "CAP-10",
        "TEE-XL",
        "CAP-2",
        "MUG-BLUE",
    ]
    assert re.search(r"\b4\s+MUG-BLUE\s+Blue mug", text)
    assert re.search(r"\b2\s+A10\s+TEE-XL\s+Organic tee, XL", text)
    assert "Orders: 3" in text and "Units: 10" in text and "2026-11-28 12:00 UTC" in text
    assert "帽子" in text
    for value in contact_of("de").ship_to_lines() + contact_of("jp").ship_to_lines():
        assert value not in text, "a pick list names no buyer"
    assert all(embedded for _, embedded in fonts_embedded(path))


def test_pick_list_layouts_and_pages(store, tmp_path):
    items = [OrderItem(f"x{k}", f"SKU-{k:03d}", 1, f"Item {k}") for k in range(90)]
    add_order(store, 1, items=items)
    path = write_pdf(tmp_path, pick_list_pdf(store, [order_id(1)], "4x6"))
    assert page_size(path) == (288, 432)
    pages = int(pdfinfo(path)["Pages"])
    assert pages > 1
    last = pdftotext(path, "-f", str(pages), "-l", str(pages))
    assert f"Page {pages} of {pages}" in last
    whole = pdftotext(path)
    assert re.findall(r"SKU-\d{3}", whole) == [f"SKU-{k:03d}" for k in range(90)]

    two_up = write_pdf(tmp_path, pick_list_pdf(store, [order_id(1)], "letter-2up"), "2up.pdf")
    assert page_size(two_up) == (612, 792)
    letter = write_pdf(tmp_path, pick_list_pdf(store, [order_id(1)], "letter"), "letter.pdf")
    assert pdfinfo(two_up)["Pages"] == pdfinfo(letter)["Pages"]  # the whole sheet, not half


def test_pick_list_refuses_unknown_and_empty(store):
    add_order(store, 1, items=[OrderItem("z", "DONE", 1, "Done", quantity_shipped=1)])
    with pytest.raises(BadInput, match="nothing left to pick"):
        pick_list_pdf(store, [order_id(1)])
    with pytest.raises(BadInput, match="no order X"):
        pick_list_pdf(store, ["X"])


def test_products_round_trip_and_validation(store):
    _orders(store)
    assert add_skus_from_orders(store) == 5
    assert add_skus_from_orders(store) == 0
    saved = save_product(
        store,
        Product(
            " MUG-BLUE ",
            name_override="  Blue mug 350 ml ",
            bin_location="B3",
            barcode="4006381333931",
        ),
        image=b"\x89PNG\r\n\x1a\nxx",
    )
    assert saved == Product("MUG-BLUE", "Blue mug 350 ml", "B3", "4006381333931", True)
    assert get_product_image(store, "MUG-BLUE") == b"\x89PNG\r\n\x1a\nxx"
    save_product(store, Product("MUG-BLUE", bin_location="B4"))  # image kept when not given
    assert get_products(store, ["MUG-BLUE"])["MUG-BLUE"].has_image
    save_product(store, Product("MUG-BLUE"), image=b"")
    assert not get_products(store, ["MUG-BLUE"])["MUG-BLUE"].has_image
    assert [p.sku for p in list_products(store)] == ["BAG", "CAP-10", "CAP-2", "MUG-BLUE", "TEE-XL"]
    with pytest.raises(BadInput, match="not a valid UPC or EAN"):
        save_product(store, Product("X", barcode="4006381333932"))
    with pytest.raises(BadInput, match="PNG or JPEG"):
        save_product(store, Product("X"), image=b"GIF89a")
    assert valid_gtin("036000291452") and valid_gtin("96385074") and not valid_gtin("12345")
