"""Test connection: does Amazon accept the account, and does it send contact details?

One Login with Amazon exchange and one small searchOrders call (the last week's seller-fulfilled
orders, 20 at most) per account: that the token exchange works proves the credentials, that the
search answers proves the Orders role and the marketplaces, and whether the orders that came back
carry a delivery address tells whether the app has Amazon's restricted role for contact details
(unknown when no order came back). Secrets are never part of the result.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from seller_desktop.core.amazon.accounts import load_accounts
from seller_desktop.core.amazon.errors import AmazonError
from seller_desktop.core.amazon.mapping import MappedOrder, map_order
from seller_desktop.core.amazon.orders_api import SearchQuery, search_orders
from seller_desktop.core.amazon.sync import TransportFactory, api_for, default_transport

if TYPE_CHECKING:
    from seller_desktop.core.store.store import Store

#: How far back the test looks for orders to tell whether contact details come back.
LOOK_BACK = timedelta(days=7)


@dataclass(frozen=True)
class ConnectionResult:
    region: str
    marketplaces: tuple[str, ...]
    ok: bool
    #: True: contact details came back; False: orders came without them; None: no order to tell.
    contact_details: bool | None = None
    orders_seen: int = 0
    error: str | None = None
    exit_code: int = 0

    def as_json(self) -> dict[str, object]:
        return {
            "region": self.region,
            "marketplaces": list(self.marketplaces),
            "ok": self.ok,
            "contact_details": self.contact_details,
            "orders_seen": self.orders_seen,
            "error": self.error,
        }


def check_connection(
    store: Store, region: str | None = None, *, transport_factory: TransportFactory | None = None
) -> list[ConnectionResult]:
    results = []
    for account in load_accounts(store):
        if region is not None and account.region != region:
            continue
        transport = (transport_factory or default_transport)(store.clock)
        try:
            now = store.clock.now()
            query = SearchQuery(
                account.marketplace_ids, created_after=now - LOOK_BACK, page_size=20
            )
            pages = search_orders(api_for(account, transport, store.clock), query, now)
            try:
                page = next(pages)
            finally:
                pages.close()
        except AmazonError as err:
            results.append(
                ConnectionResult(
                    account.region,
                    account.marketplaces,
                    False,
                    error=str(err),
                    exit_code=getattr(err, "exit_code", 1),
                )
            )
            continue
        finally:
            transport.close()
        mapped = [m for m in map(map_order, page.orders) if isinstance(m, MappedOrder)]
        with_contact = [m for m in mapped if m.contact is not None]
        to_ship = [m for m in mapped if m.order.status in ("unshipped", "partially_shipped")]
        contact = True if with_contact else (False if to_ship else None)
        results.append(
            ConnectionResult(account.region, account.marketplaces, True, contact, len(mapped))
        )
    return results
