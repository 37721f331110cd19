"""An order's page in Seller Central, on the right domain for its marketplace, for sellers who ask
for reviews by hand ("Request a Review" on the order page) rather than through the API.

The domains are those of Amazon's developer documentation, "Seller Central URLs"
(https://developer-docs.amazon.com/sp-api/docs/seller-central-urls, the table used to build an
app's authorization URL): the five large European marketplaces (GB, DE, FR, IT, ES) share
sellercentral-europe.amazon.com, every other marketplace has its own sellercentral.amazon.<tld>.
That page was not among the stored documents this module was written against; the table was
checked against SP-API client libraries that copy it (they agree on all 23 entries).

The path is another matter: no Amazon source gives the order page's path for any marketplace.
``/orders-v3/order/{order id}`` is the path Seller Central's own Manage Orders page links each
order to, the same on every domain. We return it for every marketplace rather than None, because a
page that needs a sign-in or a redirect is still more useful than no link, and say so here: if
Amazon moves the page, this one constant changes.
"""

from __future__ import annotations

from urllib.parse import quote

#: Seller Central's host per marketplace code (Amazon's "Seller Central URLs").
SELLER_CENTRAL_HOSTS = {
    "US": "sellercentral.amazon.com",
    "CA": "sellercentral.amazon.ca",
    "MX": "sellercentral.amazon.com.mx",
    "BR": "sellercentral.amazon.com.br",
    "IE": "sellercentral.amazon.ie",
    "GB": "sellercentral-europe.amazon.com",
    "DE": "sellercentral-europe.amazon.com",
    "FR": "sellercentral-europe.amazon.com",
    "IT": "sellercentral-europe.amazon.com",
    "ES": "sellercentral-europe.amazon.com",
    "NL": "sellercentral.amazon.nl",
    "SE": "sellercentral.amazon.se",
    "PL": "sellercentral.amazon.pl",
    "BE": "sellercentral.amazon.com.be",
    "TR": "sellercentral.amazon.com.tr",
    "AE": "sellercentral.amazon.ae",
    "SA": "sellercentral.amazon.sa",
    "EG": "sellercentral.amazon.eg",
    "IN": "sellercentral.amazon.in",
    "JP": "sellercentral.amazon.co.jp",
    "AU": "sellercentral.amazon.com.au",
    "SG": "sellercentral.amazon.sg",
    "ZA": "sellercentral.amazon.co.za",
}
#: Not from an Amazon document (see above): the order page of Seller Central's Manage Orders.
ORDER_PATH = "/orders-v3/order/{order_id}"


def order_url(marketplace: str, order_id: str) -> str | None:
    """The order's page in Seller Central; None for a marketplace Amazon's table does not list
    (UK is accepted for GB, as Amazon's own marketplace table spells it)."""
    code = (marketplace or "").strip().upper()
    host = SELLER_CENTRAL_HOSTS.get("GB" if code == "UK" else code)
    if host is None or not order_id.strip():
        return None
    return f"https://{host}" + ORDER_PATH.format(order_id=quote(order_id.strip(), safe="-"))
