"""Schema 6: products, filled from imported SKUs, for packing slips and pick lists.

A product is the seller's own data (no buyer in it): a name override for slips, a bin location
that orders the pick list, a UPC/EAN barcode and an optional image.
"""

DESCRIPTION = "products (name override, bin location, barcode, image)"

SQL = """
CREATE TABLE products (
    sku            TEXT PRIMARY KEY,
    name_override  TEXT,
    bin_location   TEXT,
    barcode        TEXT,
    image          BLOB
);
"""
