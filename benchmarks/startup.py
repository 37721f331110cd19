"""Start-up to an unlocked, painted main window on a 100,000-order store.

Baseline, in the same run: a bare PySide6 window plus one SQLCipher key derivation. Both are timed
from the moment the process is spawned to the first paint of the window, so interpreter start and
imports count on both sides. Peak memory (max RSS) is read by the child at the same moment.

Also the first window a seller sees on a normal start, the unlock dialog (the app's own start-up
path: ``AppController.start``), against a bare window without key derivation; and
``seller-desktop-cli status`` against a Python process that opens the store with its key and runs
one query (both from spawn to exit).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time

from common import PASSPHRASE, ROOT, big_store, median, report

ORDERS = 100_000


def child(mode: str, data_dir: str) -> None:
    """Runs in the spawned process; prints one JSON line at first paint, then exits."""
    import resource

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])

    class PaintWatch(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint and obj is window:
                rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                print(json.dumps({"painted": time.time(), "rss_mb": rss_kb / 1024}), flush=True)
                QTimer.singleShot(0, app.quit)
            return False

    if mode == "bare":
        window = QWidget()
    elif mode == "unlock":
        sys.path.insert(0, str(ROOT))
        from seller_desktop.paths import resolve_paths
        from seller_desktop.ui.app.application import create_application
        from seller_desktop.ui.app.controller import AppController

        create_application()
        controller = AppController(resolve_paths(data_dir))
        controller.start()
        window = controller.unlock_dialog
    elif mode == "baseline":
        import sqlcipher3

        conn = sqlcipher3.connect(os.path.join(data_dir, "store.db"))
        conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        window = QWidget()
    else:
        sys.path.insert(0, str(ROOT))
        from seller_desktop.core.session import open_store
        from seller_desktop.core.settings import load_settings
        from seller_desktop.paths import resolve_paths
        from seller_desktop.ui.shell.main_window import MainWindow

        opened = open_store(resolve_paths(data_dir), PASSPHRASE)
        window = MainWindow(
            opened.store,
            load_settings(opened.store),
            opened.wipe_report,
            config_dir=resolve_paths(data_dir).config_dir,
        )
    watch = PaintWatch()
    app.installEventFilter(watch)
    if mode != "unlock":  # the controller sizes and shows its own dialog
        window.resize(1200, 800)
        window.show()
    app.exec()


def measure(mode: str, data_dir: str) -> tuple[float, float]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    start = time.time()
    out = subprocess.run(
        [sys.executable, __file__, "--child", mode, data_dir],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    line = next((ln for ln in out.stdout.splitlines() if ln.startswith("{")), None)
    if line is None:
        raise RuntimeError(f"{mode} run failed:\n{out.stderr[-2000:]}")
    result = json.loads(line)
    return result["painted"] - start, result["rss_mb"]


def timed_process(args: list[str], env: dict[str, str]) -> float:
    """Seconds from spawn to exit of a process that must succeed."""
    start = time.perf_counter()
    out = subprocess.run(args, capture_output=True, text=True, env=env, timeout=300)
    elapsed = time.perf_counter() - start
    if out.returncode != 0:
        raise RuntimeError(f"{args[1:3]} failed:\n{out.stderr[-2000:]}")
    return elapsed


def cli_status(data_dir: str) -> float:
    env = dict(os.environ, SELLER_DESKTOP_PASSPHRASE=PASSPHRASE)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    command = [sys.executable, "-m", "seller_desktop.cli", "--data-dir", data_dir, "status"]
    return timed_process(command, env)


def one_query(data_dir: str) -> float:
    """The floor: open the store with its key (SQLCipher 4's derivation) and run one query."""
    code = (
        "import sqlcipher3, sys\n"
        "conn = sqlcipher3.connect(sys.argv[1])\n"
        'conn.execute("PRAGMA key = \'" + sys.argv[2] + "\'")\n'
        "print(conn.execute('SELECT count(*) FROM orders').fetchone()[0])\n"
    )
    store = os.path.join(data_dir, "store.db")
    return timed_process([sys.executable, "-c", code, store, PASSPHRASE], dict(os.environ))


def run(rounds: int = 5) -> list[str]:
    data_dir = str(big_store(ORDERS))
    app_times, base_times, app_rss, base_rss = [], [], [], []
    unlock_times, bare_times, cli_times, query_times = [], [], [], []
    measure("app", data_dir)  # warm the file cache for both sides alike
    for _ in range(rounds):
        t, m = measure("baseline", data_dir)
        base_times.append(t)
        base_rss.append(m)
        t, m = measure("app", data_dir)
        app_times.append(t)
        app_rss.append(m)
        bare_times.append(measure("bare", data_dir)[0])
        unlock_times.append(measure("unlock", data_dir)[0])
        query_times.append(one_query(data_dir))
        cli_times.append(cli_status(data_dir))
    return [
        report(
            "start-up to the unlock window",
            median(unlock_times),
            median(bare_times),
            "s",
            "<= 1.3x",
        ),
        report(
            "start-up to painted window, 100k orders",
            median(app_times),
            median(base_times),
            "s",
            "<= 1.5x",
        ),
        report(
            "seller-desktop-cli status, 100k orders",
            median(cli_times),
            median(query_times),
            "s",
            "<= 1.3x",
        ),
        report(
            "peak memory at first paint, 100k orders", max(app_rss), max(base_rss), "MB", "< 250 MB"
        ),
    ]


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", nargs=2, metavar=("MODE", "DATA_DIR"))
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
    else:
        print("\n".join(run(args.rounds)))
