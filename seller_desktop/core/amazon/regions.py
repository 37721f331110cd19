"""Amazon's three selling regions: which host serves which marketplaces.

From Amazon's developer documentation, "SP-API Endpoints"
(https://developer-docs.amazon.com/sp-api/docs/sp-api-endpoints): North America (Canada, US,
Mexico, Brazil) ``https://sellingpartnerapi-na.amazon.com``; Europe (Ireland, Spain, UK, France,
Belgium, Netherlands, Germany, Italy, Sweden, South Africa, Poland, Saudi Arabia, Egypt, Turkey,
United Arab Emirates, India) ``https://sellingpartnerapi-eu.amazon.com``; Far East (Singapore,
Australia, Japan) ``https://sellingpartnerapi-fe.amazon.com``. The same three hosts are in
``amzn/selling-partner-api-models`` ``clients/sellingpartner-api-aa-python/spapi/spapiclient.py``.

Marketplace ids are the app's (``core.orders.marketplaces``), which match Amazon's "Marketplace IDs"
page (https://developer-docs.amazon.com/sp-api/docs/marketplace-ids). That page writes the United
Kingdom as ``UK``; the app, like Amazon's reports, says ``GB``, and accepts ``UK`` for it.
Ireland and South Africa are on Amazon's list but not yet among the app's marketplaces.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP
from seller_desktop.core.orders.marketplaces import MARKETPLACES, marketplace

#: Login with Amazon's token endpoint (the developer guide's "Step 1. Request a Login with Amazon
#: access token").
DEFAULT_TOKEN_URL = "https://api.amazon.com/auth/o2/token"
#: Plain http is allowed to these only: a test server on this computer.
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})

HOSTS = {
    "na": "https://sellingpartnerapi-na.amazon.com",
    "eu": "https://sellingpartnerapi-eu.amazon.com",
    "fe": "https://sellingpartnerapi-fe.amazon.com",
}

REGION_OF = {
    **dict.fromkeys(("US", "CA", "MX", "BR"), "na"),
    **dict.fromkeys(
        ("GB", "DE", "FR", "IT", "ES", "NL", "BE", "SE", "PL", "TR", "AE", "SA", "EG", "IN"), "eu"
    ),
    **dict.fromkeys(("SG", "AU", "JP"), "fe"),
}

_CODE_OF_ID = {m.marketplace_id: code for code, m in MARKETPLACES.items()}


def region_host(region: str) -> str:
    try:
        return HOSTS[region.lower()]
    except KeyError:
        raise BadInput(
            QT_TRANSLATE_NOOP("SellerError", "Unknown Amazon region {region}. Use na, eu or fe."),
            region=region,
        ) from None


def marketplace_codes(region: str, codes: Iterable[str]) -> list[str]:
    """The app's codes for ``codes`` (``UK`` read as ``GB``), each checked to be one of
    ``region``'s marketplaces; BadInput naming the first that is not."""
    region_host(region)
    result: list[str] = []
    for raw in codes:
        text = raw.strip().upper()
        if not text:
            continue
        code = marketplace("GB" if text == "UK" else text).code
        if REGION_OF[code] != region.lower():
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "SellerError",
                    "{code} is an Amazon marketplace of the {other} region, not of {region}. "
                    "Set up an account for {other} for it.",
                ),
                code=code,
                other=REGION_OF[code],
                region=region.lower(),
            )
        if code not in result:
            result.append(code)
    if not result:
        raise BadInput(
            QT_TRANSLATE_NOOP("SellerError", "Name at least one marketplace, such as US or DE.")
        )
    return result


def marketplace_ids(codes: Iterable[str]) -> list[str]:
    return [MARKETPLACES[code].marketplace_id for code in codes]


def code_of_marketplace_id(marketplace_id: str) -> str | None:
    """The app's code for an Amazon marketplace id; None for one the app does not know."""
    return _CODE_OF_ID.get(marketplace_id)


def checked_url(url: str) -> str:
    """``url`` if it is https (or http to this machine, for tests); BadInput otherwise."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if not host:
        raise BadInput(
            QT_TRANSLATE_NOOP("SellerError", "{url} is not a web address (https://…)."), url=url
        )
    if parts.scheme == "https" or (parts.scheme == "http" and host in LOOPBACK_HOSTS):
        return url.strip().rstrip("/")
    raise BadInput(
        QT_TRANSLATE_NOOP(
            "SellerError",
            "{url} does not use https. Amazon's addresses start with https://; plain http is "
            "allowed only to this computer (127.0.0.1, localhost), for tests.",
        ),
        url=url,
    )
