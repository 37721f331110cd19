"""Backups are encrypted exports that follow the store's wipe ledger: an erasure reaches them at
once, a shipment lowers their deadlines, the hourly pass wipes them without the passphrase, and a
restore never brings wiped or erased details back. Checked on the decrypted bytes of every file."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlcipher_raw import decrypt_database

from seller_desktop.core.base.errors import StoreExists, WrongPassphrase
from seller_desktop.core.orders.model import ContactDetails, Order, OrderItem
from seller_desktop.core.orders.repository import get_contact_details, get_order, save_order
from seller_desktop.core.orders.shipping import ShipmentRequest, ship
from seller_desktop.core.passphrase import change_passphrase
from seller_desktop.core.privacy.backups import (
    back_up,
    daily_backup,
    plan_restore,
    preview_rollback,
    restore,
)
from seller_desktop.core.privacy.erasure import erase_orders
from seller_desktop.core.privacy.retention import contact_was_wiped
from seller_desktop.core.privacy.retention_pass import retention_pass_steps
from seller_desktop.core.session import open_store
from seller_desktop.core.store.connection import connect
from seller_desktop.paths import resolve_paths

#: One distinctive name and street per order, so each can be looked for in the bytes.
PEOPLE = {
    "304-0000001-0000001": ("Grzegorz Brzęczyszczykiewicz", "Chrząszczyżewoszyce 1"),
    "304-0000002-0000002": ("Władysława Szczebrzeszyńska", "Łękołody 22"),
    "304-0000003-0000003": ("Bolesław Krzywousty-Pszczółka", "Żółwińska 333"),
    "304-0000004-0000004": ("Kunegunda Wrzeszczyńska", "Gżegżółkowa 4444"),
}
A, B, C, D = PEOPLE


def _order(store, order_id, status="unshipped", shipped_on=None, latest_delivery=None):
    name, street = PEOPLE[order_id]
    save_order(
        store,
        Order(
            order_id=order_id,
            marketplace="PL",
            purchased_at="2026-11-24T09:00:00Z",
            status=status,
            shipped_on=shipped_on,
            latest_delivery_date=latest_delivery,
            items=[OrderItem(order_item_id=order_id + "-1", sku="S", quantity=1)],
        ),
        ContactDetails(recipient_name=name, ship_address_1=street),
    )


def _held(file, passphrase) -> set[str]:
    """Orders whose name or street is anywhere in the decrypted pages of ``file``."""
    data = decrypt_database(file, passphrase)
    return {
        oid
        for oid, (name, street) in PEOPLE.items()
        if name.encode() in data or street.encode() in data
    }


def _hourly(store, paths, clock):
    steps = retention_pass_steps(store, paths, clock)
    try:
        while True:
            next(steps)
    except StopIteration as end:
        return end.value


def _four_unshipped(opened):
    for oid in PEOPLE:
        _order(opened.store, oid)  # unshipped: deadline purchase + 60 days (2027-01-23)


def test_backup_ship_erase_then_31_days_leaves_nothing_in_any_backup(
    opened, paths, passphrase, clock
):
    """Acceptance 1: back up → ship two → erase a third → 31 days on (the hourly pass, no
    passphrase): none of the three in any backup; the erased one gone right after the erase."""
    _four_unshipped(opened)
    store = opened.store
    daily = daily_backup(store, paths, clock)
    manual = back_up(store, paths.backups / "manual.db", paths.backups)
    backups = [daily, manual]
    assert all(_held(f, passphrase) == set(PEOPLE) for f in backups)

    today = clock.now().date()
    ship(store, ShipmentRequest(A, today, carrier="DHL", tracking_number="00340434"))
    ship(store, ShipmentRequest(B, today, carrier="DHL", tracking_number="00340435"))
    erase_orders(store, [C], clock)
    for f in backups:  # before erase_orders returned
        assert C not in _held(f, passphrase)
        assert {A, B, D} <= _held(f, passphrase)
    clock.advance(timedelta(days=31))
    result = _hourly(store, paths, clock)
    assert sorted(a.name for a in result.backups if a.action == "wiped") == sorted(
        f.name for f in backups
    )
    for f in backups:
        assert f.exists()
        assert _held(f, passphrase) == {D}  # D is still to ship: purchase + 60 days
        conn = connect(f, passphrase)  # the backup itself still opens, with its orders
        try:
            assert conn.execute("SELECT count(*) FROM orders").fetchone()[0] == 4
            assert conn.execute("SELECT count(*) FROM shipments").fetchone()[0] == 0  # a snapshot
        finally:
            conn.close()


def test_restore_over_the_store_brings_nothing_back(opened, paths, passphrase, clock):
    """Acceptance 2: restoring a backup made before those steps brings none of them back."""
    _four_unshipped(opened)
    store = opened.store
    backup = back_up(store, paths.backups / "early.db", paths.backups)
    today = clock.now().date()
    ship(store, ShipmentRequest(A, today, carrier="DHL", tracking_number="1"))
    ship(store, ShipmentRequest(B, today, carrier="DHL", tracking_number="2"))
    erase_orders(store, [C], clock)
    clock.advance(timedelta(days=31))
    _hourly(store, paths, clock)
    store.close()

    plan = plan_restore(backup, paths, passphrase)
    assert plan.rollback.shipped == [A, B]
    restore(backup, paths, passphrase, replace=True, clock=clock)
    assert _held(paths.store, passphrase) == {D}  # before any open: the file itself
    again = open_store(paths, passphrase, clock)
    try:
        for oid in (A, B, C):
            assert get_contact_details(again.store, oid) is None
            assert contact_was_wiped(again.store, oid)
        for oid in (A, B):  # the store's deadlines (ship date + 30), not the backup's
            assert get_order(again.store, oid).retention_deadline == "2026-12-28T23:59:59Z"
        assert get_contact_details(again.store, D).recipient_name == PEOPLE[D][0]
    finally:
        again.store.close()
    for f in paths.backups.glob("*.db"):  # before-restore.db and the backup itself
        assert _held(f, passphrase) <= {D}, f.name


def test_restore_applies_the_ledger_even_before_the_deadline(opened, paths, passphrase, clock):
    """Erased yesterday, restored today: the erased order's details stay gone, and the shipped
    order's deadline in the restored store is the store's (ship date + 30), not the backup's."""
    _four_unshipped(opened)
    store = opened.store
    backup = back_up(store, paths.backups / "early.db", paths.backups)
    ship(store, ShipmentRequest(A, clock.now().date(), carrier="DHL", tracking_number="1"))
    erase_orders(store, [C], clock)
    deadline_a = get_order(store, A).retention_deadline
    store.close()
    restore(backup, paths, passphrase, replace=True, clock=clock)
    again = open_store(paths, passphrase, clock)
    try:
        assert get_contact_details(again.store, C) is None
        assert contact_was_wiped(again.store, C)  # no report brings them back
        assert get_order(again.store, A).retention_deadline == deadline_a
        assert (
            get_order(again.store, A).status == "unshipped"
        )  # rolled back, as the seller was told
        assert get_contact_details(again.store, A).recipient_name == PEOPLE[A][0]
    finally:
        again.store.close()


