"""Schema 8: campaigns (card design, product rules) and their code lists.

Nothing here is about a buyer: rules name SKUs, ASINs and marketplaces; a code remembers the order
id and SKU it went out with (both stay after the retention wipe), never a person. A code is unique
across campaigns and, once bound to an order, is never bound to another.
"""

DESCRIPTION = "campaigns, their product rules and code lists"

SQL = """
CREATE TABLE campaigns (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    headline     TEXT NOT NULL DEFAULT '',
    body         TEXT NOT NULL DEFAULT '',
    image        BLOB,
    qr_url       TEXT,
    valid_from   TEXT,
    valid_until  TEXT,
    priority     INTEGER NOT NULL DEFAULT 0,
    active       INTEGER NOT NULL DEFAULT 1,
    is_default   INTEGER NOT NULL DEFAULT 0,
    back_text    TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL
);
CREATE UNIQUE INDEX campaigns_by_name ON campaigns (name COLLATE NOCASE);

CREATE TABLE campaign_rules (
    campaign_id  INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('sku', 'asin', 'marketplace')),
    value        TEXT NOT NULL,
    PRIMARY KEY (campaign_id, kind, value)
);

CREATE TABLE campaign_codes (
    id           INTEGER PRIMARY KEY,
    campaign_id  INTEGER NOT NULL REFERENCES campaigns (id),
    code         TEXT NOT NULL UNIQUE,
    source       TEXT NOT NULL CHECK (source IN ('claim', 'generated')),
    order_id     TEXT,
    sku          TEXT,
    assigned_at  TEXT,
    UNIQUE (campaign_id, order_id)
);
CREATE INDEX campaign_codes_free ON campaign_codes (campaign_id, order_id, id);
"""
