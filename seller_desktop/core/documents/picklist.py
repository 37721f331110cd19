"""The pick list: every SKU of the selected orders once, with the total to take from the shelf.

Sorted by bin location where the seller has set one (so the list walks the shelves in order, "A2"
before "A10"), then the SKUs without a bin, by SKU. Each line has a tick box. The pick list names
no buyer: it is for the seller's shelves, in the seller's language (the default marketplace's).

It counts what is left to ship (ordered less already shipped): a partly shipped order's shipped
items are not picked twice.
"""

from __future__ import annotations

import re
from collections.abc import Generator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP
from seller_desktop.core.base.steps import drain
from seller_desktop.core.documents.labels import Labels
from seller_desktop.core.documents.layouts import Box, Layout, get_layout
from seller_desktop.core.documents.pdf import render_slots
from seller_desktop.core.documents.text import draw, text_width, wrap
from seller_desktop.core.orders.marketplaces import MARKETPLACES
from seller_desktop.core.orders.model import Order
from seller_desktop.core.orders.repository import get_order

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from seller_desktop.core.orders.products import Product
    from seller_desktop.core.settings import Settings
    from seller_desktop.core.store.store import Store


@dataclass(frozen=True)
class PickLine:
    sku: str
    name: str
    bin_location: str | None
    quantity: int
    orders: int


def _natural(text: str) -> tuple:
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part.casefold())
        for part in re.findall(r"\d+|\D+", text)
    )


def build_pick_list(
    orders: Sequence[Order], products: Mapping[str, Product] | None = None
) -> list[PickLine]:
    """Totals per SKU across the orders, in walking order (bin, then SKU)."""
    products = products or {}
    totals: dict[str, int] = {}
    order_sets: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    for order in orders:
        for item in order.items:
            left = item.quantity - item.quantity_shipped
            if left <= 0:
                continue
            totals[item.sku] = totals.get(item.sku, 0) + left
            order_sets.setdefault(item.sku, set()).add(order.order_id)
            names.setdefault(item.sku, item.product_name)
    lines = []
    for sku, quantity in totals.items():
        product = products.get(sku)
        name = (product.name_override if product else None) or names.get(sku) or ""
        bin_location = product.bin_location if product else None
        lines.append(PickLine(sku, name, bin_location or None, quantity, len(order_sets[sku])))
    lines.sort(
        key=lambda ln: (
            ln.bin_location is None,
            _natural(ln.bin_location or ""),
            _natural(ln.sku),
            ln.sku,
        )
    )
    return lines


