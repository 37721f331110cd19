"""One owner of the store: the writer belongs to one thread at a time, the window reads through a
connection of its own, and a path that breaks the rule fails at once (acceptance 2 of the
one-owner issue). Every other GUI test runs with the same checks on: they are not a test mode."""

from __future__ import annotations

import threading

import pytest
import sqlcipher3

from seller_desktop.core.base.errors import JobRunning
from seller_desktop.core.orders.model import Order, OrderItem
from seller_desktop.core.orders.repository import count_orders, get_order, save_order
from seller_desktop.core.privacy.retention import WipeReport
from seller_desktop.core.settings import load_settings
from seller_desktop.core.store.connection import WrongThread
from seller_desktop.ui.common.jobs import JobCancelled, JobRunner, run_operation
from seller_desktop.ui.orders.table_model import Column
from seller_desktop.ui.shell.main_window import MainWindow


def _order(order_id: str) -> Order:
    return Order(
        order_id=order_id,
        marketplace="DE",
        purchased_at="2026-11-27T10:00:00Z",
        items=[OrderItem(order_item_id=f"{order_id}-1", sku="S", quantity=1)],
    )


@pytest.fixture
def window(qtbot, store, paths, tmp_path):
    save_order(store, _order("M-1"))
    made = MainWindow(
        store, load_settings(store), WipeReport(), config_dir=tmp_path / "cfg", paths=paths
    )
    qtbot.addWidget(made)
    yield made
    made.close()


def _on_other_thread(fn) -> BaseException | None:
    caught: list[BaseException] = []

    def run() -> None:
        try:
            fn()
        except BaseException as exc:
            caught.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(10)
    return caught[0] if caught else None


def test_a_connection_refuses_every_thread_but_its_owner(store):
    assert isinstance(_on_other_thread(lambda: store.conn.execute("SELECT 1")), WrongThread)
    assert isinstance(_on_other_thread(lambda: store.transaction().__enter__()), WrongThread)
    store.release_writer()
    with pytest.raises(WrongThread):  # released: nobody may use it until it is adopted
        store.conn.execute("SELECT 1")
    assert _on_other_thread(lambda: (store.adopt_writer(), store.release_writer())) is None
    store.adopt_writer()
    assert store.conn.execute("SELECT count(*) FROM orders").fetchone()[0] == 0


def test_the_windows_reader_cannot_write(window, store):
    reader = store.conn  # on the GUI thread, outside a transaction: the window's reader
    with pytest.raises(sqlcipher3.OperationalError, match="readonly"):
        reader.execute("DELETE FROM orders")
    assert count_orders(store) == 1


def test_the_gui_reads_the_committed_state_while_a_job_writes(qtbot, window, store):
    """A job holds a write transaction open; the window reads meanwhile (the table, the count)
    and sees the last committed state — no exception, no retry, not the job's uncommitted row.
    Touching the writer from the GUI thread fails at once; a write is refused for the seller."""
    inside, release = threading.Event(), threading.Event()

    def job():
        with store.transaction():
            save_order(store, _order("M-2"))
            inside.set()
            yield 1, 2
            assert release.wait(10)
        return "written"

    results: list[object] = []
    run_operation(window.jobs, job, results.append, results.append)
    assert inside.wait(10)

    model = window.orders_page.model
    model.refresh()
    assert model.rowCount() == 1 and model.data(model.index(0, Column.ORDER_ID)) == "M-1"
    assert count_orders(store) == 1 and get_order(store, "M-2") is None
    with pytest.raises(WrongThread):
        store.release_writer()  # the worker holds it: the GUI thread cannot even hand it on
    with pytest.raises(JobRunning):
        save_order(store, _order("M-3"))

    release.set()
    qtbot.waitUntil(lambda: results == ["written"], timeout=10000)
    model.refresh()
    assert model.rowCount() == 2 and get_order(store, "M-2") is not None
    save_order(store, _order("M-3"))  # the writer is the GUI thread's again between jobs
    assert count_orders(store) == 3


