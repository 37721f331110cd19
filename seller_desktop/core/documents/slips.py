"""Packing slips: what goes into the parcel, one or more pages per order, in the buyer's language.

Each slip is planned before it is drawn: the header (logo, return address, ship-to, order id with
its Code 128 barcode, dates, gift message; ``slip_header``), the item rows (``slip_table``) and an
Amazon Custom order's customization QR code (``slip_customization``; every item line of such an
order is marked "Customized", as the link belongs to the order, not to one item) are measured, the rows are split over as many pages as they need, and only then is anything drawn
(``slip_pages``) — so every page can say "Page 2 of 3". The look is ``slip_style``'s.

Privacy: the slip reads contact details only through ``get_contact_details``, which returns None
past the retention deadline; such an order prints "Contact details removed" where the address was.
Nothing about the buyer goes into the PDF's metadata, a log line or an exception.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.base.steps import drain
from seller_desktop.core.documents.labels import labels_for_marketplace
from seller_desktop.core.documents.layouts import Box, Layout, get_layout
from seller_desktop.core.documents.pdf import Logo, render_slots, render_slots_steps
from seller_desktop.core.documents.slip_customization import (
    customization_links,
    customization_row,
)
from seller_desktop.core.documents.slip_header import SlipHeader
from seller_desktop.core.documents.slip_pages import SlipPlan, footer_height, page_drawer
from seller_desktop.core.documents.slip_style import COMPACT, REGULAR
from seller_desktop.core.documents.slip_table import ItemTable
from seller_desktop.core.documents.templates import SlipTemplate
from seller_desktop.core.orders.model import ContactDetails, Order
from seller_desktop.core.orders.repository import get_contact_details, get_order
from seller_desktop.core.settings import Settings

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from seller_desktop.core.orders.products import Product
    from seller_desktop.core.store.store import Store


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


class SlipRenderer:
    """Plans and draws slips for one layout, settings and options (reusable across batches)."""

    def __init__(
        self,
        settings: Settings,
        options: SlipOptions,
        products: Mapping[str, Product] | None = None,
        template: SlipTemplate = SlipTemplate(),  # noqa: B008 - frozen, never changed
    ) -> None:
        self.settings = settings
        #: The seller's slip template (columns, blocks, branding); drawn by the rendering branch.
        self.template = template
        self.options = options
        self.layout: Layout = get_layout(options.layout)
        self.style = COMPACT if self.layout.compact else REGULAR
        self.products = products or {}
        return_lines = [ln.strip() for ln in settings.return_address.splitlines() if ln.strip()]
        self.header = SlipHeader(
            self.style,
            self.layout.compact,
            Logo(settings.logo),
            settings.business_name,
            return_lines,
        )
        self.table = ItemTable(self.style, self.layout.compact)

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
        for number in range(1, len(plan.pages) + 1):
            yield page_drawer(self.style, plan, number, labels)

    def _plan(self, slip: SlipOrder, box: Box) -> SlipPlan:
        order = slip.order
        labels = labels_for_marketplace(order.marketplace)
        prices = self.options.show_prices and not order.is_gift
        columns = self.table.columns(box.width, prices, labels)
        header_h, header_ops = self.header.first_page(order, slip.contact, labels, box.width)
        cont_h, cont_ops = self.header.continued(order, labels, box.width)
        head_h, head_ops = self.table.head(labels, columns, box.width)
        text = self.options.footer_text
        footer = labels["thank_you"] if text is None else text.strip()
        footer_h = footer_height(self.style, footer, box.width)
        links = customization_links(slip.contact)
        mark = labels["customized"] if links else ""
        rows = [
            self.table.row(order, item, columns, prices, self.products, mark)
            for item in order.items
        ]
        rows += [customization_row(self.style, labels, link, box.width) for link in links]
        plan = SlipPlan(header_h, header_ops, cont_h, cont_ops, head_h, head_ops, footer, footer_h)
        plan.paginate(rows, box.height)
        return plan


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
