"""The top of a packing slip, measured and planned as drawing operations (``slip_style.Op``).

The first page's header: the seller's logo, name and return address beside the title, then the
ship-to block and the order block (id, Code 128 barcode, dates, marketplace, shipping service),
side by side on a sheet and one under the other on a thermal label, then the gift message.
Later pages of a long slip get a one-line "continued" header instead.

Privacy: the ship-to block reads only the ``ContactDetails`` it is given; None (past the
retention deadline) prints "Contact details removed" where the address was.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from seller_desktop.core.documents.code128 import order_barcode
from seller_desktop.core.documents.labels import Labels
from seller_desktop.core.documents.pdf import Logo
from seller_desktop.core.documents.ship_services import ship_service_name
from seller_desktop.core.documents.slip_style import (
    GREY_RULE,
    Op,
    SlipStyle,
    frame_op,
    placed,
    rule_op,
    text_op,
)
from seller_desktop.core.documents.text import prepare, text_width, wrap
from seller_desktop.core.orders.marketplaces import MARKETPLACES
from seller_desktop.core.orders.model import ContactDetails, Order

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas


class SlipHeader:
    """Plans the headers of slips in one style, for one seller (logo, name, return address)."""

    def __init__(
        self,
        style: SlipStyle,
        compact: bool,
        logo: Logo,
        business_name: str,
        return_lines: Sequence[str],
        ship_from: str = "",
    ) -> None:
        """``ship_from``: the country parcels leave from (``Settings.ship_from``); an address in
        any other country ends with its country's name."""
        self.style = style
        self.ship_from = ship_from
        self.compact = compact
        self.logo = logo
        self.business_name = business_name
        self.return_lines = return_lines

    def first_page(
        self, order: Order, contact: ContactDetails | None, labels: Labels, width: float
    ) -> tuple[float, list[Op]]:
        """The first page's header: its height and its operations."""
        s = self.style
        ops: list[Op] = []
        y = self._sender_band(labels, width, ops)
        if self.compact:
            y = self._ship_to(order, contact, labels, 0, y, width, ops)
            y -= s.gap
            y = self._order_info(order, labels, 0, y, width, ops)
        else:
            left_w = width * 0.54
            right_x = width * 0.58
            y_left = self._ship_to(order, contact, labels, 0, y, left_w, ops)
            y_right = self._order_info(order, labels, right_x, y, width - right_x, ops)
            y = min(y_left, y_right)

        gift = contact.gift_message if contact is not None else None
        if gift:
            y -= s.gap
            y = self._gift(gift, labels, y, width, ops)
        y -= s.gap
        return -y, ops

    def continued(self, order: Order, labels: Labels, width: float) -> tuple[float, list[Op]]:
        """The header of every later page: "Packing slip · Order … (continued)" over a rule."""
        s = self.style
        # The id in a left-to-right isolate: after Arabic words the bidi rules would otherwise
        # run its digit groups right to left ("7654321-1234562-113").
        # Right to left, "continued" after a dot rather than in brackets: the bidi library
        # draws brackets unmirrored, facing away from the word (")تابع(").
        more = f"· {labels['continued']}" if labels.rtl else f"({labels['continued']})"
        text = f"{labels['packing_slip']} · {labels['order']} \u2066{order.order_id}\u2069 {more}"
        # Wrapped: on a 4x6" label the line is wider than the slot in English and French.
        y = 0.0
        ops: list[Op] = []
        for line in wrap(text, s.order_id, width, True, 2):
            y -= s.order_id * 1.2
            ops.append(text_op(line, 0, y, s.order_id, bold=True, width=width, align="left"))
        y -= s.gap / 2
        ops.append(rule_op(0, y, width, GREY_RULE, 0.75))
        return -y + s.gap, ops

    def _sender_band(self, labels: Labels, width: float, ops: list[Op]) -> float:
        """Band A: logo, business name and return address on the left; the title on the right;
        a rule under them. Returns where the next band starts."""
        s = self.style
        title = labels["packing_slip"]
        title_w = text_width(title, s.title, bold=True)
        text_x = 0.0
        logo_h = 0.0
        if self.logo:
            logo = self.logo
            lw, lh = logo.fit(*s.logo_box)
            logo_x = placed(0, lw)

            def draw_logo(c: Canvas, lw: float = lw, lh: float = lh) -> None:
                logo.draw(c, logo_x, -lh, lw, lh)

            ops.append(draw_logo)
            text_x, logo_h = lw + s.gap, lh
        sender_w = width - text_x - title_w - 2 * s.gap
        y = 0.0
        if self.business_name:
            for line in wrap(self.business_name, s.business, sender_w, True, 2):
                y -= s.business * 1.2
                ops.append(text_op(line, text_x, y, s.business, bold=True, width=sender_w))
        for raw in self.return_lines:
            for line in wrap(raw, s.small, sender_w, False, 2):
                y -= s.small * 1.25
                ops.append(text_op(line, text_x, y, s.small, width=sender_w, grey=s.grey))
        ops.append(text_op(title, width - title_w, -s.title, s.title, bold=True))
        y = -max(logo_h, -y + 2, s.title * 1.3) - s.gap / 2
        ops.append(rule_op(0, y, width, GREY_RULE, 0.75))
        return y - s.gap

    def _ship_to(
        self,
        order: Order,
        contact: ContactDetails | None,
        labels: Labels,
        x: float,
        y: float,
        width: float,
        ops: list[Op],
    ) -> float:
        s = self.style
        y -= s.label * 1.2
        ops.append(text_op(labels["ship_to"], x, y, s.label, bold=True, width=width, grey=s.grey))
        y -= 2
        if contact is None:
            y -= s.address * 1.3
            ops.append(
                text_op(labels["contact_removed"], x, y, s.address, width=width, grey=s.grey)
            )
            return y
        lines = contact.ship_to_lines(
            order.ship_country, order.ship_region, home=self.ship_from, isolated=True
        )
        # One alignment for the whole block, by the direction most of its lines run: a Hebrew name
        # over a New York street stays at the left edge with its address, an Arabic address in
        # Dubai goes to the right. Kept on a right-to-left slip (own_align), whose ship-to column
        # is the right one.
        rtl = sum(prepare(ln, page_rtl=labels.rtl).rtl for ln in lines) * 2 > len(lines)
        align = "right" if rtl else "left"
        # The name large and bold: first in Western order, last in a native-script Chinese,
        # Korean or Japanese address (written large to small, ``addresses``).
        name = contact.recipient_name or (lines[0] if lines else "")
        for raw in lines:
            big = raw == name
            size = s.name if big else s.address
            for line in wrap(raw, size, width, big, 3):
                y -= size * 1.3
                ops.append(
                    text_op(line, x, y, size, bold=big, width=width, align=align, own_align=True)
                )
        return y

    def _order_info(
        self, order: Order, labels: Labels, x: float, y: float, width: float, ops: list[Op]
    ) -> float:
        s = self.style
        y -= s.label * 1.2
        ops.append(text_op(labels["order"], x, y, s.label, bold=True, width=width, grey=s.grey))
        y -= s.order_id * 1.3
        ops.append(text_op(order.order_id, x, y, s.order_id, bold=True, width=width, align="left"))
        barcode = order_barcode(order.order_id, width, s.max_bar_width, s.barcode_height)
        if barcode is not None:
            y -= 4 + s.barcode_height
            bar_x = placed(x, barcode.width)

            def draw_barcode(c: Canvas, y: float = y) -> None:
                barcode.draw(c, bar_x, y)

            ops.append(draw_barcode)
        rows = [(labels["order_date"], labels.date(order.purchased_at))]
        market = MARKETPLACES.get(order.marketplace)
        rows.append((labels["marketplace"], market.name if market else order.marketplace))
        service = ship_service_name(order.ship_service, labels.language)
        if service:
            rows.append((labels["ship_service"], service))
        label_w = max(text_width(label, s.info) for label, _ in rows) + s.gap
        y -= 2
        for label, value in rows:
            value_lines = wrap(value, s.info, width - label_w, False, 2)
            y -= s.info * 1.35
            ops.append(text_op(label, x, y, s.info, grey=s.grey, width=label_w - s.gap))
            for n, line in enumerate(value_lines):
                if n:
                    y -= s.info * 1.25
                ops.append(text_op(line, x + label_w, y, s.info, width=width - label_w))
        return y

    def _gift(self, message: str, labels: Labels, y: float, width: float, ops: list[Op]) -> float:
        s = self.style
        pad = s.gap * 0.7
        lines = wrap(message, s.address, width - 2 * pad, False, 6)
        height = pad * 2 + s.label * 1.3 + len(lines) * s.address * 1.3
        top = y
        ops.append(frame_op(0, top - height, width, height, s.fills))
        y -= pad + s.label * 1.1
        ops.append(
            text_op(
                labels["gift_message"],
                pad,
                y,
                s.label,
                bold=True,
                grey=s.grey,
                width=width - 2 * pad,
            )
        )
        for line in lines:
            y -= s.address * 1.3
            ops.append(text_op(line, pad, y, s.address, width=width - 2 * pad))
        return top - height
