"""The daily automatic review requests while the window is open (``core.reviews.automatic``).

A check runs a few minutes after the window opens, every hour after that and after each Amazon
sync; when the seller switched the daily requests on and today's round has not been done, the
round runs as a job on the window's worker (queued behind a running job, never on the GUI
thread). The status bar says what it did; the Reviews page shows the log.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QStatusBar

from seller_desktop.core.base.changes import ORDERS, StoreChanges
from seller_desktop.core.base.errors import SellerError
from seller_desktop.core.store import Store
from seller_desktop.ui.common.formatting import seller_message
from seller_desktop.ui.common.jobs import JobCancelled, JobRunner, report_unexpected, run_operation

MINUTE_MS = 60 * 1000
HOUR_MS = 60 * MINUTE_MS
#: The first check after the window opens: after the start-up wipe and the first sync.
FIRST_CHECK_MS = 3 * MINUTE_MS


class AutoReviews(QObject):
    #: A round ended: its ``AutoRun`` (counts only).
    ran = Signal(object)

    def __init__(
        self,
        store: Store,
        jobs: JobRunner,
        bar: QStatusBar,
        *,
        interval_ms: int = HOUR_MS,
        first_ms: int = FIRST_CHECK_MS,
    ) -> None:
        super().__init__(jobs.parent())
        self._store = store
        self._jobs = jobs
        self._bar = bar
        self.running = False
        self._stopped = False
        #: The HTTP transport (tests give one pointed at a fake Amazon) and the sleep.
        self.transport_factory: Callable[..., object] | None = None
        self.sleep: Callable[[float], None] | None = None
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(interval_ms)
        QTimer.singleShot(first_ms, self.check)

    def store_changed(self, changes: object) -> None:
        """Settings saved (the daily requests switched on, an account added): check now. Other
        changes do not: a round's own end must not start the next one."""
        if isinstance(changes, StoreChanges) and changes.settings:
            QTimer.singleShot(0, self.check)

    def stop(self) -> None:
        """The window closes or locks: no check any more (the store is about to close)."""
        self._stopped = True
        self._timer.stop()

    def check(self, *_why: object) -> bool:
        """Start today's round if it is due; True when it started (or is running)."""
        from seller_desktop.core.reviews.automatic import auto_due

        if self.running:
            return True
        if self._stopped or not auto_due(self._store):
            return False
        self.running = True
        run_operation(self._jobs, self._steps, self._done, self._failed, changes=ORDERS)
        return True

    def _steps(self):
        import time

        from seller_desktop.core.reviews.automatic import auto_run_steps

        return auto_run_steps(
            self._store,
            self.transport_factory,
            self.sleep or time.sleep,
        )

    def _done(self, run: object) -> None:
        self.running = False
        requested = getattr(run, "requested", 0)
        self._bar.showMessage(
            self.tr("Review requests: %n asked automatically today.", "", requested), 15000
        )
        self.ran.emit(run)

    def _failed(self, error: BaseException) -> None:
        self.running = False
        if isinstance(error, SellerError):
            self._bar.showMessage(seller_message(error), 15000)
        elif not isinstance(error, JobCancelled):
            report_unexpected(error)
