"""JobRunner: core generators on one worker thread, progress/finished/failed/cancelled signals."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from seller_desktop.core.base.errors import BadInput
from seller_desktop.ui.common.jobs import JobRunner, progress_parts


def test_progress_parts_accepts_progress_objects_and_tuples():
    class P:
        done, total = 3, 9

    assert progress_parts(P()) == (3, 9, "")
    assert progress_parts((1, 2)) == (1, 2, "")
    assert progress_parts((1, 2, "reading")) == (1, 2, "reading")


def test_a_job_runs_on_the_worker_thread_and_returns_its_result(qtbot):
    runner = JobRunner()
    where: list = []

    def job():
        where.append((threading.get_ident(), QThread.currentThread()))
        for n in range(3):
            yield (n + 1, 3, "step")
        return "result"

    got: list = []
    runner.progress.connect(lambda d, t, text: got.append((d, t, text)))
    with qtbot.waitSignal(runner.finished, timeout=5000) as finished:
        assert runner.start(job)
        assert runner.busy
        assert runner.start(job) is False  # one job at a time
    assert finished.args == ["result"]
    assert not runner.busy
    assert where[0][0] != threading.get_ident() and where[0][1] is runner.worker_thread()
    assert got and got[-1] == (3, 3, "step")
    runner.shutdown()
    assert not runner.worker_thread().isRunning()


def test_cancel_closes_the_generator_on_the_worker_thread(qtbot):
    runner = JobRunner()
    gate = threading.Event()
    closed_on: list[int] = []

    def job():
        try:
            yield (0, 10)
            gate.wait(5)  # the test cancels while the job is inside this step
            yield (1, 10)
            yield (2, 10)
            return "should not finish"
        finally:
            closed_on.append(threading.get_ident())

    finished: list = []
    runner.finished.connect(finished.append)
    runner.progress.connect(lambda *_: (runner.cancel(), gate.set()))
    with qtbot.waitSignal(runner.cancelled, timeout=5000):
        runner.start(job)
    assert finished == []
    assert closed_on and closed_on[0] != threading.get_ident()
    runner.shutdown()


def test_errors_come_back_as_failed(qtbot):
    runner = JobRunner()

    def job():
        yield (0, 1)
        raise BadInput("That is not an order report.")

    with qtbot.waitSignal(runner.failed, timeout=5000) as failed:
        runner.start(job)
    assert isinstance(failed.args[0], BadInput)
    assert str(failed.args[0]) == "That is not an order report."

    def factory_fails():
        raise BadInput("No file.")

    with qtbot.waitSignal(runner.failed, timeout=5000) as failed:
        runner.start(factory_fails)
    assert str(failed.args[0]) == "No file."
    runner.shutdown()


def test_shutdown_reports_the_end_before_returning_and_the_runner_can_start_again(qtbot):
    runner = JobRunner()
    started = threading.Event()

    def endless():
        n = 0
        while True:
            started.set()
            n += 1
            yield (n, 0)

    ended: list[str] = []
    runner.cancelled.connect(lambda: ended.append("cancelled"))
    runner.start(endless)
    assert started.wait(5)
    runner.shutdown()
    assert ended == ["cancelled"] and not runner.busy
    assert not runner.worker_thread().isRunning()
    with qtbot.waitSignal(runner.finished, timeout=5000) as finished:
        runner.start(lambda: (yield from ()) or 7)
    assert finished.args == [7]
    runner.shutdown()


def test_a_full_disk_in_a_job_reaches_the_screen_as_the_sellers_message(qtbot, store):
    """A job that meets SQLite's "database or disk is full" fails with DiskFull (a SellerError with
    what to do), not the raw error that would go to the crash dialog."""
    import sqlcipher3

    from seller_desktop.core.base.errors import SellerError

    runner = JobRunner(store=store)

    def job():
        yield 0, 1
        raise sqlcipher3.OperationalError("database or disk is full")

    with qtbot.waitSignal(runner.failed, timeout=5000) as failed:
        assert runner.start(job)
    assert isinstance(failed.args[0], SellerError) and type(failed.args[0]).__name__ == "DiskFull"
    runner.shutdown()
