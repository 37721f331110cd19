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
"""

from __future__ import annotations

import json
import os
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QFileDialog, QFrame, QGridLayout,
                               QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QMessageBox, QPushButton, QScrollArea, QSpinBox,
                               QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from ..core import archive
from ..core.backups import back_up
from ..core.erasure import erase_orders, orders_of_buyer, subject_export
from ..core.errors import BadInput, SellerError
from ..core.marketplaces import MARKETPLACES
from ..core.orders import get_order
from ..core.privacy_overview import upcoming_wipes, wipe_log
from ..core.retention import (EXTENSION_DAYS, OPEN_ORDER_DAYS, OPEN_ORDER_WARNING_DAYS, WipeReport,
                              extend_open_order, open_orders_near_cap, set_retention_days)
from ..core.settings import MAX_RETENTION_DAYS, TAX_ARCHIVE_YEARS_RANGE, Settings, load_settings, \
    save_settings
from ..core.status import store_status
from ..core.store import Store
from ..core.store.passphrase import verify_passphrase
from ..paths import AppPaths
from .formatting import local_date, local_datetime
from .jobs import JobRunner, report_unexpected
from .privacy_dialogs import EntryViewer, HoldDialog, PassphrasePrompt, archive_passphrase_minimum
from .widgets import InlineMessage, page_heading, paragraph

#: Days of upcoming wipes shown in the timeline.
TIMELINE_DAYS = 30
#: Order ids listed in a confirmation before "and N more".
MAX_IDS_LISTED = 40


def _ids_text(ids: list[str] | tuple[str, ...], limit: int = MAX_IDS_LISTED) -> str:
    shown = " ".join(ids[:limit])
    more = len(ids) - limit
    return shown + (QCoreApplication.translate("PrivacyPage", " … and {0} more").format(more)
                    if more > 0 else "")


class _Stat(QFrame):
    """One figure at the top of the page: a large number over its caption."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacyStat")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._caption = caption
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        self.number = QLabel("0")
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # screen readers reach each figure

    def set_value(self, value: str, detail: str = "") -> None:
        self.number.setText(value)
        self.caption.setText(self._caption + (f"\n{detail}" if detail else ""))
        self.setAccessibleName(f"{self._caption}: {value}" + (f" ({detail})" if detail else ""))

    def value(self) -> str:
        return self.number.text()


