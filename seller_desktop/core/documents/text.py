"""Drawing a line of text in any script: shaping, right-to-left order and per-character fallback.

ReportLab draws a string with one font and in the order given; it neither shapes Arabic nor
reorders right-to-left text. So each line is prepared once:

1. Arabic is shaped (``arabic-reshaper``: letters → their joined presentation forms), and any line
   with Hebrew or Arabic is put in visual order (``python-bidi``). Text extractors such as
   ``pdftotext`` turn the visual order back into logical order.
2. The visual string is split into runs by the first font of our chain that has each character
   (``fonts.CHAIN``), so a Japanese address with Latin digits or a German name with a Greek street
   draws every glyph — no missing-glyph boxes, nothing dropped.
3. Each run's width is measured at 1 pt, so any size is a multiplication.

Preparing is cached: slips repeat labels, SKUs and product names thousands of times in a batch.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import arabic_reshaper
from bidi import get_base_level, get_display
from reportlab.pdfbase.pdfmetrics import stringWidth

from .fonts import ARABIC_CHAIN, CHAIN, has_glyph

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

# Keep harakat (vowel marks): dropping them would change what the buyer typed.
_RESHAPER = arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False,
                                                          "support_ligatures": True})
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]+")


@dataclass(frozen=True)
class Run:
    font: str
    text: str
    #: Width at a font size of 1 pt.
    width: float


@dataclass(frozen=True)
class Prepared:
    runs: tuple[Run, ...]
    width: float
    #: The paragraph direction is right-to-left (its first strong character is Hebrew/Arabic).
    rtl: bool


def _is_arabic(cp: int) -> bool:
    return (0x0600 <= cp <= 0x08FF) or (0xFB50 <= cp <= 0xFDFF) or (0xFE70 <= cp <= 0xFEFF)


def _font_for(cp: int, bold: bool) -> str | None:
    for name in (ARABIC_CHAIN if _is_arabic(cp) else CHAIN)[bold]:
        if has_glyph(name, cp):
            return name
    return None


@lru_cache(maxsize=32768)
def prepare(text: str, bold: bool = False) -> Prepared:
    """Shape, reorder and split one line (no line breaks inside) into font runs."""
    text = unicodedata.normalize("NFC", _CONTROL.sub(" ", text))
    rtl = False
    if any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text):
        rtl = get_base_level(text) == 1
        if any(unicodedata.bidirectional(ch) == "AL" for ch in text):
            text = _RESHAPER.reshape(text)
        text = get_display(text)
    primary = CHAIN[bold][0]
    runs: list[list[str]] = []  # [font, text]
    for ch in text:
        cp = ord(ch)
        current = runs[-1][0] if runs else None
        # Spaces and combining marks stay with the run they are in when its font has them:
        # fewer runs, and a mark is drawn by the same design as its base letter.
        if current and (ch.isspace() or unicodedata.combining(ch)) and has_glyph(current, cp):
            font = current
        else:
            # No font has it (an emoji): the primary font's box is honest about it.
            font = _font_for(cp, bold) or primary
        if font == current:
            runs[-1][1] += ch
        else:
            runs.append([font, ch])
    measured = tuple(Run(font, part, stringWidth(part, font, 1.0)) for font, part in runs)
    return Prepared(measured, sum(r.width for r in measured), rtl)


def text_width(text: str, size: float, bold: bool = False) -> float:
    return prepare(text, bold).width * size


def draw(canvas: Canvas, text: str, x: float, y: float, size: float, *, bold: bool = False,
         width: float | None = None, align: str = "start") -> float:
    """Draw one line with its baseline at ``y``; returns the drawn width.

    ``align``: "start" (left, or right for a right-to-left line when ``width`` is given),
    "left", "right" or "center" within ``width`` starting at ``x``.
    """
    line = prepare(text, bold)
    drawn = line.width * size
    if width is not None:
        if align == "right" or (align == "start" and line.rtl):
            x += width - drawn
        elif align == "center":
            x += (width - drawn) / 2
    for run in line.runs:
        canvas.setFont(run.font, size)
        canvas.drawString(x, y, run.text)
        x += run.width * size
    return drawn


_WIDE = ("W", "F")


def _tokens(text: str) -> list[str]:
    """Break opportunities: after spaces, and between any two wide (CJK) characters."""
    tokens: list[str] = []
    for word in re.findall(r"\S+\s*|\s+", text):
        part = ""
        for ch in word:
            if unicodedata.east_asian_width(ch) in _WIDE:
                if part:
                    tokens.append(part)
                part = ""
                tokens.append(ch)
            else:
                part += ch
        if part:
            if tokens and part.isspace():
                tokens[-1] += part
            else:
                tokens.append(part)
    return tokens


@lru_cache(maxsize=8192)
def wrap(text: str, size: float, max_width: float, bold: bool = False,
         max_lines: int = 0) -> tuple[str, ...]:
    """Greedy line breaking in logical order; a word longer than a line is cut by characters.

    ``max_lines`` > 0 ends the last kept line with "…" when the text needs more.
    """
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        current = ""
        for token in _tokens(paragraph):
            candidate = current + token
            if text_width(candidate.rstrip(), size, bold) <= max_width:
                current = candidate
                continue
            if current:
                lines.append(current.rstrip())
            while len(token.rstrip()) > 1 and text_width(token.rstrip(), size, bold) > max_width:
                cut = len(token.rstrip()) - 1
                while cut > 1 and text_width(token[:cut], size, bold) > max_width:
                    cut -= 1
                lines.append(token[:cut])
                token = token[cut:]
            current = token
        lines.append(current.rstrip())
    if max_lines and len(lines) > max_lines:
        kept = lines[:max_lines]
        last = kept[-1]
        while last and text_width(last + "…", size, bold) > max_width:
            last = last[:-1]
        kept[-1] = last.rstrip() + "…"
        lines = kept
    return tuple(lines)
