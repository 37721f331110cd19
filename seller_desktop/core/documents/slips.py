"""Packing slips: what goes into the parcel, one or more pages per order, in the buyer's language.

Each slip is planned before it is drawn: the header (logo, return address, ship-to, order id with
its Code 128 barcode, dates, gift message; ``slip_header``), the item rows (``slip_table``) and an
Amazon Custom order's customization QR code (``slip_customization``; every item line of such an
order is marked "Customized", as the link belongs to the order, not to one item), the total units and the template's message and returns blocks
(``slip_blocks``) are measured, the rows are split over as many pages as they need, and only then
is anything drawn (``slip_pages``) — so every page can say "Page 2 of 3". The look is
``slip_style``'s.

The slip template (``templates.SlipTemplate``) says which optional columns print and who each
slip comes from: an order's marketplace may have its own logo, name, return address and footer.

Privacy: the slip reads contact details only through ``get_contact_details``, which returns None
past the retention deadline; such an order prints "Contact details removed" where the address was.
Nothing about the buyer goes into the PDF's metadata, a log line or an exception.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.base.steps import drain
from seller_desktop.core.documents.condition_labels import condition_text, shows_condition
from seller_desktop.core.documents.labels import Labels, labels_for_marketplace
from seller_desktop.core.documents.layouts import Box, Layout, get_layout
from seller_desktop.core.documents.pdf import Logo, SlotDrawer, render_slots, render_slots_steps
from seller_desktop.core.documents.slip_blocks import block_rows, total_units_row
from seller_desktop.core.documents.slip_cells import ProductImages
from seller_desktop.core.documents.slip_customization import customization_row
from seller_desktop.core.documents.slip_header import SlipHeader
from seller_desktop.core.documents.slip_pages import SlipPlan, footer_height, page_drawer
from seller_desktop.core.documents.slip_style import COMPACT, REGULAR, mirrored
from seller_desktop.core.documents.slip_table import ItemTable, Row
from seller_desktop.core.documents.templates import Sender, SlipTemplate, load_templates
from seller_desktop.core.orders.model import ContactDetails, Order, customization_links
from seller_desktop.core.orders.repository import get_contact_details, get_order
from seller_desktop.core.settings import Settings

if TYPE_CHECKING:
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
    """Plans and draws slips for one layout, settings, options and template (reusable across
    batches). ``products``, and the product images when the template shows them, are set by
    ``use_store`` (or given)."""

    def __init__(
        self,
        settings: Settings,
        options: SlipOptions,
        products: Mapping[str, Product] | None = None,
        template: SlipTemplate = SlipTemplate(),  # noqa: B008 - frozen, shared safely
    ) -> None:
        self.settings = settings
        #: The seller's slip template (columns, blocks, branding); drawn by the rendering branch.
        self.template = template
        self.options = options
        self.template = template
        self.layout: Layout = get_layout(options.layout)
        self.style = COMPACT if self.layout.compact else REGULAR
        self.products = products or {}
        self.table = ItemTable(self.style, self.layout.compact, template.columns)
        #: One Logo per distinct logo bytes (one PDF form each), one header per sender.
        self._logos: dict[bytes, Logo] = {}
        self._headers: dict[Sender, SlipHeader] = {}

    def use_store(self, store: Store, slips: Sequence[SlipOrder]) -> None:
        """Read these slips' products (names, barcodes) and, when the template shows them,
        their images."""
        from seller_desktop.core.orders.products import get_product_image, get_products

        self.products = get_products(store, {i.sku for s in slips for i in s.order.items})
        if self.template.shows("image"):
            images = {
                sku: get_product_image(store, sku)
                for sku, product in self.products.items()
                if product.has_image
            }
            self.table.images = ProductImages(images)

    def header(self, sender: Sender) -> SlipHeader:
        """The header of the slips from ``sender`` (made once per sender and renderer)."""
        found = self._headers.get(sender)
        if found is None:
            logo = self._logos.get(sender.logo)
            if logo is None:
                logo = self._logos[sender.logo] = Logo(sender.logo, thermal=self.layout.compact)
                logo.FORM = f"sd-logo-{len(self._logos)}"
            lines = [ln.strip() for ln in sender.return_address.splitlines() if ln.strip()]
            found = SlipHeader(
                self.style,
                self.layout.compact,
                logo,
                sender.business_name,
                lines,
                self.settings.ship_from,
            )
            self._headers[sender] = found
        return found

    def footer(self, marketplace: str, labels: Labels) -> str:
        """The footer line: the marketplace's own when its branding sets one, else the run's
        (``SlipOptions.footer_text``, which stands for the general one: the GUI passes the
        settings' footer, the CLI its ``--footer``); None there means "Thank you"."""
        brand = self.template.branding.get(marketplace)
        own = brand.footer_text if brand is not None else None
        text = own if own is not None else self.options.footer_text
        return labels["thank_you"] if text is None else text.strip()

    # -- public ----------------------------------------------------------------------------------

    def render(self, slips: Sequence[SlipOrder]) -> bytes:
        if not slips:
            raise BadInput("No orders selected: nothing to print.")
        return render_slots(self.layout, "Packing slips", self.documents(slips))

    def render_steps(
        self, slips: Sequence[SlipOrder], offset: int = 0, total: int | None = None
    ) -> Generator[tuple[int, int], None, bytes]:
        """``render`` in steps: yields (offset + slips drawn, total) after each page, returns the
        PDF bytes. Closing the generator early just drops the half-drawn PDF (it is in memory)."""
        if not slips:
            raise BadInput("No orders selected: nothing to print.")
        total = total if total is not None else offset + len(slips)
        done = [0]

        def documents() -> Iterator[list[SlotDrawer]]:
            for number, slip in enumerate(slips, start=1):
                yield self._slip_pages(slip, self.layout.slots[0])
                done[0] = number

        steps = render_slots_steps(self.layout, "Packing slips", documents())
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
    def documents(self, slips: Sequence[SlipOrder]) -> Iterator[list[SlotDrawer]]:
        """Each order's slip as its pages' drawers, kept together on 2-up sheets
        (``pdf.fresh_sheet``)."""
        box = self.layout.slots[0]  # every slot of a layout has the same size
        for slip in slips:
            yield self._slip_pages(slip, box)

    def _slip_pages(self, slip: SlipOrder, box: Box) -> list[SlotDrawer]:
        plan = self._plan(slip, box)
        labels = labels_for_marketplace(slip.order.marketplace)
        return [
            page_drawer(self.style, plan, number, labels)
            for number in range(1, len(plan.pages) + 1)
        ]

    def _plan(self, slip: SlipOrder, box: Box) -> SlipPlan:
        """The slip measured and planned; a right-to-left slip as the mirror image of the
        left-to-right one (``slip_style.mirrored``)."""
        labels = labels_for_marketplace(slip.order.marketplace)
        with mirrored(box.width if labels.rtl else None):
            return self._planned(slip, box, labels)

    def _planned(self, slip: SlipOrder, box: Box, labels: Labels) -> SlipPlan:
        order = slip.order
        prices = self.options.show_prices and not order.is_gift
        columns = self.table.columns(box.width, prices, labels)
        sender = self.template.sender(self.settings, order.marketplace)
        header = self.header(sender)
        header_h, header_ops = header.first_page(order, slip.contact, labels, box.width)
        head_h, head_ops = self.table.head(labels, columns, box.width)
        footer = self.footer(order.marketplace, labels)
        footer_h = footer_height(self.style, footer, box.width)
        links = customization_links(slip.contact)
        mark = labels["customized"] if links else ""
        shows = self.template.shows("condition")
        rows: list[Row] = []
        for item in order.items:
            condition = ""
            if shows and item.condition and shows_condition(item.condition):
                condition = condition_text(item.condition, labels.language)
            rows.append(
                self.table.row(order, item, columns, prices, self.products, mark, condition)
            )
        rows.append(total_units_row(self.style, labels, order, box.width))
        rows += [customization_row(self.style, labels, link, box.width) for link in links]
        rows += block_rows(self.style, labels["message"], self.template.message, box.width)
        rows += block_rows(self.style, labels["returns"], self.template.returns, box.width)
        plan = SlipPlan(
            header_h,
            header_ops,
            lambda: header.continued(order, labels, box.width),
            head_h,
            head_ops,
            footer,
            footer_h,
        )
        plan.paginate(rows, box.height)  # inside ``mirrored``, as the rest of the plan
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
    store: Store,
    order_ids: Sequence[str],
    options: SlipOptions = SlipOptions(),
    template: SlipTemplate | None = None,
) -> bytes:
    """The PDF of these orders' slips, as bytes (the GUI previews, prints or saves them)."""
    return drain(packing_slips_steps(store, order_ids, options, template))


def packing_slips_steps(
    store: Store,
    order_ids: Sequence[str],
    options: SlipOptions = SlipOptions(),
    template: SlipTemplate | None = None,
) -> Generator[tuple[int, int], None, bytes]:
    """``packing_slips_pdf`` in steps for the GUI's worker: yields (done, total) while it loads
    the orders (the first half) and draws them (the second half); returns the PDF bytes. It only
    reads the store, so closing it early (Cancel) leaves nothing to undo. ``template`` None: the
    stored one (the GUI's live preview passes the one being edited)."""
    from seller_desktop.core.settings import load_settings

    if template is None:
        template = load_templates(store).slip
    # The layout name is checked first.
    renderer = SlipRenderer(load_settings(store), options, template=template)
    ids = list(order_ids)
    if not ids:
        raise BadInput("No orders selected: nothing to print.")
    total = 2 * len(ids)
    slips: list[SlipOrder] = []
    for n, order_id in enumerate(ids, start=1):
        slips.extend(load_slip_orders(store, [order_id]))
        if n % 20 == 0:
            yield (n, total)
    renderer.use_store(store, slips)
    return (yield from renderer.render_steps(slips, offset=len(ids), total=total))
