"""The archive's sealing formats: format 2 (one ephemeral key per wipe batch, a fresh nonce per
entry) round-trips, format 1 entries (one ephemeral key per entry, written before) still open,
no nonce repeats across a wipe, and an altered entry is refused. Checked on the bytes of the
archive file."""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from seller_desktop.core.orders.model import ContactDetails, Order, OrderItem
from seller_desktop.core.orders.repository import save_orders
from seller_desktop.core.privacy.archive import init_archive, list_entries, open_entry
from seller_desktop.core.privacy.archive.errors import (
    ENTRY_ALTERED,
    ENTRY_UNKNOWN_FORMAT,
    ArchiveDamaged,
)
from seller_desktop.core.privacy.archive.sealing import KeyRecord, Sealer, unlock, unseal
from seller_desktop.core.privacy.retention import WIPE_BATCH
from seller_desktop.core.session import open_store
from seller_desktop.core.settings import load_settings, save_settings

ARCHIVE_PASS = "archive passphrase kept apart"
ORDER_ID = "302-1234567-7654321"
#: A format 1 entry as the app wrote it before format 2 (made with that code, private key
#: 00 01 02 … 1f): the released format, pinned, so it opens whatever the code of today does.
V1_PRIVATE = bytes(range(32))
V1_PLAINTEXT = (
    '{"format": 1, "invoice": {"buyer_name": "Jürgen Groß"}, "items": [], '
    '"order_id": "302-1234567-7654321"}'
).encode()
V1_ENTRY = bytes.fromhex(
    "0145c7fa82dc49e03c475241b507fd2be761658af854d48b8ac48e1693aba17c0b2aabe913142439d76a6772"
    "7850fac2135e369bb622f3480a608c5fc09256007dae325fd0594ccf1a4d555bf8f96903ede32632ee9116de"
    "070bacb5fb8b97a31fa5e9a630a36b6bb9b3ed16ed20e77a639fd2dacf71f0383a98388b538b4ace913e514a"
    "a01e3fa001574130937d21ecd4b5158ff812a172b5e46b9f3eba1cb1e36411ed0d6a"
)


def _seal_v1(public_key: bytes, order_id: str, plaintext: bytes) -> bytes:
    """Format 1 exactly as it was written: a fresh ephemeral key pair per entry."""
    context = b"seller-desktop archive entry v1"
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public_key))
    key = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=None,
        info=context + ephemeral_public + public_key,
    ).derive(shared)
    nonce = os.urandom(12)
    aad = context + b" order " + order_id.encode("utf-8")
    return b"\x01" + ephemeral_public + nonce + ChaCha20Poly1305(key).encrypt(nonce, plaintext, aad)


def _refused(private: X25519PrivateKey, order_id: str, sealed: bytes) -> str:
    with pytest.raises(ArchiveDamaged) as caught:
        unseal(private, order_id, sealed)
    assert caught.value.values["order_id"] == order_id
    return caught.value.template


def test_format_2_round_trips_and_each_entry_opens_on_its_own():
    private = X25519PrivateKey.generate()
    sealer = Sealer(private.public_key().public_bytes_raw())
    texts = {f"302-0000000-{n:07d}": f"Bärbel {n}".encode() * (n + 1) for n in range(20)}
    sealed = {order_id: sealer.seal(order_id, text) for order_id, text in texts.items()}
    # Opened in reverse order, one by one: no entry needs another.
    for order_id in reversed(list(sealed)):
        blob = sealed[order_id]
        assert blob[:1] == b"\x02"
        assert texts[order_id] not in blob
        assert unseal(private, order_id, blob) == texts[order_id]
    # One ephemeral public key for the session, a different nonce per entry.
    assert len({blob[1:33] for blob in sealed.values()}) == 1
    assert len({blob[33:45] for blob in sealed.values()}) == len(sealed)
    # Another session: another ephemeral key.
    other = Sealer(private.public_key().public_bytes_raw()).seal(ORDER_ID, b"x")
    assert other[1:33] != next(iter(sealed.values()))[1:33]
    # Another archive's key opens none of it.
    assert _refused(X25519PrivateKey.generate(), ORDER_ID, other) == ENTRY_ALTERED


