"""Asking for reviews through the Solicitations API, once per order, ever — even across a crash.

For each order: ``getSolicitationActionsForOrder`` first (no productReviewAndSellerFeedback
action: recorded 'not_eligible' with why, nothing sent), then a 'sending' row is written and
committed, *then* the POST leaves; on its 201 the row becomes 'requested'. So whatever happens
between the two writes — a kill, a lost answer, a 5xx — leaves 'sending' on disk, and the next run
begins by asking Amazon about each such order: no review action any more means the request went
through ('requested'); the action still offered means it never arrived (the row is dropped and the
order may be asked normally). Nothing is ever POSTed for an order with any other row. A refusal
saying the order was asked before is recorded as 'already'.

The API itself, its pacing (1 request a second, burst 5) and its citations are in
``core.amazon.solicitations_api``; 429s are waited out by the Transport.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from seller_desktop.core.amazon.errors import AmazonFailed, RateLimited, Unreachable
from seller_desktop.core.amazon.region_links import RegionLinks
from seller_desktop.core.amazon.solicitations_api import Pacer, SolicitationsApi
from seller_desktop.core.amazon.sync import TransportFactory
from seller_desktop.core.base.errors import BadInput, SellerError
from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP
from seller_desktop.core.orders.marketplaces import MARKETPLACES
from seller_desktop.core.reviews.records import (
    FINAL,
    forget_sending,
    request_records,
    sending_orders,
    write_request,
)

if TYPE_CHECKING:
    from seller_desktop.core.store.store import Store

#: Why an order was not asked: Amazon offered no review request for it.
NO_ACTION = "Amazon offers no review request for this order (outside its window or asked before)"
#: A 'sending' left by an earlier run that Amazon no longer offers: it went through.
SETTLED = "settled after an interrupted run"


class NoReviewAccount(BadInput):
    """No Amazon account covers the order's marketplace: ask in Seller Central instead."""

    def __init__(self, marketplace: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "No Amazon account covers {marketplace} orders, so their reviews cannot be "
                "requested through Amazon: connect one (amazon-account set), or open the order "
                "in Seller Central and mark it requested.",
            ),
            marketplace=marketplace,
        )


class ReviewLink(RegionLinks):
    """The Solicitations API per marketplace for one run: a transport and a pacer per region
    (the limit is the seller's, whatever the marketplace); ``close`` ends the transports."""

    def __init__(
        self,
        store: Store,
        transport_factory: TransportFactory | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        super().__init__(store, transport_factory)
        self._sleep = sleep
        self._pacers: dict[str, Pacer] = {}

    def __enter__(self) -> ReviewLink:
        return self

    def for_marketplace(self, marketplace: str) -> SolicitationsApi:
        code = marketplace.strip().upper()
        connection = self.connect(code) if code in MARKETPLACES else None
        if connection is None or code not in connection.account.marketplaces:
            raise NoReviewAccount(code)
        pacer = self._pacers.setdefault(connection.region, Pacer(self._store.clock, self._sleep))
        return SolicitationsApi(connection.api, MARKETPLACES[code].marketplace_id, pacer)


@dataclass
class Report:
    requested: list[str] = field(default_factory=list)
    #: Refused by Amazon as asked before: recorded, never asked again.
    already: list[str] = field(default_factory=list)
    not_eligible: list[str] = field(default_factory=list)
    #: Asked (or ruled out) before this run: nothing sent.
    skipped: list[str] = field(default_factory=list)
    #: 'sending' rows of an earlier run that Amazon shows went through.
    settled: list[str] = field(default_factory=list)
    #: Sent, answer lost: left 'sending', checked with Amazon at the next run.
    unsettled: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    #: Why the run stopped before its end (rate limit, no connection), None when it did not.
    stopped: str | None = None

    @property
    def exit_code(self) -> int:
        return 0 if not (self.failed or self.unsettled or self.stopped) else 1

    def as_json(self) -> dict[str, object]:
        return {
            "requested": self.requested,
            "already": self.already,
            "not_eligible": self.not_eligible,
            "skipped": self.skipped,
            "settled": self.settled,
            "unsettled": self.unsettled,
            "failed": self.failed,
            "stopped": self.stopped,
        }


def request_reviews_steps(
    store: Store, order_ids: Iterable[str], link: ReviewLink, report: Report | None = None
) -> Generator[tuple[int, int], None, Report]:
    """Ask for each order's review; yields (done, total) after each order, returns the Report.
    'sending' rows of an earlier run are settled first (they count in the total). ``report`` is
    filled as the run goes, so a caller sees what was done even when the run is cut short."""
    report = Report() if report is None else report
    ids = list(dict.fromkeys(order_ids))
    leftovers = sending_orders(store)
    total = len(leftovers) + len(ids)
    done = 0
    yield done, total
    for order_id in leftovers + ids:
        if report.stopped is None:
            try:
                if done < len(leftovers):
                    _settle(store, order_id, link, report)
                else:
                    _request_one(store, order_id, link, report)
            except (RateLimited, Unreachable) as err:
                report.stopped = str(err)
            except SellerError as err:
                report.failed[order_id] = str(err)
        done += 1
        yield done, total
    return report


def finish_request(store: Store, order_id: str) -> None:
    """Amazon answered 201: the request is made. (A test kills the process here.)"""
    write_request(store, order_id, "requested", "api")


def _settle(store: Store, order_id: str, link: ReviewLink, report: Report) -> None:
    api = link.for_marketplace(_marketplace_of(store, order_id))
    if api.review_offered(order_id):
        forget_sending(store, order_id)  # the POST never arrived: the order may be asked again
        return
    write_request(store, order_id, "requested", "api", SETTLED)
    report.settled.append(order_id)


def _request_one(store: Store, order_id: str, link: ReviewLink, report: Report) -> None:
    record = request_records(store, [order_id]).get(order_id)
    if record is not None and (record.state in FINAL or record.state == "sending"):
        report.skipped.append(order_id)
        return
    api = link.for_marketplace(_marketplace_of(store, order_id))
    if not api.review_offered(order_id):
        write_request(store, order_id, "not_eligible", "api", NO_ACTION)
        report.not_eligible.append(order_id)
        return
    write_request(store, order_id, "sending", "api")
    try:
        api.request_review(order_id)
    except RateLimited:
        forget_sending(store, order_id)  # a 429 is answered before anything is done
        raise
    except Unreachable:
        report.unsettled.append(order_id)
        return
    except AmazonFailed as err:
        _refused(store, order_id, err, report)
        return
    finish_request(store, order_id)
    report.requested.append(order_id)


def _refused(store: Store, order_id: str, err: AmazonFailed, report: Report) -> None:
    """A refusal that says "already" is final; another 4xx means nothing was sent; a 5xx may
    have been done: left 'sending' for the next run to check."""
    if "already" in str(err).lower():
        write_request(store, order_id, "already", "api", "Amazon: requested before")
        report.already.append(order_id)
    elif 400 <= err.status < 500:
        forget_sending(store, order_id)
        report.failed[order_id] = str(err)
    else:
        report.unsettled.append(order_id)


def _marketplace_of(store: Store, order_id: str) -> str:
    row = store.conn.execute(
        "SELECT marketplace FROM orders WHERE order_id = ?", (order_id,)
    ).fetchone()
    if row is None:
        raise BadInput(
            QT_TRANSLATE_NOOP("SellerError", "There is no order {order_id} in the store."),
            order_id=order_id,
        )
    return str(row[0])
