"""The sync into a real store against the fake Amazon: every seller-fulfilled order of the chosen
marketplaces, all pages, items and contact details; a second sync asks only for what changed; a
fault keeps whole pages only, and the next sync finishes the job."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from fake_spapi import COVERED

from seller_desktop.core.amazon.http import RetryPolicy, Transport
from seller_desktop.core.amazon.sync import OVERLAP, sync
from seller_desktop.core.amazon.sync_state import load_sync_states
from seller_desktop.core.base.clock import FixedClock
from seller_desktop.core.orders.repository import get_contact_details, get_order

SINCE = datetime(2024, 12, 1, tzinfo=timezone.utc)
NA = {"123-4567890-1234567", "114-9876543-1234567", "171-2345678-9012345", "171-9876543-2109876"}
EU = {"202-7654321-1098765", "202-1234567-8901234", "028-1234567-8901234"}


def _transports(clock: FixedClock, waits: list[float]):
    def sleep(seconds: float) -> None:
        waits.append(seconds)
        clock.advance(timedelta(seconds=seconds))

    return lambda _clock: Transport(
        clock, sleep=sleep, read_timeout=1.0, jitter=lambda: 1.0, policy=RetryPolicy()
    )


def _order_ids(store) -> set[str]:
    return {r[0] for r in store.conn.execute("SELECT order_id FROM orders")}


def test_a_full_sync_stores_every_order_with_items_and_contact_then_a_second_adds_nothing(
    connected, fake, sync_clock
):
    waits: list[float] = []
    summary = sync(connected, since=SINCE, transport_factory=_transports(sync_clock, waits))
    assert summary.exit_code == 0, (summary.partial, summary.refused)
    assert _order_ids(connected) == NA | EU
    assert (summary.new, summary.updated, summary.skipped) == (7, 0, 0)
    assert summary.pages == 4  # na: 4 orders in pages of 3; eu: 3; fe: none (one empty page)
    assert summary.contact_role is True
    # items and contact details as Amazon sent them
    order = get_order(connected, "123-4567890-1234567")
    assert order is not None and order.marketplace == "US" and order.source == "amazon_api"
    assert len(order.items) == 2 and all(i.order_item_id and i.quantity >= 1 for i in order.items)
    contact = get_contact_details(connected, "171-2345678-9012345")
    assert contact is not None and contact.ship_city == "São Paulo"
    # the searches: MERCHANT only, the region's marketplace ids, created since the chosen day
    searches = [s for s in fake.api_requests() if s.path == "/orders/2026-01-01/orders"]
    assert all(s.query["fulfilledBy"] == ["MERCHANT"] for s in searches)
    assert {s.query["marketplaceIds"][0] for s in searches} == {
        "ATVPDKIKX0DER,A2Q3Y263D00KWC",
        "A1F83G8C2ARO7P,A33AVAJ2PDY3EV",
        "A1VC38T7YXB528",
    }
    assert all(s.query["createdAfter"] == ["2024-12-01T00:00:00Z"] for s in searches)
    assert all("RECIPIENT" in s.query["includedData"][0].split(",") for s in searches)
    assert load_sync_states(connected)["na"].watermark == COVERED

    fake.seen.clear()
    sync_clock.advance(timedelta(minutes=15))
    again = sync(connected, transport_factory=_transports(sync_clock, waits))
    assert (again.new, again.updated) == (0, 0)
    searches = [s for s in fake.api_requests() if s.path == "/orders/2026-01-01/orders"]
    after = (datetime(2024, 12, 25, 23, 58, tzinfo=timezone.utc) - OVERLAP).strftime(
        "%Y-%m-%dT%H:%M:%SZ"
    )
    assert [s.query.get("lastUpdatedAfter") for s in searches] == [[after]] * 3
    assert all("createdAfter" not in s.query for s in searches)


def test_an_order_changed_at_amazon_is_updated_by_the_next_sync(connected, fake, sync_clock):
    factory = _transports(sync_clock, [])
    sync(connected, since=SINCE, transport_factory=factory)
    order = next(o for o in fake.orders if o["orderId"] == "171-2345678-9012345")
    order["fulfillment"]["fulfillmentStatus"] = "CANCELLED"
    order["lastUpdatedTime"] = "2024-12-26T00:10:00Z"
    sync_clock.advance(timedelta(minutes=20))
    summary = sync(connected, transport_factory=factory)
    assert summary.updated == 1
    stored = get_order(connected, "171-2345678-9012345")
    assert stored is not None and stored.status == "cancelled"


@pytest.mark.parametrize("fault", ["429", "malformed"])
def test_a_fault_after_the_first_page_keeps_that_page_and_the_next_sync_resumes(
    connected, fake, sync_clock, fault
):
    """The na search gets its first page, then the fault (a 429 with Amazon's rate header, whose
    wait is longer than a sync may wait; or an answer that is not JSON)."""
    waits: list[float] = []
    factory = _transports(sync_clock, waits)
    fake.faults = [None, "429-rate" if fault == "429" else "malformed"]
    first = sync(connected, since=SINCE, transport_factory=factory)
    assert "na" in first.partial and first.exit_code == 1
    stored = _order_ids(connected)
    assert len(stored & NA) == 3  # the whole first page, nothing of the second
    assert stored & EU == EU  # the other regions went on
    state = load_sync_states(connected)["na"]
    assert state.resume_token == "page-3" and state.last_error
    assert state.watermark is None  # not complete: the next sync must not skip ahead

    fake.seen.clear()
    second = sync(connected, transport_factory=factory)
    assert second.exit_code == 0
    assert _order_ids(connected) == NA | EU
    na_search = next(s for s in fake.api_requests() if "ATVPDKIKX0DER" in str(s.query))
    assert na_search.query["paginationToken"] == ["page-3"]
    assert na_search.query["createdAfter"] == ["2024-12-01T00:00:00Z"]  # the same search
    assert load_sync_states(connected)["na"].resume_token is None


def test_server_errors_and_an_expired_token_are_retried_within_the_sync(
    connected, fake, sync_clock
):
    waits: list[float] = []
    fake.faults = ["500", "503", None, "expire"]
    summary = sync(connected, since=SINCE, transport_factory=_transports(sync_clock, waits))
    assert summary.exit_code == 0
    assert _order_ids(connected) == NA | EU
    assert len(waits) == 2  # one pause before each retry of the 5xx answers
    assert fake.lwa_calls >= 2  # the expired token was replaced


def test_a_revoked_token_stops_with_exit_4_and_changes_nothing(connected, fake, sync_clock):
    fake.lwa_error = "invalid_grant"
    summary = sync(connected, since=SINCE, transport_factory=_transports(sync_clock, []))
    assert summary.exit_code == 4
    assert set(summary.refused) == {"na", "eu", "fe"}
    assert "Authorize the app again" in summary.refused["na"]
    assert _order_ids(connected) == set()
    fake.lwa_error = None
    assert sync(connected, since=SINCE, transport_factory=_transports(sync_clock, [])).new == 7


def test_a_hung_request_is_abandoned_and_retried(connected, fake, sync_clock):
    fake.hang_seconds = 2.5  # the transport gives up after its 1 s read deadline
    fake.faults = ["hang"]
    summary = sync(connected, since=SINCE, transport_factory=_transports(sync_clock, []))
    assert summary.exit_code == 0
    assert _order_ids(connected) == NA | EU


def test_without_the_restricted_role_orders_arrive_without_contact_details(
    connected, fake, sync_clock
):
    for order in fake.orders:
        order.pop("recipient", None)
        order.pop("buyer", None)
    summary = sync(connected, since=SINCE, transport_factory=_transports(sync_clock, []))
    assert summary.new == 7 and summary.without_contact == 7
    assert summary.contact_role is False
    assert get_contact_details(connected, "171-2345678-9012345") is None
    assert load_sync_states(connected)["na"].contact_role is False


def test_details_wiped_before_are_not_brought_back_by_a_sync(connected, fake, sync_clock):
    factory = _transports(sync_clock, [])
    sync(connected, since=SINCE, transport_factory=factory)
    from seller_desktop.core.privacy.erasure import erase_orders

    assert erase_orders(connected, ["171-2345678-9012345"], sync_clock) == ["171-2345678-9012345"]
    sync(connected, since=SINCE, transport_factory=factory)  # the same orders again
    assert get_contact_details(connected, "171-2345678-9012345") is None


def test_an_expired_resume_token_starts_the_search_again(connected, fake, sync_clock):
    factory = _transports(sync_clock, [])
    fake.faults = [None, "429-rate"]
    assert sync(connected, since=SINCE, transport_factory=factory).exit_code == 1
    assert load_sync_states(connected)["na"].resume_token == "page-3"
    fake.reject_page_tokens = True  # a day later: Amazon no longer takes the token
    fake.page_size = 10
    fake.seen.clear()
    summary = sync(connected, transport_factory=factory)
    assert summary.exit_code == 0, summary.partial
    assert _order_ids(connected) == NA | EU
    na = [s.query for s in fake.api_requests() if "ATVPDKIKX0DER" in str(s.query)]
    assert "paginationToken" in na[0] and "paginationToken" not in na[1]
    assert na[1]["createdAfter"] == ["2024-12-01T00:00:00Z"]  # the same search from its start
