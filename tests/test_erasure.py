"""Erasure on request and the subject-access export."""

from __future__ import annotations

import pytest
from sqlcipher_raw import decrypt_database, decrypt_wal

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.orders.model import ContactDetails, Order, OrderItem
from seller_desktop.core.orders.repository import get_contact_details, save_order
from seller_desktop.core.privacy.erasure import (
    erase_buyer,
    erase_orders,
    orders_of_buyer,
    subject_export,
)
from seller_desktop.core.privacy.retention import wiped_order_ids


def _order(store, order_id, email, name):
    save_order(
        store,
        Order(
            order_id=order_id,
            marketplace="FR",
            purchased_at="2026-11-26T09:00:00Z",
            items=[
                OrderItem(order_item_id=order_id + "-1", sku="MUG", quantity=2, item_price="9.90")
            ],
        ),
        ContactDetails(
            buyer_email=email, buyer_name=name, recipient_name=name, ship_city="Besançon"
        ),
    )


def test_erase_a_buyer_by_email_everywhere_on_disk(store, paths, passphrase, clock):
    _order(store, "E1", "Zoe.Lefevre@example.fr", "Zoë Lefèvre")
    _order(store, "E2", "zoe.lefevre@example.fr", "Zoë Lefèvre")
    _order(store, "OTHER", "someone@example.fr", "Anaïs Dubois")
    assert orders_of_buyer(store, "ZOE.LEFEVRE@example.fr ") == ["E1", "E2"]
    assert erase_buyer(store, "zoe.lefevre@example.fr", clock) == ["E1", "E2"]
    assert get_contact_details(store, "E1") is None and get_contact_details(store, "E2") is None
    assert get_contact_details(store, "OTHER").buyer_name == "Anaïs Dubois"
    assert {"E1", "E2"} <= wiped_order_ids(store.conn)
    on_disk = decrypt_database(paths.store, passphrase) + decrypt_wal(
        paths.store.with_name("store.db-wal"), paths.store, passphrase
    )
    assert (
        "Zoë Lefèvre".encode() not in on_disk and b"example.fr" in on_disk
    )  # the other buyer stays
    assert orders_of_buyer(store, "zoe.lefevre@example.fr") == []


def test_erase_orders_refuses_unknown_ids_and_changes_nothing(store, clock):
    _order(store, "E1", "a@example.fr", "Zoë")
    with pytest.raises(BadInput, match="NOPE"):
        erase_orders(store, ["E1", "NOPE"], clock)
    assert get_contact_details(store, "E1") is not None
    with pytest.raises(BadInput, match="e-mail"):
        orders_of_buyer(store, "not an address")


def test_subject_export_holds_exactly_that_buyers_data(store):
    _order(store, "E1", "zoe@example.fr", "Zoë Lefèvre")
    _order(store, "OTHER", "x@example.fr", "Anaïs Dubois")
    document = subject_export(store, "zoe@example.fr")
    assert [o["order_id"] for o in document["orders"]] == ["E1"]
    contact = document["orders"][0]["contact_details"]
    assert contact == {
        "buyer_email": "zoe@example.fr",
        "buyer_name": "Zoë Lefèvre",
        "recipient_name": "Zoë Lefèvre",
        "ship_city": "Besançon",
    }
    assert document["orders"][0]["items"] == [
        {"sku": "MUG", "product_name": "", "quantity": 2, "item_price": "9.90"}
    ]
    assert "Anaïs" not in str(document)


def test_erasure_blocked_by_a_reader_says_so_and_the_next_pass_finishes_it(
    store, paths, passphrase, clock
):
    """An erasure while another connection is mid-read (a daily backup exporting, a CLI command)
    cannot fold the WAL in: the old pages, details included, stay in the main file. The caller is
    told, and the next pass (hourly, with nothing due) folds it in: a long-running window must not
    keep erased details on disk until it exits."""
    from seller_desktop.core.privacy.retention import WipeReport, apply_retention
    from seller_desktop.core.store.connection import connect

    _order(store, "E1", "reader.blocked@example.fr", "Zoë Blockiert")
    _order(store, "OTHER", "someone@example.fr", "Anaïs Dubois")
    store.checkpoint()  # the details are in the main file now, as after any earlier pass
    reader = connect(paths.store, passphrase)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM contact_details").fetchone()  # a snapshot held
        report = WipeReport()
        assert erase_orders(store, ["E1"], clock, report) == ["E1"]
        assert report.failed and "reading the store" in report.failed
        reader.execute("COMMIT")
        assert "Zoë Blockiert".encode() in decrypt_database(paths.store, passphrase)  # not yet gone

        again = apply_retention(store, clock)  # the hourly pass: nothing is due
        assert again.wiped_order_ids == [] and again.failed is None
        on_disk = decrypt_database(paths.store, passphrase) + decrypt_wal(
            paths.store.with_name("store.db-wal"), paths.store, passphrase
        )
        assert "Zoë Blockiert".encode() not in on_disk and "Anaïs Dubois".encode() in on_disk
    finally:
        reader.close()
