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
from seller_desktop.core.campaigns.urls import short_url
from seller_desktop.core.documents.card_labels import CardLabels
from seller_desktop.core.documents.card_layouts import (
    CardLayout,
    draw_crop_marks,
    get_card_layout,
)
from seller_desktop.core.documents.card_parts import (
    CODE_SHARE,
    MIN_BODY,
    CardStyle,
    TextColumn,
    card_style,
    code_height,
    code_width,
    draw_border,
    draw_code,
    draw_link,
    draw_text_column,
    link_height,
    measure_text_column,
)
from seller_desktop.core.documents.layouts import Box
from seller_desktop.core.documents.pdf import Logo, SlotDrawer
from seller_desktop.core.documents.qr import draw_qr
from seller_desktop.core.documents.sheets import SheetKind, SheetWriter
from seller_desktop.core.documents.text import draw, one_line, page_direction, text_width, wrap

if TYPE_CHECKING:
    from collections.abc import Callable

    from reportlab.pdfgen.canvas import Canvas

    from seller_desktop.core.campaigns.printing import Card, CardsByOrder
    from seller_desktop.core.store.store import Store


class CardRenderer:
    """Draws cards for one layout. ``images``: campaign id → PNG/JPEG bytes (embedded once per PDF);
    ``logo``: the store's logo, on the cards of campaigns without an image of their own;
    ``colour`` (``#RRGGBB``, "" for none) and ``border``: the seller's card design."""

    def __init__(
        self,
        layout: str = "4x6",
        business_name: str = "",
        images: Mapping[int, bytes] | None = None,
        *,
        logo: bytes = b"",
        colour: str = "",
        border: bool = False,
    ) -> None:
        self.layout = get_card_layout(layout)
        self.business_name = business_name.strip()
        self.images: dict[int, Logo] = {}
        for campaign_id, data in (images or {}).items():
            image = Logo(data)
            if image:
                image.FORM = f"sd-card-image-{campaign_id}"
                self.images[campaign_id] = image
        self.logo = Logo(logo)
        self.logo.FORM = "sd-card-logo"
        self.colour = colour
        self.border = border
        #: The fields ("headline", "body", "back") cut with "…" on the cards drawn so far: too
        #: long for their card even at the smallest sizes.
        self.cut: set[str] = set()

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
        s = card_style(trim, self.layout, self.colour)
        labels = CardLabels(card.language)
        box = Box(trim.x + s.pad, trim.y + s.pad, trim.width - 2 * s.pad, trim.height - 2 * s.pad)
        campaign = card.campaign
        headline = campaign.headline or (labels.thank_you if campaign.is_default else "")
        c.saveState()
        if self.border:
            draw_border(c, s, trim)
        bottom = self._foot(c, s, labels, card, box)
        if not card.qr_data:
            self._centred(c, s, labels, card, headline, box, bottom)
        elif box.height > box.width * 1.1:
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

    def _measure(
        self, s: CardStyle, card: Card, headline: str, column: Box, bottom: float, portrait: bool
    ) -> TextColumn:
        measured = measure_text_column(
            s,
            column,
            bottom,
            image=self.images.get(card.campaign.id or -1) or self.logo or None,
            headline=headline,
            body=card.campaign.body,
            portrait=portrait,
        )
        self.cut.update(measured.plan.cut)
        return measured

    def _centred(
        self,
        c: Canvas,
        s: CardStyle,
        labels: CardLabels,
        card: Card,
        headline: str,
        box: Box,
        bottom: float,
    ) -> None:
        """No QR code: the text (and the code under it) centred in the card, not crowded into
        one half of it."""
        code_h = code_height(s) + s.gap * 1.5 if card.code else 0.0
        measured = self._measure(s, card, headline, box, bottom + code_h, True)
        top = min(box.top, bottom + (box.top - bottom + measured.height + code_h) / 2)
        end = draw_text_column(c, s, box, top, measured, True)
        if card.code:
            y = end - code_h + s.gap * (0.5 if measured.plan.height else 1.5)
            draw_code(c, s, labels, card.code, box.x + box.width / 2, max(bottom, y), box.width)

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
        QR code, its link as text and the code, as large as the rest allows, centred in what is
        left."""
        qr = card.qr_data or ""
        link = short_url(qr)
        code_h = code_height(s) if card.code else 0.0
        link_h = link_height(s, link, box.width)
        between = s.gap * 0.8 if card.code else 0.0
        least = box.width * 0.45 + link_h + between + code_h
        measured = self._measure(s, card, headline, box, bottom + least + s.gap * 1.5, True)
        text_end = draw_text_column(c, s, box, box.top, measured, True)
        room = text_end - bottom - 2 * s.gap
        qr_side = max(0.0, min(box.width * 0.62, room - between - code_h - link_h))
        block = qr_side + link_h + between + code_h
        y0 = bottom + max(0.0, (text_end - bottom - block) / 2 - s.gap * 0.25)
        cx = box.x + box.width / 2
        draw_qr(c, qr, cx - qr_side / 2, y0 + code_h + between + link_h, qr_side)
        draw_link(c, s, link, cx, y0 + code_h + between, box.width)
        if card.code:
            draw_code(c, s, labels, card.code, cx, y0, box.width)

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
        top of the other side with its link as text and the code under it."""
        qr = card.qr_data or ""
        link = short_url(qr)
        code_room = box.width * CODE_SHARE
        code_w = code_width(s, labels, card.code, code_room) if card.code else 0.0
        link_room = max(box.width * 0.36, code_w)
        link_h = link_height(s, link, link_room)
        code_h = code_height(s) + s.gap if card.code else 0.0
        qr_side = max(0.0, min(box.height - (bottom - box.y) - code_h - link_h, box.width * 0.36))
        panel = max(qr_side, code_w, min(link_room, text_width(link, s.small)))
        column_width = box.width - panel - s.gap * 1.6
        if labels.base.rtl:
            column = Box(box.right - column_width, box.y, column_width, box.height)
            px = box.x
        else:
            column = Box(box.x, box.y, column_width, box.height)
            px = box.right - panel
        cx = px + panel / 2
        draw_qr(c, qr, cx - qr_side / 2, box.top - qr_side, qr_side)
        draw_link(c, s, link, cx, box.top - qr_side - link_h, link_room)
        if card.code:
            code_y = box.top - qr_side - link_h - s.gap - code_height(s)
            draw_code(c, s, labels, card.code, cx, code_y, code_room)
        measured = self._measure(s, card, headline, column, bottom, False)
        draw_text_column(c, s, column, column.top, measured, False)

    # -- back ------------------------------------------------------------------------------------

    def back(self, c: Canvas, trim: Box, card: Card) -> None:
        s = card_style(trim, self.layout, self.colour)
        if self.border:
            draw_border(c, s, trim)
        width = trim.width - 2 * s.pad
        size, lines = self._back_lines(s, card.campaign.back_text, width, trim.height)
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

    def _back_lines(
        self, s: CardStyle, text: str, width: float, height: float
    ) -> tuple[float, tuple[str, ...]]:
        """The back's text at the largest size (down to the smallest legible) at which it fits;
        cut with "…" only below that."""
        size = s.body * 1.15
        while True:
            most = max(1, int((height - 2 * s.pad - s.small * 3) // (size * 1.4)))
            lines = wrap(text, size, width, False, most)
            if not (lines and lines[-1].endswith("…")) or size <= MIN_BODY:
                break
            size = max(MIN_BODY, round(size - 0.5, 1))
        if lines and lines[-1].endswith("…") and not text.rstrip().endswith("…"):
            self.cut.add("back")
        return size, lines


# -- from the store --------------------------------------------------------------------------------


def card_renderer(store: Store, layout: str, cards: Iterable[Card]) -> CardRenderer:
    """A renderer with the seller's business name, logo and card design, and the images of these
    cards' campaigns."""
    from seller_desktop.core.campaigns.model import get_campaign_image
    from seller_desktop.core.settings import load_settings

    images = {
        card.campaign.id: get_campaign_image(store, card.campaign.id)
        for card in cards
        if card.campaign.has_image and card.campaign.id is not None
    }
    settings = load_settings(store)
    return CardRenderer(
        layout,
        settings.business_name,
        images,
        logo=settings.logo,
        colour=settings.card_colour,
        border=settings.card_border,
    )


def card_writer(
    title: str,
    layout: CardLayout,
    decorate: Callable[[Canvas, SheetKind], None],
    *,
    duplex: bool = False,
    with_backs: bool = False,
) -> SheetWriter:
    """The writer of a print job with cards on ``layout``: whether backs are drawn and blank
    pages added (``sheets``).

    Thermal labels have one side: ``duplex`` means nothing there (no blank label is ever
    added), and their backs are left off unless asked for (``with_backs``: each back is then the
    label after its front). On sheets the backs are drawn in a duplex job, behind their fronts;
    a simplex job leaves them off unless asked for, then each page of backs follows its fronts."""
    if layout.thermal:
        return SheetWriter(title, decorate, duplex=False, backs=with_backs)
    return SheetWriter(title, decorate, duplex=duplex, backs=duplex or with_backs)


def cards_pdf(
    store: Store,
    order_ids: Sequence[str],
    layout: str = "4x6",
    cards: CardsByOrder | None = None,
    *,
    duplex: bool = False,
    with_backs: bool = False,
) -> bytes:
    """The cards these orders earn, in order, as PDF bytes: the sheets filled card after card
    across the orders (never one order's cards alone on a sheet), each card naming its order.

    ``cards``: the cards already planned with their codes (``campaigns.plan_cards``: the GUI's
    preview, which binds them only when printed); without them the cards are found here and
    their codes bound (``campaigns.cards_for_orders``). ``duplex``, ``with_backs``: how the
    backs and blank pages go (``card_writer``)."""
    from seller_desktop.core.campaigns.printing import cards_for_orders

    sheet = get_card_layout(layout)  # an unknown name is refused before any code is bound
    if cards is None:
        cards = cards_for_orders(store, order_ids)
    drawn = [card for found in cards.values() for card in found]
    if not drawn:
        raise BadInput(
            f"None of the {len(order_ids)} orders earns a card (no active campaign "
            "covers their products, and there is no default card): nothing to print."
        )
    decorate: Callable[[Canvas, SheetKind], None] = draw_crop_marks  # type: ignore[assignment]
    writer = card_writer("Insert cards", sheet, decorate, duplex=duplex, with_backs=with_backs)
    card_renderer(store, layout, drawn).place(writer, drawn)
    return writer.finish()
