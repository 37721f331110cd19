"""A realistic label image for the fake Amazon: 4x6 in at 203 dpi (812 x 1218 dots, 1 bit), as
a thermal printer's label, with the tracking id as a Code 128 barcode (the bars from ReportLab's
encoder, drawn dot-exact with Pillow) and a few lines of text. Small: about 1 KB."""

from __future__ import annotations

import io
from string import ascii_lowercase, ascii_uppercase

from PIL import Image, ImageDraw
from reportlab.graphics.barcode.code128 import Code128

DPI = 203
WIDTH, HEIGHT = 4 * DPI, 6 * DPI
MODULE = 3  # dots per narrow bar: 0.37 mm, as carriers print them


def code128_bars(value: str) -> list[tuple[bool, int]]:
    """(is a bar, width in modules) from left to right."""
    code = Code128(value)
    code.validate()
    code.encode()
    code.decompose()
    return [
        (c in ascii_uppercase, ord(c.lower()) - ord("a") + 1)
        for c in code.decomposed
        if c in ascii_uppercase or c in ascii_lowercase
    ]


def label_png(tracking_id: str) -> bytes:
    image = Image.new("1", (WIDTH, HEIGHT), 1)
    draw = ImageDraw.Draw(image)
    draw.rectangle((8, 8, WIDTH - 9, HEIGHT - 9), outline=0, width=4)
    draw.text((40, 40), "FAKE CARRIER  GROUND", fill=0)
    draw.text((40, 80), "SHIP TO: BUYER, 1 TEST STREET", fill=0)
    draw.line((8, 300, WIDTH - 9, 300), fill=0, width=4)
    bars = code128_bars(tracking_id)
    x = (WIDTH - sum(width for _, width in bars) * MODULE) // 2
    for is_bar, width in bars:
        if is_bar:
            draw.rectangle((x, 420, x + width * MODULE - 1, 720), fill=0)
        x += width * MODULE
    draw.text((WIDTH // 2 - 60, 740), tracking_id, fill=0)
    out = io.BytesIO()
    image.save(out, "PNG", dpi=(DPI, DPI))
    return out.getvalue()
