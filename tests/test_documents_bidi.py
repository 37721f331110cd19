"""Right-to-left lines: printed in the bidi algorithm's order, read back by pdftotext as typed.

Lines are drawn on pages of both directions (a page's direction is what poppler decides from its
letters: more Hebrew/Arabic than Latin makes it right-to-left), then compared line by line with
pdftotext's output after NFKC and without bidi control characters (poppler itself brackets every
right-to-left run with U+202B…U+202C).
"""

from __future__ import annotations

import io
import re
import unicodedata

import arabic_reshaper
import pytest
from bidi import get_display
from documents_helpers import logical_text, pdftotext
from reportlab.pdfgen.canvas import Canvas

from seller_desktop.core.documents.fonts import BODY, register_fonts
from seller_desktop.core.documents.text import draw, page_direction, prepare
from seller_desktop.core.documents.visual_order import reader_order, visual_order

register_fonts()

FSI, PDI = "\u2068", "\u2069"
_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")

#: Right-to-left lines with what makes readers stumble: numbers, commas, slashes, Latin inside.
RTL_LINES = [
    "شارع الشيخ زايد، برج ٣",
    "00000 دبي",
    "רחוב הרצל 12, דירה 4",
    "12 שלום עולם",
    "برج Apt 5B، دبي",
    "12 34 שלום",
    "ص.ب. 1234، دبي",
    "شقة 12/3 - الطابق 4",
    "רחוב 5-7 דירה 3א",
    "الكمية: 2",
    "محمد (أبو علي)",
    "דוד כהן",
]
#: Left-to-right lines, some with Hebrew inside, and lines of two isolated fields.
LTR_LINES = [
    "Mug (blue)",
    "Coffee mug, blue",
    "SKU-123",
    "Qty: 2",
    f"{FSI}6100000{PDI} {FSI}תל אביב{PDI}",
    f"{FSI}00000{PDI} {FSI}دبي{PDI}",
    f"{FSI}10115{PDI} {FSI}Berlin{PDI}",
]
#: Latin with Hebrew inside: exact on a left-to-right page; on a right-to-left page it is the
#: mirror of the case below (a left-to-right line with right-to-left text in it), words only.
MIXED_LTR = "Flat 3, רחוב הרצל, Tel Aviv"
FILLER = {
    True: "محمد أحمد علي حسن محمود عبد الله سعيد " * 4,
    False: "The quick brown fox jumps over the lazy dog " * 4,
}


def _typed(line: str) -> str:
    return _CONTROLS.sub("", line)


def _read_back(tmp_path, lines: list[str], rtl_page: bool) -> list[str]:
    """Each line drawn on its own baseline on a page that reads ``rtl_page``; pdftotext's lines."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, initialFontName=BODY)
    y = 800.0
    with page_direction(rtl_page):
        for line in [*lines, FILLER[rtl_page]]:
            draw(canvas, line, 40, y, 11, width=500)
            y -= 24
    canvas.save()
    path = tmp_path / f"lines-{rtl_page}.pdf"
    path.write_bytes(buffer.getvalue())
    got = [ln for ln in logical_text(pdftotext(path)).splitlines() if ln]
    assert len(got) == len(lines) + 1, "one text line per drawn line"
    return got[: len(lines)]


def _shaped(line: str) -> str:
    return arabic_reshaper.reshape(line)


@pytest.mark.parametrize("rtl_page", [True, False])
def test_marks_never_move_a_glyph(rtl_page):
    """What is printed is exactly the bidi algorithm's order; the marks are zero-width extras."""
    for line in [*RTL_LINES, *LTR_LINES, MIXED_LTR]:
        shaped = _shaped(line)
        drawn, rtl = visual_order(shaped, rtl_page)
        plain = get_display(shaped, base_dir="R" if rtl else "L")
        assert _CONTROLS.sub("", drawn) == _CONTROLS.sub("", plain), line


def test_marks_are_drawn_with_a_font_whose_marks_are_empty():
    """Noto Sans Arabic draws a visible symbol for RLM/LRM; DejaVu's are empty."""
    for line in RTL_LINES:
        with page_direction(True):
            runs = prepare(line).runs
        for run in runs:
            if "\u200e" in run.text or "\u200f" in run.text:
                assert run.font == BODY


def test_right_to_left_page_reads_back_every_line_as_typed(tmp_path):
    lines = RTL_LINES + LTR_LINES
    got = _read_back(tmp_path, lines, rtl_page=True)
    for line, text in zip(lines, got, strict=True):
        assert text == _typed(line), lines.index(line)


def test_left_to_right_page_reads_back_fields_and_embedded_hebrew(tmp_path):
    lines = [*LTR_LINES, MIXED_LTR]
    got = _read_back(tmp_path, lines, rtl_page=False)
    for line, text in zip(lines, got, strict=True):
        assert text == _typed(line), lines.index(line)


def test_left_to_right_page_keeps_every_word_of_a_right_to_left_line(tmp_path):
    """A right-to-left line with a number in it cannot come back in order from a left-to-right
    page: poppler emits the line's sections from the left, and the number must print at the
    left. No mark can change that without moving the number on paper; every word is exact."""
    got = _read_back(tmp_path, RTL_LINES, rtl_page=False)
    for line, text in zip(RTL_LINES, got, strict=True):
        words = re.findall(r"[^\s,،.:()/-]+", _typed(line))
        for word in words:
            assert word in text, RTL_LINES.index(line)


@pytest.mark.parametrize("rtl_page", [True, False])
def test_the_reader_model_is_poppler(tmp_path, rtl_page):
    """``reader_order`` (which decides where marks go) predicts pdftotext line for line."""
    lines = [*RTL_LINES, *LTR_LINES, MIXED_LTR]
    got = _read_back(tmp_path, lines, rtl_page)
    for line, text in zip(lines, got, strict=True):
        drawn, _ = visual_order(_shaped(line), rtl_page)
        predicted = unicodedata.normalize("NFKC", _typed(reader_order(drawn, rtl_page)))
        assert re.sub(" +", " ", predicted).strip() == text, lines.index(line)


def test_marks_register_their_font_in_a_fresh_process():
    """An Arabic line is often the first text a process measures (an Arabic insert card): the
    marks' font (DejaVu) must be registered then, not only once a canvas has been made."""
    import subprocess
    import sys

    code = (
        "from seller_desktop.core.documents.text import page_direction, prepare\n"
        "with page_direction(True):\n"
        "    print(prepare('شارع الشيخ زايد، برج ٣').width > 0)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.strip() == "True", out.stderr[-300:]


@pytest.mark.parametrize(
    "line",
    [f"{FSI}\u05d0", f"{FSI}0", f"{FSI}שלום {FSI}12{PDI}", f"{FSI}{FSI}דוד{PDI}", f"a{PDI}{FSI}ב"],
)
@pytest.mark.parametrize("rtl_page", [True, False])
def test_an_isolate_the_buyer_typed_and_never_closed_keeps_every_character(line, rtl_page):
    """(Found by the documents fuzz test: a line that starts with an isolate but never closes it
    was taken for a field and lost its last character, and drawing it raised ValueError.) The
    line in visual order holds every character of the line, isolates aside."""
    drawn, _rtl = visual_order(line, rtl_page)
    assert sorted(_typed(drawn)) == sorted(_typed(line))
