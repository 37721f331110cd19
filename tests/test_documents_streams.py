"""How our PDFs are written: streams deflated without ReportLab's ASCII85 layer (smaller, faster),
and the order's Code 128 drawn as one path with the same bars ReportLab's barcode draws.

That the barcode still scans is checked in test_documents_slips (zbarimg, on three layouts)."""

from __future__ import annotations

import io
import re

import pytest
from documents_helpers import add_order, contact_of, order_id, pdftotext, write_pdf

from seller_desktop.core.documents import SlipOptions, packing_slips_pdf, pick_list_pdf
from seller_desktop.core.documents.code128 import QUIET_MODULES, code128_bars, order_barcode
from seller_desktop.core.settings import load_settings, save_settings


def _logo() -> bytes:
    from PIL import Image

    image = Image.new("RGBA", (90, 30), (200, 30, 30, 255))
    for x in range(10):
        image.putpixel((x, 0), (0, 0, 0, 0))  # some transparency: an image and its soft mask
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _stream_filters(pdf: bytes) -> list[bytes]:
    """The /Filter entry of every stream's dictionary (b"" for a stream without one)."""
    filters = []
    for head in re.findall(rb"<<((?:(?!<<|>>).|<<.*?>>)*?)>>\s*stream\r?\n", pdf, re.S):
        found = re.search(rb"/Filter\s*(\[[^\]]*\]|/\w+)", head)
        filters.append(found.group(1) if found else b"")
    return filters


@pytest.mark.parametrize("layout", ["letter", "4x6"])  # a colour logo image; a 1-bit inline one
def test_slips_streams_are_deflated_without_ascii85(store, tmp_path, layout):
    save_settings(store, load_settings(store).with_logo(_logo()))
    for n in (1, 2):
        add_order(store, n, contact=contact_of("de"))
    data = packing_slips_pdf(store, [order_id(1), order_id(2)], SlipOptions(layout=layout))
    assert b"ASCII85" not in data and b"/A85" not in data
    filters = _stream_filters(data)
    assert len(filters) >= 4  # pages, the logo's form and image, the fonts
    assert all(f in (b"/FlateDecode", b"[ /FlateDecode ]") for f in filters), set(filters)
    text = pdftotext(write_pdf(tmp_path, data))
    assert order_id(1) in text and order_id(2) in text


def test_pick_list_streams_are_deflated_without_ascii85(store):
    add_order(store, 1, contact=contact_of("de"))
    data = pick_list_pdf(store, [order_id(1)])
    assert b"ASCII85" not in data and b"/A85" not in data


class _Recorder:
    """Stands in for a canvas: records the rectangles ReportLab's barcode draws."""

    def __init__(self) -> None:
        self.rects: list[tuple[float, float]] = []

    def rect(self, x, y, width, height, stroke=0, fill=1) -> None:
        self.rects.append((round(x, 6), round(width, 6)))

    def __getattr__(self, name):  # saveState, translate, ... do nothing
        return lambda *args, **kwargs: None


@pytest.mark.parametrize(
    "value", ["123-4567890-1234567", "028-7654321-1234561", "S01-ABC", "A1b2-C3d4", "9"]
)
def test_the_barcode_has_the_bars_reportlab_draws(value):
    from reportlab.graphics.barcode.code128 import Code128

    symbol = order_barcode(value, 400, 1.0, 30)
    assert symbol is not None
    bar = symbol.bar_width
    reference = Code128(
        value, barWidth=bar, barHeight=30, humanReadable=False, lquiet=10 * bar, rquiet=10 * bar
    )
    recorder = _Recorder()
    reference.canv = recorder
    reference.draw()
    ours = [
        (round((QUIET_MODULES + start) * bar, 6), round(modules * bar, 6))
        for start, modules in symbol.bars
    ]
    assert ours == recorder.rects
    assert symbol.width == pytest.approx(reference.width)


def test_a_value_code_128_cannot_carry_gets_no_barcode():
    assert code128_bars("123-Ä") is None
    assert order_barcode("123-Ä", 400, 1.0, 30) is None


def test_a_barcode_whose_bars_would_be_too_thin_is_left_out():
    assert order_barcode("123-4567890-1234567", 40, 1.0, 30) is None
