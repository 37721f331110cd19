"""The wording checker (``core.wording``) applied to campaigns: every text a card can print — the
headline, body and back in each of its languages — and its QR link, as the editor shows them and
before a print run.

Printing cards whose text breaks Amazon's review rules (an *error* finding) needs the seller's
explicit override with a reason, which the print log keeps (``print_log.wording_override``);
warnings (diverting buyers off Amazon) never stop a print. The check is run on the cards a run
would print, in the language each prints in, so a clean English text does not hide a German one
that asks for five stars.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP
from seller_desktop.core.campaigns.model import Campaign
from seller_desktop.core.campaigns.printing import CardsByOrder
from seller_desktop.core.wording.checker import check_url, check_wording
from seller_desktop.core.wording.findings import Finding

#: The card fields that carry text, in the order the editor shows them.
TEXT_FIELDS = ("headline", "body", "back_text")


@dataclass(frozen=True)
class FieldFinding:
    """A finding in one field of one language version of a campaign."""

    campaign: str
    #: "headline", "body", "back_text" or "qr_url".
    field: str
    #: The language of that text (None: the campaign's text in no particular language).
    language: str | None
    #: The field's whole text; ``finding.start``/``end`` index into it.
    text: str
    finding: Finding

    @property
    def words(self) -> str:
        return self.text[self.finding.start : self.finding.end]

    @property
    def is_error(self) -> bool:
        return self.finding.severity == "error"


class WordingBlocked(BadInput):
    """A print run's cards have wording errors and no override was given."""

    def __init__(self, findings: list[FieldFinding]) -> None:
        first = findings[0]
        super().__init__(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "The card text of campaign {campaign} breaks Amazon's rules on reviews "
                "(“{words}”, {count} finding(s) in all). Nothing was printed. Change the "
                "wording in the campaign's card, or print anyway with an override and your "
                "reason (CLI: --override-wording REASON), which the print log keeps.",
            ),
            campaign=first.campaign,
            words=first.words,
            count=len(findings),
        )
        self.findings = findings


def check_campaign(campaign: Campaign) -> list[FieldFinding]:
    """Every finding in every language version of the campaign's card, and in its QR link."""
    versions: list[tuple[str | None, str, str, str]] = [
        (campaign.language, campaign.headline, campaign.body, campaign.back_text)
    ]
    versions += [(t.language, t.headline, t.body, t.back_text) for t in campaign.texts]
    found = [
        item
        for language, *texts in versions
        for field, text in zip(TEXT_FIELDS, texts)
        for item in _check_text(campaign.name, field, language, text)
    ]
    if campaign.qr_url:
        link = check_url(campaign.qr_url)
        if link is not None:
            found.append(FieldFinding(campaign.name, "qr_url", None, campaign.qr_url, link))
    return found


def card_findings(cards: CardsByOrder) -> list[FieldFinding]:
    """The findings of the texts these cards print (each campaign and language checked once)."""
    seen: set[tuple[int | None, str, str]] = set()
    found: list[FieldFinding] = []
    for order_cards in cards.values():
        for card in order_cards:
            key = (card.campaign.id, card.campaign.name, card.language)
            if key in seen:
                continue
            seen.add(key)
            printed = card.campaign
            for field in TEXT_FIELDS:
                text = getattr(printed, field)
                found += _check_text(printed.name, field, card.language, text)
            if printed.qr_url:
                link = check_url(printed.qr_url)
                if link is not None:
                    found.append(FieldFinding(printed.name, "qr_url", None, printed.qr_url, link))
    return found


def errors_of(findings: Iterable[FieldFinding]) -> list[FieldFinding]:
    return [f for f in findings if f.is_error]


def gate(cards: CardsByOrder, override: str | None) -> list[FieldFinding]:
    """The errors in the cards a run prints; ``WordingBlocked`` when there are some and no
    override reason was given (an empty or blank reason is none)."""
    errors = errors_of(card_findings(cards))
    if errors and not (override or "").strip():
        raise WordingBlocked(errors)
    return errors


def _check_text(campaign: str, field: str, language: str | None, text: str) -> list[FieldFinding]:
    if not text.strip():
        return []
    return [
        FieldFinding(campaign, field, language, text, finding)
        for finding in check_wording(text)  # every language: a card may mix them
    ]
