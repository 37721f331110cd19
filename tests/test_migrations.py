"""Schema versions: from an empty store, from every kept older store, and refusal of newer ones."""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
import sqlcipher3

from seller_desktop.core.base.errors import StoreTooNew
from seller_desktop.core.orders.repository import get_contact_details, get_order
from seller_desktop.core.session import open_store
from seller_desktop.core.store import migrations
from seller_desktop.core.store.migrations import Migration

STORES = Path(__file__).parent / "stores"
FIXTURE_PASSPHRASE = "schema fixture passphrase"
KEPT_VERSIONS = sorted(int(p.stem[1:]) for p in STORES.glob("v*.db"))


def _raw(path: Path, passphrase: str):
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = '{passphrase}'")
    return conn


def test_every_schema_version_up_to_latest_has_a_kept_store():
    assert KEPT_VERSIONS, "tests/stores holds no store"
    assert KEPT_VERSIONS == list(range(1, migrations.LATEST + 1))


def test_empty_store_migrates_to_latest(paths, clock, passphrase):
    paths.ensure()
    _raw(paths.store, passphrase).close()  # a keyed, empty file at version 0
    opened = open_store(paths, passphrase, clock)
    assert opened.migrated_to == list(range(1, migrations.LATEST + 1))
    assert migrations.schema_version(opened.store.conn) == migrations.LATEST
    assert list(paths.backups.glob("*.db")) == []  # nothing to lose, nothing backed up
    opened.store.close()


@pytest.mark.parametrize("version", KEPT_VERSIONS)
def test_each_kept_store_opens_with_its_data(version, paths, clock):
    paths.ensure()
    shutil.copyfile(STORES / f"v{version}.db", paths.store)
    opened = open_store(paths, FIXTURE_PASSPHRASE, clock)
    assert opened.migrated_to == list(range(version + 1, migrations.LATEST + 1))
    assert migrations.schema_version(opened.store.conn) == migrations.LATEST
    backups = sorted(p.name for p in paths.backups.glob("*.db"))
    if version < migrations.LATEST:  # exactly one backup, of the version found
        assert len(backups) == 1 and backups[0].startswith(
            f"before-migration-v{version}-to-v{migrations.LATEST}-"
        )
    else:
        assert backups == []
    order = get_order(opened.store, "028-1111111-2222222")
    assert order is not None and order.items[0].sku == "MUG-1" and order.items[0].quantity == 2
    assert get_contact_details(opened.store, "028-1111111-2222222").recipient_name == "Jürgen Groß"
    opened.store.close()


def test_backup_before_migrating_a_store_with_data(paths, clock, monkeypatch):
    paths.ensure()
    shutil.copyfile(STORES / f"v{migrations.LATEST}.db", paths.store)
    extra = Migration(
        migrations.LATEST + 1, "test column", "ALTER TABLE orders ADD COLUMN note TEXT"
    )
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS + (extra,))
    monkeypatch.setattr(migrations, "LATEST", extra.version)
    opened = open_store(paths, FIXTURE_PASSPHRASE, clock)
    assert opened.migrated_to == [extra.version]
    opened.store.close()
    backups = list(paths.backups.glob("*.db"))
    assert len(backups) == 1 and backups[0].name.startswith(
        f"before-migration-v{extra.version - 1}-to-v{extra.version}-"
    )
    data = backups[0].read_bytes()
    assert data[:16] != b"SQLite format 3\x00" and "Jürgen".encode() not in data
    copy = _raw(backups[0], FIXTURE_PASSPHRASE)
    assert copy.execute("PRAGMA user_version").fetchone()[0] == extra.version - 1
    assert copy.execute("SELECT count(*) FROM orders").fetchone()[0] == 2
    copy.close()


def test_failed_migration_leaves_the_old_version(paths, clock, monkeypatch):
    paths.ensure()
    shutil.copyfile(STORES / f"v{migrations.LATEST}.db", paths.store)
    broken = Migration(
        migrations.LATEST + 1, "broken", "ALTER TABLE orders ADD COLUMN note TEXT;\nTHIS IS NOT SQL"
    )
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS + (broken,))
    monkeypatch.setattr(migrations, "LATEST", broken.version)
    with pytest.raises(sqlcipher3.OperationalError):
        open_store(paths, FIXTURE_PASSPHRASE, clock)
    conn = _raw(paths.store, FIXTURE_PASSPHRASE)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == broken.version - 1
    columns = [r[1] for r in conn.execute("PRAGMA table_info(orders)")]
    assert "note" not in columns
    conn.close()


