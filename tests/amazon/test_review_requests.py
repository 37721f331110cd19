"""Review requests through the fake Amazon's Solicitations API: asked once, never twice — through
the API, by hand, after a lost answer, a 5xx, and a process killed between Amazon's 201 and the
store write; not eligible recorded with why; "already requested" recorded; 429s waited out; the
calls paced at 1 a second after a burst of 5."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from fake_spapi import CLIENT_ID, CLIENT_SECRET, NOW, REFRESH_TOKEN
from sleeper import Sleeper

from seller_desktop.cli import main
from seller_desktop.core.amazon.accounts import Account, save_account
from seller_desktop.core.amazon.http import Transport
from seller_desktop.core.base.clock import FixedClock
from seller_desktop.core.base.steps import drain
from seller_desktop.core.orders.model import Order, OrderItem
from seller_desktop.core.orders.repository import save_order
from seller_desktop.core.reviews.queue import mark_requested, review_queue
from seller_desktop.core.reviews.records import request_records
from seller_desktop.core.reviews.solicitations import ReviewLink, request_reviews_steps
from seller_desktop.core.session import open_store
from seller_desktop.paths import resolve_paths

IDS = [f"026-000000{n}-0000001" for n in range(1, 8)]
PASSPHRASE = "review request passphrase"


def _save(store, order_id: str, marketplace: str = "GB") -> None:
    # Delivered by 2024-12-12 (promised): the window is 12-15 .. 2025-01-11; NOW is 12-26.
    save_order(
        store,
        Order(
            order_id=order_id,
            marketplace=marketplace,
            purchased_at="2024-12-05T09:00:00Z",
            status="shipped",
            shipped_on="2024-12-06",
            earliest_delivery_date="2024-12-10",
            latest_delivery_date="2024-12-12",
            items=[OrderItem(order_item_id=order_id[-7:] + "9", sku="MUG", quantity=1)],
        ),
    )


@pytest.fixture
def reviews(connected, fake, sync_clock):
    """The connected store with the orders, and a run function through a counted sleep."""
    for order_id in IDS:
        _save(connected, order_id)
    sleeper = Sleeper(sync_clock)

    def factory(clock):
        return Transport(clock, sleep=sleeper, read_timeout=1.0, jitter=lambda: 1.0)

    def run(ids):
        with ReviewLink(connected, factory, sleep=sleeper) as link:
            return drain(request_reviews_steps(connected, ids, link))

    run.sleeper = sleeper  # type: ignore[attr-defined]
    return run


def _states(store) -> dict[str, str]:
    return {k: v.state for k, v in request_records(store).items()}


def test_asked_once_through_the_api_and_never_again(connected, fake, reviews) -> None:
    fake.solicitations.eligible = set(IDS[:2])
    report = reviews(IDS[:3])
    assert report.requested == IDS[:2] and report.not_eligible == [IDS[2]]
    assert _states(connected) == {IDS[0]: "requested", IDS[1]: "requested", IDS[2]: "not_eligible"}
    assert "outside its window" in (request_records(connected)[IDS[2]].reason or "")
    post = next(s for s in fake.api_requests() if s.method == "POST")
    assert (
        post.path
        == f"/solicitations/v1/orders/{IDS[0]}/solicitations/productReviewAndSellerFeedback"
    )
    assert post.query == {"marketplaceIds": ["A1F83G8C2ARO7P"]}
    again = reviews(IDS[:3])
    assert again.skipped == IDS[:3] and not again.requested
    assert dict(fake.solicitations.posts) == {IDS[0]: 1, IDS[1]: 1}
    queue = {i.order_id: i for i in review_queue(connected)}
    assert queue[IDS[0]].state == "requested" and queue[IDS[2]].state == "excluded"


def test_marked_by_hand_is_never_sent(connected, fake, reviews) -> None:
    fake.solicitations.eligible = {IDS[0]}
    mark_requested(connected, [IDS[0]])
    assert reviews([IDS[0]]).skipped == [IDS[0]]
    assert not fake.solicitations.posts and not fake.solicitations.gets


def test_already_requested_is_recorded(connected, fake, reviews) -> None:
    fake.solicitations.eligible = {IDS[0]}
    fake.solicitations.asked = {IDS[0]}
    fake.solicitations.offered_after_asking = {IDS[0]}  # Amazon's list lags behind
    report = reviews([IDS[0]])
    assert report.already == [IDS[0]] and _states(connected) == {IDS[0]: "already"}
    assert reviews([IDS[0]]).skipped == [IDS[0]]
    assert fake.solicitations.posts[IDS[0]] == 1


def test_a_lost_answer_is_settled_by_asking_amazon_not_by_posting(connected, fake, reviews):
    fake.solicitations.eligible = {IDS[0]}
    fake.faults = [None, "lose-review"]  # the GET answers; the POST is made, its answer lost
    report = reviews([IDS[0]])
    assert report.unsettled == [IDS[0]] and _states(connected) == {IDS[0]: "sending"}
    assert fake.solicitations.posts[IDS[0]] == 1
    assert next(i for i in review_queue(connected) if i.order_id == IDS[0]).state == "requested"
    again = reviews([IDS[0]])
    assert again.settled == [IDS[0]] and again.skipped == [IDS[0]]
    assert _states(connected) == {IDS[0]: "requested"} and again.exit_code == 0
    assert fake.solicitations.posts[IDS[0]] == 1


def test_a_500_that_did_nothing_is_asked_again_once(connected, fake, reviews) -> None:
    fake.solicitations.eligible = {IDS[0]}
    fake.faults = [None, "500"]  # the POST is answered 500 before anything is done
    assert reviews([IDS[0]]).unsettled == [IDS[0]]
    assert not fake.solicitations.posts  # not retried blind
    again = reviews([IDS[0]])  # Amazon still offers it: it never arrived
    assert again.requested == [IDS[0]] and fake.solicitations.posts[IDS[0]] == 1


def test_429_waited_out_and_calls_paced(connected, fake, reviews) -> None:
    fake.solicitations.eligible = set(IDS)
    fake.faults = ["429-rate"]
    fake.rate_header = "1"
    report = reviews(IDS)
    assert report.requested == IDS
    waits = reviews.sleeper.waits  # type: ignore[attr-defined]
    assert waits[0] >= 1.0  # the 429: at least one request's worth of the rate
    # 14 paced calls (the retry is the Transport's): a burst of 5, one refilled during the
    # 429's wait, then one a second.
    assert sum(waits[1:]) == 14 - 5 - 1
    assert all(count == 1 for count in fake.solicitations.posts.values())


def test_no_account_for_the_marketplace(connected, fake, reviews) -> None:
    _save(connected, "171-0000000-0000001", "AU")
    report = reviews(["171-0000000-0000001"])
    assert "No Amazon account covers AU" in report.failed["171-0000000-0000001"]
    assert not request_records(connected)


CHILD = """
import os, sys
from seller_desktop.cli import main
from seller_desktop.core.base.clock import FixedClock
from seller_desktop.core.reviews import solicitations
from datetime import datetime, timezone

