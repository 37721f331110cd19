"""Schema 16: the print log keeps label runs too (``core.labels.bench_print``), so a Reprint of
the ship bench's job renders its labels again, with the slips and cards it had.

Four more documents: ``labels`` (labels alone), ``labels_slips`` (each label followed by its
order's packing slip), ``labels_cards`` and ``labels_slips_cards``. SQLite cannot change a CHECK
constraint in place, so the table is built anew with the rows, ids and index it had (as schema 9
did). The log holds order ids only, no contact details.
"""

DESCRIPTION = "print log: label runs (labels with their slips and cards)"

SQL = """
CREATE TABLE print_log_v16 (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    document    TEXT NOT NULL CHECK (document IN ('slips', 'pick_list', 'cards', 'slips_cards',
                    'labels', 'labels_slips', 'labels_cards', 'labels_slips_cards')),
    layout      TEXT NOT NULL,
    output      TEXT NOT NULL CHECK (output IN ('printer', 'pdf')),
    order_count INTEGER NOT NULL,
    order_ids   TEXT NOT NULL
);
INSERT INTO print_log_v16 (id, at, document, layout, output, order_count, order_ids)
    SELECT id, at, document, layout, output, order_count, order_ids FROM print_log;
DROP TABLE print_log;
ALTER TABLE print_log_v16 RENAME TO print_log;
CREATE INDEX print_log_at ON print_log (at);
"""
