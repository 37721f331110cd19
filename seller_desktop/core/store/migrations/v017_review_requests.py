"""Schema 17: review requests — once per order, ever — and the dates their window is made of.

``orders.earliest_delivery_date`` is the start of Amazon's promised delivery window (the reports'
``earliest-delivery-date``, the Orders API's ``deliverByWindow.earliestDateTime``), kept next to
``latest_delivery_date``. It serves the review window only (``core.reviews.window``); the
retention deadline keeps its own rule (actual delivery, else the ship date).

``review_requests`` holds one row per order that was asked, or must never be asked through the
API: ``requested`` (the Solicitations API answered 201), ``marked`` (the seller asked in Seller
Central and said so), ``already`` (Amazon refused: asked before), ``not_eligible`` (Amazon offered
no review action; ``reason`` says why), ``sending`` (written and committed *before* the POST: a
row left in this state by a crash is checked with Amazon before anything else is sent). ``how``
says through what (``api`` or ``hand``), ``at`` when. The primary key makes "once per order" a
property of the schema, not of the code that writes it.

``review_facts`` holds what the seller recorded about an order for the review window: the day it
was delivered, a refund or return, a cancellation the buyer asked for. The exclusion rules
themselves (SKUs never asked, which facts exclude) are settings, not rows.
"""

DESCRIPTION = "review requests, the earliest delivery date, review facts"

SQL = """
ALTER TABLE orders ADD COLUMN earliest_delivery_date TEXT;
CREATE TABLE review_requests (
    order_id  TEXT PRIMARY KEY REFERENCES orders (order_id) ON DELETE CASCADE,
    state     TEXT NOT NULL
        CHECK (state IN ('requested', 'marked', 'not_eligible', 'already', 'sending')),
    how       TEXT NOT NULL CHECK (how IN ('api', 'hand')),
    at        TEXT NOT NULL,
    reason    TEXT
);
CREATE INDEX review_requests_at ON review_requests (at);
CREATE TABLE review_facts (
    order_id          TEXT PRIMARY KEY REFERENCES orders (order_id) ON DELETE CASCADE,
    delivered_on      TEXT,
    refund_or_return  INTEGER NOT NULL DEFAULT 0,
    cancel_requested  INTEGER NOT NULL DEFAULT 0
);
"""