def _tree(name: str, headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setAccessibleName(name)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setHeaderLabels(headers)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = tree.header()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return tree


def _button(text: str, name: str, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.clicked.connect(lambda _checked=False: slot())
    return button


class PrivacyPage(QWidget):
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
        self._job_done: Callable[[object], None] | None = None
        self._job_error: Callable[[str], None] | None = None
        self.confirm_box: QMessageBox | None = None
        self.prompt: PassphrasePrompt | None = None
        self.hold_dialog: HoldDialog | None = None
        self.viewer: EntryViewer | None = None
        self.file_dialog: QFileDialog | None = None
        self.setAccessibleName(self.tr("Privacy"))
        jobs.finished.connect(self._on_job_finished)
        jobs.failed.connect(self._on_job_failed)
        jobs.cancelled.connect(lambda: self._on_job_failed(None))

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
        self.stat_held = _Stat(self.tr("Orders holding contact details"))
        self.stat_due = _Stat(self.tr("Removed in the next 7 days"))
        self.stat_open = _Stat(self.tr("Still to ship, past day {0}").format(OPEN_ORDER_WARNING_DAYS))
        self.stat_archive = _Stat(self.tr("In the tax archive"))
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
        self.timeline = _tree(self.tr("Upcoming wipes"),
                              [self.tr("Day"), self.tr("Orders"), self.tr("Order ids")])
        self.timeline.setMinimumHeight(160)
        layout.addWidget(self.timeline, 2)
        row = QHBoxLayout()
        self.wipe_now_button = _button(self.tr("&Run the wipe now"), self.tr("Run the wipe now"),
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
        self.near_cap = _tree(self.tr("Orders still to ship, past day {0}").format(
            OPEN_ORDER_WARNING_DAYS), [self.tr("Order id"), self.tr("Contact details removed on")])
        self.near_cap.setMinimumHeight(90)
        self.near_cap.setMaximumHeight(150)
        self.near_cap.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.near_cap, 1)
        row = QHBoxLayout()
        self.extend_button = _button(self.tr("E&xtend {0} days").format(EXTENSION_DAYS),
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
        self.log_tree = _tree(self.tr("Wipe log"), [self.tr("When"), self.tr("Why"),
                                                    self.tr("Orders"), self.tr("Order ids")])
        layout.addWidget(self.log_tree, 1)
        return body

    def _build_erasure(self) -> QWidget:
        body, layout = self._section()
        orders_box = QGroupBox(self.tr("Erase orders now"))
        box = QVBoxLayout(orders_box)
        box.addWidget(paragraph(self.tr(
            "Removes the contact details of these orders at once (a buyer's request under GDPR "
            "Art. 17). The orders stay, without names and addresses. This cannot be undone.")))
        row = QHBoxLayout()
        label = QLabel(self.tr("Order &ids:"))
        self.erase_ids = QLineEdit()
        self.erase_ids.setAccessibleName(self.tr("Order ids to erase"))
        self.erase_ids.setPlaceholderText(self.tr("Order ids, separated by spaces or commas"))
        label.setBuddy(self.erase_ids)
        self.use_selection_button = _button(self.tr("Use &selected orders"),
                                            self.tr("Use the orders selected on the Orders page"),
                                            self.use_selected_orders)
        self.erase_ids_button = _button(self.tr("Erase…"), self.tr("Erase these orders"),
                                        self.ask_erase_ids)
        row.addWidget(label)
        row.addWidget(self.erase_ids, 1)
        row.addWidget(self.use_selection_button)
        row.addWidget(self.erase_ids_button)
        box.addLayout(row)
        layout.addWidget(orders_box)

        buyer_box = QGroupBox(self.tr("A buyer, by e-mail address"))
        box = QVBoxLayout(buyer_box)
        box.addWidget(paragraph(self.tr(
            "Find every order of one buyer that still holds contact details, by the e-mail "
            "address on the order. Erase them all, or export what the store holds about the "
            "buyer as a JSON file (GDPR Art. 15) — the file is yours to send to the buyer.")))
        row = QHBoxLayout()
        label = QLabel(self.tr("E-&mail:"))
        self.email = QLineEdit()
        self.email.setAccessibleName(self.tr("Buyer's e-mail address"))
        self.email.setPlaceholderText("name@marketplace.amazon.com")
        label.setBuddy(self.email)
        self.erase_buyer_button = _button(self.tr("Erase buyer…"), self.tr("Erase this buyer's orders"),
                                          self.ask_erase_buyer)
        self.export_button = _button(self.tr("E&xport as JSON…"),
                                     self.tr("Export this buyer's data as JSON"),
                                     self.choose_export_file)
        row.addWidget(label)
        row.addWidget(self.email, 1)
        row.addWidget(self.erase_buyer_button)
        row.addWidget(self.export_button)
        self.export_pdf_button = _button(self.tr("Export as &PDF…"),
                                         self.tr("Export this buyer's data as a readable PDF"),
                                         self.choose_export_pdf_file)
        row.addWidget(self.export_pdf_button)
        box.addLayout(row)
        layout.addWidget(buyer_box)
        self.erasure_message = InlineMessage(self.tr("Erasure message"))
        layout.addWidget(self.erasure_message)
        layout.addStretch(1)
        return body

    def _build_backups(self) -> QWidget:
        body, layout = self._section()
        layout.addWidget(paragraph(self.tr(
            "A backup is an encrypted copy of the store that opens with your passphrase. Backups "
            "are wiped too: every time the store opens, contact details past their deadline are "
            "removed from each backup Seller Desktop keeps, and a backup that cannot be wiped is "
            "deleted. A file you save elsewhere is wiped when it is restored.")))
        if self._demo:
            layout.addWidget(paragraph(self.tr(
                "The demo store has no passphrase of yours, so it cannot be backed up or restored.")))
        row = QHBoxLayout()
        self.backup_button = _button(self.tr("Back &up to file…"), self.tr("Back up to file"),
                                     self.choose_backup_file)
        self.restore_button = _button(self.tr("&Restore from file…"), self.tr("Restore from file"),
                                      self.choose_restore_file)
        for button in (self.backup_button, self.restore_button):
            button.setEnabled(not self._demo)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(paragraph(self.tr(
            "Restoring replaces the store with the backup (for example on a new computer). Your "
            "current store is kept in the backups folder first. Seller Desktop closes the store, "
            "asks for the backup's passphrase and opens the restored store.")))
        self.backup_message = InlineMessage(self.tr("Backup message"))
        layout.addWidget(self.backup_message)
        layout.addStretch(1)
        return body

    def _build_archive(self) -> QWidget:
        body, layout = self._section()
        layout.addWidget(paragraph(self.tr(
            "Where the law requires you to keep invoices (for example ten years in Germany), the "
            "invoice details — buyer name, billing address, tax id — are sealed in a separate "
            "archive at wipe time instead of being deleted. Seller Desktop can add to the archive "
            "but reads it only with the archive passphrase. Entries are deleted at their end "
            "date.")))
        self.archive_status = QLabel()
        self.archive_status.setWordWrap(True)
        self.archive_status.setAccessibleName(self.tr("Tax archive status"))
        layout.addWidget(self.archive_status)
        row = QHBoxLayout()
        self.setup_button = _button(self.tr("&Set up the tax archive…"),
                                    self.tr("Set up the tax archive"), self.ask_archive_setup)
        row.addWidget(self.setup_button)
        row.addStretch(1)
        layout.addLayout(row)

        rule_box = QGroupBox(self.tr("Tax-archive rule"))
        rule = QGridLayout(rule_box)
        rule.addWidget(paragraph(self.tr(
            "Off unless you choose: orders of these marketplaces, and business orders if ticked, "
            "keep their invoice details sealed for the years you set, counted from the end of "
            "the year of the sale. Cancelled orders are never kept.")), 0, 0, 1, 2)
        self.rule_marketplaces = QListWidget()
        self.rule_marketplaces.setAccessibleName(self.tr("Marketplaces whose invoices are kept"))
        self.rule_marketplaces.setMaximumHeight(130)
        for code, market in MARKETPLACES.items():
            item = QListWidgetItem(f"{code} — {market.name}")
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.rule_marketplaces.addItem(item)
        rule.addWidget(self.rule_marketplaces, 1, 0, 3, 1)
        self.rule_business = QCheckBox(self.tr("Keep &business orders of any marketplace"))
        self.rule_business.setAccessibleName(self.tr("Keep business orders"))
        rule.addWidget(self.rule_business, 1, 1)
        years_row = QHBoxLayout()
        years_label = QLabel(self.tr("Keep for:"))
        self.rule_years = QSpinBox()
        self.rule_years.setRange(*TAX_ARCHIVE_YEARS_RANGE)
        self.rule_years.setSuffix(self.tr(" years"))
        self.rule_years.setAccessibleName(self.tr("Years the invoices are kept"))
        years_label.setBuddy(self.rule_years)
        years_row.addWidget(years_label)
        years_row.addWidget(self.rule_years)
        years_row.addStretch(1)
        rule.addLayout(years_row, 2, 1)
        self.rule_save = _button(self.tr("Save &rule"), self.tr("Save the tax-archive rule"),
                                 self.save_rule)
        rule.addWidget(self.rule_save, 3, 1, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        rule.setColumnStretch(0, 1)
        rule.setColumnStretch(1, 1)
        layout.addWidget(rule_box)

        holds_box = QGroupBox(self.tr("Legal holds"))
        holds = QVBoxLayout(holds_box)
        self.holds_tree = _tree(self.tr("Legal holds"), [self.tr("Order id"), self.tr("Kept until"),
                                                         self.tr("Sealed"), self.tr("Reason")])
        self.holds_tree.setMinimumHeight(90)
        self.holds_tree.setMaximumHeight(160)
        self.holds_tree.itemSelectionChanged.connect(self._update_buttons)
        holds.addWidget(self.holds_tree)
        row = QHBoxLayout()
        self.hold_button = _button(self.tr("&Place hold…"), self.tr("Place a legal hold"),
                                   self.ask_hold)
        self.release_button = _button(self.tr("Re&lease"), self.tr("Release the selected hold"),
                                      self.release_selected)
        row.addWidget(self.hold_button)
        row.addWidget(self.release_button)
        row.addStretch(1)
        holds.addLayout(row)
        layout.addWidget(holds_box)

        entries_box = QGroupBox(self.tr("Sealed entries"))
        entries = QVBoxLayout(entries_box)
        self.entries_tree = _tree(self.tr("Sealed archive entries"),
                                  [self.tr("Order id"), self.tr("Kept until"), self.tr("Sealed on")])
        self.entries_tree.setMinimumHeight(90)
        self.entries_tree.setMaximumHeight(160)
        self.entries_tree.itemSelectionChanged.connect(self._update_buttons)
        entries.addWidget(self.entries_tree)
        row = QHBoxLayout()
        self.open_entry_button = _button(self.tr("&Open entry…"), self.tr("Open the selected entry"),
                                         self.ask_open_entry)
        row.addWidget(self.open_entry_button)
        row.addStretch(1)
        entries.addLayout(row)
        layout.addWidget(entries_box)
        self.archive_message = InlineMessage(self.tr("Tax archive message"))
        layout.addWidget(self.archive_message)
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
        self.retention_save = _button(self.tr("Sa&ve"), self.tr("Save the retention days"),
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
                                 self.tr("of {0} orders").format(locale.toString(status.orders)))
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
                                    _ids_text(day.order_ids)])
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
                                    QLocale().toString(entry.count), _ids_text(entry.order_ids)])
            item.setToolTip(3, "\n".join(entry.order_ids[:200]))
            self.log_tree.addTopLevelItem(item)
        if not self.log_tree.topLevelItemCount():
            self.log_tree.addTopLevelItem(QTreeWidgetItem(
                ["", "", "", self.tr("No contact details have been removed yet.")]))

    def _fill_archive(self) -> None:
        status = archive.archive_status(self._store)
        self.holds_tree.clear()
        self.entries_tree.clear()
        if not status.set_up:
            self.stat_archive.set_value("—", self.tr("not set up"))
            self.archive_status.setText(self.tr(
                "The tax archive is not set up. Set it up before you turn on the tax-archive rule "
                "or place a legal hold; without it, nothing is kept past the deadline."))
            return
        locale = QLocale()
        self.stat_archive.set_value(locale.toString(status.entries), self.tr("{0} legal holds").format(
            locale.toString(status.holds)))
        self.archive_status.setText(
            self.tr("Set up. {0} sealed entries, {1} legal holds.").format(status.entries, status.holds)
            + (self.tr(" The next entry is deleted after {0}.").format(local_date(status.next_end_date))
               if status.next_end_date else ""))
        for hold in archive.list_holds(self._store):
            item = QTreeWidgetItem([hold.order_id, local_date(hold.until),
                                    self.tr("Yes") if hold.archived else self.tr("Not yet"),
                                    hold.reason])
            item.setData(0, Qt.ItemDataRole.UserRole, hold.order_id)
            self.holds_tree.addTopLevelItem(item)
        for entry in archive.list_entries(self._store):
            item = QTreeWidgetItem([entry.order_id, local_date(entry.end_date),
                                    local_datetime(entry.archived_at)])
            item.setData(0, Qt.ItemDataRole.UserRole, entry.order_id)
            self.entries_tree.addTopLevelItem(item)

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
        set_up = archive.is_set_up(self._store) if not self._jobs.busy else False
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
             error: Callable[[str], None]) -> bool:
        """``work()`` on the worker thread (one step); ``done(result)`` or ``error(message)``."""
        if self._jobs.busy:
            error(self.tr("Another task is running (an import or the retention wipe). Try again "
                          "in a moment."))
            return False

        def steps():
            yield 0, 1
            return work()

        self._job_done, self._job_error = done, error
        if not self._jobs.start(steps):
            self._job_done = self._job_error = None
            error(self.tr("Another task is running. Try again in a moment."))
            return False
        return True

    def _on_job_finished(self, result: object) -> None:
        done, self._job_done, self._job_error = self._job_done, None, None
        if done is not None:
            done(result)
        if self._stale:
            self.refresh()

    def _on_job_failed(self, exc: object) -> None:
        error, self._job_done, self._job_error = self._job_error, None, None
        if error is not None:
            if isinstance(exc, SellerError):
                error(str(exc))
            elif exc is None:
                error(self.tr("Stopped before it was done; nothing was changed."))
            else:
                error(self.tr("Something went wrong; the details are in the error report."))
                report_unexpected(exc)  # type: ignore[arg-type]
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

    # -- erasure and export --------------------------------------------------------------------

    def use_selected_orders(self) -> None:
        ids = self._selected_order_ids()
        if not ids:
            self.erasure_message.show_error(self.tr(
                "No orders are selected on the Orders page. Select them there, or type their ids."))
            return
        self.erase_ids.setText(" ".join(ids))
        self.erasure_message.clear()

    def ask_erase_ids(self) -> None:
        ids = list(dict.fromkeys(self.erase_ids.text().replace(",", " ").split()))
        if not ids:
            self.erasure_message.show_error(self.tr("Type the order ids to erase."))
            return
        if self._jobs.busy:
            self.erasure_message.show_error(self.tr("Another task is running. Try again in a moment."))
            return
        unknown = [i for i in ids if get_order(self._store, i) is None]
        if unknown:
            self.erasure_message.show_error(self.tr("No such order in the store: {0}. Nothing was "
                                                    "erased.").format(", ".join(unknown)))
            return
        self._confirm_erase(ids, self.tr("Erase the contact details of these {0} orders now?").format(
            len(ids)) if len(ids) != 1 else self.tr("Erase the contact details of this order now?"))

    def ask_erase_buyer(self) -> None:
        if self._jobs.busy:
            self.erasure_message.show_error(self.tr("Another task is running. Try again in a moment."))
            return
        try:
            ids = orders_of_buyer(self._store, self.email.text())
        except BadInput as err:
            self.erasure_message.show_error(str(err))
            return
        if not ids:
            self.erasure_message.show_info(self.tr(
                "No order holding contact details has this e-mail address. Nothing to erase."))
            return
        self._confirm_erase(ids, self.tr(
            "This buyer has {0} orders holding contact details. Erase them all now?").format(len(ids)))

    def _confirm_erase(self, ids: list[str], question: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Erase contact details"), question,
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("eraseConfirm")
        box.setInformativeText(self.tr("Orders: {0}\n\nNames, addresses, phone numbers and "
                                       "e-mail of these orders are removed for good; the orders "
                                       "stay. This cannot be undone.").format(_ids_text(ids)))
        erase = box.addButton(self.tr("Erase"), QMessageBox.ButtonRole.DestructiveRole)
        erase.setAccessibleName(self.tr("Erase"))
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._erase(ids) if button is erase else None)
        self.confirm_box = box
        box.open()

    def _erase(self, ids: list[str]) -> None:
        store, clock = self._store, self._store.clock

        def done(erased: object) -> None:
            count = len(erased) if isinstance(erased, list) else 0
            self.erase_ids.clear()
            self.email.clear()
            self._changed()
            self.erasure_message.show_info(
                self.tr("Erased the contact details of {0} orders: {1}").format(
                    count, _ids_text(erased)) if count else  # type: ignore[arg-type]
                self.tr("These orders held no contact details any more; nothing to erase."))

        self._run(lambda: erase_orders(store, ids, clock), done, self.erasure_message.show_error)

    def choose_export_file(self) -> None:
        self._choose_export("json")

    def choose_export_pdf_file(self) -> None:
        self._choose_export("pdf")

    def _choose_export(self, kind: str) -> None:
        if not self.email.text().strip():
            self.erasure_message.show_error(self.tr("Type the buyer's e-mail address first."))
            return
        today = self._store.clock.now().date().isoformat()
        if kind == "pdf":
            self._save_dialog(self.tr("Export a buyer's data as PDF"), f"buyer-data-{today}.pdf",
                              self.tr("PDF files (*.pdf)"), self.export_subject_pdf_to)
        else:
            self._save_dialog(self.tr("Export a buyer's data"), f"buyer-data-{today}.json",
                              self.tr("JSON files (*.json)"), self.export_subject_to)

    def export_subject_to(self, target: Path | str) -> bool:
        """Write the buyer's data (``subject_export``) to ``target`` as JSON; the file is the seller's."""
        return self._export_subject(Path(target), lambda document: (
            json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))

    def export_subject_pdf_to(self, target: Path | str) -> bool:
        """The same export as a readable PDF (``core.documents.subject_export_pdf``)."""
        from ..core.documents import subject_export_pdf

        return self._export_subject(Path(target), subject_export_pdf)

    def _export_subject(self, target: Path, render: Callable[[dict], bytes]) -> bool:
        if self._jobs.busy:
            self.erasure_message.show_error(self.tr("Another task is running. Try again in a moment."))
            return False
        try:
            document = subject_export(self._store, self.email.text())
        except BadInput as err:
            self.erasure_message.show_error(str(err))
            return False
        if not document["orders"]:
            self.erasure_message.show_info(self.tr(
                "No order holding contact details has this e-mail address; no file was written."))
            return False
        try:
            _write_private(target, render(document))
        except OSError as err:
            self.erasure_message.show_error(self.tr("The file could not be written ({0}).").format(
                err.strerror or type(err).__name__))
            return False
        self.erasure_message.show_info(self.tr("Exported {0} orders to {1}.").format(
            len(document["orders"]), target.name))
        return True

    # -- backups -------------------------------------------------------------------------------

    def _save_dialog(self, title: str, name: str, filter_text: str,
                     chosen: Callable[[Path], object]) -> QFileDialog:
        dialog = QFileDialog(self, title)
        dialog.setObjectName("privacyFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilter(filter_text)
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        if folder and Path(folder).is_dir():
            dialog.setDirectory(folder)
        dialog.selectFile(name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda file: chosen(Path(file)))
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def choose_backup_file(self) -> None:
        today = self._store.clock.now().date().isoformat()
        self._save_dialog(self.tr("Back up to file"), f"seller-desktop-backup-{today}.db",
                          self.tr("Seller Desktop backups (*.db)"), self.back_up_to)

    def back_up_to(self, target: Path | str) -> PassphrasePrompt:
        """Ask the store passphrase (the backup opens with it), then export on the worker."""
        target = Path(target)
        prompt = PassphrasePrompt(
            self.tr("Back up to file"),
            self.tr("Enter your passphrase. The backup {0} is encrypted and opens with this "
                    "passphrase.").format(target.name), self.tr("&Back up"), parent=self)
        store = self._store

        def submitted(passphrase: str) -> None:
            def work() -> Path:
                verify_passphrase(store, passphrase)
                return back_up(store, target, passphrase,
                               self._paths.backups if target.parent == self._paths.backups else None)

            def done(_result: object) -> None:
                prompt.done_ok()
                self.backup_message.show_info(self.tr("Backed up to {0}.").format(target.name))

            self._run(work, done, prompt.show_error)

        prompt.submitted.connect(submitted)
        prompt.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.prompt = prompt
        prompt.open()
        return prompt

    def choose_restore_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Restore from file"))
        dialog.setObjectName("privacyFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Seller Desktop backups (*.db)"), self.tr("All files (*)")])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda file: self.ask_restore(Path(file)))
        self.file_dialog = dialog
        dialog.open()

    def ask_restore(self, source: Path | str) -> QMessageBox:
        source = Path(source)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Restore from file"),
                          self.tr("Replace the store with the backup {0}?").format(source.name),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("restoreConfirm")
        box.setInformativeText(self.tr(
            "Everything in the store now is replaced by the backup. The current store is kept in "
            "the backups folder as before-restore.db. Seller Desktop closes the store, asks for "
            "the backup's passphrase (the same as this store's) and opens the restored store; "
            "contact details past their deadline are removed as it opens."))
        go = box.addButton(self.tr("Close and restore"), QMessageBox.ButtonRole.AcceptRole)
        go.setAccessibleName(self.tr("Close the store and restore"))
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self.restore_requested.emit(source)
                                  if button is go else None)
        self.confirm_box = box
        box.open()
        return box

    # -- tax archive ---------------------------------------------------------------------------

    def ask_archive_setup(self) -> PassphrasePrompt:
        prompt = PassphrasePrompt(
            self.tr("Set up the tax archive"),
            self.tr("Choose an archive passphrase of at least {0} characters, different from the "
                    "store passphrase. Keep it somewhere safe: without it nobody can read the "
                    "archive, and it cannot be reset.").format(archive_passphrase_minimum()),
            self.tr("&Set up"), confirm=True, min_length=archive_passphrase_minimum(), parent=self)
        store = self._store

        def submitted(passphrase: str) -> None:
            def work() -> None:
                if not self._demo:
                    try:
                        verify_passphrase(store, passphrase)
                    except SellerError:
                        pass  # not the store passphrase: good
                    else:
                        raise BadInput(self.tr(
                            "Choose an archive passphrase different from the store passphrase: "
                            "the archive should stay closed while the store is open."))
                archive.init_archive(store, passphrase)

            def done(_result: object) -> None:
                prompt.done_ok()
                self.refresh()
                self.archive_message.show_info(self.tr("The tax archive is set up."))

            self._run(work, done, prompt.show_error)

        prompt.submitted.connect(submitted)
        prompt.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.prompt = prompt
        prompt.open()
        return prompt

    def save_rule(self) -> bool:
        codes = tuple(self.rule_marketplaces.item(r).data(Qt.ItemDataRole.UserRole)
                      for r in range(self.rule_marketplaces.count())
                      if self.rule_marketplaces.item(r).checkState() == Qt.CheckState.Checked)
        return self._save(lambda s: replace(s, tax_archive_marketplaces=codes,
                                            tax_archive_business_orders=self.rule_business.isChecked(),
                                            tax_archive_years=self.rule_years.value()),
                          self.archive_message, self.tr("Tax-archive rule saved."))

    def ask_hold(self, order_id: str = "") -> HoldDialog:
        dialog = HoldDialog(self._store.clock.now().date(), order_id, self)
        store = self._store

        def submitted(oid: str, reason: str, until: date) -> None:
            if self._jobs.busy:
                dialog.show_error(self.tr("Another task is running. Try again in a moment."))
                return
            try:
                archive.place_hold(store, oid, reason, until)
            except SellerError as err:
                dialog.show_error(str(err))
                return
            dialog.done_ok()
            self._changed()
            self.archive_message.show_info(self.tr("Order {0} is held until {1}.").format(
                oid, local_date(until.isoformat())))

        dialog.submitted.connect(submitted)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.hold_dialog = dialog
        dialog.open()
        return dialog

    def release_selected(self) -> None:
        order_id = self._selected(self.holds_tree)
        if not order_id or self._jobs.busy:
            return
        try:
            archive.release_hold(self._store, order_id)
        except SellerError as err:
            self.archive_message.show_error(str(err))
            return
        self._changed()
        self.archive_message.show_info(self.tr("The hold on order {0} is released.").format(order_id))

    def ask_open_entry(self, order_id: str | None = None) -> PassphrasePrompt | None:
        order_id = order_id or self._selected(self.entries_tree)
        if not order_id:
            return None
        prompt = PassphrasePrompt(
            self.tr("Open a tax archive entry"),
            self.tr("Enter the archive passphrase to read the entry of order {0}. The opening is "
                    "written to the event log.").format(order_id), self.tr("&Open"), parent=self)
        store = self._store

        def submitted(passphrase: str) -> None:
            def done(document: object) -> None:
                prompt.done_ok()
                self.viewer = EntryViewer(order_id, document, self)  # type: ignore[arg-type]
                self.viewer.open()

            self._run(lambda: archive.open_entry(store, order_id, passphrase), done,
                      prompt.show_error)

        prompt.submitted.connect(submitted)
        prompt.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.prompt = prompt
        prompt.open()
        return prompt

    # -- settings ------------------------------------------------------------------------------

    def save_retention(self) -> bool:
        days = self.retention_days.value()
        return self._save(lambda s: replace(s, retention_days=days), self.policy_message,
                          self.tr("Saved: contact details are kept {0} days after delivery.").format(days),
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


def _write_private(target: Path, data: bytes) -> None:
    """A file readable by the owner only (it holds a buyer's details), even if it existed."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    fd = os.open(target, flags, 0o600)
    with os.fdopen(fd, "wb") as handle:
        if hasattr(os, "fchmod"):
            os.fchmod(handle.fileno(), 0o600)
        handle.write(data)
