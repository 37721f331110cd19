"""Background work: core generators that yield progress, run on one worker thread, → Qt signals.

A *job* is a callable that returns a generator. The generator does the work in small steps and
yields progress between them (the importer's ``Progress(done, total)``, or ``(done, total)`` /
``(done, total, text)``); its return value (``StopIteration.value``) is the result. Closing the
generator early must undo what it did; the core's write jobs do that by rolling back their
transaction.

``JobRunner`` owns one worker ``QThread`` per main window and runs **one job at a time**: a second
``start()`` while a job runs is refused (it returns False; the caller says so to the seller). The
job's signals arrive on the GUI thread:

- ``progress(done, total, text)`` — a few per second at most; ``total`` 0 means "not known yet";
- ``finished(result)`` — the generator returned;
- ``failed(exception)`` — it raised. A ``SellerError`` carries a message for the seller; anything
  else is a bug: pass it to ``report_unexpected`` (the crash dialog);
- ``cancelled()`` — ``cancel()`` was asked and the generator has been closed (rolled back).

Exactly one of the last three ends every started job, and ``busy`` stays True until it is emitted.

The rule for the shared store connection
----------------------------------------
The store's connection is shared between the GUI thread and the worker. While a job runs, the
**GUI thread must not touch the store** — no queries, no model refresh, no status counts: they
would read the job's uncommitted rows or write into its transaction. So a screen that starts a
write job blocks its own input (the import dialog is window-modal) and refreshes what it shows
only after ``finished`` / ``failed`` / ``cancelled``. ``busy`` tells any screen whether a job is
running. Closing the window calls ``shutdown()``, which cancels the job and waits for the worker
(at most one step) so the store can be closed safely afterwards.

No ``processEvents()`` loops and no locks: the cancel request is a flag that the worker reads
between steps, and everything else travels as queued Qt signals.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable, Generator
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from ..core.errors import SellerError

log = logging.getLogger(__name__)

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

    __slots__ = ("factory", "cancel_requested", "outcome")

    def __init__(self, factory: JobFactory) -> None:
        self.factory = factory
        self.cancel_requested = False
        self.outcome: tuple[str, object] | None = None


class _Worker(QObject):
    """Lives on the worker thread; runs one ticket to its end per ``run`` call."""

    progress = Signal(object, int, int, str)
    ended = Signal(object)

    @Slot(object)
    def run(self, ticket: _Ticket) -> None:
        ticket.outcome = self._steps(ticket)
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
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    #: Internal: hands a ticket to the worker thread (a queued connection).
    _run = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("seller-desktop-jobs")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._run.connect(self._worker.run)
        self._worker.progress.connect(self._on_progress)
        self._worker.ended.connect(self._on_ended)
        self._ticket: _Ticket | None = None
        app = QCoreApplication.instance()
        if app is not None:  # a window that was never closed must not leave its thread running
            app.aboutToQuit.connect(self.shutdown)

    # -- asking ----------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """True from ``start`` until the job's finished / failed / cancelled signal."""
        return self._ticket is not None

    def worker_thread(self) -> QThread:
        return self._thread

    def start(self, factory: JobFactory) -> bool:
        """Run ``factory()``'s generator on the worker thread; False (nothing done) if busy."""
        if self._ticket is not None:
            return False
        if not self._thread.isRunning():
            self._thread.start()
        self._ticket = _Ticket(factory)
        self._run.emit(self._ticket)
        return True

    def cancel(self) -> None:
        """Ask the job to stop at its next step; ``cancelled`` follows once it is rolled back."""
        if self._ticket is not None:
            self._ticket.cancel_requested = True

    def shutdown(self) -> None:
        """Cancel any job and stop the worker thread, waiting for it (at most one job step).

        Called before the store is closed (the window closing or locking). The job's last signal
        is emitted before this returns. ``start`` may be called again; it starts the thread anew.
        """
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
        kind, payload = ticket.outcome
        if kind == "finished":
            self.finished.emit(payload)
        elif kind == "cancelled":
            self.cancelled.emit()
        else:
            assert isinstance(payload, BaseException)
            if not isinstance(payload, SellerError):
                log.error("A background job failed unexpectedly: %s", type(payload).__name__)
            self.failed.emit(payload)


class FunctionThread(QThread):
    """One call on a thread of its own, for work that does not use the window's connection (a
    backup on its own connection, a rekey behind a modal dialog); ``done`` carries None or the
    exception it raised, on the GUI thread."""

    done = Signal(object)

    def __init__(self, work: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work

    def run(self) -> None:  # the worker thread
        try:
            self._work()
        except BaseException as err:  # noqa: BLE001 - handed to the GUI thread to show or crash
            self.done.emit(err)
            return
        self.done.emit(None)
