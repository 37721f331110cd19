"""Carriers as Amazon's shipping confirmations name them (the upload file's carrier-code and the
API's ``carrierCode`` take the same values).

Amazon accepts a fixed list of carrier codes; anything else is sent as code "Other" with the
carrier's name spelled out, which Amazon also accepts. The codes below are spelled as Seller
Central's "Shipping confirmation template" help page lists them (sellercentral.amazon.com
/gp/help/external/G641 and its regional copies, e.g. "YamatoTransport", "SagawaExpress", "Hermes
Logistik Gruppe"; checked December 2026). Since 2022 a code is required in every marketplace
(Selling Partner API changelog, "CarrierCode value required in shipment confirmations").
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
    "hermes": "Hermes Logistik Gruppe",
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
    "yamato transport": "YamatoTransport",
    "yamato": "YamatoTransport",
    "sagawa express": "SagawaExpress",
    "sagawa": "SagawaExpress",
    "canada post": "Canada Post",
    "australia post": "Australia Post",
    "aramex": "Aramex",
}


#: A code typed as Amazon spells it ("YamatoTransport") is that code.
_BY_CODE = {code.casefold(): code for code in CARRIER_CODES.values()}


def carrier_code(name: str) -> tuple[str, str]:
    """(carrier-code, carrier-name) for the confirmation file from what the seller typed."""
    cleaned = " ".join(name.split())
    if not cleaned:
        return "", ""
    code = CARRIER_CODES.get(cleaned.casefold()) or _BY_CODE.get(cleaned.casefold())
    if code:
        return code, code
    return "Other", cleaned
