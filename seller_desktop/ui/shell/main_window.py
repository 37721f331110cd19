"""The main window: navigation between the pages, menus, status bar, remembered layout.

It only arranges things. Each screen lives in its own ``<screen>_page.py``; what the window knows
of the store is the status line (counts, never contact details). The title carries the seller's
business name and never anything of a buyer's.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from seller_desktop.core.base.changes import ORDERS, PRINTED, PRIVACY, StoreChanges
from seller_desktop.core.privacy import backup_status
from seller_desktop.core.privacy.retention import WipeReport
from seller_desktop.core.privacy.retention_pass import PassResult
from seller_desktop.core.settings import Settings
from seller_desktop.core.status import store_status
from seller_desktop.core.store import Store
from seller_desktop.paths import AppPaths
from seller_desktop.ui.common.jobs import JobRunner
from seller_desktop.ui.common.widgets import InlineMessage
from seller_desktop.ui.orders.page import OrdersPage
from seller_desktop.ui.shell.placeholder_page import PlaceholderPage, placeholder_texts
from seller_desktop.ui.shell.retention_timer import HOUR_MS, MINUTE_MS, RetentionScheduler
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

#: Page keys in navigation order; Ctrl+1 … Ctrl+6 follow this order.
PAGE_KEYS = ("orders", "print", "campaigns", "reviews", "privacy", "settings")
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
        self._config_dir = config_dir
        self.print_preview: PrintPreviewDialog | None = None
        # When the seller last saved a backup to a file of their choice in this session (such a
        # file may lie outside backups/, where ``last_backup`` looks).
        self._saved_backup_at: datetime | None = None
        self.setObjectName("MainWindow")
        self.setAccessibleName(self.tr("Seller Desktop"))
        self._update_title()

        # Only the orders page is built now; the others on first visit (start-up time counts).
        self._built: dict[str, QWidget] = {}
        self.pages = _LazyPages(self)
        self.orders_page = OrdersPage(store)
        self.orders_page.orders_changed.connect(lambda: self.announce(ORDERS))
        self.orders_page.print_requested.connect(
            lambda document, ids: self.print_orders(document, ids)
        )
        self._built["orders"] = self.orders_page
        # Background work on one worker thread, which takes the store's writer for each job.
        self.jobs = JobRunner(self, store=store)
        self.jobs.changed.connect(self.announce)
        self.import_dialog: ImportDialog | None = None
        self._confirmations: ConfirmationExport | None = None
        # The store's own folder when the app did not say (tests that build a window directly).
        data_dir = store.path.parent
        self.paths = paths or AppPaths(data_dir, data_dir / "config", data_dir / "logs")
        # The retention wipe every hour and after a wake from sleep, on the same worker thread.
        self.retention = RetentionScheduler(
            store,
            self.jobs,
            self.paths,
            interval_ms=wipe_interval_ms,
            wake_check_ms=wake_check_ms,
            parent=self,
        )
        self.retention.started.connect(self._wipe_started)
        self.retention.progress.connect(self._wipe_progress)
        self.retention.finished.connect(self._wipe_finished)
        self.setAcceptDrops(True)  # report files dropped anywhere on the window are imported

        self._build_central()
        self._build_menus()
        self._build_status_bar()
        self.refresh_status()
        self.refresh_backup_status()
        self._restore_state()
        self.retention.start()

    # -- building ----------------------------------------------------------------------------

    def page_titles(self) -> dict[str, str]:
        return {
            "orders": self.tr("Orders"),
            "print": self.tr("Print"),
            "campaigns": self.tr("Campaigns"),
            "reviews": self.tr("Reviews"),
            "privacy": self.tr("Privacy"),
            "settings": self.tr("Settings"),
        }

    def _build_central(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.demo_banner: QLabel | None = None
        if self.demo:
            self.demo_banner = QLabel(
                self.tr(
                    "Demo store: the orders, names and addresses are invented, and the store is deleted "
                    "when you quit."
                )
            )
            self.demo_banner.setObjectName("demoBanner")
            self.demo_banner.setAccessibleName(self.tr("Demo notice"))
            self.demo_banner.setWordWrap(True)
            self.demo_banner.setStyleSheet(
                "#demoBanner { background: #fff4ce; color: #3b2f00; padding: 8px 12px;"
                " border-bottom: 1px solid #e0c060; font-weight: bold; }"
            )
            outer.addWidget(self.demo_banner)
        # Stays until a backup is made: a failed daily backup is not something to miss.
        self.backup_warning = InlineMessage(self.tr("Backup warning"))
        self.backup_warning.setObjectName("backupWarning")
        warning_layout = self.backup_warning.layout()
        if warning_layout is not None:
            warning_layout.setContentsMargins(12, 6, 12, 6)
        outer.addWidget(self.backup_warning)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.sidebar.setObjectName("sidebar")
        self.stack = QStackedWidget()
        titles = self.page_titles()
        for number, key in enumerate(PAGE_KEYS, start=1):
            item = QListWidgetItem(titles[key])
            item.setToolTip(self.tr("{0} (Ctrl+{1})").format(titles[key], number))
            item.setSizeHint(QSize(0, self.fontMetrics().height() + 16))
            self.sidebar.addItem(item)
            self.stack.addWidget(self._built.get(key) or QWidget())
        width = max(self.sidebar.fontMetrics().horizontalAdvance(t) for t in titles.values()) + 48
        self.sidebar.setFixedWidth(max(width, 150))
        self.sidebar.currentRowChanged.connect(self._row_changed)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        outer.addLayout(row, 1)
        self.setCentralWidget(central)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.import_action = QAction(self.tr("&Import…"), self)
        self.import_action.setShortcut(QKeySequence(self.tr("Ctrl+I")))
        self.import_action.setStatusTip(
            self.tr("Import Amazon order reports (you can also drop the files onto the window)")
        )
        self.import_action.triggered.connect(self.choose_import_files)
        file_menu.addAction(self.import_action)
        self.export_action = QAction(self.tr("&Export shipping confirmations…"), self)
        self.export_action.setShortcut(QKeySequence(self.tr("Ctrl+E")))
        self.export_action.setStatusTip(
            self.tr("Amazon's upload file for shipments not confirmed yet")
        )
        self.export_action.triggered.connect(lambda: self.confirmations.choose_file())
        file_menu.addAction(self.export_action)
        self.export_again_action = QAction(
            self.tr("Export all shipping confirmations &again…"), self
        )
        self.export_again_action.triggered.connect(
            lambda: self.confirmations.choose_file(again=True)
        )
        file_menu.addAction(self.export_again_action)
        file_menu.addSeparator()
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence(self.tr("Ctrl+L")))
        self.lock_action.setStatusTip(
            self.tr("Lock the store until the passphrase is entered again")
        )
        self.lock_action.triggered.connect(self.request_lock)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence(self.tr("Ctrl+Q")))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        view_menu = bar.addMenu(self.tr("&View"))
        self.page_actions: list[QAction] = []
        group = QActionGroup(self)
        group.setExclusive(True)
        titles = self.page_titles()
        for number, key in enumerate(PAGE_KEYS, start=1):
            action = QAction(titles[key], self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, k=key: self.show_page(k))
            group.addAction(action)
            view_menu.addAction(action)
            self.page_actions.append(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About Seller Desktop"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.status_counts = QLabel()
        self.status_counts.setAccessibleName(self.tr("Store status"))
        self.status_wipe = QLabel()
        self.status_wipe.setAccessibleName(self.tr("Privacy wipe at start"))
        self.status_wipe.setWordWrap(False)
        self.status_separator = QFrame()
        self.status_separator.setFrameShape(QFrame.Shape.VLine)
        self.status_separator.setFrameShadow(QFrame.Shadow.Sunken)
        self.status_backup = QLabel()
        self.status_backup.setAccessibleName(self.tr("Last backup"))
        self.status_backup.setVisible(not self.demo)  # the demo store is never backed up
        bar.addWidget(self.status_counts)
        bar.addWidget(self.status_separator)
        bar.addWidget(self.status_wipe, 1)
        bar.addPermanentWidget(self.status_backup)

    # -- behaviour ---------------------------------------------------------------------------

    def refresh_status(self) -> None:
        """Counts from the store and what the retention pass at open did (numbers only)."""
        status = store_status(self.store, self.wipe_report)
        self.status_counts.setText(
            self.tr("Orders: {0} · With contact details: {1}").format(
                status.orders, status.with_contact_details
            )
        )
        messages = []
        if status.wiped_at_open:
            messages.append(
                self.tr("Removed contact details of 1 order past its retention deadline")
                if status.wiped_at_open == 1
                else self.tr(
                    "Removed contact details of %n orders past their retention deadline",
                    "",
                    status.wiped_at_open,
                )
            )
        if status.wipe_failed:
            messages.append(
                self.tr(
                    "The privacy wipe did not finish; it will be retried at the next start. "
                    "Contact details past their deadline are hidden meanwhile."
                )
            )
        self.status_wipe.setText(" · ".join(messages))
        self.status_wipe.setVisible(bool(messages))
        self.status_separator.setVisible(bool(messages))

    def last_backup(self) -> datetime | None:
        """The newest backup in backups/, or one saved to a file in this session if newer."""
        times = [t for t in (backup_status.last_backup(self.paths), self._saved_backup_at) if t]
        return max(times, default=None)

    def refresh_backup_status(self) -> None:
        """The status bar's "Backed up 07:12" (today), "Backed up 3 Dec" or "No backup yet"."""
        when = self.last_backup()
        if when is None:
            self.status_backup.setText(self.tr("No backup yet"))
            self.status_backup.setToolTip("")
            return
        local = QDateTime.fromSecsSinceEpoch(int(when.timestamp())).toLocalTime()
        today = QDateTime.fromSecsSinceEpoch(int(self.store.clock.now().timestamp())).toLocalTime()
        locale = QLocale()
        if local.date() == today.date():
            shown = locale.toString(local.time(), QLocale.FormatType.ShortFormat)
        elif local.date().year() == today.date().year():
            #: A Qt date format (d = day, MMM = short month name) for the status bar's
            #: "Backed up 3 Dec": in the order and style of the language.
            shown = locale.toString(local.date(), self.tr("d MMM"))
        else:
            shown = locale.toString(local.date(), QLocale.FormatType.ShortFormat)
        self.status_backup.setText(self.tr("Backed up {0}").format(shown))
        self.status_backup.setToolTip(
            self.tr("Last backup: {0}").format(
                locale.toString(local, QLocale.FormatType.ShortFormat)
            )
        )

    def daily_backup_done(self) -> None:
        """The day's backup is written (or was already there): its time in the status bar and on
        Privacy › Backups, and any earlier warning gone."""
        self.backup_warning.clear()
        self._backup_status_changed()

    def daily_backup_failed(self, kind: str) -> None:
        """Say in the window that the day's backup failed, why in plain words, and what to do.
        ``kind`` is a ``backup_status.FAILURE_*``; no path, no file content, no buyer's data."""
        reasons = {
            backup_status.FAILURE_NO_SPACE: self.tr("the disk is full"),
            backup_status.FAILURE_NO_ACCESS: self.tr(
                "Seller Desktop may not write to its folder for backups"
            ),
            backup_status.FAILURE_NO_FOLDER: self.tr(
                "the folder for backups is missing or is not a folder"
            ),
            backup_status.FAILURE_STORE: self.tr("the store could not be read"),
        }
        reason = reasons.get(kind, self.tr("an unexpected error (its kind is in the log)"))
        self.backup_warning.show_error(
            self.tr(
                "The daily backup could not be made: {0}. Check there is free disk space for the "
                "folder “{1}”, or make a backup from Privacy › Backups."
            ).format(reason, self.paths.backups.name)
        )
        self._backup_status_changed()

    def _manual_backup_made(self, when: object) -> None:
        """Privacy › Backups saved a backup: that is the backup the warning asked for."""
        if isinstance(when, datetime):
            self._saved_backup_at = max(t for t in (when, self._saved_backup_at) if t)
        self.backup_warning.clear()
        self._backup_status_changed()

    def _backup_status_changed(self) -> None:
        self.refresh_backup_status()
        privacy = self._built.get("privacy")
        if privacy is not None and hasattr(privacy, "refresh_backup_status"):
            privacy.refresh_backup_status()

    def status_text(self) -> str:
        """Everything the status bar says, as one line (what a screen reader would read)."""
        parts = [self.status_counts.text()]
        if self.status_wipe.text():
            parts.append(self.status_wipe.text())
        return " · ".join(parts)

    def show_page(self, key: str) -> None:
        self.sidebar.setCurrentRow(PAGE_KEYS.index(key))

    def current_page_key(self) -> str:
        return PAGE_KEYS[self.stack.currentIndex()]

    def page(self, key: str) -> QWidget:
        """The page for ``key``, built (and put in the stack in place of its stand-in) if new."""
        if key not in self._built:
            if key == "settings":
                from seller_desktop.ui.settings.page import (
                    SettingsPage,  # imported on first visit: start-up time
                )

                settings_page = SettingsPage(
                    self.store, self.settings, demo=self.demo, jobs=self.jobs
                )
                settings_page.saved.connect(self._settings_saved)
                built: QWidget = settings_page
            elif key == "privacy":
                from seller_desktop.ui.privacy.page import PrivacyPage

                built = PrivacyPage(
                    self.store,
                    self.settings,
                    self.jobs,
                    self.paths,
                    demo=self.demo,
                    selected_order_ids=self._selected_order_ids,
                )
                built.saved.connect(self._settings_saved)
                built.store_changed.connect(lambda: self.announce(PRIVACY))
                built.restore_requested.connect(self._restore_requested)
                built.backup_made.connect(self._manual_backup_made)
                built.wipe_requested.connect(self.retention.run_now)
            elif key == "print":
                from seller_desktop.ui.printing.page import PrintPage

                built = PrintPage(
                    self.store,
                    self.settings,
                    self.jobs,
                    self._selected_order_ids,
                    self.print_orders,
                )
                built.saved.connect(self._settings_saved)
            elif key == "campaigns":
                from seller_desktop.ui.campaigns.page import CampaignsPage

                built = CampaignsPage(self.store, self.settings.business_name)
            else:
                built = PlaceholderPage(*placeholder_texts()[key])
            index = PAGE_KEYS.index(key)
            stand_in = self.stack.widget(index)
            assert stand_in is not None  # every page key has a widget in the stack
            current = self.stack.currentIndex()
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
            self.stack.insertWidget(index, built)
            self.stack.setCurrentIndex(current)
            self._built[key] = built
        return self._built[key]

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
        from seller_desktop.ui.printing.preview import (
            PrinterMemory,
            PrintPreviewDialog,
            PrintRequest,
        )

        if not order_ids:
            return None
        if self.jobs.busy:
            self.statusBar().showMessage(
                self.tr("Another task is running. Try again in a moment."), 5000
            )
            return None
        request = PrintRequest.from_settings(document, order_ids, self.settings, layout, with_cards)
        dialog = PrintPreviewDialog(
            self.store, self.jobs, request, PrinterMemory(self._config_dir), self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.logged.connect(lambda: self.announce(PRINTED))  # after printing or saving
        dialog.destroyed.connect(lambda: self._preview_gone(dialog))
        self.print_preview = dialog
        dialog.show()
        if not dialog.start():
            dialog.close()
            self.statusBar().showMessage(
                self.tr("Another task is running. Try again in a moment."), 5000
            )
            return None
        return dialog

    def _preview_gone(self, dialog: object) -> None:
        if self.print_preview is dialog:
            self.print_preview = None

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
            self._wipe_progress(0, due)

    def _wipe_progress(self, done: int, due: int) -> None:
        if due:
            self.statusBar().showMessage(
                self.tr(
                    "Removing contact details past their retention deadline… {0} of {1}"
                ).format(done, due)
            )

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
        privacy = self._built.get("privacy")
        if privacy is not None and (
            changes.orders
            or changes.contact_details
            or changes.backups
            or changes.archive
            or changes.settings
        ):
            privacy.refresh()  # type: ignore[attr-defined]
        printing = self._built.get("print")
        if printing is not None and (changes.orders or changes.print_log):
            printing.refresh()  # type: ignore[attr-defined]
        self.changes.emit(changes)

    def _restore_requested(self, source: object) -> None:
        self.save_window_state()
        self.orders_page.forget_contact_details()
        self.restore_requested.emit(source)

    def _row_changed(self, row: int) -> None:
        if not 0 <= row < len(PAGE_KEYS):
            return
        self.page(PAGE_KEYS[row])
        self.stack.setCurrentIndex(row)
        self.page_actions[row].setChecked(True)

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

    # -- importing ---------------------------------------------------------------------------

    @property
    def confirmations(self) -> ConfirmationExport:
        """File › Export shipping confirmations, built on first use (start-up time)."""
        if self._confirmations is None:
            from seller_desktop.ui.orders.confirmations import ConfirmationExport

            self._confirmations = ConfirmationExport(self.store, self)
            self._confirmations.exported.connect(lambda _rows: self.announce(ORDERS))
        return self._confirmations

    def choose_import_files(self) -> None:
        from seller_desktop.ui.importing.files import (
            report_file_dialog,  # the importer loads on first use
        )

        if self._import_refused():
            return
        dialog = report_file_dialog(self)
        dialog.filesSelected.connect(lambda files: self.import_files([Path(f) for f in files]))
        dialog.open()

    def import_files(self, paths: list[Path]) -> ImportDialog | None:
        """Import report files on the worker thread, with progress, the problem question, summary."""
        from seller_desktop.ui.importing.dialog import ImportDialog

        if not paths or self._import_refused():
            return None
        dialog = ImportDialog(self.store, self.jobs, paths, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.import_dialog = dialog
        dialog.destroyed.connect(lambda: setattr(self, "import_dialog", None))
        dialog.start()
        return dialog

    def _import_refused(self) -> bool:
        """One import at a time: a second request while one runs is refused, with a word why."""
        if not self.jobs.busy and (self.import_dialog is None or self.import_dialog.over):
            return False
        self.statusBar().showMessage(self.tr("An import is already running."), 5000)
        if self.import_dialog is not None:
            self.import_dialog.raise_()
        return True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _local_files(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_files(paths)

    def _settings_saved(self, settings: Settings) -> None:
        self.settings = settings
        self._update_title()
        # Each page saves only its own fields over the settings it holds: keep them all current.
        for page in self._built.values():
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
        page = self._state.integer("main_window/page", 0)
        self.sidebar.setCurrentRow(page if 0 <= page < len(PAGE_KEYS) else 0)

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
        self.jobs.shutdown()  # a running import is rolled back before the store can be closed
        self.save_window_state()
        self.orders_page.forget_contact_details()
        super().closeEvent(event)


class _LazyPages(Mapping[str, QWidget]):
    """``window.pages[key]``: the page, built on first access like a visit would build it."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def __getitem__(self, key: str) -> QWidget:
        if key not in PAGE_KEYS:
            raise KeyError(key)
        return self._window.page(key)

    def __iter__(self) -> Iterator[str]:
        return iter(PAGE_KEYS)

    def __len__(self) -> int:
        return len(PAGE_KEYS)


def _local_files(mime) -> list[Path]:
    from seller_desktop.ui.importing.files import (
        local_files,  # the importer loads on the first drag, not at start
    )

    return local_files(mime)
