"""Schema 1: orders, their items, their contact details apart, settings and a PII-free event log.

Contact details have their own table keyed by order so that a wipe deletes rows and nothing else in
the store ever holds them. ``orders`` keeps only what may stay after the wipe (ids, dates,
marketplace, coarse ship country and region, status).
"""

DESCRIPTION = "orders, items, contact details, settings, event log"

SQL = """
CREATE TABLE orders (
    order_id              TEXT PRIMARY KEY,
    marketplace           TEXT NOT NULL,
    status                TEXT NOT NULL DEFAULT 'unshipped'
                          CHECK (status IN ('pending', 'unshipped', 'partially_shipped', 'shipped', 'cancelled')),
    purchased_at          TEXT NOT NULL,
    ship_service          TEXT,
    currency              TEXT,
    is_business           INTEGER NOT NULL DEFAULT 0,
    is_gift               INTEGER NOT NULL DEFAULT 0,
    latest_ship_date      TEXT,
    latest_delivery_date  TEXT,
    shipped_on            TEXT,
    delivered_on          TEXT,
    cancelled_on          TEXT,
    ship_country          TEXT,
    ship_region           TEXT,
    printed_at            TEXT,
    retention_deadline    TEXT NOT NULL,
    source                TEXT NOT NULL DEFAULT 'manual',
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL
);
CREATE INDEX orders_by_purchase ON orders (purchased_at DESC, order_id);
CREATE INDEX orders_by_status ON orders (status);
CREATE INDEX orders_by_deadline ON orders (retention_deadline);

CREATE TABLE order_items (
    order_item_id     TEXT PRIMARY KEY,
    order_id          TEXT NOT NULL REFERENCES orders (order_id) ON DELETE CASCADE,
    sku               TEXT NOT NULL,
    asin              TEXT,
    product_name      TEXT NOT NULL DEFAULT '',
    quantity          INTEGER NOT NULL CHECK (quantity >= 0),
    quantity_shipped  INTEGER NOT NULL DEFAULT 0 CHECK (quantity_shipped >= 0),
    item_price        TEXT,
    item_tax          TEXT,
    shipping_price    TEXT,
    shipping_tax      TEXT
);
CREATE INDEX order_items_by_order ON order_items (order_id);
CREATE INDEX order_items_by_sku ON order_items (sku);

CREATE TABLE contact_details (
    order_id                TEXT PRIMARY KEY REFERENCES orders (order_id) ON DELETE CASCADE,
    buyer_name              TEXT,
    buyer_email             TEXT,
    buyer_phone             TEXT,
    recipient_name          TEXT,
    company_name            TEXT,
    ship_address_1          TEXT,
    ship_address_2          TEXT,
    ship_address_3          TEXT,
    ship_city               TEXT,
    ship_postal_code        TEXT,
    ship_phone              TEXT,
    bill_name               TEXT,
    bill_address_1          TEXT,
    bill_address_2          TEXT,
    bill_address_3          TEXT,
    bill_city               TEXT,
    bill_region             TEXT,
    bill_postal_code        TEXT,
    bill_country            TEXT,
    gift_message            TEXT,
    delivery_instructions   TEXT,
    customization_url       TEXT,
    purchase_order_number   TEXT,
    tax_id                  TEXT
);

CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

CREATE TABLE event_log (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    kind    TEXT NOT NULL,
    detail  TEXT NOT NULL DEFAULT ''
);
"""
