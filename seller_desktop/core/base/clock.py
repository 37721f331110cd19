"""Time as the app sees it.

Retention deadlines depend on "now", so every core function that needs the time takes a clock.
Tests pass a ``FixedClock`` and move it; nothing a user can set (no flag, no environment variable)
moves the real one.
"""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta, timezone
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware UTC."""

    def monotonic(self) -> float:
        """Seconds that never jump; compared with ``now`` to notice sleep and wake."""


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(timezone.utc)

    def monotonic(self) -> float:
        return time.monotonic()


class FixedClock:
    """A clock that only moves when told to."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("FixedClock needs an aware datetime")
        self._now = start.astimezone(timezone.utc)
        self._mono = 0.0

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._mono

    def advance(self, delta: timedelta) -> None:
        self._now += delta
        self._mono += delta.total_seconds()

    def jump_wall_clock(self, delta: timedelta) -> None:
        """Move the wall clock only, as when the computer wakes from sleep."""
        self._now += delta


def to_iso_utc(instant: datetime) -> str:
    """The one text form for instants in the store and in JSON: ``2026-11-28T20:25:35Z``."""
    return instant.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def from_iso_utc(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(timezone.utc)


def to_iso_date(day: date) -> str:
    return day.isoformat()
