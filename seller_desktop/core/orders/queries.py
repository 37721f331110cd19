"""Which orders the Orders screen shows: search, filters and sort, as SQL that stays fast at 100k.

The screen asks two things per keystroke — how many orders match, and one page of them — so both
are single statements over indexes (schema 4):

- Order ids, SKUs and product names are found through ``order_search``, an FTS5 trigram index (a
  search of three characters or more is an index lookup); one or two characters match the start
  of an order id or SKU only.
- The matching ids of a search are put once into an in-memory temp table that the count and the
  pages of the same keystroke share. The window does this on its search thread, never its own
  (``matches.matching_ids``): for a broad term it copies hundreds of thousands of ids.
- Buyer and recipient names are matched with LIKE over the covering index ``contact_details_names``,
  and only for orders that still hold their details and are not past their deadline. Names are
  never copied into a search index, so the wipe (which deletes contact rows) leaves nothing behind.
- This module only *matches* names; it never returns contact details.

Case: the trigram index ignores case and diacritics in any script; names match case-insensitively
for ASCII letters only (SQLite's LIKE), which covers most typed searches.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

from seller_desktop.core.orders.due import Due, DueDay, due_sql
from seller_desktop.core.orders.model import Order
from seller_desktop.core.orders.repository import (
    _HOLDS_CONTACT,
    _ORDER_COLUMNS,
    _attach_items,
    _order_from_row,
    count_orders,
)

if TYPE_CHECKING:
    from seller_desktop.core.store.store import Store

#: Shortest search the trigram index can answer; shorter text matches the start of ids and SKUs.
TRIGRAM = 3


class Tristate(Enum):
    """A yes/no filter that can also be off."""

    ANY = "any"
    YES = "yes"
    NO = "no"


class SortKey(Enum):
    """Columns the table can be sorted by: each one has an index, so a page is a short walk."""

    ORDER_ID = "order_id"
    PURCHASED = "purchased_at"
    MARKETPLACE = "marketplace"
    STATUS = "status"
    SHIP_BY = "latest_ship_date"
    DEADLINE = "retention_deadline"


@dataclass(frozen=True)
class Sort:
    key: SortKey = SortKey.PURCHASED
    descending: bool = True


@dataclass(frozen=True)
class OrderFilter:
    """What the seller narrowed the list to; the default shows every order.

    ``purchased_from`` / ``purchased_before`` are ISO UTC instants (inclusive / exclusive): the
    screen turns the seller's local calendar days into instants, so core needs no time zone.
    """

    text: str = ""
    statuses: frozenset[str] = field(default_factory=frozenset)
    marketplaces: frozenset[str] = field(default_factory=frozenset)
    purchased_from: str | None = None
    purchased_before: str | None = None
    printed: Tristate = Tristate.ANY
    holds_contact: Tristate = Tristate.ANY
    #: Late or due today (``orders.due``), measured against ``due_day`` (needed unless ANY).
    due: Due = Due.ANY
    due_day: DueDay | None = None

    def is_empty(self) -> bool:
        return self == OrderFilter()


#: Page cache for the store connection while the Orders screen searches (KiB, as SQLite counts).
#: Searching reads the search and names indexes (about 20 MB at 100,000 orders); with SQLCipher's
#: default cache every keystroke would decrypt them again, three to five times slower.
SEARCH_CACHE_KIB = 65536


def use_search_cache(store: Store) -> None:
    """Give the connection a page cache that holds the search indexes (filled only as read)."""
    store.conn.execute(f"PRAGMA cache_size = -{SEARCH_CACHE_KIB}")


def count_matching(store: Store, f: OrderFilter) -> int:
    """How many orders the filter lets through."""
    where, params = _where(store, f)
    if not where:
        return count_orders(store)
    only_text = f.text.strip() and f == OrderFilter(text=f.text)
    if only_text:  # the matching ids alone give the count: no orders row to read
        table = hits(store, f.text.strip())
        return int(store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    return int(
        store.conn.execute(
            f"SELECT count(*) FROM orders o WHERE {' AND '.join(where)}", params
        ).fetchone()[0]
    )


#: Above this many matches a page walks the sort index and checks each order against the matched
#: set (stops after one page); below it, it reads the matches and sorts them (few to sort).
WALK_SORT_INDEX_ABOVE = 2000


def page(
    store: Store,
    f: OrderFilter,
    sort: Sort = Sort(),
    offset: int = 0,
    limit: int = 200,
    matches: int | None = None,
) -> list[Order]:
    """One page of matching orders in ``sort`` order, with their items; no contact details.

    ``matches`` (the count the caller already has) picks the plan: SQLite cannot know that a
    search matching 20,000 orders is cheaper to page through the sort index than to sort.
    """
    where, params = _where(
        store, f, walk_sort_index=matches is not None and matches > WALK_SORT_INDEX_ABOVE
    )
    sql = (
        f"SELECT {', '.join('o.' + c for c in _ORDER_COLUMNS)}, {_HOLDS_CONTACT} FROM orders o "
        + (f"WHERE {' AND '.join(where)} " if where else "")
        + f"ORDER BY {_order_by(sort)} LIMIT ? OFFSET ?"
    )
    rows = store.conn.execute(sql, [store.now_iso(), *params, limit, offset]).fetchall()
    orders = [_order_from_row(row) for row in rows]
    _attach_items(store, orders)
    return orders


def row_of(store: Store, f: OrderFilter, sort: Sort, order_id: str) -> int | None:
    """Where ``order_id`` sits in the filtered, sorted list (None if filtered out or gone).

    Lets the screen keep the seller's selection across a refresh without reading every page.
    """
    where, params = _where(store, f)
    extra = "".join(f" AND {w}" for w in where)
    if (
        store.conn.execute(
            f"SELECT 1 FROM orders o WHERE o.order_id = ?{extra}", [order_id, *params]
        ).fetchone()
        is None
    ):
        return None
    row = store.conn.execute(
        f"SELECT count(*) FROM orders o, orders t WHERE t.order_id = ? AND {_before(sort)}{extra}",
        [order_id, *params],
    ).fetchone()
    return int(row[0])


# -- SQL pieces ------------------------------------------------------------------------------------


def _where(store: Store, f: OrderFilter, walk_sort_index: bool = False) -> tuple[list[str], list]:
    where: list[str] = []
    params: list = []
    if f.statuses:
        where.append(f"o.status IN ({', '.join('?' * len(f.statuses))})")
        params += sorted(f.statuses)
    if f.marketplaces:
        where.append(f"o.marketplace IN ({', '.join('?' * len(f.marketplaces))})")
        params += sorted(f.marketplaces)
    if f.purchased_from:
        where.append("o.purchased_at >= ?")
        params.append(f.purchased_from)
    if f.purchased_before:
        where.append("o.purchased_at < ?")
        params.append(f.purchased_before)
    if f.printed is Tristate.YES:
        where.append("o.printed_at IS NOT NULL")
    elif f.printed is Tristate.NO:
        where.append("o.printed_at IS NULL")
    if f.holds_contact is not Tristate.ANY:
        held = "(o.retention_deadline > ? AND o.order_id IN (SELECT order_id FROM contact_details))"
        where.append(held if f.holds_contact is Tristate.YES else f"NOT {held}")
        params.append(store.now_iso())
    if f.due is not Due.ANY and f.due_day is not None:
        condition, values = due_sql(f.due, f.due_day)
        where.append(condition)
        params += values
    text = f.text.strip()
    if text:
        where.append(text_clause(hits(store, text), walk_sort_index))
    return where, params


def text_clause(table: str, walk_sort_index: bool) -> str:
    """Orders among the matches held in ``table`` (see ``hits``)."""
    # A unary + keeps SQLite from driving the query by the matched ids (then sorting them all).
    return f"{'+' if walk_sort_index else ''}o.order_id IN (SELECT order_id FROM {table})"


#: The in-memory table of the current search's matches (order ids only; temp_store is memory).
HITS = "temp.order_search_hits"


def hits(store: Store, text: str) -> str:
    """Fill (or reuse) the table of order ids matching ``text``.

    A keystroke asks for the count and then a page; both use these ids, so the index lookup and
    the names scan run once, not twice. Reused only while nothing has been written (by us or by
    another process) and within the same second, so a wipe is never outlived by a stale match.
    """
    key = (
        text,
        store.conn.total_changes,
        store.conn.execute("PRAGMA data_version").fetchone()[0],
        store.now_iso(),
    )
    if store.caches.get(HITS) == key:
        return HITS
    sql, params = _text_ids(store, text)
    # Forgotten first: a fill interrupted by a newer search leaves the table part-filled.
    store.caches.pop(HITS, None)
    store.conn.execute(
        f"CREATE TEMP TABLE IF NOT EXISTS {HITS.split('.')[1]} "
        "(order_id TEXT PRIMARY KEY) WITHOUT ROWID"
    )
    store.conn.execute(f"DELETE FROM {HITS}")
    store.conn.execute(f"INSERT OR IGNORE INTO {HITS} (order_id) {sql}", params)
    # total_changes moved with our own insert: remember the state after it.
    store.caches[HITS] = (text, store.conn.total_changes, key[2], key[3])
    return HITS


def _text_ids(store: Store, text: str) -> tuple[str, list]:
    """A SELECT of the order ids whose id, SKU, product or (held) buyer/recipient name contains
    ``text``: the union of an index lookup and a scan of the small names index."""
    if len(text) < TRIGRAM:
        # One or two characters: as the start of an order id or SKU (index ranges). Searching
        # inside product names and buyer names starts at three characters, where the trigram
        # index answers at once; two letters would match most of a store anyway.
        ranges = [(text, text + "\U0010ffff"), (text.upper(), text.upper() + "\U0010ffff")]
        return (
            "SELECT order_id FROM orders WHERE order_id >= ? AND order_id < ? "
            "UNION SELECT order_id FROM order_items WHERE sku >= ? AND sku < ? "
            "UNION SELECT order_id FROM order_items WHERE sku >= ? AND sku < ?",
            [*ranges[0], *ranges[0], *ranges[1]],
        )
    like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    product_param = '"' + text.replace('"', '""') + '"'  # one FTS phrase: a plain substring
    sql = (
        "SELECT d.order_id FROM order_search s JOIN order_search_docs d ON d.doc_id = s.rowid "
        "WHERE order_search MATCH ? "
        "UNION "
        "SELECT c.order_id FROM contact_details c INDEXED BY contact_details_names "
        "WHERE (c.buyer_name LIKE ? ESCAPE '\\' OR c.recipient_name LIKE ? ESCAPE '\\') "
        "AND EXISTS (SELECT 1 FROM orders h WHERE h.order_id = c.order_id "
        "AND h.retention_deadline > ?)"
    )
    return sql, [product_param, like, like, store.now_iso()]


def _direction(sort: Sort) -> tuple[str, str]:
    """(column direction, tie-break direction). The purchase index is (purchased_at DESC,
    order_id), so its tie-break runs against it; the single-column indexes end in the rowid."""
    main = "DESC" if sort.descending else "ASC"
    if sort.key is SortKey.PURCHASED:
        return main, ("ASC" if sort.descending else "DESC")
    return main, main


def _tiebreak(sort: Sort) -> str:
    return "o.order_id" if sort.key is SortKey.PURCHASED else "o.rowid"


def _order_by(sort: Sort) -> str:
    main, tie = _direction(sort)
    if sort.key is SortKey.ORDER_ID:
        return f"o.order_id {main}"
    return f"o.{sort.key.value} {main}, {_tiebreak(sort)} {tie}"


def _before(sort: Sort) -> str:
    """Rows of ``o`` that sort before the target row ``t`` (NULLs sort first, as in SQLite)."""
    main, tie = _direction(sort)
    col = sort.key.value
    if sort.key is SortKey.ORDER_ID:
        return f"o.order_id {'>' if main == 'DESC' else '<'} t.order_id"
    tie_col = "order_id" if sort.key is SortKey.PURCHASED else "rowid"
    lt = ">" if main == "DESC" else "<"
    tie_lt = ">" if tie == "DESC" else "<"
    # NULL (no ship-by date) sorts first ascending and last descending, as SQLite orders it.
    null_first = (
        f"(o.{col} IS NULL AND t.{col} IS NOT NULL)"
        if lt == "<"
        else f"(t.{col} IS NULL AND o.{col} IS NOT NULL)"
    )
    return (
        f"((o.{col} {lt} t.{col}) OR {null_first}"
        f" OR (o.{col} IS t.{col} AND o.{tie_col} {tie_lt} t.{tie_col}))"
    )
