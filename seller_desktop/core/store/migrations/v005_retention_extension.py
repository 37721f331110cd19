"""Schema 5: extending an open order's retention, and a deadline index for the wipe.

- ``retention_extension_days``: an order neither shipped nor cancelled keeps its contact details
  at most 60 days after purchase; the seller may extend one such order by 30 days at a time.
- ``orders_unwiped_by_deadline``: the wipe asks for orders past their deadline not yet marked
  wiped; this partial index makes that a short range at every open, however many orders are old.
"""

DESCRIPTION = "retention extension of open orders; partial deadline index for the wipe"

SQL = """
ALTER TABLE orders ADD COLUMN retention_extension_days INTEGER NOT NULL DEFAULT 0
    CHECK (retention_extension_days >= 0);
CREATE INDEX orders_unwiped_by_deadline ON orders (retention_deadline) WHERE contact_wiped_at IS NULL;
"""
