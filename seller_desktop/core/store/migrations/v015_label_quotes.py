"""Schema 15: what buying a label needs to remember between two steps (``labels.buying``).

- ``label_quotes``: the last rates fetched for an order (Amazon's ``requestToken``, when it was
  fetched and the rates as JSON: carrier, service, price, promise, label formats), so that
  ``buy-label`` after ``rates`` buys the rate the seller saw with its token while it holds (10
  minutes). Not personal data: Amazon takes the ship-to from the order, no address is in them.
- ``label_purchases`` gain the ``request_token`` and the ``document_spec`` (JSON) they were sent
  with, so a purchase whose answer was lost is retried with the very same request and key at the
  next start (``labels.reconcile``) rather than one rebuilt from rates fetched since.
"""

DESCRIPTION = "label quotes; a purchase's request token and document specification"

SQL = """
CREATE TABLE label_quotes (
    order_id       TEXT PRIMARY KEY REFERENCES orders (order_id) ON DELETE CASCADE,
    request_token  TEXT NOT NULL,
    fetched_at     TEXT NOT NULL,
    rates          TEXT NOT NULL
);
ALTER TABLE label_purchases ADD COLUMN request_token TEXT;
ALTER TABLE label_purchases ADD COLUMN document_spec TEXT;
"""
