"""Our bundled TrueType fonts, registered with ReportLab once per process, and which one draws what.

ReportLab embeds TrueType outlines as subsets; a canvas created with one of ours as
``initialFontName`` leaves no unembedded standard font (Helvetica) in the PDF.

No single open TrueType font covers every script our buyers write in, so text is drawn with a
fallback chain (see ``text.py``): DejaVu Sans for Latin, Greek, Cyrillic and Hebrew; Noto Sans
Arabic; Droid Sans Fallback for Japanese and Chinese; NanumGothic for Korean (Droid has no Hangul).
The big CJK fonts (4-5 MB each) are parsed only when a text first needs them, so a run of German
slips never pays for them.
"""

from __future__ import annotations

import threading
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ...resources import resource_path

BODY = "SD-Sans"
BOLD = "SD-Sans-Bold"
ARABIC = "SD-Arabic"
ARABIC_BOLD = "SD-Arabic-Bold"
CJK = "SD-CJK"
KOREAN = "SD-Korean"

_FILES = {
    BODY: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
    ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
    # No bold cuts of these two are bundled (4+ MB each); bold CJK text uses the regular weight.
    CJK: "DroidSansFallbackFull.ttf",
    KOREAN: "NanumGothic.ttf",
}

#: The order in which fonts are asked for a character, for regular and for bold text.
CHAIN: dict[bool, tuple[str, ...]] = {
    False: (BODY, ARABIC, CJK, KOREAN),
    True: (BOLD, ARABIC_BOLD, CJK, KOREAN),
}
#: Arabic letters go to Noto first: DejaVu has some Arabic glyphs, but not all the presentation
#: forms the shaper produces, and mixing two designs inside one word looks broken.
ARABIC_CHAIN: dict[bool, tuple[str, ...]] = {
    False: (ARABIC, BODY, CJK, KOREAN),
    True: (ARABIC_BOLD, BOLD, CJK, KOREAN),
}

_lock = threading.Lock()
_registered: set[str] = set()


@lru_cache(maxsize=None)
def register_fonts() -> tuple[str, ...]:
    """Register the two DejaVu faces every document starts with (cheap: about 20 ms)."""
    for name in (BODY, BOLD):
        ensure_font(name)
    return (BODY, BOLD)


def ensure_font(name: str) -> str:
    """Register one of our fonts if this process has not yet; returns its ReportLab name."""
    if name in _registered:
        return name
    with _lock:  # the GUI renders on a worker thread; two threads must not register twice
        if name not in _registered:
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", _FILES[name]))))
            _registered.add(name)
    return name


@lru_cache(maxsize=None)
def coverage(name: str) -> frozenset[int]:
    """The code points the font maps to a real glyph (its cmap, read by ReportLab's parser)."""
    face = pdfmetrics.getFont(ensure_font(name)).face
    return frozenset(cp for cp, glyph in face.charToGlyph.items() if glyph)


def has_glyph(name: str, codepoint: int) -> bool:
    return codepoint in coverage(name)


def all_font_names() -> tuple[str, ...]:
    return tuple(_FILES)
