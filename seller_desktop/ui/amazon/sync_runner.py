"""Sync with Amazon from the window: on demand (File › Sync with Amazon, F5, the status bar's
button) and every N minutes (``Settings.amazon_sync_minutes``, 0 = off).

A sync is ``core.amazon.sync.sync_steps`` run as a job on the window's ``JobRunner`` (never on the
GUI thread), followed by ``confirm_steps`` for the shipments waiting to be confirmed. Like the
hourly wipe (``ui/shell/retention_timer.py``) a sync waits while another job runs and starts as
soon as the runner is free. When it ends the window announces the new orders (the Orders table
reads again), the status bar says when it ran and what it brought — or why it stopped, in the
core's words, which say what to do — and, the first time orders arrive without names and
addresses, the no-role notice tells the seller where the addresses come from instead.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QStatusBar, QToolButton

from seller_desktop.core.amazon.accounts import load_accounts
from seller_desktop.core.amazon.confirmation_queue import pending_count
from seller_desktop.core.amazon.sync_state import load_sync_states
from seller_desktop.core.base.changes import IMPORTED, ORDERS, StoreChanges
from seller_desktop.core.base.clock import from_iso_utc
from seller_desktop.core.base.errors import SellerError
from seller_desktop.core.settings import Settings, save_settings
from seller_desktop.core.store import Store
from seller_desktop.ui.amazon.notice import NoRoleNotice
from seller_desktop.ui.common.formatting import seller_message
from seller_desktop.ui.common.jobs import JobCancelled, JobRunner, report_unexpected, run_operation

if TYPE_CHECKING:  # the sync and its HTTP client load on the first sync, not at start-up
    from seller_desktop.core.amazon.sync import TransportFactory

log = logging.getLogger(__name__)

MINUTE_MS = 60 * 1000
#: A sync asked for while another job runs is tried again after this long (and when it ends).
RETRY_MS = 30 * 1000


class AmazonHost(Protocol):
    """What the sync takes from the main window."""

    store: Store
    jobs: JobRunner
    settings: Settings
    sync_action: QAction

    def statusBar(self) -> QStatusBar: ...

    def announce(self, changes: object) -> None: ...


class AmazonSync(QObject):
    #: A sync ended: its ``SyncSummary`` (Amazon's faults are inside it, not raised).
    synced = Signal(object)
    #: Queued confirmations were sent: the ``ConfirmSummary``.
    confirmed = Signal(object)
    #: The sync saved a setting (the no-role notice was shown): the ``Settings`` as saved.
    settings_saved = Signal(object)

    def __init__(self, host: AmazonHost, *, retry_ms: int = RETRY_MS) -> None:
        super().__init__(host.jobs.parent())
        self._store = host.store
        self._jobs = host.jobs
        self._settings = host.settings
        self._announce = host.announce
        #: The HTTP transport for every request (tests give one pointed at a fake Amazon).
        self.transport_factory: TransportFactory | None = None
        self.running = False
        #: A sync was asked for while another job ran: it starts when the runner is free.
        self.waiting = False
        self.action = host.sync_action
        self.label = QLabel()
        self.label.setAccessibleName(self.tr("Amazon sync"))
        self.button = QToolButton()
        self.button.setDefaultAction(self.action)
        self.button.setAutoRaise(True)
        self._bar = host.statusBar()
        self._bar.addPermanentWidget(self.label)
        self._bar.addPermanentWidget(self.button)
        self.notice = NoRoleNotice()
        self._timer = QTimer(self)
        self._timer.timeout.connect(lambda: self.run_now())
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(retry_ms)
        self._retry.timeout.connect(lambda: self.run_now())
        for signal in (self._jobs.finished, self._jobs.failed, self._jobs.cancelled):
            signal.connect(self._runner_free)
        self.apply_settings(host.settings)
        self.refresh()

    # -- what the window tells it ------------------------------------------------------------

    def apply_settings(self, settings: Settings) -> None:
        """New settings: the automatic sync's interval (0 stops it)."""
        self._settings = settings
        minutes = settings.amazon_sync_minutes
        if minutes and self.has_account():
            if self._timer.interval() != minutes * MINUTE_MS or not self._timer.isActive():
                self._timer.start(minutes * MINUTE_MS)
        else:
            self._timer.stop()

    def store_changed(self, changes: object) -> None:
        """An account added or removed (Settings › Amazon account announces ``SETTINGS``)."""
        if isinstance(changes, StoreChanges) and changes.settings:
            self.refresh()
            self.apply_settings(self._settings)

    def stop(self) -> None:
        self.waiting = False
        self._timer.stop()
        self._retry.stop()

    @property
    def timer_active(self) -> bool:
        return self._timer.isActive()

    def has_account(self) -> bool:
        return bool(load_accounts(self._store))

    def refresh(self) -> None:
        """The action enabled while an account exists; the status line from the sync states."""
        has_account = self.has_account()
        self.action.setEnabled(has_account and not self.running)
        self.label.setVisible(has_account)
        self.button.setVisible(has_account)
        if has_account and not self.running and not self.label.text():
            runs = [s.last_run_at for s in load_sync_states(self._store).values() if s.last_run_at]
            self.label.setText(
                self.tr("Amazon: last sync {0}").format(self._time(max(runs)))
                if runs
                else self.tr("Amazon: not synced yet")
            )

    # -- the sync ------------------------------------------------------------------------------

    def run_now(self) -> bool:
        """Start a sync now; False if there is no account, or another job runs (the sync then
        waits for it)."""
        if self.running:
            return True
        if not self.has_account():
            return False
        if self._jobs.busy:
            self.waiting = True
            self._retry.start()
            return False
        self.waiting = False
        self.running = True
        self.action.setEnabled(False)
        self.label.setText(self.tr("Amazon: syncing…"))
        self._jobs.progress.connect(self._on_progress)
        from seller_desktop.core.amazon.sync import sync_steps

        store, factory = self._store, self.transport_factory
        run_operation(
            self._jobs,
            lambda: sync_steps(store, transport_factory=factory),
            self._synced,
            self._sync_failed,
            changes=IMPORTED,
        )
        return True

    def confirm_now(self, *_shipped: object) -> bool:
        """Send the queued confirmations (after a shipment): queued behind any running job."""
        if not self.has_account() or not pending_count(self._store):
            return False
        if self.running:
            return True  # the running sync confirms when its orders are in
        self._confirm()
        return True

    def _confirm(self) -> None:
        from seller_desktop.core.amazon.confirmations import confirm_steps

        store, factory = self._store, self.transport_factory
        run_operation(
            self._jobs,
            lambda: confirm_steps(store, transport_factory=factory),
            self._confirmed,
            self._confirm_failed,
            changes=ORDERS,
        )

    def _runner_free(self, *_ended: object) -> None:
        if self.waiting and not self.running:
            QTimer.singleShot(0, self.run_now)  # after the job's other listeners have run

    def _on_progress(self, done: int, _total: int, text: str) -> None:
        region = region_names().get(text, text)
        self._bar.showMessage(
            self.tr("Syncing with Amazon ({0})… %n pages", "", done).format(region)
        )

    def _end_progress(self) -> None:
        try:
            self._jobs.progress.disconnect(self._on_progress)
        except (RuntimeError, TypeError):
            pass
        self._bar.clearMessage()

    def _synced(self, result: object) -> None:
        from seller_desktop.core.amazon.sync import SyncSummary

        self._end_progress()
        assert isinstance(result, SyncSummary)
        now = self._time_now()
        if result.errors:
            region, error = next(iter(result.errors.items()))
            self.label.setText(
                self.tr("Amazon: sync stopped {0} ({1}) — {2}").format(
                    now, region_names().get(region, region), seller_message(error)
                )
            )
        else:
            self.label.setText(
                self.tr("Amazon: last sync {0} — {1} new, {2} updated").format(
                    now, result.new, result.updated
                )
            )
        self.label.setToolTip(self.label.text())
        if result.contact_role is False:
            self._tell_no_role()
        self.synced.emit(result)
        self._confirm()  # the confirmations waiting, now that the orders are in

    def _sync_failed(self, error: BaseException) -> None:
        self._end_progress()
        self.running = False
        self.refresh()
        if isinstance(error, JobCancelled):
            return
        if not isinstance(error, SellerError):
            report_unexpected(error)
            return
        self.label.setText(self.tr("Amazon: sync failed — {0}").format(seller_message(error)))

    def _confirmed(self, result: object) -> None:
        self.running = False
        from seller_desktop.core.amazon.confirmations import ConfirmSummary

        self.refresh()
        assert isinstance(result, ConfirmSummary)
        self.confirmed.emit(result)

    def _confirm_failed(self, error: BaseException) -> None:
        self.running = False
        self.refresh()
        if not isinstance(error, (SellerError, JobCancelled)):
            report_unexpected(error)

    def _tell_no_role(self) -> None:
        """Once: the notice, and the settings remember that it was shown."""
        if self._settings.amazon_no_role_told:
            return
        self.notice.show_notice()
        try:
            saved = save_settings(self._store, replace(self._settings, amazon_no_role_told=True))
        except SellerError as err:  # not remembered: it shows again next time, no harm
            log.warning("Could not remember the no-role notice: %s", type(err).__name__)
            return
        self._settings = saved
        self.settings_saved.emit(saved)

    # -- times ---------------------------------------------------------------------------------

    def _time_now(self) -> str:
        now = self._store.clock.now()
        local = QDateTime.fromSecsSinceEpoch(int(now.timestamp())).toLocalTime()
        return QLocale().toString(local.time(), QLocale.FormatType.ShortFormat)

    def _time(self, iso_utc: str) -> str:
        """Today: the time (09:15); another day: date and time, short."""
        when = QDateTime.fromSecsSinceEpoch(int(from_iso_utc(iso_utc).timestamp())).toLocalTime()
        now = self._store.clock.now()
        today = QDateTime.fromSecsSinceEpoch(int(now.timestamp())).toLocalTime().date()
        if when.date() == today:
            return QLocale().toString(when.time(), QLocale.FormatType.ShortFormat)
        return QLocale().toString(when, QLocale.FormatType.ShortFormat)


def region_names() -> dict[str, str]:
    """Amazon's regions in the seller's language (the core's ``REGION_NAMES`` are English)."""
    return {
        "na": QCoreApplication.translate("AmazonRegions", "North America"),
        "eu": QCoreApplication.translate("AmazonRegions", "Europe"),
        "fe": QCoreApplication.translate("AmazonRegions", "Far East"),
    }
