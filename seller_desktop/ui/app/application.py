"""The application: the QApplication, and ``run_app``, the GUI from ``seller-desktop`` to its exit.

``run_app`` builds the QApplication, sets up logging and the exception hook, makes sure only one
GUI runs per store, and hands over to ``AppController`` (``ui/app/controller.py``), which decides
what the seller sees. Quitting is explicit (see the controller): Qt's "quit when the last window
closes" is off, and SIGTERM/SIGINT quit through the event loop so the store is closed cleanly.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSocketNotifier, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from seller_desktop import __version__
from seller_desktop.core.base.logs import setup_logging
from seller_desktop.paths import empty_private_temp, resolve_paths, use_private_temp
from seller_desktop.resources import resource_path
from seller_desktop.ui.app import gui_thread_gc
from seller_desktop.ui.app.controller import AppController
from seller_desktop.ui.app.crash_dialog import ExceptionHandler
from seller_desktop.ui.app.single_instance import SingleInstance
from seller_desktop.ui.app.translations import install_translations

log = logging.getLogger(__name__)

ORGANIZATION = "SellerDesktop"
APPLICATION = "Seller Desktop"


def _quit_on_terminate_signals(app: QApplication) -> None:
    """SIGTERM/SIGINT (logout, ``kill``, Ctrl+C in a terminal) quit through the event loop.

    Python runs signal handlers only when it gets control, which it does not while Qt waits for
    events; the wake-up fd makes Qt notice. Quitting this way runs ``shutdown``, so the store is
    closed cleanly and the demo's temporary folder is removed.
    """
    if not hasattr(signal, "SIGTERM") or os.name != "posix":
        return
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

    def drain() -> None:
        try:
            reader.recv(64)
        except OSError:
            pass

    notifier.activated.connect(drain)
    app._signal_sockets = (reader, writer, notifier)  # type: ignore[attr-defined] # keep alive
    # Queued, not direct: a signal that arrives before exec() (e.g. while the demo store is
    # being filled) must still end the loop once it starts; a direct exit() would be ignored.
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: QTimer.singleShot(0, app.quit))


def _app_icon() -> QIcon | None:
    try:
        return QIcon(str(resource_path("icons", "app.svg")))
    except FileNotFoundError:
        return None


def create_application(qt_args: Sequence[str] = ()) -> QApplication:
    existing = QApplication.instance()
    app = (
        existing
        if isinstance(existing, QApplication)
        else QApplication([sys.argv[0] if sys.argv else "seller-desktop", *qt_args])
    )
    install_translations(app)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName("seller-desktop")
    icon = _app_icon()
    if icon is not None:
        app.setWindowIcon(icon)
    gui_thread_gc.install(app)
    return app


def run_app(data_dir: str | None = None, demo: bool = False, qt_args: Sequence[str] = ()) -> int:
    """The GUI from start to exit; returns the exit code."""
    paths = resolve_paths(data_dir)
    app = create_application(qt_args)
    app.setQuitOnLastWindowClosed(False)
    _quit_on_terminate_signals(app)

    guard: SingleInstance | None = None
    if not demo:
        paths.ensure()
        guard = SingleInstance.for_data_dir(paths.data_dir)
        if guard.notify_running():
            return 0

    controller = AppController(paths, demo=demo)
    # The demo leaves nothing behind, not even a log; its crash dialog still shows the report.
    log_dir = None if demo else paths.log_dir
    if log_dir is not None:
        setup_logging(log_dir)
    handler = ExceptionHandler(log_dir, parent_window=controller.current_window)
    handler.install()
    log.info("Seller Desktop %s starting", __version__)

    if guard is not None:
        guard.listen()
        guard.activate_requested.connect(controller.bring_to_front)
        # After listen(): everything later (print spool files with addresses) is private and
        # gone at the next start. The socket itself is in <data dir>/run, not in the temp folder.
        use_private_temp(paths)
    controller.finished.connect(app.exit)
    app.lastWindowClosed.connect(controller.on_last_window_closed)
    app.aboutToQuit.connect(controller.shutdown)

    try:
        controller.start()
    except Exception:  # noqa: BLE001 - any failure at start goes to the crash handler
        handler(*sys.exc_info())
        if (
            controller.current_window() is None
            and handler.crash_dialog is None
            and handler.message_box is None
        ):
            controller.shutdown()
            return 1
    try:
        return app.exec()
    finally:
        controller.shutdown()
        if guard is not None:
            guard.close()
            empty_private_temp(paths)
        logging.getLogger("seller_desktop").info("Seller Desktop stopped")
