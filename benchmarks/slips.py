"""1,000 packing slips on 4x6 labels to one PDF in memory, beside a bare ReportLab canvas.

The floor is what the issue names: a bare canvas on the same 4 x 6 in page drawing the same
strings with the same embedded TrueType font (DejaVu Sans, regular and bold) and one Code 128 of
the order id per page, drawn the plain ReportLab way (``Code128.drawOn``). It runs in the same
process with the same ReportLab settings (the C accelerator when installed, no ASCII85), so the
ratio is the cost of what makes a slip a slip: language tables, per-character font fallback,
shaping, wrapping, layout planning. The orders are invented (names in German, Greek, Russian,
Japanese and Arabic) and built in memory: no store, no file, so the figure is the document
layer's alone.
"""

from __future__ import annotations

import argparse
import io
import time

from common import median, report

SLIPS = 1000


def _slips():
    from seller_desktop.core.documents import SlipOrder
    from seller_desktop.core.orders.model import ContactDetails, Order, OrderItem

    people = [
        ("DE", "Jürgen Groß", "Königstraße 12", "München", "80331"),
        ("DE", "Γιώργος Παπαδόπουλος", "Οδός Ερμού 15", "Αθήνα", "10563"),
        ("DE", "Юлия Соколова", "ул. Тверская, д. 7", "Берлин", "10115"),
        ("JP", "山田 太郎", "千代田区千代田1-1", "東京都", "100-0001"),
        ("AE", "محمد العلي", "شارع الشيخ زايد", "دبي", "00000"),
        ("US", "Mary O'Neil", "1600 Elm Street Apt 4", "Springfield", "62704"),
    ]
    products = [
        ("MUG-BLUE-350", "Coffee mug, blue, 350 ml, dishwasher safe"),
        ("TEE-ORG-XL", "Organic cotton T-shirt, extra large"),
        ("CAP-NAVY", "Baseball cap, navy"),
        ("BAG-TOTE", "Canvas tote bag"),
    ]
    slips = []
    for n in range(SLIPS):
        market, name, street, city, postal = people[n % len(people)]
        items = [
            OrderItem(f"{n}-{k}", sku, 1 + (n + k) % 3, title, item_price="19.99")
            for k, (sku, title) in enumerate(products[: 1 + n % 3])
        ]
        order = Order(
            order_id=f"{n % 1000:03d}-{1000000 + n:07d}-{7000000 + n:07d}",
            marketplace=market,
            purchased_at="2026-11-25T09:30:00Z",
            ship_service="Standard",
            currency="EUR",
            items=items,
        )
        contact = ContactDetails(
            recipient_name=name, ship_address_1=street, ship_city=city, ship_postal_code=postal
        )
        slips.append(SlipOrder(order, contact))
    return slips


def _baseline(slips) -> bytes:
    """Bare canvas, 4x6: the slip's strings (labels in English) in DejaVu Sans, one Code 128."""
    from reportlab.graphics.barcode.code128 import Code128
    from reportlab.pdfgen.canvas import Canvas

    from seller_desktop.core.documents.fonts import BODY, BOLD, register_fonts
    from seller_desktop.core.documents.layouts import get_layout

    register_fonts()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=get_layout("4x6").page_size, initialFontName=BODY)
    for slip in slips:
        order = slip.order
        c.setFont(BOLD, 9)
        c.drawString(10, 416, "Benchmark Shop")
        c.drawRightString(278, 416, "Packing slip")
        c.setFont(BODY, 7)
        c.drawString(10, 407, "Hafenstraße 3")
        c.drawString(10, 399, "20457 Hamburg")
        c.drawString(10, 384, "Ship to")
        c.setFont(BODY, 10)
        y = 370
        for line in slip.contact.ship_to_lines():
            c.drawString(10, y, line)
            y -= 12
        c.setFont(BOLD, 9)
        c.drawString(10, y - 4, order.order_id)
        Code128(order.order_id, barWidth=0.9, barHeight=30, humanReadable=False).drawOn(
            c, 10, y - 40
        )
        c.setFont(BODY, 7)
        y -= 52
        for label, value in (
            ("Order date", "2026-11-25"),
            ("Marketplace", order.marketplace),
            ("Shipping", order.ship_service),
        ):
            c.drawString(10, y, label)
            c.drawString(60, y, value)
            y -= 9
        c.drawString(10, y - 6, "Qty")
        c.drawString(40, y - 6, "Item")
        y -= 20
        for item in order.items:
            c.drawString(10, y, str(item.quantity))
            c.drawString(40, y, item.product_name)
            c.drawString(40, y - 8, f"SKU {item.sku}")
            y -= 20
        c.drawRightString(278, y, f"Total quantity: {sum(i.quantity for i in order.items)}")
        c.drawCentredString(144, 14, "Thank you for your order!")
        c.showPage()
    c.save()
    return buffer.getvalue()


def _slip_pdf(slips) -> bytes:
    from seller_desktop.core.documents import SlipOptions, SlipRenderer
    from seller_desktop.core.settings import Settings

    settings = Settings(
        business_name="Benchmark Shop", return_address="Hafenstraße 3\n20457 Hamburg"
    )
    return SlipRenderer(settings, SlipOptions(layout="4x6")).render(slips)


def run(rounds: int = 5) -> list[str]:
    slips = _slips()
    _slip_pdf(slips[:50])  # fonts registered, CJK/Arabic faces parsed: a running app has done it
    _baseline(slips[:50])
    ours, base = [], []
    for _ in range(rounds):
        start = time.perf_counter()
        _baseline(slips)
        base.append(SLIPS / (time.perf_counter() - start))
        start = time.perf_counter()
        _slip_pdf(slips)
        ours.append(SLIPS / (time.perf_counter() - start))
    return [
        report(
            "packing slips to PDF (1,000 4x6, 6 scripts)",
            median(ours),
            median(base),
            "slips/s",
            ">= 0.6x and >= 600 slips/s",
        )
    ]


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    print("\n".join(run(parser.parse_args().rounds)))
