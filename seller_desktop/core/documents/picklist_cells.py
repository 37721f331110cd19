"""The pick list's cells that are more than a line of text: the product's thumbnail, the small
EAN-13 / UPC-A barcode, and the per-order breakdown packed into lines.

Kept apart from the drawing of the list (``picklist_render``) because each is a small job of its
own: an image made small enough to print by the hundred, a code checked before it is drawn as
bars, a list of orders fitted to a width.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PIL import Image
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.eanbc import Ean13BarcodeWidget
from reportlab.graphics.shapes import Drawing

from seller_desktop.core.documents.text import text_width, wrap
from seller_desktop.core.orders.products import valid_gtin

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

log = logging.getLogger(__name__)

#: The longest side of a thumbnail, in pixels: about 300 dpi at the printed size (0.5 in).
THUMBNAIL_PIXELS = 160
#: Modules of an EAN-13 symbol with its quiet zones (95 + 9 + 9).
EAN_MODULES = 113


def thumbnail(data: bytes) -> bytes:
    """A product image made small (PNG): a product image may be 1 MB, and a pick list of 200
    SKUs would carry all of them at full size. b"" for an image that cannot be read (the row
    prints without it; logged without its bytes)."""
    try:
        with Image.open(io.BytesIO(data)) as source:
            source.thumbnail((THUMBNAIL_PIXELS, THUMBNAIL_PIXELS))
            small = source.convert("RGBA")
    except Exception as err:  # noqa: BLE001 - any decoder error means "no usable image"
        log.warning("A product image could not be read (%s); left out.", type(err).__name__)
        return b""
    out = io.BytesIO()
    small.save(out, "PNG", optimize=True)
    return out.getvalue()


def ean13_value(code: str | None) -> str | None:
    """The 12 digits the EAN-13 symbol encodes (its check digit is drawn from them), for a valid
    EAN-13 or UPC-A (a UPC-A is an EAN-13 with a leading 0); None for any other code (EAN-8,
    GTIN-14, a typo): those are printed as text only."""
    code = (code or "").strip()
    if len(code) not in (12, 13) or not valid_gtin(code):
        return None
    return code.rjust(13, "0")[:12]


def ean_width(bar: float) -> float:
    return EAN_MODULES * bar


def draw_ean(canvas: Canvas, value: str, x: float, y: float, bar: float, height: float) -> None:
    """The bars of ``value`` (``ean13_value``) with their bottom-left corner at (x, y); no
    human-readable digits (the code is printed as text beside, in our embedded font)."""
    widget = Ean13BarcodeWidget(value, barWidth=bar, barHeight=height, humanReadable=0)
    drawing = Drawing(ean_width(bar), height)
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, x, y)


def breakdown_lines(
    entries: Sequence[tuple[str, int]], size: float, width: float, gap: str = "    "
) -> list[str]:
    """The orders that take a product, "3 × 114-…" each, as many to a line as fit ``width``."""
    lines: list[str] = []
    current = ""
    for order_id, quantity in entries:
        entry = f"{quantity} \u00d7 {order_id}"
        if text_width(entry, size) > width:  # a long id on a narrow label: a line or more
            lines += [current] if current else []
            lines += wrap(entry, size, width)
            current = ""
            continue
        candidate = f"{current}{gap}{entry}" if current else entry
        if current and text_width(candidate, size) > width:
            lines.append(current)
            candidate = entry
        current = candidate
    if current:
        lines.append(current)
    return lines
