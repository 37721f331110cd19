"""Importing an Amazon order report into the store: one file, one transaction.

``import_steps`` is a generator that yields ``Progress`` (rows done, rows total) so the GUI can run
it on its worker thread with a progress bar; closing the generator early (cancel) rolls the whole
file back. ``import_file`` runs it to the end for the CLI and tests.

Rules, all checked by tests:
- idempotent: the same file twice writes nothing (orders are compared before they are written);
- a newer report updates status, quantities, prices and ASINs without duplicating items;
- nothing the seller recorded is downgraded: status never moves back (shipped stays shipped),
  shipped quantities never shrink, printed_at / shipped_on / delivered_on are never touched;
- contact details of an order already past its retention deadline are not stored at all
  ("wiped on arrival"), and details wiped earlier are never brought back by an old report;
- row problems are listed by line and reason, never with contact details; by default good rows are
  imported, in strict mode nothing is;
- only a real Amazon order id (``order_ids.is_amazon_order_id``) is ever stored or quoted: a row
  whose order-id cell holds anything else (a name, an address, a note) is a row problem named by
  its line and the column, and the cell's value goes nowhere — not into the store, the search
  index, the event log, nor any message.

Speed matters (50,000-row files): rows are grouped per order in one pass, existing orders are read
in chunks with one query per table, and writes are batched with ``executemany``.
"""

from __future__ import annotations

import gc
from collections.abc import Generator, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

import sqlcipher3

from seller_desktop.core.base.clock import Clock, to_iso_utc
from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.importers.flatfile import read_flat_file
from seller_desktop.core.importers.order_ids import EXAMPLE, is_amazon_order_id
from seller_desktop.core.importers.report_types import UNSHIPPED, Layout, recognise
from seller_desktop.core.orders.marketplaces import MARKETPLACES
from seller_desktop.core.orders.model import CONTACT_FIELDS, Order, OrderItem
from seller_desktop.core.orders.repository import _ITEM_COLUMNS as ITEM_COLUMNS
from seller_desktop.core.orders.repository import _ORDER_COLUMNS as ORDER_COLUMNS
from seller_desktop.core.privacy.deadlines import compute_deadline
from seller_desktop.core.privacy.retention import wiped_order_ids
from seller_desktop.core.settings import load_settings
from seller_desktop.core.store.events import log_event
from seller_desktop.core.store.store import Store

CHUNK_ORDERS = 2000
SQL_VARIABLES = 500
SOURCE = "report"

#: Status order: a report may move an order forward, never back. Cancelled is as final as shipped.
_RANK = {"pending": 0, "unshipped": 1, "partially_shipped": 2, "shipped": 3, "cancelled": 3}
#: All Orders ``order-status`` values (lower case, letters only) → our status.
_ORDER_STATUS = {
    "pending": "pending",
    "pendingwaitingforpickup": "pending",
    "pendingavailability": "pending",
    "unshipped": "unshipped",
    "shipping": "unshipped",
    "partiallyshipped": "partially_shipped",
    "shipped": "shipped",
    "shippeddeliveredtobuyer": "shipped",
    "complete": "shipped",
    "invoiceunconfirmed": "shipped",
    "cancelled": "cancelled",
    "canceled": "cancelled",
}
_BY_CHANNEL = {m.name.lower(): m.code for m in MARKETPLACES.values()}
_BY_CURRENCY: dict[str, str] = {}
for _m in MARKETPLACES.values():
    _BY_CURRENCY[_m.currency] = (
        "" if _m.currency in _BY_CURRENCY else _m.code
    )  # "" = ambiguous (EUR)
_TRUE = {"true", "yes", "y", "1"}
#: Years a report's dates can have. Outside them a date is damage, and it would break what is
#: computed from it: a deadline 60 days after 9999-12-31 overflows, and year 1 is written "1-01-01"
#: by strftime, which nothing can read back.
_PLAUSIBLE_YEARS = range(1995, 2200)


