"""The rate marked as the default: the seller's preferred service where offered (by Amazon's
ids or the names `rates` shows), else the cheapest that meets the delivery promise; never one
that needs additional inputs. Set with `label-rule`."""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal

import pytest
from labels_buy_helpers import ORDERS, cli_env, fake_server

from seller_desktop.core.amazon.shipping_mapping import Rate, RateQuote
from seller_desktop.core.labels.rating import default_rate


def _rate(rate_id, carrier, service, amount, end, *, extra=False):
    return Rate(
        rate_id, carrier.upper(), carrier, service.upper(), service, Decimal(amount), "GBP",
        None, end, extra, (),
    )  # fmt: skip


QUOTE = RateQuote(
    "token",
    (
        _rate("late-cheap", "Slow Post", "Economy", "2.00", "2026-12-20T18:00:00Z"),
        _rate("on-time", "Royal Mail", "Tracked 48", "3.10", "2026-12-10T18:00:00Z"),
        _rate("fast", "Royal Mail", "Tracked 24", "4.20", "2026-12-09T18:00:00Z"),
        _rate("needs-more", "Courier", "Express", "1.00", "2026-12-09T12:00:00Z", extra=True),
    ),
    datetime(2026, 12, 8, tzinfo=timezone.utc),
)


def test_cheapest_on_time_unless_a_preferred_service_is_offered():
    assert default_rate(QUOTE, "2026-12-10", "").rate_id == "on-time"
    assert default_rate(QUOTE, "2026-12-10", "royal mail / tracked 24").rate_id != "fast"
    assert default_rate(QUOTE, "2026-12-10", "Royal Mail/Tracked 24").rate_id == "fast"
    assert default_rate(QUOTE, "2026-12-10", "ROYAL MAIL/TRACKED 24").rate_id == "fast"  # ids
    assert default_rate(QUOTE, "2026-12-10", "Courier/Express").rate_id == "on-time"
    assert default_rate(QUOTE, "2026-12-08", "") is None  # nothing arrives in time


@pytest.fixture
def fake():
    yield from fake_server()


@pytest.fixture
def env(tmp_path, monkeypatch, capsys, fake, own_temp):
    return cli_env(tmp_path, monkeypatch, capsys, fake)


def test_label_rule_is_kept_and_shown(env):
    code, out, _ = env("label-rule")
    assert code == 0 and "cheapest" in out
    code, out, _ = env("label-rule", "--preferred", "FOO SHIP GRD/FOO RS ID")
    assert code == 0 and out.strip() == "preferred\tFOO SHIP GRD/FOO RS ID"
    code, out, _ = env("rates", ORDERS[0])
    assert code == 0 and out.startswith("* ")
    assert env("label-rule", "--cheapest")[1].strip().startswith("cheapest")