def test_restore_needs_replace_and_the_right_passphrase(opened, paths, passphrase, clock, tmp_path):
    _order(opened.store, A)
    user_file = back_up(opened.store, tmp_path / "mine.db", paths.backups)
    opened.store.close()
    with pytest.raises(WrongPassphrase):
        restore(user_file, paths, "not the passphrase")
    with pytest.raises(StoreExists):
        restore(user_file, paths, passphrase)
    restore(user_file, paths, passphrase, replace=True, clock=clock)
    assert (paths.backups / "before-restore.db").exists()


def test_restore_on_a_new_pc_applies_the_backups_own_deadlines(
    opened, paths, passphrase, clock, tmp_path
):
    _order(opened.store, A, status="shipped", shipped_on="2026-11-01")  # due end of 12-01
    _order(opened.store, B, status="shipped", shipped_on="2026-12-20")  # due end of 2027-01-19
    user_file = back_up(opened.store, tmp_path / "my-backup.db", paths.backups)
    opened.store.close()
    new_pc = resolve_paths(tmp_path / "new-pc")
    clock.advance(timedelta(days=10))  # 12-08
    assert not plan_restore(user_file, new_pc, passphrase).replaces_store
    restore(user_file, new_pc, passphrase, clock=clock)
    moved = open_store(new_pc, passphrase, clock)
    try:
        assert moved.wipe_report.wiped_order_ids == [A]
        assert get_contact_details(moved.store, B).recipient_name == PEOPLE[B][0]
    finally:
        moved.store.close()


