"""Drawing the pick list, page by page as ``picklist_layout`` measured it: the title and summary,
the column heads, each product's row (tick box, quantity, thumbnail, bin, SKU, name, EAN) and the
orders that take it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP
from seller_desktop.core.documents.layouts import Box, Layout
from seller_desktop.core.documents.pdf import SlotDrawer, render_slots
from seller_desktop.core.documents.picklist_cells import draw_ean, ean13_value
from seller_desktop.core.documents.picklist_layout import (
    Columns,
    PickLine,
    PickListLayout,
    Piece,
)
from seller_desktop.core.documents.text import draw, text_width, wrap

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

#: The head of the EAN column: the codes' own names, the same in every language.
EAN_HEAD = "EAN/UPC"


class PickListRenderer(PickListLayout):
    def render(self, lines: Sequence[PickLine], order_count: int, generated_at: str) -> bytes:
        if not lines:
            raise BadInput(
                QT_TRANSLATE_NOOP("SellerError", "The selected orders have nothing left to pick.")
            )
        # A pick list is not cut apart: on a two-up layout it uses the whole sheet.
        box = self.layout.whole_sheet if self.layout.cut_lines else self.layout.slots[0]
        sheet = Layout(self.layout.name, self.layout.description, self.layout.page_size, (box,))
        cols, pages = self.measure(lines, box)
        units = sum(ln.quantity for ln in lines)
        drawers = [
            self._drawer(cols, pieces, (n, len(pages)), order_count, units, generated_at)
            for n, pieces in enumerate(pages, start=1)
        ]
        return render_slots(sheet, self.labels["pick_list"], [drawers])

    def _drawer(
        self,
        cols: Columns,
        pieces: list[Piece],
        page: tuple[int, int],
        order_count: int,
        units: int,
        generated_at: str,
    ) -> SlotDrawer:
        """One page's drawing function: ``render_slots`` calls it with the canvas and the box it
        chose, so the page's rows and numbers are bound here."""

        def drawer(c: Canvas, box: Box) -> None:
            self._draw_title(c, box, order_count, units, generated_at)
            y = self._draw_column_heads(c, box, cols)
            for piece in pieces:
                if piece.breakdown is None:
                    self._draw_row(c, box, cols, piece.line, y)
                else:
                    self._draw_breakdown(c, box, cols, piece.breakdown, y)
                y -= piece.height
                if piece.last:
                    c.setStrokeGray(0.8)
                    c.setLineWidth(0.4)
                    c.line(box.x, y, box.x + box.width, y)
                    c.setStrokeGray(0)
            if page[1] > 1:
                self._draw_page_number(c, box, *page)

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

    def _draw_column_heads(self, c: Canvas, box: Box, cols: Columns) -> float:
        """The column heads on a shaded band (a rule on thermal layouts); returns the y where the
        first row starts. The thumbnails' column has no head: the pictures say what they are."""
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
        heads = {
            "qty": labels["qty"],
            "bin": labels["bin"],
            "sku": labels["sku"],
            "item": labels["item"],
            "ean": EAN_HEAD,
        }
        for key, text in heads.items():
            if key in cols:
                x, width = cols[key]
                draw(c, text, x0 + x, y, s * 0.85, bold=True, width=width, align="left")
        return y - s * 0.6

    def _draw_row(self, c: Canvas, box: Box, cols: Columns, line: PickLine, y: float) -> None:
        """One SKU's row below ``y``: tick box, quantity, thumbnail, bin, SKU, name and EAN."""
        s = self.size
        x0 = box.x
        base = y - s * 1.35
        c.setLineWidth(0.9)
        c.rect(x0 + 1, base - s * 0.25, s * 1.15, s * 1.15, stroke=1, fill=0)
        self._draw_quantity(c, x0 + cols["qty"][0], cols["qty"][1] - 8, base, line.quantity)
        image = self.images.get(line.sku)
        if image and "image" in cols:
            width, height = image.fit(self._thumb(), self._thumb())
            image.draw(c, x0 + cols["image"][0], y - s * 0.35 - height, width, height)
        self._draw_row_text(c, x0, cols, line, base)
        self._draw_ean(c, x0, cols, line, y, base)

    def _draw_quantity(self, c: Canvas, x: float, width: float, base: float, quantity: int) -> None:
        """The quantity, right-aligned and bold, the number the picker reads first.

        The column is measured for "00000" at the row's size, the quantity drawn 10 % larger:
        five digits are drawn smaller, or they ran into the tick box."""
        s = self.size
        qty = str(quantity)
        qty_size = min(s * 1.1, s * 1.1 * width / max(text_width(qty, s * 1.1, True), 0.01))
        draw(c, qty, x, base, qty_size, bold=True, width=width, align="right")

    def _draw_row_text(
        self, c: Canvas, x0: float, cols: Columns, line: PickLine, base: float
    ) -> None:
        """The bin (bold, where the eye looks for the shelf), the SKU and the product column,
        each wrapped to its column as the layout measured them."""
        s = self.size
        for n, part in enumerate(self._bin_lines(line, cols)):
            draw(c, part, x0 + cols["bin"][0], base - n * s * 1.3, s, bold=True)
        for n, part in enumerate(self._sku_lines(line, cols)):
            draw(c, part, x0 + cols["sku"][0], base - n * s * 1.3, s)
        x, width = cols["item"]
        for n, (part, size, bold) in enumerate(self._item_lines(line, cols)):
            draw(c, part, x0 + x, base - n * s * 1.3, size, bold=bold, width=width - 4)

    def _draw_ean(
        self, c: Canvas, x0: float, cols: Columns, line: PickLine, y: float, base: float
    ) -> None:
        """The EAN as text (its own column on sheets; on thermal labels the product column's last
        line, drawn there) and, for an EAN-13 or UPC-A, its bars under it."""
        if "ean" not in self.shown or not line.barcode:
            return
        s = self.size
        if "ean" in cols:
            x, width = cols["ean"]
            for n, part in enumerate(wrap(line.barcode, s * 0.85, width - 4, False, 2)):
                draw(c, part, x0 + x, base - n * s * 1.3, s * 0.85)
            above = s * 1.3
        else:
            x, width = cols["item"]
            above = len(self._item_lines(line, cols)) * s * 1.3
        value = ean13_value(line.barcode)
        if value is not None:
            bar = min(1.0 if self.compact else 0.8, (width - 6) / 113)
            bottom = y - above - s * 0.5 - self._bars()
            draw_ean(c, value, x0 + x, bottom, bar, self._bars())

    def _draw_breakdown(self, c: Canvas, box: Box, cols: Columns, text: str, y: float) -> None:
        """One line of the orders that take the product above, from the column after the
        quantity, small and grey."""
        s = self.size
        x = cols["qty"][0] + cols["qty"][1]
        c.setFillGray(0.3)
        draw(c, text, box.x + x, y - s * 0.9, s * 0.85, width=box.width - x, align="left")
        c.setFillGray(0)

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
