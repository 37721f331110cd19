"""The startup sequence: from ``seller-desktop`` to an unlocked main window.

``run_app`` builds the QApplication, sets up logging and the exception hook, makes sure only one
GUI runs per store, and hands over to ``AppController``. The controller decides what the seller
sees — the setup wizard on the first run, the unlock dialog later, the demo store with ``--demo`` —
and owns the open store: it is the only place that opens, locks and closes it. It never calls
``exec()``, so tests drive it directly.

Quitting is explicit: Qt's "quit when the last window closes" would fire in the instant between
hiding one window and showing the next (wizard → main window, main window → unlock dialog), so the
controller quits only when no window of ours is left once those switches are done.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import socket
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TypeGuard, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from seller_desktop import __version__
from seller_desktop.core.base.changes import BACKUPS
from seller_desktop.core.base.clock import Clock
from seller_desktop.core.base.errors import SellerError
from seller_desktop.core.base.logs import setup_logging
from seller_desktop.core.demo import create_demo_store
from seller_desktop.core.privacy.backup_status import failure_kind
from seller_desktop.core.privacy.backups import daily_backup, restore
from seller_desktop.core.session import OpenedStore, create_store, open_store
from seller_desktop.core.settings import Settings, load_settings
from seller_desktop.paths import AppPaths, empty_private_temp, resolve_paths, use_private_temp
from seller_desktop.resources import resource_path
from seller_desktop.ui.app import gui_thread_gc
from seller_desktop.ui.app.crash_dialog import ExceptionHandler
from seller_desktop.ui.app.idle_lock import IdleLock, minutes_to_ms
from seller_desktop.ui.app.setup_wizard import SetupWizard
from seller_desktop.ui.app.single_instance import SingleInstance
from seller_desktop.ui.app.store_opening import PROGRESS_THRESHOLD, WipeProgressDialog
from seller_desktop.ui.app.translations import install_translations
from seller_desktop.ui.app.unlock_dialog import UnlockDialog
from seller_desktop.ui.common.jobs import (
    JobCancelled,
    JobRunner,
    report_progress,
    report_unexpected,
    run_operation,
)
from seller_desktop.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)

ORGANIZATION = "SellerDesktop"
APPLICATION = "Seller Desktop"


_Widget = TypeVar("_Widget", bound=QWidget)


def _alive(widget: _Widget | None) -> TypeGuard[_Widget]:
    """Not None, and its C++ object not deleted yet."""
    return widget is not None and shiboken6.isValid(widget)


class AppController(QObject):
    """Owns the store and the top-level windows, and moves between them.

    ``idle_interval_ms`` overrides the seller's idle-lock setting (tests use a few ms);
    ``unlock_tick_ms`` is the length of one countdown second in the unlock dialog.
    ``wipe_interval_ms`` / ``wake_check_ms`` override the main window's hourly wipe and its
    check for a wake from sleep; ``wipe_progress_threshold`` is the number of orders due at start
    from which the progress dialog shows.

    After the unlock dialog takes the passphrase, ``open_store`` (verify, migrate, wipe) runs as
    a job on ``open_jobs``, a job runner of the controller's own (no store is open yet); the
    main window is built only once it has returned, and its own runner takes the store's writer
    from then on. The day's backup is the window's first job.
    """

    #: A main window is showing on an open store.
    unlocked = Signal()
    #: The store has been closed and the unlock dialog is showing.
    locked = Signal()
    #: The seller is done (cancelled setup or unlock, or closed the last window): exit code.
    finished = Signal(int)

    def __init__(
        self,
        paths: AppPaths,
        *,
        demo: bool = False,
        clock: Clock | None = None,
        idle_interval_ms: int | None = None,
        unlock_tick_ms: int = 1000,
        wipe_interval_ms: int | None = None,
        wake_check_ms: int | None = None,
        wipe_progress_threshold: int = PROGRESS_THRESHOLD,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.demo = demo
        self.clock = clock
        self._idle_override = idle_interval_ms
        self._unlock_tick_ms = unlock_tick_ms
        self._wipe_timing = {
            k: v
            for k, v in (("wipe_interval_ms", wipe_interval_ms), ("wake_check_ms", wake_check_ms))
            if v is not None
        }
        self._progress_threshold = wipe_progress_threshold
        #: Runs the open (verify, migrate, wipe) off the GUI thread, as a job like every other.
        self.open_jobs = JobRunner(self)
        self.open_jobs.progress.connect(self._on_open_progress)
        self.wipe_progress: WipeProgressDialog | None = None
        self.opened: OpenedStore | None = None
        #: The window whose runner is making the day's backup (None when none is running).
        self.backup_window: MainWindow | None = None
        self.settings: Settings | None = None
        self.main_window: MainWindow | None = None
        self.wizard: SetupWizard | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self._demo_dir: Path | None = None
        self.demo_notice: QMessageBox | None = None
        self._shut_down = False
        self.idle = IdleLock(0, self)
        self.idle.idle.connect(self._on_idle)

    # -- start --------------------------------------------------------------------------------

    def start(self) -> None:
        """Show the first window: demo main window, setup wizard, or unlock dialog."""
        if self.demo:
            self._start_demo()
        elif not self.paths.store.exists():
            self._show_wizard()
        else:
            self._show_unlock()

    def _start_demo(self) -> None:
        self._demo_dir = Path(tempfile.mkdtemp(prefix="seller-desktop-demo-"))
        self.paths = resolve_paths(self._demo_dir)
        log.info("Demo mode: throwaway store in a temporary folder")
        self._show_main(create_demo_store(self.paths, self.clock))

    def _show_wizard(self) -> None:
        log.info("No store yet: showing the setup wizard")

        def creator(passphrase: str, settings: Settings) -> OpenedStore:
            return create_store(self.paths, passphrase, settings, self.clock)

        self.wizard = SetupWizard(creator)
        self.wizard.accepted.connect(self._on_wizard_accepted)
        self.wizard.rejected.connect(self._on_cancelled)
        self.wizard.show()

    def _on_wizard_accepted(self) -> None:
        wizard, self.wizard = self.wizard, None
        assert wizard is not None and wizard.opened is not None
        opened, wizard.opened = wizard.opened, None
        self._show_main(opened)
        wizard.deleteLater()

    def _show_unlock(self, reason: str = "", restore_from: Path | None = None) -> None:
        """The unlock dialog; with ``restore_from`` its passphrase first restores that backup in
        place of the store (cancelling then leaves the store as it was)."""
        restored = [False]

        def opener(passphrase: str, progress=None) -> OpenedStore:
            if restore_from is not None and not restored[0]:
                restore(restore_from, self.paths, passphrase, replace=True, clock=self.clock)
                restored[0] = True  # a second try (e.g. after a failed open) only opens
                log.info("Restored the store from a backup file")
            return open_store(self.paths, passphrase, self.clock, progress)

        def background(passphrase: str) -> None:
            self._open_in_background(lambda progress: opener(passphrase, progress))

        dialog = UnlockDialog(
            opener, locked_reason=reason, tick_ms=self._unlock_tick_ms, background=background
        )
        dialog.accepted.connect(self._on_unlocked)
        if restore_from is not None:
            dialog.setWindowTitle(self.tr("Restore from a backup"))
            dialog.unlock_button.setText(self.tr("&Restore"))
            dialog.unlock_button.setAccessibleName(self.tr("Restore"))
            dialog.quit_button.setText(self.tr("&Cancel"))
            dialog.quit_button.setAccessibleName(self.tr("Cancel the restore"))
            dialog.rejected.connect(lambda: self._restore_cancelled(dialog))
        else:
            dialog.rejected.connect(self._on_cancelled)
        self.unlock_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _restore_cancelled(self, dialog: UnlockDialog) -> None:
        if self.unlock_dialog is dialog:
            self.unlock_dialog = None
        self._show_unlock(
            self.tr("Nothing was restored. Enter your passphrase to open your store.")
        )
        dialog.deleteLater()

    # -- opening off the GUI thread --------------------------------------------------------

    def _open_in_background(self, open_fn) -> None:
        """``open_fn(progress)`` as a job; the function (holding the passphrase in its closure)
        is dropped as soon as it has run."""
        holder = [open_fn]

        def steps():
            yield 0, 0
            fn = holder.pop()
            opened = fn(lambda done, due: report_progress(done, due))
            del fn
            opened.store.release_writer()  # opened on the worker: the GUI thread adopts it
            return opened

        if not run_operation(self.open_jobs, steps, self._on_open_done, self._on_open_failed):
            log.warning("An open is already running")

    def _on_open_progress(self, done: int, due: int, _text: str = "") -> None:
        if self.wipe_progress is None:
            if due < self._progress_threshold or done >= due:
                return
            parent = self.unlock_dialog if _alive(self.unlock_dialog) else None
            self.wipe_progress = WipeProgressDialog(parent)
            self.wipe_progress.show()
        self.wipe_progress.set_progress(done, due)

    def _close_wipe_progress(self) -> None:
        box, self.wipe_progress = self.wipe_progress, None
        if _alive(box):
            box.hide()
            box.deleteLater()

    def _on_open_done(self, result: object) -> None:
        assert isinstance(result, OpenedStore)
        result.store.adopt_writer()
        self._close_wipe_progress()
        dialog = self.unlock_dialog
        if self._shut_down or not _alive(dialog):
            result.store.close()  # the app is quitting, or the dialog went meanwhile
            return
        dialog.open_finished(result)

    def _on_open_failed(self, error: BaseException) -> None:
        self._close_wipe_progress()
        dialog = self.unlock_dialog
        if isinstance(error, JobCancelled) or self._shut_down or not _alive(dialog):
            return
        dialog.open_failed(error)
        if not isinstance(error, SellerError):
            report_unexpected(error)

    def _on_unlocked(self) -> None:
        dialog, self.unlock_dialog = self.unlock_dialog, None
        assert dialog is not None and dialog.opened is not None
        opened, dialog.opened = dialog.opened, None
        log.info("Unlocked")
        self._show_main(opened)
        dialog.deleteLater()

    def _on_cancelled(self) -> None:
        log.info("Setup or unlock cancelled: quitting")
        self.shutdown()
        self.finished.emit(0)

    # -- the main window ----------------------------------------------------------------------

    def _show_main(self, opened: OpenedStore) -> None:
        self.opened = opened
        self.settings = load_settings(opened.store)
        if opened.wipe_report.count:
            log.info("Retention wipe at open: %d orders", opened.wipe_report.count)
        window = MainWindow(
            opened.store,
            self.settings,
            opened.wipe_report,
            demo=self.demo,
            config_dir=self.paths.config_dir,
            paths=self.paths,
            **self._wipe_timing,
        )
        # Signals the main window offers (checked, so an older or simpler window still works).
        if hasattr(window, "lock_requested"):
            window.lock_requested.connect(self.lock)
        if hasattr(window, "settings_changed"):
            window.settings_changed.connect(self._on_settings_changed)
        if hasattr(window, "restore_requested"):
            window.restore_requested.connect(self.restore_from_file)
        self.main_window = window
        window.show()
        window.raise_()
        window.activateWindow()
        self._start_daily_backup(window, opened)
        if not self.demo:
            self.idle.set_interval_ms(self._idle_interval(self.settings))
            self.idle.start()
        self.unlocked.emit()

    def _start_daily_backup(self, window: MainWindow, opened: OpenedStore) -> None:
        """Once a day after unlocking: an encrypted backup in backups/ (last seven kept), the
        window's first job. ``sqlcipher_export`` gives the copy the store's key and salt, so it
        opens with the passphrase on a new PC; the passphrase itself is not needed (nor kept).

        It runs on the clock the store was opened with: ``self.clock`` is None in the real app
        (``open_store`` then picks the system clock), and a None here once made every daily
        backup fail.
        """
        if self.demo:
            return
        store, paths, clock = opened.store, self.paths, opened.store.clock

        def steps():
            yield 0, 0
            return daily_backup(store, paths, clock)

        def ended(problem: object) -> None:
            self.backup_window = None
            self._daily_backup_done(problem)

        if run_operation(window.jobs, steps, lambda _file: ended(None), ended, BACKUPS):
            self.backup_window = window
        else:  # another job took the runner first: the next unlock makes the day's backup
            log.info("Daily backup postponed: another task is running")

    def _finish_backup(self) -> None:
        """A running daily backup is finished, never cut (it is one step), before its store or
        the app goes: the window's runner waits for it."""
        window = self.backup_window
        if window is not None and _alive(window):
            window.jobs.shutdown()

    def _daily_backup_done(self, problem: object) -> None:
        """The window shows the new backup's time, or why there is none and what to do."""
        if isinstance(problem, JobCancelled):
            return  # the window closed first; the next unlock makes it
        window = self.main_window if _alive(self.main_window) else None
        if problem is not None:  # the store itself is fine; the log gets the kind, never details
            log.warning("Daily backup failed: %s", type(problem).__name__)
            if window is not None and isinstance(problem, BaseException):
                window.daily_backup_failed(failure_kind(problem))
        elif window is not None:
            window.daily_backup_done()

    def _idle_interval(self, settings: Settings) -> int:
        if self._idle_override is not None:
            return self._idle_override
        return minutes_to_ms(settings.idle_lock_minutes)

    def _on_settings_changed(self, settings: object) -> None:
        if isinstance(settings, Settings):
            self.settings = settings
            if self.idle.is_active():
                self.idle.set_interval_ms(self._idle_interval(settings))

    # -- locking ------------------------------------------------------------------------------

    def _on_idle(self) -> None:
        log.info("Idle: locking")
        self.lock(
            reason=self.tr(
                "Seller Desktop was locked because it was not used for a while. Enter your "
                "passphrase to continue."
            )
        )

    def lock(self, reason: str = "") -> None:
        """Close the store and the main window and ask for the passphrase again."""
        if self.opened is None:
            return
        if self.demo:
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Seller Desktop"),
                self.tr("The demo has no passphrase, so it cannot be locked."),
                QMessageBox.StandardButton.Ok,
                self.main_window,
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()  # window-modal, no nested event loop
            self.demo_notice = box
            return
        # A dialog opened by the main window may be running its own event loop; close it first
        # and lock once that loop has returned, so no code resumes on a closed store.
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not self.unlock_dialog:
            modal.close()
            QTimer.singleShot(0, lambda: self.lock(reason))
            return
        self.idle.stop()
        self._finish_backup()
        # The unlock dialog comes first, so there is never a moment without a window.
        self._show_unlock(
            reason or self.tr("Seller Desktop is locked. Enter your passphrase to continue.")
        )
        window, self.main_window = self.main_window, None
        if _alive(window):
            window.close()  # saves its geometry
            window.deleteLater()
        self._close_store()
        log.info("Locked")
        self.locked.emit()

    def restore_from_file(self, source: object) -> None:
        """The Privacy page's "Restore from file…": close the window and the store, then ask the
        backup's passphrase; the backup replaces the store and is opened (and wiped) like any
        store. Cancelling leaves the store as it was and asks for its passphrase."""
        if self.opened is None or self.demo:
            return
        self.idle.stop()
        self._show_unlock(
            self.tr(
                "Enter the passphrase of the backup to restore it. It must be the passphrase of this "
                "store as well. Your current store is kept in the backups folder as "
                "before-restore.db, and contact details past their deadline are removed as the "
                "backup opens."
            ),
            restore_from=Path(str(source)),
        )
        window, self.main_window = self.main_window, None
        if _alive(window):
            window.close()
            window.deleteLater()
        self._close_store()
        log.info("Locked for a restore")
        self.locked.emit()

    def _close_store(self) -> None:
        opened, self.opened = self.opened, None
        self.settings = None
        if opened is not None:
            try:
                opened.store.close()
            except Exception:
                log.warning("Closing the store failed", exc_info=True)

    # -- activation and exit ------------------------------------------------------------------

    def current_window(self) -> QWidget | None:
        for window in (self.unlock_dialog, self.wizard, self.main_window):
            if _alive(window) and window.isVisible():
                return window
        return None

    def bring_to_front(self) -> None:
        """Another start of the app asked us to show ourselves."""
        window = self.current_window()
        if window is None:
            return
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    def on_last_window_closed(self) -> None:
        """Qt says no window is visible; quit unless a switch of windows is under way."""
        QTimer.singleShot(0, self._quit_if_nothing_shown)

    def _quit_if_nothing_shown(self) -> None:
        if any(w.isVisible() for w in QApplication.topLevelWidgets()):
            return
        self.shutdown()
        self.finished.emit(0)

    def shutdown(self) -> None:
        """Close the store and remove the demo folder. Safe to call more than once."""
        if self._shut_down:
            return
        self._shut_down = True
        self.idle.stop()
        # An open (and its wipe) is finished, never cut — it is one step — and closed again.
        self.open_jobs.shutdown()
        self._close_wipe_progress()
        self._finish_backup()
        window, self.main_window = self.main_window, None
        if _alive(window) and window.isVisible():
            window.close()
        self._close_store()
        if self._demo_dir is not None:
            shutil.rmtree(self._demo_dir, ignore_errors=True)
            self._demo_dir = None


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
