"""Putting a right-to-left line in visual order so that it prints right *and* reads back right.

ReportLab draws characters left to right as given, so a line with Hebrew or Arabic is drawn in the
visual order the Unicode bidi algorithm gives (``python-bidi``). That prints correctly, but a
program reading the text back (copy and paste, search, ``pdftotext``) has to turn visual order
into logical order again, and readers do that with simpler rules than the bidi algorithm. Poppler,
behind most Linux viewers and ``pdftotext``, decides once per page whether the page runs
right-to-left (more Hebrew/Arabic letters than Latin ones) and then splits each line into
"right-to-left" and "left-to-right" sections, where neutral characters (spaces, commas) join
whichever section they touch first. So "شارع الشيخ زايد، برج ٣" printed correctly came back as
"…زايد ،برج ٣": the comma and the space around the number landed in the number's section.

Invisible direction marks fix that without changing a single pixel: a right-to-left mark (RLM,
bidi class R) after a number or Latin run ends the reader's left-to-right section where the bidi
algorithm ends it, and a left-to-right mark (LRM) after a right-to-left run does the same on a
left-to-right page. A mark is kept only where the printed glyphs stay exactly what they were
without it, and the marks of a line only if the line then reads back (``reader_order``, poppler's
rules, checked against pdftotext in the tests) with no more characters out of place than before.
They are drawn with DejaVu, whose marks are empty (Noto Sans Arabic draws a symbol for them).

What no mark can fix (and we do not try): on a page that reads left to right, poppler emits a
line's sections from left to right, so a right-to-left line with a number in it ("רחוב הרצל 12",
printed with the 12 at the left, as it must be) comes back with the number first. Every word
still comes back exact.

Lines built from several fields (postal code and city, see ``core.addresses``) are
isolated field by field (U+2068…U+2069 around each field) and take the page's direction, as a
template does: "6100000 תל אביב" keeps the postal code first on a German slip and reads back in
that order.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bidi import get_display

RLM = "\u200f"
LRM = "\u200e"
FIRST_STRONG_ISOLATE = "\u2068"
POP_ISOLATE = "\u2069"
_ISOLATES = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069"))
_MARKS = dict.fromkeys(map(ord, RLM + LRM))
_STRONG_RTL = ("R", "AL")
#: Classes poppler reads as "left to right or number" (its sections stop at them): strong L,
#: digits, and the separators and terminators that go with numbers. Checked character by
#: character against pdftotext 22.12; the one difference, no-break spaces, is handled in _kind.
_LEFT_OR_NUMBER = ("L", "EN", "ES", "ET", "AN", "CS")


def _kind(ch: str) -> str:
    """ "R" (right to left), "N" (left to right or number) or " " (neutral), as poppler sees it."""
    cls = unicodedata.bidirectional(ch)
    if cls in _STRONG_RTL:
        return "R"
    return "N" if cls in _LEFT_OR_NUMBER and not ch.isspace() else " "


def reader_order(visual: str, page_rtl: bool) -> str:
    """The text a simple bidi reader gets back from a line drawn in ``visual`` order: poppler's
    (xpdf's) rules. A left-to-right page is read in sections from the left, a right-to-left
    page from the right; right-to-left sections are reversed."""
    kinds = [_kind(ch) for ch in visual]
    out: list[str] = []
    if not page_rtl:
        i = 0
        while i < len(visual):
            j = i
            while j < len(visual) and kinds[j] != "R":
                j += 1
            out.append(visual[i:j])
            i = j
            while j < len(visual) and kinds[j] != "N":
                j += 1
            out.append(visual[i:j][::-1])
            i = j
    else:
        i = len(visual) - 1
        while i >= 0:
            j = i
            while j >= 0 and kinds[j] != "N":
                j -= 1
            out.append(visual[j + 1 : i + 1][::-1])
            i = j
            while j >= 0 and kinds[j] != "R":
                j -= 1
            out.append(visual[j + 1 : i + 1])
            i = j
    return "".join(out)


def _first_strong_outside_isolates(text: str) -> bool | None:
    """True for right-to-left, False for left-to-right, None if every strong letter is inside an
    isolate (a line made only of fields)."""
    depth = 0
    for ch in text:
        if ch in "\u2066\u2067\u2068":
            depth += 1
        elif ch == POP_ISOLATE:
            depth = max(0, depth - 1)
        elif depth == 0:
            cls = unicodedata.bidirectional(ch)
            if cls in _STRONG_RTL:
                return True
            if cls == "L":
                return False
    return None


def _display(text: str, rtl: bool) -> str:
    return get_display(text, base_dir="R" if rtl else "L").translate(_ISOLATES)


def _misread(visual: str, logical: str, page_rtl: bool) -> int:
    """How many characters a reader puts in the wrong place."""
    read = reader_order(visual, page_rtl).translate(_MARKS)
    return sum(a != b for a, b in zip(read, logical, strict=True))


def _with_marks(text: str, rtl: bool, page_rtl: bool) -> str:
    """Marks where the bidi algorithm ends a run and the reader would not (see the module
    docstring); each kept only if the printed glyphs stay exactly the same."""
    if FIRST_STRONG_ISOLATE in text:
        return _fields_with_marks(text, rtl, page_rtl)
    shown = _display(text, rtl)
    mark = RLM if rtl else LRM
    if rtl == page_rtl:
        # A right-to-left page: after a number or Latin run, before anything but Hebrew/Arabic.
        # A left-to-right page: after a Hebrew/Arabic run, before a neutral character.
        marked: list[str] = []
        for i, ch in enumerate(text):
            marked.append(ch)
            if i + 1 == len(text):
                break
            this, following = _kind(ch), _kind(text[i + 1])
            wanted = (
                (
                    this == "N"
                    and following != "R"
                    and (
                        following == " "
                        or unicodedata.bidirectional(ch) != unicodedata.bidirectional(text[i + 1])
                    )
                )
                if rtl
                else (this == "R" and following == " ")
            )
            if (
                wanted
                and _display("".join(marked) + mark + text[i + 1 :], rtl).translate(_MARKS) == shown
            ):
                marked.append(mark)
        return "".join(marked)
    if text and _kind(text[-1]) == " " and _display(text + mark, rtl).translate(_MARKS) == shown:
        # A line against the page's direction ending in a neutral character (a full stop): the
        # reader would put that character at the other end; a closing mark of the line's own
        # direction keeps it there.
        return text + mark
    return text


def _fields_with_marks(text: str, rtl: bool, page_rtl: bool) -> str:
    """Each isolated field marked as a line of its own, and a mark of the line's direction after
    a field that runs the other way, so that the reader's section ends with the field."""
    parts: list[str] = []
    # re.split with a group puts the matched fields at the odd indices. Telling them apart by
    # their first character instead took text the buyer typed that starts with an isolate but has
    # no closing one ("\u2068" + "0") for a field and dropped its last character.
    pieces = re.split(f"({FIRST_STRONG_ISOLATE}[^{POP_ISOLATE}]*{POP_ISOLATE})", text)
    for n, part in enumerate(pieces):
        if n % 2 == 0:
            parts.append(part)
            continue
        field = part[1:-1]
        field_rtl = bool(_first_strong_outside_isolates(field))  # no letters: left to right
        parts.append(FIRST_STRONG_ISOLATE + _with_marks(field, field_rtl, page_rtl) + POP_ISOLATE)
        if field_rtl != rtl:
            parts.append(RLM if rtl else LRM)
    return "".join(parts)


@lru_cache(maxsize=8192)
def visual_order(text: str, page_rtl: bool = False) -> tuple[str, bool]:
    """The line in visual order with the direction marks described above, and whether the line
    runs right to left. ``text`` is in logical order, Arabic already shaped."""
    base = _first_strong_outside_isolates(text)
    rtl = page_rtl if base is None else base
    shown = _display(text, rtl)
    marked = _display(_with_marks(text, rtl, page_rtl), rtl)
    logical = text.translate(_ISOLATES).translate(_MARKS)
    # Marks never move a glyph; keep them only where the line then reads back better.
    if _misread(marked, logical, page_rtl) <= _misread(shown, logical, page_rtl):
        return marked, rtl
    return shown, rtl
