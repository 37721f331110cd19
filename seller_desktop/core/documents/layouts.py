"""Page layouts by the names the CLI and the print settings use.

A layout is a sheet size and the slots a document is drawn into: one slot per sheet, or two (the
"-2up" layouts: two slips per sheet, cut apart along a dashed line). Slots are given as content
boxes, margins already taken off.

Margins: office printers cannot print the outer ~6 mm, so full sheets keep 0.5 in (36 pt). Thermal
label printers (4x6, 4x8, 100x150 mm) print almost to the edge, but labels drift a millimetre or
two on the roll, so they keep 10 pt (3.5 mm); A6 is printed on both kinds and keeps 14 pt.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, A6, LETTER
from reportlab.lib.units import inch, mm

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float

    @property
    def top(self) -> float:
        return self.y + self.height

    @property
    def right(self) -> float:
        return self.x + self.width


@dataclass(frozen=True)
class Layout:
    name: str
    description: str
    page_size: tuple[float, float]
    slots: tuple[Box, ...]
    #: Dashed lines to cut along: (x1, y1, x2, y2).
    cut_lines: tuple[tuple[float, float, float, float], ...] = ()

    @property
    def compact(self) -> bool:
        """Narrow labels get the stacked slip design (one column, smaller type)."""
        return self.slots[0].width < 400

    @property
    def whole_sheet(self) -> Box:
        """The sheet less the margin of its first slot (for documents drawn once per sheet)."""
        slot = self.slots[0]
        margin = slot.x
        width, height = self.page_size
        return Box(margin, margin, width - 2 * margin, height - 2 * margin)


def _single(name: str, description: str, size: tuple[float, float], margin: float) -> Layout:
    width, height = size
    return Layout(
        name,
        description,
        (width, height),
        (Box(margin, margin, width - 2 * margin, height - 2 * margin),),
    )


def _two_up(name: str, description: str, size: tuple[float, float], margin: float) -> Layout:
    """Two halves, one above the other; each half keeps the margin on all four sides."""
    width, height = size
    half = height / 2
    slots = (
        Box(margin, half + margin, width - 2 * margin, half - 2 * margin),
        Box(margin, margin, width - 2 * margin, half - 2 * margin),
    )
    return Layout(name, description, (width, height), slots, ((0, half, width, half),))


LAYOUTS: dict[str, Layout] = {
    layout.name: layout
    for layout in (
        _single("letter", "US Letter, one slip per sheet", LETTER, 36),
        _single("a4", "A4, one slip per sheet", A4, 36),
        _two_up("letter-2up", "US Letter, two slips per sheet with a cut line", LETTER, 28),
        _two_up("a4-2up", "A4, two slips per sheet with a cut line", A4, 28),
        _single("4x6", "4 x 6 in thermal label", (4 * inch, 6 * inch), 10),
        _single("4x8", "4 x 8 in thermal label", (4 * inch, 8 * inch), 10),
        _single("100x150", "100 x 150 mm thermal label", (100 * mm, 150 * mm), 10),
        _single("a6", "A6 (105 x 148 mm)", A6, 14),
    )
}


def get_layout(name: str) -> Layout:
    """The layout of this name; BadInput listing the names otherwise."""
    try:
        return LAYOUTS[name.strip().lower()]
    except KeyError:
        raise BadInput(
            QT_TRANSLATE_NOOP("SellerError", "Unknown layout {name!r}. Use one of: {names}."),
            name=name,
            names=", ".join(LAYOUTS),
        ) from None
