"""Packing slips checked by what a reader gets back: text, fonts, page sizes, the barcode."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from datetime import timedelta

import pytest
from documents_helpers import (
    EXTRA_PEOPLE,
    add_order,
    buyers,
    check_absent,
    check_contains,
    contact_of,
    fonts_embedded,
    logical_text,
    need,
    order_id,
    page_size,
    pdfinfo,
    pdftotext,
    write_pdf,
)

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.documents import LAYOUTS, SlipOptions, packing_slips_pdf
from seller_desktop.core.orders.model import ContactDetails, OrderItem
from seller_desktop.core.orders.repository import get_contact_details
from seller_desktop.core.settings import Settings, load_settings, save_settings

RTL = {"ar", "he"}


@pytest.fixture
def slips_of_all_scripts(store, tmp_path):
    people = buyers()
    ids = {}
    for n, (key, (_, _, _, _, market, _)) in enumerate(people.items(), start=1):
        ids[key] = add_order(store, n, marketplace=market, contact=contact_of(key)).order_id
    data = packing_slips_pdf(store, list(ids.values()))
    return write_pdf(tmp_path, data), ids, people


def test_every_script_comes_back_exactly(slips_of_all_scripts):
    path, ids, people = slips_of_all_scripts
    pages = {}
    for number, key in enumerate(ids, start=1):
        raw = pdftotext(path, "-f", str(number), "-l", str(number))
        # Exact strings; Hebrew and Arabic after NFKC (presentation forms → letters).
        pages[key] = logical_text(raw) if key in RTL else raw
    for key, (name, street, city, postal, _, line2) in people.items():
        text = pages[key]
        check_contains(text, ids[key], f"{key}: order id")
        check_contains(text, name, f"{key}: name")
        check_contains(text, street, f"{key}: street")
        check_contains(text, f"{postal} {city}", f"{key}: postal code and city")
        if line2:
            check_contains(text, line2, f"{key}: address line 2")


def test_an_arabic_address_comes_back_whole_lines(store, tmp_path):
    """The mixed lines that need direction marks, line for line: a number and a comma inside an
    Arabic street, Latin inside Arabic, a Hebrew street with a house number."""
    lines = {
        "street": "شارع الشيخ زايد، برج ٣",
        "line2": "برج Apt 5B، الطابق 12",
        "line3": "רחוב הרצל 12, דירה 4",
    }
    add_order(
        store,
        1,
        marketplace="AE",
        contact=ContactDetails(
            recipient_name="محمد العلي",
            ship_address_1=lines["street"],
            ship_address_2=lines["line2"],
            ship_address_3=lines["line3"],
            ship_postal_code="00000",
            ship_city="دبي",
        ),
    )
    text = logical_text(pdftotext(write_pdf(tmp_path, packing_slips_pdf(store, [order_id(1)]))))
    got = text.splitlines()
    for key, line in {**lines, "city": "00000 دبي"}.items():
        if line not in got:
            pytest.fail(f"{key}: not a line of the extracted text", pytrace=False)


def test_the_address_follows_the_destination_country(store, tmp_path):
    """A US parcel reads "City, ST ZIP"; a Japanese one starts at the postal code; a parcel
    abroad names its country."""
    add_order(
        store,
        1,
        marketplace="US",
        ship_country="US",
        ship_region="NY",
        contact=ContactDetails(
            recipient_name="Pat Doe",
            ship_address_1="405 Lexington Ave",
            ship_city="New York",
            ship_postal_code="10174",
        ),
    )
    add_order(
        store,
        2,
        marketplace="JP",
        ship_country="JP",
        ship_region="東京都",
        contact=ContactDetails(
            recipient_name="山田 太郎",
            ship_address_1="千代田1-1",
            ship_city="千代田区",
            ship_postal_code="100-0001",
        ),
    )
    add_order(
        store,
        3,
        marketplace="DE",
        ship_country="AT",
        contact=ContactDetails(
            recipient_name="Eva Gruber",
            ship_address_1="Ring 1",
            ship_city="Wien",
            ship_postal_code="1010",
        ),
    )
    path = write_pdf(tmp_path, packing_slips_pdf(store, [order_id(n) for n in (1, 2, 3)]))
    us, jp, at = (pdftotext(path, "-f", str(n), "-l", str(n)).splitlines() for n in (1, 2, 3))
    assert us.index("405 Lexington Ave") + 1 == us.index("New York, NY 10174")
    # Written in Japanese: postal code, prefecture and city, street, then the name (the order
    # column's lines come between the postal code and the rest in pdftotext's reading). The store
    # ships from the US (its default marketplace), so the Japanese parcel says JAPAN.
    # The name, large and bold, is read apart from the address lines, so the order is checked.
    order = [jp.index(line) for line in ("〒100-0001", "東京都千代田区", "千代田1-1", "山田 太郎")]
    assert order == sorted(order) and jp.index("東京都千代田区") + 1 == jp.index("千代田1-1")
    assert jp.index("JAPAN") > jp.index("山田 太郎")
    assert at.index("1010 Wien") + 1 == at.index("AUSTRIA")


def test_the_country_line_follows_where_the_seller_ships_from(store, tmp_path):
    """A German Amazon.de order sent by a US seller crosses a border: GERMANY on the slip. The
    same order from a seller shipping from Germany stays without it."""
    add_order(
        store,
        1,
        marketplace="DE",
        ship_country="DE",
        contact=ContactDetails(
            recipient_name="Eva Gruber",
            ship_address_1="Ring 1",
            ship_city="Berlin",
            ship_postal_code="10115",
        ),
    )
    save_settings(store, replace(load_settings(store), default_marketplace="US"))

    def lines() -> list[str]:
        pdf = packing_slips_pdf(store, [order_id(1)])
        return pdftotext(write_pdf(tmp_path, pdf)).splitlines()

    got = lines()
    assert got.index("10115 Berlin") + 1 == got.index("GERMANY")
    save_settings(store, replace(load_settings(store), ship_from_country="DE"))
    got = lines()
    assert "10115 Berlin" in got
    assert "GERMANY" not in got


def _fill_greys(pdf: bytes) -> set[str]:
    """Every fill grey the page content sets (``g`` operators), from the decompressed streams."""
    import base64
    import zlib

    greys: set[str] = set()
    for raw in re.findall(rb"stream\r?\n(.*?)endstream", pdf, re.S):
        raw = raw.strip()
        if raw.endswith(b"~>"):  # ReportLab's ASCII85 layer over the page content
            raw = base64.a85decode(raw[:-2])
        try:
            content = zlib.decompressobj().decompress(raw)
        except zlib.error:
            content = raw
        greys.update(m.decode() for m in re.findall(rb"(?<![\d.])([\d.]+) g\b", content))
    return greys


def test_thermal_labels_print_their_labels_black(store):
    """A 203 dpi thermal printer has no grey: small grey labels came out dotted. Office layouts
    keep the grey."""
    add_order(store, 1, contact=contact_of("de"))
    thermal = _fill_greys(packing_slips_pdf(store, [order_id(1)], SlipOptions(layout="4x6")))
    office = _fill_greys(packing_slips_pdf(store, [order_id(1)], SlipOptions(layout="a4")))
    assert not {g for g in thermal if 0 < float(g) < 1}, thermal
    assert any(0 < float(g) < 1 for g in office), office


def test_every_font_is_embedded(slips_of_all_scripts):
    path, _, _ = slips_of_all_scripts
    fonts = fonts_embedded(path)
    assert len(fonts) >= 4  # DejaVu regular and bold, Noto Arabic, Droid Sans Fallback
    assert all(embedded for _, embedded in fonts), [name for name, e in fonts if not e]
    assert not any("Helvetica" in name for name, _ in fonts)


def test_korean_is_drawn_with_nanum(store, tmp_path):
    add_order(
        store,
        1,
        marketplace="US",
        contact=ContactDetails(recipient_name="김민수", ship_city="서울"),
    )
    path = write_pdf(tmp_path, packing_slips_pdf(store, [order_id(1)]))
    check_contains(logical_text(pdftotext(path)), "김민수", "Korean name")
    assert any("NanumGothic" in name for name, _ in fonts_embedded(path))


def test_labels_follow_the_marketplace_language(store, tmp_path):
    add_order(store, 1, marketplace="DE", contact=contact_of("de"))
    add_order(store, 2, marketplace="JP", contact=contact_of("jp"))
    add_order(store, 3, marketplace="US", contact=contact_of("de"))
    path = write_pdf(tmp_path, packing_slips_pdf(store, [order_id(1), order_id(2), order_id(3)]))
    german, japanese, english = (pdftotext(path, "-f", str(n), "-l", str(n)) for n in (1, 2, 3))
    assert "Lieferschein" in german and "Lieferadresse" in german and "Menge" in german
    assert "納品書" in japanese and "お届け先" in japanese and "2026/11/25" in japanese
    assert "Packing slip" in english and "Ship to" in english and "2026-11-25" in english


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_page_size_per_layout(store, tmp_path, name):
    expected = {
        "letter": (612, 792),
        "a4": (595, 842),
        "letter-2up": (612, 792),
        "a4-2up": (595, 842),
        "4x6": (288, 432),
        "4x8": (288, 576),
        "100x150": (283, 425),
        "a6": (298, 420),
    }[name]
    add_order(store, 1, contact=contact_of("de"))
    path = write_pdf(tmp_path, packing_slips_pdf(store, [order_id(1)], SlipOptions(layout=name)))
    assert page_size(path) == expected
    assert all(embedded for _, embedded in fonts_embedded(path))


def test_two_up_puts_two_slips_on_a_sheet(store, tmp_path):
    for n in (1, 2, 3):
        add_order(store, n, contact=contact_of("de"))
    data = packing_slips_pdf(store, [order_id(n) for n in (1, 2, 3)], SlipOptions(layout="a4-2up"))
    path = write_pdf(tmp_path, data)
    assert pdfinfo(path)["Pages"] == "2"
    first = pdftotext(path, "-f", "1", "-l", "1")
    assert order_id(1) in first and order_id(2) in first and order_id(3) not in first


def test_unknown_layout_is_refused(store):
    add_order(store, 1)
    with pytest.raises(BadInput, match="Unknown layout"):
        packing_slips_pdf(store, [order_id(1)], SlipOptions(layout="legal"))


@pytest.mark.parametrize("layout", ["letter", "4x6", "a4-2up"])
def test_barcode_decodes_to_the_order_id(store, tmp_path, layout):
    need("pdftoppm")
    need("zbarimg")
    add_order(store, 7, contact=contact_of("jp"), marketplace="JP")
    path = write_pdf(tmp_path, packing_slips_pdf(store, [order_id(7)], SlipOptions(layout=layout)))
    subprocess.run(
        ["pdftoppm", "-r", "300", "-png", "-f", "1", "-l", "1", str(path), str(tmp_path / "page")],
        check=True,
    )
    png = next(tmp_path.glob("page*.png"))
    decoded = subprocess.run(
        ["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True
    ).stdout.split()
    assert decoded == [order_id(7)]


def test_wiped_order_prints_contact_details_removed(store, tmp_path):
    # Delivered long before the fixed clock: past its retention deadline, so the read guard
    # returns no details even though the row was never physically wiped.
    add_order(
        store,
        1,
        contact=contact_of("de"),
        status="shipped",
        purchased_at="2026-08-01T10:00:00Z",
        delivered_on="2026-08-05",
    )
    add_order(
        store,
        2,
        marketplace="US",
        contact=contact_of("ru"),
        status="shipped",
        purchased_at="2026-08-01T10:00:00Z",
        delivered_on="2026-08-05",
    )
    assert get_contact_details(store, order_id(1)) is None
    path = write_pdf(tmp_path, packing_slips_pdf(store, [order_id(1), order_id(2)]))
    german, english = (pdftotext(path, "-f", str(n), "-l", str(n)) for n in (1, 2))
    assert "Kontaktdaten gelöscht" in german and order_id(1) in german
    assert "Contact details removed" in english
    text = german + english
    for key in ("de", "ru"):
        name, street, city, *_ = buyers()[key]
        for value, what in ((name, "name"), (street, "street"), (city, "city")):
            check_absent(text, value, f"wiped {key} {what}")


def test_prices_only_on_request_and_never_on_gift_orders(store, tmp_path):
    items = [
        OrderItem("a", "MUG-BLUE", 2, "Coffee mug", item_price="25.98"),
        OrderItem("b", "TEE-XL", 1, "T-shirt", item_price="1234.5"),
    ]
    add_order(store, 1, contact=contact_of("de"), items=items)
    gift = contact_of("de")
    gift.gift_message = "Alles Gute zum Geburtstag!"
    add_order(
        store,
        2,
        contact=gift,
        is_gift=True,
        items=[OrderItem("c", "MUG-RED", 1, "Red mug", item_price="19.99")],
    )
    ids = [order_id(1), order_id(2)]

    with_prices = write_pdf(
        tmp_path, packing_slips_pdf(store, ids, SlipOptions(show_prices=True)), "prices.pdf"
    )
    plain, gift_page = (pdftotext(with_prices, "-f", str(n), "-l", str(n)) for n in (1, 2))
    assert "25.98 EUR" in plain and "1,234.50 EUR" in plain and "Preis" in plain
    assert "19.99" not in gift_page and "Preis" not in gift_page
    check_contains(gift_page, "Alles Gute zum Geburtstag!", "gift message")
    assert "Geschenknachricht" in gift_page

    without = pdftotext(write_pdf(tmp_path, packing_slips_pdf(store, ids), "plain.pdf"))
    assert "25.98" not in without and "19.99" not in without and "Preis" not in without


def test_long_order_continues_with_page_x_of_y(store, tmp_path):
    items = [
        OrderItem(f"i{k}", f"SKU-{k:03d}", 1 + k % 3, f"Product number {k} with a name")
        for k in range(60)
    ]
    add_order(store, 1, marketplace="US", contact=contact_of("de"), items=items)
    add_order(store, 2, marketplace="US", contact=contact_of("gr"))
    path = write_pdf(tmp_path, packing_slips_pdf(store, [order_id(1), order_id(2)]))
    pages = int(pdfinfo(path)["Pages"])
    assert pages == 3
    first, second, third = (pdftotext(path, "-f", str(n), "-l", str(n)) for n in (1, 2, 3))
    assert "Page 1 of 2" in first and "Page 2 of 2" in second
    assert "continued" in second and order_id(1) in second
    assert "Page" not in third  # a one-page slip has no page number
    skus = re.findall(r"SKU-\d{3}", first + second)
    assert skus == [f"SKU-{k:03d}" for k in range(60)]  # every item once, in order
    assert "Thank you for your order!" in second and "Thank you" not in first


def test_logo_return_address_and_footer(store, tmp_path):
    settings = load_settings(store)
    png = _tiny_png()
    save_settings(
        store,
        Settings(
            business_name="Blue Harbor Goods",
            return_address="Hafenstraße 3\n20457 Hamburg",
            default_marketplace=settings.default_marketplace,
        ).with_logo(png),
    )
    for n in range(1, 4):
        add_order(store, n, contact=contact_of("de"))
    data = packing_slips_pdf(
        store,
        [order_id(n) for n in range(1, 4)],
        SlipOptions(footer_text="Fragen? hallo@example.com"),
    )
    assert data.count(b"/Subtype /Image") == 1  # the logo is embedded once for all slips
    text = pdftotext(write_pdf(tmp_path, data))
    assert "Blue Harbor Goods" in text and "Hafenstraße 3" in text and "20457 Hamburg" in text
    assert text.count("Fragen? hallo@example.com") == 3
    assert "Vielen Dank" not in text


def test_damaged_logo_is_left_out(store, tmp_path):
    save_settings(store, load_settings(store).with_logo(b"\x89PNG\r\n\x1a\nnot really"))
    add_order(store, 1, contact=contact_of("de"))
    data = packing_slips_pdf(store, [order_id(1)])
    assert b"/Subtype /Image" not in data
    assert order_id(1) in pdftotext(write_pdf(tmp_path, data))


def test_unknown_order_and_empty_selection_are_refused(store):
    add_order(store, 1)
    with pytest.raises(BadInput, match="no order NOPE"):
        packing_slips_pdf(store, [order_id(1), "NOPE"])
    with pytest.raises(BadInput, match="No orders"):
        packing_slips_pdf(store, [])


def test_pdf_metadata_holds_no_personal_data(store):
    add_order(store, 1, contact=contact_of("de"))
    data = packing_slips_pdf(store, [order_id(1)])
    info = data[data.rfind(b"/Producer") - 400 :]
    assert b"Packing slips" in data
    for value in buyers()["de"][:3]:
        assert value.encode("utf-8") not in info and value.encode("utf-16-be") not in info


def test_extra_people_cover_polish_and_turkish():
    assert {"pl", "tr", "he"} <= set(EXTRA_PEOPLE)


def _tiny_png() -> bytes:
    """A 2×1 PNG written by hand (zlib + CRCs), so the test needs no imaging library."""
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body))
            + kind
            + body
            + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
        )

    raw = b"\x00" + b"\x1f\x4e\x79" + b"\xf2\xa9\x3b"
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 1, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def test_clock_moves_contact_out_of_slips(store, opened, clock, tmp_path):
    """An order still held prints its name; past its deadline the same order prints the notice."""
    add_order(
        store,
        1,
        marketplace="US",
        contact=contact_of("gr"),
        status="shipped",
        purchased_at="2026-11-20T10:00:00Z",
        delivered_on="2026-11-22",
    )
    before = pdftotext(write_pdf(tmp_path, packing_slips_pdf(store, [order_id(1)]), "a.pdf"))
    check_contains(before, buyers()["gr"][0], "held name")
    clock.advance(timedelta(days=40))
    after = pdftotext(write_pdf(tmp_path, packing_slips_pdf(store, [order_id(1)]), "b.pdf"))
    check_absent(after, buyers()["gr"][0], "name past the deadline")
    assert "Contact details removed" in after
