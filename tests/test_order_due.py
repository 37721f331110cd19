"""Late and due-today orders (the Orders screen's filter and marks), and the orders a print run
cannot ship (the question before printing)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from seller_desktop.core.documents.selection import (
    CANCELLED,
    NO_CONTACT,
    NOTHING_TO_SHIP,
    PENDING,
    cannot_ship,
)
from seller_desktop.core.orders.due import Due, DueDay, due_state
from seller_desktop.core.orders.model import ContactDetails, Order, OrderItem
from seller_desktop.core.orders.queries import OrderFilter, count_matching, page
from seller_desktop.core.orders.repository import save_order
from seller_desktop.core.privacy.retention import apply_retention

#: 2026-11-28 13:00 in UTC+1 (the clock fixture's noon UTC): the seller's day ends at 23:00 UTC.
DAY = DueDay.at(
    datetime(2026, 11, 28, 12, 0, tzinfo=timezone.utc).astimezone(timezone(timedelta(hours=1)))
)


def _order(n: int, ship_by: str | None, status: str = "unshipped", shipped: int = 0) -> Order:
    return Order(
        order_id=f"303-{n:07d}-0000001",
        marketplace="DE",
        purchased_at="2026-11-25T10:00:00Z",
        status=status,
        latest_ship_date=ship_by,
        items=[OrderItem(f"{n}-1", "MUG-WHT", 2, "Mug", quantity_shipped=shipped)],
    )


def test_the_day_is_the_sellers():
    assert DAY == DueDay("2026-11-28T12:00:00Z", "2026-11-28", "2026-11-28T23:00:00Z")


@pytest.mark.parametrize(
    ("ship_by", "status", "expected"),
    [
        ("2026-11-28T11:59:59Z", "unshipped", Due.LATE),
        ("2026-11-28T12:00:00Z", "unshipped", Due.TODAY),
        ("2026-11-28T22:59:59Z", "partially_shipped", Due.TODAY),
        ("2026-11-28T23:00:00Z", "unshipped", Due.ANY),
        ("2026-11-27", "unshipped", Due.LATE),
        ("2026-11-28", "unshipped", Due.TODAY),
        ("2026-11-29", "unshipped", Due.ANY),
        ("2026-11-20T10:00:00Z", "shipped", Due.ANY),
        ("2026-11-20T10:00:00Z", "cancelled", Due.ANY),
        ("2026-11-20T10:00:00Z", "pending", Due.ANY),
        (None, "unshipped", Due.ANY),
    ],
)
def test_due_state(ship_by, status, expected):
    assert due_state(_order(1, ship_by, status), DAY) is expected


def test_the_filter_agrees_with_due_state(store):
    values = [
        ("2026-11-28T11:59:59Z", "unshipped"),
        ("2026-11-28T12:00:00Z", "unshipped"),
        ("2026-11-28T23:00:00Z", "unshipped"),
        ("2026-11-27", "partially_shipped"),
        ("2026-11-28", "unshipped"),
        ("2026-11-29", "unshipped"),
        ("2026-11-20T10:00:00Z", "shipped"),
        (None, "unshipped"),
    ]
    orders = [_order(n, ship_by, status) for n, (ship_by, status) in enumerate(values, 1)]
    for order in orders:
        save_order(store, order)
    for due in Due:
        f = OrderFilter(due=due, due_day=DAY)
        shown = {o.order_id for o in page(store, f, limit=100)}
        expected = {o.order_id for o in orders if due is Due.ANY or due_state(o, DAY) is due}
        assert shown == expected
        assert count_matching(store, f) == len(expected)
    late = {
        o.order_id[4:11].lstrip("0") for o in page(store, OrderFilter(due=Due.LATE, due_day=DAY))
    }
    assert late == {"1", "4"}


def test_cannot_ship_gives_each_reason(store, clock):
    details = ContactDetails(recipient_name="Jürgen Groß", ship_city="Köln")
    save_order(store, _order(1, None), details)  # fine
    save_order(store, _order(2, None, "cancelled"), details)
    save_order(store, _order(3, None, "pending"), details)
    save_order(store, _order(4, None))  # no contact details
    save_order(store, _order(5, None, "partially_shipped", shipped=2), details)  # all sent
    save_order(store, _order(6, None, "partially_shipped", shipped=1), details)  # one left
    ids = [f"303-{n:07d}-0000001" for n in (6, 5, 4, 3, 2, 1)]
    assert cannot_ship(store, [*ids, "999-0000000-0000000"]) == {
        ids[1]: NOTHING_TO_SHIP,
        ids[2]: NO_CONTACT,
        ids[3]: PENDING,
        ids[4]: CANCELLED,
    }
    assert list(cannot_ship(store, ids)) == ids[1:5]  # in the run's order


def test_cannot_ship_once_the_details_are_wiped(store, clock):
    save_order(store, _order(1, None), ContactDetails(recipient_name="Jürgen Groß"))
    assert cannot_ship(store, ["303-0000001-0000001"]) == {}
    clock.advance(timedelta(days=400))
    apply_retention(store, clock)
    assert cannot_ship(store, ["303-0000001-0000001"]) == {"303-0000001-0000001": NO_CONTACT}
