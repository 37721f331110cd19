"""Packing slips: what goes into the parcel, one or more pages per order, in the buyer's language.

Each slip is planned before it is drawn: the header (logo, return address, ship-to, order id with
its Code 128 barcode, dates, gift message) and the item rows are measured, the rows are split over
as many pages as they need, and only then is anything drawn — so every page can say "Page 2 of 3".

Privacy: the slip reads contact details only through ``get_contact_details``, which returns None
past the retention deadline; such an order prints "Contact details removed" where the address was.
Nothing about the buyer goes into the PDF's metadata, a log line or an exception.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from reportlab.graphics.barcode.code128 import Code128

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.documents.labels import Labels, labels_for_marketplace
from seller_desktop.core.documents.layouts import Box, Layout, get_layout
from seller_desktop.core.documents.pdf import Logo, drain, render_slots, render_slots_steps
from seller_desktop.core.documents.text import draw, page_direction, prepare, text_width, wrap
from seller_desktop.core.orders.marketplaces import MARKETPLACES
from seller_desktop.core.orders.model import ContactDetails, Order
from seller_desktop.core.orders.repository import get_contact_details, get_order
from seller_desktop.core.settings import Settings

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from seller_desktop.core.orders.products import Product
    from seller_desktop.core.store.store import Store

#: An operation drawn relative to the slot's top-left corner (y grows downwards as negative).
Op = Callable[["Canvas"], None]


@dataclass(frozen=True)
class SlipOptions:
    layout: str = "letter"
    #: Show item prices (never on gift orders, whatever this says).
    show_prices: bool = False
    #: None: a translated "Thank you for your order!"; "": no footer line.
    footer_text: str | None = None


@dataclass
class SlipOrder:
    """One order to print. ``contact`` None means its details are gone (or were never held)."""

    order: Order
    contact: ContactDetails | None


@dataclass(frozen=True)
class _Style:
    title: float
    business: float
    small: float
    label: float
    name: float
    address: float
    info: float
    order_id: float
    table_head: float
    row: float
    footer: float
    barcode_height: float
    max_bar_width: float
    logo_box: tuple[float, float]
    gap: float
    fills: bool  # thermal printers dither grey fills into noise: lines only there
    #: Grey of labels and secondary text. Black on thermal labels: a 203 dpi printer has no grey,
    #: and small grey text came out dotted (seen through CUPS's Zebra driver).
    grey: float


REGULAR = _Style(
    title=18,
    business=10,
    small=8.5,
    label=7.5,
    name=12,
    address=11,
    info=9,
    order_id=11,
    table_head=8,
    row=9,
    footer=8,
    barcode_height=34,
    max_bar_width=1.0,
    logo_box=(130, 50),
    gap=10,
    fills=True,
    grey=0.35,
)
COMPACT = _Style(
    title=11,
    business=8,
    small=7,
    label=6.5,
    name=10.5,
    address=9.5,
    info=7.5,
    order_id=9.5,
    table_head=7,
    row=8,
    footer=7,
    barcode_height=30,
    max_bar_width=0.9,
    logo_box=(60, 30),
    gap=6,
    fills=False,
    grey=0.0,
)
GREY_RULE = 0.6


@dataclass
class _Row:
    height: float
    ops: list[Op]


@dataclass
class _Plan:
    header_height: float
    header_ops: list[Op]
    continued_height: float
    continued_ops: list[Op]
    table_head_height: float
    table_head_ops: list[Op]
    footer_height: float
    pages: list[list[_Row]] = field(default_factory=list)


@dataclass(frozen=True)
class _Columns:
    qty: tuple[float, float]
    sku: tuple[float, float] | None  # None: the SKU goes under the product name (compact)
    item: tuple[float, float]
    price: tuple[float, float] | None


class SlipRenderer:
    """Plans and draws slips for one layout, settings and options (reusable across batches)."""

    def __init__(
        self,
        settings: Settings,
        options: SlipOptions,
        products: Mapping[str, Product] | None = None,
    ) -> None:
        self.settings = settings
        self.options = options
        self.layout: Layout = get_layout(options.layout)
        self.style = COMPACT if self.layout.compact else REGULAR
        self.products = products or {}
        self.logo = Logo(settings.logo)
        self.return_lines = [
            ln.strip() for ln in settings.return_address.splitlines() if ln.strip()
        ]

    # -- public ----------------------------------------------------------------------------------

    def render(self, slips: Sequence[SlipOrder]) -> bytes:
        if not slips:
            raise BadInput("No orders selected: nothing to print.")
        return render_slots(self.layout, "Packing slips", self.drawers(slips))

    def render_steps(
        self, slips: Sequence[SlipOrder], offset: int = 0, total: int | None = None
    ) -> Generator[tuple[int, int], None, bytes]:
        """``render`` in steps: yields (offset + slips drawn, total) after each page, returns the
        PDF bytes. Closing the generator early just drops the half-drawn PDF (it is in memory)."""
        if not slips:
            raise BadInput("No orders selected: nothing to print.")
        total = total if total is not None else offset + len(slips)
        done = [0]

        def drawers() -> Iterator[Callable[[Canvas, Box], None]]:
            for number, slip in enumerate(slips, start=1):
                yield from self._slip_drawers(slip, self.layout.slots[0])
                done[0] = number

        steps = render_slots_steps(self.layout, "Packing slips", drawers())
        while True:
            try:
                next(steps)
            except StopIteration as stop:
                return stop.value
            yield (offset + done[0], total)

    def page_count(self, slip: SlipOrder) -> int:
        return len(self._plan(slip, self.layout.slots[0]).pages)

    # -- planning --------------------------------------------------------------------------------

    # Public: slips_cards interleaves one order's slip pages with its cards.
    def drawers(self, slips: Sequence[SlipOrder]) -> Iterator[Callable[[Canvas, Box], None]]:
        box = self.layout.slots[0]  # every slot of a layout has the same size
        for slip in slips:
            yield from self._slip_drawers(slip, box)

    def _slip_drawers(self, slip: SlipOrder, box: Box) -> Iterator[Callable[[Canvas, Box], None]]:
        plan = self._plan(slip, box)
        labels = labels_for_marketplace(slip.order.marketplace)
        for number, rows in enumerate(plan.pages, start=1):
            yield self._page_drawer(plan, rows, number, labels)

    def _plan(self, slip: SlipOrder, box: Box) -> _Plan:
        labels = labels_for_marketplace(slip.order.marketplace)
        prices = self.options.show_prices and not slip.order.is_gift
        columns = self._columns(box.width, prices, labels)
        header_h, header_ops = self._header(slip, labels, box.width)
        cont_h, cont_ops = self._continued(slip, labels, box.width)
        head_h, head_ops = self._table_head(labels, columns, box.width)
        footer_h = self._footer_height(labels, box.width)
        rows = [self._row(slip.order, item, columns, prices) for item in slip.order.items]
        plan = _Plan(header_h, header_ops, cont_h, cont_ops, head_h, head_ops, footer_h)
        first = True
        page: list[_Row] = []
        space = box.height - header_h - head_h - footer_h
        for row in rows:
            if row.height > space and (page or not first):
                plan.pages.append(page)
                page, first = [], False
                space = box.height - cont_h - head_h - footer_h
            page.append(row)
            space -= row.height
        plan.pages.append(page)
        return plan

    # -- header ----------------------------------------------------------------------------------

    def _header(self, slip: SlipOrder, labels: Labels, width: float) -> tuple[float, list[Op]]:
        s = self.style
        ops: list[Op] = []
        order = slip.order

        # Band A: logo, business name and return address on the left; the title on the right.
        title = labels["packing_slip"]
        title_w = text_width(title, s.title, bold=True)
        text_x = 0.0
        logo_h = 0.0
        if self.logo:
            logo = self.logo
            lw, lh = logo.fit(*s.logo_box)

            def draw_logo(c: Canvas, lw: float = lw, lh: float = lh) -> None:
                logo.draw(c, 0, -lh, lw, lh)

            ops.append(draw_logo)
            text_x, logo_h = lw + s.gap, lh
        sender_w = width - text_x - title_w - 2 * s.gap
        y = 0.0
        if self.settings.business_name:
            for line in wrap(self.settings.business_name, s.business, sender_w, True, 2):
                y -= s.business * 1.2
                ops.append(_text(line, text_x, y, s.business, bold=True, width=sender_w))
        for raw in self.return_lines:
            for line in wrap(raw, s.small, sender_w, False, 2):
                y -= s.small * 1.25
                ops.append(_text(line, text_x, y, s.small, width=sender_w, grey=s.grey))
        ops.append(_text(title, width - title_w, -s.title, s.title, bold=True))
        y = -max(logo_h, -y + 2, s.title * 1.3) - s.gap / 2
        ops.append(_rule(0, y, width, GREY_RULE, 0.75))
        y -= s.gap

        if self.layout.compact:
            y = self._ship_to(slip, labels, 0, y, width, ops)
            y -= s.gap
            y = self._order_info(order, labels, 0, y, width, ops)
        else:
            left_w = width * 0.54
            right_x = width * 0.58
            y_left = self._ship_to(slip, labels, 0, y, left_w, ops)
            y_right = self._order_info(order, labels, right_x, y, width - right_x, ops)
            y = min(y_left, y_right)

        gift = slip.contact.gift_message if slip.contact is not None else None
        if gift:
            y -= s.gap
            y = self._gift(gift, labels, y, width, ops)
        y -= s.gap
        return -y, ops

    def _ship_to(
        self, slip: SlipOrder, labels: Labels, x: float, y: float, width: float, ops: list[Op]
    ) -> float:
        s = self.style
        y -= s.label * 1.2
        ops.append(_text(labels["ship_to"], x, y, s.label, bold=True, width=width, grey=s.grey))
        y -= 2
        if slip.contact is None:
            y -= s.address * 1.3
            ops.append(_text(labels["contact_removed"], x, y, s.address, width=width, grey=s.grey))
            return y
        order = slip.order
        lines = slip.contact.ship_to_lines(
            order.ship_country, order.ship_region, home=order.marketplace, isolated=True
        )
        # One alignment for the whole block, by the direction most of its lines run: a Hebrew name
        # over a New York street stays at the left edge with its address, an Arabic address in
        # Dubai goes to the right.
        rtl = sum(prepare(ln, page_rtl=labels.rtl).rtl for ln in lines) * 2 > len(lines)
        align = "right" if rtl else "left"
        for n, raw in enumerate(lines):
            size = s.name if n == 0 else s.address
            for line in wrap(raw, size, width, n == 0, 3):
                y -= size * 1.3
                ops.append(_text(line, x, y, size, bold=n == 0, width=width, align=align))
        return y

    def _order_info(
        self, order: Order, labels: Labels, x: float, y: float, width: float, ops: list[Op]
    ) -> float:
        s = self.style
        y -= s.label * 1.2
        ops.append(_text(labels["order"], x, y, s.label, bold=True, width=width, grey=s.grey))
        y -= s.order_id * 1.3
        ops.append(_text(order.order_id, x, y, s.order_id, bold=True, width=width, align="left"))
        barcode = _barcode(order.order_id, width, s.max_bar_width, s.barcode_height)
        if barcode is not None:
            y -= 4 + s.barcode_height

            def draw_barcode(c: Canvas, y: float = y) -> None:
                barcode.drawOn(c, x, y)

            ops.append(draw_barcode)
        rows = [(labels["order_date"], labels.date(order.purchased_at))]
        market = MARKETPLACES.get(order.marketplace)
        rows.append((labels["marketplace"], market.name if market else order.marketplace))
        if order.ship_service:
            rows.append((labels["ship_service"], order.ship_service))
        label_w = max(text_width(label, s.info) for label, _ in rows) + s.gap
        y -= 2
        for label, value in rows:
            value_lines = wrap(value, s.info, width - label_w, False, 2)
            y -= s.info * 1.35
            ops.append(_text(label, x, y, s.info, grey=s.grey, width=label_w - s.gap))
            for n, line in enumerate(value_lines):
                if n:
                    y -= s.info * 1.25
                ops.append(_text(line, x + label_w, y, s.info, width=width - label_w))
        return y

    def _gift(self, message: str, labels: Labels, y: float, width: float, ops: list[Op]) -> float:
        s = self.style
        pad = s.gap * 0.7
        lines = wrap(message, s.address, width - 2 * pad, False, 6)
        height = pad * 2 + s.label * 1.3 + len(lines) * s.address * 1.3
        top = y
        ops.append(lambda c: _box(c, 0, top - height, width, height, s.fills))
        y -= pad + s.label * 1.1
        ops.append(
            _text(
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
            ops.append(_text(line, pad, y, s.address, width=width - 2 * pad))
        return top - height

    def _continued(self, slip: SlipOrder, labels: Labels, width: float) -> tuple[float, list[Op]]:
        s = self.style
        text = f"{labels['packing_slip']} · {labels['order']} {slip.order.order_id} ({labels['continued']})"
        # Wrapped: on a 4x6" label the line is wider than the slot in English and French.
        y = 0.0
        ops: list[Op] = []
        for line in wrap(text, s.order_id, width, True, 2):
            y -= s.order_id * 1.2
            ops.append(_text(line, 0, y, s.order_id, bold=True, width=width, align="left"))
        y -= s.gap / 2
        ops.append(_rule(0, y, width, GREY_RULE, 0.75))
        return -y + s.gap, ops

    # -- table -----------------------------------------------------------------------------------

    def _columns(self, width: float, prices: bool, labels: Labels) -> _Columns:
        s = self.style
        qty_w = (
            max(text_width("0000", s.row, True), text_width(labels["qty"], s.table_head, True) + 3)
            + s.gap
        )
        price_w = (
            max(
                text_width("000,000.00 XXX", s.row), text_width(labels["price"], s.table_head, True)
            )
            + s.gap
            if prices
            else 0.0
        )
        price = (width - price_w, price_w - 2) if prices else None
        if self.layout.compact:
            return _Columns((0, qty_w), None, (qty_w, width - qty_w - price_w - s.gap / 2), price)
        sku_w = min(130.0, width * 0.25)
        item_x = qty_w + sku_w
        return _Columns(
            (0, qty_w), (qty_w, sku_w - s.gap), (item_x, width - item_x - price_w - s.gap), price
        )

    def _table_head(self, labels: Labels, cols: _Columns, width: float) -> tuple[float, list[Op]]:
        s = self.style
        height = s.table_head * 2.3
        base = -height + s.table_head * 0.75
        ops: list[Op] = []
        if s.fills:
            ops.append(lambda c: _fill(c, 0, -height, width, height, 0.92))
        else:
            ops.append(_rule(0, -height, width, 0, 0.9))
        ops.append(
            _text(
                labels["qty"],
                cols.qty[0] + 3,
                base,
                s.table_head,
                bold=True,
                width=cols.qty[1] - 6,
                align="left",
            )
        )
        if cols.sku:
            ops.append(
                _text(
                    labels["sku"],
                    cols.sku[0],
                    base,
                    s.table_head,
                    bold=True,
                    width=cols.sku[1],
                    align="left",
                )
            )
        ops.append(
            _text(
                labels["item"],
                cols.item[0],
                base,
                s.table_head,
                bold=True,
                width=cols.item[1],
                align="left",
            )
        )
        if cols.price:
            ops.append(
                _text(
                    labels["price"],
                    cols.price[0],
                    base,
                    s.table_head,
                    bold=True,
                    width=cols.price[1],
                    align="right",
                )
            )
        return height + 2, ops

    def _row(self, order: Order, item, cols: _Columns, prices: bool) -> _Row:
        s = self.style
        product = self.products.get(item.sku)
        name = (
            (product.name_override if product and product.name_override else "")
            or item.product_name
            or item.sku
        )
        name_lines = list(wrap(name, s.row, cols.item[1], False, 4))
        sku_lines: list[str] = []
        small = s.row * 0.85
        if cols.sku:
            sku_lines = list(wrap(item.sku, s.row, cols.sku[1], False, 2))
        elif name != item.sku:
            sku_lines = list(wrap(f"SKU {item.sku}", small, cols.item[1], False, 2))
        lead = s.row * 1.3
        if cols.sku:
            lines = max(len(name_lines), len(sku_lines))
            height = lines * lead + s.row * 0.6
        else:
            height = len(name_lines) * lead + len(sku_lines) * small * 1.25 + s.row * 0.6
        ops: list[Op] = []
        y = -s.row * 1.25
        ops.append(
            _text(
                str(item.quantity),
                cols.qty[0] + 3,
                y,
                s.row,
                bold=True,
                width=cols.qty[1] - 6,
                align="left",
            )
        )
        for n, line in enumerate(name_lines):
            ops.append(_text(line, cols.item[0], y - n * lead, s.row, width=cols.item[1]))
        if cols.sku:
            for n, line in enumerate(sku_lines):
                ops.append(
                    _text(line, cols.sku[0], y - n * lead, s.row, width=cols.sku[1], align="left")
                )
        else:
            below = y - len(name_lines) * lead + lead - small * 1.25
            for n, line in enumerate(sku_lines):
                ops.append(
                    _text(
                        line,
                        cols.item[0],
                        below - n * small * 1.25,
                        small,
                        width=cols.item[1],
                        grey=s.grey,
                        align="left",
                    )
                )
        if cols.price and prices:
            money, size = _fitted(_money(item.item_price, order.currency), s.row, cols.price[1])
            ops.append(_text(money, cols.price[0], y, size, width=cols.price[1], align="right"))
        ops.append(
            _rule(
                0,
                -height,
                cols.price[0] + cols.price[1] if cols.price else cols.item[0] + cols.item[1],
                0.8,
                0.4,
            )
        )
        return _Row(height, ops)

    # -- footer and pages ------------------------------------------------------------------------

    def _footer_text(self, labels: Labels) -> str:
        text = self.options.footer_text
        return labels["thank_you"] if text is None else text.strip()

    def _footer_height(self, labels: Labels, width: float) -> float:
        s = self.style
        lines = (
            wrap(self._footer_text(labels), s.footer, width, False, 2)
            if self._footer_text(labels)
            else ()
        )
        return s.gap + (len(lines) + 1) * s.footer * 1.3

    def _page_drawer(self, plan: _Plan, rows: list[_Row], number: int, labels: Labels):
        pages = len(plan.pages)

        def drawer(c: Canvas, box: Box) -> None:
            with page_direction(labels.rtl):
                draw_page(c, box)

        def draw_page(c: Canvas, box: Box) -> None:
            s = self.style
            c.saveState()
            c.translate(box.x, box.top)
            header_h, header_ops = (
                (plan.header_height, plan.header_ops)
                if number == 1
                else (plan.continued_height, plan.continued_ops)
            )
            for op in header_ops:
                op(c)
            c.translate(0, -header_h)
            for op in plan.table_head_ops:
                op(c)
            c.translate(0, -plan.table_head_height)
            for row in rows:
                for op in row.ops:
                    op(c)
                c.translate(0, -row.height)
            c.restoreState()
            # Footer from the bottom of the box up: the footer text on the last page, the page
            # number on every page of a slip that needs more than one.
            y = box.y + s.footer * 0.3
            if pages > 1:
                draw(
                    c,
                    labels.page(number, pages),
                    box.x,
                    y,
                    s.footer,
                    width=box.width,
                    align="right",
                )
            if number == pages and self._footer_text(labels):
                lines = wrap(self._footer_text(labels), s.footer, box.width, False, 2)
                y += (s.footer * 1.3) if pages > 1 else 0
                for line in reversed(lines):
                    c.setFillGray(s.grey)
                    draw(c, line, box.x, y, s.footer, width=box.width, align="center")
                    c.setFillGray(0)
                    y += s.footer * 1.3

        return drawer


# -- small drawing helpers -----------------------------------------------------------------------


def _text(
    text: str,
    x: float,
    y: float,
    size: float,
    *,
    bold: bool = False,
    width: float | None = None,
    align: str = "start",
    grey: float | None = None,
) -> Op:

    def op(c: Canvas) -> None:
        if grey is not None:
            c.setFillGray(grey)
        draw(c, text, x, y, size, bold=bold, width=width, align=align)
        if grey is not None:
            c.setFillGray(0)

    return op


#: The smallest share of its size an amount is shrunk to before it is cut with "…".
_SMALLEST = 0.6


def _fitted(text: str, size: float, width: float) -> tuple[str, float]:
    """``text`` and a size at which it fits ``width``: smaller for an amount a little too wide
    (1,000,000,000.00 EUR in a column made for 000,000.00 EUR), so every digit is still printed;
    cut with "…" only when even 60 % of the size is too wide (a price column holding text from
    a damaged report). Drawn right-aligned, a wider line ran over the product name, and a long
    one off the page's left edge."""
    drawn = text_width(text, size)
    if drawn <= width:
        return text, size
    smaller = size * width / drawn
    if smaller >= size * _SMALLEST:
        return text, smaller
    return wrap(text, size * _SMALLEST, width, False, 1)[0], size * _SMALLEST


