"""Insert cards: the campaign's headline, text, image, code and QR link, one card per campaign an
order earned, on the sheets of ``card_layouts``.

Cards name the order id (small, for the packer) and take their few printed words ("Your code",
"Valid until …"; ``card_labels``) and their direction from the card's language (the language of
its text: the order's marketplace language when the campaign has text in it); the headline and
text are the seller's own. Nothing here reads contact details: a card depends on the campaign,
the code and the order's id, marketplace and items only, so it prints the same before and after
the retention wipe.

A card's face is laid out here (portrait: text over the QR code and the code; landscape: side by
side) from the pieces in ``card_parts``. QR codes are drawn as one path per code (``qr.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.documents.card_labels import CardLabels
from seller_desktop.core.documents.card_layouts import draw_crop_marks, get_card_layout
from seller_desktop.core.documents.card_parts import (
    CODE_SHARE,
    CardStyle,
    card_style,
    code_height,
    code_width,
    draw_code,
    draw_text_column,
)
from seller_desktop.core.documents.layouts import Box
from seller_desktop.core.documents.pdf import Logo, SlotDrawer
from seller_desktop.core.documents.qr import draw_qr
from seller_desktop.core.documents.sheets import SheetWriter
from seller_desktop.core.documents.text import draw, one_line, page_direction, wrap

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from seller_desktop.core.campaigns.printing import Card, CardsByOrder
    from seller_desktop.core.store.store import Store


class CardRenderer:
    """Draws cards for one layout. ``images``: campaign id → PNG/JPEG bytes (embedded once per PDF)."""

    def __init__(
        self,
        layout: str = "4x6",
        business_name: str = "",
        images: Mapping[int, bytes] | None = None,
    ) -> None:
        self.layout = get_card_layout(layout)
        self.business_name = business_name.strip()
        self.images: dict[int, Logo] = {}
        for campaign_id, data in (images or {}).items():
            logo = Logo(data)
            if logo:
                logo.FORM = f"sd-card-image-{campaign_id}"
                self.images[campaign_id] = logo

    # -- public ----------------------------------------------------------------------------------

    def render(self, cards: Sequence[Card]) -> bytes:
        if not cards:
            raise BadInput("None of these orders earns a card: nothing to print.")
        writer = SheetWriter("Insert cards", draw_crop_marks)  # type: ignore[arg-type]
        self.place(writer, cards)
        return writer.finish()

    def place(self, writer: SheetWriter, cards: Iterable[Card]) -> None:
        for card in cards:
            writer.place(self.layout, *self.sides(card))

    def sides(self, card: Card) -> tuple[SlotDrawer, SlotDrawer | None]:
        rtl = CardLabels(card.language).base.rtl  # an Arabic card reads right to left

        def front(c: Canvas, box: Box) -> None:
            with page_direction(rtl):
                self.front(c, box, card)

        def back(c: Canvas, box: Box) -> None:
            with page_direction(rtl):
                self.back(c, box, card)

        return front, back if card.campaign.back_text else None

    # -- front -----------------------------------------------------------------------------------

    def front(self, c: Canvas, trim: Box, card: Card) -> None:
        s = card_style(trim, self.layout)
        labels = CardLabels(card.language)
        box = Box(trim.x + s.pad, trim.y + s.pad, trim.width - 2 * s.pad, trim.height - 2 * s.pad)
        campaign = card.campaign
        headline = campaign.headline or (labels.thank_you if campaign.is_default else "")
        c.saveState()
        bottom = self._foot(c, s, labels, card, box)
        if box.height > box.width * 1.1:
            self._portrait(c, s, labels, card, headline, box, bottom)
        else:
            self._landscape(c, s, labels, card, headline, box, bottom)
        c.restoreState()

    def _foot(self, c: Canvas, s: CardStyle, labels: CardLabels, card: Card, box: Box) -> float:
        """The bottom line, where reading starts (left, or right on an Arabic card): the order
        reference; at the other end: the validity. Returns the top of the room above it."""
        foot = box.y + s.small * 0.2
        c.setFillGray(s.grey)
        # Label and id drawn apart: bidi reordering must not scramble the id on an Arabic card.
        gap = s.small * 0.35
        if labels.base.rtl:
            label_w = draw(c, labels["order"], box.x, foot, s.small, width=box.width, align="right")
            draw(
                c,
                card.order_id,
                box.x,
                foot,
                s.small,
                width=box.width - label_w - gap,
                align="right",
            )
        else:
            label_w = draw(c, labels["order"], box.x, foot, s.small)
            draw(c, card.order_id, box.x + label_w + gap, foot, s.small)
        if card.campaign.valid_until:
            draw(
                c,
                labels.valid_until(card.campaign.valid_until),
                box.x,
                foot,
                s.small,
                width=box.width,
                align="left" if labels.base.rtl else "right",
            )
        c.setFillGray(0)
        return foot + s.small * 1.2 + s.gap * 0.6

    def _portrait(
        self,
        c: Canvas,
        s: CardStyle,
        labels: CardLabels,
        card: Card,
        headline: str,
        box: Box,
        bottom: float,
    ) -> None:
        """Text from the top (leaving room for a QR code of at least 45 % of the width), then the
        QR code and the code, as large as the rest allows, centred in what is left."""
        qr = card.qr_data
        code_h = code_height(s) if card.code else 0.0
        between = s.gap * 0.8 if qr and card.code else 0.0
        least = (box.width * 0.45 if qr else 0.0) + between + code_h
        text_end = self._text_column(
            c, s, card, headline, box, bottom + least + (s.gap * 1.5 if least else 0), True
        )
        room = text_end - bottom - 2 * s.gap
        qr_side = max(0.0, min(box.width * 0.62, room - between - code_h)) if qr else 0.0
        block = qr_side + between + code_h
        y0 = bottom + max(0.0, (text_end - bottom - block) / 2 - s.gap * 0.25)
        if qr:
            draw_qr(c, qr, box.x + (box.width - qr_side) / 2, y0 + code_h + between, qr_side)
        if card.code:
            draw_code(c, s, labels, card.code, box.x + box.width / 2, y0, box.width)

    def _landscape(
        self,
        c: Canvas,
        s: CardStyle,
        labels: CardLabels,
        card: Card,
        headline: str,
        box: Box,
        bottom: float,
    ) -> None:
        """The text where reading starts (left, or right on an Arabic card), the QR code at the
        top of the other side with the code under it."""
        qr = card.qr_data
        qr_side = (
            min(
                box.height - (bottom - box.y) - (code_height(s) + s.gap if card.code else 0),
                box.width * 0.36,
            )
            if qr
            else 0.0
        )
        code_room = box.width * CODE_SHARE
        panel = max(qr_side, code_width(s, labels, card.code, code_room) if card.code else 0.0)
        column_width = box.width - (panel + s.gap * 1.6 if panel else 0)
        if labels.base.rtl:
            column = Box(box.right - column_width, box.y, column_width, box.height)
            px = box.x
        else:
            column = Box(box.x, box.y, column_width, box.height)
            px = box.right - panel
        if qr:
            draw_qr(c, qr, px + (panel - qr_side) / 2, box.top - qr_side, qr_side)
        if card.code:
            code_y = box.top - qr_side - s.gap - code_height(s) if qr else bottom
            draw_code(c, s, labels, card.code, px + panel / 2, code_y, code_room)
        self._text_column(c, s, card, headline, column, bottom, False)

    def _text_column(
        self,
        c: Canvas,
        s: CardStyle,
        card: Card,
        headline: str,
        column: Box,
        bottom: float,
        portrait: bool,
    ) -> float:
        return draw_text_column(
            c,
            s,
            column,
            bottom,
            image=self.images.get(card.campaign.id or -1),
            headline=headline,
            body=card.campaign.body,
            portrait=portrait,
        )

    # -- back ------------------------------------------------------------------------------------

    def back(self, c: Canvas, trim: Box, card: Card) -> None:
        s = card_style(trim, self.layout)
        width = trim.width - 2 * s.pad
        size = s.body * 1.15
        lines = wrap(
            card.campaign.back_text,
            size,
            width,
            False,
            max(1, int((trim.height - 2 * s.pad - s.small * 3) // (size * 1.4))),
        )
        block = len(lines) * size * 1.4
        y = trim.y + trim.height / 2 + block / 2
        for line in lines:
            y -= size * 1.4
            draw(c, line, trim.x + s.pad, y, size, width=width, align="center")
        if self.business_name:
            # One line, cut with "…": drawn whole, a long name ran off both sides of the card.
            name = one_line(self.business_name, s.small, width, True)
            c.setFillGray(s.grey)
            draw(
                c,
                name,
                trim.x + s.pad,
                trim.y + s.pad,
                s.small,
                bold=True,
                width=width,
                align="center",
            )
            c.setFillGray(0)


# -- from the store --------------------------------------------------------------------------------


def card_renderer(store: Store, layout: str, cards: Iterable[Card]) -> CardRenderer:
    """A renderer with the seller's business name and the images of these cards' campaigns."""
    from seller_desktop.core.campaigns.model import get_campaign_image
    from seller_desktop.core.settings import load_settings

    images = {
        card.campaign.id: get_campaign_image(store, card.campaign.id)
        for card in cards
        if card.campaign.has_image and card.campaign.id is not None
    }
    return CardRenderer(layout, load_settings(store).business_name, images)


def cards_pdf(
    store: Store, order_ids: Sequence[str], layout: str = "4x6", cards: CardsByOrder | None = None
) -> bytes:
    """The cards these orders earn, in order, as PDF bytes.

    ``cards``: the cards already planned with their codes (``campaigns.plan_cards``: the GUI's
    preview, which binds them only when printed); without them the cards are found here and
    their codes bound (``campaigns.cards_for_orders``)."""
    from seller_desktop.core.campaigns.printing import cards_for_orders

    get_card_layout(layout)  # an unknown name is refused before any code is bound
    if cards is None:
        cards = cards_for_orders(store, order_ids)
    drawn = [card for found in cards.values() for card in found]
    if not drawn:
        raise BadInput(
            f"None of the {len(order_ids)} orders earns a card (no active campaign "
            "covers their products, and there is no default card): nothing to print."
        )
    return card_renderer(store, layout, drawn).render(drawn)
