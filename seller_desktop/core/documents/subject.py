"""The buyer-data export (a subject-access request) as a readable PDF.

It draws the same document ``erasure.subject_export`` returns as JSON — one section per order:
the order's facts, its items and every contact detail the store holds — with the fonts and text
helpers of the slips, so a name in any script is drawn (Arabic shaped, right-to-left lines
ordered, CJK from the fallback fonts). The PDF is built in memory; the caller writes it to the
file the seller chose. The metadata names no one.
"""

from __future__ import annotations

import io
from typing import Any

from seller_desktop.core.documents.layouts import get_layout
from seller_desktop.core.documents.pdf import new_canvas
from seller_desktop.core.documents.text import draw, text_width, wrap

TITLE = "Personal data held about a buyer"

#: Readable names of the contact-detail fields (the JSON keys), in the order they are printed.
FIELD_LABELS = {
    "buyer_name": "Buyer name",
    "buyer_email": "Buyer e-mail",
    "buyer_phone": "Buyer phone",
    "recipient_name": "Recipient",
    "company_name": "Company",
    "ship_address_1": "Ship to, line 1",
    "ship_address_2": "Ship to, line 2",
    "ship_address_3": "Ship to, line 3",
    "ship_city": "City",
    "ship_postal_code": "Postal code",
    "ship_phone": "Phone (shipping)",
    "bill_name": "Billing name",
    "bill_address_1": "Billing address, line 1",
    "bill_address_2": "Billing address, line 2",
    "bill_address_3": "Billing address, line 3",
    "bill_city": "Billing city",
    "bill_region": "Billing region",
    "bill_postal_code": "Billing postal code",
    "bill_country": "Billing country",
    "gift_message": "Gift message",
    "delivery_instructions": "Delivery instructions",
    "customization_url": "Customization link",
    "purchase_order_number": "Purchase order number",
    "tax_id": "Tax / identification number",
}

_ORDER_FIELDS = (
    ("marketplace", "Marketplace"),
    ("status", "Status"),
    ("purchased_at", "Purchased"),
    ("shipped_on", "Shipped on"),
    ("retention_deadline", "Contact details deleted by"),
)

SIZE = 9.5
LEAD = SIZE * 1.4


class _Pages:
    """A cursor down the page that starts a new page (with the page's number) when it runs out."""

    def __init__(self, layout_name: str) -> None:
        self.layout = get_layout(layout_name)
        self.box = self.layout.slots[0]
        self.buffer = io.BytesIO()
        self.canvas = new_canvas(self.buffer, self.layout, TITLE)
        self.page = 1
        self.y = self.box.top

    def need(self, height: float) -> None:
        if self.y - height < self.box.y + SIZE * 2.5:
            self._footer()
            self.canvas.showPage()
            self.page += 1
            self.y = self.box.top

    def _footer(self) -> None:
        self.canvas.setFillGray(0.35)
        draw(
            self.canvas,
            f"Page {self.page}",
            self.box.x,
            self.box.y,
            SIZE * 0.85,
            width=self.box.width,
            align="right",
        )
        self.canvas.setFillGray(0)

    def line(
        self,
        text: str,
        *,
        size: float = SIZE,
        bold: bool = False,
        x: float = 0.0,
        grey: float | None = None,
    ) -> None:
        for part in wrap(text, size, self.box.width - x, bold) or ("",):
            self.need(size * 1.4)
            self.y -= size * 1.4
            if grey is not None:
                self.canvas.setFillGray(grey)
            draw(
                self.canvas, part, self.box.x + x, self.y, size, bold=bold, width=self.box.width - x
            )
            if grey is not None:
                self.canvas.setFillGray(0)

    def pairs(self, rows: list[tuple[str, str]], x: float = 0.0) -> None:
        """Label: value rows, the values in one column (each value may wrap onto more lines)."""
        if not rows:
            return
        label_w = min(max(text_width(label, SIZE) for label, _ in rows) + 12, self.box.width * 0.4)
        value_w = self.box.width - x - label_w
        for label, value in rows:
            lines = wrap(value, SIZE, value_w) or ("",)
            self.need(LEAD * min(len(lines), 3))
            self.y -= LEAD
            self.canvas.setFillGray(0.35)
            draw(self.canvas, label, self.box.x + x, self.y, SIZE, width=label_w - 12)
            self.canvas.setFillGray(0)
            for n, part in enumerate(lines):
                if n:
                    self.need(LEAD)
                    self.y -= LEAD
                # Each value line takes its own direction (an Arabic street starts at the right).
                draw(self.canvas, part, self.box.x + x + label_w, self.y, SIZE, width=value_w)

    def rule(self) -> None:
        self.need(8)
        self.y -= 6
        self.canvas.setStrokeGray(0.6)
        self.canvas.setLineWidth(0.6)
        self.canvas.line(self.box.x, self.y, self.box.right, self.y)
        self.canvas.setStrokeGray(0)

    def space(self, height: float) -> None:
        self.y -= height

    def finish(self) -> bytes:
        self._footer()
        self.canvas.showPage()
        self.canvas.save()
        return self.buffer.getvalue()


def subject_export_pdf(document: dict[str, Any], layout: str = "a4") -> bytes:
    """The PDF of ``erasure.subject_export``'s document (layout ``a4`` or ``letter``)."""
    pages = _Pages(layout)
    pages.line(TITLE, size=16, bold=True)
    pages.space(4)
    pages.pairs(
        [
            ("Buyer e-mail", str(document.get("buyer_email", ""))),
            ("Generated", _when(document.get("generated_at"))),
            ("Orders", str(len(document.get("orders", [])))),
        ]
    )
    retention = str(document.get("retention") or "")
    if retention:
        pages.space(4)
        pages.line(retention, size=SIZE * 0.9, grey=0.35)
    for order in document.get("orders", []):
        pages.space(10)
        pages.need(LEAD * 6)
        pages.rule()
        pages.line(f"Order {order.get('order_id', '')}", size=12, bold=True)
        pages.pairs(
            [
                (
                    label,
                    _when(order.get(key))
                    if key.endswith(("_at", "_deadline"))
                    else str(order.get(key) or ""),
                )
                for key, label in _ORDER_FIELDS
                if order.get(key)
            ]
        )
        items = order.get("items") or []
        if items:
            pages.space(4)
            pages.line("Items", bold=True)
            for item in items:
                price = f", {item['item_price']}" if item.get("item_price") else ""
                pages.line(
                    f"{item.get('quantity', '')} × {item.get('sku', '')} — "
                    f"{item.get('product_name') or ''}{price}",
                    x=10,
                )
        pages.space(4)
        pages.line("Contact details", bold=True)
        contact = order.get("contact_details") or {}
        if contact:
            known = [(FIELD_LABELS[k], str(contact[k])) for k in FIELD_LABELS if contact.get(k)]
            other = [
                (k.replace("_", " ").capitalize(), str(v))
                for k, v in contact.items()
                if k not in FIELD_LABELS and v
            ]
            pages.pairs(known + other, x=10)
        else:
            pages.line("None held any more (removed).", x=10, grey=0.35)
    return pages.finish()


def _when(value: object) -> str:
    """An ISO instant as "2026-11-28 12:00 UTC"; anything else as it is."""
    text = str(value or "")
    if len(text) >= 16 and text[10] == "T":
        return f"{text[:10]} {text[11:16]} UTC"
    return text
