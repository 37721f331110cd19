"""Fuzzing packing slips, the pick list and insert cards with hostile Unicode in every text field.

Text fields (names, address lines, gift message, product names, SKUs, the seller's business
name, return address and footer, card headline, body and back) get piles of combining marks,
bidi overrides and isolates, zero-width characters, emoji sequences and flags, control
characters, scripts mixed without spaces, and very long values (10,000-100,000 characters).

The property: a PDF comes out (it starts with ``%PDF`` and ``pdftotext`` reads it when poppler is
installed), or a ``SellerError`` says why; never another exception, never a hang
(``fuzz_support.time_bound``). Where the code promises to keep text in its place — ``wrap`` cuts
lines to a width and ends the last kept line with "…" — every line drawn is checked to lie on
the page: each ``draw`` call is recorded with its position on the page.

Profiles: quick by default; ``SELLER_DESKTOP_FUZZ=long`` runs many more examples (see
``fuzz_support``). The number of inputs tried is printed at the end of the module.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from debian_tools import require
from fuzz_support import FUZZ, hostile_text, report_figures, scaled, time_bound, tried  # noqa: F401
from hypothesis import example, given
from hypothesis import strategies as st

from seller_desktop.core.base.errors import SellerError
from seller_desktop.core.campaigns.model import Campaign
from seller_desktop.core.campaigns.printing import Card
from seller_desktop.core.documents import card_parts as card_parts_module
from seller_desktop.core.documents import cards as cards_module
from seller_desktop.core.documents import picklist_render as picklist_module
from seller_desktop.core.documents import slip_style as slip_style_module
from seller_desktop.core.documents import text as text_module
from seller_desktop.core.documents.card_layouts import CARD_LAYOUTS
from seller_desktop.core.documents.cards import CardRenderer
from seller_desktop.core.documents.layouts import LAYOUTS
from seller_desktop.core.documents.picklist_layout import PickLine
from seller_desktop.core.documents.picklist_render import PickListRenderer
from seller_desktop.core.documents.slips import SlipOptions, SlipOrder, SlipRenderer
from seller_desktop.core.orders.model import ContactDetails, Order, OrderItem
from seller_desktop.core.settings import Settings

pytestmark = pytest.mark.usefixtures("report_figures")

#: How far (pt) a drawn line may reach past the page edge: rounding, never a glyph.
SLACK = 0.5

field = hostile_text(60)
short_field = hostile_text(30, allow_huge=False)
maybe = st.one_of(st.none(), field)


@st.composite
def orders(draw: st.DrawFn) -> SlipOrder:
    items = [
        OrderItem(
            f"{n}",
            draw(field) or f"SKU-{n}",
            draw(st.integers(1, 99)),
            draw(maybe),
            item_price=draw(st.one_of(st.sampled_from(("25.98", "1e9", "x", None)), short_field)),
        )
        for n in range(draw(st.integers(1, 4)))
    ]
    order = Order(
        order_id="302-1234567-7654321",
        marketplace=draw(st.sampled_from(("DE", "US", "JP", "AE", "FR", "GB", "XX"))),
        purchased_at="2026-11-25T09:30:00Z",
        status="unshipped",
        ship_service=draw(maybe),
        currency="EUR",
        is_gift=draw(st.booleans()),
        ship_country=draw(st.sampled_from((None, "DE", "JP", "AE", "US"))),
        ship_region=draw(maybe),
        items=items,
    )
    contact = None
    if draw(st.integers(0, 5)):
        contact = ContactDetails(
            recipient_name=draw(maybe),
            ship_address_1=draw(maybe),
            ship_address_2=draw(maybe),
            ship_city=draw(maybe),
            ship_postal_code=draw(maybe),
            company_name=draw(maybe),
            gift_message=draw(maybe),
        )
    return SlipOrder(order, contact)


def plain_slip(
    marketplace: str = "DE",
    name: str | None = "Erika Mustermann",
    product: str | None = "Coffee mug",
    items: int = 1,
    price: str | None = None,
) -> list[SlipOrder]:
    """One ordinary order with the hostile text put where an ``@example`` needs it."""
    order = Order(
        order_id="302-1234567-7654321",
        marketplace=marketplace,
        purchased_at="2026-11-25T09:30:00Z",
        status="unshipped",
        currency="EUR",
        items=[OrderItem(f"{n}", f"SKU-{n}", 1, product, item_price=price) for n in range(items)],
    )
    return [
        SlipOrder(
            order,
            ContactDetails(
                recipient_name=name,
                ship_address_1="Hauptstr. 1",
                ship_city="Berlin",
                ship_postal_code="10115",
            ),
        )
    ]


#: One drawn line in page coordinates: its left and right end, the page's width, and the box it
#: was given (``draw``'s ``x`` and ``width``; None when drawn without a width).
Drawn = tuple[float, float, float, tuple[float, float] | None]


@contextmanager
def recorded_draws(*modules: object) -> Iterator[list[Drawn]]:
    """Record every line drawn through ``text.draw`` by these modules. Only translations are used
    for slots, so the matrix's e term is x."""
    seen: list[Drawn] = []
    original: Callable[..., float] = text_module.draw

    def recording(canvas, text, x, y, size, **kwargs) -> float:
        drawn = original(canvas, text, x, y, size, **kwargs)
        a, _b, _c, _d, e, _f = canvas._currentMatrix
        width = kwargs.get("width")
        align = kwargs.get("align", "start")
        left = x
        if width is not None and (
            align in ("right", "center") or (align == "start" and text_module.prepare(text).rtl)
        ):
            left = x + (width - drawn) / (2 if align == "center" else 1)
        box = (e + a * x, e + a * (x + width)) if width is not None else None
        seen.append((e + a * left, e + a * (left + drawn), canvas._pagesize[0], box))
        return drawn

    saved = [(m, m.draw) for m in modules]
    for module in modules:
        module.draw = recording
    try:
        yield seen
    finally:
        for module, function in saved:
            module.draw = function


