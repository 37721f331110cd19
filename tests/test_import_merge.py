"""The merge as a source other than a report uses it (the Selling Partner API will): orders built
in code, merged with ``merge_orders`` inside the caller's transaction, meet what reports stored."""

from __future__ import annotations

from dataclasses import dataclass

from fixtures.make_reports import PEOPLE, order_id_of, person_row, report_bytes

from seller_desktop.core.base.clock import to_iso_utc
from seller_desktop.core.importers.merge import IncomingOrder, OrderMerge, merge_orders
from seller_desktop.core.importers.report_import import import_file
from seller_desktop.core.orders.model import ContactDetails, Order, OrderItem
from seller_desktop.core.orders.repository import get_contact_details, get_order
from seller_desktop.core.privacy.erasure import erase_orders


@dataclass
class Counts:
    """Any object with these counters will do: the merge knows no report summary."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    items: int = 0
    wiped_on_arrival: int = 0


def _incoming(oid: str, status: str = "unshipped", *, items=("1",), contact=None) -> IncomingOrder:
    order = Order(
        order_id=oid,
        marketplace="DE",
        purchased_at="2026-11-25T08:15:00Z",
        status=status,
        source="api",
    )
    return IncomingOrder(
        order,
        [OrderItem(order_item_id=i, sku=f"SKU-{i}", quantity=1) for i in items],
        contact,
    )


def _merge(store, clock, incoming: list[IncomingOrder]) -> Counts:
    counts = Counts()
    with store.transaction() as conn:
        merge_orders(conn, incoming, now=to_iso_utc(clock.now()), retention_days=30, counts=counts)
    return counts


def test_an_order_from_another_source_merges_with_the_reports_by_order_and_item_id(
    tmp_path, store, clock
):
    path = tmp_path / "r.txt"
    path.write_bytes(report_bytes(person_row(PEOPLE["de"], 1)))
    import_file(store, path, clock=clock)
    oid = order_id_of(1)
    item_id = get_order(store, oid).items[0].order_item_id
    counts = _merge(store, clock, [_incoming(oid, "shipped", items=(item_id, "77"))])
    assert (counts.new, counts.updated, counts.unchanged, counts.items) == (0, 1, 0, 2)
    order = get_order(store, oid)
    assert order.status == "shipped" and order.source == "report"
    assert sorted(i.order_item_id for i in order.items) == sorted([item_id, "77"])
    # Status never moves back, and the same answer again changes nothing.
    counts = _merge(store, clock, [_incoming(oid, "unshipped", items=(item_id, "77"))])
    assert (counts.updated, counts.unchanged) == (0, 1)
    assert get_order(store, oid).status == "shipped"


def test_erased_contact_details_never_come_back_from_another_source(tmp_path, store, clock):
    path = tmp_path / "r.txt"
    path.write_bytes(report_bytes(person_row(PEOPLE["fr"], 2)))
    import_file(store, path, clock=clock)
    oid = order_id_of(2)
    assert erase_orders(store, [oid], clock) == [oid]
    again = _incoming(oid, contact=ContactDetails(buyer_name="Someone", ship_city="Lyon"))
    counts = _merge(store, clock, [again])
    assert counts.wiped_on_arrival == 1
    assert get_contact_details(store, oid) is None


def test_an_order_given_twice_merges_with_itself(store, clock):
    oid = "302-1234567-7654321"
    counts = Counts()
    with store.transaction() as conn:
        merge = OrderMerge(conn, now=to_iso_utc(clock.now()), retention_days=30, counts=counts)
        merge.add([_incoming(oid), _incoming(oid, "shipped", items=("1", "2"))])
        merge.add([_incoming(oid, contact=ContactDetails(ship_city="Berlin"))])
    assert (counts.new, counts.updated, counts.unchanged) == (1, 2, 0)
    order = get_order(store, oid)
    assert order.status == "shipped" and len(order.items) == 2
    assert get_contact_details(store, oid).ship_city == "Berlin"
