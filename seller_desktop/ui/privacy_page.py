"""The Privacy page: what the store holds, when it goes, and the seller's privacy tools.

At the top, four figures: orders holding contact details, due in the next 7 days, orders still to
ship past day 45, and the tax archive. Below, tabs: upcoming wipes (by day, order ids only) with
the open orders near their 60-day cap; the wipe log; erasure and a buyer's data export; backups;
the tax archive (set up, rule, legal holds, sealed entries); the retention policy in plain words.

What is shown here is counts, order ids, dates and the seller's own words — never a buyer's contact
details. The archive's content appears only in the read-only viewer after the archive passphrase,
and each opening is logged by the core. Slow work (exports, the archive's key derivation, erasure)
runs on the window's ``JobRunner`` from a window-modal dialog; while any job runs this page reads
nothing from the store (see ``jobs.py``) and refreshes when the job is over.

The page is split by tab: erasure, export and backups in ``privacy_data.py``, the tax archive in
``privacy_archive.py`` (sections mixed into ``PrivacyPage``), shared pieces in ``privacy_parts.py``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (QFileDialog, QFrame, QHBoxLayout, QLabel, QMessageBox, QScrollArea,
                               QSpinBox, QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
                               QWidget)

from ..core import archive
from ..core.changes import NOTHING, StoreChanges
from ..core.errors import BadInput, SellerError
from ..core.privacy_overview import upcoming_wipes, wipe_log
from ..core.deadlines import EXTENSION_DAYS, OPEN_ORDER_DAYS, OPEN_ORDER_WARNING_DAYS
from ..core.retention import WipeReport, extend_open_order, open_orders_near_cap, set_retention_days
from ..core.settings import MAX_RETENTION_DAYS, Settings, load_settings, \
    save_settings
from ..core.status import store_status
from ..core.store import Store
from ..paths import AppPaths
from .formatting import local_date, local_datetime
from .jobs import JobCancelled, JobRunner, report_unexpected, run_operation
from .privacy_dialogs import EntryViewer, HoldDialog, PassphrasePrompt
from .privacy_archive import ArchiveSection
from .privacy_data import ErasureAndBackups
from .privacy_parts import Stat, ids_text, make_button, make_tree
from .widgets import InlineMessage, page_heading, paragraph

#: Days of upcoming wipes shown in the timeline.
TIMELINE_DAYS = 30


class PrivacyPage(ErasureAndBackups, ArchiveSection, QWidget):
    #: Settings were saved here (retention days, tax rule): the ``Settings`` object.
    saved = Signal(object)
    #: Orders changed (erased, extended, held): the window refreshes orders, status and this page.
    store_changed = Signal()
    #: The seller confirmed "Restore from file…": the app closes the store and restores this path.
    restore_requested = Signal(object)
    #: "Run the wipe now".
    wipe_requested = Signal()

    def __init__(self, store: Store, settings: Settings, jobs: JobRunner, paths: AppPaths, *,
                 demo: bool = False, selected_order_ids: Callable[[], list[str]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._settings = settings
        self._jobs = jobs
        self._paths = paths
        self._demo = demo
        self._selected_order_ids = selected_order_ids or (lambda: [])
        self._stale = True
        self._archive_set_up = False  # last read when no job ran (see _update_buttons)
        self.confirm_box: QMessageBox | None = None
        self.prompt: PassphrasePrompt | None = None
        self.hold_dialog: HoldDialog | None = None
        self.viewer: EntryViewer | None = None
        self.file_dialog: QFileDialog | None = None
        self.setAccessibleName(self.tr("Privacy"))
        # Any job's end (an import, a wipe) may have changed what the page shows.
        for signal in (jobs.finished, jobs.failed, jobs.cancelled):
            signal.connect(self._refresh_if_stale)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addWidget(page_heading(self.tr("Privacy")))
        intro = paragraph(self.tr(
            "Buyers' contact details are kept only as long as Amazon allows, then removed for good. "
            "This page shows what is held, what goes next, and what has gone."))
        layout.addWidget(intro)

        stats = QHBoxLayout()
        stats.setSpacing(10)
        self.stat_held = Stat(self.tr("Orders holding contact details"))
        self.stat_due = Stat(self.tr("Removed in the next 7 days"))
        self.stat_open = Stat(self.tr("Still to ship, past day {0}").format(OPEN_ORDER_WARNING_DAYS))
        self.stat_archive = Stat(self.tr("In the tax archive"))
        for stat in (self.stat_held, self.stat_due, self.stat_open, self.stat_archive):
            stats.addWidget(stat, 1)
        layout.addLayout(stats)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Privacy sections"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._scrolled(self._build_upcoming()), self.tr("&Upcoming wipes"))
        self.tabs.addTab(self._scrolled(self._build_log()), self.tr("Wipe &log"))
        self.tabs.addTab(self._scrolled(self._build_erasure()), self.tr("&Erase and export"))
        self.tabs.addTab(self._scrolled(self._build_backups()), self.tr("&Backups"))
        self.tabs.addTab(self._scrolled(self._build_archive()), self.tr("Tax &archive"))
        self.tabs.addTab(self._scrolled(self._build_policy()), self.tr("Retention &policy"))
        layout.addWidget(self.tabs, 1)
        self.refresh()

    # -- building ------------------------------------------------------------------------------

    def _scrolled(self, body: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(body)
        return area

    def _section(self) -> tuple[QWidget, QVBoxLayout]:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 10, 4, 4)
        layout.setSpacing(8)
        return body, layout

    def _build_upcoming(self) -> QWidget:
        body, layout = self._section()
        layout.addWidget(paragraph(self.tr(
            "Orders whose contact details are removed in the next {0} days, by day. The wipe "
            "runs when Seller Desktop starts, every hour while it runs, and when the computer "
            "wakes up.").format(TIMELINE_DAYS)))
        self.timeline = make_tree(self.tr("Upcoming wipes"),
                              [self.tr("Day"), self.tr("Orders"), self.tr("Order ids")])
        self.timeline.setMinimumHeight(160)
        layout.addWidget(self.timeline, 2)
        row = QHBoxLayout()
        self.wipe_now_button = make_button(self.tr("&Run the wipe now"), self.tr("Run the wipe now"),
                                       self.wipe_requested.emit)
        row.addWidget(self.wipe_now_button)
        row.addStretch(1)
        layout.addLayout(row)

        self.near_cap_heading = QLabel(self.tr("Orders still to ship, past day {0}").format(
            OPEN_ORDER_WARNING_DAYS))
        font = self.near_cap_heading.font()
        font.setBold(True)
        self.near_cap_heading.setFont(font)
        layout.addSpacing(6)
        layout.addWidget(self.near_cap_heading)
        layout.addWidget(paragraph(self.tr(
            "An order not yet shipped keeps its address at most {0} days after purchase. If you "
            "still need it to ship the parcel, give the order {1} more days.").format(
                OPEN_ORDER_DAYS, EXTENSION_DAYS)))
        self.near_cap = make_tree(self.tr("Orders still to ship, past day {0}").format(
            OPEN_ORDER_WARNING_DAYS), [self.tr("Order id"), self.tr("Contact details removed on")])
        self.near_cap.setMinimumHeight(90)
        self.near_cap.setMaximumHeight(150)
        self.near_cap.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.near_cap, 1)
        row = QHBoxLayout()
        self.extend_button = make_button(self.tr("E&xtend {0} days").format(EXTENSION_DAYS),
                                     self.tr("Extend the selected order by {0} days").format(
                                         EXTENSION_DAYS), self.extend_selected)
        row.addWidget(self.extend_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.upcoming_message = InlineMessage(self.tr("Upcoming wipes message"))
        layout.addWidget(self.upcoming_message)
        return body

    def _build_log(self) -> QWidget:
        body, layout = self._section()
        layout.addWidget(paragraph(self.tr(
            "Every removal of contact details: by the retention wipe or by erasure on request. "
            "Only order ids are recorded.")))
        self.log_tree = make_tree(self.tr("Wipe log"), [self.tr("When"), self.tr("Why"),
                                                    self.tr("Orders"), self.tr("Order ids")])
        layout.addWidget(self.log_tree, 1)
        return body


    def _build_policy(self) -> QWidget:
        body, layout = self._section()
        for text in (
            self.tr("Amazon's Data Protection Policy lets you keep a buyer's contact details — "
                    "names, addresses, phone numbers, e-mail, gift messages, tax ids — for at most "
                    "30 days after the order is delivered. Seller Desktop removes them for good "
                    "when that time is up: from the store, its search index and its backups."),
            self.tr("Delivered or shipped orders: the days below count from the delivery date you "
                    "recorded, else the latest expected delivery date, else the ship date."),
            self.tr("Cancelled orders: the days count from the cancellation."),
            self.tr("Orders still to ship: the address is kept at most {0} days after purchase. "
                    "From day {1} the order is listed under Upcoming wipes, where you can give it "
                    "{2} more days.").format(OPEN_ORDER_DAYS, OPEN_ORDER_WARNING_DAYS,
                                             EXTENSION_DAYS),
            self.tr("What stays after the wipe: order and item ids, SKUs, product names, "
                    "quantities, prices, dates, the marketplace, the ship-to country and region, "
                    "and campaign and review status — enough for your accounts and statistics."),
        ):
            label = paragraph(text)
            label.setMaximumWidth(820)
            layout.addWidget(label)
        row = QHBoxLayout()
        label = QLabel(self.tr("Keep contact details for"))
        self.retention_days = QSpinBox()
        self.retention_days.setRange(1, MAX_RETENTION_DAYS)
        self.retention_days.setSuffix(self.tr(" days after delivery"))
        self.retention_days.setAccessibleName(self.tr("Days contact details are kept after delivery"))
        label.setBuddy(self.retention_days)
        self.retention_save = make_button(self.tr("Sa&ve"), self.tr("Save the retention days"),
                                      self.save_retention)
        row.addWidget(label)
        row.addWidget(self.retention_days)
        row.addWidget(self.retention_save)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(paragraph(self.tr(
            "Between 1 and {0} days. Saving recomputes the deadline of every order that still holds "
            "contact details; a shorter period removes them at the next wipe.").format(
                MAX_RETENTION_DAYS)))
        self.policy_message = InlineMessage(self.tr("Retention setting message"))
        layout.addWidget(self.policy_message)
        layout.addStretch(1)
        return body

    # -- showing -------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()  # orders may have changed elsewhere (imported, shipped) since the last visit

    def settings_saved_elsewhere(self, settings: Settings) -> None:
        self._settings = settings
        self._show_settings()

    def refresh(self) -> None:
        """Read the figures anew; deferred while a job runs (the jobs rule)."""
        if self._jobs.busy:
            self._stale = True
            return
        self._stale = False
        status = store_status(self._store, WipeReport())
        locale = QLocale()
        self.stat_held.set_value(locale.toString(status.with_contact_details),
                                 self.tr("of %Ln orders", "", status.orders))
        self.stat_due.set_value(locale.toString(status.due_within_7_days))
        near = open_orders_near_cap(self._store, self._store.clock)
        self.stat_open.set_value(locale.toString(len(near)))
        self._fill_timeline()
        self._fill_near_cap(near)
        self._fill_log()
        self._fill_archive()
        self._show_settings()
        self._update_buttons()

    def _fill_timeline(self) -> None:
        self.timeline.clear()
        for day in upcoming_wipes(self._store, TIMELINE_DAYS):
            item = QTreeWidgetItem([local_date(day.day), QLocale().toString(day.count),
                                    ids_text(day.order_ids)])
            item.setData(0, Qt.ItemDataRole.UserRole, day.day)
            item.setToolTip(2, "\n".join(day.order_ids[:200]))
            self.timeline.addTopLevelItem(item)
        if not self.timeline.topLevelItemCount():
            self.timeline.addTopLevelItem(QTreeWidgetItem(
                ["", "", self.tr("Nothing is due in the next {0} days.").format(TIMELINE_DAYS)]))

    def _fill_near_cap(self, near: list[tuple[str, str]]) -> None:
        self.near_cap.clear()
        for order_id, deadline in near:
            item = QTreeWidgetItem([order_id, local_datetime(deadline)])
            item.setData(0, Qt.ItemDataRole.UserRole, order_id)
            self.near_cap.addTopLevelItem(item)

    def _fill_log(self) -> None:
        self.log_tree.clear()
        why = {"wipe": self.tr("Retention deadline"), "erasure": self.tr("Erased on request")}
        for entry in wipe_log(self._store):
            item = QTreeWidgetItem([local_datetime(entry.at), why.get(entry.kind, entry.kind),
                                    QLocale().toString(entry.count), ids_text(entry.order_ids)])
            item.setToolTip(3, "\n".join(entry.order_ids[:200]))
            self.log_tree.addTopLevelItem(item)
        if not self.log_tree.topLevelItemCount():
            self.log_tree.addTopLevelItem(QTreeWidgetItem(
                ["", "", "", self.tr("No contact details have been removed yet.")]))


    def _show_settings(self) -> None:
        settings = self._settings
        self.retention_days.setValue(settings.retention_days)
        chosen = set(settings.tax_archive_marketplaces)
        for row in range(self.rule_marketplaces.count()):
            item = self.rule_marketplaces.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in chosen
                               else Qt.CheckState.Unchecked)
        self.rule_business.setChecked(settings.tax_archive_business_orders)
        self.rule_years.setValue(settings.tax_archive_years)

    def _update_buttons(self) -> None:
        # While a job runs the store is the job's (see jobs.py): keep what was last read rather
        # than showing "Set up" over an archive that exists.
        if not self._jobs.busy:
            self._archive_set_up = archive.is_set_up(self._store)
        set_up = self._archive_set_up
        self.setup_button.setVisible(not set_up)
        self.hold_button.setEnabled(set_up)
        self.release_button.setEnabled(set_up and bool(self._selected(self.holds_tree)))
        self.open_entry_button.setEnabled(set_up and bool(self._selected(self.entries_tree)))
        self.extend_button.setEnabled(bool(self._selected(self.near_cap)))

    @staticmethod
    def _selected(tree: QTreeWidget) -> str | None:
        items = tree.selectedItems()
        return items[0].data(0, Qt.ItemDataRole.UserRole) if items else None

    # -- jobs ----------------------------------------------------------------------------------

    def _run(self, work: Callable[[], object], done: Callable[[object], None],
             error: Callable[[str], None], changes: StoreChanges = NOTHING) -> bool:
        """``work()`` on the worker thread (one step, queued behind a running job);
        ``done(result)`` or ``error(message)`` hear this job's end only."""
        def steps():
            yield 0, 1
            return work()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, JobCancelled):
                error(self.tr("Stopped before it was done; nothing was changed."))
            elif isinstance(exc, SellerError):
                error(str(exc))
            else:
                error(self.tr("Something went wrong; the details are in the error report."))
                report_unexpected(exc)

        return run_operation(self._jobs, steps, done, failed, changes)

    def _refresh_if_stale(self, *_ended: object) -> None:
        if self._stale and not self._jobs.busy:
            self.refresh()

    def _changed(self) -> None:
        self.store_changed.emit()
        self.refresh()

    # -- upcoming: extend ----------------------------------------------------------------------

    def extend_selected(self) -> None:
        order_id = self._selected(self.near_cap)
        if not order_id or self._jobs.busy:
            return
        try:
            deadline = extend_open_order(self._store, order_id, self._store.clock)
        except BadInput as err:
            self.upcoming_message.show_error(str(err))
            return
        self._changed()
        self.upcoming_message.show_info(self.tr(
            "Order {0} keeps its contact details until {1}.").format(order_id, local_datetime(deadline)))


    # -- settings ------------------------------------------------------------------------------

    def save_retention(self) -> bool:
        days = self.retention_days.value()
        return self._save(lambda s: replace(s, retention_days=days), self.policy_message,
                          self.tr("Saved: contact details are kept %n days after delivery.", "",
                                  days),
                          save=lambda _settings: set_retention_days(self._store, days))

    def _save(self, change: Callable[[Settings], Settings], message: InlineMessage,
              success: str, save: Callable[[Settings], Settings] | None = None) -> bool:
        if self._jobs.busy:
            message.show_error(self.tr("Another task is running. Try again in a moment."))
            return False
        try:
            changed = change(load_settings(self._store))
            saved = save(changed) if save is not None else save_settings(self._store, changed)
        except BadInput as err:
            message.show_error(str(err))
            return False
        self._settings = saved
        self._show_settings()
        message.show_info(success)
        self.saved.emit(saved)
        return True


