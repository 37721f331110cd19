"""The command itself: ``python -m seller_desktop --version`` answers without a display or Qt."""

from __future__ import annotations

import os
import subprocess
import sys

from seller_desktop import __version__


def _run(*args, **env):
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **env},
    )


def test_version_in_a_subprocess():
    result = _run("-m", "seller_desktop", "--version", DISPLAY="", QT_QPA_PLATFORM="")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"seller-desktop {__version__}\n"


def test_version_does_not_load_qt():
    code = (
        "import sys; from seller_desktop.__main__ import main; rc = main(['--version']); "
        "print(rc, any(m.startswith('PySide6') for m in sys.modules))"
    )
    result = _run("-c", code)
    assert result.stdout.splitlines()[-1] == "0 False"


def test_unknown_long_option_is_refused():
    result = _run("-m", "seller_desktop", "--data-dri", "x")
    assert result.returncode == 2
    assert "unrecognized arguments: --data-dri" in result.stderr


def test_demo_folder_is_removed_when_the_app_is_terminated(tmp_path):
    """``kill`` (SIGTERM) quits through the event loop: the throwaway store does not linger."""
    import signal
    import time

    if os.name != "posix":
        return
    env = {**os.environ, "TMPDIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "seller_desktop", "--demo"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        # Wait until the demo store exists; the signal may come before the window is shown.
        while not list(tmp_path.glob("seller-desktop-demo-*/store.db")):
            assert proc.poll() is None, proc.stderr.read().decode()
            assert time.monotonic() < deadline, "the demo did not start"
            time.sleep(0.05)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    assert list(tmp_path.glob("seller-desktop-demo-*")) == []


def test_a_second_start_still_finds_the_first_with_private_temp_files(tmp_path):
    """The GUI moves its temp files into <data dir>/tmp (print spool files): the single-instance
    socket must stay where a second start looks for it. Both are real processes."""
    import signal
    import time

    if os.name != "posix":
        return
    data = tmp_path / "data"
    env = {**os.environ, "TMPDIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    first = subprocess.Popen(
        [sys.executable, "-m", "seller_desktop", "--data-dir", str(data)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while not (data / "tmp").is_dir():  # listening, and the private temp folder in use
            assert first.poll() is None, first.stderr.read().decode()
            assert time.monotonic() < deadline, "the first instance did not start"
            time.sleep(0.05)
        assert (data / "tmp").stat().st_mode & 0o777 == 0o700
        second = subprocess.run(
            [sys.executable, "-m", "seller_desktop", "--data-dir", str(data)],
            env=env,
            capture_output=True,
            timeout=30,
        )
        assert second.returncode == 0 and first.poll() is None  # handed over, first still up
        first.send_signal(signal.SIGTERM)
        assert first.wait(timeout=30) == 0
        assert not (data / "tmp").exists()  # removed at exit
    finally:
        if first.poll() is None:
            first.kill()
