"""The sync: seller-fulfilled orders from the Selling Partner API into the store, page by page.

For each region's account: search orders (``orders_api.search_orders``) created since the chosen
start on the first sync, or updated since the last sync's watermark less ``OVERLAP`` afterwards;
map every order (``mapping``) and merge each page through the importer's one way in
(``importers.merge``), so orders from the API and from reports merge by order id and item id,
status moves forward only, and contact details that were wiped or erased never come back. Each
page is one transaction together with the sync state (``sync_state``): a failure keeps the whole
pages before it and records where it stopped; the next sync resumes there.

A sync is a job (a generator yielding ``Progress``, its summary the return value) that runs on the
window's worker or to the end in the CLI. It never raises part way for Amazon's faults: those end
the region's run as ``partial`` with the reason recorded and the summary says so; credentials
Amazon refused end it as ``refused`` (re-authorize).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from seller_desktop.core.amazon.accounts import Account, load_accounts
from seller_desktop.core.amazon.client import SpApi
from seller_desktop.core.amazon.errors import AmazonError, AmazonFailed, CredentialsRefused
from seller_desktop.core.amazon.http import Transport
from seller_desktop.core.amazon.lwa import LwaCredentials, LwaTokens
from seller_desktop.core.amazon.mapping import MappedOrder, map_order
from seller_desktop.core.amazon.orders_api import OrdersPage, SearchQuery, search_orders
from seller_desktop.core.amazon.sync_state import SyncState, load_sync_states, write_sync_state
from seller_desktop.core.base.clock import Clock, from_iso_utc, to_iso_utc
from seller_desktop.core.base.steps import drain
from seller_desktop.core.importers.merge import IncomingOrder, OrderMerge
from seller_desktop.core.importers.order_ids import is_amazon_order_id
from seller_desktop.core.settings import load_settings
from seller_desktop.core.store.events import log_event

if TYPE_CHECKING:
    from seller_desktop.core.store.store import Store

log = logging.getLogger("seller_desktop.amazon")

#: Each sync asks again for the last minutes before the watermark: an order Amazon updated just
#: as the last search ran is not lost (the merge makes seeing it twice harmless).
OVERLAP = timedelta(minutes=10)
#: How far back the first sync reaches when no start is given.
FIRST_SYNC_DAYS = 14
#: How recent the end of a search may be (searchOrders: "at least two minutes before").
MIN_AGE = timedelta(minutes=2)


@dataclass
class Progress:
    done: int
    total: int
    text: str = ""


@dataclass
class SyncSummary:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    items: int = 0
    wiped_on_arrival: int = 0
    #: Stored orders that came without a name or address to ship to (Amazon's restricted role
    #: missing, or an order that carries none, e.g. a cancelled one).
    without_contact: int = 0
    pages: int = 0
    #: Orders of the answers not stored (Fulfilled by Amazon, unknown marketplace, unreadable).
    skipped: int = 0
    #: Regions whose sync stopped part way (resumable), with the reason; regions Amazon refused.
    partial: dict[str, str] = field(default_factory=dict)
    refused: dict[str, str] = field(default_factory=dict)
    #: The error that stopped each of those regions, for the window to word in its language.
    errors: dict[str, AmazonError] = field(default_factory=dict)
    #: False when orders that need shipping came without any contact details (no role).
    contact_role: bool | None = None

    @property
    def exit_code(self) -> int:
        """The CLI's: 0 done, 4 Amazon refused the credentials, 1 partly done (resumable)."""
        if self.refused:
            return 4
        return 1 if self.partial else 0

    def as_json(self) -> dict[str, int]:
        return {
            "new": self.new,
            "updated": self.updated,
            "without_contact": self.without_contact,
            "pages": self.pages,
            "skipped": self.skipped,
        }

    def line(self) -> str:
        return (
            f"{self.new} new, {self.updated} updated, {self.unchanged} unchanged, "
            f"{self.without_contact} without contact details, {self.skipped} skipped, "
            f"{self.pages} pages"
        )


