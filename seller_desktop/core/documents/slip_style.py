"""The look of a packing slip: its type sizes (regular sheets and compact thermal labels) and
the drawing operations a slip is planned in.

A slip is measured before it is drawn, so each piece is kept as a list of ``Op``: a closure that
draws relative to the slot's top-left corner (y grows downwards as negative) once the page it
lands on is known. All of a slip's text is drawn through ``text_op``.

A right-to-left slip (Arabic, Hebrew) is the mirror image of a left-to-right one, made here and
nowhere else: the slip is planned inside ``mirrored(slot width)``, and every op made there is
placed at x' = W - x - w with "left" and "right" swapped ("start" becomes "right", the page's
start). So the planning code lays out one page, left to right, and a new column mirrors by
itself. An op that is not text (logo, barcode, QR code, an image) takes its x from ``placed``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING

from seller_desktop.core.documents.text import draw, text_width

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

#: An operation drawn relative to the slot's top-left corner (y grows downwards as negative).
Op = Callable[["Canvas"], None]


@dataclass(frozen=True)
class SlipStyle:
    title: float
    business: float
    small: float
    label: float
    name: float
    address: float
    info: float
    order_id: float
    table_head: float
    row: float
    footer: float
    barcode_height: float
    max_bar_width: float
    logo_box: tuple[float, float]
    gap: float
    fills: bool  # thermal printers dither grey fills into noise: lines only there
    #: Grey of labels and secondary text. Black on thermal labels: a 203 dpi printer has no grey,
    #: and small grey text came out dotted (seen through CUPS's Zebra driver).
    grey: float


REGULAR = SlipStyle(
    title=18,
    business=10,
    small=8.5,
    label=7.5,
    name=12,
    address=11,
    info=9,
    order_id=11,
    table_head=8,
    row=9,
    footer=8,
    barcode_height=34,
    max_bar_width=1.0,
    logo_box=(130, 50),
    gap=10,
    fills=True,
    grey=0.35,
)
COMPACT = SlipStyle(
    title=11,
    business=8,
    small=7,
    label=6.5,
    name=10.5,
    address=9.5,
    info=7.5,
    order_id=9.5,
    table_head=7,
    row=8,
    footer=7,
    barcode_height=30,
    max_bar_width=0.9,
    logo_box=(60, 30),
    gap=6,
    fills=False,
    grey=0.0,
)
GREY_RULE = 0.6


#: The width of the slot a right-to-left slip is being planned for (None: left to right).
_MIRROR: ContextVar[float | None] = ContextVar("slip_mirror", default=None)
#: Alignments on a mirrored slip. "start" follows each line's direction on a left-to-right slip
#: (an Arabic line in an English slip goes right); on a right-to-left slip every line starts at
#: the right, like the page.
_MIRRORED_ALIGN = {"left": "right", "right": "left", "start": "right"}


@contextmanager
def mirrored(width: float | None) -> Iterator[None]:
    """Ops made inside are the mirror image of what they are given, in a slot ``width`` wide;
    None leaves them as given (a left-to-right slip)."""
    token = _MIRROR.set(width)
    try:
        yield
    finally:
        _MIRROR.reset(token)


def placed(x: float, width: float) -> float:
    """The left edge of a box ``width`` wide planned at ``x``: ``x``, or its mirror image when
    the slip is planned right to left. For ops that are not text (logo, barcode, QR code)."""
    slot = _MIRROR.get()
    return x if slot is None else slot - x - width


def text_op(
    text: str,
    x: float,
    y: float,
    size: float,
    *,
    bold: bool = False,
    width: float | None = None,
    align: str = "start",
    grey: float | None = None,
    own_align: bool = False,
) -> Op:
    """One line of text, in ``grey`` when given (the fill goes back to black after it).

    Mirrored with the slip (see ``mirrored``); ``own_align`` keeps ``align`` as given there, for
    text aligned by its own direction (the ship-to block: a Latin address stays at its column's
    left edge on an Arabic slip)."""
    slot = _MIRROR.get()
    if slot is not None:
        if not own_align:
            align = _MIRRORED_ALIGN.get(align, align)
        if width is not None:
            x = slot - x - width

    def op(c: Canvas) -> None:
        left = x
        if slot is not None and width is None:  # measured as drawn, in the page's direction
            left = slot - x - text_width(text, size, bold)
        if grey is not None:
            c.setFillGray(grey)
        draw(c, text, left, y, size, bold=bold, width=width, align=align)
        if grey is not None:
            c.setFillGray(0)

    return op


def rule_op(x: float, y: float, width: float, grey: float, line_width: float) -> Op:
    x = placed(x, width)

    def op(c: Canvas) -> None:
        c.setStrokeGray(grey)
        c.setLineWidth(line_width)
        c.line(x, y, x + width, y)

    return op


def fill_op(x: float, y: float, width: float, height: float, grey: float) -> Op:
    """A grey rectangle (the table head's band)."""
    x = placed(x, width)

    def op(c: Canvas) -> None:
        c.setFillGray(grey)
        c.rect(x, y, width, height, stroke=0, fill=1)
        c.setFillGray(0)

    return op


def frame_op(x: float, y: float, width: float, height: float, fill: bool) -> Op:
    """A rounded box, filled light grey where the printer has grey (the gift message's)."""
    x = placed(x, width)

    def op(c: Canvas) -> None:
        c.setStrokeGray(GREY_RULE)
        c.setLineWidth(0.75)
        if fill:
            c.setFillGray(0.96)
        c.roundRect(x, y, width, height, 4, stroke=1, fill=1 if fill else 0)
        c.setFillGray(0)

    return op
