"""The Reviews screen on the real queue: recording a delivery day or a refund moves an order;
the daily automatic requests' switch and log; and the window's daily round against the fake
Amazon on 127.0.0.1 — switched on, it asks the eligible orders once and logs it."""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "amazon"))

from fake_spapi import CLIENT_ID, CLIENT_SECRET, NOW, REFRESH_TOKEN, FakeAmazon

from seller_desktop.core.amazon.accounts import Account, save_account
from seller_desktop.core.amazon.http import RetryPolicy, Transport
from seller_desktop.core.base.clock import FixedClock
from seller_desktop.core.orders.model import Order, OrderItem
from seller_desktop.core.orders.repository import save_order
from seller_desktop.core.privacy.retention import WipeReport
from seller_desktop.core.reviews.records import request_records
from seller_desktop.core.session import create_store
from seller_desktop.core.settings import Settings, load_settings, save_settings
from seller_desktop.paths import resolve_paths
from seller_desktop.ui.common.jobs import JobRunner
from seller_desktop.ui.reviews.facts_dialog import FactsDialog
from seller_desktop.ui.reviews.page import ReviewsPage
from seller_desktop.ui.reviews.source import Facts, core_source
from seller_desktop.ui.shell.main_window import MainWindow


def _order(order_id: str, marketplace: str = "DE", **changes) -> Order:
    base = Order(
        order_id=order_id,
        marketplace=marketplace,
        purchased_at="2026-11-01T10:00:00Z",
        status="shipped",
        shipped_on="2026-11-02",
        ship_service="Standard",
        items=[OrderItem(order_item_id=order_id[-7:], sku="MUG-1", quantity=1)],
    )
    return replace(base, **changes)


def _accept_after_filling(dialog: FactsDialog, delivered: date | None, refund: bool) -> None:
    def fill() -> None:
        dialog.delivered.setChecked(delivered is not None)
        if delivered is not None:
            dialog.day.setDate(delivered)
        dialog.refund.setChecked(refund)
        dialog.accept()

    QTimer.singleShot(0, fill)


def test_recording_a_delivery_day_and_a_refund_moves_the_order(qtbot, store) -> None:
    # No promised dates: shipped 2 Nov + 5 days Standard transit -> window 12 Nov .. 7 Dec.
    save_order(store, _order("028-1000000-0000001"), None)
    today = store.clock.now().date()  # 28 Nov
    page = ReviewsPage(core_source(store), JobRunner(), lambda: today, lambda _u: None)
    qtbot.addWidget(page)
    assert page.sections["eligible"].order_ids() == ["028-1000000-0000001"]
    assert page.sections["eligible"].table.item(0, 2).text() == "9 day(s) left"
    facts = page.sections["eligible"].buttons["facts"]
    assert facts.text() == "Delivery, refund…" and not facts.isEnabled()
    page.sections["eligible"].choose(["028-1000000-0000001"])
    assert facts.isEnabled()
    # Delivered on 25 Nov, later than the estimate: the window opens on 30 Nov.
    dialog = FactsDialog("028-1000000-0000001", Facts(), today)
    _accept_after_filling(dialog, date(2026, 11, 25), refund=False)
    assert page.record_facts("028-1000000-0000001", dialog)
    assert page.sections["upcoming"].order_ids() == ["028-1000000-0000001"]
    assert core_source(store).facts is not None
    kept = core_source(store).facts("028-1000000-0000001")  # type: ignore[misc]
    assert kept == Facts(date(2026, 11, 25), False, False)
    again = FactsDialog("028-1000000-0000001", kept, today)
    assert again.delivered.isChecked() and again.day.date().toPython() == date(2026, 11, 25)
    _accept_after_filling(again, date(2026, 11, 25), refund=True)
    assert page.record_facts("028-1000000-0000001", again)
    [row] = page.sections["closed"].items
    assert (row.state, row.reason) == ("excluded", "refund_or_return")
    assert page.sections["closed"].table.item(0, 2).text() == "Refund or return"


def test_the_automatic_switch_needs_an_account_and_is_saved(qtbot, store) -> None:
    today = store.clock.now().date()
    page = ReviewsPage(core_source(store), JobRunner(), lambda: today, lambda _u: None)
    qtbot.addWidget(page)
    assert not page.auto.enabled.isChecked() and not page.auto.enabled.isEnabled()
    assert "Connect an Amazon account" in page.auto.hint.text()
    assert page.auto.log.text() == "No automatic round yet."
    save_account(store, Account("eu", ("DE",), CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN))
    page.refresh()
    assert page.auto.enabled.isEnabled() and not page.auto.hint.isVisibleTo(page)
    with qtbot.waitSignal(page.auto_switched):
        page.auto.enabled.setChecked(True)
    assert load_settings(store).review_auto_daily is True


@pytest.fixture
def fake():
    server = FakeAmazon().start()
    yield server
    server.stop()


def test_the_window_s_daily_round_asks_once_and_logs_it(qtbot, tmp_path, fake, own_temp):
    clock = FixedClock(NOW)  # 26 Dec 2024: orders delivered by 12 Dec are eligible
    opened = create_store(resolve_paths(tmp_path / "d"), "pass phrase 1", Settings(), clock)
    store = opened.store
    save_account(
        store,
        Account("eu", ("GB",), CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, fake.url, fake.token_url),
    )
    ids = ["026-0000001-0000001", "026-0000002-0000001", "028-0000003-0000001"]
    for order_id, market in zip(ids, ("GB", "GB", "DE")):
        order = _order(order_id, market, purchased_at="2024-12-05T09:00:00Z")
        save_order(
            store,
            replace(order, earliest_delivery_date="2024-12-10", latest_delivery_date="2024-12-12"),
        )
    fake.solicitations.eligible = set(ids)
    window = MainWindow(store, load_settings(store), WipeReport(), config_dir=tmp_path / "c")
    qtbot.addWidget(window)

    def sleep(seconds: float) -> None:
        clock.advance(timedelta(seconds=seconds))

    window.auto_reviews.transport_factory = lambda _clock: Transport(
        clock, sleep=sleep, read_timeout=1.0, jitter=lambda: 1.0, policy=RetryPolicy()
    )
    window.auto_reviews.sleep = sleep
    assert not window.auto_reviews.check()  # off by default: nothing is sent
    assert not fake.solicitations.posts
    save_settings(store, replace(load_settings(store), review_auto_daily=True))
    with qtbot.waitSignal(window.auto_reviews.ran, timeout=20000) as ran:
        assert window.auto_reviews.check()
    assert ran.args[0].requested == 2 and ran.args[0].finished
    assert dict(fake.solicitations.posts) == {ids[0]: 1, ids[1]: 1}  # DE: no account
    assert set(request_records(store)) == set(ids[:2])
    assert "2 asked automatically" in window.statusBar().currentMessage()
    assert not window.auto_reviews.check()  # today's round is done
    window.show_page("reviews")
    reviews = window.pages["reviews"]
    assert reviews.auto.enabled.isChecked()
    assert ": 2 asked" in reviews.auto.log.text()
    assert reviews.sections["requested"].order_ids() == ids[:2]
    window.close()
