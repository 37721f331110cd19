"""The Orders screen's search, on a thread of its own: a keystroke never waits for the store.

A broad term copies every matching id (0.5–3 s at 500,000 orders); on the GUI thread that froze
the window once per keystroke. ``OrderSearch.ask`` returns at once: the matching ids
(``core.orders.matches.matching_ids``) are found on the search thread, through a read-only
connection that thread attaches for itself (``Store.attach_reader``: readers are per thread, so
the one-owner rule holds — nothing else ever uses it), and ``answered`` brings them back.

A newer ask supersedes the running one: it interrupts the search connection's statement
(``OwnedConnection.interrupt``, the one call another thread may make) and bumps the generation,
so an answer that still arrives for an older ask is dropped. Only the latest ask is ever answered.

This is not a ``JobRunner`` job: a job holds the writer and runs one at a time, so a search would
wait behind an import; this thread only reads, beside whatever job runs.
"""

from __future__ import annotations

import atexit
import logging
import sys

import shiboken6
import sqlcipher3
from PySide6.QtCore import QCoreApplication, QMetaObject, QObject, Qt, QThread, Signal, Slot

from seller_desktop.core.orders.matches import Matches, matching_ids
from seller_desktop.core.orders.queries import OrderFilter, Sort, use_search_cache
from seller_desktop.core.store import Store
from seller_desktop.core.store.connection import Connection

log = logging.getLogger(__name__)
#: Search threads running now: each is ended at interpreter exit if nothing ended it before (a
#: window never closed, a test's page left to the garbage collector); a QThread destroyed while
#: running aborts the whole process.
_RUNNING: dict[int, tuple[QThread, _Searcher]] = {}


class _Latest:
    """What both threads share: the newest generation asked for (written by the GUI thread, read
    by the search thread; assigning an int attribute is atomic) and the search connection (set
    once by the search thread, read by the GUI thread to interrupt it)."""

    __slots__ = ("generation", "connection")

    def __init__(self) -> None:
        self.generation = 0
        self.connection: Connection | None = None


class _Searcher(QObject):
    """Lives on the search thread; answers one ask per ``run`` unless superseded first."""

    answered = Signal(int, object)
    failed = Signal(int, object)

    def __init__(self, store: Store, latest: _Latest) -> None:
        super().__init__()
        self._store = store
        self._latest = latest

    @property
    def latest(self) -> _Latest:
        return self._latest

    @Slot(int, object, object, int)
    def run(self, generation: int, order_filter: OrderFilter, sort: Sort, first: int) -> None:
        if generation != self._latest.generation:
            return  # superseded while queued
        try:
            if self._latest.connection is None:
                self._store.attach_reader()
                use_search_cache(self._store)
                self._latest.connection = self._store.conn
            matches = matching_ids(self._store, order_filter, sort, read_first=first)
        except sqlcipher3.OperationalError as err:
            if generation != self._latest.generation:
                return  # interrupted by a newer ask: its answer is the one wanted
            self.failed.emit(generation, err)
            return
        except Exception as err:  # noqa: BLE001 - reported on the GUI thread
            self.failed.emit(generation, err)
            return
        if generation == self._latest.generation:
            self.answered.emit(generation, matches)

    @Slot()
    def stop(self) -> None:
        """Close the search connection, on its own thread (before the thread ends)."""
        self._latest.connection = None
        try:
            self._store.detach_reader()
        except sqlcipher3.Error:
            log.warning("Closing the search connection failed", exc_info=True)


class OrderSearch(QObject):
    """Asks for a search's matches off the GUI thread; ``answered(Matches)`` for the latest ask
    only, ``failed(exception)`` if it raised (not when superseded)."""

    answered = Signal(object)
    failed = Signal(object)
    _run = Signal(int, object, object, int)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._latest = _Latest()
        self._generation = 0
        self._thread = QThread()
        self._thread.setObjectName("seller-desktop-search")
        self._searcher = _Searcher(store, self._latest)
        self._searcher.moveToThread(self._thread)
        self._run.connect(self._searcher.run)
        self._searcher.answered.connect(self._on_answered)
        self._searcher.failed.connect(self._on_failed)
        #: True from an ask until its answer (or failure, or ``drop``).
        self.pending = False
        thread, searcher = self._thread, self._searcher
        # The thread must end before its QThread goes, whoever deletes this object first.
        self.destroyed.connect(lambda: _end(thread, searcher))
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    def ask(self, order_filter: OrderFilter, sort: Sort, first: int) -> None:
        """Find the orders ``order_filter`` lets through, in ``sort`` order, and read the
        ``first`` of them (the rows painted first); returns at once."""
        self.drop()
        self.pending = True
        if not self._thread.isRunning():
            self._thread.start()
            _RUNNING[id(self._thread)] = (self._thread, self._searcher)
        self._run.emit(self._generation, order_filter, sort, first)

    def drop(self) -> None:
        """Forget the running ask (its answer is never delivered) and stop its statement."""
        self._generation += 1
        self._latest.generation = self._generation
        self.pending = False
        connection = self._latest.connection
        if connection is not None:
            connection.interrupt()

    def shutdown(self) -> None:
        """Stop any search, close its connection and end the thread (before the store closes);
        a later ask starts them again."""
        self.drop()
        _end(self._thread, self._searcher)

    def _on_answered(self, generation: int, matches: Matches) -> None:
        if generation == self._generation:
            self.pending = False
            self.answered.emit(matches)

    def _on_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.pending = False
            self.failed.emit(error)


def _end(thread: QThread, searcher: _Searcher) -> None:
    """Interrupt, close the connection on its thread, and wait for the thread to end."""
    _RUNNING.pop(id(thread), None)
    if not shiboken6.isValid(thread) or not thread.isRunning():
        return  # never started, ended already, or gone with the interpreter at exit
    latest = searcher.latest
    latest.generation = -1  # nothing queued runs any more
    connection = latest.connection
    if connection is not None:
        connection.interrupt()
    # Returns once the search thread has closed its connection (after the interrupted search).
    QMetaObject.invokeMethod(searcher, "stop", Qt.ConnectionType.BlockingQueuedConnection)
    thread.quit()
    thread.wait()


@atexit.register
def _end_all() -> None:
    for thread, searcher in list(_RUNNING.values()):
        _end(thread, searcher)


def report_failure(error: BaseException) -> None:
    """A search that raised is a bug (or a damaged store): the crash dialog says so."""
    sys.excepthook(type(error), error, error.__traceback__)
