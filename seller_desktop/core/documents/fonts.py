"""Our bundled TrueType fonts, registered with ReportLab once per process, and which one draws what.

ReportLab embeds TrueType outlines as subsets; a canvas created with one of ours as
``initialFontName`` leaves no unembedded standard font (Helvetica) in the PDF.

No single open TrueType font covers every script our buyers write in, so text is drawn with a
fallback chain (see ``text.py``): DejaVu Sans for Latin, Greek, Cyrillic and Hebrew; Noto Sans
Arabic; Droid Sans Fallback for Japanese and Chinese; NanumGothic for Korean (Droid has no Hangul);
last, Noto Emoji (monochrome, static regular instance) for the emoji buyers put in names and gift
messages. The big CJK fonts (4-5 MB each) and the emoji font are parsed only when a text first needs
them, so a run of German slips never pays for them.

ReportLab 5.1 writes a subset's ToUnicode CMap with ``<%04X>``, which is wrong for characters
beyond U+FFFF (every emoji but a few): a PDF reader then extracts "🌻" (U+1F33B) as "ἳ" (U+1F33).
``_fix_astral_to_unicode`` rewrites just those entries as UTF-16 surrogate pairs, as the PDF
specification asks, so copying text or ``pdftotext`` gives back the emoji the buyer typed.
"""

from __future__ import annotations

import re
import threading
from functools import cache

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from seller_desktop.resources import resource_path

BODY = "SD-Sans"
BOLD = "SD-Sans-Bold"
ARABIC = "SD-Arabic"
ARABIC_BOLD = "SD-Arabic-Bold"
CJK = "SD-CJK"
KOREAN = "SD-Korean"
EMOJI = "SD-Emoji"

_FILES = {
    BODY: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
    ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
    # No bold cuts of these two are bundled (4+ MB each); bold CJK text uses the regular weight.
    CJK: "DroidSansFallbackFull.ttf",
    KOREAN: "NanumGothic.ttf",
    # Monochrome Noto Emoji, the static wght=400 instance (ReportLab cannot embed a variable font);
    # no bold: bold emoji use this one, like bold CJK text.
    EMOJI: "NotoEmoji-Regular.ttf",
}

#: The order in which fonts are asked for a character, for regular and for bold text.
CHAIN: dict[bool, tuple[str, ...]] = {
    False: (BODY, ARABIC, CJK, KOREAN, EMOJI),
    True: (BOLD, ARABIC_BOLD, CJK, KOREAN, EMOJI),
}
#: Arabic letters go to Noto first: DejaVu has some Arabic glyphs, but not all the presentation
#: forms the shaper produces, and mixing two designs inside one word looks broken.
ARABIC_CHAIN: dict[bool, tuple[str, ...]] = {
    False: (ARABIC, BODY, CJK, KOREAN, EMOJI),
    True: (ARABIC_BOLD, BOLD, CJK, KOREAN, EMOJI),
}

_lock = threading.Lock()
_registered: set[str] = set()

#: A ToUnicode entry whose target has 5 or 6 hex digits: a code point beyond U+FFFF written as is.
_ASTRAL_ENTRY = re.compile(r"^(<[0-9A-F]{2}>) <([0-9A-F]{5,6})>$", re.MULTILINE)


def _utf16_hex(match: re.Match[str]) -> str:
    return f"{match.group(1)} <{chr(int(match.group(2), 16)).encode('utf-16-be').hex().upper()}>"


def _fix_astral_to_unicode() -> None:
    """Wrap ReportLab's ToUnicode CMap writer so characters beyond U+FFFF extract correctly.

    Only the malformed entries change; when ReportLab writes them correctly itself the pattern
    matches nothing and this does nothing.
    """
    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "_sd_astral_fix", False):
        return

    def make_to_unicode_cmap(fontname, subset):
        cmap = original(fontname, subset)
        if any(code > 0xFFFF for code in subset):
            cmap = _ASTRAL_ENTRY.sub(_utf16_hex, cmap)
        return cmap

    make_to_unicode_cmap._sd_astral_fix = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap


_fix_astral_to_unicode()


@cache
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


@cache
def coverage(name: str) -> frozenset[int]:
    """The code points the font maps to a real glyph (its cmap, read by ReportLab's parser)."""
    face = pdfmetrics.getFont(ensure_font(name)).face
    return frozenset(cp for cp, glyph in face.charToGlyph.items() if glyph)


def has_glyph(name: str, codepoint: int) -> bool:
    return codepoint in coverage(name)


def all_font_names() -> tuple[str, ...]:
    return tuple(_FILES)
