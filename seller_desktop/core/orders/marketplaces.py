"""Amazon marketplaces by the country codes Amazon uses in reports and the API."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Marketplace:
    code: str
    name: str
    currency: str
    language: str
    marketplace_id: str


MARKETPLACES: dict[str, Marketplace] = {
    m.code: m
    for m in (
        Marketplace("US", "Amazon.com", "USD", "en", "ATVPDKIKX0DER"),
        Marketplace("CA", "Amazon.ca", "CAD", "en", "A2EUQ1WTGCTBG2"),
        Marketplace("MX", "Amazon.com.mx", "MXN", "es", "A1AM78C64UM0Y8"),
        Marketplace("BR", "Amazon.com.br", "BRL", "pt", "A2Q3Y263D00KWC"),
        Marketplace("GB", "Amazon.co.uk", "GBP", "en", "A1F83G8C2ARO7P"),
        Marketplace("DE", "Amazon.de", "EUR", "de", "A1PA6795UKMFR9"),
        Marketplace("FR", "Amazon.fr", "EUR", "fr", "A13V1IB3VIYZZH"),
        Marketplace("IT", "Amazon.it", "EUR", "it", "APJ6JRA9NG5V4"),
        Marketplace("ES", "Amazon.es", "EUR", "es", "A1RKKUPIHCS9HS"),
        Marketplace("NL", "Amazon.nl", "EUR", "nl", "A1805IZSGTT6HS"),
        Marketplace("BE", "Amazon.com.be", "EUR", "fr", "AMEN7PMS3EDWL"),
        Marketplace("SE", "Amazon.se", "SEK", "sv", "A2NODRKZP88ZB9"),
        Marketplace("PL", "Amazon.pl", "PLN", "pl", "A1C3SOZRARQ6R3"),
        Marketplace("TR", "Amazon.com.tr", "TRY", "tr", "A33AVAJ2PDY3EV"),
        Marketplace("AE", "Amazon.ae", "AED", "ar", "A2VIGQ35RCS4UG"),
        Marketplace("SA", "Amazon.sa", "SAR", "ar", "A17E79C6D8DWNP"),
        Marketplace("EG", "Amazon.eg", "EGP", "ar", "ARBP9OOSHTCHU"),
        Marketplace("IN", "Amazon.in", "INR", "en", "A21TJRUUN4KGV"),
        Marketplace("JP", "Amazon.co.jp", "JPY", "ja", "A1VC38T7YXB528"),
        Marketplace("AU", "Amazon.com.au", "AUD", "en", "A39IBJ37TRP1C6"),
        Marketplace("SG", "Amazon.sg", "SGD", "en", "A19VAU5U5O7RUS"),
    )
}


def marketplace(code: str) -> Marketplace:
    try:
        return MARKETPLACES[code.upper()]
    except KeyError:
        from seller_desktop.core.base.errors import BadInput
        from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP

        known = ", ".join(sorted(MARKETPLACES))
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "Unknown marketplace {code!r}. Use one of Amazon's country codes: {codes}.",
            ),
            code=code,
            codes=known,
        ) from None