def check_pdf(data: bytes, tmp_path_factory: pytest.TempPathFactory) -> None:
    assert data.startswith(b"%PDF"), "not a PDF"
    pdftotext = require("pdftotext")
    path = tmp_path_factory.mktemp("pdf") / "doc.pdf"
    path.write_bytes(data)
    result = subprocess.run(
        [pdftotext, "-q", "-enc", "UTF-8", str(path), "-"], capture_output=True, timeout=300
    )
    assert result.returncode == 0, "pdftotext cannot read the PDF"
    path.unlink()


def check_on_page(draws: list[Drawn]) -> None:
    """Every drawn line lies within the page's width, and a line given a box (a column, a
    margin) within its box: text over the next column is as unreadable as text off the page.
    The message names counts only, never the text."""
    outside = [d for d in draws if d[0] < -SLACK or d[1] > d[2] + SLACK]
    assert not outside, f"{len(outside)} of {len(draws)} drawn lines run off the page"
    spilt = [
        d for d in draws if d[3] is not None and (d[0] < d[3][0] - SLACK or d[1] > d[3][1] + SLACK)
    ]
    assert not spilt, f"{len(spilt)} of {len(draws)} drawn lines run out of their box"


def render_or_refuse(render: Callable[[], bytes], tmp_path_factory, name: str) -> None:
    with tried(name):
        try:
            with time_bound():
                data = render()
        except SellerError as refused:
            assert str(refused).strip()
            return
        check_pdf(data, tmp_path_factory)


@scaled(2)
@given(
    text=hostile_text(80, allow_surrogates=True),
    size=st.sampled_from((6.0, 9.0, 14.0)),
    width=st.sampled_from((20.0, 90.0, 300.0)),
    max_lines=st.integers(0, 6),
    bold=st.booleans(),
)
@example(text="x" * 100_000, size=9.0, width=90.0, max_lines=4, bold=False)
@example(text="山" * 30_000, size=14.0, width=20.0, max_lines=2, bold=True)
# A lone surrogate in a right-to-left line: python-bidi raised UnicodeEncodeError.
@example(text="\u05d0\ud800 \ud83d\ude00", size=9.0, width=90.0, max_lines=2, bold=False)
# All lines wanted (max_lines 0) of one 94,308-character word: the rest of the word was measured
# whole once per line, quadratic — past the two-minute hang bound.
@example(text="\u2764\ufe0f" * 47_154, size=6.0, width=90.0, max_lines=0, bold=True)
def test_wrap_keeps_lines_within_the_width_and_the_count(
    text: str, size: float, width: float, max_lines: int, bold: bool
) -> None:
    """(Found by this test: a long word was cut one character at a time, measuring the whole word
    each time, and all of it was wrapped even when two lines were kept — a 100,000-character
    field hung printing for hours. The examples keep it fixed.)

    ``wrap``'s promise: no line wider than ``max_width`` unless it is a single character
    cluster that cannot be cut, and at most ``max_lines`` lines, the last ending in "…" when
    text was cut."""
    with tried("documents: wrap"), time_bound():
        lines = text_module.wrap(text, size, width, bold, max_lines)
        if max_lines:
            assert len(lines) <= max_lines
        for line in lines:
            if text_module.text_width(line, size, bold) > width + 0.01:
                assert len(text_module._clusters(line.rstrip("…"))) <= 1, (
                    "a wrapped line is wider than the width"
                )


