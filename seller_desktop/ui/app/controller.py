"""The app's controller: which window shows, and the open store's life from unlock to lock or exit.

``AppController`` decides what the seller sees — the setup wizard on the first run, the unlock
dialog later (both shown by ``UnlockFlow``), the demo store with ``--demo`` — and owns the open
store: it is the only place that opens, locks and closes it. While a store is open it makes the
day's backup, locks after idle time, and restores a backup when asked. It never calls ``exec()``,
so tests drive it directly; ``run_app`` (``ui/app/application.py``) does.

Quitting is explicit: Qt's "quit when the last window closes" would fire in the instant between
hiding one window and showing the next (wizard → main window, main window → unlock dialog), so the
controller quits only when no window of ours is left once those switches are done.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from seller_desktop.core.base.changes import BACKUPS
from seller_desktop.core.base.clock import Clock
from seller_desktop.paths import AppPaths, resolve_paths
from seller_desktop.ui.app.idle_lock import IdleLock, minutes_to_ms
from seller_desktop.ui.app.store_opening import PROGRESS_THRESHOLD, WipeProgressDialog
from seller_desktop.ui.app.unlocking import UnlockFlow, alive
from seller_desktop.ui.common.jobs import JobCancelled, run_operation

if TYPE_CHECKING:  # the store's side and the main window load once a store is open (start-up)
    from seller_desktop.core.session import OpenedStore
    from seller_desktop.core.settings import Settings
    from seller_desktop.ui.app.setup_wizard import SetupWizard
    from seller_desktop.ui.app.unlock_dialog import UnlockDialog
    from seller_desktop.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)


class AppController(QObject):
    """Owns the store and the top-level windows, and moves between them.

    ``idle_interval_ms`` overrides the seller's idle-lock setting (tests use a few ms);
    ``unlock_tick_ms`` is the length of one countdown second in the unlock dialog.
    ``wipe_interval_ms`` / ``wake_check_ms`` override the main window's hourly wipe and its
    check for a wake from sleep; ``wipe_progress_threshold`` is the number of orders due at start
    from which the progress dialog shows.

    The main window is built only once ``UnlockFlow`` has opened the store (off the GUI thread,
    on a job runner of its own), and the window's runner takes the store's writer from then on.
    The day's backup is the window's first job.
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
        self._wipe_timing = {
            k: v
            for k, v in (("wipe_interval_ms", wipe_interval_ms), ("wake_check_ms", wake_check_ms))
            if v is not None
        }
        self.unlocking = UnlockFlow(
            paths,
            clock,
            unlock_tick_ms=unlock_tick_ms,
            progress_threshold=wipe_progress_threshold,
            parent=self,
        )
        self.unlocking.opened.connect(self._show_main)
        self.unlocking.cancelled.connect(self._on_cancelled)
        self.opened: OpenedStore | None = None
        #: The window whose runner is making the day's backup (None when none is running).
        self.backup_window: MainWindow | None = None
        self.settings: Settings | None = None
        self.main_window: MainWindow | None = None
        self._demo_dir: Path | None = None
        self.demo_notice: QMessageBox | None = None
        self._shut_down = False
        self.idle = IdleLock(0, self)
        self.idle.idle.connect(self._on_idle)

    @property
    def wizard(self) -> SetupWizard | None:
        return self.unlocking.wizard

    @property
    def unlock_dialog(self) -> UnlockDialog | None:
        return self.unlocking.unlock_dialog

    @property
    def wipe_progress(self) -> WipeProgressDialog | None:
        """The progress of the wipe at open, while it shows."""
        return self.unlocking.wipe_progress

    # -- start --------------------------------------------------------------------------------

    def start(self) -> None:
        """Show the first window: demo main window, setup wizard, or unlock dialog."""
        if self.demo:
            self._start_demo()
        elif not self.paths.store.exists():
            self.unlocking.show_wizard()
        else:
            self.unlocking.show_unlock()

    def _start_demo(self) -> None:
        from seller_desktop.core.demo import create_demo_store

        self._demo_dir = Path(tempfile.mkdtemp(prefix="seller-desktop-demo-"))
        self.paths = resolve_paths(self._demo_dir)
        log.info("Demo mode: throwaway store in a temporary folder")
        self._show_main(create_demo_store(self.paths, self.clock))

    def _on_cancelled(self) -> None:
        log.info("Setup or unlock cancelled: quitting")
        self.shutdown()
        self.finished.emit(0)

    # -- the main window ----------------------------------------------------------------------

    def _show_main(self, opened: OpenedStore) -> None:
        from seller_desktop.core.settings import load_settings
        from seller_desktop.ui.shell.main_window import MainWindow
        from seller_desktop.ui.shell.notices import label_purchase_box

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
        if opened.label_notes:
            label_purchase_box(window, opened.label_notes).open()
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
        from seller_desktop.core.privacy.backups import daily_backup

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
        if window is not None and alive(window):
            window.jobs.shutdown()

    def _daily_backup_done(self, problem: object) -> None:
        """The window shows the new backup's time, or why there is none and what to do."""
        if isinstance(problem, JobCancelled):
            return  # the window closed first; the next unlock makes it
        from seller_desktop.core.privacy.backup_status import failure_kind

        window = self.main_window if alive(self.main_window) else None
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
        from seller_desktop.core.settings import Settings

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
        self.unlocking.show_unlock(
            reason or self.tr("Seller Desktop is locked. Enter your passphrase to continue.")
        )
        window, self.main_window = self.main_window, None
        if alive(window):
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
        self.unlocking.show_unlock(
            self.tr(
                "Enter the passphrase of the backup to restore it. It must be the passphrase of this "
                "store as well. Your current store is kept in the backups folder as "
                "before-restore.db, and contact details past their deadline are removed as the "
                "backup opens."
            ),
            restore_from=Path(str(source)),
        )
        window, self.main_window = self.main_window, None
        if alive(window):
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
            if alive(window) and window.isVisible():
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
        self.unlocking.shutdown()
        self._finish_backup()
        window, self.main_window = self.main_window, None
        if alive(window) and window.isVisible():
            window.close()
        self._close_store()
        if self._demo_dir is not None:
            shutil.rmtree(self._demo_dir, ignore_errors=True)
            self._demo_dir = None
