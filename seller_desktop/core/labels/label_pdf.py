"""Label files made ready for a printer, in memory (they show buyers' addresses: no temp file).

PNG labels go into one PDF, each on its own page of the label's size (the document specification
it was bought with; 4x6 inches when unknown), the image filling the page. ZPL labels are joined
as they are, for a label printer that takes ZPL.
"""

from __future__ import annotations

import io
from collections.abc import Iterable

from reportlab.lib.units import inch, mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP
from seller_desktop.core.labels.documents import LabelDocument

#: A label's page: (width, length, unit) as Amazon's DocumentSpec gives it.
PageSize = tuple[float, float, str]
DEFAULT_SIZE: PageSize = (4.0, 6.0, "INCH")


def label_points(size: PageSize | None) -> tuple[float, float]:
    """The label's width and length in points (4x6 inches when its size is unknown)."""
    width, length, unit = size or DEFAULT_SIZE
    factor = inch if unit.upper() == "INCH" else mm
    return width * factor, length * factor


def labels_pdf(labels: Iterable[tuple[LabelDocument, PageSize | None]]) -> bytes:
    """One page per PNG label; BadInput when one is not a PNG (a ZPL label goes to ``--format
    zpl``)."""
    out = io.BytesIO()
    canvas = Canvas(out, pageCompression=1)
    canvas.setTitle("Shipping labels")
    pages = 0
    for doc, size in labels:
        require_png(doc)
        width, height = label_points(size)
        canvas.setPageSize((width, height))
        canvas.drawImage(ImageReader(io.BytesIO(doc.data)), 0, 0, width, height)
        canvas.showPage()
        pages += 1
    if not pages:
        raise BadInput(QT_TRANSLATE_NOOP("SellerError", "There are no labels to print."))
    canvas.save()
    return out.getvalue()


def require_png(doc: LabelDocument) -> None:
    """BadInput unless the label is a PNG image (a ZPL label goes to ``--format zpl``)."""
    if doc.format != "PNG":
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "The label of order {order_id} is {format}, not an image: print it with "
                "--format zpl.",
            ),
            order_id=doc.order_id,
            format=doc.format,
        )


def labels_zpl(labels: Iterable[LabelDocument]) -> bytes:
    """The ZPL labels one after the other; BadInput for a label in another format."""
    parts = []
    for doc in labels:
        if doc.format != "ZPL":
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "SellerError",
                    "The label of order {order_id} is {format}, not ZPL: print it as a PDF.",
                ),
                order_id=doc.order_id,
                format=doc.format,
            )
        parts.append(doc.data if doc.data.endswith(b"\n") else doc.data + b"\n")
    if not parts:
        raise BadInput(QT_TRANSLATE_NOOP("SellerError", "There are no labels to print."))
    return b"".join(parts)