@dataclass(frozen=True)
class Problem:
    """A row that was not imported: its line and why, in words for the seller.

    ``line`` is the physical line of the file as a seller counts it (the header is line 1). The
    reason names columns, and an order only by an id that passed ``is_amazon_order_id``; it never
    holds a cell's value, since any cell may hold a buyer's details (even the order-id cell).
    """

    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


@dataclass(frozen=True)
class Progress:
    done: int
    total: int


@dataclass
class ImportSummary:
    file_name: str
    report_kind: str = ""
    encoding: str = ""
    rows: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    items: int = 0
    wiped_on_arrival: int = 0
    promotion_rows: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def orders(self) -> int:
        return self.new + self.updated + self.unchanged

    def describe(self, max_problems: int = 20) -> list[str]:
        """Lines for the seller: counts first, then the problems (line numbers and reasons)."""
        lines = [
            f"{self.file_name} ({self.report_kind}, {self.encoding}): {self.orders} orders with "
            f"{self.items} items — {self.new} new, {self.updated} updated, {self.unchanged} unchanged."
        ]
        if self.wiped_on_arrival:
            lines.append(
                f"  {self.wiped_on_arrival} orders were already past their retention deadline: "
                "their contact details were not stored."
            )
        if self.problems:
            lines.append(f"  {len(self.problems)} rows were not imported:")
            lines += [f"    {p}" for p in self.problems[:max_problems]]
            if len(self.problems) > max_problems:
                lines.append(f"    … and {len(self.problems) - max_problems} more.")
        return lines


class ImportRefused(BadInput):
    """Strict mode found row problems: nothing of the file was imported."""

    def __init__(self, summary: ImportSummary) -> None:
        self.summary = summary
        shown = "; ".join(str(p) for p in summary.problems[:5])
        more = f" (and {len(summary.problems) - 5} more)" if len(summary.problems) > 5 else ""
        super().__init__(
            f"{summary.file_name}: {len(summary.problems)} rows have problems, so nothing was "
            f"imported (strict mode): {shown}{more}. Import without --strict to take the good rows."
        )


class _RowProblem(Exception):
    pass


@contextmanager
def _savepoint(conn) -> Iterator[None]:
    """Undo just this step on failure, inside the file's transaction."""
    conn.execute("SAVEPOINT import_step")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK TO import_step")
        conn.execute("RELEASE import_step")
        raise
    conn.execute("RELEASE import_step")


