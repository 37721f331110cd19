"""The blind corpus (``tests/fixtures/wording/blind_corpus.json``): 55 card texts, 33 forbidden
and 22 allowed, in five languages, written by a session that had not seen the checker's rules
and run against it once the checker was done.

That first run scored 50 of 55: every allowed text passed (no false error), 5 forbidden ones were
missed — a review that "enters you into our monthly giveaway" (no connecting word), "instead of
writing a bad reveiw" (a typo), "Chaque avis vous fait participer à notre tirage au sort",
"Ci aiuti con 5★?" and "Partecipa all'estrazione mensile: basta lasciare una recensione". The
rules were then widened for those kinds of phrasing in every language (a review that itself
earns the prize, the typos of "review", "help us with five stars", "all it takes is a review"),
not for the sentences themselves; the main corpus still passes in full. This test keeps both.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from seller_desktop.core.wording.checker import check_wording

CORPUS = json.loads(
    (Path(__file__).parent / "fixtures/wording/blind_corpus.json").read_text(encoding="utf-8")
)
ITEMS = CORPUS["items"]


def test_the_blind_corpus_is_a_fifth_of_the_whole_and_balanced() -> None:
    main = json.loads(
        (Path(__file__).parent / "fixtures/wording/corpus.json").read_text(encoding="utf-8")
    )
    assert len(ITEMS) * 5 >= len(ITEMS) + len(main["items"])
    for lang in ("en", "de", "fr", "es", "it"):
        kinds = [i["expect"] for i in ITEMS if i["lang"] == lang]
        assert kinds.count("error") >= 3 and kinds.count("ok") >= 3


@pytest.mark.parametrize("given", [True, False], ids=["language given", "language detected"])
@pytest.mark.parametrize("item", ITEMS, ids=[f"{i['lang']}-{n}" for n, i in enumerate(ITEMS)])
def test_blind_item(item: dict, given: bool) -> None:
    found = check_wording(item["text"], item["lang"] if given else None)
    errors = [f for f in found if f.severity == "error"]
    if item["expect"] == "error":
        assert errors, f"missed: {item['text']!r}"
    else:
        assert not errors, f"false error {[f.rule for f in errors]}: {item['text']!r}"
