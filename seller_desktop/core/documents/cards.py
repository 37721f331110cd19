"""Insert cards: the campaign's headline, text, image, code and QR link, one card per campaign an
order earned, on postcards, quarter sheets with crop marks, business-card sheets or thermal labels.

Cards name the order id (small, for the packer) and take their few printed words ("Your code",
"Valid until …") from the order's marketplace language; the headline and text are the seller's own.
Nothing here reads contact details: a card depends on the campaign, the code and the order's id,
marketplace and items only, so it prints the same before and after the retention wipe.

QR codes are drawn as one path per code (``qr.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportlab.lib.pagesizes import A4, A6, LETTER
from reportlab.lib.units import inch

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.documents.labels import labels_for_marketplace
from seller_desktop.core.documents.layouts import Box
from seller_desktop.core.documents.pdf import Logo, SlotDrawer
from seller_desktop.core.documents.qr import draw_qr
from seller_desktop.core.documents.sheets import SheetWriter
from seller_desktop.core.documents.text import (
    draw,
    one_line,
    page_direction,
    prepare,
    text_width,
    wrap,
)

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from seller_desktop.core.campaigns.printing import Card, CardsByOrder
    from seller_desktop.core.store.store import Store


# -- layouts -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CardLayout:
    name: str
    description: str
    page_size: tuple[float, float]
    #: Trim boxes (where the card is cut), top-left card first, row by row.
    slots: tuple[Box, ...]
    #: White space kept inside each card's edge (cutting and printers drift).
    padding: float
    crop_marks: bool = False
    #: Thermal printers: black only, no grey fills (they dither into noise).
    thermal: bool = False


def _grid(
    name: str,
    description: str,
    page: tuple[float, float],
    columns: int,
    rows: int,
    card: tuple[float, float],
    left: float,
    top: float,
    padding: float,
    crop_marks: bool,
) -> CardLayout:
    width, height = card
    slots = tuple(
        Box(left + c * width, page[1] - top - (r + 1) * height, width, height)
        for r in range(rows)
        for c in range(columns)
    )
    return CardLayout(name, description, page, slots, padding, crop_marks)


def _quarters(name: str, description: str, page: tuple[float, float], margin: float) -> CardLayout:
    card = ((page[0] - 2 * margin) / 2, (page[1] - 2 * margin) / 2)
    return _grid(name, description, page, 2, 2, card, margin, margin, 20, True)


_LETTER_LANDSCAPE = (LETTER[1], LETTER[0])
_A4_LANDSCAPE = (A4[1], A4[0])

CARD_LAYOUTS: dict[str, CardLayout] = {
    layout.name: layout
    for layout in (
        CardLayout(
            "4x6",
            "6 x 4 in postcard, one card per sheet",
            (6 * inch, 4 * inch),
            (Box(0, 0, 6 * inch, 4 * inch),),
            22,
        ),
        CardLayout(
            "a6",
            "A6 postcard (148 x 105 mm), one card per sheet",
            (A6[1], A6[0]),
            (Box(0, 0, A6[1], A6[0]),),
            20,
        ),
        _quarters(
            "letter-4up", "US Letter, four 5 x 3.75 in cards with crop marks", _LETTER_LANDSCAPE, 36
        ),
        _quarters("a4-4up", "A4, four 139 x 95 mm cards with crop marks", _A4_LANDSCAPE, 28),
        # Avery 5371 / 8371: 2 x 5 cards of 3.5 x 2 in, 0.75 in side and 0.5 in top margins.
        _grid(
            "card-10up",
            "US Letter, ten 3.5 x 2 in business cards (Avery 5371 compatible)",
            LETTER,
            2,
            5,
            (3.5 * inch, 2 * inch),
            0.75 * inch,
            0.5 * inch,
            11,
            False,
        ),
        CardLayout(
            "thermal-4x6",
            "4 x 6 in thermal label, one card per label",
            (4 * inch, 6 * inch),
            (Box(0, 0, 4 * inch, 6 * inch),),
            16,
            thermal=True,
        ),
    )
}

#: The card layout that goes with each slip layout when slips and cards print in one job.
CARDS_FOR_SLIPS = {
    "letter": "letter-4up",
    "letter-2up": "letter-4up",
    "a4": "a4-4up",
    "a4-2up": "a4-4up",
    "4x6": "thermal-4x6",
    "4x8": "thermal-4x6",
    "100x150": "thermal-4x6",
    "a6": "a6",
}


def get_card_layout(name: str) -> CardLayout:
    try:
        return CARD_LAYOUTS[name.strip().lower()]
    except KeyError:
        raise BadInput(
            f"Unknown card layout {name!r}. Use one of: {', '.join(CARD_LAYOUTS)}."
        ) from None


def draw_crop_marks(canvas: Canvas, layout: CardLayout) -> None:
    """Short hairlines in the margin, in line with every cut, stopping short of the cards."""
    if not getattr(layout, "crop_marks", False):
        return
    xs = sorted({round(x, 2) for s in layout.slots for x in (s.x, s.right)})
    ys = sorted({round(y, 2) for s in layout.slots for y in (s.y, s.top)})
    left, right, bottom, top = xs[0], xs[-1], ys[0], ys[-1]
    gap = 6.0
    length = max(8.0, min(left, bottom) - gap - 6)
    canvas.saveState()
    canvas.setLineWidth(0.3)
    canvas.setStrokeGray(0)
    for x in xs:
        canvas.line(x, top + gap, x, top + gap + length)
        canvas.line(x, bottom - gap, x, bottom - gap - length)
    for y in ys:
        canvas.line(left - gap, y, left - gap - length, y)
        canvas.line(right + gap, y, right + gap + length, y)
    canvas.restoreState()


# -- the few words a card prints itself -----------------------------------------------------------

CARD_LABELS: dict[str, dict[str, str]] = {
    "en": {"your_code": "Your code", "valid_until": "Valid until {date}", "order": "Order"},
    "de": {"your_code": "Ihr Code", "valid_until": "Gültig bis {date}", "order": "Bestellung"},
    "fr": {
        "your_code": "Votre code",
        "valid_until": "Valable jusqu’au {date}",
        "order": "Commande",
    },
    "it": {"your_code": "Il tuo codice", "valid_until": "Valido fino al {date}", "order": "Ordine"},
    "es": {"your_code": "Tu código", "valid_until": "Válido hasta el {date}", "order": "Pedido"},
    "pt": {"your_code": "Seu código", "valid_until": "Válido até {date}", "order": "Pedido"},
    "nl": {"your_code": "Je code", "valid_until": "Geldig tot {date}", "order": "Bestelling"},
    "sv": {"your_code": "Din kod", "valid_until": "Giltig till {date}", "order": "Order"},
    "pl": {"your_code": "Twój kod", "valid_until": "Ważny do {date}", "order": "Zamówienie"},
    "tr": {"your_code": "Kodunuz", "valid_until": "Son geçerlilik: {date}", "order": "Sipariş"},
    "ar": {"your_code": "رمزك", "valid_until": "صالح حتى {date}", "order": "الطلب"},
    "ja": {"your_code": "コード", "valid_until": "有効期限：{date}", "order": "注文番号"},
}


class CardLabels:
    def __init__(self, marketplace: str) -> None:
        self.base = labels_for_marketplace(marketplace)
        self.table = {**CARD_LABELS["en"], **CARD_LABELS.get(self.base.language, {})}

    def __getitem__(self, key: str) -> str:
        return self.table[key]

    def valid_until(self, iso: str) -> str:
        return self.table["valid_until"].format(date=self.base.date(iso))

    @property
    def thank_you(self) -> str:
        return self.base["thank_you"]


# -- drawing -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Style:
    headline: float
    body: float
    small: float
    code: float
    pad: float
    gap: float
    thermal: bool

    @property
    def grey(self) -> float:
        return 0.0 if self.thermal else 0.38

    @property
    def accent(self) -> float:
        return 0.0 if self.thermal else 0.2


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def _style(box: Box, layout: CardLayout) -> _Style:
    s = min(box.width, box.height)
    return _Style(
        headline=round(_clamp(s * 0.072, 10.5, 21), 1),
        body=round(_clamp(s * 0.041, 7, 11), 1),
        small=round(_clamp(s * 0.03, 5.5, 7.5), 1),
        code=round(_clamp(s * 0.05, 8.5, 14), 1),
        pad=layout.padding,
        gap=round(_clamp(s * 0.035, 5, 11), 1),
        thermal=layout.thermal,
    )


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
        rtl = CardLabels(card.marketplace).base.rtl  # an Arabic card reads right to left

        def front(c: Canvas, box: Box) -> None:
            with page_direction(rtl):
                self.front(c, box, card)

        def back(c: Canvas, box: Box) -> None:
            with page_direction(rtl):
                self.back(c, box, card)

        return front, back if card.campaign.back_text else None

    # -- front -----------------------------------------------------------------------------------

    def front(self, c: Canvas, trim: Box, card: Card) -> None:
        s = _style(trim, self.layout)
        labels = CardLabels(card.marketplace)
        box = Box(trim.x + s.pad, trim.y + s.pad, trim.width - 2 * s.pad, trim.height - 2 * s.pad)
        campaign = card.campaign
        headline = campaign.headline or (labels.thank_you if campaign.is_default else "")
        qr = card.qr_data
        portrait = box.height > box.width * 1.1
        c.saveState()

        # Bottom line, where reading starts (left, or right on an Arabic card): the order
        # reference; at the other end: the validity.
        foot = box.y + s.small * 0.2
        self._grey(c, s)
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
        if campaign.valid_until:
            draw(
                c,
                labels.valid_until(campaign.valid_until),
                box.x,
                foot,
                s.small,
                width=box.width,
                align="left" if labels.base.rtl else "right",
            )
        c.setFillGray(0)
        bottom = foot + s.small * 1.2 + s.gap * 0.6

        if portrait:
            # Text from the top (leaving room for a QR code of at least 45 % of the width), then
            # the QR code and the code, as large as the rest allows, centred in what is left.
            code_h = self._code_height(s, labels) if card.code else 0.0
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
                self._code(c, s, labels, card.code, box.x + box.width / 2, y0, box.width)
            c.restoreState()
            return
        # Landscape: the text where reading starts (left, or right on an Arabic card), the QR
        # code at the top of the other side with the code under it.
        qr_side = (
            min(
                box.height
                - (bottom - box.y)
                - (self._code_height(s, labels) + s.gap if card.code else 0),
                box.width * 0.36,
            )
            if qr
            else 0.0
        )
        code_room = box.width * _CODE_SHARE
        panel = max(
            qr_side, self._code_width(s, labels, card.code, code_room) if card.code else 0.0
        )
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
            if qr:
                self._code(
                    c,
                    s,
                    labels,
                    card.code,
                    px + panel / 2,
                    box.top - qr_side - s.gap - self._code_height(s, labels),
                    code_room,
                )
            else:
                self._code(c, s, labels, card.code, px + panel / 2, bottom, code_room)
        text_bottom = bottom

        self._text_column(c, s, card, headline, column, text_bottom, portrait)
        c.restoreState()

    def _text_column(
        self,
        c: Canvas,
        s: _Style,
        card: Card,
        headline: str,
        column: Box,
        bottom: float,
        portrait: bool,
    ) -> float:
        """Image, headline, accent bar and text from the top of ``column`` down to at most
        ``bottom``; returns the lowest point drawn."""
        y = column.top
        image = self.images.get(card.campaign.id or -1)
        if image and min(column.width, column.height) >= 150:
            iw, ih = image.fit(
                column.width * (0.6 if portrait else 0.5), (column.top - bottom) * 0.3
            )
            ix = column.x + (column.width - iw) / 2 if portrait else column.x
            image.draw(c, ix, y - ih, iw, ih)
            y -= ih + s.gap
        align = "center" if portrait else "start"
        rtl = prepare(headline or card.campaign.body or " ").rtl
        if headline:
            for line in wrap(headline, s.headline, column.width, True, 3):
                y -= s.headline * 1.18
                draw(c, line, column.x, y, s.headline, bold=True, width=column.width, align=align)
            y -= s.headline * 0.32 + s.gap * 0.5
            bar = min(34.0, column.width * 0.2)
            bx = (
                column.x + (column.width - bar) / 2
                if portrait
                else column.right - bar
                if rtl
                else column.x
            )
            c.setFillGray(s.accent)
            c.rect(bx, y, bar, 1.6, stroke=0, fill=1)
            c.setFillGray(0)
            y -= s.gap * 0.6
        body = card.campaign.body
        if body:
            lead = s.body * 1.38
            room = int((y - bottom) // lead)
            if room >= 1:
                c.setFillGray(0.0 if s.thermal else 0.12)
                for line in wrap(body, s.body, column.width, False, room):
                    y -= lead
                    draw(c, line, column.x, y, s.body, width=column.width, align=align)
                c.setFillGray(0)
                y -= s.body * 0.35
        return y

    def _code_height(self, s: _Style, labels: CardLabels) -> float:
        return s.small * 1.5 + s.code * 1.9

    def _code_width(self, s: _Style, labels: CardLabels, code: str | None, room: float) -> float:
        text, size = _fitted_code(s, code or "", room)
        return max(
            text_width(text, size, True) + size * 1.4, text_width(labels["your_code"], s.small)
        )

    def _code(
        self, c: Canvas, s: _Style, labels: CardLabels, code: str, cx: float, y: float, room: float
    ) -> None:
        """The label and the code in a dashed box at most ``room`` wide, centred on ``cx``,
        bottom at ``y``."""
        code, size = _fitted_code(s, code, room)
        width = text_width(code, size, True) + size * 1.4
        height = s.code * 1.9
        x = cx - width / 2
        c.setStrokeGray(0 if s.thermal else 0.35)
        c.setLineWidth(0.8)
        c.setDash(2.5, 1.8)
        c.roundRect(x, y, width, height, min(4, height / 4), stroke=1, fill=0)
        c.setDash()
        draw(c, code, x, y + height / 2 - size * 0.36, size, bold=True, width=width, align="center")
        self._grey(c, s)
        draw(
            c,
            labels["your_code"],
            cx - 200,
            y + height + s.small * 0.45,
            s.small,
            width=400,
            align="center",
        )
        c.setFillGray(0)

    def _grey(self, c: Canvas, s: _Style) -> None:
        c.setFillGray(s.grey)

    # -- back ------------------------------------------------------------------------------------

    def back(self, c: Canvas, trim: Box, card: Card) -> None:
        s = _style(trim, self.layout)
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
            self._grey(c, s)
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


#: The share of a landscape card's width the code may take (the text needs the rest).
_CODE_SHARE = 0.5
#: The smallest share of its size a code is shrunk to; only text that is no code at all (codes
#: are 4-40 letters, digits and dashes) is wider even then, and is cut with "…".
_SMALLEST_CODE = 0.45


def _fitted_code(s: _Style, code: str, room: float) -> tuple[str, float]:
    """The code and the size at which it and its box's margins fit ``room``. A code must be
    printed whole to be of use, so it is shrunk rather than cut: a 40-character code at full size
    is wider than a 4x6" card, and the text column beside it got a negative width (every line of
    the headline and text ran off the card)."""
    per_pt = text_width(code, 1.0, True) + 1.4
    if s.code * per_pt <= room:
        return code, s.code
    size = room / per_pt
    smallest = s.code * _SMALLEST_CODE
    if size >= smallest:
        return code, size
    return one_line(code, smallest, max(0.0, room - smallest * 1.4), True), smallest


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
