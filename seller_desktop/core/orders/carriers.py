"""Carriers as Amazon's shipping confirmations name them (the upload file's carrier-code and the
API's ``carrierCode`` take the same values).

Amazon accepts a fixed list of carrier codes; anything else is sent as code "Other" with the
carrier's name spelled out (carrier-name, the API's ``carrierName``), which Amazon always
accepts. A code is required in every marketplace (Selling Partner API changelog, "CarrierCode
value required in shipment confirmations for BR, MX, CA, SG, AU, IN, JP marketplaces", 2022;
the ``carrierCode`` of ``confirmShipment`` in amzn/selling-partner-api-models
models/orders-api-model/ordersV0.json: "This field is required for all marketplaces").

Where the codes come from (each code in ``AMAZON_CARRIER_CODES`` is in at least one of them):
- the ``CarrierCode`` enumeration of Amazon's feed schema amzn-base.xsd (the base schema of
  POST_ORDER_FULFILLMENT_DATA; its list of 52 values starts USPS, UPS, UPSMI, FedEx, DHL, ...
  and ends Yodel, Other, Amazon Shipping);
- the newer amzn-base.xsd as an integrator lists it (retrieved January 2026), which adds the
  European codes used here: BRT, Colissimo, Correos, Correos Express, DHL-Paket, DHL eCommerce,
  DHL Express, Hermes, InPost, Australia Post, China Post, Couriers Please, 4PX;
- Seller Central's "Shipping confirmation template" help page (G641) per marketplace, whose
  carrier-code row lists the values of that marketplace's drop-down (e.g. amazon.com.au: Australia
  Post-Consignment, Australia Post-ArticleId, ..., Sendle, SF Express, Yun Express, Other).
A carrier we could not find in these (Japan Post, PostNL, Poczta Polska, SEUR, Evri, ...) is
confirmed as "Other" with its name, which is never refused; add its code here once it is seen in
Amazon's list.
"""

from __future__ import annotations

#: Amazon's code for a carrier not on its list; carrier-name then says which.
OTHER = "Other"

#: The carrier codes this app offers, spelled exactly as Amazon lists them (see above).
AMAZON_CARRIER_CODES: frozenset[str] = frozenset(
    {
        "4PX",
        "Amazon Shipping",
        "Aramex",
        "Australia Post",
        "Australia Post-ArticleId",
        "Australia Post-Consignment",
        "BlueDart",
        "BRT",
        "Canada Post",
        "China Post",
        "Chronopost",
        "Colissimo",
        "Correos",
        "Correos Express",
        "Couriers Please",
        "Delhivery",
        "Deutsche Post",
        "DHL",
        "DHL eCommerce",
        "DHL Express",
        "DHL-Paket",
        "DPD",
        "DTDC",
        "Fastway",
        "FedEx",
        "GLS",
        "Hermes",
        "Hermes Logistik Gruppe",
        "India Post",
        "InPost",
        "La Poste",
        "Lasership",
        "NipponExpress",
        "OnTrac",
        "Parcelforce",
        "Poste Italiane",
        "Royal Mail",
        "SagawaExpress",
        "SDA",
        "Sendle",
        "SF Express",
        "TNT",
        "UPS",
        "USPS",
        "YamatoTransport",
        "Yodel",
    }
)

#: Per marketplace, the carriers its sellers use most: first in the carrier list, in this order.
COMMON_BY_MARKETPLACE: dict[str, tuple[str, ...]] = {
    "US": ("USPS", "UPS", "FedEx", "DHL", "OnTrac", "Amazon Shipping"),
    "CA": ("Canada Post", "UPS", "FedEx", "DHL"),
    "MX": ("DHL", "FedEx", "UPS"),
    "BR": ("DHL", "FedEx", "UPS"),
    "GB": ("Royal Mail", "Parcelforce", "DPD", "Yodel", "DHL", "UPS", "Amazon Shipping"),
    "DE": ("DHL", "Deutsche Post", "Hermes", "DPD", "GLS", "UPS"),
    "FR": ("Colissimo", "La Poste", "Chronopost", "DPD", "GLS", "UPS"),
    "IT": ("Poste Italiane", "BRT", "SDA", "GLS", "DHL", "UPS"),
    "ES": ("Correos", "Correos Express", "GLS", "DHL", "UPS"),
    "NL": ("DHL", "DPD", "UPS"),
    "BE": ("DHL", "DPD", "GLS", "UPS"),
    "SE": ("DHL", "UPS"),
    "PL": ("InPost", "DPD", "DHL", "UPS"),
    "TR": ("Aramex", "DHL", "UPS"),
    "AE": ("Aramex", "DHL", "FedEx"),
    "SA": ("Aramex", "DHL", "FedEx"),
    "EG": ("Aramex", "DHL"),
    "IN": ("India Post", "BlueDart", "Delhivery", "DTDC"),
    "JP": ("YamatoTransport", "SagawaExpress", "NipponExpress"),
    "AU": ("Australia Post", "Couriers Please", "Sendle", "Aramex", "DHL"),
    "SG": ("DHL", "FedEx", "UPS", "Aramex"),
}

#: What sellers type for a carrier whose Amazon code is spelled otherwise.
_ALIASES: dict[str, str] = {
    "dhl paket": "DHL-Paket",
    "hermes": "Hermes Logistik Gruppe",
    "yamato transport": "YamatoTransport",
    "yamato": "YamatoTransport",
    "sagawa express": "SagawaExpress",
    "sagawa": "SagawaExpress",
    "nippon express": "NipponExpress",
    "blue dart": "BlueDart",
    "couriersplease": "Couriers Please",
}

#: A code typed in any case ("yamatotransport", "ups") is that code.
_BY_CODE = {code.casefold(): code for code in AMAZON_CARRIER_CODES}
#: Which alias wins over a code of the same spelling ("hermes" stays as it always mapped).
_LOOKUP = {**_BY_CODE, **_ALIASES}


def carrier_code(name: str) -> tuple[str, str]:
    """(carrier-code, carrier-name) for the confirmation from what the seller chose or typed:
    Amazon's code (named by itself) when it is on the list, else ("Other", the name)."""
    cleaned = " ".join(name.split())
    if not cleaned:
        return "", ""
    code = _LOOKUP.get(cleaned.casefold())
    if code:
        return code, code
    return OTHER, cleaned


def carrier_choices(marketplace: str) -> list[str]:
    """The carrier list for a seller of ``marketplace``: its common carriers first, then every
    other code of Amazon's in alphabetical order (the screen adds "Other" for the rest)."""
    common = list(COMMON_BY_MARKETPLACE.get(marketplace, ()))
    rest = sorted(AMAZON_CARRIER_CODES - set(common), key=str.casefold)
    return common + rest
