"""Merging incoming orders with what the store holds, and writing them: the one way orders get in.

Every source of orders — the flat-file reports today (``report_import``), the Selling Partner API
next — turns what it read into ``IncomingOrder`` values and hands them to ``merge_orders`` (or to
one ``OrderMerge`` in batches) inside its own transaction. Nothing here knows where an order came
from, so the rules hold for every source alike, and an order seen by two sources merges into one:

- orders merge by ``order_id``, items by ``order_item_id``; an item known only by a stand-in id
  (``synthetic_item_id``: the All Orders report has no item ids) is found by its SKU, and renamed
  when a source names its real id (its shipments follow);
- nothing the seller recorded is downgraded: status moves forward only (``_RANK``; shipped and
  cancelled are final), shipped quantities never shrink, ``printed_at``, ``shipped_on``,
  ``delivered_on``, ``source`` and a retention extension are never touched; an empty value of the
  incoming order keeps the stored one;
- the marketplace is replaced only when the source named it (``marketplace_explicit``), not when
  it was guessed from the country or the currency;
- contact details are stored only while the order's retention deadline lies ahead. An order past it
  on arrival gets none ("wiped on arrival", counted), a deadline that has passed stays passed, and
  details that were wiped or erased (``contact_wiped_at``) are never brought back by any source;
- an order equal to what the store holds is not written at all, so importing the same data twice
  changes nothing.

The caller owns the transaction (a failure or a cancel rolls back everything it merged), checks
its order ids (only real Amazon ids: ``order_ids``), and counts what it could not read; this
module counts what it merged (``MergeCounts``: new, updated, unchanged, items, wiped on arrival).

Speed matters (50,000 orders a file): existing orders are read with one query per table per 500
ids and writes are batched with ``executemany`` (``merge_rows``); nothing is read while the store
had no orders. The search index's triggers are paused while a batch is written, and its orders
indexed once after (``search_index``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Protocol

from seller_desktop.core.importers import search_index
from seller_desktop.core.importers.merge_rows import (
    Existing,
    Writes,
    item_row,
    load_existing,
    order_row,
    write,
)
from seller_desktop.core.orders.model import CONTACT_FIELDS, ContactDetails, Order, OrderItem
from seller_desktop.core.orders.repository import _ORDER_COLUMNS as ORDER_COLUMNS
from seller_desktop.core.privacy.deadlines import compute_deadline
from seller_desktop.core.privacy.retention import wiped_order_ids

#: Status order: a source may move an order forward, never back. Cancelled is as final as shipped.
_RANK = {"pending": 0, "unshipped": 1, "partially_shipped": 2, "shipped": 3, "cancelled": 3}

_contact_values = attrgetter(*CONTACT_FIELDS)


class MergeCounts(Protocol):
    """What a merge counts, on the caller's summary (``summary.ImportSummary`` is one)."""

    new: int
    updated: int
    unchanged: int
    items: int
    wiped_on_arrival: int


@dataclass
class IncomingOrder:
    """One order as a source describes it, before it meets what the store holds.

    ``order.status`` is one of ``_RANK``'s; ``retention_deadline`` is computed here, and the fields
    only the seller sets (printed, shipped, delivered) are ignored for an order the store knows.
    ``items`` holds each ``order_item_id`` once. ``contact`` is None when the source carries no
    contact details (a report without address columns, an API call without the buyer's data).

    ``cancelled_items`` are items the source says were cancelled: never stored as items to ship.
    An order that brings only cancelled items (``updates_only``) is not stored when the store does
    not know it; one the store knows still takes its status (the cancellation) from it.
    """

    order: Order
    items: list[OrderItem]
    contact: ContactDetails | None
    #: The source named the marketplace (a sales channel), rather than it being guessed.
    marketplace_explicit: bool = False
    cancelled_items: list[OrderItem] = field(default_factory=list)

    @property
    def updates_only(self) -> bool:
        """Every item of it was cancelled: nothing to ship, so it only updates a known order."""
        return not self.items and bool(self.cancelled_items)


def synthetic_item_id(order_id: str, sku: str) -> str:
    """The All Orders report has no order-item-id; until another report names the item, it is
    known by order and SKU. Real ids are digits only, so the colon tells them apart."""
    return f"{order_id}:{sku}"


