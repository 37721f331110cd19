"""What a packing slip says about the order beyond the address: the ship service in words in the
slip's language, each item's ASIN, and an Amazon Custom order's customization link as a QR code,
each checked by what a reader gets back (pdftotext, zbarimg)."""

from __future__ import annotations

import subprocess

import pytest
from documents_helpers import add_order, contact_of, need, order_id, pdftotext, write_pdf

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


LINK = "https://zme-caps.amazon.com/t/Qx7rW2pLk9/CUSTOM-1234/0?locale=de_DE&v=2&x=%C3%A4"


def _decoded(path, tmp_path, name):
    need("pdftoppm")
    need("zbarimg")
    prefix = tmp_path / name
    subprocess.run(["pdftoppm", "-r", "300", "-png", str(path), str(prefix)], check=True)
    found = []
    for png in sorted(tmp_path.glob(f"{name}*.png")):
        out = subprocess.run(
            ["zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable", str(png)],
            capture_output=True,
            text=True,
        )
        found += [line for line in out.stdout.splitlines() if line]
    return found


@pytest.mark.parametrize("layout", ["letter", "4x6", "a4-2up"])
def test_an_amazon_custom_order_carries_its_link_as_a_qr_code(store, tmp_path, layout):
    contact = contact_of("de")
    contact.customization_url = LINK
    items = [OrderItem("a", "NAME-MUG", 1, "Mug with your name", asin="B0CUSTOM01")]
    add_order(store, 1, contact=contact, items=items, ship_service="Expedited")
    add_order(store, 2, contact=contact_of("de"))  # no customization: no code, no mark
    ids = [order_id(1), order_id(2)]
    path = write_pdf(tmp_path, packing_slips_pdf(store, ids, SlipOptions(layout=layout)))
    assert _decoded(path, tmp_path, "page") == [LINK]  # exactly the stored link, once
    if layout == "a4-2up":  # both slips on one A4 sheet: the top half is the custom order
        custom, plain = (
            pdftotext(path, "-x", "0", "-y", y, "-W", "595", "-H", "421") for y in ("0", "421")
        )
    else:
        custom, plain = (pdftotext(path, "-f", str(n), "-l", str(n)) for n in (1, 2))
    for text in ("Personalisiert", "Scannen für die Personalisierung", "ASIN B0CUSTOM01"):
        assert text in custom, text
    assert "Expressversand" in custom
    assert "Personalisiert" not in plain and "Scannen" not in plain


def test_a_wiped_custom_order_prints_no_link(store, tmp_path):
    contact = contact_of("de")
    contact.customization_url = LINK
    add_order(
        store,
        1,
        contact=contact,
        status="shipped",
        purchased_at="2026-08-01T10:00:00Z",
        delivered_on="2026-08-05",
    )
    path = write_pdf(tmp_path, packing_slips_pdf(store, [order_id(1)]))
    assert _decoded(path, tmp_path, "page") == []
    assert "Personalisiert" not in pdftotext(path)
