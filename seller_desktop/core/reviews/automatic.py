"""The daily automatic review requests (``Settings.review_auto_daily``, off by default) and their
log: once a day, every order eligible today in a marketplace an Amazon account covers is asked
through the Solicitations API — the same ``request_reviews_steps`` as the Reviews page's button,
so the promise "once per order, ever" holds for it just the same.

Each run leaves one row in ``review_auto_runs`` (schema 18), begun before the first request and
finished with Amazon's answers counted, so the seller can read what the app did on its own. A day
counts as done when a run of that day ended without stopping early; a run stopped by a rate limit
or a lost connection (or by the app closing) is simply run again at the next chance that day:
anything it asked is on record and is not asked twice.

The day is the seller's own calendar day (the machine's time zone), not a marketplace's: it says
when the app last did its daily round, while each order's eligibility keeps its marketplace's
calendar (``core.reviews.window``).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from seller_desktop.core.amazon.accounts import load_accounts
from seller_desktop.core.amazon.sync import TransportFactory
from seller_desktop.core.reviews.queue import ReviewItem, review_queue
from seller_desktop.core.reviews.solicitations import Report, ReviewLink, request_reviews_steps
from seller_desktop.core.settings import load_settings

if TYPE_CHECKING:
    from seller_desktop.core.store.store import Store

#: ``stopped`` of a run that never reached its end (cancelled, or the app closed mid-run).
INTERRUPTED = "interrupted"
#: Runs the log keeps showing (older rows stay in the store; they are a few numbers each).
LOG_LENGTH = 30


@dataclass(frozen=True)
class AutoRun:
    """One automatic run, as the log shows it."""

    day: date
    started_at: str
    ended_at: str | None
    eligible: int
    requested: int
    already: int
    not_eligible: int
    failed: int
    #: Why it stopped before its end (Amazon's or the network's words), None when it did not.
    stopped: str | None

    @property
    def finished(self) -> bool:
        return self.ended_at is not None and self.stopped is None

    @property
    def interrupted(self) -> bool:
        """Cut short before its end (cancelled, the app closed): it goes on at the next check."""
        return self.stopped == INTERRUPTED


def connected_marketplaces(store: Store) -> frozenset[str]:
    """The marketplaces an Amazon account covers: their reviews go through the API."""
    return frozenset(code for account in load_accounts(store) for code in account.marketplaces)


def to_ask(store: Store, items: list[ReviewItem] | None = None) -> list[str]:
    """Orders eligible today in a connected marketplace, soonest to close first."""
    connected = connected_marketplaces(store)
    queue = review_queue(store) if items is None else items
    return [i.order_id for i in queue if i.state == "eligible" and i.marketplace in connected]


def seller_today(store: Store) -> date:
    """The seller's calendar day (the machine's time zone)."""
    return store.clock.now().astimezone().date()


def auto_due(store: Store) -> bool:
    """Whether the daily run should start now: switched on, an account exists, and no run of
    today ended without stopping early."""
    if not load_settings(store).review_auto_daily or not load_accounts(store):
        return False
    today = seller_today(store).isoformat()
    done = store.conn.execute(
        "SELECT 1 FROM review_auto_runs WHERE day = ? AND ended_at IS NOT NULL AND stopped IS NULL",
        (today,),
    ).fetchone()
    return done is None


def auto_run_steps(
    store: Store,
    transport_factory: TransportFactory | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> Generator[tuple[int, int], None, AutoRun]:
    """The daily run for the worker: logs its start, asks every order ``to_ask`` gives (settling
    an earlier run's unanswered requests first) over its own connection, logs the counts.
    Yields (done, total)."""
    ids = to_ask(store)
    run_id = _begin(store, len(ids))
    report = Report()
    completed = False
    try:
        with ReviewLink(store, transport_factory, sleep) as link:
            yield from request_reviews_steps(store, ids, link, report)
        completed = True
    finally:
        if not completed:  # cancelled, or an unexpected error: due again at the next chance
            report.stopped = report.stopped or INTERRUPTED
        _end(store, run_id, report)
    return _read(store, run_id)


def auto_runs(store: Store, limit: int = LOG_LENGTH) -> list[AutoRun]:
    """The latest runs, newest first."""
    rows = store.conn.execute(
        f"SELECT {_COLUMNS} FROM review_auto_runs ORDER BY id DESC LIMIT ?", (limit,)
    ).fetchall()
    return [_run(row) for row in rows]


_COLUMNS = "day, started_at, ended_at, eligible, requested, already, not_eligible, failed, stopped"


def _begin(store: Store, eligible: int) -> int:
    with store.transaction() as conn:
        cursor = conn.execute(
            "INSERT INTO review_auto_runs (day, started_at, eligible) VALUES (?, ?, ?)",
            (seller_today(store).isoformat(), store.now_iso(), eligible),
        )
        return int(cursor.lastrowid or 0)


def _end(store: Store, run_id: int, report: Report) -> None:
    with store.transaction() as conn:
        conn.execute(
            "UPDATE review_auto_runs SET ended_at = ?, requested = ?, already = ?, "
            "not_eligible = ?, failed = ?, stopped = ? WHERE id = ?",
            (
                store.now_iso(),
                len(report.requested) + len(report.settled),
                len(report.already),
                len(report.not_eligible),
                len(report.failed) + len(report.unsettled),
                report.stopped,
                run_id,
            ),
        )


def _read(store: Store, run_id: int) -> AutoRun:
    row = store.conn.execute(
        f"SELECT {_COLUMNS} FROM review_auto_runs WHERE id = ?", (run_id,)
    ).fetchone()
    return _run(row)


def _run(row: tuple) -> AutoRun:
    return AutoRun(date.fromisoformat(row[0]), *row[1:])
