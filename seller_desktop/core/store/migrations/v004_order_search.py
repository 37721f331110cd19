"""Schema 4: what the Orders screen needs to search, filter and sort 100,000 orders per keystroke.

- ``order_search``: an FTS5 trigram index over what an order may keep forever — its id, SKUs and
  product names — so a substring search of three or more characters is an index lookup instead of
  a scan. It never holds contact details, so the retention wipe has nothing to purge here.
  Its rowid is ``order_search_docs.doc_id`` (an INTEGER PRIMARY KEY, which VACUUM keeps) rather
  than the orders table's implicit rowid (which VACUUM may renumber).
- Triggers keep it in step with every writer (importer, manual edits, shipping) without any of
  them knowing it exists. An item insert rebuilds its order's document from the items present,
  so ``INSERT OR REPLACE`` and upserts come out right too.
- ``contact_details_names``: a covering index so that matching buyer and recipient names scans a
  few megabytes instead of every address. It is a plain index on the contact table: deleting a row
  (the wipe) deletes its entries, and secure_delete overwrites them.
- Sort indexes for the columns the table can be sorted by (marketplace, ship-by date); purchase
  date, status, deadline and order id have theirs already.

Inner trigger statements stay on the ``BEGIN … END`` line: the migration runner splits on ';' at
line ends.
"""

DESCRIPTION = "order search index (FTS5 trigram, no contact details), name and sort indexes"

_BODY = (
    "(SELECT o.order_id || ' ' || coalesce((SELECT group_concat(i.sku || ' ' || i.product_name, ' ') "
    "FROM order_items i WHERE i.order_id = o.order_id), '') FROM orders o WHERE o.order_id = {ref})"
)


def _rebuild(ref: str) -> str:
    # DELETE then INSERT, not INSERT OR REPLACE: inside a trigger fired by an upsert the outer
    # statement's conflict handling wins, and FTS5 then reports a constraint failure.
    doc = f"(SELECT doc_id FROM order_search_docs WHERE order_id = {ref})"
    return (
        f"DELETE FROM order_search WHERE rowid = {doc}; "
        f"INSERT INTO order_search (rowid, body) SELECT d.doc_id, {_BODY.format(ref=ref)} "
        f"FROM order_search_docs d WHERE d.order_id = {ref};"
    )


SQL = f"""
CREATE TABLE order_search_docs (
    doc_id    INTEGER PRIMARY KEY,
    order_id  TEXT NOT NULL UNIQUE
);
CREATE VIRTUAL TABLE order_search USING fts5 (body, tokenize = 'trigram remove_diacritics 1');
INSERT INTO order_search_docs (order_id) SELECT order_id FROM orders ORDER BY rowid;
INSERT INTO order_search (rowid, body) SELECT d.doc_id, {_BODY.format(ref="d.order_id")} FROM order_search_docs d;
CREATE TRIGGER order_search_order_added AFTER INSERT ON orders BEGIN INSERT INTO order_search_docs (order_id) VALUES (NEW.order_id); {_rebuild("NEW.order_id")} END;
CREATE TRIGGER order_search_order_removed AFTER DELETE ON orders BEGIN DELETE FROM order_search WHERE rowid = (SELECT doc_id FROM order_search_docs WHERE order_id = OLD.order_id); DELETE FROM order_search_docs WHERE order_id = OLD.order_id; END;
CREATE TRIGGER order_search_item_added AFTER INSERT ON order_items BEGIN {_rebuild("NEW.order_id")} END;
CREATE TRIGGER order_search_item_changed AFTER UPDATE OF order_id, sku, product_name ON order_items BEGIN {_rebuild("NEW.order_id")} {_rebuild("OLD.order_id")} END;
CREATE TRIGGER order_search_item_removed AFTER DELETE ON order_items BEGIN {_rebuild("OLD.order_id")} END;
CREATE INDEX contact_details_names ON contact_details (order_id, buyer_name, recipient_name);
CREATE INDEX orders_by_marketplace ON orders (marketplace);
CREATE INDEX orders_by_ship_by ON orders (latest_ship_date);
"""
