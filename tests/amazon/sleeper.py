"""A stand-in for ``time.sleep`` in the Amazon tests: it records each wait and moves the fixed
clock instead of waiting. A module of its own, so tests import it by a name no other folder's
``conftest`` shares."""

from __future__ import annotations

from datetime import timedelta

from seller_desktop.core.base.clock import FixedClock


class Sleeper:
    """Stands in for time.sleep: records each wait and moves the clock instead of waiting."""

    def __init__(self, clock: FixedClock) -> None:
        self.clock = clock
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.clock.advance(timedelta(seconds=seconds))
