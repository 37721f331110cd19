"""The tax archive and legal holds, checked in the bytes on disk: the decrypted store, the archive
file read raw, before and after end dates. The clock is moved, never waited for."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlcipher_raw import decrypt_database, decrypt_wal

from seller_desktop.core.base.errors import BadInput, SellerError, WeakPassphrase
from seller_desktop.core.orders.model import ContactDetails, Order, OrderItem
from seller_desktop.core.orders.repository import save_order
from seller_desktop.core.privacy.archive import (
    INVOICE_FIELDS,
    ArchiveBusy,
    ArchiveExists,
    ArchiveNotSetUp,
    NoArchiveEntry,
    WrongArchivePassphrase,
    archive_before_wipe,
    archive_status,
    change_archive_passphrase,
    init_archive,
    list_entries,
    list_holds,
    open_entry,
    place_hold,
    purge_expired,
    release_hold,
)
from seller_desktop.core.session import open_store
from seller_desktop.core.settings import Settings, load_settings, save_settings
from seller_desktop.core.store.events import recent_events

ARCHIVE_PASS = "archive passphrase kept apart"
# Shipped 2026-11-20, expected 11-24 → deadline end of 2026-12-24; the wipe runs on 12-26.
AFTER_DEADLINE = datetime(2026, 12, 26, 9, 0, tzinfo=timezone.utc)


def _contact(tag: str, n: int) -> ContactDetails:
    """Every value unique to its order, so a stray byte is traced to its owner."""
    return ContactDetails(
        buyer_name=f"Bärbel Käufer-{tag}",
        buyer_email=f"arch-{tag}@example.de",
        buyer_phone=f"+49 30 777{n:04d}",
        recipient_name=f"Łukasz Empfänger-{tag}",
        company_name=f"Muster GmbH {tag}",
        ship_address_1=f"Lieferweg {n}1 {tag}",
        ship_city=f"Köln-{tag}",
        ship_postal_code=f"5{n:04d}",
        bill_name=f"Rechnung Name {tag}",
        bill_address_1=f"Rechnungsstraße {n}2 {tag}",
        bill_city=f"Bonn-{tag}",
        bill_postal_code=f"6{n:04d}",
        bill_country="DE",
        gift_message=f"Frohes Fest {tag}",
        delivery_instructions=f"Garage {tag}",
        purchase_order_number=f"PO-{tag}-{n:05d}",
        tax_id=f"DE{n:09d}",
    )


ORDERS = {  # order id → (marketplace, business, status, contact)
    "DE-1": ("DE", False, "shipped", _contact("de", 1)),
    "US-1": ("US", False, "shipped", _contact("us", 2)),
    "FR-1": ("FR", False, "shipped", _contact("fr", 3)),
    "FR-B": ("FR", True, "shipped", _contact("frb", 4)),
    "DE-X": ("DE", False, "cancelled", _contact("dex", 5)),
}


def _save(store, ids=tuple(ORDERS)) -> None:
    for order_id in ids:
        marketplace, business, status, contact = ORDERS[order_id]
        dates = (
            dict(shipped_on="2026-11-20", latest_delivery_date="2026-11-24")
            if status == "shipped"
            else dict(cancelled_on="2026-11-24")
        )
        save_order(
            store,
            Order(
                order_id=order_id,
                marketplace=marketplace,
                purchased_at="2026-11-18T10:00:00Z",
                status=status,
                is_business=business,
                currency="EUR",
                ship_country="DE",
                items=[
                    OrderItem(
                        order_item_id=f"i-{order_id}",
                        sku="MUG-1",
                        quantity=2,
                        product_name="Tasse",
                        item_price="19.90",
                        item_tax="3.18",
                    )
                ],
                **dates,
            ),
            contact,
        )


def _strings(order_id: str) -> list[bytes]:
    return [v.encode("utf-8") for v in vars(ORDERS[order_id][3]).values() if v and v != "DE"]


def _rule(store, **changes) -> None:
    save_settings(store, replace(load_settings(store), **changes))


def _wipe(paths, passphrase, clock, when=AFTER_DEADLINE):
    clock.advance(when - clock.now())
    opened = open_store(paths, passphrase, clock)
    return opened


def _archive_bytes(paths) -> bytes:
    return b"".join(f.read_bytes() for f in paths.archive.iterdir() if f.is_file())


def _expected_invoice(order_id: str) -> dict:
    contact = ORDERS[order_id][3]
    return {name: getattr(contact, name) for name in INVOICE_FIELDS}


@pytest.fixture
def wiped(opened, paths, passphrase, clock):
    """Rule on for DE, a hold on a US order; the wipe has run. Yields the reopened store."""
    store = opened.store
    _save(store)
    _rule(store, tax_archive_marketplaces=("DE",))
    init_archive(store, ARCHIVE_PASS)
    place_hold(store, "US-1", "tax audit 2027", date(2027, 6, 30))
    store.close()
    again = _wipe(paths, passphrase, clock)
    yield again
    again.store.close()


def test_rule_and_hold_seal_at_wipe_time_and_nothing_readable_is_left(wiped, paths, passphrase):
    store = wiped.store
    assert sorted(wiped.wipe_report.wiped_order_ids) == sorted(ORDERS)
    entries = {e.order_id: e.end_date for e in list_entries(store)}
    # DE: ten years from the end of the year of the sale; US: the hold's last day. FR is under
    # neither; the cancelled DE order was never invoiced.
    assert entries == {"DE-1": "2036-12-31", "US-1": "2027-06-30"}

    store.checkpoint()
    on_disk = decrypt_database(paths.store, passphrase)
    on_disk += decrypt_wal(paths.store.with_name("store.db-wal"), paths.store, passphrase)
    raw_archive = _archive_bytes(paths)
    assert b"DE-1" in raw_archive and b"2036-12-31" in raw_archive  # readable by design
    for order_id in ORDERS:
        for value in _strings(order_id):
            assert value not in on_disk, (order_id, "store")
            assert value not in raw_archive, (order_id, "archive")
    events = " ".join(e.detail for e in recent_events(store, 200))
    assert "archived" in {e.kind for e in recent_events(store, 200)}
    for order_id in ORDERS:
        assert not any(v.decode() in events for v in _strings(order_id))


def test_opening_needs_the_archive_passphrase_and_gives_exactly_the_invoice_fields(
    wiped, passphrase
):
    store = wiped.store
    for wrong in ("", passphrase, "archive passphrase kept apart!"):
        with pytest.raises(WrongArchivePassphrase) as err:
            open_entry(store, "DE-1", wrong)
        assert isinstance(err.value, SellerError) and err.value.exit_code == 3
        assert "archive passphrase" in str(err.value)
    document = open_entry(store, "DE-1", ARCHIVE_PASS)
    assert document["invoice"] == _expected_invoice("DE-1")
    assert set(document) == {
        "format",
        "order_id",
        "invoice",
        "items",
        "marketplace",
        "status",
        "purchased_at",
        "shipped_on",
        "currency",
        "is_business",
        "ship_country",
        "ship_region",
        "archived_at",
        "basis",
        "end_date",
    }
    assert document["order_id"] == "DE-1" and document["marketplace"] == "DE"
    assert document["basis"] == ["tax_archive_rule"] and document["end_date"] == "2036-12-31"
    assert document["items"] == [
        {
            "order_item_id": "i-DE-1",
            "sku": "MUG-1",
            "asin": None,
            "product_name": "Tasse",
            "quantity": 2,
            "item_price": "19.90",
            "item_tax": "3.18",
            "shipping_price": None,
            "shipping_tax": None,
        }
    ]
    contact = ORDERS["DE-1"][3]
    flat = repr(document)
    for gone in (
        contact.buyer_email,
        contact.buyer_phone,
        contact.ship_address_1,
        contact.gift_message,
        contact.delivery_instructions,
        contact.recipient_name,
    ):
        assert gone not in flat  # only the invoice fields were kept
    held = open_entry(store, "US-1", ARCHIVE_PASS)
    assert held["invoice"] == _expected_invoice("US-1") and held["basis"] == ["legal_hold"]

    log = [(e.kind, e.detail) for e in recent_events(store, 50)]
    assert ("archive_opened", "DE-1: archive entry opened") in log
    assert ("archive_open_refused", "DE-1: wrong archive passphrase") in log
    assert not any(contact.buyer_name in d or "Rechnung" in d for _, d in log)
    with pytest.raises(NoArchiveEntry):
        open_entry(store, "FR-1", ARCHIVE_PASS)


def test_entries_are_gone_after_their_end_date_bytes_too_without_a_passphrase(wiped, paths, clock):
    with sqlite3.connect(paths.archive / "archive.db") as conn:
        sealed = {
            oid: bytes(blob) for oid, blob in conn.execute("SELECT order_id, sealed FROM entries")
        }
    conn.close()
    raw = _archive_bytes(paths)
    assert all(blob[40:200] in raw for blob in sealed.values())

    clock.advance(datetime(2027, 6, 30, 23, 0, tzinfo=timezone.utc) - clock.now())
    assert purge_expired(paths.archive, clock) == []  # the hold's last day still counts
    clock.advance(timedelta(hours=2))
    assert purge_expired(paths.archive, clock) == ["US-1"]
    raw = _archive_bytes(paths)
    assert sealed["US-1"][40:200] not in raw and b"US-1" not in raw and b"tax audit" not in raw
    assert sealed["DE-1"][40:200] in raw
    assert list_holds(wiped.store) == []

    clock.advance(datetime(2037, 1, 1, 0, 1, tzinfo=timezone.utc) - clock.now())
    assert [e.order_id for e in list_entries(wiped.store)] == []  # listing purges first
    raw = _archive_bytes(paths)
    assert sealed["DE-1"][40:200] not in raw and b"DE-1" not in raw
    assert any(
        e.kind == "archive_purged" and e.detail.endswith("DE-1")
        for e in recent_events(wiped.store, 20)
    )


def test_a_hold_that_ended_before_the_wipe_archives_nothing(opened, paths, passphrase, clock):
    _save(opened.store, ["US-1"])
    init_archive(opened.store, ARCHIVE_PASS)
    place_hold(opened.store, "US-1", "dispute", date(2026, 12, 10))
    opened.store.close()
    again = _wipe(paths, passphrase, clock)
    try:
        assert again.wipe_report.wiped_order_ids == ["US-1"]
        assert list_entries(again.store) == [] and list_holds(again.store) == []
    finally:
        again.store.close()
    for value in _strings("US-1"):
        assert value not in _archive_bytes(paths)


def test_rule_off_archives_nothing(opened, paths, passphrase, clock):
    _save(opened.store)
    init_archive(opened.store, ARCHIVE_PASS)
    assert not load_settings(opened.store).tax_archive_on  # off by default
    opened.store.close()
    again = _wipe(paths, passphrase, clock)
    try:
        assert len(again.wipe_report.wiped_order_ids) == len(ORDERS)
        assert list_entries(again.store) == []
        assert archive_status(again.store).entries == 0
        assert "archived" not in {e.kind for e in recent_events(again.store, 50)}
    finally:
        again.store.close()


def test_business_orders_rule(opened, paths, passphrase, clock):
    _save(opened.store)
    _rule(opened.store, tax_archive_business_orders=True, tax_archive_years=6)
    init_archive(opened.store, ARCHIVE_PASS)
    opened.store.close()
    again = _wipe(paths, passphrase, clock)
    try:
        assert [(e.order_id, e.end_date) for e in list_entries(again.store)] == [
            ("FR-B", "2032-12-31")
        ]
    finally:
        again.store.close()


def test_rule_on_without_an_archive_still_deletes_and_says_so(opened, paths, passphrase, clock):
    _save(opened.store)
    _rule(opened.store, tax_archive_marketplaces=("DE", "FR"))
    opened.store.close()
    again = _wipe(paths, passphrase, clock)
    try:
        assert len(again.wipe_report.wiped_order_ids) == len(ORDERS)
        assert again.store.conn.execute("SELECT count(*) FROM contact_details").fetchone()[0] == 0
        missing = [e for e in recent_events(again.store, 50) if e.kind == "tax_archive_missing"]
        # DE-1, FR-1 and FR-B fall under the rule; the cancelled DE-X does not.
        assert [e.detail for e in missing] == ["tax archive not set up: 3 orders not archived"]
    finally:
        again.store.close()
    assert not (paths.archive / "archive.db").exists()


def test_a_crash_between_sealing_and_deleting_neither_loses_nor_duplicates(
    opened, paths, passphrase, clock
):
    store = opened.store
    _save(store, ["DE-1"])
    _rule(store, tax_archive_marketplaces=("DE",))
    init_archive(store, ARCHIVE_PASS)
    clock.advance(AFTER_DEADLINE - clock.now())

    class Crash(Exception):
        pass

    with pytest.raises(Crash):  # the archive committed; the store's delete never did
        with store.transaction():
            archive_before_wipe(store, ["DE-1"], store.now_iso())
            raise Crash
    assert store.conn.execute("SELECT count(*) FROM contact_details").fetchone()[0] == 1
    assert [e.order_id for e in list_entries(store)] == ["DE-1"]
    store.close()

    again = open_store(paths, passphrase, clock)
    try:
        assert again.wipe_report.wiped_order_ids == ["DE-1"]
        with sqlite3.connect(paths.archive / "archive.db") as conn:
            assert conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 1
        conn.close()
        assert open_entry(again.store, "DE-1", ARCHIVE_PASS)["invoice"] == _expected_invoice("DE-1")
    finally:
        again.store.close()


def test_releasing_a_hold_deletes_an_entry_kept_only_for_it(wiped, paths):
    store = wiped.store
    with pytest.raises(BadInput):
        release_hold(store, "DE-1")  # no hold there
    assert release_hold(store, "US-1") is True
    assert [e.order_id for e in list_entries(store)] == ["DE-1"]
    assert b"US-1" not in _archive_bytes(paths)
    # A hold on an archived order moves its end date; releasing it falls back to the rule's.
    place_hold(store, "DE-1", "court case 12 O 345/26", date(2040, 1, 31))
    assert [e.end_date for e in list_entries(store)] == ["2040-01-31"]
    assert release_hold(store, "DE-1") is False
    assert [e.end_date for e in list_entries(store)] == ["2036-12-31"]
    log = " ".join(e.detail for e in recent_events(store, 20))
    assert "court case" not in log and "tax audit" not in log  # the seller's reasons stay out


def test_hold_refusals(opened, clock):
    store = opened.store
    _save(store, ["US-1"])
    with pytest.raises(ArchiveNotSetUp):
        place_hold(store, "US-1", "audit", date(2027, 1, 1))
    init_archive(store, ARCHIVE_PASS)
    with pytest.raises(BadInput, match="no order"):
        place_hold(store, "NOPE", "audit", date(2027, 1, 1))
    with pytest.raises(BadInput, match="has passed"):
        place_hold(store, "US-1", "audit", date(2026, 11, 27))
    with pytest.raises(BadInput, match="at most 30 years"):
        place_hold(store, "US-1", "audit", date(2060, 1, 1))
    with pytest.raises(BadInput, match="reason"):
        place_hold(store, "US-1", "   ", date(2027, 1, 1))
    hold = place_hold(store, "US-1", "  audit\n2027 ", date(2026, 11, 28))  # today counts
    assert (hold.reason, hold.until, hold.archived) == ("audit 2027", "2026-11-28", False)
    assert [h.order_id for h in list_holds(store)] == ["US-1"]


def test_init_archive_refusals_and_file_permissions(opened, paths, passphrase):
    store = opened.store
    with pytest.raises(WeakPassphrase):
        init_archive(store, "short")
    with pytest.raises(BadInput, match="different from the store passphrase"):
        init_archive(store, passphrase, store_passphrase=passphrase)
    assert archive_status(store).set_up is False
    init_archive(store, ARCHIVE_PASS)
    with pytest.raises(ArchiveExists):
        init_archive(store, "another archive passphrase")
    assert archive_status(store).set_up is True
    if hasattr(paths.archive, "stat"):
        import os

        if os.name == "posix":
            assert (paths.archive / "archive.db").stat().st_mode & 0o077 == 0
            assert paths.archive.stat().st_mode & 0o077 == 0


def test_tax_archive_settings_are_validated_and_round_trip(store):
    assert Settings().tax_archive_marketplaces == () and Settings().tax_archive_years == 10
    with pytest.raises(BadInput, match="unknown marketplace"):
        Settings(tax_archive_marketplaces=("DE", "XX")).validated()
    with pytest.raises(BadInput, match="between 1 and 30"):
        Settings(tax_archive_years=31).validated()
    with pytest.raises(BadInput, match="between 1 and 30"):
        Settings(tax_archive_years=0).validated()
    with pytest.raises(BadInput):
        Settings(tax_archive_marketplaces="DE").validated()
    _rule(store, tax_archive_marketplaces=["fr", "DE", "de"], tax_archive_years=8)
    loaded = load_settings(store)
    assert loaded.tax_archive_marketplaces == ("DE", "FR") and loaded.tax_archive_years == 8
    assert loaded.tax_archive_on


def test_erasure_of_a_held_order_keeps_its_invoice_fields_sealed(opened, clock):
    """GDPR Art. 17(3)(b): a legal obligation to keep overrides erasure, for the invoice fields."""
    from seller_desktop.core.privacy.erasure import erase_orders

    store = opened.store
    _save(store, ["US-1", "FR-1"])
    init_archive(store, ARCHIVE_PASS)
    place_hold(store, "US-1", "chargeback dispute", date(2027, 3, 31))
    assert sorted(erase_orders(store, ["US-1", "FR-1"], clock)) == ["FR-1", "US-1"]
    assert store.conn.execute("SELECT count(*) FROM contact_details").fetchone()[0] == 0
    assert [e.order_id for e in list_entries(store)] == ["US-1"]
    assert open_entry(store, "US-1", ARCHIVE_PASS)["invoice"] == _expected_invoice("US-1")


def test_a_damaged_archive_never_stops_the_wipe(opened, paths, passphrase, clock):
    _save(opened.store, ["DE-1"])
    _rule(opened.store, tax_archive_marketplaces=("DE",))
    init_archive(opened.store, ARCHIVE_PASS)
    opened.store.close()
    (paths.archive / "archive.db").write_bytes(b"not a database at all" * 300)
    again = _wipe(paths, passphrase, clock)
    try:
        assert again.wipe_report.wiped_order_ids == ["DE-1"] and again.wipe_report.failed is None
        failed = [
            e.detail for e in recent_events(again.store, 20) if e.kind == "tax_archive_failed"
        ]
        assert failed == [
            "ArchiveDamaged: 1 orders under the tax rule not archived (legal holds unknown)"
        ]
    finally:
        again.store.close()


# -- changing the archive passphrase ------------------------------------------------------------

NEW_ARCHIVE_PASS = "a new archive passphrase 2027"


def _file_hash(paths) -> str:
    import hashlib

    return hashlib.sha256((paths.archive / "archive.db").read_bytes()).hexdigest()


def _key_row(paths) -> tuple[bytes, bytes, str]:
    conn = sqlite3.connect(paths.archive / "archive.db")
    try:
        public, wrapped, params = conn.execute(
            "SELECT public_key, wrapped_private_key, kdf_params FROM archive_key"
        ).fetchone()
    finally:
        conn.close()
    return bytes(public), bytes(wrapped), params


def _sealed(paths) -> dict[str, bytes]:
    conn = sqlite3.connect(paths.archive / "archive.db")
    try:
        return {
            oid: bytes(blob) for oid, blob in conn.execute("SELECT order_id, sealed FROM entries")
        }
    finally:
        conn.close()


def test_changing_the_archive_passphrase_rewraps_only_the_key(wiped, paths, passphrase, clock):
    import json

    store = wiped.store
    public, wrapped, params = _key_row(paths)
    sealed = _sealed(paths)
    assert set(sealed) == {"DE-1", "US-1"}

    change_archive_passphrase(store, ARCHIVE_PASS, NEW_ARCHIVE_PASS, store_passphrase=passphrase)

    new_public, new_wrapped, new_params = _key_row(paths)
    assert new_public == public  # the same key pair: entries sealed to it stay readable
    assert new_wrapped != wrapped and new_wrapped[:12] != wrapped[:12]  # fresh nonce
    assert json.loads(new_params)["salt"] != json.loads(params)["salt"]  # fresh salt
    assert _sealed(paths) == sealed  # not one sealed entry was touched
    raw = (paths.archive / "archive.db").read_bytes()
    # secure_delete: nothing the old passphrase opens is left in the file, nor a journal beside it
    assert wrapped not in raw and wrapped[12:40] not in raw
    assert json.loads(params)["salt"].encode() not in raw
    assert sorted(f.name for f in paths.archive.iterdir()) == ["archive.db"]

    with pytest.raises(WrongArchivePassphrase):
        open_entry(store, "DE-1", ARCHIVE_PASS)
    assert open_entry(store, "DE-1", NEW_ARCHIVE_PASS)["invoice"] == _expected_invoice("DE-1")
    assert open_entry(store, "US-1", NEW_ARCHIVE_PASS)["invoice"] == _expected_invoice("US-1")

    # The wipe goes on sealing to the same public key: a new order opens with the new passphrase.
    contact = _contact("de2", 6)
    save_order(
        store,
        Order(
            order_id="DE-2",
            marketplace="DE",
            purchased_at="2026-11-18T10:00:00Z",
            status="shipped",
            currency="EUR",
            ship_country="DE",
            shipped_on="2026-11-20",
            latest_delivery_date="2026-11-24",
            items=[OrderItem(order_item_id="i-DE-2", sku="MUG-1", quantity=1)],
        ),
        contact,
    )
    from seller_desktop.core.privacy.retention import apply_retention

    assert apply_retention(store, clock).wiped_order_ids == ["DE-2"]
    assert set(_sealed(paths)) == {"DE-1", "DE-2", "US-1"}
    assert open_entry(store, "DE-2", NEW_ARCHIVE_PASS)["invoice"]["tax_id"] == contact.tax_id
    with pytest.raises(WrongArchivePassphrase):
        open_entry(store, "DE-2", ARCHIVE_PASS)

    # And it can be changed again (back, even): the passphrase is the seller's to choose.
    change_archive_passphrase(store, NEW_ARCHIVE_PASS, ARCHIVE_PASS)
    assert open_entry(store, "DE-2", ARCHIVE_PASS)["invoice"]["tax_id"] == contact.tax_id

    events = recent_events(store, 100)
    changed = [e.detail for e in events if e.kind == "archive_passphrase_changed"]
    assert changed == ["tax archive passphrase changed (sealed entries unchanged)"] * 2
    text = " ".join(e.kind + " " + e.detail for e in events)
    assert ARCHIVE_PASS not in text and NEW_ARCHIVE_PASS not in text and passphrase not in text


def test_a_refused_change_leaves_the_archive_file_byte_for_byte(wiped, paths, passphrase):
    store = wiped.store
    before = _file_hash(paths)
    with pytest.raises(WrongArchivePassphrase) as wrong:
        change_archive_passphrase(store, "not the archive passphrase", NEW_ARCHIVE_PASS)
    assert "Nothing was changed" in str(wrong.value) and wrong.value.exit_code == 3
    with pytest.raises(WeakPassphrase):
        change_archive_passphrase(store, ARCHIVE_PASS, "short")
    with pytest.raises(BadInput, match="same as the current one"):
        change_archive_passphrase(store, ARCHIVE_PASS, ARCHIVE_PASS)
    with pytest.raises(BadInput, match="different from the store passphrase"):
        change_archive_passphrase(store, ARCHIVE_PASS, passphrase, store_passphrase=passphrase)
    assert _file_hash(paths) == before
    assert open_entry(store, "DE-1", ARCHIVE_PASS)["invoice"] == _expected_invoice("DE-1")
    with pytest.raises(WrongArchivePassphrase):
        open_entry(store, "DE-1", NEW_ARCHIVE_PASS)
    refused = [
        e.detail for e in recent_events(store, 50) if e.kind == "archive_passphrase_change_refused"
    ]
    assert refused == ["wrong archive passphrase"]  # only the wrong passphrase is worth noting
    assert "archive_passphrase_changed" not in {e.kind for e in recent_events(store, 50)}


def test_changing_without_an_archive_is_refused(store):
    with pytest.raises(ArchiveNotSetUp):
        change_archive_passphrase(store, ARCHIVE_PASS, NEW_ARCHIVE_PASS)


def test_a_crash_before_the_commit_keeps_the_old_passphrase(wiped, paths, monkeypatch):
    """The new wrapped key is written, then the process dies before COMMIT: rolled back."""
    from contextlib import contextmanager

    from seller_desktop.core.privacy.archive import archive_file

    real_connect = archive_file.connect

    class Crash(Exception):
        pass

    @contextmanager
    def crash_after_writing(folder):
        with real_connect(folder) as conn:
            yield conn
            if conn.total_changes:  # the UPDATE ran: die before the COMMIT
                raise Crash

    before = _file_hash(paths)
    monkeypatch.setattr(archive_file, "connect", crash_after_writing)
    with pytest.raises(Crash):
        change_archive_passphrase(wiped.store, ARCHIVE_PASS, NEW_ARCHIVE_PASS)
    monkeypatch.undo()
    assert _file_hash(paths) == before
    assert open_entry(wiped.store, "DE-1", ARCHIVE_PASS)["invoice"] == _expected_invoice("DE-1")
    with pytest.raises(WrongArchivePassphrase):
        open_entry(wiped.store, "DE-1", NEW_ARCHIVE_PASS)
    assert "archive_passphrase_changed" not in {e.kind for e in recent_events(wiped.store, 50)}


def test_a_change_made_meanwhile_is_not_overwritten(wiped, paths, monkeypatch):
    """Two windows change the passphrase at once: the one that writes second is refused (busy)
    instead of replacing the other's key with one whose passphrase nobody now knows."""
    from seller_desktop.core.privacy.archive import setup

    real_rewrap = setup.rewrap
    raced = []

    def rewrap_while_another_changes(record, current, new):
        result = real_rewrap(record, current, new)
        if not raced:
            raced.append(True)
            change_archive_passphrase(wiped.store, ARCHIVE_PASS, "the other window's passphrase")
        return result

    monkeypatch.setattr(setup, "rewrap", rewrap_while_another_changes)
    with pytest.raises(ArchiveBusy):
        change_archive_passphrase(wiped.store, ARCHIVE_PASS, NEW_ARCHIVE_PASS)
    monkeypatch.undo()
    document = open_entry(wiped.store, "DE-1", "the other window's passphrase")
    assert document["invoice"] == _expected_invoice("DE-1")
    for stale in (ARCHIVE_PASS, NEW_ARCHIVE_PASS):
        with pytest.raises(WrongArchivePassphrase):
            open_entry(wiped.store, "DE-1", stale)


