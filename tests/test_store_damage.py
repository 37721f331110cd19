"""A damaged store file (cut short by a full disk, a bad copy, bytes changed on disk) is named as
damaged with the way out (a backup), never reported as a bug or a wrong passphrase, never written
to; a restore over it keeps the damaged file aside, byte for byte."""

from __future__ import annotations

import shutil

import pytest

from seller_desktop.cli import main
from seller_desktop.core.base.errors import StoreDamaged, WrongPassphrase
from seller_desktop.core.orders.model import ContactDetails, Order, OrderItem
from seller_desktop.core.orders.repository import save_order
from seller_desktop.core.privacy.backups import back_up, plan_restore, restore
from seller_desktop.core.session import open_store
from seller_desktop.core.store.connection import connect

PAGE = 4096


def _filled(opened, n=300):
    for i in range(n):
        oid = f"305-{i:07d}-0000001"
        save_order(
            opened.store,
            Order(
                order_id=oid,
                marketplace="DE",
                purchased_at="2026-11-27T09:00:00Z",
                items=[
                    OrderItem(order_item_id=oid + "-1", sku="S", quantity=1, product_name="x" * 200)
                ],
            ),
            ContactDetails(recipient_name=f"Person {i}", ship_address_1="Straße 1" * 10),
        )
    opened.store.close()


def _flip(path, offset):
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def test_a_store_cut_short_is_damaged_not_a_bug(opened, paths, passphrase):
    _filled(opened)
    size = paths.store.stat().st_size
    with open(paths.store, "r+b") as fh:
        fh.truncate(size // 2)
    with pytest.raises(StoreDamaged, match="damaged.*Restore your latest backup"):
        connect(paths.store, passphrase)


def test_a_changed_first_page_is_damaged_and_a_wrong_passphrase_stays_one(
    opened, paths, passphrase
):
    _filled(opened)
    with pytest.raises(WrongPassphrase):
        connect(paths.store, "not the passphrase at all")
    _flip(paths.store, 100)  # inside page 1, after the salt
    with pytest.raises(StoreDamaged):
        connect(paths.store, passphrase)


def test_the_cli_names_a_damaged_page_and_writes_nothing(
    opened, paths, passphrase, monkeypatch, capsys, clock
):
    _filled(opened)
    pages = paths.store.stat().st_size // PAGE
    for page in range(1, pages):  # every page but the first (which holds the schema) changed
        _flip(paths.store, PAGE * page + 200)
    before = paths.store.read_bytes()
    monkeypatch.setenv("SELLER_DESKTOP_PASSPHRASE", passphrase)
    codes = [
        main(["--data-dir", str(paths.data_dir), command], clock=clock)
        for command in ("status", "orders")
    ]
    err = capsys.readouterr().err
    assert 70 not in codes and set(codes) == {2}, (codes, err)
    assert "is damaged" in err and "unexpected problem" not in err
    assert paths.store.read_bytes() == before


def test_restore_over_a_damaged_store_keeps_it_aside_untouched(
    opened, paths, passphrase, clock, tmp_path
):
    _filled(opened, 5)
    again = open_store(paths, passphrase, clock)
    backup = back_up(again.store, tmp_path / "safe.db")
    again.store.close()
    with open(paths.store, "r+b") as fh:
        fh.truncate(PAGE + 100)
    damaged = paths.store.read_bytes()
    assert plan_restore(backup, paths, passphrase).rollback is None
    restore(backup, paths, passphrase, replace=True, clock=clock)
    [kept] = list(paths.data_dir.glob("store.db.damaged-*"))
    assert kept.read_bytes() == damaged
    restored = open_store(paths, passphrase, clock)
    try:
        assert restored.store.conn.execute("SELECT count(*) FROM orders").fetchone()[0] == 5
    finally:
        restored.store.close()
    shutil.rmtree(tmp_path / "safe.db", ignore_errors=True)
