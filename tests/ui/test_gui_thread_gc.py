"""Garbage is collected on the GUI thread only, never on a worker that happens to allocate."""

from __future__ import annotations

import gc
import threading
import weakref

from seller_desktop.ui.app import gui_thread_gc


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the cyclic collector frees it


def test_workers_never_collect_and_the_gui_thread_does(qtbot, qapp):
    collector = gui_thread_gc.install(qapp)
    assert not gc.isenabled()
    threads: list[int] = []

    def record(phase: str, _info: dict) -> None:
        if phase == "start":
            threads.append(threading.get_ident())

    gc.callbacks.append(record)
    try:
        witness = _Node()
        gone = weakref.ref(witness)
        del witness

        def allocate() -> None:  # far past every threshold, on another thread
            for _ in range(collector.thresholds[0] * 50):
                _Node()

        worker = threading.Thread(target=allocate)
        worker.start()
        worker.join()
        assert threads == [] and gone() is not None  # nothing collected on the worker
        qtbot.waitUntil(lambda: gone() is None, timeout=5000)  # the GUI thread's timer did
        assert set(threads) == {threading.main_thread().ident}
    finally:
        gc.callbacks.remove(record)
