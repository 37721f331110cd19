"""Importing an Amazon order report into the store: one file, one transaction.

``import_steps`` is a generator that yields ``Progress`` (rows done, rows total) so the GUI can run
it on its worker thread with a progress bar; closing the generator early (cancel) rolls the whole
file back. ``import_file`` runs it to the end for the CLI and tests.

The file is read (``flatfile``), its kind recognised (``report_types``), its rows grouped by order
here and parsed per order (``report_rows``); the orders then go through ``merge``, the path every
source of orders shares. Rules, all checked by tests:
- idempotent: the same file twice writes nothing (orders are compared before they are written);
- a newer report updates status, quantities, prices and ASINs without duplicating items;
- nothing the seller recorded is downgraded: status never moves back (shipped stays shipped),
  shipped quantities never shrink, printed_at / shipped_on / delivered_on are never touched;
- contact details of an order already past its retention deadline are not stored at all
  ("wiped on arrival"), and details wiped earlier are never brought back by an old report;
- rows fulfilled by Amazon and rows of a cancelled item (All Orders) are not the seller's to ship:
  they are skipped and counted (``report_rows._not_to_ship``). An order all of whose rows are
  skipped is not stored, but one the store knows still takes its cancellation; a cancelled item
  it holds keeps its row and shipments, with nothing more of it to ship (``merge``);
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
from collections.abc import Generator, Iterator
from contextlib import contextmanager
from pathlib import Path

from seller_desktop.core.base.clock import Clock, to_iso_utc
from seller_desktop.core.base.steps import drain
from seller_desktop.core.importers.flatfile import FlatFile, read_flat_file
from seller_desktop.core.importers.merge import IncomingOrder, OrderMerge
from seller_desktop.core.importers.order_ids import EXAMPLE, is_amazon_order_id
from seller_desktop.core.importers.report_rows import ReportContext, parse_order
from seller_desktop.core.importers.report_types import Layout, recognise
from seller_desktop.core.importers.summary import ImportRefused, ImportSummary, Problem, Progress
from seller_desktop.core.settings import load_settings
from seller_desktop.core.store.events import log_event
from seller_desktop.core.store.store import Store

#: Orders parsed, merged and written per step; a Progress is yielded between steps.
CHUNK_ORDERS = 2000


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


def import_file(
    store: Store, path: Path, *, strict: bool = False, clock: Clock | None = None
) -> ImportSummary:
    """Import one report file to the end; raises BadInput (nothing changed) if it is refused."""
    return drain(import_steps(store, path, strict=strict, clock=clock))


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
    groups = _group_rows(flat, layout, summary)
    total = len(flat.rows) + len(flat.undecodable) + len(flat.too_long)
    summary.rows = total
    settings = load_settings(store)
    now = to_iso_utc(clock.now())
    context = ReportContext(layout, settings.default_marketplace)
    yield Progress(0, total)
    done = total - sum(len(g) for g in groups.values())
    order_ids = list(groups)
    with store.transaction() as conn:
        merge = OrderMerge(conn, now=now, retention_days=settings.retention_days, counts=summary)
        for start in range(0, len(order_ids), CHUNK_ORDERS):
            chunk_ids = order_ids[start : start + CHUNK_ORDERS]
            incoming: list[IncomingOrder] = []
            with _no_gc():
                for oid in chunk_ids:
                    rows = [(number, flat.fields(line)) for number, line, _item in groups[oid]]
                    parsed = parse_order(oid, rows, context, summary)
                    if parsed is not None:
                        incoming.append(parsed)
                    done += len(rows)
                if not (strict and summary.problems):
                    merge.add(incoming)
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


#: A row as grouped: (line number, the line's text, its order-item-id or "").
Row = tuple[int, str, str]


def _group_rows(flat: FlatFile, layout: Layout, summary: ImportSummary) -> dict[str, list[Row]]:
    """The file's rows by order id, in the file's order; the rows that cannot be an order's, and
    the orders they spoil, are listed as problems and left out. Each row is split here only for
    its ids: its cells are split again when its order is parsed, a chunk at a time."""
    oid_index = layout.order["order_id"]
    assert oid_index is not None
    item_index = layout.order["order_item_id"]
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
    groups: dict[str, list[Row]] = {}
    for number, line in flat.rows:
        fields = flat.fields(line)
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
        row = (number, line, fields[item_index] if item_index is not None else "")
        group = groups.get(oid)
        if group is None:
            groups[oid] = [row]
        else:
            group.append(row)
    if item_index is not None:  # All Orders: items are known by order and SKU, never shared
        _leave_out_shared_item_ids(groups, summary)
    return groups


def _leave_out_shared_item_ids(groups: dict[str, list[Row]], summary: ImportSummary) -> None:
    """Leave out every order whose order-item-id another order of the same file also uses.

    Amazon never gives two orders the same item id, so such a file is damaged (columns shifted,
    rows pasted together), and we cannot tell which order the item belongs to. Written as they
    are, the item would be filed under the last of them and the other order kept without it —
    shipped short — and every new import of the file would move it back and forth.
    """
    owner: dict[str, tuple[str, int]] = {}
    clashes: dict[str, tuple[str, int]] = {}
    for oid, rows in groups.items():
        for number, _line, item_id in rows:
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
            for number, _line, _item in groups.pop(oid)
        ]
