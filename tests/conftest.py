"""Shared fixtures: a fresh store per test, a fixed clock, and Qt offscreen."""

from __future__ import annotations

import os
from datetime import datetime, timezone

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from seller_desktop.core.clock import FixedClock  # noqa: E402
from seller_desktop.core.settings import Settings  # noqa: E402
from seller_desktop.core.store import create_store  # noqa: E402
from seller_desktop.paths import resolve_paths  # noqa: E402

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 28, 12, 0, tzinfo=timezone.utc))


@pytest.fixture
def paths(tmp_path):
    return resolve_paths(tmp_path / "data")


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def opened(paths, clock):
    """A new store with settings filled in, closed at the end of the test."""
    result = create_store(paths, PASSPHRASE, Settings(business_name="Test Shop"), clock)
    yield result
    try:
        result.store.close()
    except Exception:
        pass


@pytest.fixture
def store(opened):
    return opened.store