def test_newer_store_is_refused_untouched(opened, paths, clock, passphrase):
    opened.store.conn.execute(f"PRAGMA user_version = {migrations.LATEST + 5}")
    opened.store.close()
    digest = hashlib.sha256(paths.store.read_bytes()).hexdigest()
    with pytest.raises(StoreTooNew) as err:
        open_store(paths, passphrase, clock)
    assert "newer version" in str(err.value)
    assert hashlib.sha256(paths.store.read_bytes()).hexdigest() == digest


def test_v3_backfills_contact_wiped_at_from_the_wipe_log(paths, clock):
    paths.ensure()
    shutil.copyfile(STORES / "v2.db", paths.store)
    conn = _raw(paths.store, FIXTURE_PASSPHRASE)
    conn.execute(
        "INSERT INTO event_log (at, kind, detail) VALUES "
        "('2026-12-20T00:00:00Z', 'wipe', '1 orders: 111-3333333-4444444')"
    )
    conn.close()
    opened = open_store(paths, FIXTURE_PASSPHRASE, clock)
    rows = dict(opened.store.conn.execute("SELECT order_id, contact_wiped_at FROM orders"))
    assert rows == {"111-3333333-4444444": "2026-12-20T00:00:00Z", "028-1111111-2222222": None}
    opened.store.close()


def test_v16_print_log_keeps_its_runs_and_takes_label_runs(paths, clock):
    paths.ensure()
    shutil.copyfile(STORES / "v15.db", paths.store)
    conn = _raw(paths.store, FIXTURE_PASSPHRASE)
    conn.execute(
        "INSERT INTO print_log (id, at, document, layout, output, order_count, order_ids) "
        "VALUES (7, '2026-11-19T10:00:00Z', 'slips_cards', '4x6', 'pdf', 1, "
        "'028-1111111-2222222')"
    )
    with pytest.raises(sqlcipher3.IntegrityError):  # v15 knew no label runs
        conn.execute(
            "INSERT INTO print_log (at, document, layout, output, order_count, order_ids) "
            "VALUES ('2026-11-19T11:00:00Z', 'labels_slips', 'letter', 'pdf', 1, 'x')"
        )
    conn.close()
    opened = open_store(paths, FIXTURE_PASSPHRASE, clock)
    assert opened.migrated_to == list(range(16, migrations.LATEST + 1))
    conn = opened.store.conn
    assert conn.execute("SELECT id, document, layout, order_ids FROM print_log").fetchall() == [
        (7, "slips_cards", "4x6", "028-1111111-2222222")
    ]
    for document in ("labels", "labels_slips", "labels_cards", "labels_slips_cards"):
        conn.execute(
            "INSERT INTO print_log (at, document, layout, output, order_count, order_ids) "
            "VALUES ('2026-11-20T09:00:00Z', ?, 'letter', 'printer', 1, 'x')",
            (document,),
        )
    assert conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'print_log_at'"
    ).fetchone()
    opened.store.close()


def test_v9_print_log_keeps_its_runs_and_takes_card_runs(paths, clock):
    paths.ensure()
    shutil.copyfile(STORES / "v8.db", paths.store)
    conn = _raw(paths.store, FIXTURE_PASSPHRASE)
    conn.execute(
        "INSERT INTO print_log (id, at, document, layout, output, order_count, order_ids) "
        "VALUES (41, '2026-11-19T10:00:00Z', 'slips', 'a4-2up', 'printer', 2, "
        "'028-1111111-2222222 111-3333333-4444444')"
    )
    with pytest.raises(sqlcipher3.IntegrityError):  # v8 knew slips and pick lists only
        conn.execute(
            "INSERT INTO print_log (at, document, layout, output, order_count, order_ids) "
            "VALUES ('2026-11-19T11:00:00Z', 'cards', '4x6', 'pdf', 1, 'x')"
        )
    conn.close()
    opened = open_store(paths, FIXTURE_PASSPHRASE, clock)
    assert 9 in opened.migrated_to
    conn = opened.store.conn
    assert conn.execute(
        "SELECT id, document, layout, order_count, order_ids FROM print_log"
    ).fetchall() == [(41, "slips", "a4-2up", 2, "028-1111111-2222222 111-3333333-4444444")]
    for document in ("cards", "slips_cards"):
        conn.execute(
            "INSERT INTO print_log (at, document, layout, output, order_count, order_ids) "
            "VALUES ('2026-11-20T09:00:00Z', ?, '4x6', 'printer', 1, 'x')",
            (document,),
        )
    with pytest.raises(sqlcipher3.IntegrityError):
        conn.execute(
            "INSERT INTO print_log (at, document, layout, output, order_count, order_ids) "
            "VALUES ('2026-11-20T09:00:00Z', 'envelopes', '4x6', 'printer', 1, 'x')"
        )
    assert [r[0] for r in conn.execute("SELECT id FROM print_log ORDER BY id")] == [41, 42, 43]
    assert conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND "
        "tbl_name = 'print_log' AND name = 'print_log_at'"
    ).fetchone()
    assert (
        conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE name LIKE 'print_log_v9%'"
        ).fetchone()[0]
        == 0
    )
    opened.store.close()


