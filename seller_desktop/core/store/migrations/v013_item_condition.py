"""Schema 13: each order item's condition ("New", "Used – Very good"; ``orders.conditions``).

Filled by the Orders API (``product.condition``) and by reports with an ``item-condition``
column; NULL for items stored before this version and for sources that do not say. A packing
slip prints it when it is not plain New. It describes the product, not the buyer: not personal
data, so the retention wipe leaves it.
"""

DESCRIPTION = "order item condition"

SQL = """
ALTER TABLE order_items ADD COLUMN condition TEXT;
"""
