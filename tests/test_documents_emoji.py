"""Emoji in names and gift messages: drawn with the bundled Noto Emoji, never as a box.

What a reader gets back is checked (pdftotext, pdffonts), and that every drawn character comes
from a font whose cmap has it, so nothing maps to .notdef.
"""

from __future__ import annotations

import subprocess
import sys
import unicodedata

from documents_helpers import (
    add_order,
    check_contains,
    fonts_embedded,
    need,
    order_id,
    pdftotext,
    write_pdf,
)

from seller_desktop.core.documents import packing_slips_pdf
from seller_desktop.core.documents.fonts import BODY, EMOJI, has_glyph, register_fonts
from seller_desktop.core.documents.text import prepare, wrap
from seller_desktop.core.orders.model import ContactDetails

register_fonts()

NAME = "Zoë 🌻 O'Brien"
GIFT = "Alles Gute! 🎉🎁 ❤️ 😀"
VS16 = "\ufe0f"


def _drawn(text: str, bold: bool = False) -> str:
    return "".join(run.text for run in prepare(text, bold).runs)


def _check_every_glyph_real(text: str, bold: bool = False) -> None:
    for run in prepare(text, bold).runs:
        missing = [f"U+{ord(ch):04X}" for ch in run.text if not has_glyph(run.font, ord(ch))]
        assert not missing, (run.font, missing)


def test_slip_with_emoji_gives_back_every_visible_character(store, tmp_path):
    contact = ContactDetails(
        recipient_name=NAME,
        ship_address_1="Hauptstraße 1",
        ship_city="Berlin",
        ship_postal_code="10115",
        gift_message=GIFT,
    )
    add_order(store, 1, marketplace="DE", contact=contact, is_gift=True)
    path = write_pdf(tmp_path, packing_slips_pdf(store, [order_id(1)]))

    text = pdftotext(path).replace(VS16, "")
    check_contains(text, NAME, "recipient name with emoji")
    check_contains(text, GIFT.replace(VS16, ""), "gift message with emoji")
    # A character drawn as .notdef would come back as U+0000 (ReportLab's code 0), not as itself.
    assert "\x00" not in text

    fonts = fonts_embedded(path)
    assert all(embedded for _, embedded in fonts), [name for name, e in fonts if not e]
    assert any("NotoEmoji" in name for name, _ in fonts)
    assert not any("Helvetica" in name for name, _ in fonts)

    for value, bold in ((NAME, True), (GIFT, False)):
        _check_every_glyph_real(value, bold)
        # nothing visible left out: only the variation selector may be missing from the drawing
        assert _drawn(value, bold).replace(VS16, "") == value.replace(VS16, "")

    need("pdftoppm")
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", str(path), str(tmp_path / "page")],
        check=True,
    )
    assert (tmp_path / "page-1.png").stat().st_size > 0


def test_emoji_go_to_the_emoji_font_and_text_stays_with_dejavu():
    runs = prepare("Zoë 🌻 O'Brien").runs
    assert [(r.font, r.text) for r in runs] == [(BODY, "Zoë "), (EMOJI, "🌻"), (BODY, " O'Brien")]
    # 😀 is in DejaVu too, but emoji blocks take the emoji font: one design per line
    assert [r.font for r in prepare("😀").runs] == [EMOJI]
    # ❤ alone is DejaVu's text heart; with U+FE0F (emoji presentation) it is the emoji heart
    assert [r.font for r in prepare("❤").runs] == [BODY]
    assert [r.font for r in prepare("❤️").runs] == [EMOJI]
    # Noto Emoji's space is as wide as an emoji: spaces between emoji are DejaVu's
    assert all(" " not in r.text for r in prepare("🎉 🎁 ❤️ 😀").runs if r.font == EMOJI)
    for text in ("🎁", "❤️", "😀", "🥰🩷🫶", "👨‍👩‍👧", "🇩🇪", "Grüße 🎉", "שלום ❤️ דוד"):
        _check_every_glyph_real(text)
        _check_every_glyph_real(text, bold=True)


def test_only_invisible_formatting_characters_are_left_out():
    # ZWJ and the variation selectors are kept where a font has them (zero-width, empty glyphs)...
    assert _drawn("👨‍👩‍👧") == "👨‍👩‍👧"
    assert _drawn("☺︎ ❤️") == "☺︎ ❤️"
    # ...and dropped only where no font of ours has them (here a variation selector supplement).
    assert _drawn("a\U000e0101b") == "ab"
    # A skin tone after an emoji cannot recolour a monochrome glyph: the emoji is drawn alone.
    assert _drawn("👍🏽 Danke 👋🏿") == "👍 Danke 👋"
    # On its own the modifier is a visible character and is drawn.
    assert _drawn("🏽") == "🏽"
    # Visible characters no font has still show (as the primary font's box), never vanish.
    assert _drawn("\U00013000") == "\U00013000"
    for text in ("👍🏽", "a\U000e0101b", "\u200d"):
        _check_every_glyph_real(text)


def test_wrapping_keeps_emoji_sequences_whole():
    family = "👨‍👩‍👧"
    text = f"{family}{family}{family} 👍🏽👍🏽👍🏽👍🏽"
    # 45 pt holds one family (three emoji at 1.27 em) but not two: no break inside one.
    # 25 pt holds not even one, which is then cut after a joiner, never before one.
    for max_width in (45, 25):
        lines = wrap(text, 10, max_width)
        assert len(lines) > 3
        for line in lines:
            assert not line.startswith(("\u200d", VS16, "🏽"))
        assert "".join(lines).replace(" ", "") == f"{family * 3}{'👍🏽' * 4}"
    assert wrap(text, 10, 45)[:3] == (family, family, family)


def test_astral_characters_get_a_utf16_to_unicode_entry():
    from reportlab.pdfbase import ttfonts

    cmap = ttfonts.makeToUnicodeCMap("X", [0, 0x41, 0x1F33B, 0x2764])
    assert "<01> <0041>" in cmap and "<03> <2764>" in cmap
    assert "<02> <D83CDF3B>" in cmap  # UTF-16BE surrogate pair, not "<1F33B>"


def test_emoji_font_is_loaded_only_when_a_text_needs_it():
    script = (
        "from seller_desktop.core.documents import fonts, text\n"
        "fonts.register_fonts()\n"
        "text.prepare('Jürgen Groß, Hauptstraße 1')\n"
        "assert fonts.EMOJI not in fonts._registered\n"
        "text.prepare('Alles Gute! 🎉')\n"
        "assert fonts.EMOJI in fonts._registered\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True)


def test_visible_text_survives_nfc_and_fe0f_only_differs():
    for value in (NAME, GIFT, "🎁", "❤️", "😀"):
        drawn = _drawn(value)
        assert unicodedata.normalize("NFC", value).replace(VS16, "") == drawn.replace(VS16, "")
