"""The item cells of a packing slip that are not plain text: the product's thumbnail and its
EAN/UPC as a small scannable barcode (``slip_table`` places them in the row).

Each product image is a PDF form object made once per renderer (``ProductImages``), so a batch
of 500 slips of the same mug embeds its photo once. The barcode is drawn only for a valid
EAN-13, UPC-A or EAN-8 (a GTIN-14 or a damaged code prints as text only) and only at a module
width a scanner reads; its digits are printed as text above it, not by the barcode itself, so
they go through the slip's own text drawing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.eanbc import UPCA, Ean8BarcodeWidget, Ean13BarcodeWidget
from reportlab.graphics.shapes import Drawing

from seller_desktop.core.documents.pdf import Logo
from seller_desktop.core.documents.slip_style import Op, placed
from seller_desktop.core.orders.products import valid_gtin

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

#: A thumbnail's box (pt): on sheets, and on thermal labels (left of the name, in its own
#: narrow column: 24 pt is about 7 mm, still recognisable, and leaves the name its room).
THUMBNAIL = {False: 34.0, True: 24.0}
#: The barcode's module width (pt): at most the nominal 0.33 mm, at least 80 % of it (the
#: smallest GS1 allows), about 2 dots of a 203 dpi label printer.
MAX_MODULE = 0.935
MIN_MODULE = 0.7
_WIDGETS = {8: Ean8BarcodeWidget, 12: UPCA, 13: Ean13BarcodeWidget}


class ProductImages:
    """SKU → the product's image as a ``Logo`` (one form object each, named apart)."""

    def __init__(self, images: Mapping[str, bytes] | None = None) -> None:
        self._logos: dict[str, Logo] = {}
        for n, (sku, data) in enumerate(sorted((images or {}).items())):
            logo = Logo(data)
            if logo:
                logo.FORM = f"sd-product-{n}"
                self._logos[sku] = logo

    def get(self, sku: str) -> Logo | None:
        return self._logos.get(sku)


def thumbnail_op(logo: Logo, x: float, top: float, size: float) -> tuple[float, Op]:
    """The image fitted into a ``size`` square at (``x``, ``top``): its height and operation."""
    width, height = logo.fit(size, size)
    left = placed(x + (size - width) / 2, width)  # mirrored on a right-to-left slip

    def op(c: Canvas) -> None:
        logo.draw(c, left, top - height, width, height)

    return height, op


def ean_barcode(code: str | None, width: float, height: float) -> Drawing | None:
    """The code as a barcode drawing at most ``width`` wide (quiet zones included), or None
    when it is no valid EAN-13/UPC-A/EAN-8 or would need bars thinner than ``MIN_MODULE``."""
    code = (code or "").strip()
    widget = _WIDGETS.get(len(code))
    if widget is None or not valid_gtin(code):
        return None
    x0, _, x1, _ = widget(code, barWidth=1, barHeight=height, humanReadable=0).getBounds()
    module = min(MAX_MODULE, width / (x1 - x0))
    if module < MIN_MODULE:
        return None
    drawing = Drawing((x1 - x0) * module, height)
    drawing.add(widget(code, barWidth=module, barHeight=height, humanReadable=0))
    return drawing


def barcode_op(drawing: Drawing, x: float, y: float) -> Op:
    """Draws ``drawing`` with its bottom-left corner at (``x``, ``y``) (mirrored on a
    right-to-left slip)."""
    left = placed(x, drawing.width)

    def op(c: Canvas) -> None:
        renderPDF.draw(drawing, c, left, y)

    return op
