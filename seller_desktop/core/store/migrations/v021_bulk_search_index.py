"""Schema 21: the search index's triggers can be paused for a bulk write, which then indexes once.

Schema 4's triggers rebuild an order's search document on every order and item row written: an
import of 50,000 orders wrote each document two or three times, and each delete-and-rewrite of
the same rowid made FTS5 flush a tiny segment and merge it again (20–30x the cost of the rows
themselves). Now each trigger comes in two halves, told apart by ``order_search_paused``:

- not paused (every ordinary writer: edits, shipping, the demo): the same statements as schema 4;
- paused (a bulk writer, inside its own transaction: ``importers.search_index``): the trigger only
  notes the order id in ``order_search_stale`` — the same orders the other half would have
  rebuilt, NEW and OLD alike — and the writer indexes them once before it resumes, in the order
  schema 4 would have numbered them, so the index ends exactly as the triggers would have left it.

The pause row lives only inside the bulk writer's transaction (it is deleted before the commit),
so no other connection ever sees it. Removing an order is never paused: it is rare, and its
document must go with it.

Inner trigger statements stay on the ``BEGIN … END`` line: the migration runner splits on ';' at
line ends.
"""

from seller_desktop.core.store.migrations.v004_order_search import _rebuild

DESCRIPTION = "search index triggers that a bulk write can pause, indexing its orders once"

_PAUSED = "EXISTS (SELECT 1 FROM order_search_paused)"


def _note(ref: str) -> str:
    # Not INSERT OR IGNORE: inside a trigger fired by an upsert the outer statement's conflict
    # handling wins (see schema 4), and a second note of the same order would fail.
    return (
        f"INSERT INTO order_search_stale (order_id) SELECT {ref} WHERE NOT EXISTS "
        f"(SELECT 1 FROM order_search_stale WHERE order_id = {ref});"
    )


SQL = f"""
CREATE TABLE order_search_paused (paused INTEGER PRIMARY KEY CHECK (paused = 1));
CREATE TABLE order_search_stale (order_id TEXT PRIMARY KEY);
DROP TRIGGER order_search_order_added;
DROP TRIGGER order_search_item_added;
DROP TRIGGER order_search_item_changed;
DROP TRIGGER order_search_item_removed;
CREATE TRIGGER order_search_order_added AFTER INSERT ON orders WHEN NOT {_PAUSED} BEGIN INSERT INTO order_search_docs (order_id) VALUES (NEW.order_id); {_rebuild("NEW.order_id")} END;
CREATE TRIGGER order_search_item_added AFTER INSERT ON order_items WHEN NOT {_PAUSED} BEGIN {_rebuild("NEW.order_id")} END;
CREATE TRIGGER order_search_item_changed AFTER UPDATE OF order_id, sku, product_name ON order_items WHEN NOT {_PAUSED} BEGIN {_rebuild("NEW.order_id")} {_rebuild("OLD.order_id")} END;
CREATE TRIGGER order_search_item_removed AFTER DELETE ON order_items WHEN NOT {_PAUSED} BEGIN {_rebuild("OLD.order_id")} END;
CREATE TRIGGER order_search_order_added_paused AFTER INSERT ON orders WHEN {_PAUSED} BEGIN {_note("NEW.order_id")} END;
CREATE TRIGGER order_search_item_added_paused AFTER INSERT ON order_items WHEN {_PAUSED} BEGIN {_note("NEW.order_id")} END;
CREATE TRIGGER order_search_item_changed_paused AFTER UPDATE OF order_id, sku, product_name ON order_items WHEN {_PAUSED} BEGIN {_note("NEW.order_id")} {_note("OLD.order_id")} END;
CREATE TRIGGER order_search_item_removed_paused AFTER DELETE ON order_items WHEN {_PAUSED} BEGIN {_note("OLD.order_id")} END;
"""
