"""How a language's rule table becomes compiled patterns, and the checks made around a match.

A rule is written as a template over the folded text (``normalize.py``): plain lower-case words
without accents, ``<name>`` for a word list of the language's table or for one of the shared
pieces below, and regular expressions between them. Compiling does to the template's letters
what folding did to the text — a run of one letter becomes one ("feedback" reads "fedback") and
"i" and "l" also accept the leet "ı" — so a rule is written the way a person spells the words.

Shared pieces:

- ``<_>``: the space or punctuation between two neighbouring words (never a sentence's end);
- ``<gN>``: up to N further words in between, in the same sentence;
- ``<pN>``: the same, but none of them a negation ("if you are happy", not "if you are not happy");
- ``<neg>``: a negation, in any of the five languages.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

_SEP = r"[^\w.!?¿¡]+"
NEGATIONS = (
    r"(?:not|never|no|don't|dont|t|n't|nicht|nie|niemals|kein\w*|ne|n|pas|jamais|nunca|non|mai"
    r"|ni|ohne|sans|sin|senza|without|nothing|nichts|rien|nada|niente|nessun\w*|aucun\w*"
    r"|ningun\w*)"
)
_SHARED = {
    "_": _SEP,
    "neg": rf"\b{NEGATIONS}\b",
}
_GAP = re.compile(r"<([gp])(\d+)>")
_NAME = re.compile(r"<(\w+)>")
#: "Don't forget", "n'hésitez pas": a negation that asks rather than refuses.
_ASKING_NEGATION = (
    r"(?:\b(?:don't|dont|do not|please do not|n'|ne|no|non|nicht)\W*)?"
    r"\b(?:forget|hesitate|miss|vergess\w*|vergiss|zoger\w*|oubli\w*|hesit\w*|olvid\w*|dud\w*"
    r"|dimentic\w*|esit\w*|scordar\w*)\b(?:(?:\W+\w+)?\W+(?:pas|nicht)\b)?"
)


def _gap(kind: str, count: str) -> str:
    word = r"\w+" if kind == "g" else rf"(?!{NEGATIONS}\b)\w+"
    return rf"(?:{_SEP}{word}){{0,{count}}}?{_SEP}"


def _expand(template: str, words: Mapping[str, str]) -> str:
    """``<name>`` replaced by its regular expression (word lists may use shared pieces)."""
    text = _GAP.sub(lambda m: _gap(m.group(1), m.group(2)), template)
    for _ in range(5):
        expanded = _NAME.sub(lambda m: _piece(m.group(1), words), text)
        expanded = _GAP.sub(lambda m: _gap(m.group(1), m.group(2)), expanded)
        if expanded == text:
            return text
        text = expanded
    raise ValueError(f"word lists refer to each other in a loop: {template}")


def _piece(name: str, words: Mapping[str, str]) -> str:
    if name in _SHARED:
        return _SHARED[name]
    return f"(?:{words[name]})"


def _letters(pattern: str) -> str:
    """The template's letters folded like the text: doubles made single, i and l also ı."""
    out: list[str] = []
    in_class = False
    previous = ""
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            previous = ""
            continue
        i += 1
        if in_class:
            in_class = char != "]"
            out.append(char + "ı" if char in "il" else char)
            continue
        if char == "[":
            in_class = True
        if char.isalpha() and char == previous:
            continue  # "ll" → "l", as folding did to the text
        previous = char if char.isalpha() else ""
        out.append(f"[{char}ı]" if char in "il" else char)
    return "".join(out)


def compile_template(template: str, words: Mapping[str, str]) -> re.Pattern[str]:
    return re.compile(_letters(_expand(template, words)))


_NEGATION = re.compile(_letters(rf"\b{NEGATIONS}\b"))
_ASKING = re.compile(_letters(_ASKING_NEGATION))
_CLAUSE_END = re.compile(r"[.!?¿¡,;:]")


@dataclass(frozen=True)
class Pattern:
    """One compiled way of breaking ``rule`` in one language."""

    rule: str
    lang: str
    regex: re.Pattern[str]
    #: A negation in the same clause just before the match (or inside it) cancels it:
    #: "we never offer anything for reviews".
    negatable: bool
    #: A match followed by this is no finding ("positive or negative").
    not_after: re.Pattern[str] | None
    #: A match preceded by this is no finding ("negative or positive").
    not_before: re.Pattern[str] | None

    def vetoed(self, text: str, start: int, end: int) -> bool:
        if self.not_after is not None and self.not_after.match(text, end):
            return True
        before = text[max(0, start - 40) : start]
        if self.not_before is not None and self.not_before.search(before):
            return True
        return self.negatable and negated(before, text[start:end])


def negated(before: str, matched: str) -> bool:
    """A negation in the clause before the match or inside it, not counting "don't forget"."""
    clause = _CLAUSE_END.split(before)[-1]
    words = clause.split()[-4:] if clause.split() else []
    window = " ".join(words) + " " + matched
    return _NEGATION.search(_ASKING.sub(" ", window)) is not None


#: Rules a negation cancels: "we never ask for 5-star reviews", "no gifts for reviews".
NEGATABLE = frozenset({"positive_review", "review_incentive"})
_BAD = (
    r"(?:bad|negative|critical|neutral|negati\w*|schlecht\w*|kritisch\w*|mauvais\w*|mal[oa]?"
    r"|cattiv\w*|critic\w*|neutr\w*)"
)
_AND_OR = r"(?:or|and|oder|und|ou|et|o|y|e|/)"
#: "positive or negative", "good or bad": both kinds asked for is an honest request.
NOT_AFTER = {"positive_review": rf"(?:<_>)?{_AND_OR}(?:<_>)?{_BAD}"}
NOT_BEFORE = {"positive_review": rf"{_BAD}(?:<_>)?{_AND_OR}(?:<_>)?$"}


def compile_table(
    lang: str, words: Mapping[str, str], table: list[tuple[str, str]]
) -> tuple[Pattern, ...]:
    """A language's ``(rule, template)`` table compiled, with the rule's vetoes."""
    after = {r: compile_template(t, words) for r, t in NOT_AFTER.items()}
    before = {r: compile_template(t, words) for r, t in NOT_BEFORE.items()}
    return tuple(
        Pattern(
            rule,
            lang,
            compile_template(template, words),
            rule in NEGATABLE,
            after.get(rule),
            before.get(rule),
        )
        for rule, template in table
    )
