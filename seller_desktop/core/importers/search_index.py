"""The Orders search index during a bulk write: triggers paused, each touched order indexed once.

Schema 4's triggers keep ``order_search`` right for every writer, one row at a time; for a merge
of thousands of orders that costs 20–30x the rows themselves (each document rewritten per item,
each rewrite a tiny FTS5 segment to merge again). ``paused`` switches the triggers to noting the
touched order ids (schema 21) and, on the way out, indexes those orders once: removed documents
first, then new ones in rising rowid, so FTS5 appends instead of flushing.

The result is what the triggers would have written: the same document numbers (given in the
orders' rowid order, as each insert would have taken the next), the same text (the same query as
the triggers'). The pause row never outlives the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

#: An order's document, as schema 4's triggers build it (``v004_order_search._BODY``).
_BODY = (
    "d.order_id || ' ' || coalesce((SELECT group_concat(i.sku || ' ' || i.product_name, ' ') "
    "FROM order_items i WHERE i.order_id = d.order_id), '')"
)

#: Each driven by the few stale ids (CROSS JOIN keeps that order), never by a scan of the store.
_REINDEX = (
    # Stale documents out first (deleting flushes FTS5's pending rows, so do it once, up front).
    "DELETE FROM order_search WHERE rowid IN (SELECT d.doc_id FROM order_search_stale s "
    "CROSS JOIN order_search_docs d ON d.order_id = s.order_id ORDER BY d.doc_id)",
    # New orders take their document numbers in the order they were filed, as the trigger did.
    "INSERT INTO order_search_docs (order_id) SELECT o.order_id FROM order_search_stale s "
    "CROSS JOIN orders o ON o.order_id = s.order_id WHERE NOT EXISTS (SELECT 1 FROM order_search_docs "
    "d WHERE d.order_id = o.order_id) ORDER BY o.rowid",
    f"INSERT INTO order_search (rowid, body) SELECT d.doc_id, {_BODY} FROM order_search_stale s "
    "CROSS JOIN order_search_docs d ON d.order_id = s.order_id ORDER BY d.doc_id",
    "DELETE FROM order_search_stale",
)


@contextmanager
def paused(conn) -> Iterator[None]:
    """Inside the caller's transaction: write rows in bulk, then index their orders once.

    An order removed while paused has no document left to index (its own trigger, never paused,
    took its document with it); one noted but gone is simply not indexed.
    """
    conn.execute("INSERT INTO order_search_paused (paused) VALUES (1)")
    try:
        yield
    finally:
        conn.execute("DELETE FROM order_search_paused")
        for statement in _REINDEX:
            conn.execute(statement)
