"""Schema 18: the buyer's own cancellation request on the order, and the log of the daily
automatic review requests.

``orders.buyer_cancel_requested`` is 1 when Amazon said the buyer asked to cancel: the reports'
``is-buyer-requested-cancellation`` column, or an item's ``cancellation.cancellationRequest``
with ``requester`` BUYER in the Orders API (v2026-01-01 ``ItemCancellationRequest``). Once set it
stays set: the review queue leaves such orders out when the seller's exclusion says so.

``review_auto_runs`` is one row per automatic run (Settings › review requests, off by default):
when it began and ended, what it asked and what Amazon answered, and why it stopped early, if it
did. Counts and dates only: which orders were asked is in ``review_requests``.
"""

DESCRIPTION = "buyer cancellation requests, the automatic review request log"

SQL = """
ALTER TABLE orders ADD COLUMN buyer_cancel_requested INTEGER NOT NULL DEFAULT 0;
CREATE TABLE review_auto_runs (
    id            INTEGER PRIMARY KEY,
    day           TEXT NOT NULL,
    started_at    TEXT NOT NULL,
    ended_at      TEXT,
    eligible      INTEGER NOT NULL DEFAULT 0,
    requested     INTEGER NOT NULL DEFAULT 0,
    already       INTEGER NOT NULL DEFAULT 0,
    not_eligible  INTEGER NOT NULL DEFAULT 0,
    failed        INTEGER NOT NULL DEFAULT 0,
    stopped       TEXT
);
CREATE INDEX review_auto_runs_day ON review_auto_runs (day);
"""
