"""Background work: core generators that yield progress, run on one worker thread, → Qt signals.

A *job* is a callable that returns a generator. The generator does the work in small steps and
yields progress between them (the importer's ``Progress(done, total)``, or ``(done, total)`` /
``(done, total, text)``); its return value (``StopIteration.value``) is the result. Closing the
generator early must undo what it did; the core's write jobs do that by rolling back their
transaction.

``JobRunner`` owns one worker ``QThread`` per main window and runs **one job at a time**. There are
two ways in: ``start()`` is refused while a job runs (it returns False; the caller says so to the
seller, or — the hourly wipe — tries again later); ``run_operation()`` queues the job behind the
running one and calls back with *its* end only (the day's backup, a passphrase change, a restore
preview: nothing a seller should have to retry). The job's signals arrive on the GUI thread:

- ``progress(done, total, text)`` — a few per second at most; ``total`` 0 means "not known yet";
- ``finished(result)`` — the generator returned;
- ``failed(exception)`` — it raised. A ``SellerError`` carries a message for the seller; anything
  else is a bug: pass it to ``report_unexpected`` (the crash dialog);
- ``cancelled()`` — ``cancel()`` was asked and the generator has been closed (rolled back).

Exactly one of the last three ends every started job, and ``busy`` stays True until it is emitted.

Who touches the store
---------------------
The store has one writing connection and one owner of it at a time (``Store`` and
``OwnedConnection`` check the thread on every use). ``JobRunner(store=…)`` hands the writer to
its worker for each job: ``start`` releases it on the GUI thread, the worker adopts it before the
first step and releases it after the last, and the GUI thread adopts it again when the job's end
arrives. In between, the GUI thread reads through its own read-only connection
(``Store.attach_reader``): the last committed state, never the job's open transaction, so a table
read can no longer be aborted by a background write. A write on the GUI thread while a job runs is
refused (``JobRunning``) before anything is done; screens normally wait for ``busy`` to clear.
Every background task of a window — import, retention pass, daily backup, passphrase change,
printing — is a job on this runner; the hourly wipe retries until the runner is free.

Closing the window calls ``shutdown()``, which cancels the job and waits for the worker (at most
one step), after which the GUI thread owns the writer again and can close the store.

No ``processEvents()`` loops and no locks: the cancel request is a flag that the worker reads
between steps, and everything else travels as queued Qt signals.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Generator
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from seller_desktop.core.base.changes import NOTHING, StoreChanges
from seller_desktop.core.base.errors import SellerError
from seller_desktop.core.store import Store
from seller_desktop.core.store.environment import translate_environment

log = logging.getLogger(__name__)

#: The running job's progress reporter, on the worker thread only (see ``report_progress``).
_current = threading.local()

JobFactory = Callable[[], Generator[Any, None, Any]]

#: Progress signals are sent at most this often (the last one always), so a job that yields very
#: often cannot flood the GUI thread's event queue.
PROGRESS_INTERVAL_S = 0.05


def progress_parts(item: object) -> tuple[int, int, str]:
    """What a job yielded → (done, total, text). Accepts ``Progress``-like objects and tuples."""
    if isinstance(item, tuple):
        done, total, *rest = item
        return int(done), int(total), str(rest[0]) if rest else ""
    done = getattr(item, "done", 0)
    total = getattr(item, "total", 0)
    text = getattr(item, "text", "")
    return int(done), int(total), str(text or "")


def report_progress(done: int, total: int, text: str = "") -> None:
    """Progress from inside one long step of the running job (a core function that reports
    through a callback, like ``open_store``'s wipe). Called on the worker thread; a no-op elsewhere."""
    reporter = getattr(_current, "report", None)
    if reporter is not None:
        reporter(done, total, text)


def report_unexpected(exc: BaseException) -> None:
    """A bug inside a job: hand it to the application's exception hook (the crash dialog).

    The hook redacts the report; the exception's own message is never shown as it is.
    """
    sys.excepthook(type(exc), exc, exc.__traceback__)


class _Ticket:
    """One started job: its generator factory, the cancel flag, and how it ended.

    The flag is a plain attribute: the GUI thread only ever sets it to True and the worker only
    reads it (assigning a Python attribute is atomic). ``outcome`` is written by the worker before
    it signals the end, and read by the GUI thread after that signal or after joining the thread.
    """

    __slots__ = ("factory", "store", "on_end", "changes", "cancel_requested", "outcome")

    def __init__(
        self,
        factory: JobFactory,
        store: Store | None,
        on_end: Callable[[str, object], None] | None = None,
        changes: StoreChanges = NOTHING,
    ) -> None:
        self.factory = factory
        self.store = store
        #: What the job may change; announced (``JobRunner.changed``) when it ends.
        self.changes = changes
        #: Called on the GUI thread with the outcome, after the runner's own signals.
        self.on_end = on_end
        self.cancel_requested = False
        self.outcome: tuple[str, object] | None = None


class _Worker(QObject):
    """Lives on the worker thread; runs one ticket to its end per ``run`` call."""

    progress = Signal(object, int, int, str)
    ended = Signal(object)

    @Slot(object)
    def run(self, ticket: _Ticket) -> None:
        store = ticket.store
        if store is not None:
            store.adopt_writer()  # released by start() on the GUI thread
        _current.report = lambda done, total, text: self.progress.emit(ticket, done, total, text)
        try:
            ticket.outcome = self._steps(ticket)
        finally:
            _current.report = None
            if store is not None:
                store.release_writer()  # the GUI thread adopts it when the end arrives
        self.ended.emit(ticket)

    def _steps(self, ticket: _Ticket) -> tuple[str, object]:
        if ticket.cancel_requested:  # cancelled before it began: nothing to undo
            return ("cancelled", None)
        try:
            steps = ticket.factory()
        except BaseException as exc:  # noqa: BLE001 - reported to the GUI thread
            return ("failed", exc)
        last = 0.0
        while True:
            if ticket.cancel_requested:
                try:
                    steps.close()  # GeneratorExit inside the job: the core rolls back
                except BaseException as exc:  # noqa: BLE001
                    return ("failed", exc)
                return ("cancelled", None)
            try:
                item = next(steps)
            except StopIteration as stop:
                return ("finished", stop.value)
            except BaseException as exc:  # noqa: BLE001
                return ("failed", exc)
            now = time.monotonic()
            done, total, text = progress_parts(item)
            if now - last >= PROGRESS_INTERVAL_S or (total and done >= total):
                last = now
                self.progress.emit(ticket, done, total, text)


class JobRunner(QObject):
    """One worker thread for a window; one job at a time (a second request is refused)."""

    progress = Signal(int, int, str)
    #: A job that declared changes ended (finished, failed or cancelled — a failed wipe may have
    #: committed batches): the ``StoreChanges``, for the window to announce to every screen.
    changed = Signal(object)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    #: Internal: hands a ticket to the worker thread (a queued connection).
    _run = Signal(object)

    def __init__(self, parent: QObject | None = None, *, store: Store | None = None) -> None:
        super().__init__(parent)
        #: The store whose writer each job takes over (None: jobs that never touch a store).
        self.store = store
        self._thread = QThread()
        self._thread.setObjectName("seller-desktop-jobs")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._run.connect(self._worker.run)
        self._worker.progress.connect(self._on_progress)
        self._worker.ended.connect(self._on_ended)
        self._ticket: _Ticket | None = None
        #: Jobs queued by ``submit``, run in order once the runner is free.
        self._pending: deque[tuple[JobFactory, Callable[[str, object], None], StoreChanges]] = (
            deque()
        )
        app = QCoreApplication.instance()
        if app is not None:  # a window that was never closed must not leave its thread running
            app.aboutToQuit.connect(self.shutdown)

    # -- asking ----------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """True from ``start`` until the job's finished / failed / cancelled signal, and while
        queued jobs wait."""
        return self._ticket is not None or bool(self._pending)

    def worker_thread(self) -> QThread:
        return self._thread

    def start(self, factory: JobFactory, changes: StoreChanges = NOTHING) -> bool:
        """Run ``factory()``'s generator on the worker thread; False (nothing done) if busy.
        ``changes``: what it may change, announced when it ends."""
        if self.busy:
            return False
        self._begin(factory, None, changes)
        return True

    def submit(
        self,
        factory: JobFactory,
        on_end: Callable[[str, object], None],
        changes: StoreChanges = NOTHING,
    ) -> None:
        """Run ``factory`` now or after the jobs before it; ``on_end(kind, payload)`` hears its
        end (kind "finished", "failed" or "cancelled" — also when shut down before it began)."""
        self._pending.append((factory, on_end, changes))
        self._start_next()

    def _start_next(self) -> None:
        if self._ticket is None and self._pending:
            factory, on_end, changes = self._pending.popleft()
            self._begin(factory, on_end, changes)

    def _begin(
        self,
        factory: JobFactory,
        on_end: Callable[[str, object], None] | None,
        changes: StoreChanges,
    ) -> None:
        if not self._thread.isRunning():
            self._thread.start()
        if self.store is not None:
            self.store.release_writer()  # from here until the end arrives, the worker's
        self._ticket = _Ticket(factory, self.store, on_end, changes)
        self._run.emit(self._ticket)

    def cancel(self) -> None:
        """Ask the job to stop at its next step; ``cancelled`` follows once it is rolled back."""
        if self._ticket is not None:
            self._ticket.cancel_requested = True

    def shutdown(self) -> None:
        """Cancel any job and stop the worker thread, waiting for it (at most one job step).

        Called before the store is closed (the window closing or locking). The job's last signal
        is emitted before this returns. ``start`` may be called again; it starts the thread anew.
        """
        pending, self._pending = list(self._pending), deque()
        for _factory, on_end, _changes in pending:  # never began: nothing to undo
            on_end("cancelled", None)
        ticket = self._ticket
        if ticket is not None:
            log.info("Cancelling a background job: the window is closing")
            ticket.cancel_requested = True
        if self._thread.isRunning():
            self._thread.quit()  # takes effect after the current job: the worker loop ends then
            self._thread.wait()
        if ticket is not None and ticket is self._ticket:
            if ticket.outcome is None:  # never began (still queued): nothing to undo
                ticket.outcome = ("cancelled", None)
            self._on_ended(ticket)

    # -- answers from the worker (GUI thread) ----------------------------------------------

    def _on_progress(self, ticket: _Ticket, done: int, total: int, text: str) -> None:
        if ticket is self._ticket and not ticket.cancel_requested:
            self.progress.emit(done, total, text)

    def _on_ended(self, ticket: _Ticket) -> None:
        if ticket is not self._ticket or ticket.outcome is None:
            return  # a job already reported (e.g. by shutdown)
        self._ticket = None
        if ticket.store is not None:
            ticket.store.adopt_writer()  # the worker released it before sending the end
        kind, payload = ticket.outcome
        if kind == "finished":
            self.finished.emit(payload)
        elif kind == "cancelled":
            self.cancelled.emit()
        else:
            assert isinstance(payload, BaseException)
            if not isinstance(payload, SellerError) and ticket.store is not None:
                # A full disk or a folder that may not be written is the machine's refusal, told
                # to the seller with what to do — not a bug for the crash dialog.
                told = translate_environment(payload, ticket.store.path.parent)
                if told is not None:
                    payload = told
                    ticket.outcome = (kind, payload)
            if not isinstance(payload, SellerError):
                log.error("A background job failed unexpectedly: %s", type(payload).__name__)
            self.failed.emit(payload)
        if ticket.on_end is not None:
            ticket.on_end(kind, payload)
        if ticket.changes:
            self.changed.emit(ticket.changes)
        self._start_next()


def run_operation(
    runner: JobRunner,
    factory: JobFactory,
    on_done: Callable[[object], None],
    on_failed: Callable[[BaseException], None],
    changes: StoreChanges = NOTHING,
) -> bool:
    """Run ``factory`` on ``runner`` — now, or queued behind the running job — and hear only
    *this* job's end: ``on_done(result)`` or ``on_failed(exception)`` (a cancel, e.g. the window
    closing first, reads as failed with ``JobCancelled``). Always True: the job is taken.

    Screens that start a job of their own use this instead of connecting to the runner's signals
    for good, which would also deliver other jobs' ends to them.
    """

    def ended(kind: str, payload: object) -> None:
        if kind == "finished":
            on_done(payload)
        else:
            on_failed(payload if isinstance(payload, BaseException) else JobCancelled())

    runner.submit(factory, ended, changes)
    return True


class JobCancelled(Exception):
    """The job was cancelled (the window closing or locking) before it finished."""
