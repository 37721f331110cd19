"""The Privacy page: what the store holds, when it goes, and the seller's privacy tools.

At the top, four figures: orders holding contact details, due in the next 7 days, orders still to
ship past day 45, and the tax archive. Below, one widget per tab: upcoming wipes (by day, order
ids only) with the open orders near their 60-day cap (``upcoming.py``); the wipe log
(``wipe_log.py``); erasure and a buyer's data export (``erasure.py``); backups (``backups.py``);
the tax archive — set up, rule, legal holds, sealed entries (``archive.py``); the retention policy
in plain words (``policy.py``). Each tab takes what it needs in its constructor and reports by
signals; this page composes them and forwards what the main window listens to.

What is shown here is counts, order ids, dates and the seller's own words — never a buyer's contact
details. The archive's content appears only in the read-only viewer after the archive passphrase,
and each opening is logged by the core. Slow work (exports, the archive's key derivation, erasure)
runs on the window's ``JobRunner`` from a window-modal dialog; while any job runs this page reads
nothing from the store (see ``jobs.py``) and refreshes when the job is over.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from seller_desktop.core.privacy.deadlines import OPEN_ORDER_WARNING_DAYS
from seller_desktop.core.privacy.retention import WipeReport, open_orders_near_cap
from seller_desktop.core.settings import Settings
from seller_desktop.core.status import store_status
from seller_desktop.core.store import Store
from seller_desktop.paths import AppPaths
from seller_desktop.ui.common.jobs import JobRunner
from seller_desktop.ui.common.widgets import page_heading, paragraph
from seller_desktop.ui.privacy.archive.tab import ArchiveTab
from seller_desktop.ui.privacy.backups import BackupsTab
from seller_desktop.ui.privacy.erasure import ErasureTab
from seller_desktop.ui.privacy.parts import Stat
from seller_desktop.ui.privacy.policy import PolicyTab
from seller_desktop.ui.privacy.upcoming import UpcomingTab
from seller_desktop.ui.privacy.wipe_log import WipeLogTab


class PrivacyPage(QWidget):
    #: Settings were saved here (retention days, tax rule): the ``Settings`` object.
    saved = Signal(object)
    #: Orders changed (erased, extended, held): the window refreshes orders, status and this page.
    store_changed = Signal()
    #: The seller confirmed "Restore from file…": the app closes the store and restores this path.
    restore_requested = Signal(object)
    #: A backup was saved from the Backups tab (its time, aware UTC).
    backup_made = Signal(object)
    #: "Run the wipe now".
    wipe_requested = Signal()

    def __init__(
        self,
        store: Store,
        settings: Settings,
        jobs: JobRunner,
        paths: AppPaths,
        *,
        demo: bool = False,
        selected_order_ids: Callable[[], list[str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._settings = settings
        self._jobs = jobs
        self._stale = True
        self.setAccessibleName(self.tr("Privacy"))
        # Any job's end (an import, a wipe) may have changed what the page shows.
        for signal in (jobs.finished, jobs.failed, jobs.cancelled):
            signal.connect(self._refresh_if_stale)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addWidget(page_heading(self.tr("Privacy")))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Buyers' contact details are kept only as long as Amazon allows, then removed for good. "
                    "This page shows what is held, what goes next, and what has gone."
                )
            )
        )

        stats = QHBoxLayout()
        stats.setSpacing(10)
        self.stat_held = Stat(self.tr("Orders holding contact details"))
        self.stat_due = Stat(self.tr("Removed in the next 7 days"))
        self.stat_open = Stat(
            self.tr("Still to ship, past day {0}").format(OPEN_ORDER_WARNING_DAYS)
        )
        self.stat_archive = Stat(self.tr("In the tax archive"))
        for stat in (self.stat_held, self.stat_due, self.stat_open, self.stat_archive):
            stats.addWidget(stat, 1)
        layout.addLayout(stats)

        self.upcoming_tab = UpcomingTab(store, jobs)
        self.log_tab = WipeLogTab(store)
        self.erasure_tab = ErasureTab(store, jobs, selected_order_ids)
        self.backups_tab = BackupsTab(store, jobs, paths, demo=demo)
        self.archive_tab = ArchiveTab(store, settings, jobs, demo=demo)
        self.policy_tab = PolicyTab(store, settings, jobs)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Privacy sections"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.upcoming_tab, self.tr("&Upcoming wipes"))
        self.tabs.addTab(self.log_tab, self.tr("Wipe &log"))
        self.tabs.addTab(self.erasure_tab, self.tr("&Erase and export"))
        self.tabs.addTab(self.backups_tab, self.tr("&Backups"))
        self.tabs.addTab(self.archive_tab, self.tr("Tax &archive"))
        self.tabs.addTab(self.policy_tab, self.tr("Retention &policy"))
        layout.addWidget(self.tabs, 1)
        self._connect_tabs()
        self.refresh()

    def _connect_tabs(self) -> None:
        self.upcoming_tab.wipe_requested.connect(self.wipe_requested)
        self.backups_tab.backup_made.connect(self.backup_made)
        self.backups_tab.restore_requested.connect(self.restore_requested)
        for tab in (self.upcoming_tab, self.erasure_tab, self.archive_tab):
            tab.changed.connect(self._changed)
        self.archive_tab.set_up.connect(self.refresh)
        for saving in (self.policy_tab, self.archive_tab):
            saving.saved.connect(self._saved_here)

    # -- showing -------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # orders may have changed elsewhere (imported, shipped) since the last visit

    def settings_saved_elsewhere(self, settings: Settings) -> None:
        self._settings = settings
        self._show_settings()

    def _show_settings(self) -> None:
        self.policy_tab.show_settings(self._settings)
        self.archive_tab.show_settings(self._settings)

    def refresh_backup_status(self) -> None:
        """The Backups tab's "Last backup" line, read anew (the window calls this)."""
        self.backups_tab.refresh_backup_status()

    def refresh(self) -> None:
        """Read the figures and every tab anew; deferred while a job runs (the jobs rule)."""
        if self._jobs.busy:
            self._stale = True
            return
        self._stale = False
        status = store_status(self._store, WipeReport())
        locale = QLocale()
        self.stat_held.set_value(
            locale.toString(status.with_contact_details),
            self.tr("of %Ln orders", "", status.orders),
        )
        self.stat_due.set_value(locale.toString(status.due_within_7_days))
        near = open_orders_near_cap(self._store, self._store.clock)
        self.stat_open.set_value(locale.toString(len(near)))
        self.upcoming_tab.refresh(near)
        self.log_tab.refresh()
        archive = self.archive_tab.refresh()
        if archive.set_up:
            self.stat_archive.set_value(
                locale.toString(archive.entries), self.tr("%Ln legal holds", "", archive.holds)
            )
        else:
            self.stat_archive.set_value("—", self.tr("not set up"))
        self._show_settings()  # what is saved, over any edit left unsaved

    def _refresh_if_stale(self, *_ended: object) -> None:
        if self._stale and not self._jobs.busy:
            self.refresh()

    # -- what the tabs report ------------------------------------------------------------------

    def _changed(self) -> None:
        self.store_changed.emit()
        self.refresh()

    def _saved_here(self, settings: object) -> None:
        if isinstance(settings, Settings):
            self.settings_saved_elsewhere(settings)
        self.saved.emit(settings)
