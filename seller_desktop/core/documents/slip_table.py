"""The item table of a packing slip: its columns, its head and one row per order item, each
measured and planned as drawing operations (``slip_style.Op``) before the rows go onto pages.

Sheets get quantity, SKU, product and (when asked, never on gift orders) price columns; a
thermal label has no room for a SKU column, so the SKU goes small under the product name. The
slip template (``templates.SlipTemplate``) switches the optional ones: SKU, ASIN (under the SKU),
the condition (under the name), a product thumbnail (its own narrow column left of the name, on
thermal labels too) and the EAN/UPC with its barcode (its own column on sheets, under the name on
thermal labels). A column switched off has neither head nor values.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from seller_desktop.core.documents.labels import Labels
from seller_desktop.core.documents.slip_cells import (
    THUMBNAIL,
    ProductImages,
    barcode_op,
    ean_barcode,
    thumbnail_op,
)
from seller_desktop.core.documents.slip_style import Op, SlipStyle, fill_op, rule_op, text_op
from seller_desktop.core.documents.text import text_width, wrap
from seller_desktop.core.orders.model import Order, OrderItem

if TYPE_CHECKING:
    from seller_desktop.core.orders.products import Product


@dataclass
class Row:
    height: float
    ops: list[Op]


@dataclass(frozen=True)
class Columns:
    """Each column's (x, width)."""

    qty: tuple[float, float]
    sku: tuple[float, float] | None  # None: the SKU goes under the product name (compact)
    item: tuple[float, float]
    price: tuple[float, float] | None
    image: tuple[float, float] | None = None
    ean: tuple[float, float] | None = None  # None: under the product name (compact) or off


