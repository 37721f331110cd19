"""The text as the rules read it, with a way back to the seller's own characters.

Sellers write the same words many ways: capitals, accents or none, leetspeak ("r3v1ew"), spaced
letters ("r e v i e w"), stretched letters ("pleeease"), and five stars as "★★★★★", "5*", "5/5",
"five stars" or "fünf Sterne". ``fold`` turns all of these into one plain form so that one rule
matches them all: lower case, accents stripped, whitespace (line breaks too) one space, leet
letters read as letters, spaced letters joined, runs of one letter made one ("good" and "goood"
both read "god": the rules are folded the same way), and every way of writing five stars the one
word ``fivestar``. Each folded character remembers the span of original characters it came from,
so a match in the folded text maps back to exactly the words the seller typed.

A leet "1" may stand for "i" or "l": it folds to "ı" (dotless i), which the compiled rules accept
for both (``patterns.py``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

#: The word every way of writing five stars folds to.
STAR_TOKEN = "fivestar"
LEET_I = "ı"

_STAR_GLYPHS = frozenset("★☆⭐🌟✩✪✫✬✭✮✯✰✡⋆")
_DROPPED = frozenset("\ufe0f\ufe0e\u200b\u200c\u200d\u00ad")
_QUOTES = {"\u2019": "'", "\u2018": "'", "\u00b4": "'", "`": "'"}
_DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2212")
_LEET = {"0": "o", "1": LEET_I, "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
_LEET_MIDDLE_ONLY = {"!": LEET_I, "|": "l"}
_LEET_RUN = re.compile(r"[\w@$!|]+")
_SPACED = re.compile(r"(?<!\w)[^\W\d_](?:[ .\-_·][^\W\d_]){3,}(?!\w)")
_SPACED_GAP = re.compile(r"[ .\-_·]")
_REPEATS = re.compile(r"([^\W\d_])\1+")
_STAR_NUMBER = r"(?:5(?:[.,]0)?|five|funf|fuenf|cinq|cinco|cinque)"
_STAR_WORD = r"(?:\*+|★+|stars?|sterne?n?|sternchen|etoiles?|estrelas?|estrelitas|stele|stela)"
_STARS = re.compile(
    rf"(?<!\w){_STAR_NUMBER} ?-? ?{_STAR_WORD}(?!\w)"
    r"|★(?: ?★){2,}"
    r"|(?<![\w/])(?:5 ?/ ?5|10 ?/ ?10|5 ?(?:out of|of|von|sur|de|su) ?5)(?![\w/])"
    rf"(?: ?{_STAR_WORD}(?!\w))?"
)


@dataclass(frozen=True)
class Folded:
    """The folded text and, per folded character, the original ``(start, end)`` it came from."""

    text: str
    spans: tuple[tuple[int, int], ...]

    def original(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the folded ``text[start:end]`` (end > start)."""
        return self.spans[start][0], self.spans[end - 1][1]


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    """One character lower-cased and without accents ("É" → "e", "ß" → "ss", "ﬁ" → "fi")."""
    if char in _STAR_GLYPHS:
        return "★"
    if char in _DROPPED:
        return ""
    if char in _QUOTES:
        return "'"
    if char in _DASHES:
        return "-"
    if char.isspace():
        return " "
    decomposed = unicodedata.normalize("NFKD", char.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


Chars = list[tuple[str, int, int]]


def _first_pass(text: str) -> Chars:
    out: Chars = []
    for index, char in enumerate(text):
        for folded in _fold_char(char):
            if folded == " " and out and out[-1][0] == " ":
                out[-1] = (" ", out[-1][1], index + 1)  # one space covers the whole run
            else:
                out.append((folded, index, index + 1))
    return out


def _between_letters(word: str, i: int) -> bool:
    """A leet character with a letter or a leet digit on both sides ("r3v13w", not "w!!")."""
    if word[i] not in _LEET and word[i] not in _LEET_MIDDLE_ONLY:
        return False
    return all(n.isalpha() or n in _LEET for n in (word[i - 1], word[i + 1]))


def _leet(chars: Chars) -> Chars:
    """Leet letters inside a word become letters when the word has one between other letters
    ("r3v13w", "g00d"); "5star", "10%" and "b4" stay as they are."""
    text = "".join(c for c, _, _ in chars)
    out = list(chars)
    for run in _LEET_RUN.finditer(text):
        word = run.group()
        if not any(c.isalpha() for c in word):
            continue
        inside = [i for i in range(1, len(word) - 1) if _between_letters(word, i)]
        if not inside:
            continue
        for i, c in enumerate(word):
            letter = _LEET.get(c) or (_LEET_MIDDLE_ONLY.get(c) if i in inside else None)
            if letter:
                _, start, end = chars[run.start() + i]
                out[run.start() + i] = (letter, start, end)
    return out


def _substitute(chars: Chars, pattern: re.Pattern[str], replace: Callable[[str], str]) -> Chars:
    """``pattern``'s matches replaced by ``replace(match)``; the new characters span the match."""
    text = "".join(c for c, _, _ in chars)
    out: Chars = []
    last = 0
    for match in pattern.finditer(text):
        out.extend(chars[last : match.start()])
        start, end = chars[match.start()][1], chars[match.end() - 1][2]
        out.extend((c, start, end) for c in replace(match.group()))
        last = match.end()
    out.extend(chars[last:])
    return out


def _join_spaced(chars: Chars) -> Chars:
    """ "r e v i e w" → "review", each letter keeping its own place; a wider gap between the
    letters ("p o s i t i v e   r e v i e w") stays, as the space between two words."""
    text = "".join(c for c, _, _ in chars)
    keep = [True] * len(chars)
    for match in _SPACED.finditer(text):
        for gap in _SPACED_GAP.finditer(match.group()):
            at = match.start() + gap.start()
            _, start, end = chars[at]
            keep[at] = gap.group() == " " and end - start > 1
    return [c for c, kept in zip(chars, keep) if kept]


def _single_letters(chars: Chars) -> Chars:
    """A run of one letter becomes one letter, spanning the run ("pleeease" → "please")."""
    out: Chars = []
    for char in chars:
        if out and char[0] == out[-1][0] and char[0].isalpha():
            out[-1] = (char[0], out[-1][1], char[2])
        else:
            out.append(char)
    return out


def fold(text: str) -> Folded:
    """``text`` as the rules read it (module docstring)."""
    chars = _first_pass(text)
    chars = _leet(chars)
    chars = _join_spaced(chars)
    chars = _single_letters(chars)
    chars = _substitute(chars, _STARS, lambda _: STAR_TOKEN)
    return Folded("".join(c for c, _, _ in chars), tuple((s, e) for _, s, e in chars))


def fold_words(words: str) -> str:
    """Plain words folded as a text is (used for the rules' own literals)."""
    return fold(words).text
