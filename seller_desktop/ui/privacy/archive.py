"""Privacy › Tax archive: set up, change of the archive passphrase, the tax rule, legal holds and
the sealed entries, read only with the archive passphrase.

Everything that derives a key from a passphrase (Argon2id, slow on purpose) runs on the window's
``JobRunner`` from a window-modal dialog: the worker owns the store connection while it runs (the
core logs to the store's event log), and the window stays responsive.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from seller_desktop.core.base.changes import ARCHIVE
from seller_desktop.core.base.errors import BadInput, SellerError
from seller_desktop.core.orders.marketplaces import MARKETPLACES
from seller_desktop.core.passphrase import verify_passphrase
from seller_desktop.core.privacy import archive
from seller_desktop.core.privacy.archive import ArchiveStatus
from seller_desktop.core.settings import TAX_ARCHIVE_YEARS_RANGE, Settings
from seller_desktop.core.store import Store
from seller_desktop.ui.common.formatting import local_date, local_datetime, seller_message
from seller_desktop.ui.common.jobs import JobRunner
from seller_desktop.ui.common.widgets import InlineMessage, paragraph
from seller_desktop.ui.privacy.archive_passphrase import ChangeArchivePassphraseDialog
from seller_desktop.ui.privacy.dialogs import (
    EntryViewer,
    HoldDialog,
    PassphrasePrompt,
    archive_passphrase_minimum,
)
from seller_desktop.ui.privacy.parts import (
    make_button,
    make_tree,
    run_job,
    save_setting,
    selected_id,
    tab_layout,
)


def _refuse_store_passphrase(store: Store, passphrase: str, message: str) -> None:
    """BadInput(``message``) if ``passphrase`` opens the store: the archive passphrase must differ,
    so the archive stays shut while the store is open. Worker thread (a second keyed connection).
    """
    try:
        verify_passphrase(store, passphrase)
    except SellerError:
        return  # not the store passphrase: good
    raise BadInput(message)


class ArchiveTab(QWidget):
    """The archive's state, its rule, holds and entries. Reads when the page says so."""

    #: The tax-archive rule was saved: the ``Settings`` object.
    saved = Signal(object)
    #: A hold was placed or released here (GUI thread): the page announces it and reads anew.
    changed = Signal()
    #: The archive was set up (a job that announced its own changes): the page reads anew.
    set_up = Signal()

    def __init__(
        self,
        store: Store,
        settings: Settings,
        jobs: JobRunner,
        *,
        demo: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._jobs = jobs
        self._demo = demo
        self._archive_set_up = False  # last read when no job ran (see update_buttons)
        #: The open dialogs, if any (tests reach them here).
        self.prompt: PassphrasePrompt | None = None
        self.hold_dialog: HoldDialog | None = None
        self.viewer: EntryViewer | None = None
        self.archive_passphrase_dialog: ChangeArchivePassphraseDialog | None = None

        layout = tab_layout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Where the law requires you to keep invoices (for example ten years in Germany), the "
                    "invoice details — buyer name, billing address, tax id — are sealed in a separate "
                    "archive at wipe time instead of being deleted. Seller Desktop can add to the archive "
                    "but reads it only with the archive passphrase. Entries are deleted at their end "
                    "date."
                )
            )
        )
        self.archive_status = QLabel()
        self.archive_status.setWordWrap(True)
        self.archive_status.setAccessibleName(self.tr("Tax archive status"))
        layout.addWidget(self.archive_status)
        row = QHBoxLayout()
        self.setup_button = make_button(
            self.tr("&Set up the tax archive…"),
            self.tr("Set up the tax archive"),
            self.ask_archive_setup,
        )
        row.addWidget(self.setup_button)
        self.change_archive_passphrase_button = make_button(
            self.tr("C&hange the archive passphrase…"),
            self.tr("Change the archive passphrase"),
            self.ask_archive_passphrase_change,
        )
        self.change_archive_passphrase_button.setVisible(False)  # shown once the archive is set up
        row.addWidget(self.change_archive_passphrase_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self._build_rule())
        layout.addWidget(self._build_holds())
        layout.addWidget(self._build_entries())
        self.archive_message = InlineMessage(self.tr("Tax archive message"))
        layout.addWidget(self.archive_message)
        self.show_settings(settings)

    def _build_rule(self) -> QGroupBox:
        rule_box = QGroupBox(self.tr("Tax-archive rule"))
        rule = QGridLayout(rule_box)
        rule.addWidget(
            paragraph(
                self.tr(
                    "Off unless you choose: orders of these marketplaces, and business orders if ticked, "
                    "keep their invoice details sealed for the years you set, counted from the end of "
                    "the year of the sale. Cancelled orders are never kept."
                )
            ),
            0,
            0,
            1,
            2,
        )
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
        self.rule_save = make_button(
            self.tr("Save &rule"), self.tr("Save the tax-archive rule"), self.save_rule
        )
        rule.addWidget(
            self.rule_save, 3, 1, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
        )
        rule.setColumnStretch(0, 1)
        rule.setColumnStretch(1, 1)
        return rule_box

    def _build_holds(self) -> QGroupBox:
        holds_box = QGroupBox(self.tr("Legal holds"))
        holds = QVBoxLayout(holds_box)
        self.holds_tree = make_tree(
            self.tr("Legal holds"),
            [self.tr("Order id"), self.tr("Kept until"), self.tr("Sealed"), self.tr("Reason")],
        )
        self.holds_tree.setMinimumHeight(90)
        self.holds_tree.setMaximumHeight(160)
        self.holds_tree.itemSelectionChanged.connect(self.update_buttons)
        holds.addWidget(self.holds_tree)
        row = QHBoxLayout()
        self.hold_button = make_button(
            self.tr("&Place hold…"), self.tr("Place a legal hold"), self.ask_hold
        )
        self.release_button = make_button(
            self.tr("Re&lease"), self.tr("Release the selected hold"), self.release_selected
        )
        row.addWidget(self.hold_button)
        row.addWidget(self.release_button)
        row.addStretch(1)
        holds.addLayout(row)
        return holds_box

    def _build_entries(self) -> QGroupBox:
        entries_box = QGroupBox(self.tr("Sealed entries"))
        entries = QVBoxLayout(entries_box)
        self.entries_tree = make_tree(
            self.tr("Sealed archive entries"),
            [self.tr("Order id"), self.tr("Kept until"), self.tr("Sealed on")],
        )
        self.entries_tree.setMinimumHeight(90)
        self.entries_tree.setMaximumHeight(160)
        self.entries_tree.itemSelectionChanged.connect(self.update_buttons)
        entries.addWidget(self.entries_tree)
        row = QHBoxLayout()
        self.open_entry_button = make_button(
            self.tr("&Open entry…"), self.tr("Open the selected entry"), self.ask_open_entry
        )
        row.addWidget(self.open_entry_button)
        row.addStretch(1)
        entries.addLayout(row)
        return entries_box

    # -- showing -------------------------------------------------------------------------------

    def show_settings(self, settings: Settings) -> None:
        chosen = set(settings.tax_archive_marketplaces)
        for row in range(self.rule_marketplaces.count()):
            item = self.rule_marketplaces.item(row)
            item.setCheckState(
                Qt.CheckState.Checked
                if item.data(Qt.ItemDataRole.UserRole) in chosen
                else Qt.CheckState.Unchecked
            )
        self.rule_business.setChecked(settings.tax_archive_business_orders)
        self.rule_years.setValue(settings.tax_archive_years)

    def refresh(self) -> ArchiveStatus:
        """Read the archive's state, holds and entries (only while no job runs: the page sees to
        it); the state, for the page's figure."""
        status = archive.archive_status(self._store)
        self.holds_tree.clear()
        self.entries_tree.clear()
        self.change_archive_passphrase_button.setVisible(status.set_up)
        if not status.set_up:
            self.archive_status.setText(
                self.tr(
                    "The tax archive is not set up. Set it up before you turn on the tax-archive rule "
                    "or place a legal hold; without it, nothing is kept past the deadline."
                )
            )
            self.update_buttons()
            return status
        self.archive_status.setText(
            self.tr("Set up. {0} sealed entries, {1} legal holds.").format(
                status.entries, status.holds
            )
            + (
                self.tr(" The next entry is deleted after {0}.").format(
                    local_date(status.next_end_date)
                )
                if status.next_end_date
                else ""
            )
        )
        for hold in archive.list_holds(self._store):
            item = QTreeWidgetItem(
                [
                    hold.order_id,
                    local_date(hold.until),
                    self.tr("Yes") if hold.archived else self.tr("Not yet"),
                    hold.reason,
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, hold.order_id)
            self.holds_tree.addTopLevelItem(item)
        for entry in archive.list_entries(self._store):
            item = QTreeWidgetItem(
                [entry.order_id, local_date(entry.end_date), local_datetime(entry.archived_at)]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, entry.order_id)
            self.entries_tree.addTopLevelItem(item)
        self.update_buttons()
        return status

    def update_buttons(self) -> None:
        # While a job runs the store is the job's (see jobs.py): keep what was last read rather
        # than showing "Set up" over an archive that exists.
        if not self._jobs.busy:
            self._archive_set_up = archive.is_set_up(self._store)
        set_up = self._archive_set_up
        self.setup_button.setVisible(not set_up)
        self.hold_button.setEnabled(set_up)
        self.release_button.setEnabled(set_up and bool(selected_id(self.holds_tree)))
        self.open_entry_button.setEnabled(set_up and bool(selected_id(self.entries_tree)))

    # -- setting up, the passphrase ------------------------------------------------------------

    def ask_archive_setup(self) -> PassphrasePrompt:
        prompt = PassphrasePrompt(
            self.tr("Set up the tax archive"),
            self.tr(
                "Choose an archive passphrase of at least {0} characters, different from the "
                "store passphrase. Keep it somewhere safe: without it nobody can read the "
                "archive, and it cannot be reset."
            ).format(archive_passphrase_minimum()),
            self.tr("&Set up"),
            confirm=True,
            min_length=archive_passphrase_minimum(),
            parent=self,
        )
        store, demo = self._store, self._demo
        same_as_store = self._same_as_store_message()

        def submitted(passphrase: str) -> None:
            def work() -> None:
                if not demo:
                    _refuse_store_passphrase(store, passphrase, same_as_store)
                archive.init_archive(store, passphrase)

            def done(_result: object) -> None:
                prompt.done_ok()
                self.set_up.emit()
                self.archive_message.show_info(self.tr("The tax archive is set up."))

            run_job(self._jobs, work, done, prompt.show_error, ARCHIVE)

        prompt.submitted.connect(submitted)
        prompt.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.prompt = prompt
        prompt.open()
        return prompt

    def _same_as_store_message(self) -> str:
        return self.tr(
            "Choose an archive passphrase different from the store passphrase: the "
            "archive should stay closed while the store is open."
        )

    def ask_archive_passphrase_change(self) -> ChangeArchivePassphraseDialog:
        """The dialog; its work (three Argon2id derivations, about half a second) runs on the
        window's worker thread, logged by the core without any secret."""
        dialog = ChangeArchivePassphraseDialog(self)
        store, demo = self._store, self._demo
        same_as_store = self._same_as_store_message()

        def submitted(current: str, new: str) -> None:
            def work() -> bool:
                # The demo's store passphrase is random and never shown: no need to compare.
                if not demo:
                    _refuse_store_passphrase(store, new, same_as_store)
                try:
                    archive.change_archive_passphrase(store, current, new)
                except archive.WrongArchivePassphrase:
                    return False  # said in the dialog's own words, in the seller's language
                return True

            def done(changed: object) -> None:
                if not changed:
                    dialog.wrong_current()
                    return
                dialog.done_ok()
                self.archive_message.show_info(
                    self.tr(
                        "The archive passphrase is changed. Only the new one opens the tax archive "
                        "now, and every entry in it."
                    )
                )

            run_job(self._jobs, work, done, dialog.show_error)

        dialog.submitted.connect(submitted)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.archive_passphrase_dialog = dialog
        dialog.open()
        return dialog

    # -- the rule, holds, entries --------------------------------------------------------------

    def save_rule(self) -> bool:
        codes = tuple(
            self.rule_marketplaces.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.rule_marketplaces.count())
            if self.rule_marketplaces.item(r).checkState() == Qt.CheckState.Checked
        )
        business, years = self.rule_business.isChecked(), self.rule_years.value()
        saved = save_setting(
            self._store,
            self._jobs,
            lambda s: replace(
                s,
                tax_archive_marketplaces=codes,
                tax_archive_business_orders=business,
                tax_archive_years=years,
            ),
            self.archive_message,
            self.tr("Tax-archive rule saved."),
        )
        if saved is None:
            return False
        self.show_settings(saved)
        self.saved.emit(saved)
        return True

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
                dialog.show_error(seller_message(err))
                return
            dialog.done_ok()
            self.changed.emit()
            self.archive_message.show_info(
                self.tr("Order {0} is held until {1}.").format(oid, local_date(until.isoformat()))
            )

        dialog.submitted.connect(submitted)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.hold_dialog = dialog
        dialog.open()
        return dialog

    def release_selected(self) -> None:
        order_id = selected_id(self.holds_tree)
        if not order_id or self._jobs.busy:
            return
        try:
            archive.release_hold(self._store, order_id)
        except SellerError as err:
            self.archive_message.show_error(seller_message(err))
            return
        self.changed.emit()
        self.archive_message.show_info(
            self.tr("The hold on order {0} is released.").format(order_id)
        )

    def ask_open_entry(self, order_id: str | None = None) -> PassphrasePrompt | None:
        order_id = order_id or selected_id(self.entries_tree)
        if not order_id:
            return None
        prompt = PassphrasePrompt(
            self.tr("Open a tax archive entry"),
            self.tr(
                "Enter the archive passphrase to read the entry of order {0}. The opening is "
                "written to the event log."
            ).format(order_id),
            self.tr("&Open"),
            parent=self,
        )
        store, entry_id = self._store, order_id

        def submitted(passphrase: str) -> None:
            def done(document: object) -> None:
                prompt.done_ok()
                self.viewer = EntryViewer(
                    entry_id, document if isinstance(document, dict) else {}, self
                )
                self.viewer.open()

            run_job(
                self._jobs,
                lambda: archive.open_entry(store, entry_id, passphrase),
                done,
                prompt.show_error,
            )

        prompt.submitted.connect(submitted)
        prompt.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.prompt = prompt
        prompt.open()
        return prompt
