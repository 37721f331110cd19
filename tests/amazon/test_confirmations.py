"""Shipments confirmed through the API: one confirmShipment per shipment with its items and
quantities; a failure stays queued, waits, and is sent again; Amazon's refusal waits for the seller."""

from __future__ import annotations

from datetime import date, timedelta

from test_sync import SINCE, _transports

from seller_desktop.core.amazon.confirmation_queue import (
    list_confirmations,
    pending_count,
    retry_now,
)
from seller_desktop.core.amazon.confirmations import RETRY_AFTER, confirm_all
from seller_desktop.core.amazon.sync import sync
from seller_desktop.core.orders.repository import get_order
from seller_desktop.core.orders.shipping import ShipmentRequest, export_confirmations, ship

ORDER = "171-2345678-9012345"  # BR, unshipped, one item


def _confirm_requests(fake):
    return [s for s in fake.api_requests() if s.path.endswith("/shipmentConfirmation")]


def test_marking_an_order_shipped_sends_one_confirmation_with_its_items(
    connected, fake, sync_clock
):
    factory = _transports(sync_clock, [])
    sync(connected, since=SINCE, transport_factory=factory)
    order = get_order(connected, ORDER)
    assert order is not None and order.status == "unshipped"
    ship(connected, ShipmentRequest(ORDER, date(2024, 12, 26), "Correios", "BR123456789"))
    assert pending_count(connected) == 1
    fake.seen.clear()
    summary = confirm_all(connected, transport_factory=factory)
    assert (summary.confirmed, summary.failed) == (1, 0)
    [sent] = _confirm_requests(fake)
    assert sent.path == f"/orders/v0/orders/{ORDER}/shipmentConfirmation"
    detail = sent.body["packageDetail"]
    assert sent.body["marketplaceId"] == "A2Q3Y263D00KWC"
    assert detail["orderItems"] == [
        {"orderItemId": i.order_item_id, "quantity": i.quantity} for i in order.items
    ]
    assert detail["trackingNumber"] == "BR123456789"
    assert detail["shipDate"] == "2024-12-26T12:00:00Z"  # a date-time, not a bare day
    assert (detail["carrierCode"], detail["carrierName"]) == ("Other", "Correios")
    assert [q.state for q in list_confirmations(connected)] == ["confirmed"]
    # sent once only; and never written into the confirmation upload file
    assert confirm_all(connected, transport_factory=factory).confirmed == 0
    assert ORDER not in export_confirmations(connected, again=True)[0]


def test_a_failed_confirmation_stays_queued_and_is_sent_after_its_pause(
    connected, fake, sync_clock
):
    waits: list[float] = []
    factory = _transports(sync_clock, waits)
    sync(connected, since=SINCE, transport_factory=factory)
    ship(connected, ShipmentRequest(ORDER, date(2024, 12, 26), "UPS", "1Z999"))
    fake.faults = ["503"] * 5  # every try of the transport: Amazon keeps failing
    first = confirm_all(connected, transport_factory=factory)
    assert (first.confirmed, first.failed) == (0, 1)
    [queued] = list_confirmations(connected)
    assert queued.state == "failed" and queued.attempts == 1 and "503" in (queued.error or "")
    # not due yet: nothing is sent
    fake.seen.clear()
    assert confirm_all(connected, transport_factory=factory).waiting == 1
    assert _confirm_requests(fake) == []
    sync_clock.advance(RETRY_AFTER[0] + timedelta(seconds=1))
    again = confirm_all(connected, transport_factory=factory)
    assert again.confirmed == 1
    assert len(_confirm_requests(fake)) == 1
    assert list_confirmations(connected)[0].state == "confirmed"


def test_amazons_refusal_waits_for_the_seller(connected, fake, sync_clock):
    """A 400 (Amazon refuses this shipment) is not retried by itself: it would fail again."""
    factory = _transports(sync_clock, [])
    sync(connected, since=SINCE, transport_factory=factory)
    ship(connected, ShipmentRequest(ORDER, date(2024, 12, 26), "UPS", "1Z999"))
    fake.refuse_confirmations = True
    assert confirm_all(connected, transport_factory=factory).failed == 1
    sync_clock.advance(timedelta(days=2))
    fake.seen.clear()
    assert confirm_all(connected, transport_factory=factory).failed == 0
    assert _confirm_requests(fake) == []
    fake.refuse_confirmations = False
    assert retry_now(connected, [ORDER]) == 1
    assert confirm_all(connected, transport_factory=factory).confirmed == 1


def test_an_order_of_a_marketplace_without_an_account_goes_to_the_file(connected, sync_clock):
    from seller_desktop.core.amazon.accounts import remove_account

    sync(connected, since=SINCE, transport_factory=_transports(sync_clock, []))
    remove_account(connected, "na")
    ship(connected, ShipmentRequest(ORDER, date(2024, 12, 26), "UPS", "1Z999"))
    assert pending_count(connected) == 0
    text, rows = export_confirmations(connected)
    assert rows == 1 and ORDER in text