class ItemTable:
    """Plans the item tables of slips in one style."""

    def __init__(
        self,
        style: SlipStyle,
        compact: bool,
        shown: tuple[str, ...] = ("sku", "asin"),
        images: ProductImages | None = None,
    ) -> None:
        self.style = style
        self.compact = compact
        #: The template's optional columns (``templates.SLIP_COLUMNS``) that are on.
        self.shown = shown
        self.images = images or ProductImages()

    def columns(self, width: float, prices: bool, labels: Labels) -> Columns:
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
        thumb = THUMBNAIL[self.compact]
        image = (qty_w, thumb) if "image" in self.shown else None
        item_x = qty_w + (thumb + s.gap / 2 if image else 0.0)
        if self.compact:
            item = (item_x, width - item_x - price_w - s.gap / 2)
            return Columns((0, qty_w), None, item, price, image)
        sku_w = min(130.0, width * 0.25) if "sku" in self.shown else 0.0
        sku = (item_x, sku_w - s.gap) if sku_w else None
        ean_w = 100.0 if "ean" in self.shown else 0.0
        item_x += sku_w
        item_w = width - item_x - price_w - ean_w - s.gap
        ean = (item_x + item_w + s.gap, ean_w - s.gap) if ean_w else None
        return Columns((0, qty_w), sku, (item_x, item_w), price, image, ean)

    def head(self, labels: Labels, cols: Columns, width: float) -> tuple[float, list[Op]]:
        """The column titles on a grey band (a black rule under them on a thermal label)."""
        s = self.style
        height = s.table_head * 2.3
        base = -height + s.table_head * 0.75

        def title(key: str, column: tuple[float, float], pad: float, align: str) -> Op:
            x, column_w = column
            return text_op(
                labels[key],
                x + pad,
                base,
                s.table_head,
                bold=True,
                width=column_w - 2 * pad,
                align=align,
            )

        ops: list[Op] = []
        if s.fills:
            ops.append(fill_op(0, -height, width, height, 0.92))
        else:
            ops.append(rule_op(0, -height, width, 0, 0.9))
        ops.append(title("qty", cols.qty, 3, "left"))
        if cols.sku:
            ops.append(title("sku", cols.sku, 0, "left"))
        ops.append(title("item", cols.item, 0, "left"))
        if cols.ean:
            x, column_w = cols.ean
            ops.append(text_op("EAN/UPC", x, base, s.table_head, bold=True, width=column_w))
        if cols.price:
            ops.append(title("price", cols.price, 0, "right"))
        return height + 2, ops

    def row(
        self,
        order: Order,
        item: OrderItem,
        cols: Columns,
        prices: bool,
        products: Mapping[str, Product],
        mark: str = "",
        condition: str = "",
    ) -> Row:
        """One item: quantity, thumbnail, name (the product's own name when the seller set one),
        SKU, ASIN, ``condition`` (already in the slip's language, "" for none), ``mark`` (the
        translated "Customized" of an Amazon Custom order), EAN/UPC and price, with a hairline
        under it."""
        s = self.style
        name_lines, sku_lines = self._lines(item, cols, products)
        shows_asin = "asin" in self.shown and item.asin
        asin = [(f"ASIN {item.asin}", False)] if shows_asin else []
        marks = [(condition, True)] if condition else []
        marks += [(mark, True)] if mark else []
        product = products.get(item.sku)
        y = -s.row * 1.25
        qty_x, qty_w = cols.qty[0] + 3, cols.qty[1] - 6
        ops = [text_op(str(item.quantity), qty_x, y, s.row, bold=True, width=qty_w, align="left")]
        heights = [0.0]
        if cols.sku:
            item_h, item_ops = self._stack(name_lines, marks, cols.item, y)
            sku_h, sku_ops = self._stack(sku_lines, asin, cols.sku, y)
            ops += item_ops + sku_ops
            heights.append(sku_h)
        else:
            small = [(line, False) for line in sku_lines] + asin + marks
            item_h, item_ops = self._stack(name_lines, small, cols.item, y)
            ops += item_ops
        barcode = product.barcode if product and "ean" in self.shown else None
        if barcode and cols.ean:
            heights.append(self._ean(barcode, cols.ean, 0.0, ops))
        elif barcode:
            item_h = self._ean(barcode, cols.item, -item_h, ops)
        heights.append(item_h)
        logo = self.images.get(item.sku) if cols.image else None
        if cols.image and logo:
            image_h, image_op = thumbnail_op(logo, cols.image[0], -s.row * 0.3, cols.image[1])
            ops.append(image_op)
            heights.append(image_h - s.row * 0.3)
        height = max(heights) + s.row * 0.6
        if cols.price and prices:
            money, size = _fitted(_money(item.item_price, order.currency), s.row, cols.price[1])
            ops.append(text_op(money, cols.price[0], y, size, width=cols.price[1], align="right"))
        right = cols.price[0] + cols.price[1] if cols.price else cols.item[0] + cols.item[1]
        ops.append(rule_op(0, -height, right, 0.8, 0.4))
        return Row(height, ops)

    def _ean(self, code: str, column: tuple[float, float], top: float, ops: list[Op]) -> float:
        """The code in small print from ``top`` down, its barcode under it when it is an
        EAN/UPC that fits the column; returns where the column's content ends (a height)."""
        s = self.style
        x, width = column
        size = s.row * 0.85
        y = top - size * 1.25 if top else -s.row * 1.25
        ops.append(text_op(code, x, y, size, width=width, grey=s.grey, align="left"))
        bars_h = s.row * 2.4
        drawing = ean_barcode(code, width, bars_h)
        if drawing is None:
            return -y + size * 0.3
        y -= size * 0.4 + bars_h
        ops.append(barcode_op(drawing, x, y))
        return -y

    def _lines(
        self, item: OrderItem, cols: Columns, products: Mapping[str, Product]
    ) -> tuple[list[str], list[str]]:
        """The item's name lines and SKU lines, wrapped to their columns (the SKU small when it
        goes under the name)."""
        s = self.style
        product = products.get(item.sku)
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
        elif name != item.sku and (self.compact and "sku" in self.shown):
            sku_lines = list(wrap(f"SKU {item.sku}", small, cols.item[1], False, 2))
        return name_lines, sku_lines

    def _stack(
        self,
        lines: list[str],
        small: list[tuple[str, bool]],
        column: tuple[float, float],
        y: float,
    ) -> tuple[float, list[Op]]:
        """``lines`` at the row's size from baseline ``y`` down, then the ``small`` lines (text,
        bold) under them: grey, or black when bold (a mark the packer must not miss). Returns
        the height the column takes (without the row's bottom padding) and the operations."""
        s = self.style
        x, width = column
        lead = s.row * 1.3
        size = s.row * 0.85
        ops = [
            text_op(line, x, y - n * lead, s.row, width=width, align="left")
            for n, line in enumerate(lines)
        ]
        below = y - len(lines) * lead + lead - size * 1.25
        for n, (text, bold) in enumerate(small):
            ops.append(
                text_op(
                    wrap(text, size, width, bold, 1)[0],
                    x,
                    below - n * size * 1.25,
                    size,
                    bold=bold,
                    width=width,
                    grey=None if bold else s.grey,
                    align="left",
                )
            )
        return len(lines) * lead + len(small) * size * 1.25, ops


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


def _money(value: str | None, currency: str | None) -> str:
    """An item price as the report gave it, grouped to two decimals with its currency."""
    if not value:
        return ""
    try:
        amount = Decimal(value)
    except InvalidOperation:
        return value
    return f"{amount:,.2f} {currency or ''}".strip()
