"""The event log: what happened and when, for the seller and for audits. Never contact details.

Callers write order ids and counts into ``detail``, never names, addresses or messages.
"""

from __future__ import annotations

from dataclasses import dataclass

from seller_desktop.core.store.store import Store


@dataclass(frozen=True)
class Event:
    at: str
    kind: str
    detail: str


def log_event(store: Store, kind: str, detail: str = "") -> None:
    store.conn.execute(
        "INSERT INTO event_log (at, kind, detail) VALUES (?, ?, ?)", (store.now_iso(), kind, detail)
    )


def recent_events(store: Store, limit: int = 100, kind: str | None = None) -> list[Event]:
    sql = "SELECT at, kind, detail FROM event_log"
    params: tuple = ()
    if kind:
        sql += " WHERE kind = ?"
        params = (kind,)
    sql += " ORDER BY id DESC LIMIT ?"
    return [Event(*row) for row in store.conn.execute(sql, params + (limit,))]
