"""Packing slips and insert cards in one print job, arranged for the packer.

- **Cards several to a sheet** (``letter-4up``, ``a4-4up``, ``card-10up``): every slip first, in
  slip order and filled as the slips job fills them, then the card sheets, filled card after card
  across the orders in the same order. The packer takes the slips from the top of one stack and
  the cards, cut apart, from the top of the other, and checks the order id printed on each card
  against the slip's. Interleaving would put one order's card alone on a sheet (the stock three
  quarters blank, a 500-order batch 1,000 pages) and make the printer switch paper orientation
  and stock on every page.
- **One card per sheet** (thermal labels, postcards): each order's slip, then its cards, so each
  parcel's papers come off the printer together.

Backs and blank pages are the ``SheetWriter``'s, as ``cards.card_writer`` sets it up: blank pages
only in a duplex job (each slip sheet then has a blank back, each card sheet its cards' backs or a
blank page), none in a simplex one; the backs on thermal labels only when asked.

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
from seller_desktop.core.documents.cards import card_renderer, card_writer
from seller_desktop.core.documents.layouts import Layout
from seller_desktop.core.documents.pdf import draw_cut_lines
from seller_desktop.core.documents.sheets import SheetKind
from seller_desktop.core.documents.slips import SlipOptions, SlipRenderer, load_slip_orders

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from seller_desktop.core.campaigns.printing import CardsByOrder
    from seller_desktop.core.documents.templates import SlipTemplate
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
    *,
    duplex: bool = False,
    with_backs: bool = False,
    template: SlipTemplate | None = None,
) -> bytes:
    """One PDF: the orders' packing slips and the cards their products earn (arranged as above).

    ``cards``: the cards already planned with their codes (``campaigns.plan_cards``, the GUI's
    preview, which binds them only when printed); without them the cards are found here and their
    codes bound (like ``cards_pdf``). ``duplex``, ``with_backs``: see ``cards.card_writer``.
    ``template``: None for the stored slip template."""
    from seller_desktop.core.campaigns.printing import cards_for_orders
    from seller_desktop.core.documents.templates import load_templates
    from seller_desktop.core.settings import load_settings

    settings = load_settings(store)
    slips = SlipRenderer(settings, options, template=template or load_templates(store).slip)
    layout_name = card_layout or CARDS_FOR_SLIPS.get(slips.layout.name, "4x6")
    sheet = get_card_layout(layout_name)
    orders = load_slip_orders(store, order_ids)
    slips.use_store(store, orders)
    if cards is None:
        cards = cards_for_orders(store, order_ids)
    drawn = [c for found in cards.values() for c in found]
    renderer = card_renderer(store, layout_name, drawn)
    writer = card_writer(
        "Packing slips and cards", sheet, _decorate, duplex=duplex, with_backs=with_backs
    )
    if len(sheet.slots) > 1:
        for pages in slips.documents(orders):
            writer.place_document(slips.layout, pages)
        renderer.place(writer, [c for slip in orders for c in cards.get(slip.order.order_id, ())])
        return writer.finish()
    for slip in orders:
        for pages in slips.documents([slip]):  # one order's slip pages
            writer.place_document(slips.layout, pages)
        writer.end_sheet()
        renderer.place(writer, cards.get(slip.order.order_id, ()))
        writer.end_sheet()
    return writer.finish()
