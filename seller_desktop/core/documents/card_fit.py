"""Whether a campaign's text fits a card layout: the card editor's warning while the seller types.

The answer comes from drawing the card the way a print run does (on a canvas that is never
saved), so it can never disagree with what prints: text shrinks down to the smallest legible
sizes first, and only what is still too long is reported.
"""

from __future__ import annotations

import io
from dataclasses import replace
from typing import TYPE_CHECKING

from reportlab.pdfgen.canvas import Canvas

from seller_desktop.core.documents.cards import CardRenderer

if TYPE_CHECKING:
    from seller_desktop.core.campaigns.model import Campaign

#: A made-up order id and code, as long as real ones, for measuring.
_SAMPLE_ORDER = "123-4567890-1234567"
_SAMPLE_CODE = "ABCD-EFGH-JKMN"


def text_not_fitting(
    campaign: Campaign,
    layout: str,
    *,
    marketplace: str = "US",
    has_code: bool = False,
    image: bytes = b"",
    logo: bytes = b"",
) -> tuple[str, ...]:
    """The fields of ``campaign``'s card ("headline", "body", "back") that do not fit ``layout``
    even at the smallest sizes, so they would print cut with "…"; () when everything fits."""
    from seller_desktop.core.campaigns.printing import Card

    key = campaign.id or -1
    renderer = CardRenderer(layout, images={key: image} if image else None, logo=logo)
    card = Card(
        _SAMPLE_ORDER,
        marketplace,
        replace(campaign, id=key),
        "SAMPLE-SKU",
        _SAMPLE_CODE if has_code else None,
    )
    canvas = Canvas(io.BytesIO(), pagesize=renderer.layout.page_size)
    slot = renderer.layout.slots[0]
    renderer.front(canvas, slot, card)
    if campaign.back_text:
        renderer.back(canvas, slot, card)
    return tuple(field for field in ("headline", "body", "back") if field in renderer.cut)
