"""Insert-card sheets: each card layout's page size and trim boxes (postcards, quarter sheets with
crop marks, business-card sheets, thermal labels), the card layout that goes with each slip
layout, and the crop marks drawn in a sheet's margin.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from reportlab.lib.pagesizes import A4, A6, LETTER
from reportlab.lib.units import inch

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.documents.layouts import Box

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas


@dataclass(frozen=True)
class CardLayout:
    name: str
    description: str
    page_size: tuple[float, float]
    #: Trim boxes (where the card is cut), top-left card first, row by row.
    slots: tuple[Box, ...]
    #: White space kept inside each card's edge (cutting and printers drift).
    padding: float
    crop_marks: bool = False
    #: Thermal printers: black only, no grey fills (they dither into noise).
    thermal: bool = False
    #: The stock a seller buys for it, shown beside the layout in the window (checked against
    #: the makers' sheet dimensions: see each layout).
    stock: str = ""


def _grid(
    name: str,
    description: str,
    page: tuple[float, float],
    columns: int,
    rows: int,
    card: tuple[float, float],
    left: float,
    top: float,
    padding: float,
    crop_marks: bool,
) -> CardLayout:
    width, height = card
    slots = tuple(
        Box(left + c * width, page[1] - top - (r + 1) * height, width, height)
        for r in range(rows)
        for c in range(columns)
    )
    return CardLayout(name, description, page, slots, padding, crop_marks)


def _quarters(
    name: str, description: str, page: tuple[float, float], margin: float, stock: str
) -> CardLayout:
    card = ((page[0] - 2 * margin) / 2, (page[1] - 2 * margin) / 2)
    layout = _grid(name, description, page, 2, 2, card, margin, margin, 20, True)
    return replace(layout, stock=stock)


_LETTER_LANDSCAPE = (LETTER[1], LETTER[0])
_A4_LANDSCAPE = (A4[1], A4[0])

CARD_LAYOUTS: dict[str, CardLayout] = {
    layout.name: layout
    for layout in (
        CardLayout(
            "4x6",
            "6 x 4 in postcard, one card per sheet",
            (6 * inch, 4 * inch),
            (Box(0, 0, 6 * inch, 4 * inch),),
            22,
            # One card per sheet: Avery 5389 holds two 6 x 4 in cards on a Letter sheet, so it
            # is not this layout's stock.
            stock="4 x 6 in postcards or index cards",
        ),
        CardLayout(
            "a6",
            "A6 postcard (148 x 105 mm), one card per sheet",
            (A6[1], A6[0]),
            (Box(0, 0, A6[1], A6[0]),),
            20,
            stock="A6 postcards",
        ),
        # 5 x 3.75 in inside a 0.5 in margin: not Avery 8387's perforated 5.5 x 4.25 in quarters
        # (no margin), so plain card stock, cut at the marks.
        _quarters(
            "letter-4up",
            "US Letter, four 5 x 3.75 in cards with crop marks",
            _LETTER_LANDSCAPE,
            36,
            "Letter card stock, cut at the marks",
        ),
        # 139 x 95 mm inside a 10 mm margin: not the 148 x 105 mm of A6 postcard sheets.
        _quarters(
            "a4-4up",
            "A4, four 139 x 95 mm cards with crop marks",
            _A4_LANDSCAPE,
            28,
            "A4 card stock, cut at the marks",
        ),
        # Avery 5371 / 8371: 2 x 5 cards of 3.5 x 2 in, 0.75 in side and 0.5 in top margins,
        # no gaps (Avery's template; the same figures in CPAN's Paper::Specs::Avery::5371).
        replace(
            _grid(
                "card-10up",
                "US Letter, ten 3.5 x 2 in business cards (Avery 5371 compatible)",
                LETTER,
                2,
                5,
                (3.5 * inch, 2 * inch),
                0.75 * inch,
                0.5 * inch,
                11,
                False,
            ),
            stock="Avery 5371, 8371 or compatible",
        ),
        CardLayout(
            "thermal-4x6",
            "4 x 6 in thermal label, one card per label",
            (4 * inch, 6 * inch),
            (Box(0, 0, 4 * inch, 6 * inch),),
            16,
            thermal=True,
            stock="4 x 6 in direct thermal labels",
        ),
    )
}

#: The card layout that goes with each slip layout when slips and cards print in one job.
CARDS_FOR_SLIPS = {
    "letter": "letter-4up",
    "letter-2up": "letter-4up",
    "a4": "a4-4up",
    "a4-2up": "a4-4up",
    "4x6": "thermal-4x6",
    "4x8": "thermal-4x6",
    "100x150": "thermal-4x6",
    "a6": "a6",
}


def get_card_layout(name: str) -> CardLayout:
    try:
        return CARD_LAYOUTS[name.strip().lower()]
    except KeyError:
        raise BadInput(
            f"Unknown card layout {name!r}. Use one of: {', '.join(CARD_LAYOUTS)}."
        ) from None


def draw_crop_marks(canvas: Canvas, layout: CardLayout) -> None:
    """Short hairlines in the margin, in line with every cut, stopping short of the cards."""
    if not getattr(layout, "crop_marks", False):
        return
    xs = sorted({round(x, 2) for s in layout.slots for x in (s.x, s.right)})
    ys = sorted({round(y, 2) for s in layout.slots for y in (s.y, s.top)})
    left, right, bottom, top = xs[0], xs[-1], ys[0], ys[-1]
    gap = 6.0
    length = max(8.0, min(left, bottom) - gap - 6)
    canvas.saveState()
    canvas.setLineWidth(0.3)
    canvas.setStrokeGray(0)
    for x in xs:
        canvas.line(x, top + gap, x, top + gap + length)
        canvas.line(x, bottom - gap, x, bottom - gap - length)
    for y in ys:
        canvas.line(left - gap, y, left - gap - length, y)
        canvas.line(right + gap, y, right + gap + length, y)
    canvas.restoreState()