def killed(*args, **kwargs):  # Amazon answered 201; the store write never happens
    os._exit(9)

solicitations.finish_request = killed
clock = FixedClock(datetime(2024, 12, 26, tzinfo=timezone.utc))
sys.exit(main(["--data-dir", sys.argv[1], "reviews", "request", "--all-eligible"], clock=clock))
"""


def test_killed_in_the_middle_of_request_all_never_asks_twice(
    tmp_path, fake, monkeypatch, capsys, own_temp
) -> None:
    monkeypatch.setenv("SELLER_DESKTOP_PASSPHRASE", PASSPHRASE)
    clock = FixedClock(NOW)
    data = tmp_path / "D"

    def run(*args: str):
        code = main(["--data-dir", str(data), *args], clock=clock)
        return (code, *capsys.readouterr())

    assert run("init")[0] == 0
    opened = open_store(resolve_paths(data), PASSPHRASE, clock)
    save_account(
        opened.store,
        Account("eu", ("GB",), CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, fake.url, fake.token_url),
    )
    for order_id in IDS[:3]:
        _save(opened.store, order_id)
    opened.store.close()
    fake.solicitations.eligible = set(IDS[:3])
    code, out, _ = run("reviews", "--json")
    assert code == 0 and [r["order_id"] for r in json.loads(out)] == IDS[:3]
    repo = str(Path(__file__).resolve().parents[2])
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(data)],
        env={**os.environ, "PYTHONPATH": repo},
        capture_output=True,
        timeout=120,
    )
    assert child.returncode == 9, child.stderr.decode()
    assert dict(fake.solicitations.posts) == {IDS[0]: 1}  # the first order's 201 came back
    clock.advance(timedelta(minutes=5))
    code, out, err = run("reviews", "request", "--all-eligible", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["settled"] == [IDS[0]] and report["requested"] == IDS[1:3]
    assert dict(fake.solicitations.posts) == {IDS[0]: 1, IDS[1]: 1, IDS[2]: 1}
    code, out, _ = run("reviews", "request", *IDS[:3], "--json")
    assert json.loads(out)["skipped"] == IDS[:3]
    assert sum(fake.solicitations.posts.values()) == 3
    code, out, _ = run("reviews", "--all", "--json")
    rows = {r["order_id"]: r for r in json.loads(out)}
    assert {rows[i]["requested_on"] for i in IDS[:3]} == {"2024-12-26"}
    assert rows[IDS[0]]["seller_central_url"] == (
        f"https://sellercentral-europe.amazon.com/orders-v3/order/{IDS[0]}"
    )
    assert run("reviews", "mark", IDS[0])[1] == f"{IDS[0]}\trequested before\n"