#: Builds the HTTP transport (tests give one with short timeouts and no real sleeping).
TransportFactory = Callable[[Clock], Transport]


def sync_steps(
    store: Store,
    *,
    since: datetime | None = None,
    transport_factory: TransportFactory | None = None,
) -> Generator[Progress, None, SyncSummary]:
    """Sync every account; yields Progress per page (``total`` 0: unknown), returns the summary.
    ``since`` starts every region's search there (created since) instead of the watermark."""
    clock = store.clock
    accounts = load_accounts(store)
    summary = SyncSummary()
    for account in accounts:
        transport = (transport_factory or default_transport)(clock)
        try:
            yield from _sync_region(store, account, since, transport, summary)
        finally:
            transport.close()
    return summary


def default_transport(clock: Clock) -> Transport:
    return Transport(clock)


def api_for(account: Account, transport: Transport, clock: Clock) -> SpApi:
    credentials = LwaCredentials(account.client_id, account.client_secret, account.refresh_token)
    tokens = LwaTokens(credentials, transport, clock, account.token_url)
    return SpApi(account.api_base, tokens, transport)


def _query(
    account: Account, state: SyncState | None, since: datetime | None, now: datetime
) -> tuple[SearchQuery, str | None, str]:
    """The search to run, the page token to resume at, and its start as stored for resuming
    (``created:…`` or ``updated:…``)."""
    ids = account.marketplace_ids
    if since is None and state is not None and state.resume_from and state.resume_token:
        kind, _, instant = state.resume_from.partition(":")
        start = from_iso_utc(instant)
        if kind == "created":
            return SearchQuery(ids, created_after=start), state.resume_token, state.resume_from
        return SearchQuery(ids, last_updated_after=start), state.resume_token, state.resume_from
    if since is None and state is not None and state.watermark:
        start = from_iso_utc(state.watermark) - OVERLAP
        return SearchQuery(ids, last_updated_after=start), None, f"updated:{to_iso_utc(start)}"
    start = since if since is not None else now - timedelta(days=FIRST_SYNC_DAYS)
    return SearchQuery(ids, created_after=start), None, f"created:{to_iso_utc(start)}"


def _sync_region(
    store: Store,
    account: Account,
    since: datetime | None,
    transport: Transport,
    summary: SyncSummary,
) -> Generator[Progress, None, None]:
    run = _RegionRun(store, account, since, api_for(account, transport, store.clock))
    yield Progress(0, 0, account.region)
    pages = run.pages()
    try:
        for page in pages:
            run.merge_page(page)
            yield Progress(run.summary.pages, 0, account.region)
    except AmazonError as err:
        _record_failure(store, account.region, err, run.summary)
        refused = isinstance(err, CredentialsRefused) or getattr(err, "exit_code", 1) == 4
        (summary.refused if refused else summary.partial)[account.region] = str(err)
        summary.errors[account.region] = err
    finally:
        pages.close()
    _add(summary, run.summary)
    if run.summary.new or run.summary.updated:
        log_event(store, "amazon_sync", f"{account.region}: {run.summary.line()}")


