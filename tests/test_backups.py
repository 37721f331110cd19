"""Backups are encrypted exports, and the wipe reaches them: opened and wiped at every open,
deleted by the hourly pass once they would hold anything past its deadline; restore wipes too."""

from __future__ import annotations

from datetime import timedelta

import pytest

from seller_desktop.core.backups import (back_up, daily_backup, delete_overdue_backups, restore,
                                         wipe_backups)
from seller_desktop.core.errors import StoreExists, WrongPassphrase
from seller_desktop.core.orders import ContactDetails, Order, OrderItem, get_contact_details, get_order, save_order
from seller_desktop.core.store import open_store
from seller_desktop.core.store.passphrase import change_passphrase
from seller_desktop.paths import resolve_paths
from sqlcipher_raw import decrypt_database

NAME = "Grzegorz Brzęczyszczykiewicz"


def _order(store, order_id="304-0000001-0000001", shipped_on="2026-11-25"):
    save_order(store, Order(order_id=order_id, marketplace="PL", purchased_at="2026-11-24T09:00:00Z",
                            status="shipped", shipped_on=shipped_on,
                            items=[OrderItem(order_item_id=order_id + "-1", sku="S", quantity=1)]),
               ContactDetails(recipient_name=NAME, ship_city="Chrząszczyżewoszyce"))


def test_backup_is_encrypted_and_wiped_at_the_next_open(opened, paths, passphrase, clock):
    _order(opened.store)  # deadline: end of 2026-12-25
    target = back_up(opened.store, paths.backups / "manual-1.db", passphrase, paths.backups)
    opened.store.close()
    raw = target.read_bytes()
    assert raw[:16] != b"SQLite format 3\x00" and NAME.encode() not in raw
    assert NAME.encode() in decrypt_database(target, passphrase)

    clock.advance(timedelta(days=20))  # 12-18: not yet due
    again = open_store(paths, passphrase, clock)
    assert [a.action for a in again.backup_actions] == ["kept"]
    again.store.close()
    assert NAME.encode() in decrypt_database(target, passphrase)

    clock.advance(timedelta(days=10))  # 12-28: due
    last = open_store(paths, passphrase, clock)
    assert [(a.name, a.action) for a in last.backup_actions] == [("manual-1.db", "wiped")]
    last.store.close()
    decrypted = decrypt_database(target, passphrase)
    assert NAME.encode() not in decrypted and "Chrząszczyżewoszyce".encode() not in decrypted
    assert b"304-0000001-0000001" in decrypted  # the order stays in the backup


def test_backups_follow_a_passphrase_change_and_unopenable_ones_go(opened, paths, passphrase, clock):
    _order(opened.store)
    back_up(opened.store, paths.backups / "ours.db", passphrase, paths.backups)
    opened.store.export_to(paths.backups / "foreign.db", "some other passphrase")
    change_passphrase(opened.store, passphrase, "a brand new passphrase")
    opened.store.close()
    with pytest.raises(WrongPassphrase):
        open_store(paths, passphrase, clock)  # the old passphrase is gone
    again = open_store(paths, "a brand new passphrase", clock)
    assert sorted((a.name, a.action) for a in again.backup_actions) == [
        ("foreign.db", "deleted"), ("ours.db", "kept")]
    again.store.close()
    assert NAME.encode() in decrypt_database(paths.backups / "ours.db", "a brand new passphrase")
    assert not (paths.backups / "foreign.db").exists()


def test_hourly_pass_without_passphrase_deletes_overdue_backups(opened, paths, passphrase, clock):
    _order(opened.store, "A", shipped_on="2026-11-25")  # due end of 12-25
    back_up(opened.store, paths.backups / "b1.db", passphrase, paths.backups)
    opened.store.close()
    (paths.backups / "stranger.db").write_bytes(b"not ours")
    clock.advance(timedelta(days=20))
    actions = delete_overdue_backups(paths, clock)
    assert [(a.name, a.action) for a in actions] == [("stranger.db", "deleted")]
    assert (paths.backups / "b1.db").exists()
    clock.advance(timedelta(days=10))
    actions = delete_overdue_backups(paths, clock)
    assert [(a.name, a.action) for a in actions] == [("b1.db", "deleted")]
    assert list(paths.backups.glob("*.db")) == []


def test_restore_on_a_new_pc_wipes_as_it_opens(opened, paths, passphrase, clock, tmp_path):
    _order(opened.store, "DUE", shipped_on="2026-11-01")   # due end of 12-01
    _order(opened.store, "KEEP", shipped_on="2026-12-20")  # due end of 2027-01-19
    user_file = back_up(opened.store, tmp_path / "my-backup.db", passphrase)
    opened.store.close()

    new_pc = resolve_paths(tmp_path / "new-pc")
    clock.advance(timedelta(days=10))  # 12-08
    with pytest.raises(WrongPassphrase):
        restore(user_file, new_pc, "not the passphrase")
    restore(user_file, new_pc, passphrase)
    moved = open_store(new_pc, passphrase, clock)
    assert moved.wipe_report.wiped_order_ids == ["DUE"]
    assert get_order(moved.store, "DUE") is not None
    assert get_contact_details(moved.store, "DUE") is None
    assert get_contact_details(moved.store, "KEEP").recipient_name == NAME
    moved.store.close()

    with pytest.raises(StoreExists):
        restore(user_file, new_pc, passphrase)
    restore(user_file, new_pc, passphrase, replace=True)
    assert (new_pc.backups / "before-restore.db").exists()


def test_daily_backups_once_a_day_seven_kept(opened, paths, passphrase, clock):
    made = []
    for day in range(10):
        made.append(daily_backup(opened.store, paths, passphrase, clock))
        assert daily_backup(opened.store, paths, passphrase, clock) is None  # same day: no second
        clock.advance(timedelta(days=1))
    assert all(made)
    kept = sorted(p.name for p in paths.backups.glob("daily-*.db"))
    assert kept == sorted(p.name for p in made[-7:])


def test_wipe_backups_direct(opened, paths, passphrase, clock):
    _order(opened.store)
    back_up(opened.store, paths.backups / "x.db", passphrase, paths.backups)
    clock.advance(timedelta(days=60))
    actions = wipe_backups(paths, passphrase, clock)
    assert [(a.name, a.action) for a in actions] == [("x.db", "wiped")]


def test_backups_with_nothing_due_are_not_opened(opened, paths, passphrase, clock, monkeypatch):
    """Each opening costs a key derivation; a start with seven daily backups must not pay seven."""
    import seller_desktop.core.backups as backups

    _order(opened.store)
    for n in range(3):
        back_up(opened.store, paths.backups / f"b{n}.db", passphrase, paths.backups)
    opened.store.close()
    opened_files = []
    real_connect = backups.connect
    monkeypatch.setattr(backups, "connect", lambda f, p: opened_files.append(f.name) or real_connect(f, p))
    actions = wipe_backups(paths, passphrase, clock)
    assert [a.action for a in actions] == ["kept"] * 3 and opened_files == []
    clock.advance(timedelta(days=60))
    actions = wipe_backups(paths, passphrase, clock)
    assert [a.action for a in actions] == ["wiped"] * 3 and sorted(opened_files) == ["b0.db", "b1.db", "b2.db"]
