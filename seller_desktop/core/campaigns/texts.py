"""A campaign's card text in further languages, and which text a card in a language prints.

A campaign has its own text (headline, body, back) in its own ``language``, and may have the
same three in other languages (``CampaignText``, schema 12's ``campaign_texts``). An order's card
is in the language of its marketplace when the campaign has text in it, and in the campaign's own
language otherwise: one card, one language — its labels and reading direction follow the text, so
a Japanese buyer's English card has English labels and an Arabic buyer's English card is not
mirrored. A campaign whose own ``language`` is None (text in no particular language, and every
campaign written before schema 12) gives its fallback card the buyer's labels, as cards had before.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP
from seller_desktop.core.orders.marketplaces import MARKETPLACES

if TYPE_CHECKING:
    from seller_desktop.core.store.connection import OwnedConnection
    from seller_desktop.core.store.store import Store

#: The languages a card can be printed in: those of Amazon's marketplaces, in the order of
#: ``MARKETPLACES`` (en, es, pt, de, fr, it, nl, sv, pl, tr, ar, ja). The CLI's ``--headline-LANG``
#: flags and the editor's language choice are made from this list.
CARD_LANGUAGES: tuple[str, ...] = tuple(dict.fromkeys(m.language for m in MARKETPLACES.values()))

MAX_HEADLINE = 120
MAX_BODY = 1000
MAX_BACK = 600


@dataclass(frozen=True)
class CampaignText:
    """The card's words in one language other than the campaign's own."""

    language: str
    headline: str = ""
    body: str = ""
    back_text: str = ""

    @property
    def empty(self) -> bool:
        return not (self.headline or self.body or self.back_text)


def text_in(texts: Sequence[CampaignText], language: str) -> CampaignText | None:
    return next((t for t in texts if t.language == language), None)


def check_language(name: str, language: str) -> None:
    if language not in CARD_LANGUAGES:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "{name}: cards cannot be printed in {language!r}; use one of {codes}.",
            ),
            name=name,
            language=language,
            codes=", ".join(CARD_LANGUAGES),
        )


def validated_texts(
    name: str, language: str | None, texts: tuple[CampaignText, ...]
) -> tuple[CampaignText, ...]:
    """The texts in other languages, trimmed and checked; an empty one is dropped (removed)."""
    if language is not None:
        check_language(name, language)
    kept: dict[str, CampaignText] = {}
    for t in texts:
        t = CampaignText(
            t.language.strip().lower(), t.headline.strip(), t.body.strip(), t.back_text.strip()
        )
        check_language(name, t.language)
        if t.language == language:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "SellerError",
                    "{name}: the campaign's own text is in {language} already; edit it rather "
                    "than adding a second {language} text.",
                ),
                name=name,
                language=language,
            )
        if t.language in kept:
            raise BadInput(
                QT_TRANSLATE_NOOP("SellerError", "{name}: two texts in {language}; keep one."),
                name=name,
                language=t.language,
            )
        check_lengths(f"{name} ({t.language})", t.headline, t.body, t.back_text)
        if not t.empty:
            kept[t.language] = t
    return tuple(kept[lang] for lang in CARD_LANGUAGES if lang in kept)


def check_lengths(name: str, headline: str, body: str, back: str) -> None:
    """One whole sentence per field, so a translation can give each field its own article."""
    for value, too_long, limit in (
        (
            headline,
            QT_TRANSLATE_NOOP(
                "SellerError", "{name}: the headline can have at most {limit} characters."
            ),
            MAX_HEADLINE,
        ),
        (
            body,
            QT_TRANSLATE_NOOP(
                "SellerError", "{name}: the text can have at most {limit} characters."
            ),
            MAX_BODY,
        ),
        (
            back,
            QT_TRANSLATE_NOOP(
                "SellerError", "{name}: the back-side text can have at most {limit} characters."
            ),
            MAX_BACK,
        ),
    ):
        if len(value) > limit:
            raise BadInput(too_long, name=name, limit=limit)


def save_texts(conn: OwnedConnection, campaign_id: int, texts: Iterable[CampaignText]) -> None:
    """Replace the campaign's texts in other languages (inside the caller's transaction)."""
    conn.execute("DELETE FROM campaign_texts WHERE campaign_id = ?", (campaign_id,))
    conn.executemany(
        "INSERT INTO campaign_texts (campaign_id, language, headline, body, back_text) "
        "VALUES (?, ?, ?, ?, ?)",
        [(campaign_id, t.language, t.headline, t.body, t.back_text) for t in texts],
    )


def load_texts(store: Store, campaign_ids: Sequence[int]) -> dict[int, tuple[CampaignText, ...]]:
    """campaign id → its texts in other languages, in the order of ``CARD_LANGUAGES``."""
    found: dict[int, list[CampaignText]] = {}
    marks = ", ".join("?" * len(campaign_ids))
    for campaign_id, language, headline, body, back in store.conn.execute(
        "SELECT campaign_id, language, headline, body, back_text FROM campaign_texts "
        f"WHERE campaign_id IN ({marks})",
        list(campaign_ids),
    ):
        found.setdefault(campaign_id, []).append(CampaignText(language, headline, body, back))
    rank = {language: i for i, language in enumerate(CARD_LANGUAGES)}
    return {
        cid: tuple(sorted(texts, key=lambda t: rank.get(t.language, len(rank))))
        for cid, texts in found.items()
    }