def test_format_1_entries_still_open():
    private = X25519PrivateKey.from_private_bytes(V1_PRIVATE)
    assert unseal(private, ORDER_ID, V1_ENTRY) == V1_PLAINTEXT
    fresh = _seal_v1(private.public_key().public_bytes_raw(), ORDER_ID, b"kept for the tax office")
    assert unseal(private, ORDER_ID, fresh) == b"kept for the tax office"
    assert _refused(private, "302-1234567-0000000", V1_ENTRY) == ENTRY_ALTERED


def test_altered_entries_are_refused():
    private = X25519PrivateKey.generate()
    blob = Sealer(private.public_key().public_bytes_raw()).seal(ORDER_ID, b"invoice fields" * 4)
    assert unseal(private, ORDER_ID, blob) == b"invoice fields" * 4

    def flipped(at: int) -> bytes:
        return blob[:at] + bytes([blob[at] ^ 0x01]) + blob[at + 1 :]

    for at in (5, 33, 44, 45, len(blob) // 2 + 20, len(blob) - 1):  # key, nonce, body, tag
        assert _refused(private, ORDER_ID, flipped(at)) == ENTRY_ALTERED, at
    low_order_point = bytes(32)  # no shared secret at all
    assert _refused(private, ORDER_ID, blob[:1] + low_order_point + blob[33:]) == ENTRY_ALTERED
    # Passed off as format 1 (the same layout): the other context derives another key.
    assert _refused(private, ORDER_ID, b"\x01" + blob[1:]) == ENTRY_ALTERED
    assert _refused(private, "302-1234567-7654322", blob) == ENTRY_ALTERED  # another order's
    assert _refused(private, ORDER_ID, b"\x03" + blob[1:]) == ENTRY_UNKNOWN_FORMAT
    assert _refused(private, ORDER_ID, blob[: 1 + 32 + 12 + 15]) == ENTRY_UNKNOWN_FORMAT


# -- through the wipe, on the archive file --------------------------------------------------------

AFTER_DEADLINE = datetime(2026, 12, 26, 9, 0, tzinfo=timezone.utc)
MANY = 2 * WIPE_BATCH + 200  # three batches, so three sealing sessions


def _order(n: int) -> tuple[Order, ContactDetails]:
    order = Order(
        order_id=f"302-{n:07d}-0000000",
        marketplace="DE",
        purchased_at="2026-11-18T10:00:00Z",
        status="shipped",
        shipped_on="2026-11-20",
        latest_delivery_date="2026-11-24",
        currency="EUR",
        items=[OrderItem(order_item_id=f"i-{n}", sku="MUG-1", quantity=1, item_price="9.90")],
    )
    return order, ContactDetails(buyer_name=f"Käufer {n:05d}", bill_city=f"Köln-{n:05d}")


def _entries(paths) -> dict[str, bytes]:
    conn = sqlite3.connect(paths.archive / "archive.db")
    try:
        return {o: bytes(b) for o, b in conn.execute("SELECT order_id, sealed FROM entries")}
    finally:
        conn.close()


def _record(paths) -> KeyRecord:
    conn = sqlite3.connect(paths.archive / "archive.db")
    try:
        row = conn.execute(
            "SELECT public_key, wrapped_private_key, kdf_params FROM archive_key"
        ).fetchone()
    finally:
        conn.close()
    return KeyRecord(bytes(row[0]), bytes(row[1]), row[2])


def _write_entry(paths, order_id: str, sealed: bytes) -> None:
    conn = sqlite3.connect(paths.archive / "archive.db")
    try:
        with conn:
            conn.execute("UPDATE entries SET sealed = ? WHERE order_id = ?", (sealed, order_id))
    finally:
        conn.close()


@pytest.fixture
def wiped_many(opened, paths, passphrase, clock):
    store = opened.store
    save_orders(store, [_order(n) for n in range(MANY)])
    save_settings(store, replace(load_settings(store), tax_archive_marketplaces=("DE",)))
    init_archive(store, ARCHIVE_PASS)
    store.close()
    clock.advance(AFTER_DEADLINE - clock.now())
    again = open_store(paths, passphrase, clock)
    assert again.wipe_report.count == MANY
    yield again
    again.store.close()


def test_a_wipe_seals_every_entry_in_format_2_with_nonces_unique_across_the_run(wiped_many, paths):
    entries = _entries(paths)
    assert len(entries) == MANY
    assert {blob[:1] for blob in entries.values()} == {b"\x02"}
    assert len({blob[33:45] for blob in entries.values()}) == MANY  # no nonce twice
    assert len({blob[1:33] for blob in entries.values()}) == 3  # one ephemeral key per batch
    private = unlock(_record(paths), ARCHIVE_PASS)
    for n in (0, WIPE_BATCH, MANY - 1):  # one of each batch, through the stored bytes
        order_id = _order(n)[0].order_id
        document = json.loads(unseal(private, order_id, entries[order_id]))
        assert document["invoice"]["buyer_name"] == f"Käufer {n:05d}"
    raw = (paths.archive / "archive.db").read_bytes()
    assert "Käufer".encode() not in raw and "Köln".encode() not in raw


def test_an_old_entry_opens_beside_new_ones_and_a_tampered_one_is_refused(wiped_many, paths):
    store = wiped_many.store
    old_id, tampered_id, new_id = (_order(n)[0].order_id for n in (1, 2, 3))
    document = {"format": 1, "order_id": old_id, "invoice": {"buyer_name": "Jürgen Groß"}}
    old = _seal_v1(_record(paths).public_key, old_id, json.dumps(document).encode("utf-8"))
    _write_entry(paths, old_id, old)
    blob = _entries(paths)[tampered_id]
    _write_entry(paths, tampered_id, blob[:-1] + bytes([blob[-1] ^ 0x80]))

    assert open_entry(store, old_id, ARCHIVE_PASS)["invoice"] == {"buyer_name": "Jürgen Groß"}
    assert open_entry(store, new_id, ARCHIVE_PASS)["invoice"]["buyer_name"] == "Käufer 00003"
    with pytest.raises(ArchiveDamaged) as caught:
        open_entry(store, tampered_id, ARCHIVE_PASS)
    assert caught.value.template == ENTRY_ALTERED
    assert tampered_id in str(caught.value)
    assert len(list_entries(store)) == MANY  # a bad entry is refused, never deleted


def test_resealing_after_a_crash_replaces_an_old_entry_with_format_2(opened, paths, clock):
    """An entry of format 1 whose wipe did not commit is sealed again in format 2, not twice."""
    from seller_desktop.core.privacy.archive import archive_before_wipe

    store = opened.store
    save_orders(store, [_order(n) for n in range(3)])
    save_settings(store, replace(load_settings(store), tax_archive_marketplaces=("DE",)))
    init_archive(store, ARCHIVE_PASS)
    order_id = _order(0)[0].order_id
    clock.advance(timedelta(days=1))
    with store.transaction():
        archive_before_wipe(store, [order_id], store.now_iso())
    _write_entry(paths, order_id, _seal_v1(_record(paths).public_key, order_id, b"{}"))
    with store.transaction():
        archive_before_wipe(store, [order_id], store.now_iso())
    entries = _entries(paths)
    assert list(entries) == [order_id] and entries[order_id][:1] == b"\x02"
    assert open_entry(store, order_id, ARCHIVE_PASS)["invoice"]["buyer_name"] == "Käufer 00000"
