"""Where each region's sync stands (``amazon_sync``, schema 11): the watermark up to which Amazon
said every change was covered, where a stopped sync resumes, and what the last run brought.

Written page by page inside the same transaction as the page's orders, so the state on disk always
matches the orders on disk: a sync killed between pages resumes after the last whole page.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from seller_desktop.core.store.connection import Connection
    from seller_desktop.core.store.store import Store


@dataclass(frozen=True)
class SyncState:
    region: str
    #: ISO instant up to which the last complete sync covered every change; None: never synced.
    watermark: str | None = None
    #: The lastUpdatedAfter of a sync that stopped part way, and the page it stopped before.
    resume_from: str | None = None
    resume_token: str | None = None
    last_run_at: str | None = None
    last_summary: str | None = None
    last_error: str | None = None
    #: Whether the last sync got contact details back (Amazon's restricted role); None: unknown.
    contact_role: bool | None = None


_COLUMNS = (
    "region, watermark, resume_from, resume_token, last_run_at, last_summary, last_error, "
    "contact_role"
)


def load_sync_states(store: Store) -> dict[str, SyncState]:
    rows = store.conn.execute(f"SELECT {_COLUMNS} FROM amazon_sync").fetchall()
    return {
        r[0]: SyncState(
            r[0], r[1], r[2], r[3], r[4], r[5], r[6], None if r[7] is None else bool(r[7])
        )
        for r in rows
    }


def write_sync_state(conn: Connection, state: SyncState) -> None:
    """Inside the caller's transaction (with the page it belongs to)."""
    conn.execute(
        f"INSERT INTO amazon_sync ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (region) DO UPDATE SET watermark = excluded.watermark, "
        "resume_from = excluded.resume_from, resume_token = excluded.resume_token, "
        "last_run_at = excluded.last_run_at, last_summary = excluded.last_summary, "
        "last_error = excluded.last_error, contact_role = excluded.contact_role",
        (
            state.region,
            state.watermark,
            state.resume_from,
            state.resume_token,
            state.last_run_at,
            state.last_summary,
            state.last_error,
            None if state.contact_role is None else int(state.contact_role),
        ),
    )
