"""Carriers as Amazon's shipping-confirmation file names them.

Amazon accepts a fixed list of carrier codes; anything else is sent as code "Other" with the
carrier's name spelled out, which Amazon also accepts.
"""

from __future__ import annotations

# Amazon carrier-code values most used by small sellers, by the name a seller types.
CARRIER_CODES: dict[str, str] = {
    "usps": "USPS",
    "ups": "UPS",
    "fedex": "FedEx",
    "dhl": "DHL",
    "dhl express": "DHL",
    "ontrac": "OnTrac",
    "amazon shipping": "Amazon Shipping",
    "royal mail": "Royal Mail",
    "parcelforce": "Parcelforce",
    "evri": "Evri",
    "hermes": "Hermes",
    "dpd": "DPD",
    "gls": "GLS",
    "deutsche post": "Deutsche Post",
    "colissimo": "Colissimo",
    "chronopost": "Chronopost",
    "la poste": "La Poste",
    "correos": "Correos",
    "seur": "SEUR",
    "poste italiane": "Poste Italiane",
    "brt": "BRT",
    "postnl": "PostNL",
    "inpost": "InPost",
    "poczta polska": "Poczta Polska",
    "japan post": "Japan Post",
    "yamato transport": "Yamato Transport",
    "sagawa express": "Sagawa Express",
    "canada post": "Canada Post",
    "australia post": "Australia Post",
    "aramex": "Aramex",
}


def carrier_code(name: str) -> tuple[str, str]:
    """(carrier-code, carrier-name) for the confirmation file from what the seller typed."""
    cleaned = " ".join(name.split())
    if not cleaned:
        return "", ""
    code = CARRIER_CODES.get(cleaned.casefold())
    if code:
        return code, code
    return "Other", cleaned
