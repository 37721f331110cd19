"""Packing slips shaped by the slip template: optional columns (SKU, ASIN, condition, image,
EAN/UPC with a scannable barcode), the total units, the message and returns blocks, and branding
per marketplace (logo, name, return address), each checked on what a reader gets back
(pdftotext, zbarimg, the page's pixels)."""

from __future__ import annotations

import io
import subprocess
from dataclasses import replace

import pytest
from documents_helpers import add_order, contact_of, need, order_id, pdftotext, write_pdf
from PIL import Image

from seller_desktop.core.documents import SlipOptions, packing_slips_pdf
from seller_desktop.core.documents.condition_labels import CONDITION_WORDS, condition_text
from seller_desktop.core.documents.labels import LABELS
from seller_desktop.core.documents.templates import (
    Branding,
    SlipTemplate,
    Templates,
    save_templates,
)
from seller_desktop.core.orders.model import OrderItem
from seller_desktop.core.orders.products import Product, save_product
from seller_desktop.core.settings import load_settings, save_settings

ALL = ("sku", "asin", "condition", "image", "ean")
EAN = "4006381333931"


def _png(colour: tuple[int, int, int], size: tuple[int, int] = (40, 20)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


def _items(n: int) -> list[OrderItem]:
    return [
        OrderItem(f"{n}-1", "MUG-BLUE", 2, "Coffee mug, blue", asin="B000TEST01", condition="New"),
        OrderItem(
            f"{n}-2", "BOOK-1", 3, "A used book", asin="B000TEST02", condition="Used – Very good"
        ),
    ]


def _store_with_products(store) -> None:
    save_product(store, Product("MUG-BLUE", barcode=EAN), _png((0, 160, 0), (30, 30)))
    save_product(store, Product("BOOK-1", barcode="036000291452"))


def _slip(store, tmp_path, template: SlipTemplate, layout: str = "letter", marketplace="DE"):
    _store_with_products(store)
    add_order(store, 1, marketplace=marketplace, contact=contact_of("de"), items=_items(1))
    data = packing_slips_pdf(store, [order_id(1)], SlipOptions(layout=layout), template)
    return write_pdf(tmp_path, data, f"{layout}.pdf")


@pytest.mark.parametrize("layout", ["letter", "4x6", "a4-2up"])
def test_all_columns_print_and_the_ean_barcode_scans(store, tmp_path, layout):
    path = _slip(store, tmp_path, SlipTemplate(columns=ALL), layout)
    text = pdftotext(path)
    assert "MUG-BLUE" in text and "ASIN B000TEST01" in text
    assert "Zustand: Gebraucht – Sehr gut" in text
    assert "Zustand: Neu" not in text  # plain New is not printed
    assert EAN in text and "036000291452" in text
    if layout != "4x6":
        assert "EAN/UPC" in text
    need("zbarimg")
    need("pdftoppm")
    subprocess.run(["pdftoppm", "-r", "300", "-png", str(path), str(tmp_path / "p")], check=True)
    page = sorted(tmp_path.glob("p*.png"))[0]
    found = subprocess.run(
        ["zbarimg", "--quiet", "--raw", str(page)], capture_output=True, text=True
    ).stdout.split()
    assert EAN in found and ("036000291452" in found or "0036000291452" in found)


def test_columns_switched_off_leave_no_head_and_no_values(store, tmp_path):
    path = _slip(store, tmp_path, SlipTemplate(columns=()))
    text = pdftotext(path)
    for absent in ("SKU", "MUG-BLUE", "ASIN", "EAN/UPC", EAN, "Zustand"):
        assert absent not in text, absent
    assert "Coffee mug, blue" in text


def test_the_default_template_prints_sku_and_asin_only(store, tmp_path):
    path = _slip(store, tmp_path, SlipTemplate())
    text = pdftotext(path)
    assert "MUG-BLUE" in text and "ASIN B000TEST01" in text
    assert "EAN/UPC" not in text and EAN not in text and "Zustand" not in text


def test_total_units_message_and_returns(store, tmp_path):
    template = SlipTemplate(
        message="Thanks for buying\nfrom us.", returns="Send it back within 30 days."
    )
    path = _slip(store, tmp_path, template)
    text = pdftotext(path)
    assert "Gesamtmenge: 5" in text
    assert "Nachricht" in text and "Thanks for buying" in text and "from us." in text
    assert "Rücksendungen" in text and "Send it back within 30 days." in text
    assert text.index("Gesamtmenge") < text.index("Nachricht") < text.index("Rücksendungen")


def test_long_blocks_go_on_to_further_pages(store, tmp_path):
    words = " ".join(f"word{n}" for n in range(90))
    template = SlipTemplate(message=words[:590], returns=words[:590])
    _store_with_products(store)
    items = [OrderItem(f"1-{n}", f"SKU-{n}", 1, f"Item {n}") for n in range(14)]
    add_order(store, 1, marketplace="US", contact=contact_of("de"), items=items)
    data = packing_slips_pdf(store, [order_id(1)], SlipOptions(layout="4x6"), template)
    path = write_pdf(tmp_path, data)
    pages = [pdftotext(path, "-f", str(n), "-l", str(n)) for n in (1, 2, 3)]
    joined = " ".join(" ".join(p.split()) for p in pages)
    assert "Total units: 14" in joined and "Returns" in joined and "word80" in joined
    assert "Page 1 of" in pages[0]


def test_every_language_has_the_new_labels_and_condition_words():
    for language, table in LABELS.items():
        for key in ("total_units", "message", "returns"):
            assert key in table, (language, key)
        assert "{units}" in table["total_units"]
    assert set(CONDITION_WORDS) == set(LABELS)
    assert condition_text("Used – Like new", "fr") == "État: D'occasion – Comme neuf"
    assert condition_text("Gebraucht", "de") == "Zustand: Gebraucht"


def _colour_near_top(path, tmp_path, page: int) -> tuple[int, int, int]:
    need("pdftoppm")
    prefix = tmp_path / f"page{page}"
    subprocess.run(
        ["pdftoppm", "-r", "60", "-f", str(page), "-l", str(page), "-png", str(path), str(prefix)],
        check=True,
    )
    image = Image.open(next(tmp_path.glob(f"page{page}*.png"))).convert("RGB")
    # The logo is the top-left of the slot: sample the inside of its box (0.5" margins).
    return image.getpixel((40, 36))


def test_branding_per_marketplace(store, tmp_path):
    settings = load_settings(store)
    save_settings(
        store, replace(settings, return_address="General St 1").with_logo(_png((255, 0, 0)))
    )
    german = Branding(return_address="Rückgabe GmbH\nLagerweg 5").with_logo(_png((0, 0, 255)))
    template = SlipTemplate(branding={"DE": german})
    save_templates(store, Templates(slip=template))
    add_order(store, 1, marketplace="DE", contact=contact_of("de"))
    add_order(store, 2, marketplace="US", contact=contact_of("de"))
    data = packing_slips_pdf(store, [order_id(1), order_id(2)])  # the stored template
    path = write_pdf(tmp_path, data)
    de, us = (pdftotext(path, "-f", str(n), "-l", str(n)) for n in (1, 2))
    assert "Lagerweg 5" in de and "General St 1" not in de
    assert "General St 1" in us and "Lagerweg 5" not in us
    blue = _colour_near_top(path, tmp_path, 1)
    red = _colour_near_top(path, tmp_path, 2)
    assert blue[2] > 200 and blue[0] < 60, blue
    assert red[0] > 200 and red[2] < 60, red
