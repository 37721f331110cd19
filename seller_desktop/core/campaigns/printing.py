"""The cards a print run draws: for each order, the campaigns its products earn, with their codes.

Orders are read with ``get_order`` (ids, marketplace, items) — contact details are never loaded
here. Two ways to get them:

- ``cards_for_orders`` chooses and binds the codes in one transaction, just before drawing: what
  the CLI writes is what the store remembers.
- ``plan_cards`` only chooses them (it writes nothing), for the GUI's preview; ``bind_cards`` then
  binds exactly the codes the preview showed, when the seller prints or saves it. A preview that
  is closed, or an app that dies while it is open, has used up no code.

A parcel gets at most ``Settings.cards_per_parcel`` cards (default 1): those of the campaigns of
highest priority (``match_campaigns``' order), the default card last. Each card is in the language
of the order's marketplace when its campaign has text in it, in the campaign's own otherwise.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP
from seller_desktop.core.campaigns.codes import bind_codes, choose_codes
from seller_desktop.core.campaigns.model import Campaign, list_campaigns
from seller_desktop.core.campaigns.rules import item_facts, match_campaigns
from seller_desktop.core.campaigns.urls import with_code
from seller_desktop.core.orders.marketplaces import MARKETPLACES
from seller_desktop.core.orders.repository import get_order
from seller_desktop.core.settings import load_settings

if TYPE_CHECKING:
    from seller_desktop.core.store.store import Store


@dataclass(frozen=True)
class Card:
    """One card to draw. It names an order id and a marketplace (for the card's language), never a
        person. ``campaign`` is the campaign as this card prints it: in the marketplace's language if
        it has text in it (``Campaign.in_language``). ``language`` is the card's language: that text's,
    or the marketplace's when the campaign's text is in no particular language."""

    order_id: str
    marketplace: str
    campaign: Campaign
    sku: str
    code: str | None = None
    language: str = field(init=False)

    def __post_init__(self) -> None:
        market = MARKETPLACES.get(self.marketplace.upper())
        buyer = market.language if market else "en"
        campaign = self.campaign.in_language(buyer)
        object.__setattr__(self, "campaign", campaign)
        object.__setattr__(
            self, "language", campaign.language or _language_of_text(campaign, buyer)
        )

    @property
    def qr_data(self) -> str | None:
        """What the QR code encodes: the campaign's link with this card's own code."""
        url = self.campaign.qr_url
        return with_code(url, self.code) if url else None


#: Marketplace languages written in Latin script.
_LATIN = frozenset({"en", "es", "pt", "de", "fr", "it", "nl", "sv", "pl", "tr"})


def _language_of_text(campaign: Campaign, buyer: str) -> str:
    """The card's language when the campaign does not say (campaigns made before languages
    were recorded): judged from the script of its text, so an English card is never mirrored
    for an Arabic buyer nor given Japanese labels. No text at all (the default card): the
    buyer's. Latin text for a buyer whose language is written in Latin script: the buyer's (it
    cannot be told apart); for any other buyer, English."""
    text = f"{campaign.headline}{campaign.body}{campaign.back_text}"
    if not text.strip():
        return buyer
    if any("\u0590" <= ch <= "\u08ff" or "\ufb1d" <= ch <= "\ufeff" for ch in text):
        return buyer if buyer == "ar" else "ar"
    if any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in text):
        return "ja"
    return buyer if buyer in _LATIN else "en"


#: order id → the cards it earns, in print order (orders earning none map to []).
CardsByOrder = Mapping[str, Sequence[Card]]


def plan_cards(store: Store, order_ids: Sequence[str]) -> dict[str, list[Card]]:
    """order id → its cards, in the given order, each with the code it would print; binds nothing.

    A reprint shows the order's own code; a first print the campaign's next free codes (the same
    ones again until some are bound). BadInput for an unknown order id; ``OutOfCodes`` if a
    campaign's list is too short.
    """
    campaigns = list_campaigns(store)
    cap = load_settings(store).cards_per_parcel
    today = store.clock.now().date()
    earned: dict[str, tuple[str, list]] = {}
    for order_id in order_ids:
        order = get_order(store, order_id)
        if order is None:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "SellerError", "There is no order {order_id} in the store. Nothing was printed."
                ),
                order_id=order_id,
            )
        earned[order_id] = (
            order.marketplace,
            match_campaigns(item_facts(order.items), order.marketplace, today, campaigns)[:cap],
        )
    codes = choose_codes(
        store, [(oid, e.sku, e.campaign) for oid, (_, found) in earned.items() for e in found]
    )
    return {
        oid: [Card(oid, market, e.campaign, e.sku, codes.get((oid, e.campaign.id))) for e in found]
        for oid, (market, found) in earned.items()
    }


def bind_cards(store: Store, cards: CardsByOrder) -> int:
    """Bind the codes these planned cards show (one transaction); returns how many were new.

    ``CodesChanged`` (nothing bound) if one of them went to another order since it was planned.
    """
    return bind_codes(
        store,
        [
            (card.order_id, card.sku, card.campaign.id, card.code)
            for found in cards.values()
            for card in found
            if card.code is not None and card.campaign.id is not None
        ],
    )


def cards_for_orders(store: Store, order_ids: Sequence[str]) -> dict[str, list[Card]]:
    """``plan_cards`` and ``bind_cards`` in one transaction: for drawing that goes straight out.

    ``OutOfCodes`` (nothing bound) if a campaign's list is too short.
    """
    with store.transaction():
        cards = plan_cards(store, order_ids)
        bind_cards(store, cards)
    return cards
