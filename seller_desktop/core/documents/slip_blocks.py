"""What a packing slip prints under its item rows: the total number of units, then the
template's message and returns blocks (``templates.SlipTemplate``), in the slip's language.

Each piece is a table ``Row``, so a long order or a long block moves on to the next page like
any other row: a block is one row for its title with its first line (a title never stands alone
at the foot of a page) and one row for each further line.
"""

from __future__ import annotations

from seller_desktop.core.documents.labels import Labels
from seller_desktop.core.documents.slip_style import SlipStyle, text_op
from seller_desktop.core.documents.slip_table import Row
from seller_desktop.core.documents.text import wrap
from seller_desktop.core.orders.model import Order

#: The most lines a block is wrapped to (600 characters fit in far fewer on every layout).
MAX_LINES = 40


def total_units_row(style: SlipStyle, labels: Labels, order: Order, width: float) -> Row:
    """ "Total units: 7", at the right under the table: the packer counts what is in the box.
    One line high and no more (the row above ends in padding): a slip that filled its page
    before the total was added still fits on it."""
    s = style
    units = sum(item.quantity for item in order.items)
    text = labels["total_units"].format(units=units)
    y = -s.row * 0.85
    return Row(s.row, [text_op(text, 0, y, s.row, bold=True, width=width, align="right")])


def block_rows(style: SlipStyle, title: str, text: str, width: float) -> list[Row]:
    """A titled block of wrapped text (its paragraphs kept); none for an empty text."""
    if not text.strip():
        return []
    s = style
    lines: list[str] = []
    for paragraph in text.splitlines():
        lines += wrap(paragraph, s.info, width, False, MAX_LINES) if paragraph.strip() else [""]
    lead = s.info * 1.35
    title_y = -s.gap / 2 - s.label * 1.2
    first = [text_op(title, 0, title_y, s.label, bold=True, width=width, grey=s.grey)]
    first.append(text_op(lines[0], 0, title_y - lead, s.info, width=width))
    rows = [Row(-title_y + lead + s.info * 0.35, first)]
    for line in lines[1:MAX_LINES]:
        rows.append(Row(lead, [text_op(line, 0, -s.info * 1.05, s.info, width=width)]))
    return rows
