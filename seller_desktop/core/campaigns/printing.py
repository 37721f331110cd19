"""The cards a print run draws: for each order, the campaigns its products earn, codes bound.

Orders are read with ``get_order`` (ids, marketplace, items) — contact details are never loaded
here. The codes are bound in the same call, just before drawing, so what is printed is what the
store remembers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Sequence

from ..errors import BadInput
from ..orders import get_order
from .codes import take_codes
from .model import Campaign, list_campaigns
from .rules import item_facts, match_campaigns
from .urls import with_code

if TYPE_CHECKING:
    from ..store.store import Store


@dataclass(frozen=True)
class Card:
    """One card to draw. It names an order id and a marketplace (for the card's language), never a
    person."""

    order_id: str
    marketplace: str
    campaign: Campaign
    sku: str
    code: str | None = None

    @property
    def qr_data(self) -> str | None:
        """What the QR code encodes: the campaign's link with this card's own code."""
        url = self.campaign.qr_url
        return with_code(url, self.code) if url else None


def cards_for_orders(store: Store, order_ids: Sequence[str]) -> dict[str, list[Card]]:
    """order id → its cards, in the given order (orders earning none map to []).

    Binds codes (``take_codes``): call it when the cards are really drawn for printing. BadInput
    for an unknown order id; ``OutOfCodes`` if a campaign's list is too short (nothing bound).
    """
    campaigns = list_campaigns(store)
    today = store.clock.now().date()
    earned: dict[str, tuple[str, list]] = {}
    for order_id in order_ids:
        order = get_order(store, order_id)
        if order is None:
            raise BadInput(f"There is no order {order_id} in the store. Nothing was printed.")
        earned[order_id] = (order.marketplace, match_campaigns(item_facts(order.items),
                                                               order.marketplace, today, campaigns))
    codes = take_codes(store, [(oid, e.sku, e.campaign) for oid, (_, found) in earned.items()
                               for e in found])
    return {oid: [Card(oid, market, e.campaign, e.sku, codes.get((oid, e.campaign.id)))
                  for e in found]
            for oid, (market, found) in earned.items()}