def test_a_job_cannot_use_the_windows_reader(qtbot, window, store):
    reader = store.conn

    def job():
        yield 0, 1
        reader.execute("SELECT count(*) FROM orders")

    failures: list[BaseException] = []
    run_operation(window.jobs, job, lambda _r: None, failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=10000)
    assert isinstance(failures[0], WrongThread)


def test_operations_queue_in_order_and_a_shutdown_cancels_the_waiting_ones(qtbot, store):
    runner = JobRunner(store=store)
    gate = threading.Event()
    order: list[str] = []

    def job(name: str, wait: bool = False):
        def steps():
            yield 0, 1
            if wait:
                assert gate.wait(10)
            order.append(name)
            return name

        return steps

    ends: list[object] = []
    run_operation(runner, job("first", wait=True), ends.append, ends.append)
    run_operation(runner, job("second"), ends.append, ends.append)
    assert runner.busy and runner.start(job("refused")) is False  # start() never jumps the queue
    gate.set()
    qtbot.waitUntil(lambda: len(ends) == 2, timeout=10000)
    assert ends == ["first", "second"] and order == ["first", "second"]
    assert store.writer_owned_here()  # back with the GUI thread between jobs

    gate.clear()
    run_operation(runner, job("running", wait=True), ends.append, ends.append)
    run_operation(runner, job("waiting"), ends.append, ends.append)
    threading.Timer(0.2, gate.set).start()
    runner.shutdown()
    assert len(ends) == 4  # both heard their end before shutdown returned
    assert isinstance(ends[2], JobCancelled) and "waiting" not in order  # it never began
    assert ends[3] == "running" or isinstance(ends[3], JobCancelled)  # cut only between steps
    assert store.writer_owned_here()
    store.conn.execute("SELECT 1")


def test_a_write_on_the_gui_thread_still_reaches_every_backup(
    qtbot, window, store, paths, passphrase, clock
):
    """The window reads through a read-only connection; the backups must still be attached on
    the writer (an ATTACH on the reader is read-only too) when a GUI-thread commit moves the
    ledger: an erasure made there is in no backup when it returns."""
    from sqlcipher_raw import decrypt_database

    from seller_desktop.core.orders.model import ContactDetails
    from seller_desktop.core.privacy.backups import back_up
    from seller_desktop.core.privacy.erasure import erase_orders

    save_order(store, _order("M-9"), ContactDetails(recipient_name="Gertrude Quillfeather"))
    backup = back_up(store, paths.backups / "manual.db", paths.backups)
    assert b"Gertrude Quillfeather" in decrypt_database(backup, passphrase)
    assert store.conn is not store.writer  # the GUI thread reads through its reader
    erase_orders(store, ["M-9"], clock)
    assert b"Gertrude Quillfeather" not in decrypt_database(backup, passphrase)


def test_every_change_reaches_the_screens_through_one_announcement(qtbot, window, store):
    """A job that declares what it changes and a write a screen makes on the GUI thread both end
    in ``MainWindow.changes``, once each, after the window has shown them (the table re-read)."""
    from seller_desktop.core.base.changes import IMPORTED, ORDERS, StoreChanges

    assert (ORDERS | StoreChanges(backups=True)) == StoreChanges(orders=True, backups=True)
    assert not StoreChanges() and IMPORTED.contact_details and not ORDERS.contact_details

    heard: list[object] = []
    window.changes.connect(heard.append)

    def job():
        yield 0, 1
        save_order(store, _order("M-5"))

    model = window.orders_page.model
    assert window.jobs.start(job, IMPORTED)
    qtbot.waitUntil(lambda: heard == [IMPORTED], timeout=10000)
    assert model.rowCount() == 2  # re-read before the announcement went out

    window.orders_page.select_row(0)
    window.orders_page.mark_selected_printed(True)
    assert heard == [IMPORTED, ORDERS]

    def quiet():  # declares nothing: nobody is told
        yield 0, 1

    with qtbot.waitSignal(window.jobs.finished, timeout=10000):
        assert window.jobs.start(quiet)
    assert heard == [IMPORTED, ORDERS]
