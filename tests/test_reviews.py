"""Review requests without Amazon: the window's edges in the marketplace's calendar, where each
order stands in the queue, exclusions, marking by hand once, a wiped order, the weekly counts and
the Seller Central page of every marketplace Amazon lists."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest

from seller_desktop.core.base.clock import FixedClock
from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.orders.model import ContactDetails, Order, OrderItem
from seller_desktop.core.orders.repository import get_contact_details, save_order
from seller_desktop.core.privacy.retention import apply_retention
from seller_desktop.core.reviews.queue import (
    counts_by_week,
    eligible_count,
    mark_requested,
    review_queue,
)
from seller_desktop.core.reviews.records import ReviewFacts, record_facts, request_records
from seller_desktop.core.reviews.seller_central import order_url
from seller_desktop.core.reviews.window import review_window
from seller_desktop.core.settings import Settings, load_settings, save_settings


def _order(order_id: str = "028-1000000-0000001", **changes) -> Order:
    base = Order(
        order_id=order_id,
        marketplace="DE",
        purchased_at="2026-11-01T10:00:00Z",
        status="shipped",
        shipped_on="2026-11-02",
        earliest_delivery_date="2026-11-04",
        latest_delivery_date="2026-11-06",
        items=[OrderItem(order_item_id=order_id[-6:] + "1", sku="MUG-1", quantity=1)],
    )
    return replace(base, **changes)


def _state(store, order_id: str, today: date | None = None) -> str:
    return next(i.state for i in review_queue(store, today) if i.order_id == order_id)


def test_the_window_edges_day_4_5_30_31() -> None:
    window = review_window(_order(), Settings())
    assert window is not None
    earliest, latest = date(2026, 11, 4), date(2026, 11, 6)
    assert not window.contains(earliest + timedelta(days=4))
    assert window.contains(earliest + timedelta(days=5))
    assert window.contains(latest + timedelta(days=30))
    assert not window.contains(latest + timedelta(days=31))


def test_the_queue_at_the_edges(store) -> None:
    save_order(store, _order())
    assert _state(store, "028-1000000-0000001", date(2026, 11, 8)) == "upcoming"  # day 4
    assert _state(store, "028-1000000-0000001", date(2026, 11, 9)) == "eligible"  # day 5
    assert _state(store, "028-1000000-0000001", date(2026, 12, 6)) == "eligible"  # day 30
    assert _state(store, "028-1000000-0000001", date(2026, 12, 7)) == "closed"  # day 31


def test_dates_are_the_marketplace_calendar_days() -> None:
    # Amazon's US reports end a promised day at 23:59:59 Pacific: 07:59:59 UTC the next day.
    order = _order(
        marketplace="US",
        earliest_delivery_date="2026-11-05T07:59:59Z",
        latest_delivery_date="2026-11-07T07:59:59Z",
    )
    window = review_window(order, Settings())
    assert window is not None
    assert (window.start, window.end) == (date(2026, 11, 9), date(2026, 12, 6))
    # The same instants are already the next day in Tokyo.
    jp = review_window(replace(order, marketplace="JP"), Settings())
    assert jp is not None and (jp.start, jp.end) == (date(2026, 11, 10), date(2026, 12, 7))


def test_today_is_the_marketplace_s_today(store, clock) -> None:
    # 2026-11-28 12:00 UTC; window of this US order opens 2026-11-28 (Pacific).
    save_order(
        store,
        _order(marketplace="US", earliest_delivery_date="2026-11-23", latest_delivery_date=None),
    )
    clock.advance(timedelta(hours=-5))  # 07:00 UTC: still the 27th in California
    assert _state(store, "028-1000000-0000001") == "upcoming"
    clock.advance(timedelta(hours=5))  # 12:00 UTC: 04:00 on the 28th there
    assert _state(store, "028-1000000-0000001") == "eligible"


def test_without_promised_dates_ship_date_and_transit_or_the_recorded_delivery(store) -> None:
    bare = _order(earliest_delivery_date=None, latest_delivery_date=None, ship_service="Expedited")
    window = review_window(bare, Settings())
    assert window is not None and window.start == date(2026, 11, 2 + 3 + 5)
    own = Settings(review_transit_days="Expedited=1, Standard=4")
    assert review_window(bare, own).start == date(2026, 11, 2 + 1 + 5)  # type: ignore[union-attr]
    recorded = review_window(bare, Settings(), delivered=date(2026, 11, 20))
    assert recorded is not None and recorded.start == date(2026, 11, 25)
    unshipped = replace(bare, status="unshipped", shipped_on=None)
    assert review_window(unshipped, Settings()) is None


def test_exclusions(store) -> None:
    ids = [f"028-1000000-000000{n}" for n in range(1, 6)]
    save_order(store, _order(ids[0]))
    save_order(store, _order(ids[1], status="cancelled"))
    save_order(store, _order(ids[2], items=[OrderItem("991", "NEVER-ASK", 1)]))
    save_order(store, _order(ids[3], delivered_on="2026-11-08"))  # two days late
    save_order(store, _order(ids[4]))
    record_facts(store, ids[4], ReviewFacts(refund_or_return=True))
    settings = replace(load_settings(store), review_excluded_skus=("never-ask",))
    save_settings(store, replace(settings, review_exclude_late=True))
    by_id = {i.order_id: i for i in review_queue(store, date(2026, 11, 20))}
    assert by_id[ids[0]].state == "eligible"
    assert [(by_id[i].state, by_id[i].reason) for i in ids[1:]] == [
        ("excluded", "cancelled"),
        ("excluded", "excluded_sku"),
        ("excluded", "late_delivery"),
        ("excluded", "refund_or_return"),
    ]


def test_marked_by_hand_once_and_never_again(store, clock) -> None:
    save_order(store, _order())
    assert mark_requested(store, ["028-1000000-0000001"]) == ["028-1000000-0000001"]
    first = request_records(store)["028-1000000-0000001"]
    clock.advance(timedelta(days=1))
    assert mark_requested(store, ["028-1000000-0000001"]) == []
    assert request_records(store)["028-1000000-0000001"] == first
    item = review_queue(store, date(2026, 11, 20))[0]
    assert (item.state, item.requested_on) == ("requested", date(2026, 11, 28))
    with pytest.raises(BadInput):
        mark_requested(store, ["999-0000000-0000000"])


def test_a_wiped_order_moves_through_the_queue(store, clock) -> None:
    order = _order(purchased_at="2026-11-20T10:00:00Z", shipped_on="2026-11-21")
    order = replace(order, delivered_on="2026-11-22", earliest_delivery_date="2026-11-22")
    order = replace(order, latest_delivery_date="2026-11-24")
    save_order(store, order, ContactDetails(recipient_name="Erika Muster"), retention_days=1)
    assert _state(store, order.order_id, date(2026, 11, 26)) == "upcoming"
    clock.advance(timedelta(days=3))
    apply_retention(store, clock)
    assert get_contact_details(store, order.order_id) is None
    assert _state(store, order.order_id, date(2026, 11, 27)) == "eligible"
    assert mark_requested(store, [order.order_id]) == [order.order_id]
    assert _state(store, order.order_id, date(2026, 11, 28)) == "requested"
    assert _state(store, order.order_id, date(2027, 1, 28)) == "requested"


def test_counts_by_week(store, clock) -> None:
    save_order(store, _order("028-1000000-0000001"))
    save_order(store, _order("028-1000000-0000002"))
    mark_requested(store, ["028-1000000-0000002"])  # on 2026-11-28, a Saturday
    weeks = counts_by_week(store, 3, date(2026, 11, 28))
    assert [w[0] for w in weeks] == [date(2026, 11, 9), date(2026, 11, 16), date(2026, 11, 23)]
    assert weeks == [
        (date(2026, 11, 9), 2, 0),
        (date(2026, 11, 16), 2, 0),
        (date(2026, 11, 23), 2, 1),
    ]


def test_the_eligible_count_is_the_queue_s(store) -> None:
    """The Today page's count reads only the orders that can be eligible; it must match the
    queue's own verdicts whatever the state, the exclusion or the day."""
    ids = [f"028-1000000-000001{n}" for n in range(8)]
    save_order(store, _order(ids[0]))
    save_order(store, _order(ids[1], status="partially_shipped"))
    save_order(store, _order(ids[2], status="cancelled"))
    save_order(store, _order(ids[3], items=[OrderItem("992", "NEVER-ASK", 1)]))
    save_order(store, _order(ids[4], status="unshipped", shipped_on=None))
    save_order(store, _order(ids[5], marketplace="US", purchased_at="2026-11-10T10:00:00Z"))
    save_order(store, _order(ids[6]))
    save_order(store, _order(ids[7], delivered_on="2026-11-08"))
    mark_requested(store, [ids[6]])
    settings = replace(load_settings(store), review_excluded_skus=("never-ask",))
    save_settings(store, replace(settings, review_exclude_late=True))
    for day in (None, date(2026, 11, 8), date(2026, 11, 9), date(2026, 11, 20), date(2026, 12, 7)):
        queue = review_queue(store, day)
        assert eligible_count(store, day) == sum(1 for i in queue if i.state == "eligible")
    assert eligible_count(store, date(2026, 11, 20)) == 3


