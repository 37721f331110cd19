"""Schema 3: when an order's contact details were wiped, on the order itself.

A later report (or sync) must never bring wiped details back, so the importer needs to know which
orders were wiped; reading that out of the event log's text was fragile. Stores of version 2 are
backfilled from those log lines ("N orders: id id …").
"""

DESCRIPTION = "orders.contact_wiped_at"

SQL = """
ALTER TABLE orders ADD COLUMN contact_wiped_at TEXT;
UPDATE orders SET contact_wiped_at = (
    SELECT max(e.at) FROM event_log e
    WHERE e.kind = 'wipe'
      AND instr(substr(e.detail, instr(e.detail, ':') + 1) || ' ', ' ' || orders.order_id || ' ') > 0
)
WHERE order_id NOT IN (SELECT order_id FROM contact_details);
"""
