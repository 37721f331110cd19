"""Settings › Amazon account, Test connection, Sync with Amazon, the no-role notice and shipping
while connected — in the window, against the fake Amazon of ``tests/amazon`` on 127.0.0.1."""

from __future__ import annotations

import logging
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "amazon"))

from fake_spapi import CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, FakeAmazon

from seller_desktop.core.amazon.accounts import Account, load_accounts, save_account
from seller_desktop.core.amazon.confirmation_queue import list_confirmations
from seller_desktop.core.amazon.http import RetryPolicy, Transport
from seller_desktop.core.base.changes import SETTINGS
from seller_desktop.core.base.clock import FixedClock
from seller_desktop.core.base.logs import setup_logging
from seller_desktop.core.privacy.retention import WipeReport
from seller_desktop.core.session import create_store
from seller_desktop.core.settings import Settings, load_settings
from seller_desktop.paths import resolve_paths
from seller_desktop.ui.orders.table_model import ORDER_ROLE
from seller_desktop.ui.shell.main_window import MainWindow

#: Just after the December 2024 examples were placed (their contact details are kept).
NOW = datetime(2024, 12, 26, 0, 0, tzinfo=timezone.utc)
#: The seller-fulfilled example orders of US and BR (the fake's BR order is Fulfilled by Amazon).
NA = {"123-4567890-1234567", "114-9876543-1234567", "171-2345678-9012345", "171-9876543-2109876"}
UNSHIPPED_US = "114-9876543-1234567"


@pytest.fixture
def fake():
    server = FakeAmazon(covered_until="2024-12-25T23:58:00Z").start()
    yield server
    server.stop()


@pytest.fixture
def amazon_clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def shop(tmp_path, amazon_clock, own_temp):
    paths = resolve_paths(tmp_path / "data")
    log_file = setup_logging(paths.log_dir, logging.DEBUG)  # everything the app would log
    opened = create_store(paths, "pass phrase 1", Settings(), amazon_clock)
    yield paths, opened.store
    try:
        opened.store.close()
    except Exception:
        pass
    root = logging.getLogger("seller_desktop")
    for handler in list(root.handlers):
        if getattr(handler, "baseFilename", None) == str(log_file):
            root.removeHandler(handler)
            handler.close()


def _factory(clock: FixedClock):
    def sleep(seconds: float) -> None:
        clock.advance(timedelta(seconds=seconds))

    return lambda _clock: Transport(
        clock, sleep=sleep, read_timeout=1.0, jitter=lambda: 1.0, policy=RetryPolicy()
    )


@pytest.fixture
def window(qtbot, shop, amazon_clock):
    paths, store = shop
    win = MainWindow(
        store, load_settings(store), WipeReport(), config_dir=paths.config_dir, paths=paths
    )
    qtbot.addWidget(win)
    win.amazon.transport_factory = _factory(amazon_clock)
    yield win
    win.close()


def _connect(store, fake: FakeAmazon, markets=("US", "BR")) -> None:
    save_account(
        store,
        Account("na", markets, CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, fake.url, fake.token_url),
    )


def _amazon_page(window, amazon_clock):
    page = window.settings_page.show_amazon()
    page.transport_factory = _factory(amazon_clock)
    return page


def _fill(page, fake, *, secret=CLIENT_SECRET, markets=("US",)) -> None:
    form = page.form
    form.region.setCurrentIndex(form.region.findData("na"))
    for code in markets:
        form.marketplaces[code].setChecked(True)
    form.client_id.setText(CLIENT_ID)
    form.client_secret.setText(secret)
    form.refresh_token.setText(REFRESH_TOKEN)
    form.api_url.setText(fake.url)
    form.lwa_url.setText(fake.token_url)


def _sync(qtbot, window) -> None:
    assert window.sync_action.isEnabled()
    window.sync_action.trigger()
    qtbot.waitUntil(lambda: not window.amazon.running and not window.jobs.busy, timeout=20000)


def test_saving_an_account_keeps_the_secrets_out_of_sight(qtbot, window, fake, amazon_clock):
    assert not window.sync_action.isEnabled()  # no account yet
    page = _amazon_page(window, amazon_clock)
    _fill(page, fake, secret="two words")
    assert not page.save()
    assert "client secret" in page.message.text()
    assert "two words" not in page.message.text()
    assert load_accounts(window.store) == []  # nothing saved

    _fill(page, fake)
    assert page.save(), page.message.text()
    [account] = load_accounts(window.store)
    assert (account.region, account.marketplaces, account.client_secret) == (
        "na",
        ("US",),
        CLIENT_SECRET,
    )
    # the secrets are never shown again; an empty field keeps what is stored
    assert page.form.client_secret.text() == page.form.refresh_token.text() == ""
    assert "Saved" in page.form.client_secret.placeholderText()
    page.form.marketplaces["CA"].setChecked(True)
    assert page.save()
    assert load_accounts(window.store)[0].marketplaces == ("US", "CA")
    assert load_accounts(window.store)[0].refresh_token == REFRESH_TOKEN
    assert window.sync_action.isEnabled()  # the window heard of the new account


