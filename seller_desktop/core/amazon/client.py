"""A Selling Partner API call: the access token in its header, refreshed once when refused.

Every SP-API operation takes the LWA access token in the ``x-amz-access-token`` header (the
developer guide's "Step 3. Add headers to the URI"). An expired or invalid token comes back as 403
(``orders_2026-01-01.json`` ``/paths/~1orders~12026-01-01~1orders/get/responses/403``; ordersV0's
``confirmShipment`` also lists 401: "The request's Authorization header is not formatted correctly
or does not contain a valid token"): we fetch a fresh token once and try again. A 403 that a fresh
token does not cure means the app lacks the role for the operation: ``AccessDenied``.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from seller_desktop.core.amazon.errors import AccessDenied
from seller_desktop.core.amazon.http import Answer, Transport
from seller_desktop.core.amazon.lwa import LwaTokens
from seller_desktop.core.amazon.regions import checked_url

log = logging.getLogger("seller_desktop.amazon")


class SpApi:
    """One region's Selling Partner API for one seller: base URL, tokens and transport."""

    def __init__(self, base_url: str, tokens: LwaTokens, transport: Transport) -> None:
        self.base_url = checked_url(base_url)
        self._tokens = tokens
        self._transport = transport

    def __repr__(self) -> str:
        return f"SpApi({self.base_url})"

    def call(
        self,
        method: str,
        path: str,
        *,
        operation: str,
        params: Mapping[str, str] | None = None,
        json_body: object = None,
        ok: tuple[int, ...] = (200,),
        headers: Mapping[str, str] | None = None,
        retry_unknown: bool = True,
    ) -> Answer:
        """The answer when its status is one of ``ok``; the typed error otherwise. ``headers``
        are the operation's own (Shipping v2's business id and idempotency key), sent on every
        try; the access token header is always ours. ``retry_unknown``: ``Transport.send``."""
        for fresh in (False, True):
            token = self._tokens.access_token(fresh=fresh)
            answer = self._transport.send(
                method,
                self.base_url + path,
                operation=operation,
                params=params,
                headers={**(headers or {}), "x-amz-access-token": token},
                json_body=json_body,
                retry_unknown=retry_unknown,
            )
            if answer.status in ok:
                return answer
            if answer.status not in (401, 403):
                raise answer.failure()
            if fresh:
                raise AccessDenied(operation, answer.request_id)
            log.info("%s: access token refused, fetching a new one", operation)
        raise AssertionError("unreachable")  # the second pass always returns or raises
