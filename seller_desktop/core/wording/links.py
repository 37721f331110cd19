"""Links in a card's text, and a campaign's QR link: anything that leads off Amazon.

Whether a host is Amazon's is decided in one place, ``core.campaigns.urls.outside_amazon`` (the
card editor's QR warning); this module finds the links in free text and asks it.
"""

from __future__ import annotations

import re

from seller_desktop.core.campaigns.urls import outside_amazon
from seller_desktop.core.wording.findings import Finding, finding

_TLDS = (
    "com|net|org|info|biz|de|at|ch|fr|be|es|it|nl|pl|se|uk|eu|io|co|us|ca|au|jp|in|mx|br|tr|pt"
    "|dk|no|fi|ie|shop|store|online|site|app|me|tv|xyz|club|top|link|page|ly|gl|to|sa|ae|eg|sg"
    "|cz|sk|hu|ro|gr|lu|li|nz|za|ru|cn|hk|tw|kr|ar|cl|pe|ws|cc|gg|bio|blog|web|website|email"
)
_LINK = re.compile(
    r"(?<![\w@.\-/])(?:"
    r"https?://[^\s<>\"']+"
    r"|www\.[^\s<>\"']+"
    r"|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"
    rf"|(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+(?:{_TLDS})(?![\w\-])(?:/[^\s<>\"']*)?"
    r")",
    re.IGNORECASE,
)
_TRAILING = ".,;:!?)]}»\"'"


def _host_url(link: str) -> str:
    """The link as a URL ``outside_amazon`` can read (an e-mail address: its domain)."""
    if "://" in link:
        return link
    if "@" in link and "/" not in link:
        return "https://" + link.rsplit("@", 1)[1]
    return "https://" + link


def link_findings(text: str, suggestion: str) -> list[Finding]:
    """An ``outside_link`` warning per web address, domain or e-mail address not Amazon's."""
    found = []
    for match in _LINK.finditer(text):
        link = match.group().rstrip(_TRAILING)
        if link and outside_amazon(_host_url(link)):
            found.append(
                finding("outside_link", match.start(), match.start() + len(link), suggestion)
            )
    return found


def check_url(url: str, suggestion: str) -> Finding | None:
    """The ``outside_link`` warning for a campaign's QR target when it leaves Amazon, else None."""
    if not outside_amazon(url):
        return None
    stripped = url.strip()
    start = url.find(stripped) if stripped else 0
    return finding("outside_link", start, start + len(stripped), suggestion)
