"""Schema 2: shipments, per item and quantity, and whether Amazon has been told.

A shipment can cover part of an order (partial shipments); ``confirmed_at`` is set when the
shipping-confirmation file that contains it was exported, so the next export holds only new ones.
"""

DESCRIPTION = "shipments and their items"

SQL = """
CREATE TABLE shipments (
    shipment_id      INTEGER PRIMARY KEY,
    order_id         TEXT NOT NULL REFERENCES orders (order_id) ON DELETE CASCADE,
    ship_date        TEXT NOT NULL,
    carrier_code     TEXT NOT NULL DEFAULT '',
    carrier_name     TEXT NOT NULL DEFAULT '',
    tracking_number  TEXT NOT NULL DEFAULT '',
    ship_method      TEXT NOT NULL DEFAULT '',
    confirmed_at     TEXT,
    created_at       TEXT NOT NULL
);
CREATE INDEX shipments_by_order ON shipments (order_id);
CREATE INDEX shipments_unconfirmed ON shipments (confirmed_at);

CREATE TABLE shipment_items (
    shipment_id    INTEGER NOT NULL REFERENCES shipments (shipment_id) ON DELETE CASCADE,
    order_item_id  TEXT NOT NULL REFERENCES order_items (order_item_id) ON DELETE CASCADE,
    quantity       INTEGER NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (shipment_id, order_item_id)
);
"""
