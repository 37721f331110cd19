"""The wording checker (core.wording) and ``check-wording``: the corpus of forbidden and allowed
insert-card phrasings in five languages, each warning rule, offsets into the seller's own text
(leetspeak and spaced letters included), the QR link check and the command's exit codes."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from seller_desktop.cli import main
from seller_desktop.core.wording import (
    LANGUAGES,
    RULES,
    check_url,
    check_wording,
    rules_de,
    rules_en,
    rules_es,
    rules_fr,
    rules_it,
)
from seller_desktop.core.wording.normalize import fold

ROOT = Path(__file__).resolve().parent.parent
CORPUS = json.loads((ROOT / "tests/fixtures/wording/corpus.json").read_text(encoding="utf-8"))
ITEMS = CORPUS["items"]
ERRORS = {rule for rule, r in RULES.items() if r.severity == "error"}


def _id(item: dict) -> str:
    return f"{item['lang']}-{item['expect']}-{item['text'][:40]}"


def test_the_corpus_is_big_enough_in_every_language():
    assert CORPUS["origin"]
    for lang in LANGUAGES:
        mine = [i for i in ITEMS if i["lang"] == lang]
        assert sum(i["expect"] == "error" for i in mine) >= 10, lang
        assert sum(i["expect"] == "ok" for i in mine) >= 10, lang
    assert sum(i["expect"] == "error" for i in ITEMS) >= 50
    assert sum(i["expect"] == "ok" for i in ITEMS) >= 50
    assert {i["rule"] for i in ITEMS if i["expect"] == "error"} == ERRORS


@pytest.mark.parametrize("with_lang", [True, False], ids=["lang given", "no lang"])
@pytest.mark.parametrize("item", ITEMS, ids=_id)
def test_corpus(item, with_lang):
    text = item["text"]
    findings = check_wording(text, item["lang"] if with_lang else None)
    errors = [f for f in findings if f.severity == "error"]
    shown = [(f.rule, text[f.start : f.end]) for f in findings]
    if item["expect"] == "error":
        assert any(f.rule == item["rule"] for f in errors), shown
    else:
        assert errors == [], shown


@pytest.mark.parametrize("table", [rules_en, rules_de, rules_fr, rules_es, rules_it])
def test_every_suggestion_is_itself_allowed_wording(table):
    assert set(table.SUGGESTIONS) == set(RULES)
    for suggestion in table.SUGGESTIONS.values():
        assert check_wording(suggestion, table.LANG) == [], suggestion
        assert check_wording(suggestion) == [], suggestion


def test_a_finding_covers_the_offending_words_and_carries_its_rule():
    text = "Thank you!\nPlease leave us a 5-star review on Amazon."
    (found,) = check_wording(text, "en")
    assert (found.rule, found.severity) == ("positive_review", "error")
    assert text[found.start : found.end] == "5-star review"
    assert "honest review" in found.suggestion
    assert found.policy == RULES["positive_review"].policy
    assert "sellercentral" in found.policy
    assert found.title == "Asks for a positive or 5-star review"


def test_the_suggestion_is_in_the_language_of_the_offending_words():
    (found,) = [f for f in check_wording("Wenn Sie zufrieden sind, bewerten Sie uns bitte.")]
    assert found.rule == "review_gating"
    assert found.suggestion == rules_de.SUGGESTIONS["review_gating"]


def test_leetspeak_spacing_and_stretched_letters_map_back_to_the_sellers_characters():
    text = "Pleeease leave a g00d r3v13w!!"
    (found,) = check_wording(text)
    assert text[found.start : found.end] == "g00d r3v13w"
    text = "Give us ★ ★ ★ ★ ★ and a   p o s i t i v e   r e v i e w"
    spans = {text[f.start : f.end] for f in check_wording(text, "en")}
    assert "Give us ★ ★ ★ ★ ★" in spans
    assert "p o s i t i v e   r e v i e w" in spans


def test_folding_keeps_a_map_to_every_original_character():
    text = "Wow ⭐️⭐️⭐️⭐️⭐️, R-E-V-I-E-W, STRASSE, 5/5"
    folded = fold(text)
    assert folded.text == "wow fivestar, review, strase, fivestar"
    start = folded.text.index("review")
    assert text[slice(*folded.original(start, start + len("review")))] == "R-E-V-I-E-W"
    assert len(folded.spans) == len(folded.text)


@pytest.mark.parametrize(
    "text",
    [
        "We never offer anything for reviews.",
        "We don't ask for 5-star reviews, only honest ones.",
        "Wir bieten keine Gegenleistung für Bewertungen.",
    ],
)
def test_a_negation_takes_back_the_request(text):
    assert [f for f in check_wording(text) if f.severity == "error"] == []


def test_dont_forget_is_still_a_request():
    (found,) = check_wording("Don't forget to leave us a 5-star review!", "en")
    assert found.rule == "positive_review"


@pytest.mark.parametrize(
    "lang, text, rule, words",
    [
        (
            "en",
            "Get 15% off your next order on our website!",
            "own_shop_discount",
            "15% off your next order on our website",
        ),
        (
            "de",
            "10 % Rabatt in unserem Onlineshop mit dem Code DANKE10",
            "own_shop_discount",
            "10 % Rabatt in unserem Onlineshop",
        ),
        ("en", "Order directly from us and save.", "order_direct", "Order directly from us"),
        (
            "fr",
            "Commandez directement chez nous !",
            "order_direct",
            "Commandez directement chez nous",
        ),
        ("en", "Join our newsletter for news and tips.", "email_capture", "newsletter"),
        ("es", "Suscríbete a nuestro boletín", "email_capture", "boletín"),
        ("en", "Send us your e-mail address for updates.", "email_capture", "Send us your e-mail"),
        ("it", "Visita il nostro sito: www.miobrand.it", "outside_link", "www.miobrand.it"),
        ("en", "Write to hello@mybrand.com", "outside_link", "hello@mybrand.com"),
        (
            "en",
            "Manuals: https://mybrand.com/manuals.",
            "outside_link",
            "https://mybrand.com/manuals",
        ),
        ("en", "More at mybrand.shop", "outside_link", "mybrand.shop"),
    ],
)
def test_warnings(lang, text, rule, words):
    findings = check_wording(text, lang)
    assert all(f.severity == "warning" for f in findings), findings
    assert words in [text[f.start : f.end] for f in findings if f.rule == rule]


@pytest.mark.parametrize(
    "text",
    [
        "Care instructions: amazon.de/dp/B000000000",
        "See www.amazon.co.uk/shops/ourbrand",
        "https://www.amazon.com.mx/dp/B0 and amazon.com.br and amazon.com.au",
        "amazon.co.jp, amazon.com.tr, amazon.sa, amazon.ae, amazon.eg, amazon.in, amazon.sg",
        "amazon.nl amazon.se amazon.pl amazon.com.be",
        "https://amzn.to/3abcd or amzn.eu/d/xyz or https://a.co/d/abc",
        "Questions? Use Amazon's messages; we answer within a day.",
    ],
)
def test_amazon_links_are_not_warned(text):
    assert check_wording(text) == []


def test_check_url_reuses_the_campaign_links_rule():
    assert check_url("https://www.amazon.de/dp/B000") is None
    assert check_url("https://amzn.eu/d/abc") is None
    found = check_url("https://mybrand.com/register?code={code}", "de")
    assert found is not None
    assert (found.rule, found.severity, found.start) == ("outside_link", "warning", 0)
    assert found.end == len("https://mybrand.com/register?code={code}")
    assert found.suggestion == rules_de.SUGGESTIONS["outside_link"]


def test_rule_ids_titles_and_policies():
    assert set(RULES) == ERRORS | {
        "own_shop_discount",
        "order_direct",
        "email_capture",
        "outside_link",
    }
    assert ERRORS == {"positive_review", "review_incentive", "review_steering", "review_gating"}
    for rule in RULES.values():
        assert rule.title and "https://" in rule.policy


def _run(argv: list[str], capsys, monkeypatch, stdin: bytes | None = None) -> tuple[int, str, str]:
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_exit_codes(tmp_path, capsys, monkeypatch):
    clean = tmp_path / "clean.txt"
    clean.write_text("Thank you for your order!\nPlease leave an honest review.", encoding="utf-8")
    assert _run(["check-wording", str(clean)], capsys, monkeypatch)[0] == 0
    warned = tmp_path / "warned.txt"
    warned.write_text("Join our newsletter at mybrand.com", encoding="utf-8")
    code, out, _ = _run(["check-wording", str(warned)], capsys, monkeypatch)
    assert code == 0 and "email_capture" in out and "outside_link" in out
    bad = tmp_path / "bad.txt"
    bad.write_text("Leave a 5★ review, get a gift card!", encoding="utf-8")
    code, out, _ = _run(["check-wording", str(bad), "--lang", "en"], capsys, monkeypatch)
    assert code == 1 and "positive_review" in out
    code, _, err = _run(["check-wording", str(tmp_path / "missing.txt")], capsys, monkeypatch)
    assert code == 2 and "missing.txt does not exist" in err
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Prüfen Sie".encode("latin-1"))
    code, _, err = _run(["check-wording", str(latin)], capsys, monkeypatch)
    assert code == 2 and "not UTF-8 text" in err and "Save" in err


def test_cli_json_from_stdin(capsys, monkeypatch):
    text = "Bitte geben Sie uns 5 Sterne! Mehr auf meinshop.de"
    code, out, _ = _run(["check-wording", "-", "--json"], capsys, monkeypatch, text.encode())
    assert code == 1
    rows = json.loads(out)
    assert {r["rule"] for r in rows} == {"positive_review", "outside_link"}
    for row in rows:
        assert set(row) == {"rule", "severity", "start", "end", "suggestion", "text", "policy"}
        assert text[row["start"] : row["end"]] == row["text"]


def test_cli_needs_no_store_and_reads_a_pipe(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("SELLER_DESKTOP_")}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    result = subprocess.run(
        [sys.executable, "-m", "seller_desktop.cli", "--data-dir", str(tmp_path / "none")]
        + ["check-wording", "-", "--json"],
        input="Se sei soddisfatto, lasciaci una recensione.",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 1, result.stderr
    assert json.loads(result.stdout)[0]["rule"] == "review_gating"
    assert not (tmp_path / "none").exists()
