"""Shipping whole and partial orders, and the confirmation file Amazon takes."""

from __future__ import annotations

from datetime import date

import pytest

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.orders.carriers import (
    AMAZON_CARRIER_CODES,
    COMMON_BY_MARKETPLACE,
    carrier_choices,
    carrier_code,
)
from seller_desktop.core.orders.marketplaces import MARKETPLACES
from seller_desktop.core.orders.model import ContactDetails, Order, OrderItem
from seller_desktop.core.orders.repository import get_order, save_order
from seller_desktop.core.orders.shipments import shipments_of
from seller_desktop.core.orders.shipping import (
    CONFIRMATION_COLUMNS,
    ShipmentRequest,
    export_confirmations,
    left_out_without_carrier,
    ship,
)


def _order(store, order_id="114-0000001-0000001", quantities=(2, 1)):
    items = [
        OrderItem(order_item_id=f"{order_id}-{n}", sku=f"SKU-{n}", quantity=q)
        for n, q in enumerate(quantities)
    ]
    save_order(
        store,
        Order(
            order_id=order_id, marketplace="US", purchased_at="2026-11-27T10:00:00Z", items=items
        ),
        ContactDetails(recipient_name="Test Person"),
    )
    return items


def _rows(text):
    lines = text.splitlines()
    return lines[0].split("\t"), [line.split("\t") for line in lines[1:]]


def test_whole_order_ships_and_moves_the_deadline(store):
    _order(store)
    before = get_order(store, "114-0000001-0000001").retention_deadline
    ship(
        store,
        ShipmentRequest("114-0000001-0000001", date(2026, 11, 28), "UPS", "1Z999AA10123456784"),
    )
    order = get_order(store, "114-0000001-0000001")
    assert order.status == "shipped" and order.shipped_on == "2026-11-28"
    assert [i.quantity_shipped for i in order.items] == [2, 1]
    assert order.retention_deadline == "2026-12-28T23:59:59Z" != before


def test_partial_then_rest(store):
    items = _order(store)
    ship(
        store,
        ShipmentRequest(
            "114-0000001-0000001",
            date(2026, 11, 28),
            "Royal Mail",
            "RM1",
            quantities={items[0].order_item_id: 1},
        ),
    )
    assert get_order(store, "114-0000001-0000001").status == "partially_shipped"
    with pytest.raises(BadInput, match="more than"):
        ship(
            store,
            ShipmentRequest(
                "114-0000001-0000001", date(2026, 11, 28), quantities={items[0].order_item_id: 2}
            ),
        )
    ship(store, ShipmentRequest("114-0000001-0000001", date(2026, 11, 29), "Royal Mail", "RM2"))
    order = get_order(store, "114-0000001-0000001")
    assert order.status == "shipped" and order.shipped_on == "2026-11-29"
    with pytest.raises(BadInput, match="nothing left"):
        ship(store, ShipmentRequest("114-0000001-0000001", date(2026, 11, 29)))


def test_confirmation_file_one_row_per_item_and_only_once(store):
    items = _order(store)
    _order(store, "114-0000002-0000002", (1,))
    ship(
        store,
        ShipmentRequest(
            "114-0000001-0000001",
            date(2026, 11, 28),
            "Deutsche Post",
            "DP1",
            "Standard",
            quantities={items[0].order_item_id: 1},
        ),
    )
    ship(
        store, ShipmentRequest("114-0000001-0000001", date(2026, 11, 29), "My Local Courier", "LC9")
    )
    ship(store, ShipmentRequest("114-0000002-0000002", date(2026, 11, 29), "usps", "9400"))
    text, count = export_confirmations(store)
    header, rows = _rows(text)
    assert tuple(header) == CONFIRMATION_COLUMNS and count == 4
    assert rows == [
        [
            "114-0000001-0000001",
            items[0].order_item_id,
            "1",
            "2026-11-28",
            "Deutsche Post",
            "Deutsche Post",
            "DP1",
            "Standard",
        ],
        [
            "114-0000001-0000001",
            items[0].order_item_id,
            "1",
            "2026-11-29",
            "Other",
            "My Local Courier",
            "LC9",
            "",
        ],
        [
            "114-0000001-0000001",
            items[1].order_item_id,
            "1",
            "2026-11-29",
            "Other",
            "My Local Courier",
            "LC9",
            "",
        ],
        [
            "114-0000002-0000002",
            "114-0000002-0000002-0",
            "1",
            "2026-11-29",
            "USPS",
            "USPS",
            "9400",
            "",
        ],
    ]
    second, count2 = export_confirmations(store)
    assert _rows(second) == (list(CONFIRMATION_COLUMNS), []) and count2 == 0
    again, count3 = export_confirmations(store, again=True)
    assert count3 == 4 and _rows(again)[1] == rows