def test_v10_counts_ledger_moves_and_restarts_shipped_clocks_at_the_ship_date(paths, clock):
    """The v9 store's shipped order (shipped 11-11, promised by 11-15) held the promised date's
    deadline; from v10 its clock starts at the ship date. Wipes and earlier deadlines are counted."""
    paths.ensure()
    shutil.copyfile(STORES / "v9.db", paths.store)
    conn = _raw(paths.store, FIXTURE_PASSPHRASE)
    before = conn.execute(
        "SELECT retention_deadline FROM orders WHERE order_id = '111-3333333-4444444'"
    ).fetchone()[0]
    conn.close()
    assert before == "2026-12-15T23:59:59Z"  # promised delivery + 30
    opened = open_store(paths, FIXTURE_PASSPHRASE, clock)
    conn = opened.store.conn
    assert (
        conn.execute(
            "SELECT retention_deadline FROM orders WHERE order_id = '111-3333333-4444444'"
        ).fetchone()[0]
        == "2026-12-11T23:59:59Z"
    )  # ship date + 30
    seq = conn.execute("SELECT seq FROM wipe_ledger").fetchone()[0]
    assert seq >= 1  # that deadline moved earlier
    conn.execute(
        "UPDATE orders SET retention_deadline = '2027-06-01T00:00:00Z'"
    )  # later: not counted
    assert conn.execute("SELECT seq FROM wipe_ledger").fetchone()[0] == seq
    conn.execute(
        "UPDATE orders SET contact_wiped_at = '2026-11-21T00:00:00Z' WHERE contact_wiped_at IS NULL"
    )
    assert conn.execute("SELECT seq FROM wipe_ledger").fetchone()[0] > seq
    # the before-migration backup was brought in line at the end of the open and recorded
    assert [r[0] for r in conn.execute("SELECT name FROM backup_copies")] == [
        p.name for p in paths.backups.glob("*.db")
    ]
    opened.store.close()


def test_v11_keeps_every_shipment_confirmed_by_file_and_adds_no_account(paths, clock):
    """A store from before the Amazon connection: its shipments keep going to the confirmation
    file (nothing is sent to the API behind the seller's back), and no account exists."""
    paths.ensure()
    shutil.copyfile(STORES / "v10.db", paths.store)
    conn = _raw(paths.store, FIXTURE_PASSPHRASE)
    conn.execute(
        "INSERT INTO shipments (order_id, ship_date, created_at) "
        "VALUES ('111-3333333-4444444', '2026-11-11', '2026-11-11T10:00:00Z')"
    )
    conn.commit()
    conn.close()
    opened = open_store(paths, FIXTURE_PASSPHRASE, clock)
    conn = opened.store.conn
    assert conn.execute("SELECT confirm_via, api_attempts FROM shipments").fetchall() == [
        ("file", 0)
    ]
    assert conn.execute("SELECT count(*) FROM amazon_accounts").fetchone()[0] == 0
    opened.store.close()


def test_v12_leaves_each_campaign_in_the_buyers_language_until_the_seller_says_otherwise(
    paths, clock
):
    """A campaign from before texts per language: its text's language is not known, so its cards
    are judged by the script of the text — Latin text keeps a German buyer's labels (as before) but
    not a Japanese buyer's, who gets English ones; it has no other texts, and can get some."""
    from seller_desktop.core.campaigns import CampaignText, Card, list_campaigns, save_campaign

    paths.ensure()
    shutil.copyfile(STORES / "v11.db", paths.store)
    conn = _raw(paths.store, FIXTURE_PASSPHRASE)
    conn.execute(
        "INSERT INTO campaigns (name, headline, is_default, created_at) "
        "VALUES ('Thanks', 'Danke!', 1, '2026-11-11T10:00:00Z')"
    )
    conn.commit()
    conn.close()
    opened = open_store(paths, FIXTURE_PASSPHRASE, clock)
    [campaign] = list_campaigns(opened.store)
    assert (campaign.language, campaign.texts) == (None, ())
    assert Card("028-1111111-2222222", "DE", campaign, "MUG-1").language == "de"
    assert Card("111-3333333-4444444", "JP", campaign, "MUG-1").language == "en"
    campaign = save_campaign(
        opened.store,
        replace(campaign, language="de", texts=(CampaignText("en", headline="Thank you!"),)),
    )
    [again] = list_campaigns(opened.store)
    assert again == campaign and again.texts == (CampaignText("en", "Thank you!"),)
    opened.store.close()


