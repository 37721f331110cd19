"""Schema 20: which of a campaign's codes came back — the redemptions the seller imports.

One row per code, ever (``code`` is unique): a code imported twice, from the typed list and again
from a file, counts once. ``redeemed_on`` is the day the file gave (``NULL`` when it gave none);
``source`` says where the seller found it: ``typed`` (typed or pasted), ``csv`` (a CSV or
tab-separated file of their own), ``amazon_report`` (a report downloaded from Seller Central);
``imported_at`` when it was recorded. Nothing here names a buyer or an order: the code is the
card's, and the order it went out with is already in ``campaign_codes``.
"""

DESCRIPTION = "campaign redemptions: the codes that came back"

SQL = """
CREATE TABLE redemptions (
    id           INTEGER PRIMARY KEY,
    campaign_id  INTEGER NOT NULL REFERENCES campaigns (id),
    code         TEXT NOT NULL UNIQUE,
    redeemed_on  DATE,
    source       TEXT NOT NULL CHECK (source IN ('typed', 'csv', 'amazon_report')),
    imported_at  TEXT NOT NULL
);
CREATE INDEX redemptions_by_campaign ON redemptions (campaign_id, redeemed_on);
"""