def test_killed_while_changing_leaves_exactly_one_passphrase_working(
    wiped, paths, passphrase, clock
):
    """SIGKILL at random moments of a loop of changes (the key derivation made cheap in the child,
    so most of its time is spent writing): every time, one of the two passphrases opens the
    archive and its entries — never neither — and the file is intact."""
    import os
    import random
    import signal
    import subprocess
    import sys
    import textwrap
    import time
    from pathlib import Path

    from seller_desktop.core.privacy.archive import sealing

    root = Path(__file__).resolve().parent.parent
    wiped.store.close()
    pair = (ARCHIVE_PASS, NEW_ARCHIVE_PASS)
    script = textwrap.dedent(f"""
        import sys
        from datetime import datetime
        sys.path.insert(0, {str(root)!r})
        from seller_desktop.core.privacy.archive import change_archive_passphrase, check_archive_passphrase, sealing
        from seller_desktop.core.base.clock import FixedClock
        from seller_desktop.core.session import open_store
        from seller_desktop.paths import resolve_paths
        sealing.DEFAULT_KDF = dict(kdf="argon2id", iterations=1, lanes=1, memory_cost=8)
        opened = open_store(resolve_paths({str(paths.store.parent)!r}), {passphrase!r},
                            FixedClock(datetime.fromisoformat({clock.now().isoformat()!r})))
        pair = {pair!r}
        def opens(candidate):
            try:
                check_archive_passphrase(opened.store, candidate)
            except Exception:
                return False
            return True
        current = next(p for p in pair if opens(p))
        print("ready", flush=True)
        while True:
            new = pair[1] if current == pair[0] else pair[0]
            change_archive_passphrase(opened.store, current, new)
            current = new
    """)
    rng = random.Random(7)
    for _round in range(4):
        child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
        try:
            assert child.stdout.readline().strip() == "ready"
            time.sleep(rng.uniform(0.05, 0.4))
            os.kill(child.pid, signal.SIGKILL)
        finally:
            child.wait(timeout=60)
        assert child.returncode == -signal.SIGKILL
        conn = sqlite3.connect(paths.archive / "archive.db")  # rolls a hot journal back
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            conn.close()
        record = sealing.KeyRecord(*_key_row(paths))
        working = []
        for candidate in pair:
            try:
                working.append(sealing.unlock(record, candidate))
            except WrongArchivePassphrase:
                pass
        assert len(working) == 1, _round
        for order_id, blob in _sealed(paths).items():
            assert sealing.unseal(working[0], order_id, blob)  # every entry still opens