class _RegionRun:
    """One region's sync: where it starts, its pages, each merged with the state in one
    transaction."""

    def __init__(self, store: Store, account: Account, since: datetime | None, api: SpApi):
        self.store, self.account, self.since, self.api = store, account, since, api
        self.now = store.clock.now()
        self.state = load_sync_states(store).get(account.region)
        self.retention_days = load_settings(store).retention_days
        self.summary = SyncSummary()

    def pages(self) -> Generator[OrdersPage, None, None]:
        """The search's pages; a resume token Amazon no longer takes (it lives 24 hours, then
        searchOrders answers 400) runs the same search again from its first page (the merge makes
        the pages seen before harmless)."""
        query, token, self.start = _query(self.account, self.state, self.since, self.now)
        source = search_orders(self.api, query, self.now, resume_token=token)
        if token is None:
            yield from source
            return
        try:
            first = next(source)
        except StopIteration:
            return
        except AmazonFailed as err:
            source.close()
            if err.status != 400:
                raise
            log.info("sync %s: the resume point expired, starting again", self.account.region)
            yield from search_orders(self.api, query, self.now)  # the same search, from page 1
            return
        yield first
        yield from source

    def merge_page(self, page: OrdersPage) -> None:
        mapped = [map_order(raw) for raw in page.orders]
        incoming = [
            i for i in (_incoming(m) for m in mapped if isinstance(m, MappedOrder)) if i is not None
        ]
        counts = self.summary
        clock = self.store.clock
        with self.store.transaction() as conn:
            merge = OrderMerge(
                conn, now=to_iso_utc(clock.now()), retention_days=self.retention_days, counts=counts
            )
            merge.add(incoming)
            counts.pages += 1
            counts.skipped += len(page.orders) - len(incoming)
            counts.without_contact += sum(1 for i in incoming if not _addressed(i))
            _note_role(counts, incoming)
            last = page.next_token is None
            kept = self.state.watermark if self.state else None
            write_sync_state(
                conn,
                SyncState(
                    self.account.region,
                    watermark=_watermark(page.covered_until, self.now) if last else kept,
                    resume_from=None if last else self.start,
                    resume_token=page.next_token,
                    last_run_at=to_iso_utc(clock.now()),
                    last_summary=counts.line(),
                    contact_role=counts.contact_role,
                ),
            )


def _incoming(mapped: MappedOrder) -> IncomingOrder | None:
    order = mapped.order
    if not is_amazon_order_id(order.order_id):
        return None  # the one gate for order ids, as for reports
    return IncomingOrder(order, list(order.items), mapped.contact, marketplace_explicit=True)


def _note_role(summary: SyncSummary, incoming: list[IncomingOrder]) -> None:
    """Contact details came back: the role is there. Orders to ship came without any: it is not
    (cancelled or pending orders carry no address even with the role)."""
    if any(_addressed(i) for i in incoming):
        summary.contact_role = True
    elif summary.contact_role is None and any(
        i.order.status in ("unshipped", "partially_shipped") for i in incoming
    ):
        summary.contact_role = False


def _addressed(incoming: IncomingOrder) -> bool:
    """Whether the order came with a name or an address to ship to (what Amazon's restricted
    role gives; a gift message or a customization link comes without it)."""
    contact = incoming.contact
    return contact is not None and bool(contact.recipient_name or contact.ship_address_1)


def _watermark(covered_until: str | None, now: datetime) -> str:
    """Where the next sync starts: the end Amazon said the search covered, else two minutes
    before the search began (Amazon's own rule for how recent a search's end may be)."""
    if covered_until:
        try:
            return to_iso_utc(from_iso_utc(covered_until))
        except ValueError:
            pass
    return to_iso_utc(now - MIN_AGE)


def _record_failure(store: Store, region: str, err: Exception, summary: SyncSummary) -> None:
    """Keep the resume point the last whole page wrote; note the error and the time."""
    state = load_sync_states(store).get(region) or SyncState(region)
    with store.transaction() as conn:
        write_sync_state(
            conn,
            SyncState(
                region,
                state.watermark,
                state.resume_from,
                state.resume_token,
                to_iso_utc(store.clock.now()),
                summary.line() if summary.pages else state.last_summary,
                str(err),
                state.contact_role,
            ),
        )
    log.warning("sync %s stopped: %s", region, type(err).__name__)


def _add(total: SyncSummary, part: SyncSummary) -> None:
    for name in ("new", "updated", "unchanged", "items", "wiped_on_arrival"):
        setattr(total, name, getattr(total, name) + getattr(part, name))
    total.without_contact += part.without_contact
    total.pages += part.pages
    total.skipped += part.skipped
    if part.contact_role is not None:
        total.contact_role = (
            part.contact_role
            if total.contact_role is None
            else (total.contact_role and part.contact_role)
        )


def sync(store: Store, **kwargs) -> SyncSummary:
    """The sync to the end (the CLI)."""
    return drain(sync_steps(store, **kwargs))