class PickListRenderer:
    def __init__(self, layout_name: str = "letter", language: str = "en") -> None:
        self.layout: Layout = get_layout(layout_name)
        self.labels = Labels(language)
        self.compact = self.layout.compact
        self.size = 7.5 if self.compact else 9.5

    def render(self, lines: Sequence[PickLine], order_count: int, generated_at: str) -> bytes:
        if not lines:
            raise BadInput(
                QT_TRANSLATE_NOOP("SellerError", "The selected orders have nothing left to pick.")
            )
        # A pick list is not cut apart: on a two-up layout it uses the whole sheet.
        box = self.layout.whole_sheet if self.layout.cut_lines else self.layout.slots[0]
        sheet = Layout(self.layout.name, self.layout.description, self.layout.page_size, (box,))
        pages = self._paginate(lines, box)
        units = sum(ln.quantity for ln in lines)
        drawers = [
            self._drawer(rows, n, len(pages), order_count, units, generated_at)
            for n, rows in enumerate(pages, start=1)
        ]
        return render_slots(sheet, self.labels["pick_list"], [drawers])

    # -- layout ----------------------------------------------------------------------------------

    def _columns(self, width: float) -> dict[str, tuple[float, float]]:
        s = self.size
        box = s * 1.6
        qty = max(text_width("00000", s, True), text_width(self.labels["qty"], s, True)) + 8
        if self.compact:
            bin_w = min(70.0, width * 0.22)
            return {
                "box": (0, box),
                "qty": (box + 4, qty),
                "bin": (box + 4 + qty, bin_w),
                "item": (box + 4 + qty + bin_w, width - (box + 4 + qty + bin_w)),
            }
        bin_w = min(90.0, width * 0.16)
        sku_w = min(140.0, width * 0.24)
        x = box + 8
        cols = {"box": (0, box), "qty": (x, qty)}
        x += qty
        cols["bin"] = (x, bin_w)
        x += bin_w
        cols["sku"] = (x, sku_w)
        x += sku_w
        cols["item"] = (x, width - x)
        return cols

    def _row_lines(self, line: PickLine, cols) -> tuple[list[str], list[str]]:
        s = self.size
        item_w = cols["item"][1] - 4
        if self.compact:
            name = list(wrap(line.sku, s, item_w, True, 2))
            name += list(wrap(line.name, s * 0.9, item_w, False, 2)) if line.name else []
            return name, []
        return list(wrap(line.name or "", s, item_w, False, 3)), list(
            wrap(line.sku, s, cols["sku"][1] - 4, False, 2)
        )

    def _row_height(self, line: PickLine, cols) -> float:
        name, sku = self._row_lines(line, cols)
        return max(len(name), len(sku), 1) * self.size * 1.3 + self.size * 0.9

    def _header_height(self) -> float:
        return self.size * 6.5

    def _paginate(self, lines: Sequence[PickLine], box: Box) -> list[list[PickLine]]:
        cols = self._columns(box.width)
        space_total = box.height - self._header_height() - self.size * 3
        pages: list[list[PickLine]] = [[]]
        space = space_total
        for line in lines:
            height = self._row_height(line, cols)
            if height > space and pages[-1]:
                pages.append([])
                space = space_total
            pages[-1].append(line)
            space -= height
        return pages

    def _drawer(
        self,
        rows: list[PickLine],
        number: int,
        pages: int,
        order_count: int,
        units: int,
        generated_at: str,
    ):
        """One page's drawing function: ``render_slots`` calls it with the canvas and the box it
        chose, so the page's rows and numbers are bound here."""

        def drawer(c: Canvas, box: Box) -> None:
            cols = self._columns(box.width)
            self._draw_title(c, box, order_count, units, generated_at)
            y = self._draw_column_heads(c, box, cols)
            for line in rows:
                y = self._draw_row(c, box, cols, line, y)
            if pages > 1:
                self._draw_page_number(c, box, number, pages)

        return drawer

    def _draw_title(
        self, c: Canvas, box: Box, order_count: int, units: int, generated_at: str
    ) -> None:
        """The title and the summary line: how many orders and units, and when it was printed
        (so an old list on the bench is told from today's)."""
        labels, s = self.labels, self.size
        x0, top = box.x, box.top
        draw(
            c,
            labels["pick_list"],
            x0,
            top - s * 1.8,
            s * 1.8,
            bold=True,
            width=box.width,
            align="left",
        )
        summary = (
            f"{labels['orders']}: {order_count}   {labels['units']}: {units}   "
            f"{labels['printed']}: {labels.date(generated_at)} {generated_at[11:16]} UTC"
        )
        draw(c, summary, x0, top - s * 3.4, s * 0.9, width=box.width, align="left")

    def _draw_column_heads(
        self, c: Canvas, box: Box, cols: dict[str, tuple[float, float]]
    ) -> float:
        """The column heads on a shaded band (a rule on thermal layouts); returns the y where the
        first row starts."""
        labels, s = self.labels, self.size
        x0 = box.x
        y = box.top - self._header_height()
        if self.compact:  # thermal printers dither grey into noise: a rule instead
            c.setLineWidth(0.9)
            c.line(x0, y - s * 0.6, x0 + box.width, y - s * 0.6)
        else:
            c.setFillGray(0.92)
            c.rect(x0, y - s * 0.6, box.width, s * 1.9, stroke=0, fill=1)
            c.setFillGray(0)
        heads = [("qty", labels["qty"]), ("bin", labels["bin"]), ("item", labels["item"])]
        if "sku" in cols:
            heads.insert(2, ("sku", labels["sku"]))
        for key, text in heads:
            draw(
                c,
                text,
                x0 + cols[key][0],
                y,
                s * 0.85,
                bold=True,
                width=cols[key][1],
                align="left",
            )
        return y - s * 0.6

    def _draw_row(
        self, c: Canvas, box: Box, cols: dict[str, tuple[float, float]], line: PickLine, y: float
    ) -> float:
        """One SKU's row below ``y``: tick box, quantity, bin, SKU and name, then a light rule
        under it; returns the y of that rule (where the next row starts)."""
        s = self.size
        x0 = box.x
        base = y - s * 1.35
        c.setLineWidth(0.9)
        c.rect(x0 + 1, base - s * 0.25, s * 1.15, s * 1.15, stroke=1, fill=0)
        self._draw_quantity(c, x0 + cols["qty"][0], cols["qty"][1] - 8, base, line.quantity)
        self._draw_row_text(c, x0, cols, line, base)
        y -= self._row_height(line, cols)
        c.setStrokeGray(0.8)
        c.setLineWidth(0.4)
        c.line(x0, y, x0 + box.width, y)
        c.setStrokeGray(0)
        return y

    def _draw_quantity(self, c: Canvas, x: float, width: float, base: float, quantity: int) -> None:
        """The quantity, right-aligned and bold, the number the picker reads first.

        The column is measured for "00000" at the row's size, the quantity drawn 10 % larger:
        five digits are drawn smaller, or they ran into the tick box."""
        s = self.size
        qty = str(quantity)
        qty_size = min(s * 1.1, s * 1.1 * width / max(text_width(qty, s * 1.1, True), 0.01))
        draw(c, qty, x, base, qty_size, bold=True, width=width, align="right")

    def _draw_row_text(
        self,
        c: Canvas,
        x0: float,
        cols: dict[str, tuple[float, float]],
        line: PickLine,
        base: float,
    ) -> None:
        """The bin (bold, where the eye looks for the shelf), the SKU and the name, each wrapped
        to its column as ``_row_lines`` measured them (on thermal layouts the SKU heads the
        name column, in bold)."""
        s = self.size
        name, sku = self._row_lines(line, cols)
        if line.bin_location:
            for n, part in enumerate(wrap(line.bin_location, s, cols["bin"][1] - 4, True, 2)):
                draw(c, part, x0 + cols["bin"][0], base - n * s * 1.3, s, bold=True)
        for n, part in enumerate(sku):
            draw(c, part, x0 + cols["sku"][0], base - n * s * 1.3, s)
        for n, part in enumerate(name):
            draw(
                c,
                part,
                x0 + cols["item"][0],
                base - n * s * 1.3,
                s if not (self.compact and n) else s * 0.9,
                bold=self.compact and n == 0,
                width=cols["item"][1] - 4,
            )

    def _draw_page_number(self, c: Canvas, box: Box, number: int, pages: int) -> None:
        """ "Page n of m" at the foot, on a list of more than one page."""
        s = self.size
        draw(
            c,
            self.labels.page(number, pages),
            box.x,
            box.y + s * 0.3,
            s * 0.85,
            width=box.width,
            align="right",
        )


