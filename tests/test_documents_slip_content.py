"""What a packing slip says about the order beyond the address: the ship service in words in the
slip's language, each item's ASIN, and an Amazon Custom order's customization link as a QR code,
each checked by what a reader gets back (pdftotext, zbarimg)."""

from __future__ import annotations

from documents_helpers import add_order, contact_of, order_id, pdftotext, write_pdf

from seller_desktop.core.documents import SlipOptions, packing_slips_pdf
from seller_desktop.core.documents.ship_services import LEVELS, ship_service_name
from seller_desktop.core.orders.model import OrderItem


def test_the_ship_service_is_printed_in_the_slip_language(store, tmp_path):
    add_order(store, 1, marketplace="DE", contact=contact_of("de"), ship_service="Expedited")
    add_order(store, 2, marketplace="DE", contact=contact_of("de"), ship_service="NextDay")
    add_order(store, 3, marketplace="JP", contact=contact_of("jp"), ship_service="Expedited")
    add_order(store, 4, marketplace="DE", contact=contact_of("de"), ship_service="DHL Paket 2kg")
    ids = [order_id(n) for n in (1, 2, 3, 4)]
    path = write_pdf(tmp_path, packing_slips_pdf(store, ids))
    express, premium, japanese, unknown = (
        pdftotext(path, "-f", str(n), "-l", str(n)) for n in (1, 2, 3, 4)
    )
    assert "Versandart" in express and "Expressversand" in express
    assert "Expedited" not in express
    assert "Premiumversand" in premium and "NextDay" not in premium
    assert "お急ぎ便" in japanese
    assert "DHL Paket 2kg" in unknown  # a code the table does not know is printed as it came


def test_every_level_has_words_in_every_required_language():
    for language in ("en", "de", "fr", "es", "it", "ja", "ar"):
        names = [ship_service_name(code, language) for code in LEVELS]
        assert all(name and name not in LEVELS for name in names), language
        assert len(set(names)) == len(LEVELS), language
    assert ship_service_name("second-day", "fr") == "Livraison en 2 jours"
    assert ship_service_name("NextDay", "xx") == "One-day delivery"  # unknown language: English
    assert ship_service_name("Std US D2D Dom", "de") == "Std US D2D Dom"
    assert ship_service_name(None, "de") == ""


def test_each_item_line_carries_its_asin(store, tmp_path):
    items = [
        OrderItem("a", "MUG-BLUE", 2, "Coffee mug, blue", asin="B0C1MUGBLU"),
        OrderItem("b", "TEE-XL", 1, "T-shirt", asin=None),
    ]
    add_order(store, 1, contact=contact_of("de"), items=items)
    label_item = OrderItem("c", "MUG-BLUE", 1, "Coffee mug, blue", asin="B0C1MUGBLU")
    add_order(store, 2, contact=contact_of("de"), items=[label_item])
    data = packing_slips_pdf(store, [order_id(1)])
    sheet = pdftotext(write_pdf(tmp_path, data, "sheet.pdf"))
    assert "ASIN B0C1MUGBLU" in sheet and sheet.count("ASIN") == 1  # none for an item without
    label = packing_slips_pdf(store, [order_id(2)], SlipOptions(layout="4x6"))
    thermal = pdftotext(write_pdf(tmp_path, label, "label.pdf"))
    assert "SKU MUG-BLUE" in thermal and "ASIN B0C1MUGBLU" in thermal
