"""Scrubbing the pages of ``contact_details`` so a deleted detail leaves no copy in the file.

Why this exists: ``secure_delete`` zeroes a deleted cell where it lies and every page that is
freed, but not the *unallocated gap* of a page that SQLite rebuilt when it balanced the b-tree
(``rebuildPage`` writes the cells it keeps from the page's end and leaves the bytes below them
as they were). So an insert that splits a page of ``contact_details`` or of its indexes can leave
an old copy of a buyer's name in the gap of the page it split; the wipe later deletes (and
zeroes) the live cell, and the stale copy survives, readable by anyone with the passphrase and a
page-level tool. The fault suite found such copies of wiped names in index pages.

The remedy costs one pass over the contact rows still held (a few weeks of orders, never the
store's history): copy them to a scratch table, ``DROP`` the table (every page of the table and
of its indexes is freed, and ``secure_delete`` zeroes freed pages), create it again from its own
``CREATE`` statements, put the rows back and drop the scratch table (zeroed the same way). What
remains in these pages are copies of details still held, which the next scrub removes in turn when
they are deleted. It runs inside the caller's transaction, so a kill leaves either the old pages
(and the deletion not committed, or committed with the next pass due to scrub: see
``retention.wipe_steps``) or the scrubbed ones.

Label documents are contact details too (``label_wipe``): their table is rebuilt the same way in
the same pass. That copies the label files still held (a few weeks of labels), a cost paid once per
wipe pass that deletes something, and only where labels are bought.

Nothing here writes to a temporary file: the scratch table lives in the same (encrypted) database.
"""

from __future__ import annotations

import re

from seller_desktop.core.privacy.label_wipe import LABEL_TABLE

CONTACT_TABLE = "contact_details"
_CREATE = re.compile(
    r"^\s*CREATE\s+(UNIQUE\s+)?(TABLE|INDEX|TRIGGER)\s+(IF\s+NOT\s+EXISTS\s+)?", re.IGNORECASE
)


def scrub_contact_pages(conn, schema: str = "main") -> int:
    """Rebuild ``schema.contact_details`` and ``label_documents`` (where it exists) with their
    indexes on fresh pages; returns the contact rows kept.

    Must run inside a transaction (the caller's), on a connection with ``secure_delete`` on for
    ``schema``. Works on every schema version (the statements are read from ``sqlite_master``),
    so it serves the store and any backup attached to it.
    """
    kept = _scrub_table(conn, CONTACT_TABLE, schema)
    _scrub_table(conn, LABEL_TABLE, schema)
    return kept


def _scrub_table(conn, table: str, schema: str) -> int:
    """Rebuild one table and its indexes on fresh pages; returns the rows kept (0: no table).

    Nothing references these tables by foreign key, so dropping them cascades nowhere."""
    s, scratch = schema, f"{table}_scrub"
    entries = conn.execute(
        f"SELECT type, sql FROM {s}.sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL "
        "ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END, rowid",
        (table,),
    ).fetchall()
    if not entries or entries[0][0] != "table":
        return 0
    columns = ", ".join(_quote(row[1]) for row in conn.execute(f"PRAGMA {s}.table_info({table})"))
    conn.execute(f"DROP TABLE IF EXISTS {s}.{scratch}")
    # Scanned in rowid order, so the scratch table and the table again are filled by appends.
    conn.execute(
        f"CREATE TABLE {s}.{scratch} AS SELECT rowid AS scrub_rowid, {columns} FROM {s}.{table}"
    )
    conn.execute(f"DROP TABLE {s}.{table}")
    for _kind, sql in entries:
        conn.execute(_in_schema(sql, s))
    conn.execute(
        f"INSERT INTO {s}.{table} (rowid, {columns}) "
        f"SELECT scrub_rowid, {columns} FROM {s}.{scratch} ORDER BY rowid"
    )
    kept = int(conn.execute(f"SELECT count(*) FROM {s}.{scratch}").fetchone()[0])
    conn.execute(f"DROP TABLE {s}.{scratch}")
    return kept


def _in_schema(sql: str, schema: str) -> str:
    """``CREATE TABLE x`` → ``CREATE TABLE schema.x`` (indexes and triggers likewise; the table
    an index is ``ON`` stays unqualified, as SQLite requires)."""
    match = _CREATE.match(sql)
    if match is None:
        raise ValueError("unexpected statement for a contact table")
    return f"{sql[: match.end()]}{schema}.{sql[match.end() :].lstrip()}"


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
