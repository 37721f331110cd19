"""Search, filters and sort behind the Orders screen, and the search index's privacy."""

from __future__ import annotations

from datetime import timedelta

import pytest

from seller_desktop.core.base.clock import to_iso_utc
from seller_desktop.core.orders.edits import mark_printed
from seller_desktop.core.orders.model import ContactDetails, Order, OrderItem
from seller_desktop.core.orders.queries import (
    OrderFilter,
    Sort,
    SortKey,
    Tristate,
    count_matching,
    page,
    row_of,
)
from seller_desktop.core.orders.repository import save_order
from seller_desktop.core.privacy.retention import apply_retention


def _order(
    n: int,
    clock,
    *,
    market="DE",
    status="unshipped",
    sku="MUG-WHT",
    name="Ceramic mug",
    age_days=1,
    ship_by=None,
) -> Order:
    purchased = clock.now() - timedelta(days=age_days, minutes=n)
    return Order(
        order_id=f"302-{n:07d}-0000001",
        marketplace=market,
        purchased_at=to_iso_utc(purchased),
        status=status,
        latest_ship_date=ship_by,
        items=[OrderItem(order_item_id=f"{n}-1", sku=sku, quantity=1, product_name=name)],
    )


@pytest.fixture
def shop(store, clock):
    save_order(
        store,
        _order(1, clock, sku="ESP-MACH-01", name="Espresso machine"),
        ContactDetails(buyer_name="Jürgen Groß", recipient_name="Jürgen Groß"),
    )
    save_order(
        store,
        _order(
            2,
            clock,
            market="FR",
            status="shipped",
            sku="CUP-01",
            name="Café crème cup",
            ship_by="2026-11-30",
        ),
        ContactDetails(recipient_name="Zoë Lefèvre"),
    )
    save_order(store, _order(3, clock, market="US", age_days=3, ship_by="2026-11-20"))
    save_order(
        store,
        _order(
            4,
            clock,
            market="JP",
            status="cancelled",
            sku="BEAN-1KG",
            name="Arabica beans",
            ship_by="2026-12-01",
        ),
        ContactDetails(recipient_name="Yamada Taro"),
    )
    return store


def ids(orders):
    return [o.order_id[4:11].lstrip("0") for o in orders]


def test_no_filter_lists_everything_newest_first(shop):
    assert count_matching(shop, OrderFilter()) == 4
    assert ids(page(shop, OrderFilter())) == ["1", "2", "4", "3"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("0000003", ["3"]),  # order id
        ("esp-mach", ["1"]),  # SKU, any case
        ("espresso", ["1"]),  # product name
        ("creme", ["2"]),  # product name without its accent (trigram, diacritics ignored)
        ("mug", ["3"]),  # product name
        ("gro", ["1"]),  # buyer name while held
        ("Lef", ["2"]),  # recipient name, short search
        ("yamada", ["4"]),  # recipient, ASCII case folded
        ("MU", ["3"]),  # two characters: the start of a SKU
        ("mu", ["3"]),  # … typed in lower case
        ("30", ["1", "2", "3", "4"]),  # … or of an order id
        ("ug", []),  # … but not inside a word (that starts at three characters)
        ("Gr", []),  # … nor in names
        ("zzz", []),
        ("%", []),  # LIKE wildcards are literal
        ("_", []),
        ('"', []),  # FTS syntax is literal
    ],
)
def test_search_matches_id_sku_product_and_held_names(shop, text, expected):
    f = OrderFilter(text=text)
    assert sorted(ids(page(shop, f))) == sorted(expected)
    assert count_matching(shop, f) == len(expected)


def test_search_never_matches_names_past_the_deadline_or_wiped(shop, clock, store):
    # Order 4 was cancelled: its details are due 30 days after cancellation.
    clock.advance(timedelta(days=40))
    f = OrderFilter(text="yamada")
    assert count_matching(store, f) == 0 and page(store, f) == []  # past deadline, not wiped yet
    apply_retention(store, clock)
    assert count_matching(store, f) == 0
    # The wipe left no name in any index: the names index holds only rows still stored, and the
    # product search index never held a name.
    names = store.conn.execute(
        "SELECT count(*) FROM contact_details INDEXED BY contact_details_names "
        "WHERE recipient_name LIKE '%Yamada%'"
    ).fetchone()[0]
    assert names == 0
    assert (
        store.conn.execute(
            "SELECT count(*) FROM order_search WHERE body LIKE '%Yamada%' "
            "OR body LIKE '%Groß%' OR body LIKE '%Zoë%'"
        ).fetchone()[0]
        == 0
    )
    assert count_matching(store, OrderFilter(text="0000004")) == 1  # the order itself stays


