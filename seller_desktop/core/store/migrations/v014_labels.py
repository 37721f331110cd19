"""Schema 14: shipping labels bought through Amazon's Buy Shipping (``core/labels``).

- ``products`` gain a weight (grams) and dimensions (millimetres), NULL while unknown: a label's
  package is planned from them (``labels.packages``). Not personal data.
- ``boxes``: the seller's shipping boxes, by name, with their inner size and own weight.
- ``label_purchases``: one row per purchase attempt, written and committed in state ``sending``
  with its idempotency key *before* anything is sent, so a crash or a lost response can never lead
  to a second purchase under a new key (``labels.ledger``). States: sending, bought, voided,
  failed (nothing was bought), unknown (the response was lost: to be reconciled).
- ``label_documents``: the label files (PDF, PNG or ZPL) of a bought label, one per package.
  **A label carries the buyer's name and address: these rows are contact details.** The retention
  wipe, erasure, the page scrub and every backup delete them with the order's other details.
- ``shipments.confirm_via`` may be ``buy_shipping``: Amazon confirms a shipment whose label it
  sold by itself, so it goes neither into the confirmation file nor to the API queue. The column's
  CHECK lists its values, and SQLite cannot change a CHECK in place, so the column is replaced (a
  new column with the wider CHECK, the values copied, the old one dropped, the new one renamed):
  the table keeps its rowids and the foreign keys of ``shipment_items`` are never touched, which a
  rebuild of the table would cascade into.
"""

DESCRIPTION = "shipping labels: product sizes, boxes, label purchases and documents"

SQL = """
ALTER TABLE products ADD COLUMN weight_g INTEGER;
ALTER TABLE products ADD COLUMN length_mm INTEGER;
ALTER TABLE products ADD COLUMN width_mm INTEGER;
ALTER TABLE products ADD COLUMN height_mm INTEGER;
CREATE TABLE boxes (
    name       TEXT PRIMARY KEY,
    length_mm  INTEGER NOT NULL CHECK (length_mm > 0),
    width_mm   INTEGER NOT NULL CHECK (width_mm > 0),
    height_mm  INTEGER NOT NULL CHECK (height_mm > 0),
    weight_g   INTEGER NOT NULL DEFAULT 0 CHECK (weight_g >= 0)
);
CREATE TABLE label_purchases (
    id               INTEGER PRIMARY KEY,
    order_id         TEXT NOT NULL REFERENCES orders (order_id) ON DELETE CASCADE,
    idempotency_key  TEXT NOT NULL UNIQUE,
    state            TEXT NOT NULL
        CHECK (state IN ('sending', 'bought', 'voided', 'failed', 'unknown')),
    rate_id          TEXT NOT NULL,
    carrier          TEXT NOT NULL,
    service          TEXT NOT NULL,
    price            TEXT NOT NULL,
    currency         TEXT NOT NULL,
    shipment_id      TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    reason           TEXT
);
CREATE INDEX label_purchases_by_order ON label_purchases (order_id);
CREATE INDEX label_purchases_open ON label_purchases (state)
    WHERE state IN ('sending', 'unknown');
CREATE TABLE label_documents (
    purchase_id   INTEGER NOT NULL REFERENCES label_purchases (id) ON DELETE CASCADE,
    package_ref   TEXT NOT NULL,
    tracking_id   TEXT NOT NULL DEFAULT '',
    format        TEXT NOT NULL CHECK (format IN ('PDF', 'PNG', 'ZPL')),
    data          BLOB NOT NULL,
    printed_at    TEXT,
    PRIMARY KEY (purchase_id, package_ref)
);
ALTER TABLE shipments ADD COLUMN confirm_route TEXT NOT NULL DEFAULT 'file'
    CHECK (confirm_route IN ('file', 'api', 'elsewhere', 'buy_shipping'));
UPDATE shipments SET confirm_route = confirm_via;
ALTER TABLE shipments DROP COLUMN confirm_via;
ALTER TABLE shipments RENAME COLUMN confirm_route TO confirm_via
"""
