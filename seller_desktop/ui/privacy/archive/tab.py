"""Privacy › Tax archive: set up, change of the archive passphrase, and the tab that holds the tax
rule (``rule``), legal holds (``holds``) and the sealed entries (``entries``), read only with the
archive passphrase.

Everything that derives a key from a passphrase (Argon2id, slow on purpose) runs on the window's
``JobRunner`` from a window-modal dialog: the worker owns the store connection while it runs (the
core logs to the store's event log), and the window stays responsive.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from seller_desktop.core.base.changes import ARCHIVE
from seller_desktop.core.base.errors import BadInput, SellerError
from seller_desktop.core.passphrase import verify_passphrase
from seller_desktop.core.privacy import archive
from seller_desktop.core.privacy.archive import ArchiveStatus
from seller_desktop.core.settings import Settings
from seller_desktop.core.store import Store
from seller_desktop.ui.common.formatting import local_date
from seller_desktop.ui.common.jobs import JobRunner
from seller_desktop.ui.common.widgets import InlineMessage, paragraph
from seller_desktop.ui.privacy.archive.entries import SealedEntries
from seller_desktop.ui.privacy.archive.holds import LegalHolds
from seller_desktop.ui.privacy.archive.rule import ArchiveRule
from seller_desktop.ui.privacy.archive_passphrase import ChangeArchivePassphraseDialog
from seller_desktop.ui.privacy.dialogs import (
    EntryViewer,
    HoldDialog,
    PassphrasePrompt,
    archive_passphrase_minimum,
)
from seller_desktop.ui.privacy.parts import make_button, run_job, tab_layout


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
        #: The open set-up and passphrase dialogs, if any (tests reach them here; the holds' and
        #: the entries' own dialogs are theirs).
        self.prompt: PassphrasePrompt | None = None
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
        self.archive_message = InlineMessage(self.tr("Tax archive message"))
        self.rule = ArchiveRule(store, jobs, self.archive_message)
        self.rule.saved.connect(self.saved)
        self.holds = LegalHolds(store, jobs, self.archive_message)
        self.holds.changed.connect(self.changed)
        self.holds.tree.itemSelectionChanged.connect(self.update_buttons)
        self.entries = SealedEntries(store, jobs)
        self.entries.tree.itemSelectionChanged.connect(self.update_buttons)
        for part in (self.rule, self.holds, self.entries, self.archive_message):
            layout.addWidget(part)
        self._name_controls()
        self.show_settings(settings)

    def _name_controls(self) -> None:
        """The parts' controls under the tab, where the page and the tests reach them."""
        self.rule_marketplaces = self.rule.marketplaces
        self.rule_business = self.rule.business
        self.rule_years = self.rule.years
        self.rule_save = self.rule.save_button
        self.holds_tree = self.holds.tree
        self.hold_button = self.holds.hold_button
        self.release_button = self.holds.release_button
        self.entries_tree = self.entries.tree

    @property
    def viewer(self) -> EntryViewer | None:
        return self.entries.viewer

    # -- showing -------------------------------------------------------------------------------

    def show_settings(self, settings: Settings) -> None:
        self.rule.show_settings(settings)

    def refresh(self) -> ArchiveStatus:
        """Read the archive's state, holds and entries (only while no job runs: the page sees to
        it); the state, for the page's figure."""
        status = archive.archive_status(self._store)
        self.holds.show_holds([])
        self.entries.show_entries([])
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
        self.holds.show_holds(archive.list_holds(self._store))
        self.entries.show_entries(archive.list_entries(self._store))
        self.update_buttons()
        return status

    def update_buttons(self) -> None:
        # While a job runs the store is the job's (see jobs.py): keep what was last read rather
        # than showing "Set up" over an archive that exists.
        if not self._jobs.busy:
            self._archive_set_up = archive.is_set_up(self._store)
        set_up = self._archive_set_up
        self.setup_button.setVisible(not set_up)
        self.holds.enable(set_up)
        self.entries.enable(set_up)

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

    def ask_hold(self, order_id: str = "") -> HoldDialog:
        return self.holds.ask_hold(order_id)

    def ask_open_entry(self, order_id: str | None = None) -> PassphrasePrompt | None:
        return self.entries.ask_open_entry(order_id)
