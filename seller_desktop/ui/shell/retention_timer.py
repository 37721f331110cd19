"""The retention wipe while the GUI runs: every hour, and when the computer wakes from sleep.

``RetentionScheduler`` belongs to the main window. An hourly ``QTimer`` starts a pass; a second
timer checks every minute whether the wall clock moved further than the monotonic clock (the
computer slept: deadlines may have passed meanwhile) and starts a pass at once. Both clocks come
from the store's injected clock, so tests move them.

A pass runs on the window's ``JobRunner`` (see ``jobs.py``): ``wipe_steps`` in committed batches,
then archive entries past their end date, then every backup brought in line with the wipe ledger
(attached under the store's key: no passphrase needed).
If another job (an import, the day's backup, a passphrase change) is running, the pass waits
for it: it starts as soon as the runner is free (and a timer tries again meanwhile, in case). While a pass with due
orders runs, ``started`` tells the window to keep the seller's hands off the store.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from seller_desktop.core.base.changes import PRIVACY
from seller_desktop.core.base.clock import to_iso_utc
from seller_desktop.core.privacy.retention import WipeReport, due_for_wipe
from seller_desktop.core.privacy.retention_pass import PassResult, retention_pass_steps
from seller_desktop.core.store import Store
from seller_desktop.paths import AppPaths
from seller_desktop.ui.common.jobs import JobRunner

log = logging.getLogger(__name__)

HOUR_MS = 60 * 60 * 1000
MINUTE_MS = 60 * 1000
#: A busy job runner is asked again after this long.
RETRY_MS = 30 * 1000
#: The wall clock running ahead of the monotonic clock by more than this means a sleep.
WAKE_JUMP = timedelta(minutes=2)


class RetentionScheduler(QObject):
    #: A pass began; the number of orders due (0: only backups and the archive are looked at).
    started = Signal(int)
    #: (done, due) after each committed batch.
    progress = Signal(int, int)
    #: The pass ended: its ``PassResult`` (a failure is inside the report, not raised).
    finished = Signal(object)

    def __init__(
        self,
        store: Store,
        jobs: JobRunner,
        paths: AppPaths,
        *,
        interval_ms: int = HOUR_MS,
        wake_check_ms: int = MINUTE_MS,
        retry_ms: int = RETRY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._jobs = jobs
        self._paths = paths
        self._clock = store.clock
        self.running = False
        #: A pass was asked for while another job ran; it starts when the runner is free.
        self.waiting = False
        self.passes = 0
        for signal in (jobs.finished, jobs.failed, jobs.cancelled):
            signal.connect(self._runner_free)
        self._hourly = QTimer(self)
        self._hourly.setInterval(interval_ms)
        self._hourly.timeout.connect(self.run_now)
        self._wake = QTimer(self)
        self._wake.setInterval(wake_check_ms)
        self._wake.timeout.connect(self._check_wake)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(retry_ms)
        self._retry.timeout.connect(self.run_now)
        self._mark()

    def start(self) -> None:
        self._mark()
        self._hourly.start()
        self._wake.start()

    def stop(self) -> None:
        self.waiting = False
        for timer in (self._hourly, self._wake, self._retry):
            timer.stop()

    def _mark(self) -> None:
        self._last_wall = self._clock.now()
        self._last_mono = self._clock.monotonic()

    def _check_wake(self) -> None:
        wall, mono = self._clock.now(), self._clock.monotonic()
        ahead = (wall - self._last_wall) - timedelta(seconds=mono - self._last_mono)
        self._last_wall, self._last_mono = wall, mono
        if ahead > WAKE_JUMP:
            log.info("The computer woke up: running the retention wipe")
            self.run_now()

    def _runner_free(self, *_ended: object) -> None:
        if self.waiting and not self.running:
            QTimer.singleShot(0, self.run_now)  # after the job's other listeners have run

    def run_now(self) -> bool:
        """Start a pass now; False if another job is running — the pass then waits for it."""
        if self.running:
            return True
        if self._jobs.busy:
            self.waiting = True
            self._retry.start()
            return False
        self.waiting = False
        due = len(due_for_wipe(self._store.conn, to_iso_utc(self._clock.now())))
        runner = self._jobs
        runner.progress.connect(self._on_progress)
        runner.finished.connect(self._on_finished)
        runner.failed.connect(self._on_failed)
        runner.cancelled.connect(self._on_cancelled)
        if not runner.start(
            lambda: retention_pass_steps(self._store, self._paths, self._clock), PRIVACY
        ):
            self._disconnect()
            self.waiting = True
            self._retry.start()
            return False
        self.running = True
        self.started.emit(due)
        return True

    def _disconnect(self) -> None:
        runner = self._jobs
        for signal, slot in (
            (runner.progress, self._on_progress),
            (runner.finished, self._on_finished),
            (runner.failed, self._on_failed),
            (runner.cancelled, self._on_cancelled),
        ):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass

    def _on_progress(self, done: int, total: int, _text: str) -> None:
        self.progress.emit(done, total)

    def _end(self, result: PassResult) -> None:
        self._disconnect()
        self.running = False
        self.passes += 1
        self._mark()
        if result.report.count:
            log.info("Retention wipe while running: %d orders", result.report.count)
        self.finished.emit(result)

    def _on_finished(self, result: object) -> None:
        self._end(result if isinstance(result, PassResult) else PassResult(WipeReport()))

    def _on_failed(self, exc: object) -> None:
        # bringing the backups in line or the log write failed (a disk problem): say so, retry later
        self._end(PassResult(WipeReport(failed=f"{type(exc).__name__}: retried at the next pass")))

    def _on_cancelled(self) -> None:
        self._end(PassResult(WipeReport(failed="interrupted; retried at the next pass")))