def test_test_connection_says_connected_and_that_contact_details_come_back(
    qtbot, window, fake, amazon_clock
):
    _connect(window.store, fake)
    page = _amazon_page(window, amazon_clock)
    page.refresh()
    assert page.test_button.isEnabled()
    assert page.test_connection()
    qtbot.waitUntil(lambda: "connected" in page.test_result.text(), timeout=20000)
    text = page.test_result.text()
    assert "North America (US, BR): connected" in text
    assert "Contact details come back: yes" in text


def test_sync_brings_the_orders_into_the_table_and_says_so(qtbot, window, fake):
    _connect(window.store, fake)
    window.announce(SETTINGS)  # as Settings › Amazon account does after saving
    assert window.orders_page.model.rowCount() == 0
    _sync(qtbot, window)
    model = window.orders_page.model
    ids = {model.index(r, 0).data(ORDER_ROLE).order_id for r in range(model.rowCount())}
    assert ids == NA  # the na account's marketplaces, seller-fulfilled
    assert window.amazon.label.text().startswith("Amazon: last sync ")
    assert "4 new, 0 updated" in window.amazon.label.text()
    assert not window.amazon.notice.isVisible()
    _sync(qtbot, window)  # nothing new the second time
    assert "0 new, 0 updated" in window.amazon.label.text()


def test_the_no_role_notice_is_shown_once(qtbot, window, fake):
    for order in fake.orders:
        order.pop("recipient", None)
        order.pop("buyer", None)
    _connect(window.store, fake, ("US", "BR"))
    window.amazon.refresh()
    window.show()
    _sync(qtbot, window)
    notice = window.amazon.notice
    assert notice.isVisible()
    assert "Unshipped Orders report" in notice.text()
    assert load_settings(window.store).amazon_no_role_told
    notice.dismiss_button.click()
    assert not notice.isVisible()
    _sync(qtbot, window)
    assert not notice.isVisible()  # told once


def test_shipping_while_connected_confirms_to_amazon(qtbot, window, fake):
    _connect(window.store, fake)
    window.amazon.refresh()
    _sync(qtbot, window)
    page = window.orders_page
    page.search.setText(UNSHIPPED_US)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    page.order_actions.ship_selected()
    dialog = page.order_actions.ship_dialog
    assert dialog is not None
    dialog.carrier.setCurrentText("UPS")
    dialog.rows.tracking[UNSHIPPED_US].setText("1Z999AA10123456784")
    dialog.submit()
    qtbot.waitUntil(
        lambda: any(s.method == "POST" for s in fake.api_requests()) and not window.jobs.busy,
        timeout=20000,
    )
    posts = [s for s in fake.api_requests() if s.method == "POST"]
    assert len(posts) == 1
    assert posts[0].path == f"/orders/v0/orders/{UNSHIPPED_US}/shipmentConfirmation"
    assert posts[0].body["packageDetail"]["trackingNumber"] == "1Z999AA10123456784"
    [queued] = list_confirmations(window.store)
    assert queued.state == "confirmed"
    qtbot.waitUntil(lambda: page.detail.amazon.text() == "Confirmed to Amazon")


def test_no_secret_in_any_file_the_app_wrote(qtbot, window, fake, amazon_clock, shop, own_temp):
    paths, _store = shop
    page = _amazon_page(window, amazon_clock)
    _fill(page, fake, markets=("US", "BR"))
    assert page.save()
    assert page.test_connection()
    qtbot.waitUntil(lambda: "connected" in page.test_result.text(), timeout=20000)
    _sync(qtbot, window)
    window.save_window_state()
    logging.getLogger("seller_desktop").handlers[-1].flush()
    secrets = [
        s.encode(encoding)
        for s in (CLIENT_SECRET, REFRESH_TOKEN)
        for encoding in ("utf-8", "utf-16-le")
    ]
    searched = 0
    for root in {paths.data_dir, paths.config_dir, paths.log_dir, own_temp}:
        for file in Path(root).rglob("*"):
            if file.is_file():
                raw = file.read_bytes()
                searched += 1
                assert not any(s in raw for s in secrets), file.name
    assert searched >= 3  # the store, its log, the window's state at least
