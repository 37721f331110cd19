"""Label documents are contact details: after the retention deadline, and at once on erasure,
their bytes are gone from the decrypted store and from every backup. The clock is moved."""

from __future__ import annotations

from datetime import timedelta

from labels_helpers import ORDER, fake_png, labelled_order
from sqlcipher_raw import decrypt_database, decrypt_wal

from seller_desktop.core.labels.documents import documents
from seller_desktop.core.labels.ledger import begin_purchase, finish_purchase, live_label
from seller_desktop.core.privacy.backups import back_up, daily_backup
from seller_desktop.core.privacy.erasure import erase_orders
from seller_desktop.core.privacy.retention_pass import retention_pass_steps
from seller_desktop.core.session import open_store

OTHER = "305-0000002-0000002"
MARK = "Ryszard Etykieta, Ul. Długa 7"


def _buy(store, order_id, marker):
    purchase = begin_purchase(store, order_id, "rate-1", "DHL", "Paket", "4.99", "EUR")
    docs = [("pkg-1", "TRK-" + order_id, "PNG", fake_png(marker))]
    finish_purchase(store, purchase.idempotency_key, "shp-" + order_id, docs)


def _on_disk(paths, passphrase) -> bytes:
    blob = decrypt_database(paths.store, passphrase)
    return blob + decrypt_wal(paths.store.with_name("store.db-wal"), paths.store, passphrase)


def _hourly(store, paths, clock):
    steps = retention_pass_steps(store, paths, clock)
    try:
        while True:
            next(steps)
    except StopIteration as end:
        return end.value


def test_after_the_deadline_the_label_is_gone_from_the_store_and_every_backup(
    opened, paths, passphrase, clock
):
    store = opened.store
    labelled_order(store)
    labelled_order(store, OTHER)
    _buy(store, ORDER, MARK)  # shipped today (2026-11-28): details wiped 30 days on
    backups = [
        daily_backup(store, paths, clock),
        back_up(store, paths.backups / "m.db", paths.backups),
    ]
    store.checkpoint()
    marker = MARK.encode()
    assert marker in _on_disk(paths, passphrase)  # proves the check can see it
    assert all(marker in decrypt_database(f, passphrase) for f in backups)

    clock.advance(timedelta(days=32))
    result = _hourly(store, paths, clock)
    assert ORDER in result.report.wiped_order_ids
    assert documents(store, ORDER) == [] and live_label(store, ORDER).state == "bought"
    assert marker not in _on_disk(paths, passphrase)
    for f in backups:
        assert marker not in decrypt_database(f, passphrase), f.name
    store.close()

    reopened = open_store(paths, passphrase, clock)  # and nothing brings it back at the open
    reopened.store.close()
    assert marker not in _on_disk(paths, passphrase)


def test_erasure_takes_the_label_from_the_store_and_backups_at_once(
    opened, paths, passphrase, clock
):
    store = opened.store
    labelled_order(store)
    labelled_order(store, OTHER)
    _buy(store, ORDER, MARK)
    _buy(store, OTHER, "Kept Label Person")
    backup = back_up(store, paths.backups / "m.db", paths.backups)
    erase_orders(store, [ORDER], clock)
    store.checkpoint()
    assert MARK.encode() not in _on_disk(paths, passphrase)
    assert MARK.encode() not in decrypt_database(backup, passphrase)
    assert b"Kept Label Person" in decrypt_database(backup, passphrase)
    assert documents(store, OTHER)[0].data == fake_png("Kept Label Person")
