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
    #: The marketplace's calendar: Amazon's dates for its orders (promised delivery, the review
    #: window) are days there. The North American reports end their promised days at 23:59:59
    #: Pacific, so US, CA and MX count in Pacific time.
    time_zone: str = "UTC"


MARKETPLACES: dict[str, Marketplace] = {
    m.code: m
    for m in (
        Marketplace("US", "Amazon.com", "USD", "en", "ATVPDKIKX0DER", "America/Los_Angeles"),
        Marketplace("CA", "Amazon.ca", "CAD", "en", "A2EUQ1WTGCTBG2", "America/Los_Angeles"),
        Marketplace("MX", "Amazon.com.mx", "MXN", "es", "A1AM78C64UM0Y8", "America/Los_Angeles"),
        Marketplace("BR", "Amazon.com.br", "BRL", "pt", "A2Q3Y263D00KWC", "America/Sao_Paulo"),
        Marketplace("GB", "Amazon.co.uk", "GBP", "en", "A1F83G8C2ARO7P", "Europe/London"),
        Marketplace("DE", "Amazon.de", "EUR", "de", "A1PA6795UKMFR9", "Europe/Berlin"),
        Marketplace("FR", "Amazon.fr", "EUR", "fr", "A13V1IB3VIYZZH", "Europe/Paris"),
        Marketplace("IT", "Amazon.it", "EUR", "it", "APJ6JRA9NG5V4", "Europe/Rome"),
        Marketplace("ES", "Amazon.es", "EUR", "es", "A1RKKUPIHCS9HS", "Europe/Madrid"),
        Marketplace("NL", "Amazon.nl", "EUR", "nl", "A1805IZSGTT6HS", "Europe/Amsterdam"),
        Marketplace("BE", "Amazon.com.be", "EUR", "fr", "AMEN7PMS3EDWL", "Europe/Brussels"),
        Marketplace("SE", "Amazon.se", "SEK", "sv", "A2NODRKZP88ZB9", "Europe/Stockholm"),
        Marketplace("PL", "Amazon.pl", "PLN", "pl", "A1C3SOZRARQ6R3", "Europe/Warsaw"),
        Marketplace("TR", "Amazon.com.tr", "TRY", "tr", "A33AVAJ2PDY3EV", "Europe/Istanbul"),
        Marketplace("AE", "Amazon.ae", "AED", "ar", "A2VIGQ35RCS4UG", "Asia/Dubai"),
        Marketplace("SA", "Amazon.sa", "SAR", "ar", "A17E79C6D8DWNP", "Asia/Riyadh"),
        Marketplace("EG", "Amazon.eg", "EGP", "ar", "ARBP9OOSHTCHU", "Africa/Cairo"),
        Marketplace("IN", "Amazon.in", "INR", "en", "A21TJRUUN4KGV", "Asia/Kolkata"),
        Marketplace("JP", "Amazon.co.jp", "JPY", "ja", "A1VC38T7YXB528", "Asia/Tokyo"),
        Marketplace("AU", "Amazon.com.au", "AUD", "en", "A39IBJ37TRP1C6", "Australia/Sydney"),
        Marketplace("SG", "Amazon.sg", "SGD", "en", "A19VAU5U5O7RUS", "Asia/Singapore"),
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