def test_a_shipment_lowers_the_deadline_in_every_backup(opened, paths, passphrase, clock):
    """Restored on a new PC, a backup made before the shipment must not keep details longer."""
    _order(opened.store, A)
    backup = back_up(opened.store, paths.backups / "b.db", paths.backups)
    ship(opened.store, ShipmentRequest(A, clock.now().date(), carrier="DHL", tracking_number="1"))
    store_deadline = get_order(opened.store, A).retention_deadline
    conn = connect(backup, passphrase)
    try:
        held = conn.execute(
            "SELECT retention_deadline FROM orders WHERE order_id = ?", (A,)
        ).fetchone()[0]
    finally:
        conn.close()
    assert held == store_deadline == "2026-12-28T23:59:59Z"


def test_a_shipped_order_with_a_later_promised_delivery_is_wiped_n_days_after_shipping(
    opened, paths, passphrase, clock
):
    """Acceptance 6: promised by 2027-01-20, shipped 11-28: wiped at the end of 12-28, not 02-19."""
    _order(opened.store, A, latest_delivery="2027-01-20")
    ship(opened.store, ShipmentRequest(A, date(2026, 11, 28), carrier="DHL", tracking_number="1"))
    assert get_order(opened.store, A).retention_deadline == "2026-12-28T23:59:59Z"
    opened.store.close()
    clock.advance(timedelta(days=30, hours=12))  # 2026-12-29 00:00
    again = open_store(paths, passphrase, clock)
    try:
        assert again.wipe_report.wiped_order_ids == [A]
        assert get_contact_details(again.store, A) is None
    finally:
        again.store.close()
    assert A not in _held(paths.store, passphrase)


def test_backups_follow_a_passphrase_change_and_unopenable_ones_go(
    opened, paths, passphrase, clock
):
    _order(opened.store, A)
    back_up(opened.store, paths.backups / "ours.db", paths.backups)
    (paths.backups / "stranger.db").write_bytes(b"not a database at all" * 100)
    change_passphrase(opened.store, passphrase, "a brand new passphrase")
    opened.store.close()
    with pytest.raises(WrongPassphrase):
        open_store(paths, passphrase, clock)  # the old passphrase is gone
    again = open_store(paths, "a brand new passphrase", clock)
    assert sorted((a.name, a.action) for a in again.backup_actions) == [
        ("ours.db", "kept"),
        ("stranger.db", "deleted"),
    ]
    erase_orders(again.store, [A], clock)  # still attachable under the new key: wiped, not deleted
    again.store.close()
    assert _held(paths.backups / "ours.db", "a brand new passphrase") == set()
    assert not (paths.backups / "stranger.db").exists()