SELLER_CENTRAL = {
    "US": "sellercentral.amazon.com",
    "CA": "sellercentral.amazon.ca",
    "MX": "sellercentral.amazon.com.mx",
    "BR": "sellercentral.amazon.com.br",
    "GB": "sellercentral-europe.amazon.com",
    "IE": "sellercentral.amazon.ie",
    "DE": "sellercentral-europe.amazon.com",
    "FR": "sellercentral-europe.amazon.com",
    "IT": "sellercentral-europe.amazon.com",
    "ES": "sellercentral-europe.amazon.com",
    "NL": "sellercentral.amazon.nl",
    "SE": "sellercentral.amazon.se",
    "PL": "sellercentral.amazon.pl",
    "BE": "sellercentral.amazon.com.be",
    "TR": "sellercentral.amazon.com.tr",
    "AE": "sellercentral.amazon.ae",
    "SA": "sellercentral.amazon.sa",
    "EG": "sellercentral.amazon.eg",
    "IN": "sellercentral.amazon.in",
    "JP": "sellercentral.amazon.co.jp",
    "AU": "sellercentral.amazon.com.au",
    "SG": "sellercentral.amazon.sg",
    "ZA": "sellercentral.amazon.co.za",
}


@pytest.mark.parametrize("code", sorted(SELLER_CENTRAL))
def test_the_seller_central_order_page_of_every_marketplace(code: str) -> None:
    expected = f"https://{SELLER_CENTRAL[code]}/orders-v3/order/123-1234567-1234567"
    assert order_url(code, "123-1234567-1234567") == expected
    assert order_url(code.lower(), " 123-1234567-1234567 ") == expected


