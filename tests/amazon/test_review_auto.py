"""The daily automatic review requests against the fake Amazon: off by default; once switched on,
one run a day asks every eligible order of a connected marketplace (and nothing else), logs what
Amazon answered, is not due again that day, and a run cut short is run again without asking any
order twice. Buyer cancellation requests reach the queue from the API."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from fake_spapi import NOW
from sleeper import Sleeper
from test_review_requests import IDS, _save

from seller_desktop.core.amazon.http import Transport
from seller_desktop.core.amazon.mapping import MappedOrder, map_order
from seller_desktop.core.base.steps import drain
from seller_desktop.core.reviews.automatic import (
    INTERRUPTED,
    auto_due,
    auto_run_steps,
    auto_runs,
    to_ask,
)
from seller_desktop.core.reviews.queue import review_queue
from seller_desktop.core.reviews.records import request_records
from seller_desktop.core.settings import load_settings, save_settings


@pytest.fixture
def run(connected, sync_clock):
    """The daily run through the fake Amazon and a counted sleep; the steps, not drained."""
    sleeper = Sleeper(sync_clock)

    def factory(clock):
        return Transport(clock, sleep=sleeper, read_timeout=1.0, jitter=lambda: 1.0)

    return lambda: auto_run_steps(connected, factory, sleeper)


def _switch_on(store) -> None:
    save_settings(store, replace(load_settings(store), review_auto_daily=True))


def test_off_by_default_and_due_once_a_day_when_on(connected, fake, run, sync_clock) -> None:
    for order_id in IDS[:3]:
        _save(connected, order_id)
    _save(connected, "028-0000000-0000009", "DE")  # eligible, but no account covers DE
    assert load_settings(connected).review_auto_daily is False
    assert not auto_due(connected)
    _switch_on(connected)
    assert auto_due(connected)
    assert to_ask(connected) == IDS[:3]
    fake.solicitations.eligible = set(IDS[:2])
    first = drain(run())
    assert (first.eligible, first.requested, first.not_eligible, first.failed) == (3, 2, 1, 0)
    assert first.finished and first.day == NOW.astimezone().date()
    assert dict(fake.solicitations.posts) == {IDS[0]: 1, IDS[1]: 1}
    assert "028-0000000-0000009" not in request_records(connected)  # asked by hand only
    assert not auto_due(connected)
    sync_clock.advance(timedelta(days=1))
    assert auto_due(connected)
    again = drain(run())
    assert (again.eligible, again.requested) == (0, 0)
    assert dict(fake.solicitations.posts) == {IDS[0]: 1, IDS[1]: 1}
    assert [r.day for r in auto_runs(connected)] == [again.day, first.day]  # newest first


def test_a_run_cut_short_is_due_again_and_asks_no_order_twice(connected, fake, run) -> None:
    for order_id in IDS[:4]:
        _save(connected, order_id)
    _switch_on(connected)
    fake.solicitations.eligible = set(IDS[:4])
    steps = run()
    for _ in range(3):  # (0, 4), then two orders asked
        next(steps)
    steps.close()  # the seller cancelled, or the window closed
    [cut] = auto_runs(connected)
    assert cut.stopped == INTERRUPTED and not cut.finished and cut.requested == 2
    assert auto_due(connected)
    rest = drain(run())
    assert rest.requested == 2 and rest.finished
    assert dict(fake.solicitations.posts) == {order_id: 1 for order_id in IDS[:4]}
    assert not auto_due(connected)


def test_switched_off_or_without_an_account_nothing_is_due(connected) -> None:
    _switch_on(connected)
    connected.conn.execute("DELETE FROM amazon_accounts")
    assert not auto_due(connected)


def test_a_buyer_cancellation_request_from_the_api_excludes_the_order(connected) -> None:
    raw = {
        "orderId": "026-0000000-0000077",
        "createdTime": "2024-12-05T09:00:00Z",
        "salesChannel": {"marketplaceId": "A1F83G8C2ARO7P"},
        "fulfillment": {
            "fulfillmentStatus": "SHIPPED",
            "fulfilledBy": "MERCHANT",
            "deliverByWindow": {
                "earliestDateTime": "2024-12-10T00:00:00Z",
                "latestDateTime": "2024-12-12T23:59:59Z",
            },
        },
        "orderItems": [
            {
                "orderItemId": "1",
                "quantityOrdered": 1,
                "product": {"sellerSku": "MUG"},
                "cancellation": {"cancellationRequest": {"requester": "BUYER"}},
            },
            {"orderItemId": "2", "quantityOrdered": 1, "product": {"sellerSku": "CUP"}},
        ],
    }
    mapped = map_order(raw)
    assert isinstance(mapped, MappedOrder) and mapped.order.buyer_cancel_requested
    del raw["orderItems"][0]["cancellation"]  # type: ignore[index]
    plain = map_order(raw)
    assert isinstance(plain, MappedOrder) and not plain.order.buyer_cancel_requested
    from seller_desktop.core.orders.repository import save_order

    save_order(connected, mapped.order)
    [item] = [i for i in review_queue(connected) if i.order_id == "026-0000000-0000077"]
    assert (item.state, item.reason) == ("excluded", "cancel_requested")
    settings = load_settings(connected)
    save_settings(connected, replace(settings, review_exclude_cancel_requests=False))
    [item] = [i for i in review_queue(connected) if i.order_id == "026-0000000-0000077"]
    assert item.state == "eligible"


def test_the_cli_switches_runs_once_a_day_and_shows_the_log(
    tmp_path, fake, monkeypatch, capsys, own_temp
) -> None:
    import json

    from fake_spapi import CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN

    from seller_desktop.cli import main
    from seller_desktop.core.amazon.accounts import Account, save_account
    from seller_desktop.core.base.clock import FixedClock
    from seller_desktop.core.session import open_store
    from seller_desktop.paths import resolve_paths

    monkeypatch.setenv("SELLER_DESKTOP_PASSPHRASE", "review auto passphrase")
    clock = FixedClock(NOW)
    data = tmp_path / "D"

    def cli(*args: str):
        code = main(["--data-dir", str(data), *args], clock=clock)
        return (code, *capsys.readouterr())

    assert cli("init")[0] == 0
    opened = open_store(resolve_paths(data), "review auto passphrase", clock)
    save_account(
        opened.store,
        Account("eu", ("GB",), CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, fake.url, fake.token_url),
    )
    for order_id in IDS[:2]:
        _save(opened.store, order_id)
    opened.store.close()
    fake.solicitations.eligible = set(IDS[:2])
    code, _out, err = cli("reviews", "auto")
    assert code == 0 and "switched off" in err and not fake.solicitations.posts
    assert cli("reviews", "auto", "--on")[0] == 0
    code, out, _ = cli("reviews", "auto", "--json")
    ran = json.loads(out)
    assert code == 0 and (ran["eligible"], ran["requested"], ran["stopped"]) == (2, 2, None)
    code, _out, err = cli("reviews", "auto")
    assert code == 0 and "today's round is done" in err
    assert dict(fake.solicitations.posts) == {IDS[0]: 1, IDS[1]: 1}
    code, out, _ = cli("reviews", "auto", "--log", "--json")
    assert [r["requested"] for r in json.loads(out)] == [2]
