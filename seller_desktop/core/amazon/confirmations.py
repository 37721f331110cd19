"""Shipments confirmed to Amazon through the API: the queue (``confirmation_queue``) sent and
retried from the worker.

A shipment recorded while an account covers the order's marketplace is queued (``shipments
.confirm_via = 'api'``, schema 11). ``confirm_steps`` sends every queued shipment whose retry time
has come with confirmShipment (Orders v0), one package per shipment, its items and quantities as
recorded: Amazon's 204 marks it confirmed; a failure keeps it queued with the reason and the next
try after a growing pause (``RETRY_AFTER``), so a network fault or Amazon's limit costs nothing
but time. Amazon's refusal of the shipment itself (a 400, e.g. an item already confirmed) is kept
as the reason and shown to the seller; it is tried again only when the seller asks
(``retry_now``).
"""

from __future__ import annotations

import logging
from collections.abc import Generator
from dataclasses import dataclass
from datetime import datetime, time, timedelta, timezone
from typing import TYPE_CHECKING

from seller_desktop.core.amazon.accounts import load_accounts, region_of
from seller_desktop.core.amazon.confirmation_queue import QueuedConfirmation, unconfirmed
from seller_desktop.core.amazon.errors import AmazonError, AmazonFailed, CredentialsRefused
from seller_desktop.core.amazon.http import Transport
from seller_desktop.core.amazon.orders_api import Shipment, ShippedItem, confirm_shipment
from seller_desktop.core.amazon.sync import Progress, TransportFactory, api_for, default_transport
from seller_desktop.core.base.clock import to_iso_utc
from seller_desktop.core.base.steps import drain
from seller_desktop.core.orders.marketplaces import MARKETPLACES
from seller_desktop.core.orders.shipments import HELD_UNTIL
from seller_desktop.core.store.events import log_event

if TYPE_CHECKING:
    from seller_desktop.core.store.store import Store

log = logging.getLogger("seller_desktop.amazon")

#: Pause before the next try, by the number of tries so far (the last one repeats).
RETRY_AFTER = (
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=15),
    timedelta(hours=1),
    timedelta(hours=6),
)


@dataclass
class ConfirmSummary:
    confirmed: int = 0
    failed: int = 0
    waiting: int = 0

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0


def confirm_steps(
    store: Store, *, transport_factory: TransportFactory | None = None
) -> Generator[Progress, None, ConfirmSummary]:
    """Send every queued confirmation that is due; yields Progress, returns the summary."""
    clock = store.clock
    now = to_iso_utc(clock.now())
    due = unconfirmed(store)
    summary = ConfirmSummary()
    ready = [q for q in due if q.next_at is None or q.next_at <= now]
    summary.waiting = len(due) - len(ready)
    accounts = {a.region: a for a in load_accounts(store)}
    yield Progress(0, len(ready))
    transports: dict[str, Transport] = {}
    apis: dict[str, object] = {}
    try:
        for n, queued in enumerate(ready, 1):
            account = accounts.get(region_of(queued.marketplace) or "")
            if account is None:
                _failed(
                    store, queued, "No Amazon account covers this marketplace any more.", held=True
                )
                summary.failed += 1
                continue
            if account.region not in apis:
                transports[account.region] = (transport_factory or default_transport)(clock)
                apis[account.region] = api_for(account, transports[account.region], clock)
            try:
                confirm_shipment(apis[account.region], _shipment(store, queued))  # type: ignore[arg-type]
            except AmazonError as err:
                held = isinstance(err, CredentialsRefused) or (
                    isinstance(err, AmazonFailed) and 400 <= err.status < 500 and err.status != 429
                )
                _failed(store, queued, str(err), held=held)
                summary.failed += 1
            else:
                _confirmed(store, queued)
                summary.confirmed += 1
            yield Progress(n, len(ready))
    finally:
        for transport in transports.values():
            transport.close()
    return summary


def _shipment(store: Store, queued: QueuedConfirmation) -> Shipment:
    items = store.conn.execute(
        "SELECT order_item_id, quantity FROM shipment_items WHERE shipment_id = ? "
        "ORDER BY order_item_id",
        (queued.shipment_id,),
    ).fetchall()
    day = datetime.fromisoformat(queued.ship_date)
    # A ship day without a time: noon UTC, so the day is the same in every marketplace's zone.
    ship_date = (
        day.astimezone(timezone.utc)
        if day.tzinfo
        else datetime.combine(day.date(), time(12, 0), tzinfo=timezone.utc)
    )
    code = queued.carrier_code or "Other"
    return Shipment(
        order_id=queued.order_id,
        marketplace_id=MARKETPLACES[queued.marketplace].marketplace_id,
        carrier_code=code,
        tracking_number=queued.tracking_number,
        ship_date=ship_date,
        items=tuple(ShippedItem(i, q) for i, q in items),
        carrier_name=queued.carrier_name if code == "Other" else None,
        shipping_method=queued.ship_method or None,
        package_reference_id=str(queued.shipment_id),
    )


def _confirmed(store: Store, queued: QueuedConfirmation) -> None:
    with store.transaction() as conn:
        conn.execute(
            "UPDATE shipments SET confirmed_at = ?, api_attempts = api_attempts + 1, "
            "api_error = NULL, api_next_at = NULL WHERE shipment_id = ?",
            (store.now_iso(), queued.shipment_id),
        )
        log_event(store, "amazon_confirmed", f"{queued.order_id} shipment {queued.shipment_id}")


def _failed(store: Store, queued: QueuedConfirmation, reason: str, *, held: bool) -> None:
    pause = RETRY_AFTER[min(queued.attempts, len(RETRY_AFTER) - 1)]
    next_at = HELD_UNTIL if held else to_iso_utc(store.clock.now() + pause)
    with store.transaction() as conn:
        conn.execute(
            "UPDATE shipments SET api_attempts = api_attempts + 1, api_error = ?, "
            "api_next_at = ? WHERE shipment_id = ?",
            (reason, next_at, queued.shipment_id),
        )
    log.warning("confirmShipment for shipment %s failed", queued.shipment_id)


def confirm_all(store: Store, **kwargs) -> ConfirmSummary:
    """Send what is due to the end (the CLI)."""
    return drain(confirm_steps(store, **kwargs))
