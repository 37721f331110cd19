"""One GUI per store: a second start finds the first, asks it to come forward, and exits.

And nobody else can make a start of ours exit: the socket lives in an owner-only folder, both
ends check the other's user id, and any failure to hand over means "start normally".
"""

from __future__ import annotations

import os
import select
import shutil
import socket as pysocket
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from other_user import NOBODY, nobody_exists, shared_folder
from PySide6.QtCore import QDir
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from seller_desktop.ui.app import single_instance
from seller_desktop.ui.app.single_instance import (
    ACTIVATE,
    SingleInstance,
    peer_uid,
    server_address_for,
    server_name_for,
)

REPO = Path(__file__).resolve().parents[2]
posix_only = pytest.mark.skipif(os.name != "posix", reason="Unix sockets and user ids: POSIX only")

# A later start of the app, in its own process as in real life: exit 0 if it handed over.
SECOND_START = """
import sys
from PySide6.QtCore import QCoreApplication
from seller_desktop.ui.app.single_instance import SingleInstance
app = QCoreApplication([])
sys.exit(0 if SingleInstance(sys.argv[1]).notify_running() else 3)
"""

# Another local user: squats the name the app used to use in the shared temp folder (answering
# like a real instance would), tries to put a socket where the app now listens, and reports.
SQUATTER = r"""
import os, socket, sys, time
old_path, new_path, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
try:
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    probe.bind(new_path)
    new = "bound"
except OSError as exc:
    new = type(exc).__name__
server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
server.bind(old_path)
os.chmod(old_path, 0o777)
server.listen(5)
server.settimeout(0.1)
print("ready", new, flush=True)
received = b""
deadline = time.monotonic() + seconds
while time.monotonic() < deadline:
    try:
        conn, _ = server.accept()
    except socket.timeout:
        continue
    conn.settimeout(0.5)
    try:
        received += conn.recv(1024)
        conn.sendall(b"ok\n")
    except OSError:
        pass
    conn.close()
server.close()
os.unlink(old_path)
print("received", received.hex() or "-", flush=True)
"""

# Another local user knocking at the app's new socket.
KNOCKER = r"""
import socket, sys
try:
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.connect(sys.argv[1])
    s.sendall(b"activate\n")
    print("connected", flush=True)
except OSError as exc:
    print(type(exc).__name__, flush=True)
"""


def _env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return env


def _second_start(address: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-c", SECOND_START, address], env=_env())


def _exit_code(qtbot, proc: subprocess.Popen[bytes]) -> int:
    """Wait for the child while our event loop runs (the first instance answers from it)."""
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=20000)
    return proc.returncode


def _read_line(stream, timeout: float = 20.0) -> str:
    ready, _, _ = select.select([stream], [], [], timeout)
    assert ready, "the child process said nothing"
    return stream.readline().decode().strip()


def _dead_socket_at(path: str) -> None:
    """A socket file with nobody behind it, as a crashed instance leaves it."""
    dead = pysocket.socket(pysocket.AF_UNIX, pysocket.SOCK_STREAM)
    dead.bind(path)
    dead.close()
    assert os.path.exists(path)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "d"  # short: the socket path must fit in sun_path
    folder.mkdir(mode=0o700)
    return folder


@pytest.fixture
def address(data_dir: Path) -> str:
    result = server_address_for(data_dir)
    assert result is not None
    return result


def test_name_is_stable_path_free_and_per_folder(tmp_path):
    a = server_name_for(tmp_path / "Jane Doe" / "data")
    assert a == server_name_for(tmp_path / "Jane Doe" / "data")
    assert a != server_name_for(tmp_path / "other")
    assert "Jane" not in a and str(tmp_path) not in a and "/" not in a


@posix_only
def test_socket_lives_in_an_owner_only_folder_of_the_data_dir(data_dir, address):
    run = data_dir / "run"
    assert Path(address).parent == run.resolve()
    st = os.lstat(run)
    assert stat.S_ISDIR(st.st_mode) and stat.S_IMODE(st.st_mode) == 0o700
    assert st.st_uid == os.getuid()
    # The shared temp folder on purpose: where the socket used to live, and must live no more.
    assert not address.startswith(QDir.tempPath() + "/seller-desktop-")


