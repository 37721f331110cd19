"""The QR link of a card: the campaign's URL with the card's own code, and whether it leaves Amazon.

Amazon's policy forbids diverting buyers off Amazon; a link to the seller's own site is allowed by
this app (product registration, a manual), but the card editor warns about it.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit, urlunsplit

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP

MAX_URL = 500
#: Query parameter that carries the card's code.
CODE_PARAMETER = "code"

# amazon.com, amazon.de, amazon.co.uk, amazon.com.au, www.amazon.co.jp, smile.amazon.com ...
_AMAZON = re.compile(r"(^|\.)amazon\.(com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$")
# Amazon's own short-link and brand domains.
_AMAZON_SHORT = ("amzn.to", "amzn.com", "amzn.eu", "amzn.asia", "a.co")


def validated_url(url: str) -> str:
    """An http(s) URL with a host, trimmed; BadInput saying what is wrong otherwise."""
    url = url.strip()
    if len(url) > MAX_URL:
        raise BadInput(
            QT_TRANSLATE_NOOP("SellerError", "The QR link can have at most {limit} characters."),
            limit=MAX_URL,
        )
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "The QR link must be a web address starting with https:// (or http://).",
            )
        )
    if any(ch.isspace() for ch in url):
        raise BadInput(QT_TRANSLATE_NOOP("SellerError", "The QR link cannot contain spaces."))
    return url


def with_code(url: str, code: str | None) -> str:
    """``url`` with ``code=CODE`` added to its query (``?`` or ``&`` as needed, fragment kept)."""
    if not code:
        return url
    parts = urlsplit(url)
    pair = f"{CODE_PARAMETER}={quote(code, safe='-')}"
    query = f"{parts.query}&{pair}" if parts.query else pair
    return urlunsplit(
        (
            parts.scheme,
            parts.netloc,
            parts.path or ("/" if parts.netloc else ""),
            query,
            parts.fragment,
        )
    )


def outside_amazon(url: str) -> bool:
    """True when the link does not go to an Amazon domain (the editor then warns: "Amazon may
    treat this as diverting buyers")."""
    host = (urlsplit(url.strip()).hostname or "").lower().rstrip(".")
    if not host:
        return True
    if host in _AMAZON_SHORT or any(host.endswith("." + d) for d in _AMAZON_SHORT):
        return False
    return _AMAZON.search(host) is None