def pick_list_pdf(
    store: Store, order_ids: Sequence[str], layout: str = "letter", settings: Settings | None = None
) -> bytes:
    """The pick list PDF of these orders, as bytes; BadInput for an unknown id."""
    return drain(pick_list_steps(store, order_ids, layout, settings))


def pick_list_steps(
    store: Store, order_ids: Sequence[str], layout: str = "letter", settings: Settings | None = None
) -> Generator[tuple[int, int], None, bytes]:
    """``pick_list_pdf`` in steps for the GUI's worker: yields (orders read, total) and returns
    the PDF bytes (the list itself is short: one line per SKU)."""
    from seller_desktop.core.orders.products import get_products
    from seller_desktop.core.settings import load_settings

    settings = settings or load_settings(store)
    market = MARKETPLACES.get(settings.default_marketplace)
    renderer = PickListRenderer(layout, market.language if market else "en")
    orders = []
    total = len(order_ids) + 1
    for n, order_id in enumerate(order_ids, start=1):
        order = get_order(store, order_id)
        if order is None:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "SellerError", "There is no order {order_id} in the store. Nothing was printed."
                ),
                order_id=order_id,
            )
        orders.append(order)
        if n % 20 == 0:
            yield (n, total)
    products = get_products(store, {i.sku for o in orders for i in o.items})
    data = renderer.render(build_pick_list(orders, products), len(orders), store.now_iso())
    yield (total, total)
    return data
