"""The way to an open store: the setup wizard on the first run, the unlock dialog later.

The unlock dialog takes the passphrase; ``open_store`` (verify, migrate, wipe) then runs as a job
on ``open_jobs``, a job runner of its own (no store is open yet, so no window's runner exists), with
``WipeProgressDialog`` over the dialog when many orders are due. The same dialog restores a backup
in place of the store first when asked to. ``opened`` hands the open store to the controller.

The texts are filed under ``AppController``, whose steps these are, so their translations stay
where they were.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeGuard, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from seller_desktop.core.base.clock import Clock
from seller_desktop.core.base.errors import SellerError
from seller_desktop.paths import AppPaths
from seller_desktop.ui.app.store_opening import PROGRESS_THRESHOLD, WipeProgressDialog
from seller_desktop.ui.app.unlock_dialog import UnlockDialog
from seller_desktop.ui.common.jobs import (
    JobCancelled,
    JobRunner,
    report_progress,
    report_unexpected,
    run_operation,
)

if TYPE_CHECKING:  # the session loads with the first open (on the worker), the wizard at setup
    from seller_desktop.core.session import OpenedStore
    from seller_desktop.core.settings import Settings
    from seller_desktop.ui.app.setup_wizard import SetupWizard

log = logging.getLogger(__name__)

translate = QCoreApplication.translate  # texts written out in the calls: lupdate finds them

_Widget = TypeVar("_Widget", bound=QWidget)


def alive(widget: _Widget | None) -> TypeGuard[_Widget]:
    """Not None, and its C++ object not deleted yet."""
    return widget is not None and shiboken6.isValid(widget)


class UnlockFlow(QObject):
    """Shows the wizard or the unlock dialog for the store at ``paths`` and opens the store.

    ``unlock_tick_ms`` is the length of one countdown second in the unlock dialog;
    ``progress_threshold`` the number of orders due at open from which the progress dialog shows.
    """

    #: The store is open (an ``OpenedStore``); the wizard or dialog is gone.
    opened = Signal(object)
    #: The seller cancelled the setup or the unlock.
    cancelled = Signal()

    def __init__(
        self,
        paths: AppPaths,
        clock: Clock | None,
        *,
        unlock_tick_ms: int = 1000,
        progress_threshold: int = PROGRESS_THRESHOLD,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.clock = clock
        self._unlock_tick_ms = unlock_tick_ms
        self._progress_threshold = progress_threshold
        #: Runs the open (verify, migrate, wipe) off the GUI thread, as a job like every other.
        self.open_jobs = JobRunner(self)
        self.open_jobs.progress.connect(self._on_open_progress)
        self.wipe_progress: WipeProgressDialog | None = None
        self.wizard: SetupWizard | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self._shut_down = False

    # -- the setup wizard ---------------------------------------------------------------------

    def show_wizard(self) -> None:
        log.info("No store yet: showing the setup wizard")
        from seller_desktop.core.session import create_store
        from seller_desktop.ui.app.setup_wizard import SetupWizard

        def creator(passphrase: str, settings: Settings) -> OpenedStore:
            return create_store(self.paths, passphrase, settings, self.clock)

        self.wizard = SetupWizard(creator)
        self.wizard.accepted.connect(self._on_wizard_accepted)
        self.wizard.rejected.connect(self.cancelled)
        self.wizard.show()

    def _on_wizard_accepted(self) -> None:
        wizard, self.wizard = self.wizard, None
        assert wizard is not None and wizard.opened is not None
        opened, wizard.opened = wizard.opened, None
        self.opened.emit(opened)
        wizard.deleteLater()

    # -- the unlock dialog --------------------------------------------------------------------

    def show_unlock(self, reason: str = "", restore_from: Path | None = None) -> None:
        """The unlock dialog; with ``restore_from`` its passphrase first restores that backup in
        place of the store (cancelling then leaves the store as it was)."""
        opener = self._opener(restore_from)

        def background(passphrase: str) -> None:
            self._open_in_background(lambda progress: opener(passphrase, progress))

        dialog = UnlockDialog(
            opener, locked_reason=reason, tick_ms=self._unlock_tick_ms, background=background
        )
        dialog.accepted.connect(self._on_unlocked)
        if restore_from is not None:
            dialog.setWindowTitle(translate("AppController", "Restore from a backup"))
            dialog.unlock_button.setText(translate("AppController", "&Restore"))
            dialog.unlock_button.setAccessibleName(translate("AppController", "Restore"))
            dialog.quit_button.setText(translate("AppController", "&Cancel"))
            dialog.quit_button.setAccessibleName(translate("AppController", "Cancel the restore"))
            dialog.rejected.connect(lambda: self._restore_cancelled(dialog))
        else:
            dialog.rejected.connect(self.cancelled)
        self.unlock_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _opener(self, restore_from: Path | None) -> Callable[..., OpenedStore]:
        """``opener(passphrase, progress)``: opens the store, after restoring ``restore_from``
        in its place the first time."""
        restored = [False]

        def opener(passphrase: str, progress=None) -> OpenedStore:
            from seller_desktop.core.privacy.backups import restore
            from seller_desktop.core.session import open_store

            if restore_from is not None and not restored[0]:
                restore(restore_from, self.paths, passphrase, replace=True, clock=self.clock)
                restored[0] = True  # a second try (e.g. after a failed open) only opens
                log.info("Restored the store from a backup file")
            return open_store(self.paths, passphrase, self.clock, progress)

        return opener

    def _restore_cancelled(self, dialog: UnlockDialog) -> None:
        if self.unlock_dialog is dialog:
            self.unlock_dialog = None
        self.show_unlock(
            translate(
                "AppController", "Nothing was restored. Enter your passphrase to open your store."
            )
        )
        dialog.deleteLater()

    def _on_unlocked(self) -> None:
        dialog, self.unlock_dialog = self.unlock_dialog, None
        assert dialog is not None and dialog.opened is not None
        opened, dialog.opened = dialog.opened, None
        log.info("Unlocked")
        self.opened.emit(opened)
        dialog.deleteLater()

    # -- opening off the GUI thread -----------------------------------------------------------

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
            parent = self.unlock_dialog if alive(self.unlock_dialog) else None
            self.wipe_progress = WipeProgressDialog(parent)
            self.wipe_progress.show()
        self.wipe_progress.set_progress(done, due)

    def _close_wipe_progress(self) -> None:
        box, self.wipe_progress = self.wipe_progress, None
        if alive(box):
            box.hide()
            box.deleteLater()

    def _on_open_done(self, result: object) -> None:
        from seller_desktop.core.session import OpenedStore  # loaded by the open that ended

        assert isinstance(result, OpenedStore)
        result.store.adopt_writer()
        self._close_wipe_progress()
        dialog = self.unlock_dialog
        if self._shut_down or not alive(dialog):
            result.store.close()  # the app is quitting, or the dialog went meanwhile
            return
        dialog.open_finished(result)

    def _on_open_failed(self, error: BaseException) -> None:
        self._close_wipe_progress()
        dialog = self.unlock_dialog
        if isinstance(error, JobCancelled) or self._shut_down or not alive(dialog):
            return
        dialog.open_failed(error)
        if not isinstance(error, SellerError):
            report_unexpected(error)

    def shutdown(self) -> None:
        """An open (and its wipe) is finished, never cut — it is one step — and closed again."""
        self._shut_down = True
        self.open_jobs.shutdown()
        self._close_wipe_progress()
