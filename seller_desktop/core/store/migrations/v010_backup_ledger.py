"""Schema 10: the wipe ledger, and what each backup in backups/ has seen of it.

The store already records every order it wiped or erased (``orders.contact_wiped_at``) and every
order's current deadline (``orders.retention_deadline``). ``wipe_ledger.seq`` counts the changes
that a copy must follow: an order marked wiped, or a deadline moved earlier (shipped, delivered,
cancelled, a shorter retention setting). Triggers count them, so no code path can forget to.

``backup_copies`` replaces ``backups/index.json``: per backup file (its name, a timestamp — never
contact details), the ledger point it was last brought in line with and the earliest deadline of
the details it still holds. A backup is opened only when the ledger moved past it or that deadline
has come, because opening costs time on every start.

The retention clock of a shipped order no longer starts at the promised (latest) delivery date,
which can lie after the real delivery: the deadlines of shipped orders not known to be delivered
are recomputed from the ship date (unknown: the purchase) + the retention setting (at most 30
days), where that is earlier. After the triggers, so the backups follow the earlier deadlines at the first open.
"""

DESCRIPTION = "wipe ledger and the backups that follow it"

SQL = """
CREATE TABLE wipe_ledger (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    seq  INTEGER NOT NULL
);
INSERT INTO wipe_ledger (id, seq) VALUES (1, 0);
CREATE TABLE backup_copies (
    name           TEXT PRIMARY KEY,
    seen_seq       INTEGER NOT NULL,
    next_deadline  TEXT
);
CREATE TRIGGER wipe_ledger_wiped AFTER UPDATE OF contact_wiped_at ON orders WHEN OLD.contact_wiped_at IS NULL AND NEW.contact_wiped_at IS NOT NULL BEGIN UPDATE wipe_ledger SET seq = seq + 1 WHERE id = 1; END;
CREATE TRIGGER wipe_ledger_earlier AFTER UPDATE OF retention_deadline ON orders WHEN NEW.retention_deadline < OLD.retention_deadline BEGIN UPDATE wipe_ledger SET seq = seq + 1 WHERE id = 1; END;
UPDATE orders SET retention_deadline = strftime('%Y-%m-%dT%H:%M:%SZ', coalesce(shipped_on, purchased_at), CASE WHEN instr(coalesce(shipped_on, purchased_at), 'T') THEN '+0 seconds' ELSE '+86399 seconds' END, '+' || coalesce((SELECT min(max(CAST(value AS INTEGER), 1), 30) FROM settings WHERE key = 'retention_days'), 30) || ' days') WHERE status = 'shipped' AND delivered_on IS NULL AND contact_wiped_at IS NULL AND strftime('%Y-%m-%dT%H:%M:%SZ', coalesce(shipped_on, purchased_at), CASE WHEN instr(coalesce(shipped_on, purchased_at), 'T') THEN '+0 seconds' ELSE '+86399 seconds' END, '+' || coalesce((SELECT min(max(CAST(value AS INTEGER), 1), 30) FROM settings WHERE key = 'retention_days'), 30) || ' days') < retention_deadline
"""
