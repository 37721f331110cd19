"""A search's matches as a list of order ids, made where the window does not wait for it.

Finding the orders a search term matches costs what the term matches: a selective term is an
index lookup, but a broad one ("B0", a common product word) copies hundreds of thousands of ids
(0.5–3 s at 500,000 orders). So the Orders screen asks for them on a worker thread with a
connection of its own (``matching_ids``), and pages through the answer on its own thread by id
(``orders_by_ids``: a page is 200 primary-key lookups, a few milliseconds at any size).

The answer holds at most ``MATCH_CAP`` ids, the first in the screen's sort order, and says
whether there were more: a seller does not scroll through 10,000 search results, and a capped
answer is one short walk of the sort index however many orders matched. The worker's connection
may be interrupted by a newer search (``OwnedConnection.interrupt``); the statement then fails
with SQLite's "interrupted" and the answer is never made.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from seller_desktop.core.orders.model import Order
from seller_desktop.core.orders.queries import (
    WALK_SORT_INDEX_ABOVE,
    OrderFilter,
    Sort,
    _order_by,
    _where,
    hits,
    text_clause,
)
from seller_desktop.core.orders.repository import (
    _HOLDS_CONTACT,
    _ORDER_COLUMNS,
    _attach_items,
    _order_from_row,
)

if TYPE_CHECKING:
    from seller_desktop.core.store.store import Store

#: The most matches an answer holds; the screen says "10,000+" above it.
MATCH_CAP = 10_000


@dataclass(frozen=True)
class Matches:
    """The ids of the orders a filter lets through, in sort order, at most ``MATCH_CAP``."""

    ids: tuple[str, ...] = ()
    #: More orders matched than ``ids`` holds.
    more: bool = False
    #: The first orders of ``ids``, read already (``read_first``): the screen paints them
    #: without reading the store on its own thread.
    first: tuple[Order, ...] = ()


def matching_ids(
    store: Store, f: OrderFilter, sort: Sort, cap: int = MATCH_CAP, read_first: int = 0
) -> Matches:
    """The first ``cap`` orders (ids only) that ``f`` lets through, in ``sort`` order, and the
    first ``read_first`` of them read in full.

    Meant for a search (``f.text``); without text it is the same query over the filters alone.
    """
    where, params = _where(store, replace(f, text=""))
    text = f.text.strip()
    if text:
        table = hits(store, text)
        found = int(store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        where.append(text_clause(table, walk_sort_index=found > WALK_SORT_INDEX_ABOVE))
    rows = store.conn.execute(
        "SELECT o.order_id FROM orders o "
        + (f"WHERE {' AND '.join(where)} " if where else "")
        + f"ORDER BY {_order_by(sort)} LIMIT ?",
        [*params, cap + 1],
    ).fetchall()
    ids = tuple(row[0] for row in rows[:cap])
    return Matches(ids, len(rows) > cap, tuple(orders_by_ids(store, ids[:read_first])))


def orders_by_ids(store: Store, ids: list[str] | tuple[str, ...]) -> list[Order]:
    """These orders with their items, in the order given (ids gone since are left out); no
    contact details, as ``queries.page`` gives them."""
    if not ids:
        return []
    rows = store.conn.execute(
        f"SELECT {', '.join('o.' + c for c in _ORDER_COLUMNS)}, {_HOLDS_CONTACT} FROM orders o "
        f"WHERE o.order_id IN ({', '.join('?' * len(ids))})",
        [store.now_iso(), *ids],
    ).fetchall()
    found = {order.order_id: order for order in map(_order_from_row, rows)}
    orders = [found[i] for i in ids if i in found]
    _attach_items(store, orders)
    return orders
