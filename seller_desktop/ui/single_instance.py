"""One GUI per store: a second start brings the first window to the front and exits.

Two GUIs on one store would each run the retention wipe and fight over the write lock, and a
seller who double-clicks the icon twice just wants to see their window. The first instance
listens on a local socket; the second connects, says "activate" and quits.

The server name is a hash of the data folder (and the user id): it must not carry the folder's
path, which often contains the seller's own name, into /tmp or the Windows pipe namespace.
"""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

ACTIVATE = b"activate\n"
CONNECT_TIMEOUT_MS = 500


def server_name_for(data_dir: Path) -> str:
    """A stable, path-free name for this user's instance on this data folder."""
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    digest = hashlib.sha256(f"{user}\0{Path(data_dir).resolve()}".encode("utf-8")).hexdigest()
    return f"seller-desktop-{digest[:24]}"


class SingleInstance(QObject):
    """The local server of the first instance, and the check a later instance makes.

    Use: ``if guard.notify_running(): exit`` then ``guard.listen()``; connect
    ``activate_requested`` to whatever raises the visible window.
    """

    activate_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server: QLocalServer | None = None

    def notify_running(self) -> bool:
        """True if another instance listens on our name; it has been asked to come to the front.

        A short blocking connect is fine here: it happens once, before any window exists.
        """
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False
        socket.write(ACTIVATE)
        socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(CONNECT_TIMEOUT_MS)
        log.info("Another Seller Desktop window is open on this store; asked it to come forward")
        return True

    def listen(self) -> bool:
        """Start listening. A name left behind by a crashed instance is removed and taken over."""
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # Nobody answered notify_running(), so the name is stale (a crash left the socket
            # file behind). Unless someone started in the same instant: check once more.
            if self.notify_running():
                return False
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                log.warning("Could not listen for other instances: %s", server.errorString())
                return False
        server.newConnection.connect(self._on_new_connection)
        self._server = server
        return True

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None

    def _on_new_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            # Connected to bound methods, not lambdas holding the socket: a lambda that keeps a
            # socket alive from its own connection crashes in the socket's destructor.
            socket.readyRead.connect(self._on_ready_read)
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _on_ready_read(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        data = bytes(socket.readAll().data())
        if ACTIVATE.strip() in data:
            self.activate_requested.emit()
