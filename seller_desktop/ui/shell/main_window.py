"""The main window: what its parts say to each other, and the one refresh point, ``announce``.

It only arranges things. Each screen lives in its own folder; the sidebar and page stack are in
``navigation``, the pages built on first visit in ``page_builders``, the menus in ``menus``, the
status bar in ``status_line`` and the report files in and out in ``report_files``. What the window
knows of the store is the status line (counts, never contact details). The title carries the
seller's business name and never anything of a buyer's.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QVBoxLayout, QWidget

from seller_desktop.core.base.changes import ORDERS, StoreChanges
from seller_desktop.core.privacy.retention import WipeReport
from seller_desktop.core.privacy.retention_pass import PassResult
from seller_desktop.core.settings import Settings
from seller_desktop.core.status import store_status
from seller_desktop.core.store import Store
from seller_desktop.paths import AppPaths
from seller_desktop.ui.amazon.sync_runner import AmazonSync
from seller_desktop.ui.common.jobs import JobRunner
from seller_desktop.ui.orders.page.page import OrdersPage
from seller_desktop.ui.reviews.auto_runner import AutoReviews
from seller_desktop.ui.shell.label_desk import LabelDesk
from seller_desktop.ui.shell.menus import MenuHandlers, build_menus
from seller_desktop.ui.shell.navigation import LazyPages, Navigation, page_titles
from seller_desktop.ui.shell.notices import BackupNotice, demo_banner
from seller_desktop.ui.shell.page_builders import PageContext, build_page, refresh_pages
from seller_desktop.ui.shell.print_previews import PrintPreviews
from seller_desktop.ui.shell.report_files import ReportFiles, local_files
from seller_desktop.ui.shell.retention_timer import HOUR_MS, MINUTE_MS, RetentionScheduler
from seller_desktop.ui.shell.status_line import StatusLine
from seller_desktop.ui.shell.today_links import open_today_link
from seller_desktop.ui.shell.window_state import WindowState

if TYPE_CHECKING:  # annotations only: each Qt class costs milliseconds to load at start-up
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent

    from seller_desktop.ui.importing.dialog import ImportDialog
    from seller_desktop.ui.orders.confirmations import ConfirmationExport
    from seller_desktop.ui.printing.page import PrintPage
    from seller_desktop.ui.printing.preview import PrintPreviewDialog
    from seller_desktop.ui.privacy.page import PrivacyPage
    from seller_desktop.ui.settings.page import SettingsPage
    from seller_desktop.ui.shell.about_dialog import AboutDialog

DEFAULT_SIZE = QSize(1200, 780)


class MainWindow(QMainWindow):
    #: The seller asked to lock (File › Lock); the app hides the window and shows the unlock dialog.
    lock_requested = Signal()
    #: New settings were saved (the ``Settings`` object); e.g. the idle lock picks up its minutes.
    settings_changed = Signal(object)
    #: Privacy › Restore from file… was confirmed: the app closes the store and restores this file.
    restore_requested = Signal(object)
    #: Something in the store changed (a ``StoreChanges``): every job's end that declared one and
    #: every write a screen made on the GUI thread pass through ``announce``, which shows them
    #: (orders, status bar, open pages) and then emits this for anyone else who shows store data.
    changes = Signal(object)

    def __init__(
        self,
        store: Store,
        settings: Settings,
        wipe_report: WipeReport,
        *,
        demo: bool = False,
        config_dir: str | Path | None = None,
        paths: AppPaths | None = None,
        wipe_interval_ms: int = HOUR_MS,
        wake_check_ms: int = MINUTE_MS,
    ) -> None:
        super().__init__()
        self.store = store
        # The window reads through a read-only connection of its own (GUI thread) and hands the
        # writer to its job runner's worker for each job: see jobs.py, "Who touches the store".
        store.attach_reader()
        self.settings = settings
        self.wipe_report = wipe_report
        self.demo = demo
        self._state = WindowState(config_dir)
        self.setObjectName("MainWindow")
        self.setAccessibleName(self.tr("Seller Desktop"))
        self._update_title()

        # Only the orders page is built now; the others on first visit (start-up time counts).
        self.orders_page = OrdersPage(store)
        self.orders_page.orders_changed.connect(lambda: self.announce(ORDERS))
        self.orders_page.print_requested.connect(
            lambda document, ids: self.print_orders(document, ids)
        )
        # Background work on one worker thread, which takes the store's writer for each job.
        self.jobs = JobRunner(self, store=store)
        self.jobs.changed.connect(self.announce)
        self.reports = ReportFiles(store, self.jobs, self, self.announce, config_dir)
        self.orders_page.import_requested.connect(self.reports.open_import_guide)
        self.previews = PrintPreviews(store, self.jobs, self, config_dir, self.announce)
        # The store's own folder when the app did not say (tests that build a window directly).
        data_dir = store.path.parent
        self.paths = paths or AppPaths(data_dir, data_dir / "config", data_dir / "logs")
        self.retention = self._retention_scheduler(wipe_interval_ms, wake_check_ms)
        self.setAcceptDrops(True)  # report files dropped anywhere on the window are imported

        self.navigation = Navigation(
            lambda key: build_page(key, self._page_context()),
            {"orders": self.orders_page},
            self.fontMetrics().height() + 16,
        )
        self.sidebar, self.stack = self.navigation.sidebar, self.navigation.stack
        self.pages = LazyPages(self.navigation)
        self._build_status()
        self._build_menus()
        self.amazon = AmazonSync(self)  # Sync with Amazon: the action, the timer, the notice
        self.amazon.settings_saved.connect(self._settings_saved)
        self.settings_changed.connect(self.amazon.apply_settings)
        self.changes.connect(self.amazon.store_changed)
        self.orders_page.orders_shipped.connect(self.amazon.confirm_now)
        self.auto_reviews = AutoReviews(store, self.jobs, self.statusBar())  # off unless chosen
        self.amazon.synced.connect(self.auto_reviews.check)
        self.changes.connect(self.auto_reviews.store_changed)
        pages = self.navigation.built  # the desk reads the Print page's cards box, if built
        self.labels = LabelDesk(store, self.jobs, self, self.previews, lambda: self.settings, pages)
        self.orders_page.label_requested.connect(self.labels.act)
        self._build_central()
        self.refresh_status()
        self.refresh_backup_status()
        self._restore_state()
        self.retention.start()

    # -- building ----------------------------------------------------------------------------

    def _retention_scheduler(self, interval_ms: int, wake_check_ms: int) -> RetentionScheduler:
        """The retention wipe every hour and after a wake from sleep, on the window's worker."""
        retention = RetentionScheduler(
            self.store,
            self.jobs,
            self.paths,
            interval_ms=interval_ms,
            wake_check_ms=wake_check_ms,
            parent=self,
        )
        retention.started.connect(self._wipe_started)
        retention.finished.connect(self._wipe_finished)
        return retention

    def page_titles(self) -> dict[str, str]:
        return page_titles()

    def _build_status(self) -> None:
        """The status bar, and the backup warning that goes above the pages."""
        self.status_line = StatusLine(self.statusBar(), demo=self.demo)
        self.status_counts = self.status_line.counts
        self.status_wipe = self.status_line.wipe
        self.status_backup = self.status_line.backup
        self.retention.progress.connect(self.status_line.show_wipe_progress)
        self.backups = BackupNotice(
            self.status_line, self.paths, self.store.clock, self._backup_status_changed
        )
        self.backup_warning = self.backups.warning

    def _build_central(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.demo_banner = demo_banner() if self.demo else None
        if self.demo_banner is not None:
            outer.addWidget(self.demo_banner)
        outer.addWidget(self.backup_warning)  # stays until a backup is made
        outer.addWidget(self.amazon.notice)  # orders without addresses: once, until dismissed

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        outer.addLayout(row, 1)
        self.setCentralWidget(central)

    def _build_menus(self) -> None:
        handlers = MenuHandlers(
            choose_import_files=self.reports.choose_import_files,
            export_confirmations=self._export_confirmations,
            sync_amazon=lambda: self.amazon.run_now(),
            lock=self.request_lock,
            quit=self.close,
            show_page=self.show_page,
            show_about=self.show_about,
        )
        actions = build_menus(self, handlers)
        self.import_action = actions.import_action
        self.export_action = actions.export_action
        self.export_again_action = actions.export_again_action
        self.sync_action = actions.sync_action
        self.lock_action = actions.lock_action
        self.quit_action = actions.quit_action
        self.page_actions = actions.page_actions
        self.about_action = actions.about_action
        self.navigation.actions = self.page_actions

    # -- status ------------------------------------------------------------------------------

    def refresh_status(self) -> None:
        """Counts from the store and what the retention pass at open did (numbers only)."""
        self.status_line.show_store_status(store_status(self.store, self.wipe_report))

    def refresh_backup_status(self) -> None:
        """The status bar's "Backed up 07:12" (today), "Backed up 3 Dec" or "No backup yet"."""
        self.backups.refresh()

    def daily_backup_done(self) -> None:
        """The day's backup is written (or was already there): its time in the status bar and on
        Privacy › Backups, and any earlier warning gone."""
        self.backups.daily_backup_done()

    def daily_backup_failed(self, kind: str) -> None:
        """Say in the window that the day's backup failed, why in plain words, and what to do.
        ``kind`` is a ``backup_status.FAILURE_*``; no path, no file content, no buyer's data."""
        self.backups.daily_backup_failed(kind)

    def _backup_status_changed(self) -> None:
        self.backups.refresh()
        privacy = self.navigation.built.get("privacy")
        if privacy is not None and hasattr(privacy, "refresh_backup_status"):
            privacy.refresh_backup_status()

    def status_text(self) -> str:
        """Everything the status bar says, as one line (what a screen reader would read)."""
        return self.status_line.text()

    # -- pages -------------------------------------------------------------------------------

    def show_page(self, key: str) -> None:
        self.navigation.show(key)

    def current_page_key(self) -> str:
        return self.navigation.current_key()

    def page(self, key: str) -> QWidget:
        """The page for ``key``, built (and put in the stack in place of its stand-in) if new."""
        return self.navigation.page(key)

    def _page_context(self) -> PageContext:
        """What a page built now takes from the window (the settings as they are now)."""
        return PageContext(
            store=self.store,
            settings=self.settings,
            demo=self.demo,
            jobs=self.jobs,
            paths=self.paths,
            selected_order_ids=self._selected_order_ids,
            print_orders=self.print_orders,
            settings_saved=self._settings_saved,
            announce=self.announce,
            restore_requested=self._restore_requested,
            backup_made=self.backups.backup_made,
            wipe_requested=self.retention.run_now,
            changes=self.changes,
            open_link=lambda link: open_today_link(self, link),
        )

    @property
    def settings_page(self) -> SettingsPage:
        return self.page("settings")  # type: ignore[return-value]

    @property
    def print_page(self) -> PrintPage:
        return self.page("print")  # type: ignore[return-value]

    @property
    def privacy_page(self) -> PrivacyPage:
        return self.page("privacy")  # type: ignore[return-value]

    def _selected_order_ids(self) -> list[str]:
        return [order.order_id for order in self.orders_page.selected_orders()]

    # -- printing ----------------------------------------------------------------------------

    def print_orders(
        self,
        document: str,
        order_ids: list[str],
        layout: str | None = None,
        with_cards: bool = False,
    ) -> PrintPreviewDialog | None:
        """Render ``document`` ("slips" or "pick_list") for these orders and open the preview;
        None (with a word why) if another task is running."""
        return self.previews.open(self.settings, document, order_ids, layout, with_cards)

    @property
    def print_preview(self) -> PrintPreviewDialog | None:
        """The print preview showing now, if any."""
        return self.previews.preview

    # -- privacy -----------------------------------------------------------------------------

    def _central(self) -> QWidget:
        central = self.centralWidget()
        assert central is not None  # set in __init__
        return central

    def _wipe_started(self, due: int) -> None:
        """A wipe with due orders is writing on the worker: keep hands off the store until it ends
        (the jobs rule); with nothing due the pass only looks at backups and the archive."""
        if due:
            self._central().setEnabled(False)
            self.status_line.show_wipe_progress(0, due)

    def _wipe_finished(self, result: PassResult) -> None:
        self._central().setEnabled(True)
        self.statusBar().clearMessage()
        report = result.report
        if report.count or report.failed != self.wipe_report.failed:
            self.wipe_report = WipeReport(
                self.wipe_report.wiped_order_ids + report.wiped_order_ids, report.failed
            )
        self.refresh_status()  # the pass's own changes are announced by the job runner

    def announce(self, changes: object) -> None:
        """The one way the window learns what changed, whoever changed it: show it, then tell
        anyone else (``changes``). Reads go through the window's own read-only connection, so this
        is safe while another job runs."""
        if not isinstance(changes, StoreChanges) or not changes:
            return
        if changes.orders or changes.contact_details:
            self.orders_page.refresh()
            if changes.contact_details:
                # A copied address whose order was just wiped leaves the clipboard now.
                self.orders_page.detail.forget_copy_if_wiped()
            self.refresh_status()
        if changes.backups:
            self._backup_status_changed()
        refresh_pages(self.navigation.built, changes)
        self.changes.emit(changes)

    def _restore_requested(self, source: object) -> None:
        self.save_window_state()
        self.orders_page.forget_contact_details()
        self.restore_requested.emit(source)

    def request_lock(self) -> None:
        """Remember the layout, take any address off the screen, then ask the app to lock."""
        self.save_window_state()
        self.orders_page.forget_contact_details()
        self.lock_requested.emit()

    def show_about(self) -> AboutDialog:
        from seller_desktop.ui.shell.about_dialog import (
            AboutDialog,  # rarely opened: not worth its start-up time
        )

        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- report files ------------------------------------------------------------------------

    @property
    def confirmations(self) -> ConfirmationExport:
        """File › Export shipping confirmations, built on first use (start-up time)."""
        return self.reports.confirmations

    def _export_confirmations(self, again: bool) -> None:
        self.confirmations.choose_file(again=again)

    @property
    def import_dialog(self) -> ImportDialog | None:
        """The import running or showing its summary, if any."""
        return self.reports.import_dialog

    def import_files(self, paths: list[Path]) -> ImportDialog | None:
        """Import report files on the worker thread, with progress, the problem question, summary."""
        return self.reports.import_files(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_files(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_files(paths)

    def _settings_saved(self, settings: Settings) -> None:
        self.settings = settings
        self._update_title()
        # Each page saves only its own fields over the settings it holds: keep them all current.
        for page in self.navigation.built.values():
            if hasattr(page, "settings_saved_elsewhere"):
                page.settings_saved_elsewhere(settings)
        self.settings_changed.emit(settings)

    def _update_title(self) -> None:
        name = self.tr("Demo") if self.demo else self.settings.business_name.strip()
        self.setWindowTitle(
            self.tr("Seller Desktop — {0}").format(name) if name else self.tr("Seller Desktop")
        )

    # -- remembered layout -------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self._state.bytes("main_window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(DEFAULT_SIZE)
        self.orders_page.restore_state(
            {
                "header": self._state.bytes("orders/header"),
                "splitter": self._state.bytes("orders/splitter"),
            }
        )
        self.navigation.show_row(self._state.integer("main_window/page", 0))

    def save_window_state(self) -> None:
        """Geometry, the open page and the orders layout; no data of any kind."""
        orders = self.orders_page.save_state()
        self._state.save(
            {
                "main_window/geometry": self.saveGeometry(),
                "main_window/page": self.stack.currentIndex(),
                "orders/header": orders["header"],
                "orders/splitter": orders["splitter"],
            }
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.retention.stop()
        self.amazon.stop()
        self.auto_reviews.stop()
        self.jobs.shutdown()  # a running import is rolled back before the store can be closed
        self.save_window_state()
        self.orders_page.forget_contact_details()
        super().closeEvent(event)
