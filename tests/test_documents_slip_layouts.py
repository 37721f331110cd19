"""Slips on each layout: one order's pages kept on one sheet on 2-up layouts, every line inside
the label on the thermal layouts, and the logo as a 1-bit image where a thermal printer prints it."""

from __future__ import annotations

import dataclasses
import io
import re
import subprocess

import pytest
from documents_helpers import add_order, contact_of, need, order_id, pdfinfo, pdftotext, write_pdf

from seller_desktop.core.documents import packing_slips_pdf
from seller_desktop.core.documents.layouts import get_layout
from seller_desktop.core.documents.slips import SlipOptions
from seller_desktop.core.orders.model import OrderItem
from seller_desktop.core.settings import Settings, load_settings, save_settings


def _long_items(
    count: int, name: str = "Product number {k} with a name", n: int = 1
) -> list[OrderItem]:
    return [OrderItem(f"{n}-{k}", f"SKU-{k:03d}", 1, name.format(k=k)) for k in range(count)]


def _words(path) -> list[tuple[int, float, float, str]]:
    """(page, left edge, right edge, word) of every word pdftotext finds."""
    need("pdftotext")
    out = subprocess.run(
        ["pdftotext", "-bbox", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found = []
    for n, page in enumerate(re.findall(r"<page .*?</page>", out, re.S), start=1):
        pattern = r'xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<'
        for left, right, word in re.findall(pattern, page):
            found.append((n, float(left), float(right), word))
    return found


def _png(size: tuple[int, int]) -> bytes:
    """A colour logo: a gradient from red to blue, with a transparent corner."""
    from PIL import Image

    width, height = size
    image = Image.new("RGBA", size)
    for x in range(width):
        for y in range(height):
            alpha = 0 if x < width // 8 and y < height // 4 else 255
            image.putpixel((x, y), (255 * x // width, 90, 255 - 255 * x // width, alpha))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _page_text(path, page: int) -> str:
    return pdftotext(path, "-f", str(page), "-l", str(page))


def _order_of_pages(store, n: int, pages: int, layout: str) -> None:
    """Order ``n`` with as many items as make a slip of exactly ``pages`` pages on ``layout``."""
    from seller_desktop.core.documents.slips import SlipOrder, SlipRenderer

    renderer = SlipRenderer(load_settings(store), SlipOptions(layout=layout))
    for count in range(1, 200):
        items = _long_items(count, f"Order {n} item {{k}}", n)
        order = add_order(store, n, marketplace="US", contact=contact_of("de"), items=items)
        if renderer.page_count(SlipOrder(order, contact_of("de"))) == pages:
            return
    raise AssertionError(f"no item count gives {pages} pages")


def _orders_per_page(path) -> list[set[str]]:
    pages = int(pdfinfo(path)["Pages"])
    # By the order id, which every page of a slip carries (the last page of a long slip may hold
    # only its "Total units" line, no item).
    texts = [_page_text(path, p) for p in range(1, pages + 1)]
    return [{f"order {n}" for n in range(1, 10) if order_id(n) in text} for text in texts]


@pytest.mark.parametrize("layout", ["letter-2up", "a4-2up"])
def test_a_two_page_slip_after_a_one_page_one_shares_no_sheet(store, tmp_path, layout):
    _order_of_pages(store, 1, 1, layout)
    _order_of_pages(store, 2, 2, layout)
    _order_of_pages(store, 3, 1, layout)
    _order_of_pages(store, 4, 1, layout)
    ids = [order_id(n) for n in (1, 2, 3, 4)]
    path = write_pdf(tmp_path, packing_slips_pdf(store, ids, SlipOptions(layout=layout)))
    # Sheet 1: order 1 and an empty lower half; sheet 2: both pages of order 2; sheet 3: 3 and 4.
    assert _orders_per_page(path) == [{"order 1"}, {"order 2"}, {"order 3", "order 4"}]
    second = _page_text(path, 2)
    assert "Page 1 of 2" in second and "Page 2 of 2" in second


def test_a_longer_slip_starts_in_a_top_slot_and_the_next_one_follows_it(store, tmp_path):
    _order_of_pages(store, 1, 1, "letter-2up")
    _order_of_pages(store, 2, 3, "letter-2up")
    _order_of_pages(store, 3, 1, "letter-2up")
    ids = [order_id(n) for n in (1, 2, 3)]
    path = write_pdf(tmp_path, packing_slips_pdf(store, ids, SlipOptions(layout="letter-2up")))
    # A one-page slip still takes the free lower half after the last page of a longer one.
    assert _orders_per_page(path) == [{"order 1"}, {"order 2"}, {"order 2", "order 3"}]
    assert "Page 1 of 3" in _page_text(path, 2) and "Page 3 of 3" in _page_text(path, 3)


def test_slips_with_cards_keep_a_slip_together_too(store, tmp_path):
    from seller_desktop.core.documents.slips_cards import slips_with_cards_pdf

    _order_of_pages(store, 1, 1, "letter-2up")
    _order_of_pages(store, 2, 2, "letter-2up")
    ids = [order_id(n) for n in (1, 2)]
    data = slips_with_cards_pdf(store, ids, SlipOptions(layout="letter-2up"), cards={})
    path = write_pdf(tmp_path, data)
    assert _orders_per_page(path) == [{"order 1"}, {"order 2"}]


@pytest.mark.parametrize("layout", ["4x6", "4x8", "100x150", "a6"])
@pytest.mark.parametrize("market", ["US", "FR", "DE"])
def test_every_line_of_a_long_thermal_slip_ends_inside_the_label(store, tmp_path, layout, market):
    """The continued header ("… (continued)"), the title and the order lines of the first page,
    in the languages with the longest words, on every thermal layout."""
    save_settings(
        store,
        Settings(
            business_name="Nordseeküsten-Geschenkartikelhandelsgesellschaft mbH",
            return_address="Rücksendungsbearbeitungsabteilung, Hafenstraße 3\n20457 Hamburg",
            default_marketplace=load_settings(store).default_marketplace,
        ).with_logo(_png((120, 40))),
    )
    name = "Wiederverwendbarer Edelstahl-Thermobecher {k}, doppelwandig vakuumisoliert"
    add_order(
        store,
        1,
        marketplace=market,
        contact=dataclasses.replace(
            contact_of("de"), gift_message="Herzlichen Glückwunsch zum Geburtstag!"
        ),
        items=_long_items(30, name),
        is_gift=True,
        ship_service="Expedited",
    )
    data = packing_slips_pdf(store, [order_id(1)], SlipOptions(layout=layout))
    path = write_pdf(tmp_path, data)
    assert int(pdfinfo(path)["Pages"]) > 1  # a continued page is checked too
    slot = get_layout(layout).slots[0]
    right = slot.right + 0.5  # the margin kept, give or take pdftotext's rounding
    outside = [
        (p, word) for p, left, end, word in _words(path) if end > right or left < slot.x - 0.5
    ]
    assert not outside, f"{len(outside)} words cross the margin on {layout}, {market}"


def _images(path) -> list[dict[str, str]]:
    """The rows of ``pdfimages -list``: page, type, width, height, color, bpc, ..."""
    need("pdfimages")
    out = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    heads = out[0].split()
    return [dict(zip(heads, line.split())) for line in out[2:]]


def test_thermal_labels_get_the_logo_dithered_to_one_bit(store, tmp_path):
    save_settings(
        store,
        Settings(
            business_name="Blue Harbor Goods",
            default_marketplace=load_settings(store).default_marketplace,
        ).with_logo(_png((300, 100))),
    )
    for n in (1, 2, 3):
        add_order(store, n, contact=contact_of("de"))
    ids = [order_id(n) for n in (1, 2, 3)]
    data = packing_slips_pdf(store, ids, SlipOptions(layout="4x6"))
    images = _images(write_pdf(tmp_path, data, "thermal.pdf"))
    # 60 pt wide at 203 dpi: the dots of the printer, not the logo's own pixels.
    assert [(row["color"], row["bpc"], row["width"], row["height"]) for row in images] == [
        ("gray", "1", "169", "56")
    ] * 3
    assert data.count(b"/Subtype /Form") == 1  # one drawing for the three slips
    assert b"/Subtype /Image" not in data

    data = packing_slips_pdf(store, ids)
    images = _images(write_pdf(tmp_path, data, "letter.pdf"))
    assert {(row["type"], row["color"], row["bpc"], row["width"]) for row in images} == {
        ("image", "rgb", "8", "300"),
        ("smask", "gray", "8", "300"),
    }
    assert data.count(b"/Subtype /Image") == 2  # the colour image and its transparency, once


def test_the_dithered_logo_is_made_once_per_logo_and_size(store):
    from seller_desktop.core.documents.pdf import dithered

    data = _png((90, 30))
    dithered.cache_clear()
    first = dithered(data, 120, 40)
    assert first.mode == "1" and first.size == (120, 40)
    assert dithered(data, 120, 40) is first
    assert dithered(data, 60, 20) is not first
    assert dithered.cache_info().misses == 2
