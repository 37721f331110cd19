"""1,000 insert cards, each with its own QR code, beside one ReportLab QrCodeWidget per card.

Ours: ``CardRenderer`` (language labels, per-character font fallback, wrapping, the dashed code
box) with each QR code built by segno and drawn as one path. Baseline, in the same run: a bare
ReportLab canvas drawing the same strings with the same fonts and one ``QrCodeWidget`` in a
``Drawing`` per card — the usual way, and the ~50 cards/s the issue quotes. Cards are built in
memory (no store), with invented order ids and codes: the figure is the document layer's alone.
"""

from __future__ import annotations

import argparse
import io
import time

from common import median, report

CARDS = 1000


def _cards():
    from seller_desktop.core.campaigns import Campaign, Card, generate_code

    campaigns = [
        Campaign(
            "Beans",
            headline="Fresh beans for your new machine",
            id=1,
            body="Thank you for choosing our espresso machine. Enjoy 15% off your first bag "
            "of freshly roasted beans: redeem this code on Amazon at checkout.",
            qr_url="https://www.amazon.de/promotions/beans",
            valid_until="2027-01-31",
            skus=("ESPRESSO-*",),
        ),
        Campaign(
            "Register",
            headline="Register your grinder",
            id=2,
            body="Scan the code to register your grinder and extend the warranty to three years.",
            qr_url="https://example.com/register?lang=en",
            skus=("GRINDER-1",),
        ),
        Campaign(
            "JP",
            headline="ご購入ありがとうございます",
            id=3,
            body="次回のご注文で使える10％オフのコードです。",
            qr_url="https://www.amazon.co.jp/promo",
            marketplaces=("JP",),
        ),
    ]
    markets = ("DE", "US", "JP")
    return [
        Card(
            f"{n % 1000:03d}-{1000000 + n:07d}-{7000000 + n:07d}",
            markets[n % 3],
            campaigns[n % 3],
            "SKU",
            generate_code(),
        )
        for n in range(CARDS)
    ]


def _ours(cards) -> bytes:
    from seller_desktop.core.documents.cards import CardRenderer

    return CardRenderer("4x6", "Benchmark Shop").render(cards)


def _baseline(cards) -> bytes:
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.pdfgen.canvas import Canvas

    from seller_desktop.core.campaigns import with_code
    from seller_desktop.core.documents.fonts import BODY, BOLD, CJK, ensure_font, register_fonts

    register_fonts()
    ensure_font(CJK)
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(432, 288), initialFontName=BODY)
    for card in cards:
        cjk = card.marketplace == "JP"
        c.setFont(CJK if cjk else BOLD, 16)
        c.drawString(22, 240, card.campaign.headline)
        c.setFont(CJK if cjk else BODY, 10)
        c.drawString(22, 210, card.campaign.body[:60])
        c.drawString(22, 196, card.campaign.body[60:120])
        c.setFont(BODY, 7)
        c.drawString(22, 22, f"Order {card.order_id}")
        c.setFont(BOLD, 13)
        c.drawString(300, 70, card.code)
        widget = QrCodeWidget(with_code(card.campaign.qr_url, card.code), barLevel="M")
        x1, y1, x2, y2 = widget.getBounds()
        drawing = Drawing(140, 140, transform=[140 / (x2 - x1), 0, 0, 140 / (y2 - y1), 0, 0])
        drawing.add(widget)
        renderPDF.draw(drawing, c, 270, 110)
        c.showPage()
    c.save()
    return buffer.getvalue()


def run(rounds: int = 3) -> list[str]:
    cards = _cards()
    _ours(cards[:30])  # fonts registered, CJK face parsed: a running app has done it
    _baseline(cards[:30])
    ours, base = [], []
    for _ in range(rounds):
        start = time.perf_counter()
        _baseline(cards)
        base.append(CARDS / (time.perf_counter() - start))
        start = time.perf_counter()
        _ours(cards)
        ours.append(CARDS / (time.perf_counter() - start))
    return [
        report(
            "insert cards with own QR code (1,000)",
            median(ours),
            median(base),
            "cards/s",
            ">= 200 cards/s",
        )
    ]


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    print("\n".join(run(parser.parse_args().rounds)))
