"""The pieces of an insert card's face, each drawn into a box: the text column (image, headline,
accent bar, text, shrunk to the room it has and cut only below the smallest legible sizes) and the code box (the code shrunk until it fits), sized
by the card's style, which scales with the card.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportlab.lib.colors import Color, HexColor

from seller_desktop.core.documents.card_labels import CardLabels
from seller_desktop.core.documents.card_layouts import CardLayout
from seller_desktop.core.documents.layouts import Box
from seller_desktop.core.documents.pdf import Logo
from seller_desktop.core.documents.text import (
    draw,
    one_line,
    page_direction,
    prepare,
    text_width,
    wrap,
)

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas


@dataclass(frozen=True)
class CardStyle:
    headline: float
    body: float
    small: float
    code: float
    pad: float
    gap: float
    thermal: bool
    #: The seller's brand colour for the headline, the accent bar and the border (None: none, and
    #: always none on a thermal card, which prints black only).
    brand: Color | None = None

    @property
    def grey(self) -> float:
        return 0.0 if self.thermal else 0.38

    @property
    def accent(self) -> float:
        return 0.0 if self.thermal else 0.2


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def card_style(box: Box, layout: CardLayout, brand: str = "") -> CardStyle:
    """Type sizes and spacing for a card of this trim box: in step with its shorter side, within
    bounds that keep a business card readable and a postcard from shouting. ``brand``: a colour
    as ``#RRGGBB`` ("" for none)."""
    s = min(box.width, box.height)
    return CardStyle(
        headline=round(_clamp(s * 0.072, 10.5, 21), 1),
        body=round(_clamp(s * 0.041, 7, 11), 1),
        small=round(_clamp(s * 0.03, 5.5, 7.5), 1),
        code=round(_clamp(s * 0.05, 8.5, 14), 1),
        pad=layout.padding,
        gap=round(_clamp(s * 0.035, 5, 11), 1),
        thermal=layout.thermal,
        brand=HexColor(brand) if brand and not layout.thermal else None,
    )


# -- the text column -----------------------------------------------------------------------------

#: The smallest sizes the headline and the text shrink to (legible on a printed card); only text
#: that does not fit even at these is cut with "…".
MIN_HEADLINE = 9.0
MIN_BODY = 7.0
#: Each try shrinks both by this share of their full size.
_SHRINK_STEP = 0.04


@dataclass(frozen=True)
class TextPlan:
    """The headline's and the text's lines at the sizes they fit; ``cut``: the fields cut with
    "…" because they do not fit even at the smallest sizes."""

    headline: tuple[str, ...]
    headline_size: float
    body: tuple[str, ...]
    body_size: float
    cut: tuple[str, ...]
    height: float


def _headline_room(s: CardStyle, size: float, lines: int) -> float:
    """The headline's lines, the space under them, the accent bar and the space under that."""
    return lines * size * 1.18 + size_free(s, size) if lines else 0.0


def _body_room(size: float, lines: int) -> float:
    return lines * size * 1.38 + size * 0.35 if lines else 0.0


def _lines_in(text: str, size: float, width: float, bold: bool, most: int) -> tuple[str, ...]:
    """``text`` wrapped, at most ``most`` + 1 lines (more than ``most`` means it does not fit);
    never the whole of a huge text."""
    return wrap(text, size, width, bold, max(1, most) + 1) if text else ()


