"""Login with Amazon: trading the seller's refresh token for short-lived access tokens.

The request, from Amazon's developer guide (``amzn/selling-partner-api-docs`` @ c2888de,
``guides/en-US/developer-guide/SellingPartnerApiDeveloperGuide.md`` lines 1557-1600, kept in the
shared reference folder as ``lwa-token-endpoint_example_from-selling-partner-api-docs.txt``):
``POST https://api.amazon.com/auth/o2/token``, form-encoded ``grant_type=refresh_token``,
``refresh_token``, ``client_id``, ``client_secret``; the answer holds ``access_token``,
``token_type`` (bearer) and ``expires_in`` (seconds, 3600 in the example). A refused grant answers
with the OAuth 2 error form ``{"error": "invalid_grant" | "invalid_client" | …,
"error_description": …}`` (RFC 6749 §5.2): ``invalid_grant`` when the authorization was revoked or
the token is wrong, ``invalid_client`` when the client id or secret is.

The access token lives in this object only, in memory, and is fetched again shortly before it
expires. Nothing here puts the secret, the refresh token or an access token into a message, a log
line or a ``repr``; ``error_description`` is not shown either (we do not control what it echoes).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

from seller_desktop.core.amazon.errors import BadAnswer, CredentialsRefused
from seller_desktop.core.amazon.http import Transport
from seller_desktop.core.amazon.regions import DEFAULT_TOKEN_URL, checked_url
from seller_desktop.core.base.clock import Clock

log = logging.getLogger("seller_desktop.amazon")

OPERATION = "Login with Amazon"
#: Fetch a new token this long before the old one expires, so a request never carries one that
#: runs out on its way.
EXPIRY_MARGIN = 60.0
_REFUSALS = frozenset({"invalid_grant", "invalid_client", "unauthorized_client"})


@dataclass(frozen=True, repr=False)
class LwaCredentials:
    """The seller's self-authorized app: its LWA client id and secret and the refresh token."""

    client_id: str
    client_secret: str
    refresh_token: str

    def __repr__(self) -> str:  # the id is not secret; the rest never leaves this object
        return f"LwaCredentials(client_id={self.client_id!r}, <secrets redacted>)"


class LwaTokens:
    """Hands out a valid access token, asking Login with Amazon only when needed."""

    def __init__(
        self,
        credentials: LwaCredentials,
        transport: Transport,
        clock: Clock,
        token_url: str = DEFAULT_TOKEN_URL,
    ) -> None:
        self._credentials = credentials
        self._transport = transport
        self._clock = clock
        self._url = checked_url(token_url)
        self._token: str | None = None
        self._expires = 0.0  # on the clock's monotonic scale

    def __repr__(self) -> str:
        state = "held" if self._token else "none"
        return f"LwaTokens(client_id={self._credentials.client_id!r}, access token {state})"

    def access_token(self, *, fresh: bool = False) -> str:
        """A token valid for at least ``EXPIRY_MARGIN`` seconds; ``fresh`` forces a new one
        (after Amazon refused the one we had)."""
        if fresh or self._token is None or self._clock.monotonic() >= self._expires:
            self._token, lifetime = self._fetch()
            self._expires = self._clock.monotonic() + max(0.0, lifetime - EXPIRY_MARGIN)
        return self._token

    def forget(self) -> None:
        self._token = None

    def _fetch(self) -> tuple[str, float]:
        c = self._credentials
        answer = self._transport.send(
            "POST",
            self._url,
            operation=OPERATION,
            form={
                "grant_type": "refresh_token",
                "refresh_token": c.refresh_token,
                "client_id": c.client_id,
                "client_secret": c.client_secret,
            },
        )
        if answer.status != 200:
            reason = _oauth_error(answer.body)
            if answer.status in (400, 401) and reason in _REFUSALS:
                log.warning("Login with Amazon refused the credentials (%s)", reason)
                raise CredentialsRefused(reason)
            raise answer.failure()
        data = answer.json()
        token = data.get("access_token") if isinstance(data, dict) else None
        if not isinstance(token, str) or not token:
            raise BadAnswer(OPERATION, answer.request_id)
        lifetime = data.get("expires_in", 3600)
        if not isinstance(lifetime, int | float) or isinstance(lifetime, bool):
            lifetime = 3600
        log.info("Login with Amazon: access token for %d s", int(lifetime))
        return token, float(lifetime)


def _oauth_error(body: bytes) -> str:
    """The ``error`` field of an OAuth 2 error answer, or '' (never the description)."""
    try:
        data: Any = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return ""
    error = data.get("error") if isinstance(data, dict) else None
    return error if isinstance(error, str) and error.isascii() and len(error) < 40 else ""