@scaled(2)
@given(
    slips=st.lists(orders(), min_size=1, max_size=3),
    layout=st.sampled_from(sorted(LAYOUTS)),
    prices=st.booleans(),
    business=field,
    address=field,
    footer=st.one_of(st.none(), field),
)
# An isolate the seller typed and never closed, at the start of a line: taken for a field, it lost
# a character in visual_order and the slip raised ValueError (zip() argument 2 is longer ...).
@example(
    slips=plain_slip(),
    layout="letter",
    prices=False,
    business="\u2068\u05d0",
    address="",
    footer=None,
)
# Not hostile at all: the "(continued)" line over a slip's second page was drawn unwrapped, wider
# than a 4x6" label in English and French; and a price wider than its column (a huge amount, or
# text from a damaged report) was drawn right-aligned over the product name and off the page.
@example(
    slips=plain_slip("FR", items=40),
    layout="4x6",
    prices=False,
    business="",
    address="",
    footer=None,
)
@example(
    slips=plain_slip("US", price="1e9"),
    layout="100x150",
    prices=True,
    business="",
    address="",
    footer=None,
)
@example(
    slips=plain_slip("US", price="9" * 400),
    layout="a4",
    prices=True,
    business="",
    address="",
    footer=None,
)
def test_packing_slips_come_out_on_the_page(
    tmp_path_factory, slips, layout: str, prices: bool, business: str, address: str, footer
) -> None:
    settings = Settings(business_name=business, return_address=address)
    renderer = SlipRenderer(
        settings, SlipOptions(layout=layout, show_prices=prices, footer_text=footer)
    )
    # Every line of a slip is drawn through slip_style.text_op.
    with recorded_draws(slip_style_module) as draws:
        render_or_refuse(lambda: renderer.render(slips), tmp_path_factory, "documents: slips")
    check_on_page(draws)


@scaled(2)
@given(
    lines=st.lists(
        st.builds(
            PickLine,
            field,
            field,
            st.one_of(st.none(), short_field),
            st.integers(1, 99999),
            st.integers(1, 50),
        ),
        max_size=6,
    ),
    layout=st.sampled_from(sorted(LAYOUTS)),
    language=st.sampled_from(("en", "de", "ja", "ar")),
)
# A five-digit quantity, drawn 10 % larger than the column was measured for, ran into the tick box.
@example(lines=[PickLine("SKU-1", "Mug", "A-1", 99999, 1)], layout="4x6", language="en")
def test_pick_lists_come_out_on_the_page(
    tmp_path_factory, lines, layout: str, language: str
) -> None:
    renderer = PickListRenderer(layout, language)
    with recorded_draws(picklist_module) as draws:
        render_or_refuse(
            lambda: renderer.render(lines, len(lines), "2026-11-28T12:00:00Z"),
            tmp_path_factory,
            "documents: pick list",
        )
    check_on_page(draws)


@scaled(2)
@given(
    headline=field,
    body=field,
    back=field,
    business=field,
    code=st.one_of(st.none(), short_field),
    qr=st.one_of(st.none(), short_field),
    layout=st.sampled_from(sorted(CARD_LAYOUTS)),
    marketplace=st.sampled_from(("DE", "US", "JP", "AE")),
    is_default=st.booleans(),
)
# The business name on a card's back was drawn whole, unwrapped: a long one ran off both sides.
@example(
    headline="Thank you",
    body="",
    back="See you soon",
    business="\u00ad" * 10_000,
    code=None,
    qr=None,
    layout="4x6",
    marketplace="US",
    is_default=False,
)
# A valid 40-character code was wider than the card: the text column beside it got a negative
# width. Codes are shrunk to fit (never cut: a code must be whole to be used).
@example(
    headline="Thank you",
    body="Scan the code",
    back="",
    business="",
    code="W" * 40,
    qr="x",
    layout="4x6",
    marketplace="US",
    is_default=False,
)
@example(
    headline="Thank you",
    body="Scan the code",
    back="",
    business="",
    code="ABCD-" * 7 + "WWWW",
    qr=None,
    layout="card-10up",
    marketplace="DE",
    is_default=False,
)
def test_cards_come_out_on_the_page(
    tmp_path_factory,
    headline: str,
    body: str,
    back: str,
    business: str,
    code,
    qr,
    layout: str,
    marketplace: str,
    is_default: bool,
) -> None:
    campaign = Campaign(
        name="fuzz",
        headline=headline,
        body=body,
        back_text=back,
        qr_url=("https://example.invalid/" + qr) if qr is not None else None,
        valid_until="2027-01-31",
        is_default=is_default,
    )
    card = Card("302-1234567-7654321", marketplace, campaign, "SKU-1", code or None)
    renderer = CardRenderer(layout, business)
    with recorded_draws(cards_module, card_parts_module) as draws:
        render_or_refuse(lambda: renderer.render([card]), tmp_path_factory, "documents: cards")
    check_on_page(draws)
