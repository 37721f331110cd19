"""Drawing a line of text in any script: shaping, right-to-left order and per-character fallback.

ReportLab draws a string with one font and in the order given; it neither shapes Arabic nor
reorders right-to-left text. So each line is prepared once:

1. Arabic is shaped (``arabic-reshaper``: letters → their joined presentation forms), and any line
   with Hebrew or Arabic is put in visual order (``python-bidi``), with invisible direction marks
   where a text extractor such as ``pdftotext`` would otherwise read it back in another order
   (``visual_order``; the page's direction matters there, see ``page_direction``).
2. The visual string is split into runs by the first font of our chain that has each character
   (``fonts.CHAIN``), so a Japanese address with Latin digits or a German name with a Greek street
   draws every glyph — no missing-glyph boxes, nothing dropped. Emoji come last, from Noto Emoji
   (monochrome). ReportLab draws code points, not shaped glyph sequences, so an emoji sequence is
   drawn as its visible parts: "👨‍👩‍👧" as three people, "👍🏽" as a thumbs-up in the default
   tone (see ``_SKIN_TONES``), and a character followed by U+FE0F (emoji presentation) is taken from
   the emoji font when that has it ("❤️" as the emoji heart rather than DejaVu's text heart).
   Invisible formatting characters (zero-width joiner, variation selectors, tags) that no font
   has are left out rather than drawn as a box; every visible character is drawn.
3. Each run's width is measured at 1 pt, so any size is a multiplication.

Preparing is cached: slips repeat labels, SKUs and product names thousands of times in a batch.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import arabic_reshaper
from reportlab.pdfbase.pdfmetrics import stringWidth

from seller_desktop.core.documents.fonts import ARABIC_CHAIN, CHAIN, EMOJI, has_glyph
from seller_desktop.core.documents.visual_order import visual_order

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

# Keep harakat (vowel marks): dropping them would change what the buyer typed.
_RESHAPER = arabic_reshaper.ArabicReshaper(
    configuration={"delete_harakat": False, "support_ligatures": True}
)
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]+")
#: UTF-16 surrogates: never characters on their own. A lone one (pasted text cut in the middle of
#: an emoji) cannot be encoded as UTF-8, and python-bidi encodes every right-to-left line.
_SURROGATE = re.compile("[\ud800-\udfff]")
#: Emoji presentation selector: the character before it wants its emoji form.
_EMOJI_STYLE = "\ufe0f"
#: Fitzpatrick skin-tone modifiers. After an emoji they only recolour it, which a monochrome font
#: drawing code point by code point cannot do: drawn on their own they print a colour swatch
#: beside the emoji, which reads as a missing-glyph box. So a modifier that follows a character
#: is left out (the emoji keeps its default tone); one standing alone is drawn.
_SKIN_TONES = re.compile(r"(?<=\S)[\U0001F3FB-\U0001F3FF]+")
#: Left-to-right and right-to-left marks (see visual_order).
_DIRECTION_MARKS = frozenset("\u200e\u200f")
_PAGE_RTL: ContextVar[bool] = ContextVar("page_rtl", default=False)


@contextmanager
def page_direction(rtl: bool) -> Iterator[None]:
    """Lines drawn inside sit on a page that reads right to left (an Arabic slip), which decides
    the direction of lines made only of fields and which direction marks they need."""
    token = _PAGE_RTL.set(rtl)
    try:
        yield
    finally:
        _PAGE_RTL.reset(token)


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


#: Format characters (category Cf) that are visible: prepended concatenation marks such as the
#: Arabic number sign.
_VISIBLE_FORMAT = frozenset(
    (*range(0x0600, 0x0606), 0x06DD, 0x070F, 0x0890, 0x0891, 0x08E2, 0x110BD, 0x110CD)
)


def _invisible(ch: str) -> bool:
    """A formatting character with no visible form: ZWJ/ZWNJ, joiners, tags (category Cf), and
    the variation selectors U+FE00-FE0F and U+E0100-E01EF (category Mn, but never drawn)."""
    cp = ord(ch)
    if 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF:
        return True
    return unicodedata.category(ch) == "Cf" and cp not in _VISIBLE_FORMAT


def _font_for(cp: int, bold: bool) -> str | None:
    # The emoji blocks go to the emoji font first, so the emoji of a line share one design
    # (DejaVu has a few emoticons such as 😀, smaller and in its own style).
    if 0x1F000 <= cp <= 0x1FAFF and has_glyph(EMOJI, cp):
        return EMOJI
    for name in (ARABIC_CHAIN if _is_arabic(cp) else CHAIN)[bold]:
        if has_glyph(name, cp):
            return name
    return None


def prepare(text: str, bold: bool = False, page_rtl: bool | None = None) -> Prepared:
    """Shape, reorder and split one line (no line breaks inside) into font runs; ``page_rtl``
    defaults to the direction set by ``page_direction``."""
    return _prepare(text, bold, _PAGE_RTL.get() if page_rtl is None else page_rtl)


@lru_cache(maxsize=32768)
def _prepare(text: str, bold: bool, page_rtl: bool) -> Prepared:
    if _SURROGATE.search(text):
        # A pair becomes its character; a lone surrogate the replacement character "\ufffd",
        # which shows that something was there (dropping it would hide that text was damaged).
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    text = unicodedata.normalize("NFC", _CONTROL.sub(" ", text))
    text = _SKIN_TONES.sub("", text)  # in logical order: bidi may put a modifier before its emoji
    rtl = False
    if page_rtl or any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text):
        if any(unicodedata.bidirectional(ch) == "AL" for ch in text):
            text = _RESHAPER.reshape(text)
        text, rtl = visual_order(text, page_rtl)
    primary = CHAIN[bold][0]
    runs: list[list[str]] = []  # [font, text]
    for i, ch in enumerate(text):
        cp = ord(ch)
        current = runs[-1][0] if runs else None
        # Spaces and combining marks stay with the run they are in when its font has them:
        # fewer runs, and a mark is drawn by the same design as its base letter. Not in an emoji
        # run for spaces: Noto Emoji's space is as wide as an emoji (1.27 em). Invisible
        # characters stay only in an emoji run (Noto Emoji's are empty and zero-width; Noto Sans
        # Arabic draws a visible mark for ZWJ, so elsewhere they go down the chain to DejaVu's).
        if ch in _DIRECTION_MARKS and has_glyph(primary, cp):  # (has_glyph registers the font)
            font = primary  # empty in DejaVu; Noto Sans Arabic draws a visible symbol for them
        elif (
            current
            and (
                (ch.isspace() and current != EMOJI)
                or unicodedata.combining(ch)
                or (current == EMOJI and _invisible(ch))
            )
            and has_glyph(current, cp)
        ):
            font = current
        elif (
            _EMOJI_STYLE in (text[i - 1 : i], text[i + 1 : i + 2])
            and not ch.isspace()
            and not _invisible(ch)
            and has_glyph(EMOJI, cp)
        ):
            # U+FE0F asks for the emoji form. It follows its character in logical order; a
            # right-to-left line in visual order puts it before, hence either neighbour.
            font = EMOJI
        else:
            found = _font_for(cp, bold)
            if found is None and _invisible(ch):
                # Only an invisible formatting character (ZWJ, variation selector, tag) that no
                # font of ours has is dropped: it has nothing to show, and drawing it would print
                # a missing-glyph box. Visible characters are never dropped.
                continue
            # No font has this visible character: the primary font's box is honest about it.
            font = found or primary
        if font == current:
            runs[-1][1] += ch
        else:
            runs.append([font, ch])
    measured = tuple(Run(font, part, stringWidth(part, font, 1.0)) for font, part in runs)
    return Prepared(measured, sum(r.width for r in measured), rtl)


def text_width(text: str, size: float, bold: bool = False) -> float:
    return prepare(text, bold).width * size


def draw(
    canvas: Canvas,
    text: str,
    x: float,
    y: float,
    size: float,
    *,
    bold: bool = False,
    width: float | None = None,
    align: str = "start",
) -> float:
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


def _extends(previous: str, ch: str) -> bool:
    """``ch`` belongs to the character before it: a mark, a variation selector, a joiner, a
    skin tone, or anything after a zero-width joiner (the next part of an emoji sequence)."""
    return (
        previous == "\u200d"
        or _invisible(ch)
        or unicodedata.category(ch).startswith("M")
        or 0x1F3FB <= ord(ch) <= 0x1F3FF
    )


def _clusters(word: str) -> list[str]:
    clusters: list[str] = []
    for ch in word:
        if clusters and _extends(clusters[-1][-1], ch):
            clusters[-1] += ch
        else:
            clusters.append(ch)
    return clusters


def _tokens(text: str) -> list[str]:
    """Break opportunities: after spaces, and between any two wide (CJK, emoji) characters, but
    never inside an emoji sequence or between a character and its marks."""
    tokens: list[str] = []
    for word in re.findall(r"\S+\s*|\s+", text):
        part = ""
        for ch in _clusters(word):
            if unicodedata.east_asian_width(ch[0]) in _WIDE:
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


def _cut_point(word: str, pos: int, size: float, max_width: float, bold: bool) -> int | None:
    """How many characters of ``word`` from ``pos`` fit on a line (at least 1), or None when all
    the rest does.

    Galloping then bisecting over prefixes about a line long: neither the rest of the word nor a
    copy of it is ever measured or made whole, so cutting a word of 100,000 characters into lines
    costs a few short measurements per line. (Cutting one character at a time measured the whole
    word per character — 45 s for 10,000 letters; measuring the whole rest once per line was still
    quadratic — minutes for 100,000 emoji.) Widths grow with the prefix (shaping and bidi can bend
    that a little; the cut is then a character early, never off the page by more).
    """
    end = len(word)
    good, probe = 1, 16
    while True:
        stop = pos + probe
        if stop >= end:
            if text_width(word[pos:], size, bold) <= max_width:
                return None
            bad = end - pos
            break
        if text_width(word[pos:stop], size, bold) > max_width:
            bad = probe
            break
        good, probe = probe, probe * 2
    while bad - good > 1:
        middle = (good + bad) // 2
        if text_width(word[pos : pos + middle], size, bold) <= max_width:
            good = middle
        else:
            bad = middle
    return max(1, good)


def one_line(text: str, size: float, max_width: float, bold: bool = False) -> str:
    """``text`` as one line no wider than ``max_width``, cut with "…" if it is wider: for a
    field that has one line's room (a card's business name). Line breaks in it become spaces,
    as ``draw`` shows them, so a field that fits is drawn exactly as before."""
    return wrap(_CONTROL.sub(" ", text), size, max_width, bold, 1)[0]


@lru_cache(maxsize=8192)
def wrap(
    text: str, size: float, max_width: float, bold: bool = False, max_lines: int = 0
) -> tuple[str, ...]:
    """Greedy line breaking in logical order; a word longer than a line is cut by characters.

    ``max_lines`` > 0 ends the last kept line with "…" when the text needs more.
    """
    lines: list[str] = []
    # Lines past max_lines + 1 are never kept: stop there, so that a field of 100,000 characters
    # costs a few lines' work, not the wrapping of all of it.
    enough = max_lines + 1 if max_lines else 0
    for paragraph in text.splitlines() or [""]:
        current = ""
        for token in _tokens(paragraph):
            if enough and len(lines) >= enough:
                break
            candidate = current + token
            if text_width(candidate.rstrip(), size, bold) <= max_width:
                current = candidate
                continue
            if current:
                lines.append(current.rstrip())
            word, pos = token.rstrip(), 0
            while len(word) - pos > 1:
                if enough and len(lines) >= enough:
                    break
                cut = _cut_point(word, pos, size, max_width, bold)
                if cut is None:
                    break  # the rest fits on a line
                while cut > 1 and _extends("", word[pos + cut]):
                    cut -= 1  # not before a mark, joiner, variation selector or skin tone
                lines.append(word[pos : pos + cut])
                pos += cut
            token = token[pos:]
            current = token
        if enough and len(lines) >= enough:
            break
        lines.append(current.rstrip())
    if max_lines and len(lines) > max_lines:
        kept = lines[:max_lines]
        last = kept[-1]
        while last and text_width(last + "…", size, bold) > max_width:
            last = last[:-1]
        kept[-1] = last.rstrip() + "…"
        lines = kept
    return tuple(lines)
