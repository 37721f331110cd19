"""The client secret, the refresh token and the access tokens appear in no log record (of any
logger, httpx's included, at any level), exception text, traceback or repr while the faults play."""

from __future__ import annotations

import logging
import traceback
from datetime import datetime, timezone

from fake_spapi import CLIENT_SECRET, REFRESH_TOKEN

from seller_desktop.core.amazon.errors import AmazonError
from seller_desktop.core.amazon.orders_api import SearchQuery, get_order, search_orders
from seller_desktop.core.amazon.regions import marketplace_ids

FAULTS = [
    ["429"] * 6,
    ["429-rate"],
    ["500", "503", None],
    ["hang", None],
    ["expire", None],
    ["deny", "deny"],
    ["malformed"],
]


def test_no_secret_in_logs_errors_or_reprs(fake, api, amazon_clock, credentials, caplog):
    caplog.set_level(logging.DEBUG)  # every logger, every level
    texts: list[str] = []
    query = SearchQuery(
        marketplace_ids(["US", "GB"]), created_after=datetime(2024, 12, 1, tzinfo=timezone.utc)
    )
    for faults in FAULTS:
        fake.faults = list(faults)
        try:
            for page in search_orders(api, query, amazon_clock.now()):
                texts.append(repr(page))
            get_order(api, "202-1234567-8901234")
        except AmazonError as exc:
            texts += [str(exc), repr(exc), "".join(traceback.format_exception(exc))]
    for error in ("invalid_grant", "invalid_client"):
        fake.lwa_error = error
        api._tokens.forget()
        try:
            get_order(api, "202-1234567-8901234")
        except AmazonError as exc:
            texts += [str(exc), repr(exc), "".join(traceback.format_exception(exc))]
    texts += [repr(credentials), repr(api), repr(api._tokens), repr(api._transport)]
    texts += [r.getMessage() for r in caplog.records] + [caplog.text]

    assert len(caplog.records) > 20 and any("429" in t for t in texts)  # the faults did play
    access_tokens = {s.token for s in fake.seen if s.token}
    assert access_tokens
    everything = "\n".join(texts)
    for secret in [CLIENT_SECRET, REFRESH_TOKEN, *access_tokens]:
        assert secret not in everything
    assert "paginationToken" not in everything and "createdAfter" not in everything  # no queries
