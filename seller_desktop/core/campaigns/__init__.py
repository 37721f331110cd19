"""Campaigns: offer rules, unique codes and the cards orders earn (no Qt, no buyer data).

The API the GUI and the CLI call:

- ``add_campaign`` / ``save_campaign`` / ``list_campaigns`` / ``get_campaign`` / ``find_campaign``
  (``model.py``): campaigns with their card design and product rules.
- ``match_campaigns(items, marketplace, today, campaigns)`` (``rules.py``): the rule engine. It is
  given the order's items (SKU, ASIN), its marketplace and the date — nothing about the buyer.
- ``add_generated_codes`` / ``import_claim_codes`` / ``code_counts`` (``codes.py``): code lists.
- ``cards_for_orders(store, ids)`` (``printing.py``): the cards a print run draws, codes bound
  (the CLI: it writes what it draws). ``plan_cards(store, ids)`` gives the same cards without
  binding (the GUI's preview) and ``bind_cards(store, cards)`` binds exactly those codes when the
  preview is printed or saved (``CodesChanged`` if one went elsewhere meanwhile).
- ``parse_typed`` / ``parse_redemption_file`` (``redemption_files.py``) and
  ``record_redemptions`` / ``campaign_results`` (``redemptions.py``): the codes that came back,
  and per campaign the cards printed, codes redeemed, the rate and the weeks for a chart.
- ``CampaignText`` / ``CARD_LANGUAGES`` (``texts.py``): a campaign's text in further languages;
  a card is in the buyer's marketplace language when its campaign has text in it.
- ``with_code`` / ``outside_amazon`` (``urls.py``): the QR link with its code; the editor's warning.

Privacy: nothing here imports or reads contact details. A code is remembered with the order id and
SKU it went out with, never with a person; the same order prints the same card before and after its
contact details are wiped.
"""

from seller_desktop.core.campaigns.codes import (
    CodesChanged,
    ImportResult,
    OutOfCodes,
    add_generated_codes,
    code_counts,
    generate_code,
    import_claim_codes,
    parse_claim_codes,
)
from seller_desktop.core.campaigns.model import (
    Campaign,
    add_campaign,
    delete_campaign,
    find_campaign,
    get_campaign,
    get_campaign_image,
    list_campaigns,
    save_campaign,
)
from seller_desktop.core.campaigns.printing import (
    Card,
    CardsByOrder,
    bind_cards,
    cards_for_orders,
    plan_cards,
)
from seller_desktop.core.campaigns.redemption_files import (
    Redeemed,
    parse_redemption_file,
    parse_typed,
)
from seller_desktop.core.campaigns.redemptions import (
    CampaignResult,
    RedemptionImport,
    campaign_results,
    record_redemptions,
)
from seller_desktop.core.campaigns.rules import Earned, ItemFacts, item_facts, match_campaigns
from seller_desktop.core.campaigns.texts import CARD_LANGUAGES, CampaignText
from seller_desktop.core.campaigns.urls import outside_amazon, with_code

__all__ = [
    "CARD_LANGUAGES",
    "Campaign",
    "CampaignResult",
    "CampaignText",
    "Card",
    "CardsByOrder",
    "CodesChanged",
    "Earned",
    "ImportResult",
    "ItemFacts",
    "OutOfCodes",
    "Redeemed",
    "RedemptionImport",
    "add_campaign",
    "add_generated_codes",
    "bind_cards",
    "campaign_results",
    "cards_for_orders",
    "code_counts",
    "delete_campaign",
    "find_campaign",
    "generate_code",
    "get_campaign",
    "get_campaign_image",
    "import_claim_codes",
    "item_facts",
    "list_campaigns",
    "match_campaigns",
    "outside_amazon",
    "parse_claim_codes",
    "parse_redemption_file",
    "parse_typed",
    "plan_cards",
    "record_redemptions",
    "save_campaign",
    "with_code",
]
