"""Schema 7: the print log, so the seller sees what was printed when, and can print it again.

One row per print run: when, which document (packing slips or a pick list), the page layout, how
it left the app (to a printer, or saved as a PDF file) and the order ids it covered. Order ids
are not contact details: the retention wipe keeps them, as it keeps the orders themselves.
"""

DESCRIPTION = "print log (when, document, layout, order ids)"

SQL = """
CREATE TABLE print_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    document    TEXT NOT NULL CHECK (document IN ('slips', 'pick_list')),
    layout      TEXT NOT NULL,
    output      TEXT NOT NULL CHECK (output IN ('printer', 'pdf')),
    order_count INTEGER NOT NULL,
    order_ids   TEXT NOT NULL
);
CREATE INDEX print_log_at ON print_log (at);
"""
