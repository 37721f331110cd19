"""The seller's Amazon accounts: one self-authorized Selling Partner API app per region.

A seller who sells in North America and in Europe authorizes the app once in each region's Seller
Central and gives us, per region, the Login with Amazon client id, client secret and refresh token.
They are kept only in the encrypted store (``amazon_accounts``, schema 11): never in settings files,
logs, exception messages or a ``repr`` — ``Account.__repr__`` leaves them out, and no message here
quotes one. Marketplaces are the app's country codes (``UK`` accepted for ``GB``); each must belong
to the account's region, because an app authorized in Europe cannot read the US marketplace.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from seller_desktop.core.amazon.regions import (
    DEFAULT_TOKEN_URL,
    HOSTS,
    REGION_OF,
    checked_url,
    marketplace_codes,
    region_host,
)
from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP
from seller_desktop.core.orders.marketplaces import MARKETPLACES

if TYPE_CHECKING:
    from seller_desktop.core.store.store import Store

REGION_NAMES = {"na": "North America", "eu": "Europe", "fe": "Far East"}


@dataclass(frozen=True)
class Account:
    region: str
    marketplaces: tuple[str, ...]
    client_id: str
    client_secret: str = field(repr=False)
    refresh_token: str = field(repr=False)
    #: None: Amazon's own host for the region / token endpoint (set only for a test server).
    api_url: str | None = None
    lwa_url: str | None = None

    @property
    def api_base(self) -> str:
        return self.api_url or HOSTS[self.region]

    @property
    def token_url(self) -> str:
        return self.lwa_url or DEFAULT_TOKEN_URL

    @property
    def marketplace_ids(self) -> list[str]:
        return [MARKETPLACES[code].marketplace_id for code in self.marketplaces]


def region_of(marketplace: str) -> str | None:
    code = marketplace.strip().upper()
    return REGION_OF.get("GB" if code == "UK" else code)


def validated(account: Account) -> Account:
    """The account as stored, or BadInput saying what to correct (never quoting a secret)."""
    region = account.region.strip().lower()
    region_host(region)
    codes = tuple(marketplace_codes(region, account.marketplaces))
    client_id = _credential(
        account.client_id,
        QT_TRANSLATE_NOOP(
            "SellerError",
            "The client id is empty or not a single word: copy it from Seller Central, Develop "
            "apps › your app › LWA credentials (it looks like amzn1.application-oa2-client.…).",
        ),
    )
    secret = _credential(
        account.client_secret,
        QT_TRANSLATE_NOOP(
            "SellerError",
            "The client secret is empty or not a single word: copy it from the app's LWA "
            "credentials.",
        ),
    )
    token = _credential(
        account.refresh_token,
        QT_TRANSLATE_NOOP(
            "SellerError",
            "The refresh token is empty or not a single word: it is shown once when you "
            "authorize the app in Seller Central (it looks like Atzr|…).",
        ),
    )
    return Account(
        region,
        codes,
        client_id,
        secret,
        token,
        checked_url(account.api_url) if account.api_url else None,
        checked_url(account.lwa_url) if account.lwa_url else None,
    )


def _credential(value: str, message: str) -> str:
    """A pasted credential, trimmed: one word of printable ASCII (a stray line break or space
    from copying is the usual mistake). The message never quotes the value."""
    value = value.strip()
    if not value or any(not (33 <= ord(ch) <= 126) for ch in value):
        raise BadInput(message)
    return value


def save_account(store: Store, account: Account) -> Account:
    """Add or replace the account of ``account.region``; a replaced account's sync state goes
    with it only if its marketplaces changed (a new token for the same shop keeps the watermark)."""
    account = validated(account)
    with store.transaction() as conn:
        old = conn.execute(
            "SELECT marketplaces FROM amazon_accounts WHERE region = ?", (account.region,)
        ).fetchone()
        if old is not None and old[0] != ",".join(account.marketplaces):
            conn.execute("DELETE FROM amazon_sync WHERE region = ?", (account.region,))
        conn.execute(
            "INSERT INTO amazon_accounts (region, marketplaces, client_id, client_secret, "
            "refresh_token, api_url, lwa_url, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (region) DO UPDATE SET marketplaces = excluded.marketplaces, "
            "client_id = excluded.client_id, client_secret = excluded.client_secret, "
            "refresh_token = excluded.refresh_token, api_url = excluded.api_url, "
            "lwa_url = excluded.lwa_url",
            (
                account.region,
                ",".join(account.marketplaces),
                account.client_id,
                account.client_secret,
                account.refresh_token,
                account.api_url,
                account.lwa_url,
                store.now_iso(),
            ),
        )
    return account


def load_accounts(store: Store) -> list[Account]:
    rows = store.conn.execute(
        "SELECT region, marketplaces, client_id, client_secret, refresh_token, api_url, lwa_url "
        "FROM amazon_accounts ORDER BY CASE region WHEN 'na' THEN 0 WHEN 'eu' THEN 1 ELSE 2 END"
    ).fetchall()
    return [
        Account(r[0], tuple(c for c in r[1].split(",") if c), r[2], r[3], r[4], r[5], r[6])
        for r in rows
    ]


def account_for_marketplace(store: Store, marketplace: str) -> Account | None:
    region = region_of(marketplace)
    return next((a for a in load_accounts(store) if a.region == region), None)


def remove_account(store: Store, region: str | None = None) -> int:
    """Remove one region's account (or every account); returns how many were removed."""
    with store.transaction() as conn:
        if region is None:
            return int(conn.execute("DELETE FROM amazon_accounts").rowcount)
        return int(
            conn.execute(
                "DELETE FROM amazon_accounts WHERE region = ?", (region.strip().lower(),)
            ).rowcount
        )
