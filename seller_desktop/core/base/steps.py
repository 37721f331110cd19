"""Steps generators: long work as a generator that yields progress and returns its result.

The window runs one on its worker and shows the progress (``ui/common/jobs.py``); the CLI and tests
want only the result: ``drain`` runs it to its end.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import TypeVar

T = TypeVar("T")


def drain(steps: Generator[object, None, T]) -> T:
    """Run a steps generator to its end and return its value (no progress wanted)."""
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return stop.value
