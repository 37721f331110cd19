"""Schema 9: the print log keeps card runs too, so they can be reprinted like slips.

Two more documents: ``cards`` (insert cards alone, "Print cards") and ``slips_cards`` (each slip
followed by its order's cards; before, such a run was logged as ``slips`` and a Reprint left the
cards out). SQLite cannot change a CHECK constraint in place, so the table is built anew with the
rows, ids and index it had. The log holds order ids only, no contact details.
"""

DESCRIPTION = "print log: card runs (cards alone, slips with cards)"

SQL = """
CREATE TABLE print_log_v9 (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    document    TEXT NOT NULL CHECK (document IN ('slips', 'pick_list', 'cards', 'slips_cards')),
    layout      TEXT NOT NULL,
    output      TEXT NOT NULL CHECK (output IN ('printer', 'pdf')),
    order_count INTEGER NOT NULL,
    order_ids   TEXT NOT NULL
);
INSERT INTO print_log_v9 (id, at, document, layout, output, order_count, order_ids)
    SELECT id, at, document, layout, output, order_count, order_ids FROM print_log;
DROP TABLE print_log;
ALTER TABLE print_log_v9 RENAME TO print_log;
CREATE INDEX print_log_at ON print_log (at);
"""
