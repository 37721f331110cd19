"""The pick list's page layout: which columns it prints and where, how tall each product's row
is, and which rows go on which page (``picklist_render`` draws them).

Columns besides the tick box, the quantity and the product: the bin, the SKU, a thumbnail of the
product and its EAN/UPC (the code as text, and as a small barcode where it is an EAN-13 or
UPC-A). A column no line has a value for (no bins set at all) is left out even when on: an empty
column only pushes the names into less room. On thermal labels the SKU and the EAN stack in the
product column, as a 4 in label has no room for five columns.

With ``per_order`` each product is followed by the orders that take it and how many ("3 × 114-…"),
for sorting the picked goods into parcels; those lines are pieces of their own when a page is
filled, so a product taken by 300 orders runs on to the next page instead of off this one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from seller_desktop.core.documents.labels import Labels
from seller_desktop.core.documents.layouts import Box, Layout, get_layout
from seller_desktop.core.documents.pdf import Logo
from seller_desktop.core.documents.picklist_cells import (
    breakdown_lines,
    ean13_value,
    ean_width,
    thumbnail,
)
from seller_desktop.core.documents.templates import PickListTemplate
from seller_desktop.core.documents.text import text_width, wrap


@dataclass(frozen=True)
class PickLine:
    """One SKU of the list: what to take from the shelf, and for which orders."""

    sku: str
    name: str
    bin_location: str | None
    quantity: int
    orders: int
    #: The product's EAN/UPC, if the seller set one.
    barcode: str | None = None
    #: (order id, units left to ship) per order that takes it, in the orders' print order.
    by_order: tuple[tuple[str, int], ...] = ()


#: Column name → (x from the box's left edge, width).
Columns = dict[str, tuple[float, float]]


@dataclass(frozen=True)
class Piece:
    """A strip of the list that a page break may not cut: a product's row, or one line of the
    orders that take it."""

    line: PickLine
    height: float
    #: One line of the per-order breakdown; None for the product's own row.
    breakdown: str | None = None
    #: The last piece of its product: a rule goes under it.
    last: bool = True


class PickListLayout:
    """Measures a pick list for one layout, language and template. ``images``: SKU → its
    product image (only read when the template shows images)."""

    def __init__(
        self,
        layout_name: str = "letter",
        language: str = "en",
        template: PickListTemplate | None = None,
        images: Mapping[str, bytes] | None = None,
    ) -> None:
        self.layout: Layout = get_layout(layout_name)
        self.labels = Labels(language)
        self.compact = self.layout.compact
        self.size = 7.5 if self.compact else 9.5
        self.template = template or PickListTemplate()
        self.images: dict[str, Logo] = {}
        if self.template.shows("image"):
            for n, (sku, data) in enumerate(sorted((images or {}).items())):
                image = Logo(thumbnail(data), thermal=self.compact)
                if image:
                    image.FORM = f"sd-pick-image-{n}"
                    self.images[sku] = image
        #: The optional columns this list prints (``measure`` sets them from its lines).
        self.shown: frozenset[str] = frozenset()

    def measure(self, lines: Sequence[PickLine], box: Box) -> tuple[Columns, list[list[Piece]]]:
        """The columns for these lines and their pieces page by page."""
        self.shown = self._shown(lines)
        cols = self._columns(box.width)
        return cols, self._paginate([p for ln in lines for p in self._pieces(ln, cols)], box)

    # -- layout ----------------------------------------------------------------------------------

    def _shown(self, lines: Sequence[PickLine]) -> frozenset[str]:
        """The template's columns less those no line has a value for."""
        has = {
            "bin": any(ln.bin_location for ln in lines),
            "sku": any(ln.sku for ln in lines),
            "image": any(ln.sku in self.images for ln in lines),
            "ean": any(ln.barcode for ln in lines),
        }
        return frozenset(c for c in self.template.columns if has.get(c))

    def _columns(self, width: float) -> Columns:
        s = self.size
        box = s * 1.6
        x = box + (4 if self.compact else 8)
        qty = max(text_width("00000", s, True), text_width(self.labels["qty"], s, True)) + 8
        cols: Columns = {"box": (0, box), "qty": (x, qty)}
        x += qty
        if "image" in self.shown:
            cols["image"] = (x, self._thumb() + 6)
            x += self._thumb() + 6
        if "bin" in self.shown:
            cols["bin"] = (x, min(70.0, width * 0.22) if self.compact else min(90.0, width * 0.16))
            x += cols["bin"][1]
        ean_w = 0.0
        if not self.compact and "ean" in self.shown:
            ean_w = max(ean_width(0.8), text_width("0" * 14, s * 0.85)) + 6
        if not self.compact and "sku" in self.shown:
            cols["sku"] = (x, min(110.0 if ean_w else 140.0, width * (0.2 if ean_w else 0.24)))
            x += cols["sku"][1]
        cols["item"] = (x, width - x - ean_w)
        if ean_w:
            cols["ean"] = (width - ean_w, ean_w)
        return cols

    def _thumb(self) -> float:
        return self.size * 4

    def _bars(self) -> float:
        """The height of an EAN's bars."""
        return self.size * 2.2

    def _item_lines(self, line: PickLine, cols: Columns) -> list[tuple[str, float, bool]]:
        """The product column's lines as (text, size, bold): the name; on thermal labels the
        SKU in bold above it and the EAN below."""
        s = self.size
        width = cols["item"][1] - 4
        if not self.compact:
            return [(t, s, False) for t in wrap(line.name or "", s, width, False, 3)]
        lines = []
        if "sku" in self.shown:
            lines += [(t, s, True) for t in wrap(line.sku, s, width, True, 2)]
        if line.name:
            lines += [(t, s * 0.9, False) for t in wrap(line.name, s * 0.9, width, False, 2)]
        if "ean" in self.shown and line.barcode:
            lines.append((line.barcode, s * 0.9, False))
        return lines

    def _sku_lines(self, line: PickLine, cols: Columns) -> tuple[str, ...]:
        if "sku" not in cols:
            return ()
        return wrap(line.sku, self.size, cols["sku"][1] - 4, False, 2)

    def _bin_lines(self, line: PickLine, cols: Columns) -> tuple[str, ...]:
        if "bin" not in cols or not line.bin_location:
            return ()
        return wrap(line.bin_location, self.size, cols["bin"][1] - 4, True, 2)

    def _row_height(self, line: PickLine, cols: Columns) -> float:
        """Tall enough for its longest column: text, the thumbnail or the EAN's bars."""
        s = self.size
        texts = (self._item_lines(line, cols), self._sku_lines(line, cols))
        count = max(len(texts[0]), len(texts[1]), len(self._bin_lines(line, cols)), 1)
        height = count * s * 1.3 + s * 0.9
        if line.sku in self.images and "image" in cols:
            height = max(height, self._thumb() + s * 0.9)
        if "ean" in self.shown and ean13_value(line.barcode):
            above = len(texts[0]) * s * 1.3 if self.compact else s * 1.3
            height = max(height, above + s * 0.5 + self._bars() + s * 0.9)
        return height

    def _pieces(self, line: PickLine, cols: Columns) -> list[Piece]:
        """The product's row, then (per order) its breakdown, a line at a time."""
        row = Piece(line, self._row_height(line, cols), last=True)
        if not self.template.per_order or not line.by_order:
            return [row]
        x = cols["qty"][0] + cols["qty"][1]
        right = max(start + width for start, width in cols.values())
        texts = breakdown_lines(line.by_order, self.size * 0.85, right - x)
        pieces = [Piece(line, row.height - self.size * 0.5, last=False)]
        for n, text in enumerate(texts, start=1):
            last = n == len(texts)
            height = self.size * 1.15 + (self.size * 0.5 if last else 0)
            pieces.append(Piece(line, height, text, last))
        return pieces

    def _header_height(self) -> float:
        return self.size * 6.5

    def _paginate(self, pieces: Sequence[Piece], box: Box) -> list[list[Piece]]:
        space_total = box.height - self._header_height() - self.size * 3
        pages: list[list[Piece]] = [[]]
        space = space_total
        for piece in pieces:
            if piece.height > space and pages[-1]:
                pages.append([])
                space = space_total
            pages[-1].append(piece)
            space -= piece.height
        return pages
