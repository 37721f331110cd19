"""Per-character font fallback, right-to-left preparation, wrapping, labels."""

from __future__ import annotations

import unicodedata

from seller_desktop.core.documents.fonts import ARABIC, BODY, BOLD, CJK, KOREAN, register_fonts
from seller_desktop.core.documents.labels import Labels, labels_for_marketplace
from seller_desktop.core.documents.text import prepare, text_width, wrap

register_fonts()


def _fonts(text: str, bold: bool = False) -> list[str]:
    return [run.font for run in prepare(text, bold).runs]


def test_each_script_goes_to_a_font_that_has_it():
    assert _fonts("Zażółć gęślą jaźń Ελληνικά Русский שלום") == [BODY]
    assert _fonts("Grüße", bold=True) == [BOLD]
    assert _fonts("محمد") == [ARABIC]
    assert _fonts("山田 太郎") == [CJK]
    assert _fonts("김민수") == [KOREAN]
    assert _fonts("千代田1-1") == [CJK, BODY]
    # every character of every run is drawn by a font that has it: no missing-glyph boxes
    from seller_desktop.core.documents.fonts import has_glyph

    for text in ("Jürgen Groß", "Şükrü İstanbul", "ｶﾌﾞｼｷｶﾞｲｼｬ", "תל אביב", "دبي ٣", "서울 강남구"):
        for run in prepare(text).runs:
            assert all(has_glyph(run.font, ord(ch)) for ch in run.text)


def test_right_to_left_lines_are_shaped_and_reversed():
    hebrew = prepare("שלום עולם")
    assert hebrew.rtl and "".join(r.text for r in hebrew.runs) == "םלוע םולש"
    arabic = prepare("محمد العلي")
    drawn = "".join(r.text for r in arabic.runs)
    assert arabic.rtl and all(0xFE70 <= ord(ch) <= 0xFEFF or ch == " " for ch in drawn)
    # the presentation forms, read back in logical order, are the input again
    assert unicodedata.normalize("NFKC", drawn[::-1]) == "محمد العلي"
    assert not prepare("Order 028-1234567").rtl


def test_width_scales_with_size_and_wrap_keeps_every_character():
    assert abs(text_width("Packing slip", 20) - 2 * text_width("Packing slip", 10)) < 1e-6
    text = "Kaffeebecher Blau 350 ml spülmaschinenfest Donaudampfschifffahrtsgesellschaft"
    lines = wrap(text, 10, 90)
    assert all(text_width(line, 10) <= 90 for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    japanese = wrap("千代田区千代田一丁目一番一号ハイツ青山", 10, 50)
    assert len(japanese) > 1 and "".join(japanese) == "千代田区千代田一丁目一番一号ハイツ青山"
    assert wrap("a b c d e f g h", 10, 20, max_lines=2)[-1].endswith("…")


def test_labels_per_language_with_english_fallback():
    assert labels_for_marketplace("DE")["packing_slip"] == "Lieferschein"
    assert labels_for_marketplace("JP").page(2, 3) == "2 / 3 ページ"
    assert labels_for_marketplace("BR")["bin"] == "Bin"  # pt lacks it: English for that key
    assert labels_for_marketplace("XX")["ship_to"] == "Ship to"
    assert Labels("de").date("2026-11-25T09:30:00Z") == "25.11.2026"
    assert Labels("en").page(2, 2) == "Page 2 of 2"
