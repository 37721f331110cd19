"""How responsive the window stays: the GUI thread's longest stall while 50,000 rows import on
the worker, and the card editor's preview render (once per pause in typing).

Longest stall: a 10 ms QTimer on the GUI thread records when it fires while the import runs
(``MainWindow.import_files``, as the seller starts it); the figure is the longest gap between two
firings. Floor, same run: the same timer's longest gap over as long with the window idle — what
this machine's event loop and scheduler cost anyway. Goal: under 1 s (the window never freezes).

Card preview: ``CardEditor.render_preview`` (one card with its QR code, from the edited fields),
its own ``last_render_ms``. Baseline, same run: the same card drawn on a bare ReportLab canvas with
one ``QrCodeWidget`` (benchmarks/cards.py's baseline, one card). Goal: under 500 ms.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from common import PASSPHRASE, ROOT, median, report

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # measured without a screen, like the tests
sys.path.insert(0, str(ROOT / "tests"))

ROWS = 50_000


def _app():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(sys.argv[:1])


def _store(folder: Path):
    from seller_desktop.core.base.clock import SystemClock
    from seller_desktop.core.settings import Settings
    from seller_desktop.core.store import create_store
    from seller_desktop.paths import resolve_paths

    return create_store(
        resolve_paths(folder / "data"),
        PASSPHRASE,
        Settings(business_name="Benchmark Shop"),
        SystemClock(),
    ).store


class Ticks:
    """A 10 ms timer (or ``interval_ms``) on the GUI thread; ``gaps`` between its firings while ``active()``."""

    def __init__(self, active=lambda: True, interval_ms: int = 10) -> None:
        from PySide6.QtCore import QTimer

        self.times: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(
            lambda: self.times.append(time.perf_counter()) if active() else None
        )

    def longest_gap(self) -> float:
        return max((b - a for a, b in zip(self.times, self.times[1:])), default=0.0)


def spin(until, timeout: float) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.perf_counter() + timeout
    while not until():
        assert time.perf_counter() < deadline, "timed out"
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def import_stall(folder: Path) -> tuple[float, float]:
    """(longest stall during the import, import's duration), in seconds."""
    from fixtures.make_reports import big_report

    from seller_desktop.core.orders.repository import count_orders
    from seller_desktop.core.privacy.retention import WipeReport
    from seller_desktop.core.settings import load_settings
    from seller_desktop.ui.shell.main_window import MainWindow

    report_path = folder / "orders-50000.txt"
    report_path.write_bytes(big_report(ROWS // 2, items_per_order=2))
    store = _store(folder)
    window = MainWindow(store, load_settings(store), WipeReport(), config_dir=folder / "config")
    window.show()
    done: list[bool] = []
    window.jobs.finished.connect(lambda *_: done.append(True))
    ticks = Ticks(lambda: window.jobs.busy)
    ticks.timer.start()
    start = time.perf_counter()
    dialog = window.import_files([report_path])
    spin(lambda: bool(done), 600)
    duration = time.perf_counter() - start
    ticks.timer.stop()
    spin(lambda: dialog.over, 60)
    assert count_orders(store) == ROWS // 2
    dialog.close()
    window.close()
    window.deleteLater()
    store.close()
    return ticks.longest_gap(), duration


def idle_floor(seconds: float) -> float:
    """The same timer's longest gap over ``seconds`` with nothing else to do."""
    ticks = Ticks()
    ticks.timer.start()
    end = time.perf_counter() + seconds
    spin(lambda: time.perf_counter() >= end, seconds + 60)
    ticks.timer.stop()
    return ticks.longest_gap()


def preview_render(rounds: int) -> tuple[float, float]:
    """(median CardEditor preview render, median bare-canvas card), in milliseconds."""
    import cards as cards_benchmark

    from seller_desktop.core.campaigns import Card, generate_code
    from seller_desktop.ui.campaigns.card_editor.dialog import CardEditor

    with tempfile.TemporaryDirectory(prefix="sd-bench-preview-") as folder:
        store = _store(Path(folder))
        editor = CardEditor(store)
        editor.show()
        editor.skus.setText("MUG-*")
        editor.headline.setText("Enjoy your new mug")
        editor.qr_url.setText("https://www.amazon.de/promotions/mugs")
        assert editor.render_preview()  # fonts registered: a running app has done it
        ours = []
        for n in range(rounds):
            editor.headline.setText(f"Enjoy your new mug {n}")
            assert editor.render_preview()
            ours.append(editor.last_render_ms)
        campaign = editor.edited_campaign()
        editor.close()
        editor.deleteLater()
        store.close()
    card = Card("123-1234567-7654321", "DE", campaign, "MUG-BLUE", generate_code())
    cards_benchmark._baseline([card])
    base = []
    for _ in range(rounds):
        start = time.perf_counter()
        cards_benchmark._baseline([card])
        base.append((time.perf_counter() - start) * 1000)
    return median(ours), median(base)


def run(rounds: int = 3) -> list[str]:
    _app()
    stalls, floors = [], []
    for _ in range(max(1, min(rounds, 3))):  # each import is 50,000 rows: a few rounds suffice
        with tempfile.TemporaryDirectory(prefix="sd-bench-gui-") as folder:
            stall, duration = import_stall(Path(folder))
        stalls.append(stall)
        floors.append(idle_floor(duration))
    ours, base = preview_render(max(rounds, 5))
    return [
        report(
            "GUI longest stall, 50,000-row import", median(stalls), median(floors), "s", "< 1 s"
        ),
        report("card preview render (one card)", ours, base, "ms", "< 500 ms"),
    ]


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    print("\n".join(run(parser.parse_args().rounds)))