def _rule(x: float, y: float, width: float, grey: float, line_width: float) -> Op:
    def op(c: Canvas) -> None:
        c.setStrokeGray(grey)
        c.setLineWidth(line_width)
        c.line(x, y, x + width, y)

    return op


def _fill(c: Canvas, x: float, y: float, width: float, height: float, grey: float) -> None:
    c.setFillGray(grey)
    c.rect(x, y, width, height, stroke=0, fill=1)
    c.setFillGray(0)


def _box(c: Canvas, x: float, y: float, width: float, height: float, fill: bool) -> None:
    c.setStrokeGray(GREY_RULE)
    c.setLineWidth(0.75)
    if fill:
        c.setFillGray(0.96)
    c.roundRect(x, y, width, height, 4, stroke=1, fill=1 if fill else 0)
    c.setFillGray(0)


def _barcode(value: str, max_width: float, max_bar: float, height: float) -> Code128 | None:
    """A Code 128 of the order id, as wide as fits (bars at least 0.5 pt: 2 px at 300 dpi)."""
    try:
        probe = Code128(
            value, barWidth=1, barHeight=height, humanReadable=False, lquiet=0, rquiet=0
        )
    except Exception:  # noqa: BLE001 - a character Code 128 cannot carry: the id is printed anyway
        return None
    modules = probe.width + 20  # ten modules of quiet zone on each side
    bar = min(max_bar, max_width / modules)
    if bar < 0.5:
        return None
    return Code128(
        value, barWidth=bar, barHeight=height, humanReadable=False, lquiet=10 * bar, rquiet=10 * bar
    )


