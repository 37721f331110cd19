"""Never buy twice: a process killed right after Amazon's purchase answer arrived and before the
store was written, and an answer lost for good; the next start (or purchase) retries with the
same idempotency key, records the label Amazon sold, and sends no purchase with a new key."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from labels_buy_helpers import ORDERS, RATE, cli_env, fake_server, opened, purchase_requests

from seller_desktop.core.amazon.http import Transport
from seller_desktop.core.labels.amazon_link import ShippingLink
from seller_desktop.core.labels.buying import OutcomeUnknown, buy_label
from seller_desktop.core.labels.documents import documents
from seller_desktop.core.labels.ledger import live_label
from seller_desktop.core.orders.repository import get_order
from seller_desktop.core.session import open_store
from seller_desktop.paths import resolve_paths

CHILD = """
import os, sys
from datetime import datetime, timezone
from seller_desktop.cli import main
from seller_desktop.core.base.clock import FixedClock
from seller_desktop.core.labels import buying

def killed(*args, **kwargs):  # the answer is here; the store write never happens
    os._exit(9)

buying.finish_purchase = killed
clock = FixedClock(datetime(2024, 12, 26, tzinfo=timezone.utc))
sys.exit(main(["--data-dir", sys.argv[1], "buy-label", sys.argv[2], "--rate", sys.argv[3]],
              clock=clock))
"""


@pytest.fixture
def fake():
    yield from fake_server()


@pytest.fixture
def env(tmp_path, monkeypatch, capsys, fake, own_temp):
    return cli_env(tmp_path, monkeypatch, capsys, fake)


def test_killed_after_the_answer_is_reconciled_at_the_next_start(env, fake, tmp_path) -> None:
    assert env("rates", ORDERS[0])[0] == 0
    repo = str(Path(__file__).resolve().parent.parent)
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "D"), ORDERS[0], RATE],
        env={**os.environ, "PYTHONPATH": repo},
        capture_output=True,
        timeout=120,
    )
    assert child.returncode == 9, child.stderr.decode()
    assert fake.shipping.purchases == 1
    with opened(tmp_path, env.clock) as store:  # the next start
        purchase = live_label(store, ORDERS[0])
        assert purchase is not None and purchase.state == "bought"
        assert get_order(store, ORDERS[0]).status == "shipped"
        (doc,) = documents(store, ORDERS[0])
        assert doc.tracking_id == "FAKETRK0011"
    assert fake.shipping.purchases == 1
    sent = purchase_requests(fake)
    assert len(sent) == 2
    assert {s.headers["x-amzn-idempotencykey"] for s in sent} == {purchase.idempotency_key}
    with opened(tmp_path, env.clock) as store:  # settled: nothing more is sent
        pass
    assert len(purchase_requests(fake)) == 2


def test_the_cli_says_what_the_start_settled(env, fake, tmp_path) -> None:
    assert env("rates", ORDERS[0])[0] == 0
    with opened(tmp_path, env.clock) as store:
        link = ShippingLink(store, _quick_transport)
        fake.faults = ["lose-purchase", "500", "500", "500", "500"]
        try:
            buy_label(store, ORDERS[0], RATE, link)
        except OutcomeUnknown as err:
            assert "never buys it twice" in str(err)
        else:
            raise AssertionError("the lost answer was not reported")
        finally:
            link.close()
        assert live_label(store, ORDERS[0]).state == "unknown"
    assert fake.shipping.purchases == 1
    code, _, err = env("boxes")  # any command opens the store: the reconcile runs
    assert code == 0
    assert f"The label for order {ORDERS[0]} whose answer was lost was bought" in err
    assert fake.shipping.purchases == 1
    keys = {s.headers["x-amzn-idempotencykey"] for s in purchase_requests(fake)}
    assert len(keys) == 1 and len(purchase_requests(fake)) == 6


def test_an_interrupted_purchase_amazon_never_saw_is_failed_not_bought(env, fake, tmp_path):
    from datetime import timedelta

    from seller_desktop.core.labels.ledger import begin_purchase
    from seller_desktop.core.labels.quotes import load_quote, spec_json

    assert env("rates", ORDERS[0])[0] == 0
    with opened(tmp_path, env.clock) as store:
        quote = load_quote(store, ORDERS[0])
        rate = quote.rates[0]
        begin_purchase(  # committed, then the process died before sending
            store,
            ORDERS[0],
            rate.rate_id,
            rate.carrier_name,
            rate.service_name,
            rate.amount,
            rate.currency,
            request_token=quote.request_token,
            document_spec=spec_json(rate.document_specs[0]),
        )
    fake.shipping.token_ttl = -1  # long past: the token has expired
    env.clock.advance(timedelta(minutes=20))
    opened_again = open_store(resolve_paths(tmp_path / "D"), "label buying passphrase", env.clock)
    try:
        (note,) = opened_again.label_notes
        assert note.outcome == "not_bought" and "nothing was bought" in str(note)
        assert live_label(opened_again.store, ORDERS[0]) is None
    finally:
        opened_again.store.close()
    assert fake.shipping.purchases == 0


def _quick_transport(clock) -> Transport:
    return Transport(clock, sleep=lambda s: None, read_timeout=2.0, jitter=lambda: 1.0)
