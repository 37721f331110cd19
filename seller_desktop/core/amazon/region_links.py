"""One connection per Amazon region for a piece of work that calls the Selling Partner API for
many orders (buying labels, asking for reviews): the account that covers each order's
marketplace, one transport per region (its rate limits and tokens are the seller's in that
region, whatever the marketplace), all closed together at the end.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from seller_desktop.core.amazon.accounts import Account, account_for_marketplace, region_of
from seller_desktop.core.amazon.sync import TransportFactory, api_for, default_transport

if TYPE_CHECKING:
    from seller_desktop.core.amazon.client import SpApi
    from seller_desktop.core.amazon.http import Transport
    from seller_desktop.core.store.store import Store


class Connection(NamedTuple):
    account: Account
    api: SpApi
    region: str


class RegionLinks:
    """Connections by region for one run; a context manager whose end closes the transports."""

    def __init__(self, store: Store, transport_factory: TransportFactory | None = None) -> None:
        self._store = store
        self._factory = transport_factory or default_transport
        self._transports: dict[str, Transport] = {}

    def __enter__(self) -> RegionLinks:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def connect(self, marketplace: str) -> Connection | None:
        """The API of the account that covers ``marketplace``; None when no account does."""
        account = account_for_marketplace(self._store, marketplace)
        region = region_of(marketplace)
        if account is None or region is None:
            return None
        clock = self._store.clock
        if region not in self._transports:
            self._transports[region] = self._factory(clock)
        return Connection(account, api_for(account, self._transports[region], clock), region)

    def close(self) -> None:
        for transport in self._transports.values():
            transport.close()
        self._transports.clear()
