"""The rule engine: which campaigns an order's products earn.

Its inputs are the order's items (SKU and ASIN only, as ``ItemFacts``), the order's marketplace and
the date — by its signature it cannot see a buyer, an address or anything else about a person, and
so a campaign can never be aimed at one.

Rules of one campaign: its product rules (SKUs, SKU patterns such as ``MUG-*``, ASINs) pick the
products, any one matching; its marketplace rules, if any, narrow that to orders of those
marketplaces. A campaign with marketplaces but no product rules covers every product there.
Each product goes to the active, valid campaign of highest priority that covers it (ties: the
older campaign); an order gets one card per campaign however many of its products earned it, and
the default card (if the seller has one) when any of its products no campaign covers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from fnmatch import fnmatchcase
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from seller_desktop.core.campaigns.model import Campaign
    from seller_desktop.core.orders.model import OrderItem


@dataclass(frozen=True)
class ItemFacts:
    """All the rule engine knows of an ordered product."""

    sku: str
    asin: str | None = None


@dataclass(frozen=True)
class Earned:
    """A card an order earned: the campaign and the (first) SKU that earned it."""

    campaign: Campaign
    sku: str


def item_facts(items: Iterable[OrderItem]) -> tuple[ItemFacts, ...]:
    return tuple(ItemFacts(i.sku, i.asin) for i in items)


def is_pattern(value: str) -> bool:
    return any(ch in value for ch in "*?[")


def covers(campaign: Campaign, item: ItemFacts, marketplace: str) -> bool:
    """Whether the campaign's rules pick this product in this marketplace (dates not checked)."""
    if campaign.marketplaces and marketplace.upper() not in campaign.marketplaces:
        return False
    if not (campaign.skus or campaign.asins):
        return bool(campaign.marketplaces)
    sku = item.sku.casefold()
    for rule in campaign.skus:
        rule = rule.casefold()
        if fnmatchcase(sku, rule) if is_pattern(rule) else sku == rule:
            return True
    return bool(item.asin and item.asin.upper() in campaign.asins)


def in_force(campaign: Campaign, today: date) -> bool:
    """Active and within its valid-from/until dates (both inclusive)."""
    if not campaign.active:
        return False
    if campaign.valid_from and today < date.fromisoformat(campaign.valid_from):
        return False
    return not (campaign.valid_until and today > date.fromisoformat(campaign.valid_until))


def match_campaigns(
    items: Sequence[ItemFacts], marketplace: str, today: date, campaigns: Sequence[Campaign]
) -> list[Earned]:
    """The cards these products earn, highest priority first (then in item order)."""
    ranked = sorted(
        (c for c in campaigns if not c.is_default and in_force(c, today)),
        key=lambda c: (-c.priority, c.id or 0),
    )
    earned: dict[int | None, Earned] = {}
    uncovered = False
    for item in items:
        winner = next((c for c in ranked if covers(c, item, marketplace)), None)
        if winner is None:
            uncovered = True
        elif winner.id not in earned:
            earned[winner.id] = Earned(winner, item.sku)
    cards = sorted(earned.values(), key=lambda e: (-e.campaign.priority, e.campaign.id or 0))
    if uncovered:
        default = next((c for c in campaigns if c.is_default and in_force(c, today)), None)
        if default is not None:
            first = next(i.sku for i in items if not any(covers(c, i, marketplace) for c in ranked))
            cards.append(Earned(default, first))
    return cards
