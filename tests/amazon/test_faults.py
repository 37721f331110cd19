"""What the client does when Amazon or the network misbehaves: retries that stop, waits that are
bounded and honest, tokens refreshed once, refusals told apart; all against the fake Amazon."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from fake_spapi import CLIENT_ID, REFRESH_TOKEN

from seller_desktop.core.amazon.client import SpApi
from seller_desktop.core.amazon.errors import (
    AccessDenied,
    AmazonFailed,
    BadAnswer,
    CredentialsRefused,
    RateLimited,
    Unreachable,
)
from seller_desktop.core.amazon.http import Transport
from seller_desktop.core.amazon.lwa import LwaCredentials, LwaTokens
from seller_desktop.core.amazon.orders_api import SearchQuery, get_order, search_orders
from seller_desktop.core.amazon.regions import marketplace_ids

ORDER = "202-1234567-8901234"


def _search(api, clock):
    query = SearchQuery(
        marketplace_ids(["US", "GB", "BR", "TR"]),
        created_after=datetime(2024, 12, 1, tzinfo=timezone.utc),
    )
    return [o["orderId"] for p in search_orders(api, query, clock.now()) for o in p.orders]


def test_429_without_the_header_backs_off_exponentially_then_succeeds(fake, api, sleeper):
    fake.faults = ["429", "429", None]
    assert get_order(api, ORDER)["orderId"] == ORDER
    assert sleeper.waits == [2.0, 4.0]  # jitter pinned to its top: 2 s, doubling
    assert len(fake.api_requests()) == 3


def test_429_with_the_rate_header_stops_at_once_and_says_when(fake, api, sleeper, amazon_clock):
    fake.faults = ["429-rate"]  # searchOrders' 0.0056/s: one request every ~179 s
    with pytest.raises(RateLimited) as caught:
        _search(api, amazon_clock)
    assert sleeper.waits == []  # a three-minute wait is not made
    wait = (caught.value.retry_at - amazon_clock.now()).total_seconds()
    assert 178 < wait < 180
    local = caught.value.retry_at.astimezone().strftime("%H:%M")
    assert str(caught.value).startswith(f"Amazon's rate limit: try again at {local}.")
    assert caught.value.exit_code == 1
    assert len(fake.api_requests()) == 1


def test_429_with_a_generous_rate_header_waits_one_requests_worth(fake, api, sleeper):
    fake.rate_header = "0.2"  # 5 s per request, above the 2 s first step
    fake.faults = ["429-rate", None]
    get_order(api, ORDER)
    assert sleeper.waits == [5.0]


def test_429s_that_go_on_stop_when_the_waiting_would_pass_a_minute(fake, api, sleeper):
    fake.faults = ["429"] * 10
    with pytest.raises(RateLimited):
        get_order(api, ORDER)
    assert sleeper.waits == [2.0, 4.0, 8.0, 16.0]  # 30 s; the next 32 s would pass 60
    assert sum(sleeper.waits) <= 60


@pytest.mark.parametrize("status", ["500", "503"])
def test_5xx_is_retried_and_then_succeeds(fake, api, sleeper, status):
    fake.faults = [status, status, None]
    assert get_order(api, ORDER)["orderId"] == ORDER
    assert len(sleeper.waits) == 2


def test_5xx_that_goes_on_is_a_typed_error_after_bounded_tries(fake, api, sleeper):
    fake.faults = ["503"] * 10
    with pytest.raises(AmazonFailed) as caught:
        get_order(api, ORDER)
    assert caught.value.status == 503
    assert "InternalFailure" in str(caught.value) and "req-503" in str(caught.value)
    assert len(fake.api_requests()) <= 5


def test_a_hung_request_is_abandoned_after_the_read_timeout_and_retried(fake, api, sleeper):
    fake.faults = ["hang", None]
    assert get_order(api, ORDER)["orderId"] == ORDER  # read_timeout is 1 s, the hang 3 s
    assert len(fake.api_requests()) == 2 and len(sleeper.waits) == 1


def test_a_server_that_never_answers_is_unreachable(fake, api, sleeper):
    fake.hang_seconds = 1.5
    fake.faults = ["hang"] * 5
    with pytest.raises(Unreachable, match="no answer in time. Check the network"):
        get_order(api, ORDER)
    assert len(fake.api_requests()) == 5


def test_nothing_listening_is_unreachable(transport, amazon_clock, credentials, sleeper):
    tokens = LwaTokens(credentials, transport, amazon_clock, token_url="http://127.0.0.1:9/t")
    with pytest.raises(Unreachable, match="connection failed"):
        get_order(SpApi("http://127.0.0.1:9", tokens, transport), ORDER)


def test_an_expired_token_is_refreshed_once_and_the_request_retried(fake, api, amazon_clock):
    fake.faults = [None, "expire", None, None]
    ids = _search(api, amazon_clock)
    assert len(ids) == 7
    tokens = [s.token for s in fake.api_requests()]
    assert tokens == [
        "Atza|fake-access-1",
        "Atza|fake-access-1",  # refused: expired
        "Atza|fake-access-2",  # the same page again with a fresh token
        "Atza|fake-access-2",
    ]
    assert fake.lwa_calls == 2


def test_a_token_past_its_lifetime_is_renewed_before_use(fake, api, amazon_clock):
    from datetime import timedelta

    get_order(api, ORDER)
    amazon_clock.advance(timedelta(seconds=3550))  # within the last minute of 3600 s
    get_order(api, ORDER)
    assert fake.lwa_calls == 2
    assert [s.token for s in fake.api_requests()] == ["Atza|fake-access-1", "Atza|fake-access-2"]


def test_a_403_that_survives_a_fresh_token_is_a_missing_role(fake, api):
    fake.faults = ["deny", "deny"]
    with pytest.raises(AccessDenied) as caught:
        get_order(api, ORDER)
    assert "missing a role" in str(caught.value) and caught.value.exit_code == 4
    assert fake.lwa_calls == 2 and len(fake.api_requests()) == 2


@pytest.mark.parametrize("error", ["invalid_grant", "invalid_client"])
def test_a_refused_refresh_token_or_client_is_credentials_refused(fake, api, error):
    fake.lwa_error = error
    with pytest.raises(CredentialsRefused) as caught:
        get_order(api, ORDER)
    assert caught.value.exit_code == 4 and caught.value.reason == error
    text = str(caught.value)
    assert ("Authorize the app again" in text) == (error == "invalid_grant")
    assert ("client id or client secret" in text) == (error == "invalid_client")
    assert fake.api_requests() == [] and fake.lwa_calls == 1  # not retried


def test_wrong_credentials_send_the_form_lwa_expects(fake, transport, amazon_clock):
    wrong = LwaCredentials(CLIENT_ID, "not-the-secret", REFRESH_TOKEN)
    tokens = LwaTokens(wrong, transport, amazon_clock, token_url=fake.token_url)
    with pytest.raises(CredentialsRefused):
        tokens.access_token()
    form = fake.seen[0].body
    assert fake.seen[0].method == "POST" and fake.seen[0].path == "/auth/o2/token"
    assert form == {
        "grant_type": "refresh_token",
        "refresh_token": REFRESH_TOKEN,
        "client_id": CLIENT_ID,
        "client_secret": "not-the-secret",
    }


def test_malformed_json_is_a_bad_answer_and_the_next_try_works(fake, api, amazon_clock):
    fake.faults = [None, "malformed"]
    with pytest.raises(BadAnswer, match="could not be read"):
        _search(api, amazon_clock)
    fake.faults = []
    assert len(_search(api, amazon_clock)) == 7


def test_a_plain_http_amazon_is_refused(transport, amazon_clock, credentials):
    from seller_desktop.core.base.errors import BadInput

    with pytest.raises(BadInput, match="does not use https"):
        LwaTokens(credentials, transport, amazon_clock, token_url="http://api.amazon.com/auth")
    tokens = LwaTokens(credentials, transport, amazon_clock)
    with pytest.raises(BadInput):
        SpApi("http://sellingpartnerapi-na.amazon.com", tokens, transport)
    assert isinstance(transport, Transport)