@posix_only
def test_a_loose_run_folder_is_made_owner_only(data_dir):
    (data_dir / "run").mkdir(mode=0o777)
    os.chmod(data_dir / "run", 0o777)
    assert server_address_for(data_dir) is not None
    assert stat.S_IMODE(os.lstat(data_dir / "run").st_mode) == 0o700


@posix_only
def test_a_symlinked_run_folder_is_refused_and_the_app_starts_without_the_guard(
    qtbot, data_dir, tmp_path
):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    (data_dir / "run").symlink_to(elsewhere)
    assert server_address_for(data_dir) is None
    guard = SingleInstance(None)
    assert not guard.notify_running()  # starts
    assert not guard.listen()
    guard.close()
    assert list(elsewhere.iterdir()) == []


@pytest.fixture
def runtime_dir() -> Iterator[Path]:
    """A short private folder, like /run/user/1000."""
    # Under /tmp, not tmp_path: a Unix socket's path must stay under ~108 bytes, and pytest's
    # tmp_path can be longer than that alone. The folder is this test's own (mkdtemp).
    folder = Path(tempfile.mkdtemp(prefix="sd-rt-", dir="/tmp"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@posix_only
def test_too_long_a_path_uses_the_private_runtime_dir(tmp_path, runtime_dir, monkeypatch):
    deep = tmp_path / ("x" * 60) / ("y" * 60)
    deep.mkdir(parents=True)
    os.chmod(runtime_dir, 0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime_dir))
    address = server_address_for(deep)
    assert address == str(runtime_dir / f"{server_name_for(deep)}.sock")
    assert "x" * 60 not in address
    assert not (deep / "run").exists()

    os.chmod(runtime_dir, 0o755)  # not private: no single-instance rather than an exposed socket
    assert server_address_for(deep) is None
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    assert server_address_for(deep) is None


@posix_only
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SO_PEERCRED is Linux")
def test_peer_uid_is_the_listeners_user(qtbot, address):
    server = QLocalServer()
    assert server.listen(address)
    try:
        client = QLocalSocket()
        client.connectToServer(address)
        assert client.waitForConnected(1000)
        assert peer_uid(client) == os.getuid()
        client.abort()
    finally:
        server.close()


def test_second_instance_activates_the_first(qtbot, address):
    first = SingleInstance(address)
    assert not first.notify_running()  # nobody there yet
    assert first.listen()
    try:
        with qtbot.waitSignal(first.activate_requested, timeout=20000):
            second = _second_start(address)
        assert _exit_code(qtbot, second) == 0  # handed over, so it exits
    finally:
        first.close()
    assert not SingleInstance(address).notify_running()  # gone with the first
    if os.name == "posix":
        assert not os.path.exists(address)


@posix_only
def test_a_listener_of_another_user_gets_nothing_and_we_start(qtbot, address):
    foreign = QLocalServer()
    assert foreign.listen(address)
    try:
        ours = SingleInstance(address, peer_uid_lookup=lambda _sock: os.getuid() + 4242)
        assert not ours.notify_running()
        assert ours.listen()  # took the address over
        try:
            qtbot.wait(100)
            received = b""
            while (conn := foreign.nextPendingConnection()) is not None:
                conn.waitForReadyRead(50)
                received += bytes(conn.readAll().data())
            assert received == b""
        finally:
            ours.close()
    finally:
        foreign.close()


@posix_only
def test_an_unverifiable_listener_gets_nothing_and_we_start(qtbot, address):
    foreign = QLocalServer()
    assert foreign.listen(address)
    try:
        assert not SingleInstance(address, peer_uid_lookup=lambda _sock: None).notify_running()
    finally:
        foreign.close()


def test_an_error_while_handing_over_means_we_start(qtbot, address):
    def broken(_sock: QLocalSocket) -> int:
        raise RuntimeError("boom")

    first = SingleInstance(address)
    assert first.listen()
    try:
        assert not SingleInstance(address, peer_uid_lookup=broken).notify_running()
    finally:
        first.close()


def test_a_listener_that_never_answers_means_we_start(qtbot, address, monkeypatch):
    monkeypatch.setattr(single_instance, "REPLY_TIMEOUT_MS", 200)
    mute = QLocalServer()  # ours, but it never says "ok" (our thread is busy waiting)
    assert mute.listen(address)
    try:
        ours = SingleInstance(address)
        assert not ours.notify_running()
        assert ours.listen()
        ours.close()
    finally:
        mute.close()


@posix_only
def test_activation_from_another_user_is_ignored(qtbot, address):
    first = SingleInstance(address, peer_uid_lookup=lambda _sock: os.getuid() + 4242)
    assert first.listen()
    try:
        stranger = pysocket.socket(pysocket.AF_UNIX, pysocket.SOCK_STREAM)
        stranger.connect(address)
        stranger.sendall(ACTIVATE)
        with qtbot.assertNotEmitted(first.activate_requested, wait=300):
            pass
        stranger.settimeout(1)
        try:
            reply = stranger.recv(16)
        except ConnectionResetError:
            reply = b""
        assert reply == b""  # hung up on, no "ok"
        stranger.close()
    finally:
        first.close()


@posix_only
def test_stale_socket_after_a_crash_is_taken_over(qtbot, address):
    _dead_socket_at(address)
    first = SingleInstance(address)
    assert not first.notify_running()
    assert first.listen()
    try:
        with qtbot.waitSignal(first.activate_requested, timeout=20000):
            second = _second_start(address)
        assert _exit_code(qtbot, second) == 0
    finally:
        first.close()


@pytest.fixture
def shared_data_dir() -> Iterator[Path]:
    """A data folder other users may look into: only the run folder keeps them out."""
    with shared_folder("sd-") as base:
        folder = base / "data"
        folder.mkdir()
        os.chmod(folder, 0o755)
        yield folder


# The other user runs a plain system Python: ours may live where only root can read.
SYSTEM_PYTHON = shutil.which("python3", path="/usr/local/bin:/usr/bin:/bin")


def _as_nobody(script: str, *args: str) -> subprocess.Popen[bytes]:
    assert SYSTEM_PYTHON is not None
    return subprocess.Popen(
        [SYSTEM_PYTHON, "-I", "-S", "-c", script, *args],
        cwd="/",
        env={"PATH": os.environ.get("PATH", "/usr/bin:/bin")},
        user=NOBODY,
        group=NOBODY,
        extra_groups=[],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() != 0,
    reason="needs root, to run a child process as another user (uid 65534)",
)
@pytest.mark.skipif(not nobody_exists(), reason="no user with uid 65534 to play the other user")
@pytest.mark.skipif(SYSTEM_PYTHON is None, reason="no system python3 for the other user to run")
def test_another_local_user_cannot_stop_the_gui_from_starting(qtbot, shared_data_dir):
    # This test is about the shared temp folder itself (the system's, not one of its own): the
    # other user squats the name the app used to listen on there, where any user may create files.
    temp = QDir.tempPath()
    if stat.S_IMODE(os.stat(temp).st_mode) & 0o1777 != 0o1777:
        pytest.skip(f"{temp} is not a shared temp folder")
    old_path = os.path.join(temp, server_name_for(shared_data_dir))  # where we used to listen
    if os.path.exists(old_path):
        os.unlink(old_path)
    guard = SingleInstance.for_data_dir(shared_data_dir)
    new_path = guard.name
    assert new_path is not None and new_path.startswith(str(shared_data_dir / "run") + "/")

    squatter = _as_nobody(SQUATTER, old_path, new_path, "3")
    try:
        ready = _read_line(squatter.stdout)
        assert ready == "ready PermissionError", ready  # nothing of theirs where we listen now
        assert os.stat(old_path).st_uid == NOBODY

        assert guard.notify_running() is False  # we start
        assert guard.listen()
        # Even sent to the old name, nothing gets handed over: their uid is not ours.
        assert SingleInstance(old_path).notify_running() is False

        knocker = _as_nobody(KNOCKER, new_path)
        with qtbot.assertNotEmitted(guard.activate_requested, wait=200):
            out, err = knocker.communicate(timeout=20)
        assert out.decode().strip() == "PermissionError", err

        assert _read_line(squatter.stdout, timeout=30) == "received -"  # it heard nothing
        squatter.wait(10)
        assert squatter.returncode == 0, squatter.stderr.read() if squatter.stderr else ""
    finally:
        guard.close()
        if squatter.poll() is None:
            squatter.kill()
            squatter.wait()
        for stream in (squatter.stdout, squatter.stderr):
            if stream is not None:
                stream.close()
        if os.path.lexists(old_path):  # the squatter was killed before it could tidy up
            os.unlink(old_path)