def _money(value: str | None, currency: str | None) -> str:
    if not value:
        return ""
    try:
        amount = Decimal(value)
    except InvalidOperation:
        return value
    return f"{amount:,.2f} {currency or ''}".strip()


# -- loading from the store ----------------------------------------------------------------------


def load_slip_orders(store: Store, order_ids: Sequence[str]) -> list[SlipOrder]:
    """The orders in the given order; BadInput naming the first unknown id (nothing printed)."""
    slips = []
    for order_id in order_ids:
        order = get_order(store, order_id)
        if order is None:
            raise BadInput(f"There is no order {order_id} in the store. Nothing was printed.")
        slips.append(SlipOrder(order, get_contact_details(store, order_id)))
    return slips


def packing_slips_pdf(
    store: Store, order_ids: Sequence[str], options: SlipOptions = SlipOptions()
) -> bytes:
    """The PDF of these orders' slips, as bytes (the GUI previews, prints or saves them)."""
    return drain(packing_slips_steps(store, order_ids, options))


def packing_slips_steps(
    store: Store,
    order_ids: Sequence[str],
    options: SlipOptions = SlipOptions(),
) -> Generator[tuple[int, int], None, bytes]:
    """``packing_slips_pdf`` in steps for the GUI's worker: yields (done, total) while it loads
    the orders (the first half) and draws them (the second half); returns the PDF bytes. It only
    reads the store, so closing it early (Cancel) leaves nothing to undo."""
    from seller_desktop.core.orders.products import get_products
    from seller_desktop.core.settings import load_settings

    renderer = SlipRenderer(load_settings(store), options)  # the layout name is checked first
    ids = list(order_ids)
    if not ids:
        raise BadInput("No orders selected: nothing to print.")
    total = 2 * len(ids)
    slips: list[SlipOrder] = []
    for n, order_id in enumerate(ids, start=1):
        slips.extend(load_slip_orders(store, [order_id]))
        if n % 20 == 0:
            yield (n, total)
    renderer.products = get_products(store, {i.sku for s in slips for i in s.order.items})
    return (yield from renderer.render_steps(slips, offset=len(ids), total=total))
