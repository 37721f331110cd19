"""One job of a dialog's on the window's shared JobRunner: its signals, for that job only.

The JobRunner is shared by every screen and emits ``progress``, ``finished``, ``failed`` and
``cancelled`` for whatever job runs. The print preview connects its slots just before it starts a
job and lets go when that job ends, so it never hears another screen's job.
"""

from __future__ import annotations

from collections.abc import Callable

from seller_desktop.ui.common.jobs import JobRunner


class OneJob:
    """Connects to the shared JobRunner for one job of ours, and lets go when it ends."""

    def __init__(
        self,
        jobs: JobRunner,
        progress: Callable[[int, int, str], None],
        finished: Callable[[object], None],
        failed: Callable[[BaseException], None],
        cancelled: Callable[[], None],
    ) -> None:
        self._jobs = jobs
        self._pairs = (
            (jobs.progress, progress),
            (jobs.finished, self._end(finished)),
            (jobs.failed, self._end(failed)),
            (jobs.cancelled, self._end(cancelled)),
        )
        self.running = False

    def _end(self, slot):
        def ended(*args):
            self._release()
            slot(*args)

        return ended

    def start(self, factory) -> bool:
        if self._jobs.busy:
            return False
        for signal, slot in self._pairs:
            signal.connect(slot)
        self.running = True
        if not self._jobs.start(factory):
            self._release()
            return False
        return True

    def _release(self) -> None:
        if not self.running:
            return
        self.running = False
        for signal, slot in self._pairs:
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
