"""The sealed entries of the tax archive: listed by order id and end date, and opened one at a
time with the archive passphrase (the derivation runs on the window's worker; the opening is
written to the event log by the core)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QTreeWidgetItem, QVBoxLayout

from seller_desktop.core.privacy import archive
from seller_desktop.core.store import Store
from seller_desktop.ui.common.formatting import local_date, local_datetime
from seller_desktop.ui.common.jobs import JobRunner
from seller_desktop.ui.privacy.dialogs import EntryViewer, PassphrasePrompt
from seller_desktop.ui.privacy.parts import make_button, make_tree, run_job, selected_id


class SealedEntries(QGroupBox):
    """The entries list with Open."""

    def __init__(self, store: Store, jobs: JobRunner) -> None:
        super().__init__()
        self._store = store
        self._jobs = jobs
        #: The open dialogs, if any (tests reach them here).
        self.prompt: PassphrasePrompt | None = None
        self.viewer: EntryViewer | None = None
        self.setTitle(self.tr("Sealed entries"))
        entries = QVBoxLayout(self)
        self.tree = make_tree(
            self.tr("Sealed archive entries"),
            [self.tr("Order id"), self.tr("Kept until"), self.tr("Sealed on")],
        )
        self.tree.setMinimumHeight(90)
        self.tree.setMaximumHeight(160)
        entries.addWidget(self.tree)
        row = QHBoxLayout()
        self.open_button = make_button(
            self.tr("&Open entry…"), self.tr("Open the selected entry"), self.ask_open_entry
        )
        row.addWidget(self.open_button)
        row.addStretch(1)
        entries.addLayout(row)

    def show_entries(self, entries: list[archive.EntryInfo]) -> None:
        self.tree.clear()
        for entry in entries:
            item = QTreeWidgetItem(
                [entry.order_id, local_date(entry.end_date), local_datetime(entry.archived_at)]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, entry.order_id)
            self.tree.addTopLevelItem(item)

    def enable(self, set_up: bool) -> None:
        """Open needs the archive and a selected entry."""
        self.open_button.setEnabled(set_up and bool(selected_id(self.tree)))

    def ask_open_entry(self, order_id: str | None = None) -> PassphrasePrompt | None:
        order_id = order_id or selected_id(self.tree)
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
