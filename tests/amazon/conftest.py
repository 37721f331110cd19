"""The fake Amazon and an API client wired to it with a fixed clock and a sleep that only counts."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fake_spapi import CLIENT_ID, CLIENT_SECRET, COVERED, NOW, REFRESH_TOKEN, FakeAmazon
from sleeper import Sleeper

from seller_desktop.core.amazon.accounts import Account, save_account
from seller_desktop.core.amazon.client import SpApi
from seller_desktop.core.amazon.http import Transport
from seller_desktop.core.amazon.lwa import LwaCredentials, LwaTokens
from seller_desktop.core.base.clock import FixedClock
from seller_desktop.core.session import create_store
from seller_desktop.core.settings import Settings


@pytest.fixture
def fake() -> Iterator[FakeAmazon]:
    server = FakeAmazon().start()
    yield server
    server.stop()


@pytest.fixture
def amazon_clock() -> FixedClock:
    # The examples are from December 2024 and March 2025; the clock is just after them.
    return FixedClock(datetime(2025, 3, 16, 9, 0, tzinfo=timezone.utc))


@pytest.fixture
def sleeper(amazon_clock: FixedClock) -> Sleeper:
    return Sleeper(amazon_clock)


@pytest.fixture
def transport(amazon_clock: FixedClock, sleeper: Sleeper) -> Iterator[Transport]:
    t = Transport(amazon_clock, sleep=sleeper, read_timeout=1.0, jitter=lambda: 1.0)
    yield t
    t.close()


@pytest.fixture
def credentials() -> LwaCredentials:
    return LwaCredentials(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN)


@pytest.fixture
def api(fake: FakeAmazon, transport: Transport, amazon_clock: FixedClock, credentials) -> SpApi:
    tokens = LwaTokens(credentials, transport, amazon_clock, token_url=fake.token_url)
    return SpApi(fake.url, tokens, transport)


@pytest.fixture
def sync_clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def connected(tmp_path, sync_clock, fake: FakeAmazon):
    """A store with an account per region, all pointed at the fake Amazon."""
    from seller_desktop.paths import resolve_paths

    fake.covered_until = COVERED
    opened = create_store(resolve_paths(tmp_path / "data"), "pass phrase 1", Settings(), sync_clock)
    for region, markets in (("na", ("US", "BR")), ("eu", ("GB", "TR")), ("fe", ("JP",))):
        save_account(
            opened.store,
            Account(
                region, markets, CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, fake.url, fake.token_url
            ),
        )
    yield opened.store
    opened.store.close()