def plan_text(s: CardStyle, width: float, room: float, headline: str, body: str) -> TextPlan:
    """Headline and text at the largest sizes at which both fit ``room`` (down to the smallest,
    shrunk together); below that the headline keeps what fits and the text the rest, cut."""
    low_h, low_b = min(MIN_HEADLINE, s.headline), min(MIN_BODY, s.body)
    factor = 1.0
    while True:
        h_size = max(low_h, round(s.headline * factor, 1))
        b_size = max(low_b, round(s.body * factor, 1))
        h_lines = _lines_in(headline, h_size, width, True, int(room // (h_size * 1.18)))
        left = room - _headline_room(s, h_size, len(h_lines))
        b_lines = _lines_in(body, b_size, width, False, int(max(0.0, left) // (b_size * 1.38)))
        height = _headline_room(s, h_size, len(h_lines)) + _body_room(b_size, len(b_lines))
        if height <= room and not any(line.endswith("…") for line in h_lines + b_lines):
            return TextPlan(h_lines, h_size, b_lines, b_size, (), height)
        if h_size <= low_h and b_size <= low_b:
            return _cut_plan(s, width, room, headline, body, h_size, b_size)
        factor -= _SHRINK_STEP


def _cut_plan(
    s: CardStyle, width: float, room: float, headline: str, body: str, h_size: float, b_size: float
) -> TextPlan:
    """At the smallest sizes: the headline as many lines as fit, the text in the room left."""
    cut: list[str] = []
    h_lines: tuple[str, ...] = ()
    if headline:
        most = int((room - size_free(s, h_size)) // (h_size * 1.18))
        h_lines = wrap(headline, h_size, width, True, most) if most >= 1 else ()
        if not h_lines or wrap(headline, h_size, width, True, most + 1) != h_lines:
            cut.append("headline")
    left = room - _headline_room(s, h_size, len(h_lines))
    b_lines: tuple[str, ...] = ()
    if body:
        most = int((left - b_size * 0.35) // (b_size * 1.38))
        b_lines = wrap(body, b_size, width, False, most) if most >= 1 else ()
        if not b_lines or wrap(body, b_size, width, False, most + 1) != b_lines:
            cut.append("body")
    height = _headline_room(s, h_size, len(h_lines)) + _body_room(b_size, len(b_lines))
    return TextPlan(h_lines, h_size, b_lines, b_size, tuple(cut), height)


def size_free(s: CardStyle, size: float) -> float:
    """What a headline needs besides its lines (the space under it and the accent bar)."""
    return size * 0.32 + s.gap * 1.1


@dataclass(frozen=True)
class TextColumn:
    """What goes in a text column, measured: the image's size (0 x 0: none) and the text."""

    image: Logo | None
    image_size: tuple[float, float]
    plan: TextPlan

    @property
    def height(self) -> float:
        return self.image_size[1] + self.plan.height


def measure_text_column(
    s: CardStyle,
    column: Box,
    bottom: float,
    *,
    image: Logo | None,
    headline: str,
    body: str,
    portrait: bool,
) -> TextColumn:
    """The image (at most 30 % of the room) and the text fitted into ``column`` above
    ``bottom``."""
    room = column.top - bottom
    size = (0.0, 0.0)
    if image and min(column.width, column.height) >= 150:
        iw, ih = image.fit(column.width * (0.6 if portrait else 0.5), room * 0.3)
        size = (iw, ih + s.gap)
    else:
        image = None
    return TextColumn(image, size, plan_text(s, column.width, room - size[1], headline, body))


def draw_text_column(
    c: Canvas, s: CardStyle, column: Box, top: float, measured: TextColumn, portrait: bool
) -> float:
    """Image, headline (in the brand colour), accent bar and text from ``top`` down; returns the
    lowest point drawn."""
    y = top
    plan = measured.plan
    if measured.image:
        iw, ih = measured.image_size[0], measured.image_size[1] - s.gap
        ix = column.x + (column.width - iw) / 2 if portrait else column.x
        measured.image.draw(c, ix, y - ih, iw, ih)
        y -= ih + s.gap
    align = "center" if portrait else "start"
    rtl = prepare((plan.headline or plan.body or (" ",))[0]).rtl
    if plan.headline:
        size = plan.headline_size
        set_brand_fill(c, s)
        for line in plan.headline:
            y -= size * 1.18
            draw(c, line, column.x, y, size, bold=True, width=column.width, align=align)
        y -= size * 0.32 + s.gap * 0.5
        bar = min(34.0, column.width * 0.2)
        bx = (
            column.x + (column.width - bar) / 2
            if portrait
            else column.right - bar
            if rtl
            else column.x
        )
        if s.brand is None:
            c.setFillGray(s.accent)
        c.rect(bx, y, bar, 1.6, stroke=0, fill=1)
        c.setFillGray(0)
        y -= s.gap * 0.6
    if plan.body:
        size = plan.body_size
        c.setFillGray(0.0 if s.thermal else 0.12)
        for line in plan.body:
            y -= size * 1.38
            draw(c, line, column.x, y, size, width=column.width, align=align)
        c.setFillGray(0)
        y -= size * 0.35
    return y


def set_brand_fill(c: Canvas, s: CardStyle) -> None:
    """The brand colour for filling (black on a thermal card or without one)."""
    if s.brand is not None:
        c.setFillColor(s.brand)
    else:
        c.setFillGray(0)


def draw_border(c: Canvas, s: CardStyle, trim: Box) -> None:
    """A thin rounded frame inside the card's edge (in from the cut, so an uneven cut does not
    show), in the brand colour."""
    inset = s.pad * 0.45
    c.saveState()
    if s.brand is not None:
        c.setStrokeColor(s.brand)
    else:
        c.setStrokeGray(0 if s.thermal else 0.3)
    c.setLineWidth(1.2)
    c.roundRect(
        trim.x + inset,
        trim.y + inset,
        trim.width - 2 * inset,
        trim.height - 2 * inset,
        min(8.0, inset),
        stroke=1,
        fill=0,
    )
    c.restoreState()


# -- the code box ---------------------------------------------------------------------------------

#: The share of a landscape card's width the code may take (the text needs the rest).
CODE_SHARE = 0.5
#: The smallest share of its size a code is shrunk to; only text that is no code at all (codes
#: are 4-40 letters, digits and dashes) is wider even then, and is cut with "…".
_SMALLEST_CODE = 0.45


def code_height(s: CardStyle) -> float:
    """The code box's height with its label above it."""
    return s.small * 1.5 + s.code * 1.9


def code_width(s: CardStyle, labels: CardLabels, code: str | None, room: float) -> float:
    """The width of the code box or its label, whichever is wider, in at most ``room``."""
    text, size = _fitted_code(s, code or "", room)
    return max(text_width(text, size, True) + size * 1.4, text_width(labels["your_code"], s.small))


def draw_code(
    c: Canvas, s: CardStyle, labels: CardLabels, code: str, cx: float, y: float, room: float
) -> None:
    """The label and the code in a dashed box at most ``room`` wide, centred on ``cx``,
    bottom at ``y``."""
    code, size = _fitted_code(s, code, room)
    width = text_width(code, size, True) + size * 1.4
    height = s.code * 1.9
    x = cx - width / 2
    c.setStrokeGray(0 if s.thermal else 0.35)
    c.setLineWidth(0.8)
    c.setDash(2.5, 1.8)
    c.roundRect(x, y, width, height, min(4, height / 4), stroke=1, fill=0)
    c.setDash()
    draw(c, code, x, y + height / 2 - size * 0.36, size, bold=True, width=width, align="center")
    c.setFillGray(s.grey)
    draw(
        c,
        labels["your_code"],
        cx - 200,
        y + height + s.small * 0.45,
        s.small,
        width=400,
        align="center",
    )
    c.setFillGray(0)


def _fitted_code(s: CardStyle, code: str, room: float) -> tuple[str, float]:
    """The code and the size at which it and its box's margins fit ``room``. A code must be
    printed whole to be of use, so it is shrunk rather than cut: a 40-character code at full size
    is wider than a 4x6" card, and the text column beside it got a negative width (every line of
    the headline and text ran off the card)."""
    per_pt = text_width(code, 1.0, True) + 1.4
    if s.code * per_pt <= room:
        return code, s.code
    size = room / per_pt
    smallest = s.code * _SMALLEST_CODE
    if size >= smallest:
        return code, size
    return one_line(code, smallest, max(0.0, room - smallest * 1.4), True), smallest


# -- the link under the QR code -------------------------------------------------------------------

#: The smallest size the printed link shrinks to; a longer link wraps to a second line, and only
#: one longer than two lines even then is cut (the QR code above it still carries it whole).
_SMALLEST_LINK = 5.0


def link_lines(s: CardStyle, link: str, room: float) -> tuple[tuple[str, ...], float]:
    """The short link's lines (at most two) and their size, to fit ``room``."""
    if not link or room <= 0:
        return (), s.small
    size = max(_SMALLEST_LINK, min(s.small, room / max(text_width(link, 1.0), 0.01)))
    return wrap(link, size, room, False, 2), size


def link_height(s: CardStyle, link: str, room: float) -> float:
    lines, size = link_lines(s, link, room)
    return len(lines) * size * 1.25 + (s.gap * 0.3 if lines else 0.0)


def draw_link(c: Canvas, s: CardStyle, link: str, cx: float, y: float, room: float) -> None:
    """The link as text, centred on ``cx`` in ``room``, its block's bottom at ``y``; read left to
    right on any card (a URL is never mirrored)."""
    lines, size = link_lines(s, link, room)
    c.setFillGray(0 if s.thermal else 0.25)
    y += len(lines) * size * 1.25 - size
    with page_direction(False):
        for line in lines:
            draw(c, line, cx - room / 2, y, size, width=room, align="center")
            y -= size * 1.25
    c.setFillGray(0)
