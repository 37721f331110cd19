"""The card's text options of ``campaign-add`` and ``campaign-edit``: ``--headline``, ``--body``,
``--back`` for the campaign's own text (in ``--language``), and ``--headline-LANG``,
``--body-LANG``, ``--back-LANG`` for its text in each language a card can be printed in — made
from ``CARD_LANGUAGES``, so a language added there gets its flags here."""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the campaigns package loads only for a campaign command (CLI start-up)
    from seller_desktop.core.campaigns.model import Campaign

#: (the flag's word, the field of ``Campaign`` / ``CampaignText`` it sets)
TEXT_FIELDS = (("headline", "headline"), ("body", "body"), ("back", "back_text"))


def add_text_arguments(parser: argparse.ArgumentParser, editing: bool) -> None:
    """The text options; when ``editing``, one left out keeps what the campaign has."""
    from seller_desktop.core.campaigns.texts import CARD_LANGUAGES

    keep = " (left out: unchanged)" if editing else ""
    group = parser.add_argument_group(
        "card text",
        "The campaign's own text is --headline, --body and --back, written in --language. For a "
        "buyer whose marketplace language is LANG, the card prints --headline-LANG, --body-LANG "
        "and --back-LANG instead, if given; otherwise the campaign's own text, with the labels "
        '("Your code", "Order") in --language. LANG is one of: '
        + ", ".join(CARD_LANGUAGES)
        + '. An empty value ("") removes a text'
        + keep
        + ".",
    )
    blank = None if editing else ""
    group.add_argument("--headline", default=blank, metavar="H")
    group.add_argument("--body", default=blank, metavar="TEXT")
    group.add_argument("--back", default=blank, metavar="TEXT", help="text of the card's back side")
    group.add_argument(
        "--language",
        choices=CARD_LANGUAGES,
        default=None,
        help="the language of --headline, --body and --back (left out"
        + (": unchanged" if editing else ": none in particular, the buyer's labels")
        + ")",
    )
    for language in CARD_LANGUAGES:
        for word, field in TEXT_FIELDS:
            group.add_argument(
                f"--{word}-{language}",
                dest=f"{field}_{language}",
                default=None,
                metavar="TEXT",
                help=argparse.SUPPRESS,  # all 3 × languages described once, above
            )


def with_texts(campaign: Campaign, args: argparse.Namespace) -> Campaign:
    """The campaign with the text options applied: its own text, its language, and its text per
    language (a flag in the campaign's own language sets its own text)."""
    from seller_desktop.core.campaigns.texts import CARD_LANGUAGES, CampaignText, text_in

    own = {field: getattr(args, word) for word, field in TEXT_FIELDS}
    campaign = replace(
        campaign,
        language=args.language or campaign.language,
        **{field: value for field, value in own.items() if value is not None},
    )
    texts = list(campaign.texts)
    for language in CARD_LANGUAGES:
        given = {
            field: value
            for _, field in TEXT_FIELDS
            if (value := getattr(args, f"{field}_{language}")) is not None
        }
        if not given:
            continue
        if language == campaign.language:
            campaign = replace(campaign, **given)
            continue
        old = text_in(texts, language)
        if old is not None:
            texts.remove(old)
        texts.append(replace(old or CampaignText(language), **given))
    return replace(campaign, texts=tuple(texts))
