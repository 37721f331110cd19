"""The one way this app talks HTTP to Amazon: timeouts, bounded retries, quiet logs.

Why each rule (the operations' responses are from ``models/orders-api-model/orders_2026-01-01.json``
``/paths/~1orders~12026-01-01~1orders/get/responses`` and ``ordersV0.json``
``/paths/~1orders~1v0~1orders~1{orderId}~1shipmentConfirmation/post/responses``):

- **429, 500, 502, 503, 504 and network faults are retried** a bounded number of times with
  exponential backoff and jitter (the models list 429, 500 and 503; the gateways' 502 and 504 are
  as transient). On a 429 the ``x-amzn-RateLimit-Limit`` header (``.../responses/200/headers``:
  "Your rate limit (requests per second) for this operation") says how long one request's worth of
  the limit takes to come back: we wait at least ``1 / rate``.
- **Waiting is bounded**: a wait that would take one request past ``max_wait`` (about a minute)
  is not made; a 429 then stops with ``RateLimited`` saying at what time to try again.
  searchOrders' default rate is 0.0056/s (the operation's description, "Usage Plan"), so a sync
  that has used its burst stops at once and says when, instead of hanging for three minutes.
- **A hung request is abandoned**: each read waits at most ``read_timeout`` (30 s by default) and
  the whole answer must be in within that deadline too, or the attempt counts as a network fault.
- **https only**, except loopback hosts so tests can run against a server on this machine.
- **Logs hold method, path, status and ``x-amzn-RequestId`` only**: never a query (it carries
  dates and tokens), a header (the access token) or a body (contact details, the LWA secrets).
  httpx's own loggers write whole URLs at INFO, so they are kept at WARNING.

The sleep function and the clock are parameters: tests neither wait nor depend on the time.
"""

from __future__ import annotations

import json
import logging
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

import httpx

from seller_desktop.core.amazon.errors import (
    AmazonFailed,
    BadAnswer,
    RateLimited,
    Unreachable,
)
from seller_desktop.core.amazon.regions import checked_url
from seller_desktop.core.base.clock import Clock

log = logging.getLogger("seller_desktop.amazon")
for _noisy in ("httpx", "httpcore"):  # they log full URLs (with the query) at INFO and DEBUG
    logging.getLogger(_noisy).setLevel(logging.WARNING)

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
USER_AGENT = "SellerDesktop (Language=Python)"


@dataclass(frozen=True)
class ApiError:
    """One entry of ``{"errors": [{"code", "message", "details"}]}`` (``/definitions/Error`` in
    both models: ``code`` and ``message`` required, ``details`` optional)."""

    code: str
    message: str
    details: str = ""