def test_search_index_follows_edits_of_items(shop, clock):
    order = page(shop, OrderFilter(text="0000003"))[0]
    order.items[0].product_name = "Burr grinder"
    save_order(shop, order)
    assert count_matching(shop, OrderFilter(text="grinder")) == 1
    assert count_matching(shop, OrderFilter(text="ceramic")) == 0
    shop.conn.execute("DELETE FROM orders WHERE order_id = ?", (order.order_id,))
    assert count_matching(shop, OrderFilter(text="grinder")) == 0


def test_filters_combine(shop, clock, store):
    assert ids(page(shop, OrderFilter(statuses=frozenset({"shipped", "cancelled"})))) == ["2", "4"]
    assert ids(page(shop, OrderFilter(marketplaces=frozenset({"US", "DE"})))) == ["1", "3"]
    two_days_ago = to_iso_utc(clock.now() - timedelta(days=2))
    assert ids(page(shop, OrderFilter(purchased_from=two_days_ago))) == ["1", "2", "4"]
    assert ids(page(shop, OrderFilter(purchased_before=two_days_ago))) == ["3"]
    assert ids(page(shop, OrderFilter(holds_contact=Tristate.YES))) == ["1", "2", "4"]
    assert ids(page(shop, OrderFilter(holds_contact=Tristate.NO))) == ["3"]
    mark_printed(store, ["302-0000002-0000001", "302-0000003-0000001"])
    assert ids(page(shop, OrderFilter(printed=Tristate.YES))) == ["2", "3"]
    assert ids(page(shop, OrderFilter(printed=Tristate.NO))) == ["1", "4"]
    f = OrderFilter(text="ica", marketplaces=frozenset({"FR", "JP"}), printed=Tristate.NO)
    assert ids(page(shop, f)) == ["4"] and count_matching(shop, f) == 1


@pytest.mark.parametrize(
    "key, descending, expected",
    [
        (SortKey.PURCHASED, True, ["1", "2", "4", "3"]),
        (SortKey.PURCHASED, False, ["3", "4", "2", "1"]),
        (SortKey.ORDER_ID, False, ["1", "2", "3", "4"]),
        (SortKey.ORDER_ID, True, ["4", "3", "2", "1"]),
        (SortKey.MARKETPLACE, False, ["1", "2", "4", "3"]),  # DE FR JP US
        (SortKey.STATUS, False, ["4", "2", "1", "3"]),  # cancelled shipped unshipped unshipped
        (SortKey.SHIP_BY, False, ["1", "3", "2", "4"]),  # none first, then by date
        (SortKey.SHIP_BY, True, ["4", "2", "3", "1"]),
    ],
)
def test_sorting_and_the_row_of_each_order(shop, key, descending, expected):
    sort = Sort(key, descending)
    assert ids(page(shop, OrderFilter(), sort)) == expected
    for row, n in enumerate(expected):
        assert row_of(shop, OrderFilter(), sort, f"302-{int(n):07d}-0000001") == row


def test_paging_and_row_of_a_filtered_out_order(shop):
    assert ids(page(shop, OrderFilter(), Sort(), offset=1, limit=2)) == ["2", "4"]
    assert row_of(shop, OrderFilter(text="espresso"), Sort(), "302-0000003-0000001") is None
    assert row_of(shop, OrderFilter(text="espresso"), Sort(), "302-0000001-0000001") == 0
    assert row_of(shop, OrderFilter(), Sort(), "no-such-order") is None


def test_pages_carry_no_contact_details(shop):
    for order in page(shop, OrderFilter(text="gro")):
        assert not hasattr(order, "contact")
        assert "Jürgen" not in repr(order)


def test_both_page_plans_give_the_same_rows(shop, monkeypatch):
    import seller_desktop.core.orders.queries as q

    f = OrderFilter(text="302")  # in every order id
    by_matches = ids(page(shop, f, matches=1))
    monkeypatch.setattr(q, "WALK_SORT_INDEX_ABOVE", 0)
    assert ids(page(shop, f, matches=1)) == by_matches == ["1", "2", "4", "3"]


def test_a_search_sees_a_wipe_at_once(shop, clock, store):
    """The matches of a search are reused between count and page, never across a write."""
    from seller_desktop.core.privacy.erasure import erase_orders

    f = OrderFilter(text="yamada")
    assert count_matching(shop, f) == 1
    erase_orders(store, [page(shop, f)[0].order_id], clock)
    assert count_matching(shop, f) == 0 and page(shop, f) == []
