"""1,000 packing slips to one PDF in memory, beside a bare ReportLab canvas drawing the same text.

Both sides draw the same strings with the same bundled TrueType fonts on the same page size, in
the same run; the baseline skips only what makes a slip a slip (language tables, per-character
font fallback, shaping, wrapping, layout planning, the Code 128 barcode, the logo). The orders are
invented (names in German, Greek, Russian, Japanese and Arabic) and built in memory: no store, no
file, so the figure is the document layer's alone.
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
    """Bare canvas: the same strings (labels in English, address, items) with the same fonts."""
    from reportlab.pdfgen.canvas import Canvas

    from seller_desktop.core.documents.fonts import BODY, BOLD, register_fonts

    register_fonts()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(612, 792), initialFontName=BODY)
    for slip in slips:
        c.setFont(BOLD, 18)
        c.drawString(36, 740, "Packing slip")
        c.setFont(BODY, 10)
        c.drawString(36, 720, "Benchmark Shop")
        y = 690
        for line in slip.contact.ship_to_lines():
            c.drawString(36, y, line)
            y -= 14
        c.drawString(330, 690, slip.order.order_id)
        c.drawString(330, 676, "2026-11-25")
        y = 600
        for item in slip.order.items:
            c.drawString(36, y, str(item.quantity))
            c.drawString(80, y, item.sku)
            c.drawString(200, y, item.product_name)
            y -= 14
        c.drawString(250, 40, "Thank you for your order!")
        c.showPage()
    c.save()
    return buffer.getvalue()


def _slip_pdf(slips) -> bytes:
    from seller_desktop.core.documents import SlipOptions, SlipRenderer
    from seller_desktop.core.settings import Settings

    settings = Settings(
        business_name="Benchmark Shop", return_address="Hafenstraße 3\n20457 Hamburg"
    )
    return SlipRenderer(settings, SlipOptions(layout="letter")).render(slips)


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
            "packing slips to PDF (1,000, 6 scripts)",
            median(ours),
            median(base),
            "slips/s",
            ">= 300 slips/s",
        )
    ]


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    print("\n".join(run(parser.parse_args().rounds)))
