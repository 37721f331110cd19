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


#: Where the card's code goes in a campaign's URL (``https://shop.example/r?c={code}``); a URL
#: pasted from a browser may carry it percent-encoded.
PLACEHOLDER = "{code}"
_PLACEHOLDER = re.compile(r"\{code\}|%7Bcode%7D", re.IGNORECASE)


def with_code(url: str, code: str | None) -> str:
    """``url`` with the card's code, URL-encoded: where its ``{code}`` placeholder is, else as the
    value of its ``code`` parameter (an empty ``code=`` the seller left for it), else appended as
    ``code=CODE`` (``?`` or ``&`` as needed, fragment kept). Never a second ``code=``: a server
    reading the first one got the empty value. Without a code a placeholder is left empty."""
    value = quote(code or "", safe="-")
    if _PLACEHOLDER.search(url):
        return _PLACEHOLDER.sub(lambda _: value, url)
    if not code:
        return url
    parts = urlsplit(url)
    pairs = parts.query.split("&") if parts.query else []
    names = [pair.split("=", 1)[0] for pair in pairs]
    pair = f"{CODE_PARAMETER}={value}"
    if CODE_PARAMETER in names:
        pairs[names.index(CODE_PARAMETER)] = pair
    else:
        pairs.append(pair)
    return urlunsplit(
        (
            parts.scheme,
            parts.netloc,
            parts.path or ("/" if parts.netloc else ""),
            "&".join(pairs),
            parts.fragment,
        )
    )


def short_url(url: str) -> str:
    """The link as a buyer types it, printed under the QR code: no ``https://``, no lone ``/``
    after the host (``shop.example/r?c=W9PM-XVPE``)."""
    parts = urlsplit(url)
    text = url[len(parts.scheme) + 3 :] if parts.scheme and "://" in url else url
    if parts.path == "/" and not parts.query and not parts.fragment:
        text = text.rstrip("/")
    return text


def outside_amazon(url: str) -> bool:
    """True when the link does not go to an Amazon domain (the editor then warns: "Amazon may
    treat this as diverting buyers")."""
    host = (urlsplit(url.strip()).hostname or "").lower().rstrip(".")
    if not host:
        return True
    if host in _AMAZON_SHORT or any(host.endswith("." + d) for d in _AMAZON_SHORT):
        return False
    return _AMAZON.search(host) is None
