"""The Amazon Custom block of a packing slip: the buyer's customization link as a QR code with a
short "Scan for the customization" text and the link itself, so the packer can open what the
buyer designed (engraving text, photo, colours) and make the item.

The link is the order's ``customization_url`` (the report's ``customized-url`` cell, or one line
per item from the API), a contact detail: a slip whose contact details are gone has no block. The
code's content is the link exactly as stored, nothing added. Each block is a table ``Row`` under
the items, so a long order moves it to the next page like any other row.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from seller_desktop.core.documents.labels import Labels
from seller_desktop.core.documents.qr import QUIET_ZONE, draw_qr, qr_modules
from seller_desktop.core.documents.slip_style import Op, SlipStyle, placed, text_op
from seller_desktop.core.documents.slip_table import Row
from seller_desktop.core.documents.text import wrap

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

#: A module at least this wide (pt): 4 dots on a 203 dpi label printer, 6 px at 300 dpi.
MIN_MODULE = 1.5


def customization_row(style: SlipStyle, labels: Labels, link: str, width: float) -> Row:
    """One link's block: the QR code on the left (the right on a mirrored slip) with its quiet
    zone above and below, the translated "Scan for the customization" and the link (small, up to
    three lines) beside it."""
    s = style
    modules = qr_modules(link)
    size = min(max(s.name * 6, modules * MIN_MODULE), width / 2)
    pad = QUIET_ZONE * size / modules
    ops: list[Op] = []
    code_x = placed(0, size)

    def draw_code(c: Canvas) -> None:
        draw_qr(c, link, code_x, -pad - size, size)

    ops.append(draw_code)
    text_x = size + pad
    text_w = width - text_x
    y = -pad - s.info * 1.2
    ops.append(text_op(labels["scan_customization"], text_x, y, s.info, bold=True, width=text_w))
    for line in wrap(link, s.small, text_w, False, 3):
        y -= s.small * 1.3
        ops.append(text_op(line, text_x, y, s.small, width=text_w, grey=s.grey, align="left"))
    return Row(max(size, -y) + 2 * pad, ops)