def merge_orders(
    conn,
    incoming: Iterable[IncomingOrder],
    *,
    now: str,
    retention_days: int,
    counts: MergeCounts,
) -> None:
    """Merge ``incoming`` with the store and write them, inside the caller's transaction on
    ``conn``; ``now`` is the UTC instant (ISO text) deadlines are measured against and the
    orders' ``updated_at``. For many orders in steps, use one ``OrderMerge``."""
    OrderMerge(conn, now=now, retention_days=retention_days, counts=counts).add(incoming)


class OrderMerge:
    """Merges batches of incoming orders within one transaction (``merge_orders`` in steps).

    It remembers across batches what it read once (whether the store held any order, the wiped
    orders), so make one per transaction. An order id may come again in a later batch, or twice in
    one: the later merges with the earlier.
    """

    def __init__(self, conn, *, now: str, retention_days: int, counts: MergeCounts) -> None:
        self.conn = conn
        self.now = now
        self.retention_days = retention_days
        self.counts = counts
        self._store_had_orders = bool(
            conn.execute("SELECT EXISTS (SELECT 1 FROM orders)").fetchone()[0]
        )
        #: Orders this merge added while the store had none before: only they can be known.
        self._added: set[str] = set()
        self._wiped: set[str] | None = None

    def add(self, incoming: Iterable[IncomingOrder]) -> None:
        """Merge and write one batch (its order ids are read from the store at once)."""
        batch: list[IncomingOrder] = []
        ids: set[str] = set()
        for inc in incoming:
            if inc.order.order_id in ids:  # again in the same batch: merge the first one first
                self._add_batch(batch)
                batch, ids = [], set()
            batch.append(inc)
            ids.add(inc.order.order_id)
        self._add_batch(batch)

    def _add_batch(self, batch: list[IncomingOrder]) -> None:
        ids = [inc.order.order_id for inc in batch]
        existing: Existing | None
        if self._store_had_orders:
            existing = load_existing(self.conn, ids)
        else:
            known = [oid for oid in ids if oid in self._added]
            existing = load_existing(self.conn, known) if known else None
            self._added.update(ids)
        writes = self._merge_all(batch, existing)
        with search_index.paused(self.conn):  # each order indexed once, not once per row
            write(self.conn, writes)

    def wiped_ids(self) -> set[str]:
        """Orders whose contact details were wiped or erased, read once when first needed."""
        if self._wiped is None:
            self._wiped = wiped_order_ids(self.conn)
        return self._wiped

    def _merge_all(self, incoming: Iterable[IncomingOrder], existing: Existing | None) -> Writes:
        writes = Writes()
        for inc in incoming:
            oid = inc.order.order_id
            old = existing.orders.get(oid) if existing is not None else None
            if existing is None or old is None:
                if inc.updates_only:
                    continue  # all cancelled, never stored: not an order to ship
                self._merge_new(inc, writes)
            else:
                self._merge_known(
                    inc, old, existing.items.get(oid, []), existing.contacts.get(oid), writes
                )
            self.counts.items += len(inc.items)
        return writes

    def _merge_new(self, inc: IncomingOrder, writes: Writes) -> None:
        order = inc.order
        order.is_business = bool(order.is_business)
        order.retention_deadline = compute_deadline(order, self.retention_days)
        writes.new_orders.append(order_row(order) + (self.now, self.now))
        oid = order.order_id
        writes.new_items += [item_row(i) + (oid,) for i in inc.items]
        contact = _contact_tuple(inc.contact)
        if contact is not None:
            if order.retention_deadline <= self.now:
                self.counts.wiped_on_arrival += 1
            else:
                writes.new_contacts.append((oid, *contact))
        self.counts.new += 1

    def _merge_known(
        self,
        inc: IncomingOrder,
        old_row: tuple,
        old_items: list[tuple],
        old_contact: tuple | None,
        writes: Writes,
    ) -> None:
        old = Order(**dict(zip(ORDER_COLUMNS, old_row)))
        merged = _merged_order(old, inc)
        merged.retention_deadline = compute_deadline(merged, self.retention_days)
        if old.retention_deadline and old.retention_deadline <= self.now:
            # A deadline that has passed stays passed. A report that moves the purchase date later
            # would otherwise move it into the future: the details dropped now as past their
            # deadline would be stored by the next import of the same file.
            merged.retention_deadline = min(merged.retention_deadline, old.retention_deadline)
        row = order_row(merged)
        order_changed = row != tuple(old_row[: len(row)])
        items_changed = _merge_items(old.order_id, inc, old_items, writes)
        contact_changed = self._merge_contact(inc, old, merged, old_contact, writes)
        if order_changed:
            writes.changed_orders.append(row[1:] + (self.now, row[0]))
        elif items_changed or contact_changed:
            writes.changed_orders.append(tuple(old_row[1:]) + (self.now, row[0]))
        if order_changed or items_changed or contact_changed:
            self.counts.updated += 1
        else:
            self.counts.unchanged += 1

    def _merge_contact(
        self,
        inc: IncomingOrder,
        old: Order,
        merged: Order,
        old_contact: tuple | None,
        writes: Writes,
    ) -> bool:
        """Contact details are kept only while the deadline lies ahead, and never brought back."""
        contact = _contact_tuple(inc.contact)
        expired = merged.retention_deadline <= self.now or old.retention_deadline <= self.now
        if not expired and contact is not None and old_contact is None:
            expired = old.order_id in self.wiped_ids()
        if expired:
            if contact is not None:
                self.counts.wiped_on_arrival += 1
            if old_contact is not None:
                writes.deleted_contacts.append((old.order_id,))
                return True
            return False
        if contact is None:
            return False
        base = old_contact or (None,) * len(CONTACT_FIELDS)
        values = tuple(value or base[n] for n, value in enumerate(contact))
        if values == base:
            return False
        writes.contacts.append((old.order_id,) + values)
        return True


