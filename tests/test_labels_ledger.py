"""The label purchase ledger never buys twice; a bought label ships the order without a
confirmation file row or an API confirmation; a voided label takes its shipment back."""

from __future__ import annotations

import pytest
from labels_helpers import ORDER, fake_png, labelled_order

from seller_desktop.core.amazon.confirmation_queue import pending_count
from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.labels.documents import documents, mark_printed, unprinted_orders
from seller_desktop.core.labels.ledger import (
    begin_purchase,
    fail_purchase,
    finish_purchase,
    live_label,
    mark_unknown,
    unresolved,
    void,
)
from seller_desktop.core.orders.repository import get_order
from seller_desktop.core.orders.shipments import shipments_of
from seller_desktop.core.orders.shipping import export_confirmations


def _begin(store, order_id=ORDER):
    return begin_purchase(store, order_id, "rate-1", "DHL", "Paket", "4.99", "EUR")


def _finish(store, purchase, tracking="TRK123"):
    docs = [("pkg-1", tracking, "PNG", fake_png("label"))]
    return finish_purchase(store, purchase.idempotency_key, "shp-1", docs)


def test_the_key_is_committed_before_anything_is_sent(store):
    labelled_order(store)
    purchase = _begin(store)
    assert purchase.state == "sending" and len(purchase.idempotency_key) == 36
    assert not store.writer.in_transaction  # on disk: a crash now keeps the key
    assert [p.id for p in unresolved(store)] == [purchase.id]
    with store.transaction():
        with pytest.raises(RuntimeError):
            _begin(store)  # inside a caller's transaction the key would not be on disk


@pytest.mark.parametrize("state", ["sending", "unknown", "bought"])
def test_a_second_purchase_is_refused_while_a_label_is_live(store, state):
    labelled_order(store)
    purchase = _begin(store)
    if state == "unknown":
        mark_unknown(store, purchase.idempotency_key)
    if state == "bought":
        _finish(store, purchase)
    with pytest.raises(BadInput, match="already has a label"):
        _begin(store)
    assert store.conn.execute("SELECT count(*) FROM label_purchases").fetchone()[0] == 1


def test_a_failed_purchase_may_be_bought_again_with_a_new_key(store):
    labelled_order(store)
    first = fail_purchase(store, _begin(store).idempotency_key, "TOKEN_EXPIRED")
    assert first.state == "failed" and first.reason == "TOKEN_EXPIRED"
    assert live_label(store, ORDER) is None and unresolved(store) == []
    second = _begin(store)
    assert second.idempotency_key != first.idempotency_key


def test_an_unknown_purchase_is_reconciled_by_finishing_it_once(store):
    labelled_order(store)
    purchase = mark_unknown(store, _begin(store).idempotency_key)
    assert purchase.state == "unknown" and unresolved(store) == [purchase]
    bought = _finish(store, purchase)
    assert _finish(store, purchase) == bought  # finishing again changes nothing
    assert bought.state == "bought" and bought.shipment_id == "shp-1"
    assert len(shipments_of(store, ORDER)) == 1


def test_a_bought_label_ships_the_order_and_amazon_hears_nothing_from_us(store):
    labelled_order(store)
    with store.transaction() as conn:  # an account covers DE: a typed shipment would be queued
        conn.execute(
            "INSERT INTO amazon_accounts (region, marketplaces, client_id, client_secret, "
            "refresh_token, created_at) VALUES ('eu', 'DE,FR', 'id', 'secret', 'token', 'now')"
        )
    _finish(store, _begin(store))
    order = get_order(store, ORDER)
    assert order.status == "shipped" and order.shipped_on == "2026-11-28"
    (shipment,) = shipments_of(store, ORDER)
    assert shipment.tracking_number == "TRK123" and shipment.carrier == "DHL"
    assert shipment.confirm_via == "buy_shipping" and shipment.state == "buy_shipping"
    assert pending_count(store) == 0
    text, rows = export_confirmations(store, again=True)
    assert rows == 0 and ORDER not in text
    (doc,) = documents(store, ORDER)
    assert doc.data == fake_png("label") and doc.tracking_id == "TRK123" and doc.format == "PNG"


def test_documents_are_marked_printed(store):
    labelled_order(store)
    _finish(store, _begin(store))
    assert unprinted_orders(store) == [ORDER]
    assert mark_printed(store, [ORDER]) == 1
    assert unprinted_orders(store) == [] and documents(store, ORDER)[0].printed_at


def test_void_deletes_the_documents_and_takes_the_shipment_back(store):
    labelled_order(store)
    purchase = _finish(store, _begin(store))
    deadline_shipped = get_order(store, ORDER).retention_deadline
    voided = void(store, ORDER)
    assert voided.state == "voided" and live_label(store, ORDER) is None
    assert documents(store, ORDER) == []
    assert store.conn.execute("SELECT count(*) FROM label_documents").fetchone()[0] == 0
    order = get_order(store, ORDER)
    assert order.status == "unshipped" and order.shipped_on is None
    assert all(i.quantity_shipped == 0 for i in order.items)
    assert shipments_of(store, ORDER) == []
    assert order.retention_deadline > deadline_shipped  # the unshipped rule again
    again = _begin(store)  # a new label may be bought
    assert again.idempotency_key != purchase.idempotency_key
    with pytest.raises(BadInput, match="no bought label"):
        void(store, ORDER)  # the new one is still being sent


def test_a_cancelled_or_shipped_order_gets_no_label(store):
    labelled_order(store, status="cancelled")
    with pytest.raises(BadInput, match="cancelled"):
        _begin(store)
    with pytest.raises(BadInput, match="no order"):
        _begin(store, "999-0000000-0000000")
