"""Buying labels end to end against the fake Amazon (tests/amazon/fake_shipping.py): rates for
three orders, each bought, one PDF of the three labels; the orders shipped with the labels'
tracking numbers and nothing for the confirmation file; a second buy refused before anything is
sent; void and buy again; TOKEN_EXPIRED and a changed price."""

from __future__ import annotations

import json
from datetime import timedelta
from decimal import Decimal

import pytest
from documents_helpers import need, pdfinfo
from labels_buy_helpers import ORDERS, RATE, cli_env, fake_server, opened, purchase_requests

from seller_desktop.core.labels.documents import documents
from seller_desktop.core.labels.ledger import live_label
from seller_desktop.core.orders.repository import get_order


@pytest.fixture
def fake():
    yield from fake_server()


@pytest.fixture
def env(tmp_path, monkeypatch, capsys, fake, own_temp):
    return cli_env(tmp_path, monkeypatch, capsys, fake)


def test_rates_buy_three_labels_print_one_pdf(env, fake, tmp_path) -> None:
    need("pdfinfo")
    need("pdfimages")
    code, out, err = env("rates", *ORDERS, "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert [r["order_id"] for r in rows] == [o for o in ORDERS for _ in range(2)]
    assert set(rows[0]) == {
        "order_id",
        "rate_id",
        "carrier",
        "service",
        "price",
        "currency",
        "delivery_by",
        "requires_additional_inputs",
        "default",
    }
    assert rows[0]["rate_id"] == RATE and rows[0]["default"] is True
    assert rows[1]["requires_additional_inputs"] is True and rows[1]["default"] is False
    for order_id in ORDERS:
        code, _, err = env("buy-label", order_id, "--rate", RATE)
        assert code == 0, err
    assert fake.shipping.purchases == 3
    out_pdf = tmp_path / "labels.pdf"
    code, _, err = env("labels", "--out", str(out_pdf), "--unprinted")
    assert code == 0, err
    info = pdfinfo(out_pdf)
    assert info["Pages"] == "3"
    assert info["Page size"].startswith("288 x 432 pts")  # 4x6 inches
    import subprocess

    images = subprocess.run(
        ["pdfimages", "-list", str(out_pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert [line.split()[0] for line in images] == ["1", "2", "3"]  # one label image a page
    with opened(tmp_path, env.clock) as store:
        for n, order_id in enumerate(ORDERS, 1):
            order = get_order(store, order_id)
            assert order is not None and order.status == "shipped"
            (doc,) = documents(store, order_id)
            assert doc.tracking_id == f"FAKETRK{n:03d}1" and doc.printed_at
            row = store.conn.execute(
                "SELECT tracking_number, confirm_via FROM shipments WHERE order_id = ?",
                (order_id,),
            ).fetchone()
            assert tuple(row) == (doc.tracking_id, "buy_shipping")
    with opened(tmp_path, env.clock) as store:
        from seller_desktop.core.orders.shipping import export_confirmations

        assert export_confirmations(store, again=True)[1] == 0  # Amazon has them already
    sent = len(fake.api_requests())
    code, _, err = env("buy-label", ORDERS[0], "--rate", RATE)
    assert code == 2 and "already has a label" in err
    assert fake.shipping.purchases == 3
    assert len(fake.api_requests()) == sent  # nothing sent at all


def test_void_then_buy_again_and_zpl(env, fake, tmp_path) -> None:
    assert env("rates", ORDERS[0])[0] == 0
    zpl = tmp_path / "label.zpl"
    code, _, err = env("buy-label", ORDERS[0], "--rate", RATE, "--format", "zpl", "--out", str(zpl))
    assert code == 0, err
    assert zpl.read_bytes().startswith(b"^XA") and b"FAKETRK0011" in zpl.read_bytes()
    code, _, err = env("void-label", ORDERS[0])
    assert code == 0, err
    assert fake.shipping.shipments["FAKE-SHIPMENT-1"].voided
    with opened(tmp_path, env.clock) as store:
        assert live_label(store, ORDERS[0]) is None
        assert get_order(store, ORDERS[0]).status == "unshipped"
    assert env("rates", ORDERS[0])[0] == 0
    assert env("buy-label", ORDERS[0], "--rate", RATE)[0] == 0
    assert fake.shipping.purchases == 2


def test_token_expired_rerates_and_buys_the_same_service(env, fake, tmp_path) -> None:
    assert env("rates", ORDERS[0])[0] == 0
    fake.faults = ["token-expired"]  # the purchase is refused whatever the age
    code, _, err = env("buy-label", ORDERS[0], "--rate", RATE)
    assert code == 0, err
    assert fake.shipping.purchases == 1
    tokens = [s.body["requestToken"] for s in purchase_requests(fake)]
    assert tokens == ["FAKE-TOKEN-1", "FAKE-TOKEN-2"]
    keys = [s.headers["x-amzn-idempotencykey"] for s in purchase_requests(fake)]
    assert len(set(keys)) == 2  # the refused one bought nothing: a new purchase, a new key
    with opened(tmp_path, env.clock) as store:
        states = [r[0] for r in store.conn.execute("SELECT state FROM label_purchases ORDER BY id")]
        assert states == ["failed", "bought"]


def test_an_old_quote_is_rated_again_before_buying(env, fake) -> None:
    assert env("rates", ORDERS[0])[0] == 0
    env.clock.advance(timedelta(minutes=11))
    code, _, err = env("buy-label", ORDERS[0], "--rate", RATE)
    assert code == 0, err
    assert [s.body["requestToken"] for s in purchase_requests(fake)] == ["FAKE-TOKEN-2"]


def test_a_changed_price_stops_with_the_new_price(env, fake, tmp_path) -> None:
    assert env("rates", ORDERS[0])[0] == 0
    env.clock.advance(timedelta(minutes=11))
    fake.shipping.rates[0]["totalCharge"]["value"] = 8.25
    code, _, err = env("buy-label", ORDERS[0], "--rate", RATE)
    assert code == 1
    assert "now costs 8.25 USD instead of 7" in err and "Nothing was bought" in err
    assert fake.shipping.purchases == 0 and purchase_requests(fake) == []
    with opened(tmp_path, env.clock) as store:
        assert live_label(store, ORDERS[0]) is None
    code, _, err = env("buy-label", ORDERS[0], "--rate", RATE)  # the new quote, at its price
    assert code == 0, err
    assert Decimal(str(fake.shipping.rates[0]["totalCharge"]["value"])) == Decimal("8.25")


def test_rates_for_a_marketplace_without_buy_shipping(env, tmp_path) -> None:
    from seller_desktop.core.orders.model import Order, OrderItem
    from seller_desktop.core.orders.repository import save_order

    with opened(tmp_path, env.clock) as store:
        save_order(
            store,
            Order(
                "028-0000009-0000009",
                "DE",
                "2024-12-24T09:00:00Z",
                items=[OrderItem("9", "MUG", 1)],
            ),
        )
    code, _, err = env("rates", "028-0000009-0000009")
    assert code == 2 and "type the tracking number as before" in err
