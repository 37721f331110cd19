"""A right-to-left packing slip (an Arabic marketplace) is the mirror image of a left-to-right one,
checked by where ``pdftotext -bbox`` finds its words: ship-to at the right of the order block,
each order label at the right of its value, the table from Qty at the right to Price at the left,
each quantity at the right of its item, the QR code at the right of its text (decoded from that
side of the page only). An English slip keeps every position, Qty at the left edge."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from dataclasses import dataclass
from html import unescape
from pathlib import Path

import pytest
from documents_helpers import add_order, contact_of, need, order_id, write_pdf

from seller_desktop.core.documents import SlipOptions, packing_slips_pdf
from seller_desktop.core.documents.labels import Labels
from seller_desktop.core.documents.layouts import get_layout
from seller_desktop.core.orders.model import ContactDetails, OrderItem

LINK = "https://zme-caps.amazon.com/t/Qx7rW2pLk9/CUSTOM-1234/0?locale=ar_SA&v=2"
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)<')
_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_ITEMS = [
    OrderItem("a", "MUG-BLUE", 7, "Coffee mug, blue", item_price="25.98", asin="B0C1MUGBLU"),
    OrderItem("b", "NAME-MUG", 3, "Mug with your name", item_price="9.50", asin="B0CUSTOM01"),
]


@dataclass(frozen=True)
class Box:
    x0: float
    y0: float
    x1: float
    y1: float


def _norm(word: str) -> str:
    return unicodedata.normalize("NFKC", _MARKS.sub("", unescape(word)))


def _pages(path: Path) -> list[list[tuple[str, Box]]]:
    """Each page's words (NFKC, without bidi marks) with their boxes, y from the top."""
    need("pdftotext")
    html = subprocess.run(
        ["pdftotext", "-bbox", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [
        [(_norm(m[4]), Box(*map(float, m[:4]))) for m in _WORD.findall(page)]
        for page in html.split("<page ")[1:]
    ]


def _find(words: list[tuple[str, Box]], phrase: str) -> list[Box]:
    """Every line holding all words of ``phrase``, as the box around them. A right-to-left word
    comes back in visual order, so a word matches read either way."""
    wanted = [_norm(w) for w in phrase.split()]
    lines: dict[int, list[tuple[str, Box]]] = {}
    for text, box in words:
        lines.setdefault(round(box.y1), []).append((text, box))
    found = []
    for line in lines.values():
        boxes = []
        for want in wanted:
            hit = next((b for t, b in line if want in (t, t[::-1])), None)
            if hit is None:
                break
            boxes.append(hit)
        else:
            found.append(
                Box(
                    min(b.x0 for b in boxes),
                    min(b.y0 for b in boxes),
                    max(b.x1 for b in boxes),
                    max(b.y1 for b in boxes),
                )
            )
    return found


def _one(words: list[tuple[str, Box]], phrase: str) -> Box:
    found = _find(words, phrase)
    assert found, phrase
    return found[0]


def _same_line(words: list[tuple[str, Box]], text: str, near: Box) -> Box:
    """The word ``text`` on the line of ``near`` (baselines within 2 pt)."""
    return next(b for t, b in words if t == text and abs(b.y1 - near.y1) < 2)


def _qr_at(path: Path, tmp_path: Path, page: int, x0: float, x1: float, y0: float) -> list[str]:
    """The QR codes decoded from the strip of a page between x0 and x1 (pt), from y0 down."""
    need("pdftoppm")
    need("zbarimg")
    scale = 300 / 72
    prefix = tmp_path / f"strip{page}-{int(x0)}"
    crop = [int(x0 * scale), int(max(0, y0 - 30) * scale), int((x1 - x0) * scale), int(280 * scale)]
    subprocess.run(
        ["pdftoppm", "-r", "300", "-f", str(page), "-l", str(page), "-singlefile", "-png"]
        + ["-x", str(crop[0]), "-y", str(crop[1]), "-W", str(crop[2]), "-H", str(crop[3])]
        + [str(path), str(prefix)],
        check=True,
    )
    out = subprocess.run(
        ["zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable", f"{prefix}.png"],
        capture_output=True,
        text=True,
    )
    return [line for line in out.stdout.splitlines() if line]


def _slip(store, tmp_path: Path, marketplace: str, layout: str, contact: ContactDetails) -> Path:
    contact.customization_url = LINK
    add_order(store, 1, marketplace=marketplace, contact=contact, items=_ITEMS)
    options = SlipOptions(layout=layout, show_prices=True)
    return write_pdf(tmp_path, packing_slips_pdf(store, [order_id(1)], options), f"{layout}.pdf")


def _page_with(pages: list[list[tuple[str, Box]]], phrase: str) -> tuple[int, Box]:
    """The first page (from 1) with ``phrase`` and where it is."""
    return next((n, found[0]) for n, w in enumerate(pages, 1) if (found := _find(w, phrase)))


@pytest.mark.parametrize("layout", ["letter", "4x6"])
def test_an_arabic_slip_is_the_mirror_image(store, tmp_path, layout):
    labels = Labels("ar")
    path = _slip(store, tmp_path, "SA", layout, contact_of("ar"))
    pages = _pages(path)
    words = pages[0]
    ship = _one(words, labels["ship_to"])
    oid = _one(words, order_id(1))
    if layout == "letter":  # side by side: ship-to in the right column, the order block left
        assert ship.x0 > oid.x1
        assert _one(words, contact_of("ar").ship_postal_code or "").x0 > oid.x1
    else:  # one under the other, both ending at the slot's right edge
        assert abs(ship.x1 - oid.x1) < 1
    for key, value in (("order_date", "2026-11-25"), ("marketplace", "Amazon.sa")):
        label = _find(words, labels[key])[-1]  # "الطلب" alone is the order block's title
        assert label.x0 > _one(words, value).x1, key
    head = {key: _find(words, labels[key])[-1] for key in ("qty", "item", "price")}
    assert head["qty"].x0 > head["item"].x1 > head["price"].x1
    assert head["price"].x0 < oid.x0  # Price at the left edge
    if layout == "letter":
        assert head["qty"].x0 > _one(words, "SKU").x1 > head["item"].x1
    for quantity, name in (("7", "Coffee mug, blue"), ("3", "Mug with your name")):
        row = _one(words, name)
        assert _same_line(words, quantity, row).x0 > row.x1, name
    number, scan = _page_with(pages, labels["scan_customization"])
    width = get_layout(layout).slots[0]
    assert _qr_at(path, tmp_path, number, scan.x1, width.x + width.width + 2, scan.y0) == [LINK]
    assert _qr_at(path, tmp_path, number, 0, scan.x0, scan.y0) == []


@pytest.mark.parametrize("layout", ["letter", "4x6"])
def test_an_english_slip_keeps_its_positions(store, tmp_path, layout):
    labels = Labels("en")
    path = _slip(store, tmp_path, "US", layout, contact_of("de"))
    pages = _pages(path)
    words = pages[0]
    box = get_layout(layout).slots[0]
    ship, oid = _one(words, labels["ship_to"]), _one(words, order_id(1))
    if layout == "letter":
        assert ship.x1 < oid.x0
    assert ship.x0 == pytest.approx(box.x, abs=0.5)
    for key, value in (("order_date", "2026-11-25"), ("marketplace", "Amazon.com")):
        assert _one(words, labels[key]).x1 < _one(words, value).x0, key
    qty, price = _one(words, labels["qty"]), _one(words, labels["price"])
    assert qty.x0 == pytest.approx(box.x + 3, abs=0.5)  # Qty leftmost, where it always was
    assert qty.x1 < _one(words, labels["item"]).x0 < price.x0
    assert price.x1 == pytest.approx(box.x + box.width - 2, abs=0.5)
    for quantity, name in (("7", "Coffee mug, blue"), ("3", "Mug with your name")):
        row = _one(words, name)
        assert _same_line(words, quantity, row).x1 < row.x0, name
    number, scan = _page_with(pages, labels["scan_customization"])
    assert _qr_at(path, tmp_path, number, 0, scan.x0, scan.y0) == [LINK]
    assert _qr_at(path, tmp_path, number, scan.x1, box.x + box.width + 2, scan.y0) == []


def test_a_latin_address_keeps_its_left_edge_in_the_right_column(store, tmp_path):
    """The ship-to block is aligned by its own lines' direction (a New York address on an Arabic
    slip reads from the left), in the column a mirrored page gives it: the right one."""
    contact = ContactDetails(
        recipient_name="Jane Doe",
        ship_address_1="350 Fifth Avenue",
        ship_city="New York",
        ship_postal_code="10118",
    )
    words = _pages(_slip(store, tmp_path, "SA", "letter", contact))[0]
    name, street = _one(words, "Jane Doe"), _one(words, "350 Fifth Avenue")
    assert name.x0 == pytest.approx(street.x0, abs=0.5)
    assert name.x0 > _one(words, order_id(1)).x1
