"""The order id's Code 128 on a packing slip, drawn as one filled PDF path.

ReportLab's ``Code128`` flowable draws each bar as its own rectangle with its own fill operator
(about 30 on an order id) and encodes the value again each time its width is asked and once more
to draw. Here ReportLab's encoder runs once per value, the bars are kept as runs of modules, and
the barcode is one path of rectangles filled once: the same bars at the same places, in a third
of the operators, and a scanner reads it as before.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportlab.graphics.barcode.code128 import Code128

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

#: Quiet zone on each side, in modules (the symbology asks for at least ten).
QUIET_MODULES = 10
#: The thinnest bar we print (pt): 2 dots at 300 dpi; narrower, printers smear the code.
MIN_BAR = 0.5

#: A bar: (first module, width in modules), counted from the symbol's left edge.
Bar = tuple[int, int]


@functools.lru_cache(maxsize=1024)
def code128_bars(value: str) -> tuple[tuple[Bar, ...], int] | None:
    """The value's bars and the symbol's width in modules (quiet zones not included), by
    ReportLab's encoder; None when Code 128 cannot carry the value.

    ReportLab decomposes a symbol into letters: an upper-case letter is a bar and a lower-case
    one a space, 'A'/'a' one module wide, 'B'/'b' two, and so on."""
    try:
        code = Code128(value, humanReadable=False, quiet=0)
        code.validate()
        if not code.valid:
            return None
        code.encode()
        decomposed = code.decompose()
    except Exception:  # noqa: BLE001 - a value ReportLab cannot encode: the id is printed anyway
        return None
    bars: list[Bar] = []
    module = 0
    for letter in decomposed:
        width = ord(letter.upper()) - ord("A") + 1
        if letter.isupper():
            bars.append((module, width))
        module += width
    return tuple(bars), module


@dataclass(frozen=True)
class Code128Symbol:
    """A Code 128 sized for the slip: ``bar_width`` pt per module, ``height`` pt tall, with its
    quiet zones inside ``width``."""

    bars: tuple[Bar, ...]
    modules: int
    bar_width: float
    height: float

    @property
    def width(self) -> float:
        return (self.modules + 2 * QUIET_MODULES) * self.bar_width

    def draw(self, canvas: Canvas, x: float, y: float) -> None:
        """All bars as one path, filled black once; (x, y) is the lower left of the left quiet
        zone, as for ReportLab's ``Code128.drawOn``."""
        bar = self.bar_width
        left = x + QUIET_MODULES * bar
        path = canvas.beginPath()
        for start, modules in self.bars:
            path.rect(left + start * bar, y, modules * bar, self.height)
        canvas.saveState()
        canvas.setFillGray(0)
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.restoreState()


def order_barcode(
    value: str, max_width: float, max_bar: float, height: float
) -> Code128Symbol | None:
    """A Code 128 of the order id, as wide as fits ``max_width`` with its quiet zones (bars at
    most ``max_bar`` pt a module); None when the value cannot be encoded or the bars would be
    thinner than ``MIN_BAR``."""
    encoded = code128_bars(value)
    if encoded is None:
        return None
    bars, modules = encoded
    bar = min(max_bar, max_width / (modules + 2 * QUIET_MODULES))
    if bar < MIN_BAR:
        return None
    return Code128Symbol(bars, modules, bar, height)
