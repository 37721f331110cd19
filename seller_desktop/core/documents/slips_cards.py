"""Packing slips and insert cards in one print job: each order's slip, then the cards it earned.

Each order starts on a new sheet and its cards follow on a sheet of the card layout (on a 4-up or
10-up sheet the rest of the sheet stays empty, so the cards of one parcel are cut from one sheet).
The slips read contact details as they always do (and print "Contact details removed" after the
wipe); the cards are drawn by ``cards.py``, which never sees them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from seller_desktop.core.documents.card_layouts import (
    CARDS_FOR_SLIPS,
    draw_crop_marks,
    get_card_layout,
)
from seller_desktop.core.documents.cards import card_renderer
from seller_desktop.core.documents.layouts import Layout
from seller_desktop.core.documents.pdf import draw_cut_lines
from seller_desktop.core.documents.sheets import SheetKind, SheetWriter
from seller_desktop.core.documents.slips import SlipOptions, SlipRenderer, load_slip_orders

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from seller_desktop.core.campaigns.printing import CardsByOrder
    from seller_desktop.core.store.store import Store


def _decorate(canvas: Canvas, kind: SheetKind) -> None:
    if isinstance(kind, Layout):
        draw_cut_lines(canvas, kind)
    else:
        draw_crop_marks(canvas, kind)  # type: ignore[arg-type]


def slips_with_cards_pdf(
    store: Store,
    order_ids: Sequence[str],
    options: SlipOptions = SlipOptions(),  # noqa: B008
    card_layout: str | None = None,
    cards: CardsByOrder | None = None,
) -> bytes:
    """One PDF: for each order in turn, its packing slip, then the cards its products earn.

    ``cards``: the cards already planned with their codes (``campaigns.plan_cards``, the GUI's
    preview, which binds them only when printed); without them the cards are found here and their
    codes bound (like ``cards_pdf``)."""
    from seller_desktop.core.campaigns.printing import cards_for_orders
    from seller_desktop.core.orders.products import get_products
    from seller_desktop.core.settings import load_settings

    settings = load_settings(store)
    slips = SlipRenderer(settings, options)
    layout_name = card_layout or CARDS_FOR_SLIPS.get(slips.layout.name, "4x6")
    get_card_layout(layout_name)
    orders = load_slip_orders(store, order_ids)
    slips.products = get_products(store, {i.sku for s in orders for i in s.order.items})
    if cards is None:
        cards = cards_for_orders(store, order_ids)
    renderer = card_renderer(store, layout_name, [c for found in cards.values() for c in found])
    writer = SheetWriter("Packing slips and cards", _decorate)
    for slip in orders:
        for drawer in slips.drawers([slip]):  # one order's slip pages
            writer.place(slips.layout, drawer)
        writer.end_sheet()
        renderer.place(writer, cards[slip.order.order_id])
        writer.end_sheet()
    return writer.finish()