@contextmanager
def _no_gc() -> Iterator[None]:
    """Pause the cycle collector for one bulk step (never across a yield).

    Reading 50,000 rows makes millions of small lists and strings; the collector would walk them
    again and again (a third of the import time) though they hold no cycles.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@dataclass
class _Incoming:
    """One order as the report describes it, before merging with what the store holds."""

    order: Order
    items: dict[str, OrderItem]
    contact: dict[str, str]
    marketplace_explicit: bool
    last_updated: str | None
    quantity_shipped_known: bool
    rows: int = 0


def import_file(
    store: Store, path: Path, *, strict: bool = False, clock: Clock | None = None
) -> ImportSummary:
    """Import one report file to the end; raises BadInput (nothing changed) if it is refused."""
    steps = import_steps(store, path, strict=strict, clock=clock)
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return stop.value


def import_steps(
    store: Store, path: Path, *, strict: bool = False, clock: Clock | None = None
) -> Generator[Progress, None, ImportSummary]:
    """Yield Progress while importing; the summary is the generator's return value.

    Closing the generator before it finishes (``steps.close()``) rolls the file back.
    """
    clock = clock or store.clock
    with _no_gc():
        flat = read_flat_file(Path(path))
    layout = recognise(flat)
    summary = ImportSummary(flat.name, layout.kind, flat.encoding)
    oid_index = layout.order["order_id"]
    assert oid_index is not None
    column = layout.order_id_column
    # A line we cannot read spoils its whole order: half an order is worse than none (the
    # seller would ship it short). The other lines of that order are listed as left out. Only a
    # real order id can name an order; whatever else the cell holds is never kept.
    spoiled: dict[str, int] = {}
    for number, fields in flat.undecodable:
        summary.problems.append(
            Problem(
                number, f"the line could not be read as text in {flat.encoding}; it was left out"
            )
        )
        if is_amazon_order_id(fields[oid_index]):
            spoiled.setdefault(fields[oid_index], number)
    for number, fields in flat.too_long:
        summary.problems.append(
            Problem(number, "the line has more columns than the header; it was left out")
        )
        if is_amazon_order_id(fields[oid_index]):
            spoiled.setdefault(fields[oid_index], number)
    # The one gate for order ids: every id below (grouped, parsed, merged, written, logged and
    # quoted in problems) has passed it. A refused row is a row problem like any other (left out,
    # or the whole file in strict mode), named by line and column only: the cell may hold a
    # buyer's name, which must not reach the store or a message.
    groups: dict[str, list[tuple[int, list[str]]]] = {}
    for number, fields in flat.rows:
        oid = fields[oid_index]
        if not oid:
            summary.problems.append(Problem(number, f"the {column} is empty"))
            continue
        if not is_amazon_order_id(oid):
            summary.problems.append(
                Problem(
                    number,
                    f"the {column} is not an Amazon order id (three groups of digits, like "
                    f"{EXAMPLE})",
                )
            )
            continue
        if oid in spoiled:
            summary.problems.append(
                Problem(number, f"order {oid} was left out: its line {spoiled[oid]} has a problem")
            )
            continue
        group = groups.get(oid)
        if group is None:
            groups[oid] = [(number, fields)]
        else:
            group.append((number, fields))
    _leave_out_shared_item_ids(groups, layout.order["order_item_id"], summary)
    total = len(flat.rows) + len(flat.undecodable) + len(flat.too_long)
    summary.rows = total
    settings = load_settings(store)
    now = to_iso_utc(clock.now())
    context = _Context(
        layout, settings.default_marketplace, settings.retention_days, now, now, store.conn
    )
    yield Progress(0, total)
    done = total - sum(len(g) for g in groups.values())
    order_ids = list(groups)
    with store.transaction() as conn:
        has_orders = conn.execute("SELECT EXISTS (SELECT 1 FROM orders)").fetchone()[0]
        for start in range(0, len(order_ids), CHUNK_ORDERS):
            chunk_ids = order_ids[start : start + CHUNK_ORDERS]
            incoming: list[_Incoming] = []
            with _no_gc():
                for oid in chunk_ids:
                    parsed = _parse_order(oid, groups[oid], context, summary)
                    if parsed is not None:
                        incoming.append(parsed)
                    done += len(groups[oid])
                if not (strict and summary.problems):
                    existing = (
                        _load_existing(conn, [i.order.order_id for i in incoming])
                        if has_orders
                        else None
                    )
                    _write(conn, _merge_all(incoming, existing, context, summary))
            yield Progress(done, total)
        summary.problems.sort(key=lambda p: p.line)
        if strict and summary.problems:
            raise ImportRefused(summary)
        if summary.new or summary.updated:
            log_event(
                store,
                "import",
                f"{layout.kind}: {summary.new} new, {summary.updated} updated, "
                f"{summary.unchanged} unchanged, {len(summary.problems)} rows refused, "
                f"{summary.wiped_on_arrival} wiped on arrival",
            )
    return summary


def _leave_out_shared_item_ids(
    groups: dict[str, list[tuple[int, list[str]]]], item_index: int | None, summary: ImportSummary
) -> None:
    """Leave out every order whose order-item-id another order of the same file also uses.

    Amazon never gives two orders the same item id, so such a file is damaged (columns shifted,
    rows pasted together), and we cannot tell which order the item belongs to. Written as they
    are, the item would be filed under the last of them and the other order kept without it —
    shipped short — and every new import of the file would move it back and forth.
    """
    if item_index is None:  # All Orders: items are known by order and SKU, never shared
        return
    owner: dict[str, tuple[str, int]] = {}
    clashes: dict[str, tuple[str, int]] = {}
    for oid, rows in groups.items():
        for number, fields in rows:
            item_id = fields[item_index]
            if not item_id:
                continue
            first = owner.setdefault(item_id, (oid, number))
            if first[0] != oid:
                clashes.setdefault(oid, first)
                clashes.setdefault(first[0], (oid, number))
    for oid, (other, line) in clashes.items():
        summary.problems += [
            Problem(
                number,
                f"order {oid} was left out: an order-item-id of it is also used by "
                f"order {other} (line {line})",
            )
            for number, _fields in groups.pop(oid)
        ]


# --- reading rows into orders ---------------------------------------------------------------------


@dataclass
class _Context:
    layout: Layout
    default_marketplace: str
    retention_days: int
    now: str
    stamp: str
    conn: object = None
    dates: dict[str, str] = field(default_factory=dict)
    _wiped: set[str] | None = None

    def wiped_ids(self) -> set[str]:
        if self._wiped is None:
            self._wiped = wiped_order_ids(self.conn)
        return self._wiped


def _parse_order(
    oid: str, rows: list[tuple[int, list[str]]], ctx: _Context, summary: ImportSummary
) -> _Incoming | None:
    """The rows of one order → one _Incoming; bad rows become problems, promotion rows are skipped."""
    col = ctx.layout.order
    result: _Incoming | None = None
    bad_line = 0
    good_lines: list[int] = []
    for number, f in rows:
        try:
            sku = _required(f, col, "sku")
            item_id = f[col["order_item_id"]] if col["order_item_id"] is not None else ""
            if not sku and not item_id:
                if col["asin"] is None or not f[col["asin"]]:
                    summary.promotion_rows += 1  # a promotion or adjustment row: never an item
                    continue
            if not sku:
                raise _RowProblem("the sku is empty")
            item = _item_from_row(oid, item_id, sku, f, col)
            if result is None:
                result = _order_from_row(oid, f, ctx)
        except _RowProblem as problem:
            summary.problems.append(Problem(number, f"order {oid}: {problem}"))
            bad_line = bad_line or number
            continue
        good_lines.append(number)
        if result is not None:
            result.items[item.order_item_id] = item
            result.rows += 1
    if bad_line:  # half an order is worse than none: the seller would ship it short
        summary.problems += [
            Problem(n, f"order {oid} was left out: its line {bad_line} has a problem")
            for n in good_lines
        ]
        return None
    if result is not None and ctx.layout.kind == UNSHIPPED:
        shipped = sum(i.quantity_shipped for i in result.items.values())
        if shipped:
            wanted = sum(i.quantity for i in result.items.values())
            result.order.status = "shipped" if shipped >= wanted else "partially_shipped"
    return result


def _order_from_row(oid: str, f: list[str], ctx: _Context) -> _Incoming:
    col = ctx.layout.order
    purchased = _instant_required(_required(f, col, "purchased_at"), "purchase-date", ctx)
    if len(purchased) == 10:  # a bare date: the instant must be UTC, so take its start
        purchased += "T00:00:00Z"
    marketplace, explicit = _marketplace(f, col, ctx.default_marketplace)
    status = "unshipped"
    last_updated = None
    if col["order_status"] is not None:
        raw = "".join(ch for ch in f[col["order_status"]].lower() if ch.isalpha())
        if raw not in _ORDER_STATUS:
            raise _RowProblem("the order-status is not one Amazon uses")
        status = _ORDER_STATUS[raw]
        if col["last_updated"] is not None:
            last_updated = _instant(f[col["last_updated"]], "last-updated-date", ctx)
    contact = {}
    for name, index in ctx.layout.contact:
        value = f[index]
        if value:
            contact[name] = value
    order = Order(
        order_id=oid,
        marketplace=marketplace,
        purchased_at=purchased,
        status=status,
        ship_service=_text(f, col["ship_service"]),
        currency=_text(f, col["currency"]),
        is_business=_flag(f, col["is_business"]),
        is_gift=bool(contact.get("gift_message")) or bool(_flag(f, col["gift_flag"])),
        latest_ship_date=_instant(_cell(f, col["latest_ship_date"]), "latest-ship-date", ctx),
        latest_delivery_date=_instant(
            _cell(f, col["latest_delivery_date"]), "latest-delivery-date", ctx
        ),
        ship_country=_text(f, col["ship_country"]),
        ship_region=_text(f, col["ship_region"]),
        source=SOURCE,
    )
    if status == "cancelled" and last_updated:
        order.cancelled_on = last_updated[:10]
    return _Incoming(
        order, {}, contact, explicit, last_updated, col["quantity_shipped"] is not None
    )


def _item_from_row(
    oid: str, item_id: str, sku: str, f: list[str], col: dict[str, int | None]
) -> OrderItem:
    quantity = _whole(_required(f, col, "quantity"), "quantity-purchased")
    shipped = (
        _whole(f[col["quantity_shipped"]], "quantity-shipped")
        if col["quantity_shipped"] is not None
        else 0
    )
    return OrderItem(
        order_item_id=item_id or synthetic_item_id(oid, sku),
        sku=sku,
        quantity=quantity,
        product_name=_cell(f, col["product_name"]),
        asin=_text(f, col["asin"]),
        quantity_shipped=shipped,
        item_price=_text(f, col["item_price"]),
        item_tax=_text(f, col["item_tax"]),
        shipping_price=_text(f, col["shipping_price"]),
        shipping_tax=_text(f, col["shipping_tax"]),
    )


def synthetic_item_id(order_id: str, sku: str) -> str:
    """The All Orders report has no order-item-id; until another report names the item, it is
    known by order and SKU. Real ids are digits only, so the colon tells them apart."""
    return f"{order_id}:{sku}"


def _required(f: list[str], col: dict[str, int | None], key: str) -> str:
    """The cell of a column recognise() refuses a report without (sku, purchase-date, quantity)."""
    index = col[key]
    if index is None:
        raise AssertionError(f"a recognised report always has the {key} column")
    return f[index]


def _cell(f: list[str], index: int | None) -> str:
    return f[index] if index is not None else ""


def _text(f: list[str], index: int | None) -> str | None:
    if index is None:
        return None
    return f[index] or None


def _flag(f: list[str], index: int | None) -> bool | None:
    if index is None or not f[index]:
        return None
    return f[index].lower() in _TRUE


def _whole(text: str, column: str) -> int:
    if not text:
        return 0 if column == "quantity-shipped" else _fail(f"the {column} is empty")
    try:
        value = int(text)
    except ValueError:
        raise _RowProblem(f"the {column} is not a whole number") from None
    if value < 0:
        raise _RowProblem(f"the {column} is negative")
    return value


def _fail(reason: str) -> int:
    raise _RowProblem(reason)


def _instant(text: str, column: str, ctx: _Context) -> str | None:
    """ISO 8601 with any offset → UTC instant text; a date alone stays a date; empty → None."""
    return _instant_required(text, column, ctx) if text else None


def _instant_required(text: str, column: str, ctx: _Context) -> str:
    """As _instant, for a column that must not be empty."""
    if not text:
        raise _RowProblem(f"the {column} is empty")
    cached = ctx.dates.get(text)
    if cached is not None:
        return cached
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            year = day.year
            value = day.isoformat()
        else:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
            if moment.tzinfo is None:
                raise _RowProblem(f"the {column} has no time zone")
            year = moment.year
            value = moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    except (ValueError, OverflowError):  # OverflowError: year 1 or 9999 moved to UTC
        raise _RowProblem(f"the {column} is not a date in Amazon's format") from None
    if year not in _PLAUSIBLE_YEARS:
        raise _RowProblem(f"the {column} is not a plausible date (year {year})")
    ctx.dates[text] = value
    return value


def _marketplace(f: list[str], col: dict[str, int | None], default: str) -> tuple[str, bool]:
    """From sales-channel ("Amazon.de" → DE), else ship-country, else currency, else the default."""
    channel = _cell(f, col["sales_channel"]).lower()
    if channel in _BY_CHANNEL:
        return _BY_CHANNEL[channel], True
    country = _cell(f, col["ship_country"]).upper()
    if country in MARKETPLACES:
        return country, False
    by_currency = _BY_CURRENCY.get(_cell(f, col["currency"]).upper())
    if by_currency:
        return by_currency, False
    return default, False


# --- merging with the store -----------------------------------------------------------------------


@dataclass
class _Existing:
    orders: dict[str, tuple]
    items: dict[str, list[tuple]]
    contacts: dict[str, tuple]


@dataclass
class _Writes:
    new_orders: list[tuple] = field(default_factory=list)
    changed_orders: list[tuple] = field(default_factory=list)
    #: Items and contact details of orders new to the store: plain INSERTs, the cheapest.
    new_items: list[tuple] = field(default_factory=list)
    new_contacts: list[tuple] = field(default_factory=list)
    items: list[tuple] = field(default_factory=list)
    #: (real id, stand-in id): items first known from All Orders, now named by a real report.
    renamed_items: list[tuple] = field(default_factory=list)
    contacts: list[tuple] = field(default_factory=list)
    deleted_contacts: list[tuple] = field(default_factory=list)


def _load_existing(conn, order_ids: list[str]) -> _Existing:
    found = _Existing({}, {}, {})
    for start in range(0, len(order_ids), SQL_VARIABLES):
        part = order_ids[start : start + SQL_VARIABLES]
        marks = ", ".join("?" * len(part))
        for row in conn.execute(
            f"SELECT {', '.join(ORDER_COLUMNS)} FROM orders WHERE order_id IN ({marks})", part
        ):
            found.orders[row[0]] = tuple(row)
        for row in conn.execute(
            f"SELECT order_id, {', '.join(ITEM_COLUMNS)} FROM order_items "
            f"WHERE order_id IN ({marks}) ORDER BY rowid",
            part,
        ):
            found.items.setdefault(row[0], []).append(tuple(row[1:]))
        for row in conn.execute(
            f"SELECT order_id, {', '.join(CONTACT_FIELDS)} FROM contact_details "
            f"WHERE order_id IN ({marks})",
            part,
        ):
            found.contacts[row[0]] = tuple(row[1:])
    return found


def _merge_all(
    incoming: Iterable[_Incoming], existing: _Existing | None, ctx: _Context, summary: ImportSummary
) -> _Writes:
    writes = _Writes()
    for inc in incoming:
        oid = inc.order.order_id
        old = existing.orders.get(oid) if existing is not None else None
        if existing is None or old is None:
            _merge_new(inc, ctx, summary, writes)
        else:
            _merge_known(
                inc,
                old,
                existing.items.get(oid, []),
                existing.contacts.get(oid),
                ctx,
                summary,
                writes,
            )
        summary.items += len(inc.items)
    return writes


def _order_row(order: Order) -> tuple:
    return (
        order.order_id,
        order.marketplace,
        order.status,
        order.purchased_at,
        order.ship_service,
        order.currency,
        int(bool(order.is_business)),
        int(bool(order.is_gift)),
        order.latest_ship_date,
        order.latest_delivery_date,
        order.shipped_on,
        order.delivered_on,
        order.cancelled_on,
        order.ship_country,
        order.ship_region,
        order.printed_at,
        order.retention_deadline,
        order.source,
        order.retention_extension_days,
    )


def _item_row(item: OrderItem) -> tuple:
    return (
        item.order_item_id,
        item.sku,
        item.quantity,
        item.product_name,
        item.asin,
        item.quantity_shipped,
        item.item_price,
        item.item_tax,
        item.shipping_price,
        item.shipping_tax,
    )


def _merge_new(inc: _Incoming, ctx: _Context, summary: ImportSummary, writes: _Writes) -> None:
    order = inc.order
    order.is_business = bool(order.is_business)
    order.retention_deadline = compute_deadline(order, ctx.retention_days)
    writes.new_orders.append(_order_row(order) + (ctx.stamp, ctx.stamp))
    oid = order.order_id
    writes.new_items += [_item_row(i) + (oid,) for i in inc.items.values()]
    if inc.contact:
        if order.retention_deadline <= ctx.now:
            summary.wiped_on_arrival += 1
        else:
            writes.new_contacts.append((oid, *map(inc.contact.get, CONTACT_FIELDS)))
    summary.new += 1


def _merge_known(
    inc: _Incoming,
    old_row: tuple,
    old_items: list[tuple],
    old_contact: tuple | None,
    ctx: _Context,
    summary: ImportSummary,
    writes: _Writes,
) -> None:
    old = Order(**dict(zip(ORDER_COLUMNS, old_row)))
    new = inc.order
    merged = Order(
        order_id=old.order_id,
        marketplace=new.marketplace if inc.marketplace_explicit else old.marketplace,
        purchased_at=new.purchased_at,
        status=new.status if _RANK[new.status] > _RANK[old.status] else old.status,
        ship_service=new.ship_service or old.ship_service,
        currency=new.currency or old.currency,
        is_business=bool(old.is_business) if new.is_business is None else new.is_business,
        is_gift=bool(old.is_gift) or bool(new.is_gift),
        latest_ship_date=new.latest_ship_date or old.latest_ship_date,
        latest_delivery_date=new.latest_delivery_date or old.latest_delivery_date,
        shipped_on=old.shipped_on,
        delivered_on=old.delivered_on,
        cancelled_on=old.cancelled_on,
        ship_country=new.ship_country or old.ship_country,
        ship_region=new.ship_region or old.ship_region,
        printed_at=old.printed_at,
        source=old.source,
        retention_extension_days=old.retention_extension_days,
    )
    if merged.status == "cancelled" and not merged.cancelled_on:
        merged.cancelled_on = new.cancelled_on
    merged.retention_deadline = compute_deadline(merged, ctx.retention_days)
    if old.retention_deadline and old.retention_deadline <= ctx.now:
        # A deadline that has passed stays passed. A report that moves the purchase date later
        # would otherwise move it into the future: the details dropped now as past their
        # deadline would be stored by the next import of the same file.
        merged.retention_deadline = min(merged.retention_deadline, old.retention_deadline)
    row = _order_row(merged)
    order_changed = row != tuple(old_row[: len(row)])
    items_changed = _merge_items(old.order_id, inc, old_items, writes)
    contact_changed = _merge_contact(inc, old, merged, old_contact, ctx, summary, writes)
    if order_changed:
        writes.changed_orders.append(row[1:] + (ctx.stamp, row[0]))
    elif items_changed or contact_changed:
        writes.changed_orders.append(tuple(old_row[1:]) + (ctx.stamp, row[0]))
    if order_changed or items_changed or contact_changed:
        summary.updated += 1
    else:
        summary.unchanged += 1


def _merge_items(oid: str, inc: _Incoming, old_items: list[tuple], writes: _Writes) -> bool:
    by_id = {row[0]: row for row in old_items}
    by_sku: dict[str, tuple] = {}
    for row in old_items:
        by_sku.setdefault(row[1], row)
    changed = False
    for item in inc.items.values():
        synthetic = item.order_item_id == synthetic_item_id(oid, item.sku)
        old = by_id.get(item.order_item_id)
        if old is None and synthetic:
            old = by_sku.get(item.sku)  # All Orders names items by SKU: find the real one
        elif old is None:
            stand_in = by_id.get(synthetic_item_id(oid, item.sku))
            if stand_in is not None:  # a real id for an item first seen in All Orders
                writes.renamed_items.append((item.order_item_id, stand_in[0]))
                old = stand_in
        if old is None:
            writes.items.append(_item_row(item) + (oid,))
            changed = True
            continue
        merged = (
            old[0] if synthetic else item.order_item_id,
            item.sku or old[1],
            item.quantity,
            item.product_name or old[3],
            item.asin or old[4],
            max(old[5], item.quantity_shipped),
            item.item_price or old[6],
            item.item_tax or old[7],
            item.shipping_price or old[8],
            item.shipping_tax or old[9],
        )
        if merged != tuple(old):
            writes.items.append(merged + (oid,))
            changed = True
    return changed


def _merge_contact(
    inc: _Incoming,
    old: Order,
    merged: Order,
    old_contact: tuple | None,
    ctx: _Context,
    summary: ImportSummary,
    writes: _Writes,
) -> bool:
    """Contact details are kept only while the deadline lies ahead, and never brought back."""
    expired = merged.retention_deadline <= ctx.now or old.retention_deadline <= ctx.now
    if not expired and inc.contact and old_contact is None:
        expired = old.order_id in ctx.wiped_ids()
    if expired:
        if inc.contact:
            summary.wiped_on_arrival += 1
        if old_contact is not None:
            writes.deleted_contacts.append((old.order_id,))
            return True
        return False
    if not inc.contact:
        return False
    base = old_contact or (None,) * len(CONTACT_FIELDS)
    values = tuple(inc.contact.get(f) or base[n] for n, f in enumerate(CONTACT_FIELDS))
    if values == base:
        return False
    writes.contacts.append((old.order_id,) + values)
    return True


# --- writing ----------------------------------------------------------------------------------------

_INSERT_ORDER = (
    f"INSERT INTO orders ({', '.join(ORDER_COLUMNS)}, created_at, updated_at) "
    f"VALUES ({', '.join('?' * (len(ORDER_COLUMNS) + 2))})"
)
_UPDATE_ORDER = (
    "UPDATE orders SET "
    + ", ".join(f"{c} = ?" for c in ORDER_COLUMNS[1:])
    + ", updated_at = ? WHERE order_id = ?"
)
_UPSERT_ITEM = (
    f"INSERT INTO order_items ({', '.join(ITEM_COLUMNS)}, order_id) "
    f"VALUES ({', '.join('?' * (len(ITEM_COLUMNS) + 1))}) ON CONFLICT (order_item_id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in ITEM_COLUMNS[1:] + ("order_id",))
)
_INSERT_ITEM = _UPSERT_ITEM.partition(" ON CONFLICT")[0]
_UPSERT_CONTACT = (
    f"INSERT OR REPLACE INTO contact_details (order_id, {', '.join(CONTACT_FIELDS)}) "
    f"VALUES ({', '.join('?' * (len(CONTACT_FIELDS) + 1))})"
)


def _write(conn, writes: _Writes) -> None:
    if writes.new_orders:
        conn.executemany(_INSERT_ORDER, writes.new_orders)
    if writes.new_items:
        try:
            with _savepoint(conn):
                conn.executemany(_INSERT_ITEM, writes.new_items)
        except sqlcipher3.IntegrityError:  # an item id already filed under another order
            conn.executemany(_UPSERT_ITEM, writes.new_items)
    if writes.new_contacts:
        conn.executemany(_UPSERT_CONTACT.replace(" OR REPLACE", ""), writes.new_contacts)
    if writes.changed_orders:
        conn.executemany(_UPDATE_ORDER, writes.changed_orders)
    if writes.renamed_items:
        # Renamed, not deleted: shipments of the item point at it and must follow the new id.
        conn.execute("PRAGMA defer_foreign_keys = ON")  # until COMMIT, which resets it
        conn.executemany(
            "UPDATE order_items SET order_item_id = ? WHERE order_item_id = ?", writes.renamed_items
        )
        conn.executemany(
            "UPDATE shipment_items SET order_item_id = ? WHERE order_item_id = ?",
            writes.renamed_items,
        )
    if writes.items:
        conn.executemany(_UPSERT_ITEM, writes.items)
    if writes.deleted_contacts:
        conn.executemany("DELETE FROM contact_details WHERE order_id = ?", writes.deleted_contacts)
    if writes.contacts:
        conn.executemany(_UPSERT_CONTACT, writes.contacts)