@dataclass(frozen=True, repr=False)
class Answer:
    """One HTTP answer. Its ``repr`` names the status and request id, never the body."""

    status: int
    headers: httpx.Headers
    body: bytes
    operation: str

    @property
    def request_id(self) -> str:
        return self.headers.get("x-amzn-RequestId", "")

    def __repr__(self) -> str:
        return f"Answer({self.operation}, {self.status}, request id {self.request_id or 'none'})"

    def json(self) -> Any:
        """The body as JSON; BadAnswer (naming the request id, not the body) otherwise."""
        try:
            return json.loads(self.body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            log.warning("%s: answer is not JSON (request id %s)", self.operation, self.request_id)
            raise BadAnswer(self.operation, self.request_id) from None

    def errors(self) -> list[ApiError]:
        """The ``errors`` list of an error answer; empty when the body has none or is not JSON."""
        try:
            data = json.loads(self.body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return []
        entries = data.get("errors") if isinstance(data, dict) else None
        if not isinstance(entries, list):
            return []
        return [
            ApiError(
                str(e.get("code") or ""), str(e.get("message") or ""), str(e.get("details") or "")
            )
            for e in entries
            if isinstance(e, dict)
        ]

    def failure(self) -> AmazonFailed:
        """The typed error for an answer we do not accept, with Amazon's first error if any."""
        first = (self.errors() or [ApiError("", "")])[0]
        return AmazonFailed(
            self.operation, self.status, first.code[:80], first.message[:200], self.request_id
        )


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5  # tries in all for one request
    base_delay: float = 2.0  # seconds before the second try; doubles each time
    max_delay: float = 30.0
    max_wait: float = 60.0  # total waiting one request may do; past it, stop and say when


class _Deadline(Exception):
    """The answer did not finish within the read deadline."""


class Transport:
    """Sends requests with the rules above. One per account and sync; ``close`` when done."""

    def __init__(
        self,
        clock: Clock,
        *,
        sleep: Callable[[float], None] = time.sleep,
        connect_timeout: float = 10.0,
        read_timeout: float = 30.0,
        policy: RetryPolicy | None = None,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        self._clock = clock
        self._sleep = sleep
        self._read_timeout = read_timeout
        self._policy = policy or RetryPolicy()
        self._jitter = jitter
        timeout = httpx.Timeout(read_timeout, connect=connect_timeout)
        self._client = httpx.Client(timeout=timeout, follow_redirects=False)

    def close(self) -> None:
        self._client.close()

    def __repr__(self) -> str:
        return "Transport()"

    def send(
        self,
        method: str,
        url: str,
        *,
        operation: str,
        params: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        form: Mapping[str, str] | None = None,
        json_body: object = None,
        retry_unknown: bool = True,
    ) -> Answer:
        """The first answer that is not worth retrying (any status, the caller judges it);
        RateLimited, Unreachable or AmazonFailed when the retries or the waiting run out.

        ``retry_unknown=False`` is for a request that must not be made twice and has no
        idempotency key (a review request): only a 429, which Amazon answers before doing
        anything, is tried again; a lost answer or a 5xx is given up at once, for the caller to
        find out what happened."""
        url = checked_url(url)
        path = urlsplit(url).path
        waited = 0.0
        answer: Answer | None = None
        fault = ""
        for attempt in range(1, self._policy.attempts + 1):
            try:
                answer = self._once(method, url, operation, params, headers, form, json_body)
                fault = ""
            except (httpx.TransportError, _Deadline) as exc:
                answer, fault = None, _describe(exc)
                log.warning("%s %s -> no answer (%s), try %d", method, path, fault, attempt)
            else:
                log.info(
                    "%s %s -> %d (request id %s)",
                    method,
                    path,
                    answer.status,
                    answer.request_id or "none",
                )
                if answer.status not in RETRY_STATUSES:
                    return answer
            delay = self._delay(attempt, answer)
            unknown = answer is None or answer.status != 429
            if (
                (unknown and not retry_unknown)
                or attempt == self._policy.attempts
                or waited + delay > self._policy.max_wait
            ):
                return self._give_up(operation, url, answer, fault, delay)
            self._sleep(delay)
            waited += delay
        raise AssertionError("unreachable")  # the loop always returns or raises

    def _once(
        self,
        method: str,
        url: str,
        operation: str,
        params: Mapping[str, str] | None,
        headers: Mapping[str, str] | None,
        form: Mapping[str, str] | None,
        json_body: object,
    ) -> Answer:
        """One attempt, abandoned when the whole answer is not in within the read deadline (the
        per-read timeout alone would let a server that trickles bytes keep us forever)."""
        started = time.monotonic()
        all_headers = {"user-agent": USER_AGENT, "accept": "application/json", **(headers or {})}
        with self._client.stream(
            method, url, params=params, headers=all_headers, data=form, json=json_body
        ) as response:
            chunks = []
            for chunk in response.iter_bytes():
                chunks.append(chunk)
                if time.monotonic() - started > self._read_timeout:
                    raise _Deadline
            return Answer(response.status_code, response.headers, b"".join(chunks), operation)

    def _delay(self, attempt: int, answer: Answer | None) -> float:
        """Exponential backoff with jitter (half to all of the step), at least one request's
        worth of the rate Amazon announced on a 429."""
        step = min(self._policy.max_delay, self._policy.base_delay * 2 ** (attempt - 1))
        delay = step * (0.5 + 0.5 * self._jitter())
        if answer is not None and answer.status == 429:
            rate = _rate(answer.headers.get("x-amzn-RateLimit-Limit"))
            if rate:
                delay = max(delay, 1.0 / rate)
        return delay

    def _give_up(
        self, operation: str, url: str, answer: Answer | None, fault: str, delay: float
    ) -> Answer:
        if answer is None:
            raise Unreachable(urlsplit(url).hostname or url, fault)
        if answer.status == 429:
            retry_at = self._clock.now() + timedelta(seconds=max(delay, 60.0))
            log.warning("%s: rate limited, stopping until %s", operation, retry_at.isoformat())
            raise RateLimited(operation, retry_at)
        raise answer.failure()


def _rate(value: str | None) -> float | None:
    """``x-amzn-RateLimit-Limit`` as requests per second; None when absent or not a number."""
    try:
        rate = float(value) if value else 0.0
    except ValueError:
        return None
    return rate if rate > 0 else None


def _describe(exc: Exception) -> str:
    """What went wrong, in words and without the URL (httpx messages may carry the query)."""
    if isinstance(exc, _Deadline | httpx.TimeoutException):
        return "no answer in time"
    if isinstance(exc, httpx.ConnectError):
        return "the connection failed"
    return "the connection broke off"
