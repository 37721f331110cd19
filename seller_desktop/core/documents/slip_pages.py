"""A packing slip's pages: the measured pieces of one slip (``SlipPlan``), its item rows split
over as many pages as they need, and each page drawn from the plan.

Only once every row has a page is anything drawn, so each page can say "Page 2 of 3". The first
page carries the full header, later ones a "continued" line; every page repeats the table head;
the footer text goes on the last page only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from seller_desktop.core.documents.labels import Labels
from seller_desktop.core.documents.layouts import Box
from seller_desktop.core.documents.slip_style import Op, SlipStyle, mirrored, text_op
from seller_desktop.core.documents.slip_table import Row
from seller_desktop.core.documents.text import page_direction, wrap

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas


#: Plans the "continued" header of a slip's later pages: (height, operations).
ContinuedPlanner = Callable[[], tuple[float, list[Op]]]


@dataclass
class SlipPlan:
    """One slip, measured: its pieces (height and operations) and its rows page by page.

    The "continued" header is planned only when a slip needs a second page (``paginate``): it
    wraps a line holding the order id, unique to each slip, and most slips have one page."""

    header_height: float
    header_ops: list[Op]
    plan_continued: ContinuedPlanner
    table_head_height: float
    table_head_ops: list[Op]
    #: The footer line ("" for none), already in the slip's language.
    footer_text: str
    footer_height: float
    pages: list[list[Row]] = field(default_factory=list)
    continued_height: float = 0.0
    continued_ops: list[Op] = field(default_factory=list)

    def paginate(self, rows: list[Row], height: float) -> None:
        """Split ``rows`` over pages of a slot ``height`` high. A row goes to a new page when it
        does not fit, unless it is the first row of the slip (then it is drawn, cut at the box)."""
        first = True
        page: list[Row] = []
        space = height - self.header_height - self.table_head_height - self.footer_height
        for row in rows:
            if row.height > space and (page or not first):
                self.pages.append(page)
                if first:  # the slip's second page: the header of every later one
                    self.continued_height, self.continued_ops = self.plan_continued()
                page, first = [], False
                space = height - self.continued_height - self.table_head_height - self.footer_height
            page.append(row)
            space -= row.height
        self.pages.append(page)


def footer_height(style: SlipStyle, text: str, width: float) -> float:
    """Room kept at the bottom of every page: the footer text and the page number line."""
    s = style
    lines = wrap(text, s.footer, width, False, 2) if text else ()
    return s.gap + (len(lines) + 1) * s.footer * 1.3


def page_drawer(
    style: SlipStyle, plan: SlipPlan, number: int, labels: Labels
) -> Callable[[Canvas, Box], None]:
    """Draws page ``number`` (from 1) of the slip ``plan`` into a slot, in the slip's direction."""

    def drawer(c: Canvas, box: Box) -> None:
        with page_direction(labels.rtl):
            _draw_body(c, box, plan, number)
            _draw_footer(c, box, style, plan, number, labels)

    return drawer


def _draw_body(c: Canvas, box: Box, plan: SlipPlan, number: int) -> None:
    """The header (or the "continued" line), the table head and this page's rows, top down."""
    c.saveState()
    c.translate(box.x, box.top)
    header_h, header_ops = (
        (plan.header_height, plan.header_ops)
        if number == 1
        else (plan.continued_height, plan.continued_ops)
    )
    for op in header_ops:
        op(c)
    c.translate(0, -header_h)
    for op in plan.table_head_ops:
        op(c)
    c.translate(0, -plan.table_head_height)
    for row in plan.pages[number - 1]:
        for op in row.ops:
            op(c)
        c.translate(0, -row.height)
    c.restoreState()


def _draw_footer(
    c: Canvas, box: Box, style: SlipStyle, plan: SlipPlan, number: int, labels: Labels
) -> None:
    """From the bottom of the box up: the footer text on the last page, the page number on every
    page of a slip that needs more than one (at the right, the left on a right-to-left slip)."""
    s = style
    pages = len(plan.pages)
    y = s.footer * 0.3
    c.saveState()
    c.translate(box.x, box.y)
    with mirrored(box.width if labels.rtl else None):
        if pages > 1:
            text_op(labels.page(number, pages), 0, y, s.footer, width=box.width, align="right")(c)
        if number == pages and plan.footer_text:
            lines = wrap(plan.footer_text, s.footer, box.width, False, 2)
            y += (s.footer * 1.3) if pages > 1 else 0
            for line in reversed(lines):
                text_op(line, 0, y, s.footer, width=box.width, align="center", grey=s.grey)(c)
                y += s.footer * 1.3
    c.restoreState()
