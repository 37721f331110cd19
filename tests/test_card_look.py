"""Insert cards as a seller sees them (issue 14): QR links that carry the code exactly once, the
link printed as text, headlines that shrink before they are cut, the brand colour setting and
the stock each layout prints on."""

from __future__ import annotations

import subprocess

import pytest
from documents_helpers import need, pdftotext, write_pdf
from test_cards import _decode_qr

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.campaigns import Campaign, with_code
from seller_desktop.core.campaigns.printing import Card
from seller_desktop.core.campaigns.urls import short_url
from seller_desktop.core.documents.card_fit import text_not_fitting
from seller_desktop.core.documents.card_layouts import CARD_LAYOUTS
from seller_desktop.core.documents.cards import CardRenderer
from seller_desktop.core.settings import Settings

HEADLINE_60 = "Register your machine and get two extra years of warranty!!!"
assert len(HEADLINE_60) == 60


def _card(url, code="W9PM-XVPE", headline="Register", body=""):
    campaign = Campaign("C", headline=headline, body=body, qr_url=url, id=1)
    return Card("123-4567890-1234567", "US", campaign, "SKU", code)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://shop.example/r?c={code}", "https://shop.example/r?c=W9PM-XVPE"),
        ("https://shop.example/register?code=", "https://shop.example/register?code=W9PM-XVPE"),
        ("https://shop.example/a?lang=en", "https://shop.example/a?lang=en&code=W9PM-XVPE"),
        ("https://shop.example", "https://shop.example/?code=W9PM-XVPE"),
        ("https://shop.example/r?code=&x=1#top", "https://shop.example/r?code=W9PM-XVPE&x=1#top"),
        ("https://shop.example/r/%7Bcode%7D", "https://shop.example/r/W9PM-XVPE"),
    ],
)
def test_the_code_goes_where_the_url_says_once(url, expected):
    assert with_code(url, "W9PM-XVPE") == expected
    assert with_code(url, "W9PM-XVPE").count("W9PM-XVPE") == 1


def test_codes_are_url_encoded_and_a_placeholder_without_code_is_left_empty():
    assert with_code("https://s.example/?c={code}", "A B&C") == "https://s.example/?c=A%20B%26C"
    assert with_code("https://s.example/?c={code}", None) == "https://s.example/?c="
    assert short_url("https://shop.example/r?c=W9PM-XVPE") == "shop.example/r?c=W9PM-XVPE"
    assert short_url("https://shop.example/") == "shop.example"


@pytest.mark.parametrize(
    ("url", "decoded"),
    [
        ("https://shop.example/r?c={code}", "https://shop.example/r?c=W9PM-XVPE"),
        ("https://shop.example/register?code=", "https://shop.example/register?code=W9PM-XVPE"),
    ],
)
def test_rendered_qr_decodes_to_the_url_with_the_code_and_prints_the_short_link(
    tmp_path, url, decoded
):
    path = write_pdf(tmp_path, CardRenderer("4x6").render([_card(url)]))
    assert _decode_qr(path, tmp_path) == [decoded]
    assert decoded.count("code=") <= 1
    assert short_url(decoded) in " ".join(pdftotext(path).split())


@pytest.mark.parametrize("layout", ["4x6", "letter-4up"])
def test_a_60_character_headline_prints_whole(tmp_path, layout):
    card = _card("https://shop.example/r?c={code}", headline=HEADLINE_60, body="Scan the code.")
    renderer = CardRenderer(layout)
    path = write_pdf(tmp_path, renderer.render([card]))
    assert HEADLINE_60 in " ".join(pdftotext(path).split())
    assert "…" not in pdftotext(path) and not renderer.cut


def test_text_is_cut_only_when_it_does_not_fit_even_at_the_smallest_size():
    fits = Campaign("C", headline=HEADLINE_60, body="Short text.")
    assert all(text_not_fitting(fits, layout) == () for layout in CARD_LAYOUTS)
    long = Campaign("C", headline=HEADLINE_60, body="word " * 190, qr_url="https://s.example/")
    assert text_not_fitting(long, "card-10up", has_code=True) == ("body",)
    assert text_not_fitting(long, "thermal-4x6") == ()
    back = Campaign("C", headline="Hi", back_text="back " * 200)
    assert "back" in text_not_fitting(back, "card-10up")


def test_card_colour_and_border_settings_are_validated():
    assert Settings(card_colour=" #1f6fb2 ").validated().card_colour == "#1F6FB2"
    assert Settings().validated().card_colour == ""
    for bad in ("1F6FB2", "#12345", "blue", "#GGGGGG"):
        with pytest.raises(BadInput, match="card colour"):
            Settings(card_colour=bad).validated()
    with pytest.raises(BadInput, match="border"):
        Settings(card_border="yes").validated()  # type: ignore[arg-type]


def test_logo_colour_and_border_are_drawn(tmp_path):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (60, 20), (90, 90, 90)).save(logo)  # grey: not counted below
    renderer = CardRenderer("4x6", logo=logo.read_bytes(), colour="#1F6FB2", border=True)
    pdf = renderer.render([_card(None, code=None, headline="Thanks", body="Packed by hand.")])
    assert b"sd-card-logo" in pdf  # the store's logo, the campaign having no image
    plain = CardRenderer("4x6").render([_card(None, code=None, headline="Thanks")])
    assert _brand_pixels(pdf, tmp_path / "brand") > 10 * _brand_pixels(plain, tmp_path / "plain")


def _brand_pixels(pdf: bytes, prefix) -> int:
    """Pixels of the brand colour #1F6FB2 on the first page at 50 dpi."""
    from PIL import Image

    prefix.with_suffix(".pdf").write_bytes(pdf)
    need("pdftoppm")
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "50",
            "-png",
            "-singlefile",
            str(prefix.with_suffix(".pdf")),
            str(prefix),
        ],
        check=True,
    )
    data = Image.open(f"{prefix}.png").convert("RGB").tobytes()
    pixels = zip(data[0::3], data[1::3], data[2::3])
    return sum(
        1 for r, g, b in pixels if abs(r - 31) < 40 and abs(g - 111) < 40 and abs(b - 178) < 40
    )


def test_every_card_layout_names_its_stock_and_the_business_card_sheet_is_avery_5371():
    assert all(layout.stock for layout in CARD_LAYOUTS.values())
    business = CARD_LAYOUTS["card-10up"]
    assert "5371" in business.stock
    # Avery 5371: 2 x 5 cards of 3.5 x 2 in, 0.75 in side and 0.5 in top margins on Letter.
    first = business.slots[0]
    assert (first.x, 792 - first.top, first.width, first.height) == (54, 36, 252, 144)
