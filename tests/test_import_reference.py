"""The public Amazon order reports in tests/fixtures/amazon (origins and licences in its README)
import with the right counts, twice."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures.store_dump import differing_tables, dump_tables

from seller_desktop.core.importers.report_import import import_file
from seller_desktop.core.orders.repository import count_orders, get_order

REFERENCE = Path(__file__).resolve().parent / "fixtures" / "amazon"
SAMPLES = {
    "unshipped-orders_2025_littlesnaf-CustomOrderService.txt": (3, 4),
    "order-report_2009_brummett-SimpleInventory.txt": (4, 6),
}


def test_every_order_report_in_the_fixtures_folder_is_known_and_has_its_origin_written_down():
    reports = {p.name for p in REFERENCE.glob("*.txt") if "order" in p.name}
    assert reports == set(SAMPLES)
    readme = (REFERENCE / "README.md").read_text(encoding="utf-8")
    for name in SAMPLES:
        assert f"`{name}`" in readme


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_reference_report_imports_with_its_counts_and_twice_changes_nothing(store, clock, name):
    orders, items = SAMPLES[name]
    summary = import_file(store, REFERENCE / name, clock=clock)
    assert (summary.new, summary.updated, summary.unchanged) == (orders, 0, 0)
    assert summary.items == items
    assert summary.problems == []
    assert count_orders(store) == orders
    assert store.conn.execute("SELECT count(*) FROM order_items").fetchone()[0] == items
    # Old samples: past their retention deadline at import, so no contact details are kept.
    assert summary.wiped_on_arrival == orders
    assert store.conn.execute("SELECT count(*) FROM contact_details").fetchone()[0] == 0

    before = dump_tables(store)
    again = import_file(store, REFERENCE / name, clock=clock)
    assert (again.new, again.updated, again.unchanged, again.items) == (0, 0, orders, items)
    assert differing_tables(before, dump_tables(store)) == []


def test_unshipped_2025_values(store, clock):
    import_file(
        store, REFERENCE / "unshipped-orders_2025_littlesnaf-CustomOrderService.txt", clock=clock
    )
    order = get_order(store, "111-0687106-4490606")
    assert order.marketplace == "US"  # sales-channel Amazon.com
    assert order.purchased_at == "2025-09-24T12:02:50Z"
    assert order.latest_ship_date == "2025-09-26T06:59:59Z"  # promise-date
    assert (order.ship_country, order.ship_region, order.status) == ("US", "GA", "unshipped")
    assert [(i.order_item_id, i.sku, i.quantity, i.product_name) for i in order.items] == [
        ("140273890772122", "SKU00", 1, "Personalized Photo Mug"),
        ("140273890772121", "SKU004", 1, "Personalized Photo Mug"),  # trailing space stripped
    ]
    short = get_order(store, "222-2222222-2222222")  # a row shorter than the header
    assert [i.sku for i in short.items] == ["15-SKU"]


def test_2009_offsets_become_utc_and_prices_stay_text(store, clock):
    import_file(store, REFERENCE / "order-report_2009_brummett-SimpleInventory.txt", clock=clock)
    order = get_order(store, "222-3333333-4444444")
    assert order.purchased_at == "2009-01-01T18:50:49Z"  # 10:50:49-08:00
    assert order.currency == "USD"
    assert [
        (i.order_item_id, i.sku, i.quantity, i.item_price, i.shipping_price) for i in order.items
    ] == [("55555555555555", "2", 2, "1.29", "1.99"), ("66666666666666", "1", 2, "1.29", "1.99")]
