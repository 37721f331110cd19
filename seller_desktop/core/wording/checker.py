"""``check_wording``: every rule of the five languages run over a card's text, on each keystroke.

Everything is compiled at import; a check folds the text once (``normalize.fold``) and runs each
compiled pattern over it. Without a language all five languages' rules run, since cards mix
languages and the rules are specific enough not to fire on each other's words; the suggestion is
then in the language of the rule that matched (for links: the language the text seems to be in).
"""

from __future__ import annotations

import re
from types import ModuleType

from seller_desktop.core.wording import rules_de, rules_en, rules_es, rules_fr, rules_it
from seller_desktop.core.wording.findings import Finding, finding
from seller_desktop.core.wording.links import check_url as _check_url
from seller_desktop.core.wording.links import link_findings
from seller_desktop.core.wording.normalize import Folded, fold

_TABLES: dict[str, ModuleType] = {
    m.LANG: m for m in (rules_en, rules_de, rules_fr, rules_es, rules_it)
}
LANGUAGES = tuple(_TABLES)

_STOP_WORDS = {
    "en": "the and you your we our for please thank with to is it this of",
    "de": "und der die das sie ihr ihre wir uns bitte danke fur mit ist nicht ein eine",
    "fr": "le la les et vous votre nous pour merci avec est une des du",
    "es": "el los las y usted su nuestro nuestra gracias para con es una por que del",
    "it": "il lo gli e di che per grazie con una sono nostro nostra tuo vostro del",
}
_WORD = re.compile(r"\w+")
_EDGES = " \t\r\n,;:-\u2013\u2014"


def guess_language(folded: str) -> str:
    """The language whose common words the text holds most of (English on a tie)."""
    words = _WORD.findall(folded)
    counts = {
        lang: sum(1 for w in words if w in stop.split()) for lang, stop in _STOP_WORDS.items()
    }
    return max(LANGUAGES, key=lambda lang: counts[lang])


def _language(lang: str | None) -> str | None:
    code = (lang or "").strip().lower()[:2]
    return code if code in _TABLES else None


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGES:
        start += 1
    while end > start and text[end - 1] in _EDGES:
        end -= 1
    return start, end


def _rule_findings(text: str, folded: Folded, langs: tuple[str, ...]) -> list[Finding]:
    found = []
    for lang in langs:
        table = _TABLES[lang]
        for pattern in table.PATTERNS:
            for match in pattern.regex.finditer(folded.text):
                if match.end() <= match.start():
                    continue
                if pattern.vetoed(folded.text, match.start(), match.end()):
                    continue
                start, end = _trimmed(text, *folded.original(match.start(), match.end()))
                if end > start:
                    found.append(finding(pattern.rule, start, end, table.SUGGESTIONS[pattern.rule]))
    return found


def _merged(findings: list[Finding]) -> list[Finding]:
    """One finding per rule and passage: a later match of the same rule that overlaps a kept one
    (the same words in another language's table, a longer phrasing) is dropped."""
    kept: list[Finding] = []
    for f in findings:
        if not any(k.rule == f.rule and k.start < f.end and f.start < k.end for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: (f.start, f.end, f.rule))


def check_wording(text: str, lang: str | None = None) -> list[Finding]:
    """Every passage of ``text`` that breaks Amazon's rules for what a seller sends a buyer
    (errors) or that Amazon may read as diverting buyers (warnings), by position in ``text``.

    ``lang`` (en, de, fr, es, it) checks with that language's rules and words the suggestions in
    it; without it (or for another language) all five languages' rules run."""
    folded = fold(text)
    chosen = _language(lang)
    first = chosen or guess_language(folded.text)
    langs = (chosen,) if chosen else (first, *(x for x in LANGUAGES if x != first))
    findings = _rule_findings(text, folded, langs)
    findings += link_findings(text, _TABLES[first].SUGGESTIONS["outside_link"])
    return _merged(findings)


def check_url(url: str, lang: str | None = None) -> Finding | None:
    """The ``outside_link`` warning for a campaign's QR target when it does not go to Amazon."""
    return _check_url(url, _TABLES[_language(lang) or "en"].SUGGESTIONS["outside_link"])
