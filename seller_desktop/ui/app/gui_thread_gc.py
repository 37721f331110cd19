"""Python's cyclic garbage collector runs on the GUI thread only.

The collector runs in whichever thread happens to allocate when a generation's threshold is
reached: on our worker (a job, a backup, a print run) it can free Qt objects that live on the GUI
thread and delete their C++ side from the wrong thread — a crash later, far from its cause. The
tests saw it twice: a segfault inside garbage collection on the worker thread, and one in the GUI
thread's event loop while a backup ran. So automatic collection is switched off and the GUI thread
collects on a timer with the same thresholds, the usual remedy for Qt bindings. Reference
counting, which frees almost everything, is not affected.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

#: How often the GUI thread looks whether a collection is due.
INTERVAL_MS = 500

_installed: GuiThreadCollector | None = None


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start(interval_ms)

    def collect_if_due(self) -> None:
        """What the automatic collector would have done by now, oldest generation last."""
        young, middle, old = gc.get_count()
        if young > self.thresholds[0]:
            gc.collect(0)
            if middle > self.thresholds[1]:
                gc.collect(1)
                if old > self.thresholds[2]:
                    gc.collect(2)


def install(app: QCoreApplication) -> GuiThreadCollector:
    """Once per process, owned by the application object (it lives as long as Qt does)."""
    global _installed
    if _installed is None:
        _installed = GuiThreadCollector(app)
    return _installed