def test_v17_review_requests_once_per_order(paths, clock):
    paths.ensure()
    shutil.copyfile(STORES / "v16.db", paths.store)
    opened = open_store(paths, FIXTURE_PASSPHRASE, clock)
    assert opened.migrated_to == list(range(17, migrations.LATEST + 1))
    conn = opened.store.conn
    assert conn.execute("SELECT earliest_delivery_date FROM orders").fetchall() == [
        (None,),
        (None,),
    ]
    conn.execute(
        "INSERT INTO review_requests (order_id, state, how, at) "
        "VALUES ('111-3333333-4444444', 'marked', 'hand', '2026-11-20T09:00:00Z')"
    )
    with pytest.raises(sqlcipher3.IntegrityError):  # once per order: the primary key
        conn.execute(
            "INSERT INTO review_requests (order_id, state, how, at) "
            "VALUES ('111-3333333-4444444', 'requested', 'api', '2026-11-21T09:00:00Z')"
        )
    with pytest.raises(sqlcipher3.IntegrityError):
        conn.execute(
            "INSERT INTO review_requests (order_id, state, how, at) "
            "VALUES ('028-1111111-2222222', 'maybe', 'api', '2026-11-21T09:00:00Z')"
        )
    opened.store.close()


def _version_creating(table: str) -> int:
    """The schema version that creates ``table``: a test of a migration names it once, by what it
    does, so renumbering the migration changes only its file name and the list."""
    return next(m.version for m in migrations.MIGRATIONS if f"CREATE TABLE {table} (" in m.sql)


def test_redemptions_migration_counts_a_code_once(paths, clock):
    version = _version_creating("redemptions")
    paths.ensure()
    shutil.copyfile(STORES / f"v{version - 1}.db", paths.store)
    opened = open_store(paths, FIXTURE_PASSPHRASE, clock)
    assert opened.migrated_to == list(range(version, migrations.LATEST + 1))
    conn = opened.store.conn
    conn.execute(
        "INSERT INTO campaigns (id, name, created_at) VALUES (1, 'Beans', '2026-11-20T09:00:00Z')"
    )
    conn.execute(
        "INSERT INTO redemptions (campaign_id, code, redeemed_on, source, imported_at) "
        "VALUES (1, 'ABCD-EFGH-JKMN', '2026-11-21', 'csv', '2026-11-22T09:00:00Z')"
    )
    conn.execute(  # the day is optional
        "INSERT INTO redemptions (campaign_id, code, source, imported_at) "
        "VALUES (1, 'ABCD-EFGH-JKMP', 'typed', '2026-11-22T09:00:00Z')"
    )
    with pytest.raises(sqlcipher3.IntegrityError):  # once per code: the unique constraint
        conn.execute(
            "INSERT INTO redemptions (campaign_id, code, source, imported_at) "
            "VALUES (1, 'ABCD-EFGH-JKMN', 'typed', '2026-11-23T09:00:00Z')"
        )
    with pytest.raises(sqlcipher3.IntegrityError):
        conn.execute(
            "INSERT INTO redemptions (campaign_id, code, source, imported_at) "
            "VALUES (1, 'WXYZ-EFGH-JKMN', 'email', '2026-11-23T09:00:00Z')"
        )
    opened.store.close()


def test_v18_buyer_cancellation_and_the_automatic_run_log(paths, clock):
    paths.ensure()
    shutil.copyfile(STORES / "v17.db", paths.store)
    opened = open_store(paths, FIXTURE_PASSPHRASE, clock)
    assert opened.migrated_to[0] == 18
    conn = opened.store.conn
    assert conn.execute("SELECT buyer_cancel_requested FROM orders").fetchall() == [(0,), (0,)]
    order = get_order(opened.store, "028-1111111-2222222")
    assert order is not None and order.buyer_cancel_requested is False
    conn.execute(
        "INSERT INTO review_auto_runs (day, started_at) VALUES ('2026-11-28', '2026-11-28T12:00Z')"
    )
    assert conn.execute("SELECT requested, ended_at FROM review_auto_runs").fetchall() == [
        (0, None)
    ]
    opened.store.close()


def test_v19_print_log_keeps_a_wording_override(paths, clock):
    from seller_desktop.core.documents.print_log import print_runs, record_print_run

    paths.ensure()
    shutil.copyfile(STORES / "v18.db", paths.store)
    opened = open_store(paths, FIXTURE_PASSPHRASE, clock)
    assert opened.migrated_to[0] == 19
    store = opened.store
    assert [r.wording_override for r in print_runs(store)] == [None] * len(print_runs(store))
    run = record_print_run(store, "cards", "4x6", "pdf", ["028-1111111-2222222"], "checked")
    assert print_runs(store)[0] == run and run.wording_override == "checked"
    opened.store.close()