def test_no_url_for_an_unknown_marketplace() -> None:
    assert order_url("XX", "123-1234567-1234567") is None
    assert order_url("UK", "1") == "https://sellercentral-europe.amazon.com/orders-v3/order/1"


def test_settings_reject_bad_review_fields() -> None:
    with pytest.raises(BadInput):
        Settings(review_transit_days="Standard=five").validated()
    with pytest.raises(BadInput):
        Settings(review_excluded_skus="MUG").validated()  # type: ignore[arg-type]
    assert Settings(review_excluded_skus=["A"]).review_excluded_skus == ("A",)  # type: ignore[arg-type]


def test_fixed_clock_is_utc(clock: FixedClock) -> None:
    assert clock.now() == datetime(2026, 11, 28, 12, 0, tzinfo=timezone.utc)


def test_a_report_s_buyer_cancellation_request_is_kept_and_sticks(store, clock, tmp_path) -> None:
    from pathlib import Path

    from seller_desktop.core.importers.report_import import import_file
    from seller_desktop.core.orders.repository import get_order

    source = (
        Path(__file__).parent
        / "fixtures/amazon/unshipped-orders_2025_littlesnaf-CustomOrderService.txt"
    )
    lines = source.read_text(encoding="utf-8").splitlines()
    column = lines[0].split("\t").index("is-buyer-requested-cancellation")

    def write(flag: str) -> Path:
        rows = [line.split("\t") for line in lines]
        for row in rows[1:]:
            if row[0] == "222-2222222-2222222":
                row[column] = flag
        path = tmp_path / f"unshipped-{flag}.txt"
        path.write_text("\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
        return path

    import_file(store, write("true"), clock=clock)
    asked = get_order(store, "222-2222222-2222222")
    other = get_order(store, "333-3333333-3333333")
    assert asked is not None and asked.buyer_cancel_requested is True
    assert other is not None and other.buyer_cancel_requested is False
    import_file(store, write("false"), clock=clock)  # a later report: the request was made
    again = get_order(store, "222-2222222-2222222")
    assert again is not None and again.buyer_cancel_requested is True
