"""The retention wipe, checked in the bytes on disk: the decrypted store (free pages included), the
WAL, and every other file under the data folder. The clock is moved, never waited for."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlcipher_raw import decrypt_database, decrypt_wal

from seller_desktop.core.orders.model import ContactDetails, Order, OrderItem
from seller_desktop.core.orders.repository import get_contact_details, save_order
from seller_desktop.core.session import open_store

# Each kind of order, with the day its deadline falls on (30 days, or the 60-day cap).
KINDS = {
    # shipped 2026-11-20, expected delivery 11-24 → deadline end of 12-20 (the ship date counts)
    "shipped": dict(status="shipped", shipped_on="2026-11-20", latest_delivery_date="2026-11-24"),
    # cancelled 11-21 → end of 12-21
    "cancelled": dict(status="cancelled", cancelled_on="2026-11-21"),
    # unshipped, bought 11-20 10:00 → 60 days: 2027-01-19 10:00
    "unshipped": dict(status="unshipped"),
    # delivered (recorded by the seller) 11-22, though expected later → end of 12-22
    "delivered": dict(
        status="shipped",
        shipped_on="2026-11-20",
        latest_delivery_date="2026-11-26",
        delivered_on="2026-11-22",
    ),
}
DEADLINES = {
    "shipped": "2026-12-20T23:59:59Z",
    "cancelled": "2026-12-21T23:59:59Z",
    "unshipped": "2027-01-19T10:00:00Z",
    "delivered": "2026-12-22T23:59:59Z",
}


def _contact(kind: str) -> ContactDetails:
    n = list(KINDS).index(kind) + 1  # every value unique to its order
    return ContactDetails(
        buyer_name=f"Bärbel Wipe-{kind}",
        buyer_email=f"wipe-{kind}@example.de",
        buyer_phone=f"+49 30 555{n:04d}",
        recipient_name=f"Łukasz Żółć-{kind}",
        ship_address_1=f"Königsallee {n}7 {kind}",
        ship_city=f"Düsseldorf-{kind}",
        ship_postal_code=f"4{n:04d}",
        gift_message=f"Alles Gute, {kind}! 🎉",
        delivery_instructions=f"Beim Nachbarn {kind}",
        tax_id=f"DE{n:09d}",
    )


def _strings(contact: ContactDetails) -> list[bytes]:
    return [v.encode("utf-8") for v in vars(contact).values() if v]


def _save_all(store) -> None:
    for kind, fields in KINDS.items():
        save_order(
            store,
            Order(
                order_id=f"303-{kind}",
                marketplace="DE",
                purchased_at="2026-11-20T10:00:00Z",
                items=[OrderItem(order_item_id=f"i-{kind}", sku="SKU", quantity=1)],
                **fields,
            ),
            _contact(kind),
        )


def _everything_on_disk(paths, passphrase) -> bytes:
    """The decrypted store and WAL, plus every other file under the data folder read raw."""
    blob = decrypt_database(paths.store, passphrase)
    blob += decrypt_wal(paths.store.with_name("store.db-wal"), paths.store, passphrase)
    for f in paths.data_dir.rglob("*"):
        if f.is_file() and f.name not in ("store.db", "store.db-wal"):
            blob += f.read_bytes()
    return blob


def test_deadlines_are_the_ones_we_test_against(store):
    _save_all(store)
    rows = dict(store.conn.execute("SELECT order_id, retention_deadline FROM orders"))
    assert rows == {f"303-{k}": d for k, d in DEADLINES.items()}


@pytest.mark.parametrize("kind", list(KINDS))
def test_one_day_before_everything_one_day_after_nothing(kind, opened, paths, passphrase, clock):
    _save_all(opened.store)
    opened.store.close()
    deadline_day = DEADLINES[kind][:10]
    from datetime import datetime, timezone

    day_before = datetime.fromisoformat(deadline_day).replace(tzinfo=timezone.utc) - timedelta(
        days=1
    )
    clock.advance(day_before - clock.now())
    before = open_store(paths, passphrase, clock)
    assert get_contact_details(before.store, f"303-{kind}") is not None
    before.store.close()
    on_disk = _everything_on_disk(paths, passphrase)
    for value in _strings(_contact(kind)):
        assert value in on_disk  # proves the check can see them

    clock.advance(timedelta(days=2))
    after = open_store(paths, passphrase, clock)
    assert f"303-{kind}" in after.wipe_report.wiped_order_ids
    assert get_contact_details(after.store, f"303-{kind}") is None
    after.store.close()
    on_disk = _everything_on_disk(paths, passphrase)
    for value in _strings(_contact(kind)):
        assert value not in on_disk, kind
    assert b"303-" + kind.encode() in on_disk  # the order itself stays


def test_wal_holds_no_copy_even_while_the_store_stays_open(opened, paths, passphrase, clock):
    from seller_desktop.core.privacy.retention import apply_retention

    _save_all(opened.store)  # written to the WAL, not yet checkpointed
    clock.advance(timedelta(days=90))
    report = apply_retention(opened.store, clock)
    assert sorted(report.wiped_order_ids) == sorted(f"303-{k}" for k in KINDS)
    assert report.failed is None
    on_disk = _everything_on_disk(paths, passphrase)  # the connection is still open
    for kind in KINDS:
        for value in _strings(_contact(kind)):
            assert value not in on_disk


def test_no_temp_file_holds_a_contact_detail(own_temp, opened, paths, passphrase, clock):
    """Everything the app writes lives under the data folder; the temp folder (this test's own,
    made the process's temp folder before the store is opened) gets nothing with a buyer's details
    in it (PDFs and search matches stay in memory)."""
    from seller_desktop.core.privacy.backups import back_up
    from seller_desktop.core.selftest import render_test_page

    _save_all(opened.store)
    back_up(opened.store, paths.backups / "t.db", paths.backups)
    render_test_page()
    opened.store.close()
    clock.advance(timedelta(days=90))
    open_store(paths, passphrase, clock).store.close()
    for f in [p for p in own_temp.rglob("*") if p.is_file()]:
        data = f.read_bytes()
        for kind in KINDS:
            for value in _strings(_contact(kind)):
                assert value not in data, f.name
