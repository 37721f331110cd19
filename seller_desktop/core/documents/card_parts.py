"""The pieces of an insert card's face, each drawn into a box: the text column (image, headline,
accent bar, text, cut to the room it has) and the code box (the code shrunk until it fits), sized
by the card's style, which scales with the card.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from seller_desktop.core.documents.card_labels import CardLabels
from seller_desktop.core.documents.card_layouts import CardLayout
from seller_desktop.core.documents.layouts import Box
from seller_desktop.core.documents.pdf import Logo
from seller_desktop.core.documents.text import draw, one_line, prepare, text_width, wrap

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

    @property
    def grey(self) -> float:
        return 0.0 if self.thermal else 0.38

    @property
    def accent(self) -> float:
        return 0.0 if self.thermal else 0.2


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def card_style(box: Box, layout: CardLayout) -> CardStyle:
    """Type sizes and spacing for a card of this trim box: in step with its shorter side, within
    bounds that keep a business card readable and a postcard from shouting."""
    s = min(box.width, box.height)
    return CardStyle(
        headline=round(_clamp(s * 0.072, 10.5, 21), 1),
        body=round(_clamp(s * 0.041, 7, 11), 1),
        small=round(_clamp(s * 0.03, 5.5, 7.5), 1),
        code=round(_clamp(s * 0.05, 8.5, 14), 1),
        pad=layout.padding,
        gap=round(_clamp(s * 0.035, 5, 11), 1),
        thermal=layout.thermal,
    )


# -- the text column -----------------------------------------------------------------------------


def draw_text_column(
    c: Canvas,
    s: CardStyle,
    column: Box,
    bottom: float,
    *,
    image: Logo | None,
    headline: str,
    body: str,
    portrait: bool,
) -> float:
    """Image, headline, accent bar and text from the top of ``column`` down to at most
    ``bottom``; returns the lowest point drawn."""
    y = column.top
    if image and min(column.width, column.height) >= 150:
        iw, ih = image.fit(column.width * (0.6 if portrait else 0.5), (column.top - bottom) * 0.3)
        ix = column.x + (column.width - iw) / 2 if portrait else column.x
        image.draw(c, ix, y - ih, iw, ih)
        y -= ih + s.gap
    align = "center" if portrait else "start"
    rtl = prepare(headline or body or " ").rtl
    if headline:
        for line in wrap(headline, s.headline, column.width, True, 3):
            y -= s.headline * 1.18
            draw(c, line, column.x, y, s.headline, bold=True, width=column.width, align=align)
        y -= s.headline * 0.32 + s.gap * 0.5
        bar = min(34.0, column.width * 0.2)
        bx = (
            column.x + (column.width - bar) / 2
            if portrait
            else column.right - bar
            if rtl
            else column.x
        )
        c.setFillGray(s.accent)
        c.rect(bx, y, bar, 1.6, stroke=0, fill=1)
        c.setFillGray(0)
        y -= s.gap * 0.6
    if body:
        lead = s.body * 1.38
        room = int((y - bottom) // lead)
        if room >= 1:
            c.setFillGray(0.0 if s.thermal else 0.12)
            for line in wrap(body, s.body, column.width, False, room):
                y -= lead
                draw(c, line, column.x, y, s.body, width=column.width, align=align)
            c.setFillGray(0)
            y -= s.body * 0.35
    return y


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