def test_cancelled_and_unknown_orders_are_refused(store):
    save_order(
        store,
        Order(
            order_id="X",
            marketplace="US",
            purchased_at="2026-11-27T10:00:00Z",
            status="cancelled",
            items=[OrderItem(order_item_id="X1", sku="S", quantity=1)],
        ),
    )
    with pytest.raises(BadInput, match="cancelled"):
        ship(store, ShipmentRequest("X", date(2026, 11, 28)))
    with pytest.raises(BadInput, match="no order"):
        ship(store, ShipmentRequest("NOPE", date(2026, 11, 28)))


def test_a_shipment_amazon_will_hear_of_needs_a_carrier(store):
    """Amazon refuses a confirmation without a carrier code, by file or API: refused before
    anything is recorded, unless the seller confirmed it in Seller Central already."""
    _order(store)
    with pytest.raises(BadInput, match="choose the carrier") as refused:
        ship(store, ShipmentRequest("114-0000001-0000001", date(2026, 11, 28), " ", "1Z1"))
    assert "114-0000001-0000001" in str(refused.value)
    assert store.conn.execute("SELECT count(*) FROM shipments").fetchone()[0] == 0
    assert get_order(store, "114-0000001-0000001").status == "unshipped"
    ship(
        store,
        ShipmentRequest("114-0000001-0000001", date(2026, 11, 28), confirm_via="elsewhere"),
    )
    [record] = shipments_of(store, "114-0000001-0000001")
    assert record.state == "elsewhere" and record.carrier == ""


def test_the_file_leaves_out_an_old_shipment_without_a_carrier_and_names_it(store):
    """A shipment recorded before a carrier was required is never written with an empty
    carrier-code (Amazon would refuse the row): left out, unmarked, and its order named."""
    _order(store)
    _order(store, "114-0000002-0000002", (1,))
    ship(store, ShipmentRequest("114-0000001-0000001", date(2026, 11, 28), "UPS", "1Z1"))
    ship(store, ShipmentRequest("114-0000002-0000002", date(2026, 11, 28), "UPS", "1Z2"))
    store.conn.execute(  # as an old version stored it
        "UPDATE shipments SET carrier_code = '', carrier_name = '' "
        "WHERE order_id = '114-0000002-0000002'"
    )
    assert left_out_without_carrier(store) == ["114-0000002-0000002"]
    text, count = export_confirmations(store)
    _header, rows = _rows(text)
    assert count == 2 and {r[0] for r in rows} == {"114-0000001-0000001"}
    assert all(r[4] for r in rows)  # never an empty carrier-code
    assert "114-0000002-0000002" not in text
    assert left_out_without_carrier(store) == ["114-0000002-0000002"]  # still unconfirmed
    assert "114-0000002-0000002" not in export_confirmations(store, again=True)[0]
    states = {
        o: shipments_of(store, o)[0].state for o in ("114-0000001-0000001", "114-0000002-0000002")
    }
    assert states == {"114-0000001-0000001": "in_file", "114-0000002-0000002": "no_carrier"}


def test_carrier_lists_put_the_marketplaces_common_carriers_first():
    for market in MARKETPLACES:
        choices = carrier_choices(market)
        assert len(choices) == len(set(choices)) == len(AMAZON_CARRIER_CODES), market
        assert set(COMMON_BY_MARKETPLACE[market]) <= AMAZON_CARRIER_CODES, market
    assert carrier_choices("JP")[:2] == ["YamatoTransport", "SagawaExpress"]
    assert carrier_choices("GB")[0] == "Royal Mail" and carrier_choices("US")[0] == "USPS"
    assert carrier_code("Japan Post") == ("Other", "Japan Post")  # not seen in Amazon's list
    assert carrier_code("dhl paket") == ("DHL-Paket", "DHL-Paket")
