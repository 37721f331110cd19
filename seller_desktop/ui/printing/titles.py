"""Page layouts and printed documents named in words a seller knows, for the Print page.

Each text is written out in a ``translate`` call under the ``PrintPage`` context, so that lupdate
finds it and the Print page's settings and its print log share one translation.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from seller_desktop.core.documents.print_request import (
    CARDS,
    LABELS,
    SLIPS,
    SLIPS_CARDS,
    PrintRequest,
    document_layout,
)
from seller_desktop.ui.common.formatting import card_layout_text, layout_text


def layout_titles() -> dict[str, str]:
    """The page layouts by their names."""
    translate = QCoreApplication.translate
    return {
        "letter": translate("PrintPage", "US Letter, one per sheet"),
        "a4": translate("PrintPage", "A4, one per sheet"),
        "letter-2up": translate("PrintPage", "US Letter, two per sheet (cut line)"),
        "a4-2up": translate("PrintPage", "A4, two per sheet (cut line)"),
        "4x6": translate("PrintPage", "4 × 6 in thermal label"),
        "4x8": translate("PrintPage", "4 × 8 in thermal label"),
        "100x150": translate("PrintPage", "100 × 150 mm thermal label"),
        "a6": translate("PrintPage", "A6 (105 × 148 mm)"),
    }


def document_title(document: str) -> str:
    """A print run's document (``core.documents.print_log.DOCUMENTS``)."""
    translate = QCoreApplication.translate
    return {
        SLIPS: translate("PrintPage", "Packing slips"),
        CARDS: translate("PrintPage", "Insert cards"),
        SLIPS_CARDS: translate("PrintPage", "Packing slips and insert cards"),
        LABELS: translate("PrintPage", "Shipping labels"),
        f"{LABELS}_slips": translate("PrintPage", "Shipping labels and packing slips"),
        f"{LABELS}_cards": translate("PrintPage", "Shipping labels and insert cards"),
        f"{LABELS}_slips_cards": translate(
            "PrintPage", "Shipping labels, packing slips and insert cards"
        ),
    }.get(document, translate("PrintPage", "Pick list"))


def layout_description(layout: str, document: str = SLIPS) -> str:
    """A request's layout in the seller's language (cards and slips look in their own table;
    a card layout names the stock it prints on)."""
    found = document_layout(layout, document)
    stock = getattr(found, "stock", "")
    return card_layout_text(found.description, stock) if stock else layout_text(found.description)


def request_texts(request: PrintRequest) -> tuple[str, str]:
    """What the preview says while a request renders, and above its pages (filed under the
    preview's context, ``PrintPreviewDialog``)."""
    translate, n = QCoreApplication.translate, len(request.order_ids)
    if request.document == LABELS:
        return (
            translate("PrintPreviewDialog", "Preparing the shipping labels of %n order(s)…", "", n),
            translate("PrintPreviewDialog", "Shipping labels of %n order(s)", "", n)
            if not request.with_slips
            else translate(
                "PrintPreviewDialog", "Shipping labels and packing slips of %n order(s)", "", n
            ),
        )
    if request.with_cards:
        return (
            translate(
                "PrintPreviewDialog", "Preparing the packing slips and cards of %n order(s)…", "", n
            ),
            translate("PrintPreviewDialog", "Packing slips and insert cards of %n order(s)", "", n),
        )
    if request.document == CARDS:
        return (
            translate("PrintPreviewDialog", "Preparing the insert cards of %n order(s)…", "", n),
            translate("PrintPreviewDialog", "Insert cards of %n order(s)", "", n),
        )
    if request.document == SLIPS:
        return (
            translate("PrintPreviewDialog", "Preparing the packing slips of %n order(s)…", "", n),
            translate("PrintPreviewDialog", "Packing slips of %n order(s)", "", n),
        )
    return (
        translate("PrintPreviewDialog", "Preparing the pick list of %n order(s)…", "", n),
        translate("PrintPreviewDialog", "Pick list of %n order(s)", "", n),
    )