def _contact_tuple(contact: ContactDetails | None) -> tuple | None:
    """The details in ``CONTACT_FIELDS`` order; None when there are none (or all are empty)."""
    if contact is None:
        return None
    values = _contact_values(contact)
    return values if any(values) else None


def _merged_order(old: Order, inc: IncomingOrder) -> Order:
    """The stored order updated by the incoming one (its deadline is set by the caller)."""
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
        earliest_delivery_date=new.earliest_delivery_date or old.earliest_delivery_date,
        buyer_cancel_requested=bool(old.buyer_cancel_requested or new.buyer_cancel_requested),
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
    return merged


def _merge_items(oid: str, inc: IncomingOrder, old_items: list[tuple], writes: Writes) -> bool:
    by_id = {row[0]: row for row in old_items}
    by_sku: dict[str, tuple] = {}
    for row in old_items:
        by_sku.setdefault(row[1], row)
    changed = _cancel_items(oid, inc, by_id, by_sku, writes)
    for item in inc.items:
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
            writes.items.append(item_row(item) + (oid,))
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
            item.condition or old[10],
        )
        if merged != tuple(old):
            writes.items.append(merged + (oid,))
            changed = True
    return changed


def _cancel_items(
    oid: str, inc: IncomingOrder, by_id: dict[str, tuple], by_sku: dict[str, tuple], writes: Writes
) -> bool:
    """Stored items the source now says were cancelled: nothing more of them is to ship.

    The item's row stays (its shipments refer to it, and what was shipped is history the seller
    recorded): only its quantity comes down to what was already shipped, so the order's lists
    and packing slips ask for none of it. An item the store never held is not added, and an item
    the source also lists as live (``inc.items``) is left to that.
    """
    live = {item.order_item_id for item in inc.items}
    changed = False
    for item in inc.cancelled_items:
        if item.order_item_id in live:
            continue
        old = by_id.get(item.order_item_id)
        if old is None and item.order_item_id == synthetic_item_id(oid, item.sku):
            old = by_sku.get(item.sku)
        elif old is None:
            old = by_id.get(synthetic_item_id(oid, item.sku))
        if old is None or old[2] <= old[5]:  # unknown, or nothing left to ship of it
            continue
        writes.items.append((old[0], old[1], old[5], *old[3:]) + (oid,))
        changed = True
    return changed
