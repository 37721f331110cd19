"""One GUI per store: a second start brings the first window to the front and exits.

Two GUIs on one store would each run the retention wipe and fight over the write lock, and a
seller who double-clicks the icon twice just wants to see their window. The first instance
listens on a local socket; the second connects, says "activate", waits for "ok" and quits.

Nobody else may get a say in this. A socket with a predictable name in the shared temp folder
could be bound first by another local user, who would then receive our "activate" and make every
start of ours exit at once, without a window and without the privacy wipe. So:

* On Unix the socket lives in ``<data dir>/run/``, a folder only we can enter (mode 0700, owned by
  us, not a symlink), so nobody else can create, replace or reach it. Where that path is too long
  for ``AF_UNIX`` we use ``$XDG_RUNTIME_DIR`` (also ours and 0700) with a hashed name; where neither
  is safe we start without single-instance (two windows beat none).
* On Windows the pipe name is random, made once and kept in an owner-only file in the data folder
  (itself in the user's private profile), and the pipe is created for the current user only.
* Both ends check the other's user id before acting on it (``SO_PEERCRED`` on Linux,
  ``LOCAL_PEERCRED`` on macOS/BSD). A peer we cannot verify is treated as a stranger.
* Anything going wrong while handing over (refused, a stranger, no "ok", an error) means: start
  normally, and take the socket over if the one left there is ours and dead.

The hashed name must not carry the folder's path, which often contains the seller's own name, into
a shared namespace such as ``$XDG_RUNTIME_DIR`` listings or the Windows pipe namespace.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import secrets
import socket
import stat
import struct
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

ACTIVATE = b"activate\n"
ACK = b"ok\n"
CONNECT_TIMEOUT_MS = 500
# The first instance answers from its event loop; a modal dialog there still runs it, a long
# blocking job would not. Long enough for a busy start, short enough not to look hung.
REPLY_TIMEOUT_MS = 3000

RUN_DIR_NAME = "run"
SOCKET_FILE_NAME = "instance.sock"
WINDOWS_NAME_FILE = "instance-name"
# sun_path holds 108 bytes on Linux and 104 on macOS/BSD, the terminating NUL included. Some Qt 6
# releases bind at "<path>-XXXXXX/s" first and rename into place, so keep room for that too.
MAX_SOCKET_PATH_BYTES = 100
_QT_TEMP_HEADROOM = len("-XXXXXX/s")

# <sys/un.h> on macOS and FreeBSD; Python does not export these.
_SOL_LOCAL = 0
_LOCAL_PEERCRED = 1
_XUCRED_VERSION = 0
_XUCRED_FORMAT = "IIh16I"  # cr_version, cr_uid, cr_ngroups, cr_groups[XU_NGROUPS]

_WINDOWS_NAME_RE = re.compile(r"seller-desktop-[0-9a-f]{32}")

PeerUidLookup = Callable[[QLocalSocket], int | None]


def server_name_for(data_dir: Path) -> str:
    """A stable, path-free name for this user's instance on this data folder.

    Used as the socket's file name in ``$XDG_RUNTIME_DIR``, which is shared by all data folders of
    one user. Earlier versions put exactly this name into the shared temp folder.
    """
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    digest = hashlib.sha256(f"{user}\0{Path(data_dir).resolve()}".encode()).hexdigest()
    return f"seller-desktop-{digest[:24]}"


def _own_uid() -> int | None:
    return os.getuid() if hasattr(os, "getuid") else None


def _private_dir(folder: Path, *, create: bool, fix_mode: bool, uid: int) -> bool:
    """True if ``folder`` is a real directory owned by ``uid`` with mode 0700 (made so if asked).

    Opened with ``O_NOFOLLOW`` and checked and chmod-ed through that descriptor, so a symlink or a
    swap between the check and the chmod cannot point us at somebody else's folder.
    """
    if create:
        try:
            os.mkdir(folder, 0o700)
        except FileExistsError:
            pass
        except OSError as exc:
            log.warning("Single-instance: cannot create %s: %s", folder, exc)
            return False
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(folder, flags)
    except OSError as exc:  # a symlink (ELOOP), not a folder, gone, or not ours to open
        log.warning("Single-instance: refusing %s: %s", folder, exc)
        return False
    try:
        st = os.fstat(fd)
        if not stat.S_ISDIR(st.st_mode) or st.st_uid != uid:
            log.warning("Single-instance: refusing %s: not a folder of ours", folder)
            return False
        if stat.S_IMODE(st.st_mode) != 0o700:
            if not fix_mode:
                log.warning(
                    "Single-instance: refusing %s: mode %o, not 0700",
                    folder,
                    stat.S_IMODE(st.st_mode),
                )
                return False
            os.fchmod(fd, 0o700)
        return True
    except OSError as exc:
        log.warning("Single-instance: refusing %s: %s", folder, exc)
        return False
    finally:
        os.close(fd)


def _fits(path: Path) -> bool:
    return len(os.fsencode(str(path))) + _QT_TEMP_HEADROOM <= MAX_SOCKET_PATH_BYTES


def _posix_socket_path(data_dir: Path, uid: int) -> str | None:
    data_dir = Path(data_dir).resolve()
    run_dir = data_dir / RUN_DIR_NAME
    candidate = run_dir / SOCKET_FILE_NAME
    if _fits(candidate):
        if _private_dir(run_dir, create=True, fix_mode=True, uid=uid):
            return str(candidate)
        return None
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and os.path.isabs(runtime):
        candidate = Path(runtime) / f"{server_name_for(data_dir)}.sock"
        if _fits(candidate) and _private_dir(Path(runtime), create=False, fix_mode=False, uid=uid):
            return str(candidate)
    log.warning("Single-instance: no private place for the socket; starting without it")
    return None


def _windows_pipe_name(data_dir: Path) -> str | None:
    """A random pipe name, made once and kept in an owner-only file in the data folder.

    Unguessable, so nobody without read access to the data folder can squat it; the data folder
    sits in the user's profile, whose ACL keeps other users out.
    """
    run_dir = Path(data_dir) / RUN_DIR_NAME
    name_file = run_dir / WINDOWS_NAME_FILE
    try:
        run_dir.mkdir(parents=True, exist_ok=True)
        try:
            name = name_file.read_text(encoding="ascii").strip()
            if _WINDOWS_NAME_RE.fullmatch(name):
                return name
        except (OSError, UnicodeDecodeError):
            pass
        name = f"seller-desktop-{secrets.token_hex(16)}"
        tmp = name_file.with_suffix(".new")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as f:
            f.write(name)
        os.replace(tmp, name_file)
        return name
    except OSError as exc:
        log.warning("Single-instance: cannot keep the pipe name in %s: %s", name_file, exc)
        return None


def server_address_for(data_dir: Path) -> str | None:
    """Where this user's instance on ``data_dir`` listens: a full socket path or a pipe name.

    None when there is no place only we control; the app then starts without single-instance.
    """
    if os.name == "nt":
        return _windows_pipe_name(data_dir)
    uid = _own_uid()
    if uid is None:
        return None
    return _posix_socket_path(data_dir, uid)


def _peer_uid_of_socket(sock: socket.socket) -> int | None:
    so_peercred = getattr(socket, "SO_PEERCRED", None)
    if so_peercred is not None:  # Linux
        raw = sock.getsockopt(socket.SOL_SOCKET, so_peercred, struct.calcsize("3i"))
        _pid, uid, _gid = struct.unpack("3i", raw)
        return int(uid)
    local_peercred = getattr(socket, "LOCAL_PEERCRED", None)
    if local_peercred is None and (sys.platform == "darwin" or "bsd" in sys.platform):
        local_peercred = _LOCAL_PEERCRED
    if local_peercred is not None:  # macOS, FreeBSD: struct xucred
        size = struct.calcsize(_XUCRED_FORMAT)
        raw = sock.getsockopt(_SOL_LOCAL, local_peercred, size)
        if len(raw) < struct.calcsize("II"):
            return None
        version, uid = struct.unpack_from("II", raw)
        return int(uid) if version == _XUCRED_VERSION else None
    return None


def peer_uid(qsock: QLocalSocket) -> int | None:
    """The user id of the process at the other end of ``qsock``; None if it cannot be told.

    Works on a duplicate of the descriptor: closing the Python socket then leaves Qt's alone.
    """
    fd = int(qsock.socketDescriptor())
    if fd < 0:
        return None
    try:
        dup = os.dup(fd)
        try:
            sock = socket.socket(fileno=dup)
        except BaseException:
            os.close(dup)
            raise
        with sock:
            return _peer_uid_of_socket(sock)
    except (OSError, struct.error, ValueError) as exc:
        log.warning("Single-instance: cannot tell who is at the other end: %s", exc)
        return None


class SingleInstance(QObject):
    """The local server of the first instance, and the check a later instance makes.

    Use: ``if guard.notify_running(): exit`` then ``guard.listen()``; connect
    ``activate_requested`` to whatever raises the visible window. With ``address`` None (no safe
    place for the socket) both do nothing and the app runs as if it were the only one.

    ``peer_uid_lookup`` (default: the module's ``peer_uid``) and ``own_uid`` are there for tests:
    they decide who counts as "us".
    """

    activate_requested = Signal()

    def __init__(
        self,
        address: str | None,
        parent: QObject | None = None,
        *,
        peer_uid_lookup: PeerUidLookup | None = None,
        own_uid: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.name = address
        self._peer_uid_lookup = peer_uid_lookup
        self._own_uid = own_uid if own_uid is not None else _own_uid()
        self._server: QLocalServer | None = None

    @classmethod
    def for_data_dir(cls, data_dir: Path, parent: QObject | None = None) -> SingleInstance:
        return cls(server_address_for(data_dir), parent)

    def _is_us(self, qsock: QLocalSocket) -> bool:
        """The peer runs as our user. On Windows the secret name and the pipe's ACL stand in."""
        if os.name == "nt":
            return True
        lookup = self._peer_uid_lookup if self._peer_uid_lookup is not None else peer_uid
        uid = lookup(qsock)
        return uid is not None and uid == self._own_uid

    def notify_running(self) -> bool:
        """True if an instance of ours listens here, was asked to come forward and said "ok".

        False for anything else (nobody there, a stranger, no answer, an error): the caller then
        starts normally. A short blocking wait is fine here: it happens once, before any window
        exists, and it leaves queued events (a quit from a signal handler) for the main loop.
        """
        if self.name is None:
            return False
        qsock = QLocalSocket()
        try:
            qsock.connectToServer(self.name)
            if not qsock.waitForConnected(CONNECT_TIMEOUT_MS):
                return False
            if not self._is_us(qsock):
                log.warning(
                    "Single-instance: the listener on our socket is not us; starting normally"
                )
                return False
            qsock.write(ACTIVATE)
            if not qsock.waitForBytesWritten(CONNECT_TIMEOUT_MS):
                return False
            reply = b""
            while ACK not in reply and qsock.waitForReadyRead(REPLY_TIMEOUT_MS):
                reply += bytes(qsock.readAll().data())
            if ACK not in reply:
                log.warning("Single-instance: the other instance did not answer; starting")
                return False
        except Exception:  # never let the guard stop the app from starting
            log.exception("Single-instance: handing over failed; starting normally")
            return False
        finally:
            qsock.abort()
        log.info("Another Seller Desktop window is open on this store; asked it to come forward")
        return True

    def listen(self) -> bool:
        """Start listening. A socket left behind by a crashed instance is removed and taken over."""
        if self.name is None:
            return False
        server = QLocalServer(self)
        # On Windows: a pipe only this user may open. On Unix the private folder does that work;
        # Qt 6 then binds in a fresh 0700 folder beside the name and renames the socket into place,
        # which also replaces a socket left behind by a crash.
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # Nobody of ours answered notify_running(), so the socket is stale (a crash left it
            # behind) or not worth keeping. Unless we started in the same instant: ask once more.
            if self.notify_running():
                return False
            if not self._remove_stale() or not server.listen(self.name):
                log.warning("Could not listen for other instances: %s", server.errorString())
                return False
        server.newConnection.connect(self._on_new_connection)
        self._server = server
        return True

    def _remove_stale(self) -> bool:
        """Remove the socket file at our address if it is ours; a pipe name needs nothing."""
        if os.name == "nt" or self.name is None:
            return True
        try:
            st = os.lstat(self.name)
        except FileNotFoundError:
            return True
        except OSError:
            return False
        if not stat.S_ISSOCK(st.st_mode) or st.st_uid != self._own_uid:
            log.warning("Single-instance: %s is not a socket of ours; leaving it", self.name)
            return False
        try:
            os.unlink(self.name)
        except FileNotFoundError:
            pass
        except OSError:
            return False
        return True

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None

    def _on_new_connection(self) -> None:
        assert self._server is not None
        while (qsock := self._server.nextPendingConnection()) is not None:
            if not self._is_us(qsock):
                # Cannot happen through the 0700 folder unless root; ignore it all the same.
                log.warning("Single-instance: ignoring a connection from another user")
                qsock.abort()
                qsock.deleteLater()
                continue
            # Connected to bound methods, not lambdas holding the socket: a lambda that keeps a
            # socket alive from its own connection crashes in the socket's destructor.
            qsock.readyRead.connect(self._on_ready_read)
            qsock.disconnected.connect(qsock.deleteLater)
            if qsock.bytesAvailable():
                self._read(qsock)

    def _on_ready_read(self) -> None:
        qsock = self.sender()
        if isinstance(qsock, QLocalSocket):
            self._read(qsock)

    def _read(self, qsock: QLocalSocket) -> None:
        data = bytes(qsock.readAll().data())
        if ACTIVATE.strip() in data:
            qsock.write(ACK)
            qsock.flush()
            self.activate_requested.emit()