def test_a_backup_under_another_key_is_re_encrypted_at_open_not_deleted(
    opened, paths, passphrase, clock, tmp_path
):
    """A copy made elsewhere (its own salt), put into backups/: the open re-encrypts it under the
    store's key, and from then on the keyless pass wipes it."""
    _order(opened.store, A)
    opened.store.close()
    other = resolve_paths(tmp_path / "other")
    restore(paths.store, other, passphrase, clock=clock)  # a store with a salt of its own
    (paths.backups / "from-elsewhere.db").write_bytes(other.store.read_bytes())
    again = open_store(paths, passphrase, clock)
    assert [a.name for a in again.backup_actions] == ["from-elsewhere.db"]
    assert (paths.backups / "from-elsewhere.db").exists()
    erase_orders(again.store, [A], clock)
    again.store.close()
    assert _held(paths.backups / "from-elsewhere.db", passphrase) == set()


def test_the_keyless_pass_deletes_what_it_cannot_open(opened, paths, passphrase, clock):
    _order(opened.store, A)
    (paths.backups / "stranger.db").write_bytes(b"x" * 4096)
    result = _hourly(opened.store, paths, clock)
    assert [(a.name, a.action) for a in result.backups] == [("stranger.db", "deleted")]
    assert not (paths.backups / "stranger.db").exists()


def test_backups_are_opened_only_when_the_ledger_moved_or_a_deadline_came(
    opened, paths, passphrase, clock, monkeypatch
):
    """Opening costs; a pass with nothing new must not open seven backups."""
    import seller_desktop.core.privacy.backup_ledger as ledger

    _order(opened.store, A)
    for n in range(3):
        back_up(opened.store, paths.backups / f"b{n}.db", paths.backups)
    touched: list[str] = []
    real = ledger.wipe_copy
    monkeypatch.setattr(
        ledger, "wipe_copy", lambda s, f, now: touched.append(f.name) or real(s, f, now)
    )
    result = _hourly(opened.store, paths, clock)
    assert touched == [] and [a.action for a in result.backups] == ["kept"] * 3
    ship(opened.store, ShipmentRequest(A, clock.now().date(), carrier="DHL", tracking_number="1"))
    assert sorted(touched) == ["b0.db", "b1.db", "b2.db"]  # the deadline moved: followed at once
    touched.clear()
    _hourly(opened.store, paths, clock)
    assert touched == []
    clock.advance(timedelta(days=31))
    _hourly(opened.store, paths, clock)
    assert sorted(touched) == ["b0.db", "b1.db", "b2.db"]  # the deadline came


def test_daily_backups_once_a_day_seven_kept(opened, paths, clock):
    made = []
    for _day in range(10):
        made.append(daily_backup(opened.store, paths, clock))
        assert daily_backup(opened.store, paths, clock) is None  # same day: no second
        clock.advance(timedelta(days=1))
    assert all(made)
    kept = sorted(p.name for p in paths.backups.glob("daily-*.db"))
    assert kept == sorted(p.name for p in made[-7:])
    recorded = sorted(r[0] for r in opened.store.conn.execute("SELECT name FROM backup_copies"))
    assert recorded == kept


def test_the_window_sees_what_a_restore_rolls_back_without_the_passphrase(
    opened, paths, clock, tmp_path
):
    _order(opened.store, A)
    _order(opened.store, B)
    backup = back_up(opened.store, paths.backups / "b.db", paths.backups)
    ship(opened.store, ShipmentRequest(A, clock.now().date(), carrier="DHL", tracking_number="1"))
    _order(opened.store, C)
    rollback = preview_rollback(opened.store, backup)
    assert rollback.shipped == [A] and rollback.changed == [C]
    (tmp_path / "junk.db").write_bytes(b"x" * 4096)
    assert preview_rollback(opened.store, tmp_path / "junk.db") is None


def test_a_link_at_the_backup_target_is_refused(opened, paths, tmp_path):
    from seller_desktop.core.base.errors import BadInput

    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"keep me")
    link = tmp_path / "backup.db"
    link.symlink_to(victim)
    with pytest.raises(BadInput, match="link"):
        back_up(opened.store, link, paths.backups)
    assert victim.read_bytes() == b"keep me"
