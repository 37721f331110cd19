"""The encrypted store: what is on disk, the key, the pragmas, busy handling."""

from __future__ import annotations

import hashlib

import pytest
import sqlcipher3

from seller_desktop.core.base.errors import (
    NotAStore,
    StoreBusy,
    StoreExists,
    StoreMissing,
    WeakPassphrase,
    WrongPassphrase,
)
from seller_desktop.core.orders.model import ContactDetails, Order, OrderItem
from seller_desktop.core.orders.repository import get_contact_details, save_order
from seller_desktop.core.session import create_store, open_store
from seller_desktop.core.settings import Settings, load_settings
from seller_desktop.core.store import connection as connection_module

TABLE_NAMES = [
    b"orders",
    b"order_items",
    b"contact_details",
    b"event_log",
    b"settings",
    b"CREATE TABLE",
]


def _file_digests(paths) -> dict[str, str]:
    found = {}
    for suffix in ("", "-wal", "-shm"):
        f = paths.store.with_name(paths.store.name + suffix)
        if f.exists():
            found[suffix] = hashlib.sha256(f.read_bytes()).hexdigest()
    return found


def _sample(store):
    save_order(
        store,
        Order(
            order_id="303-1234567-7654321",
            marketplace="DE",
            purchased_at="2026-11-27T10:00:00Z",
            items=[OrderItem(order_item_id="55555", sku="SKU-1", quantity=1)],
        ),
        ContactDetails(recipient_name="Jürgen Groß", ship_city="München"),
    )


def test_store_file_is_encrypted_with_no_readable_schema(opened, paths):
    _sample(opened.store)  # the connection stays open: -wal and -shm exist now
    assert paths.store.read_bytes()[:16] != b"SQLite format 3\x00"
    for suffix in ("", "-wal", "-shm"):
        f = paths.store.with_name(paths.store.name + suffix)
        if f.exists():
            data = f.read_bytes()
            for name in TABLE_NAMES + ["Jürgen".encode(), "München".encode()]:
                assert name not in data, (suffix, name)


def test_plain_sqlcipher_with_the_passphrase_opens_it(opened, paths, passphrase):
    _sample(opened.store)
    opened.store.close()
    conn = sqlcipher3.connect(str(paths.store))
    conn.execute(f"PRAGMA key = '{passphrase}'")
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"orders", "order_items", "contact_details", "settings", "event_log"} <= tables
    assert conn.execute("SELECT order_id FROM orders").fetchall() == [("303-1234567-7654321",)]
    conn.close()


def test_wrong_passphrase_is_refused_and_leaves_the_bytes(opened, paths):
    _sample(opened.store)
    opened.store.close()
    before = _file_digests(paths)
    with pytest.raises(WrongPassphrase) as err:
        open_store(paths, "not the passphrase at all")
    assert "passphrase" in str(err.value)
    assert _file_digests(paths) == before


def test_pragmas_we_rely_on(store):
    conn = store.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    assert conn.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")


def test_passphrase_with_quotes_and_non_ascii(paths, clock):
    phrase = "it's Grüße '; DROP TABLE x; -- 山"
    create_store(paths, phrase, Settings(), clock).store.close()
    reopened = open_store(paths, phrase, clock)
    assert reopened.store.conn.execute("SELECT count(*) FROM orders").fetchone()[0] == 0
    reopened.store.close()
    with pytest.raises(WrongPassphrase):
        open_store(paths, "it's Grüße", clock)


def test_create_refuses_short_passphrase_and_existing_store(paths, clock, opened):
    with pytest.raises(WeakPassphrase):
        create_store(paths, "short", Settings(), clock)
    with pytest.raises(StoreExists):
        create_store(paths, "another long passphrase", Settings(), clock)


def test_open_missing_store(tmp_path, clock):
    from seller_desktop.paths import resolve_paths

    with pytest.raises(StoreMissing):
        open_store(resolve_paths(tmp_path / "nothing"), "whatever passphrase", clock)
    assert not (tmp_path / "nothing").exists()


def test_plaintext_sqlite_file_is_not_a_store(paths, clock):
    import sqlite3

    paths.ensure()
    plain = sqlite3.connect(paths.store)
    plain.execute("CREATE TABLE t (x)")
    plain.commit()
    plain.close()
    with pytest.raises(NotAStore):
        open_store(paths, "any passphrase here", clock)


def test_settings_round_trip(opened, paths, passphrase, clock):
    assert load_settings(opened.store).business_name == "Test Shop"
    opened.store.close()
    again = open_store(paths, passphrase, clock)
    assert load_settings(again.store) == Settings(business_name="Test Shop")
    again.store.close()


def test_busy_store_gives_store_busy(opened, paths, passphrase, clock, monkeypatch):
    monkeypatch.setattr(connection_module, "BUSY_TIMEOUT_S", 0.2)
    other = sqlcipher3.connect(str(paths.store), isolation_level=None)
    other.execute(f"PRAGMA key = '{passphrase}'")
    other.execute("BEGIN IMMEDIATE")
    try:
        second = open_store(paths, passphrase, clock)  # reading is fine under WAL
        with pytest.raises(StoreBusy):
            with second.store.transaction() as conn:
                conn.execute("INSERT INTO event_log (at, kind) VALUES ('x', 'y')")
        second.store.close()
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_contact_details_never_in_repr(store):
    _sample(store)
    details = get_contact_details(store, "303-1234567-7654321")
    assert details is not None and details.recipient_name == "Jürgen Groß"
    assert "Jürgen" not in repr(details) and "München" not in repr(details)


def test_a_failure_half_way_through_creation_leaves_no_store(paths, clock, monkeypatch):
    from seller_desktop.core import session as opening
    from seller_desktop.core.base.errors import BadInput

    def disk_trouble(store, settings):
        raise BadInput("disk trouble")

    monkeypatch.setattr(opening, "save_settings", disk_trouble)
    with pytest.raises(BadInput):
        create_store(paths, "a long enough passphrase", Settings(business_name="Shop"), clock)
    assert list(paths.data_dir.glob("store.db*")) == []
