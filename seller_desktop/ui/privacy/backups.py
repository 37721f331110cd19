"""Privacy › Backups: the last backup, a backup to a file of the seller's choosing, and a restore
from a file (confirmed here, carried out by the app after the store is closed)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMessageBox, QWidget

from seller_desktop.core.base.changes import BACKUPS
from seller_desktop.core.base.clock import to_iso_utc
from seller_desktop.core.passphrase import verify_passphrase
from seller_desktop.core.privacy.backup_ledger import Rollback
from seller_desktop.core.privacy.backup_status import last_backup
from seller_desktop.core.privacy.backups import back_up, preview_rollback
from seller_desktop.core.store import Store
from seller_desktop.paths import AppPaths
from seller_desktop.ui.common.formatting import local_datetime
from seller_desktop.ui.common.jobs import JobRunner
from seller_desktop.ui.common.widgets import InlineMessage, paragraph
from seller_desktop.ui.privacy.dialogs import PassphrasePrompt
from seller_desktop.ui.privacy.parts import make_button, run_job, save_file_dialog, tab_layout


class BackupsTab(QWidget):
    """Backing up runs on the window's runner after the store passphrase; a restore is asked
    for (``restore_requested``) once the seller has seen what it rolls back."""

    #: A backup was saved to a file (its time, aware UTC): the window's status bar shows it and
    #: drops a warning about a failed daily backup.
    backup_made = Signal(object)
    #: The seller confirmed "Restore from file…": the app closes the store and restores this path.
    restore_requested = Signal(object)

    def __init__(
        self,
        store: Store,
        jobs: JobRunner,
        paths: AppPaths,
        *,
        demo: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._jobs = jobs
        self._paths = paths
        #: A backup saved to a file in this session (such a file may lie outside backups/).
        self.saved_backup_at: datetime | None = None
        #: The open dialogs, if any (tests reach them here).
        self.confirm_box: QMessageBox | None = None
        self.prompt: PassphrasePrompt | None = None
        self.file_dialog: QFileDialog | None = None

        layout = tab_layout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "A backup is an encrypted copy of the store that opens with your passphrase. The "
                    "backups Seller Desktop keeps follow the store: whenever it removes contact details "
                    "(past their deadline, or erased at a buyer's request) or an order ships, each backup "
                    "follows at once, and a backup that cannot be wiped is deleted. A file you save "
                    "elsewhere is yours: it keeps its details until you delete it, and is wiped when it "
                    "is restored."
                )
            )
        )
        if demo:
            layout.addWidget(
                paragraph(
                    self.tr(
                        "The demo store has no passphrase of yours, so it cannot be backed up or restored."
                    )
                )
            )
        self.backup_status = QLabel()
        self.backup_status.setObjectName("lastBackup")
        self.backup_status.setAccessibleName(self.tr("Last backup"))
        self.backup_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_status.setVisible(not demo)
        layout.addWidget(self.backup_status)
        self.refresh_backup_status()
        row = QHBoxLayout()
        self.backup_button = make_button(
            self.tr("Back &up to file…"), self.tr("Back up to file"), self.choose_backup_file
        )
        self.restore_button = make_button(
            self.tr("&Restore from file…"), self.tr("Restore from file"), self.choose_restore_file
        )
        for button in (self.backup_button, self.restore_button):
            button.setEnabled(not demo)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Restoring replaces the store with the backup (for example on a new computer). Your "
                    "current store is kept in the backups folder first. Seller Desktop closes the store, "
                    "asks for the backup's passphrase and opens the restored store."
                )
            )
        )
        self.backup_message = InlineMessage(self.tr("Backup message"))
        layout.addWidget(self.backup_message)
        layout.addStretch(1)

    def refresh_backup_status(self) -> None:
        """ "Last backup: <local date and time>" from backups/ (or this session's saved file)."""
        times = [t for t in (last_backup(self._paths), self.saved_backup_at) if t]
        when = max(times, default=None)
        self.backup_status.setText(
            self.tr("Last backup: {0}").format(local_datetime(to_iso_utc(when)))
            if when
            else self.tr("No backup yet")
        )

    # -- backing up ----------------------------------------------------------------------------

    def choose_backup_file(self) -> None:
        today = self._store.clock.now().date().isoformat()
        self.file_dialog = save_file_dialog(
            self,
            self.tr("Back up to file"),
            f"seller-desktop-backup-{today}.db",
            self.tr("Seller Desktop backups (*.db)"),
            self.back_up_to,
        )

    def back_up_to(self, target: Path | str) -> PassphrasePrompt:
        """Ask the store passphrase (the backup opens with it), then export on the worker."""
        target = Path(target)
        prompt = PassphrasePrompt(
            self.tr("Back up to file"),
            self.tr(
                "Enter your passphrase. The backup {0} is encrypted and opens with this passphrase."
            ).format(target.name),
            self.tr("&Back up"),
            parent=self,
        )
        store, backups = self._store, self._paths.backups

        def submitted(passphrase: str) -> None:
            def work() -> Path:
                verify_passphrase(store, passphrase)
                return back_up(store, target, backups)

            def done(_result: object) -> None:
                prompt.done_ok()
                self._backed_up(target)

            run_job(self._jobs, work, done, prompt.show_error, BACKUPS)

        prompt.submitted.connect(submitted)
        prompt.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.prompt = prompt
        prompt.open()
        return prompt

    def _backed_up(self, target: Path) -> None:
        if target.parent.resolve() == self._paths.backups.resolve():
            self.backup_message.show_info(self.tr("Backed up to {0}.").format(target.name))
        else:
            self.backup_message.show_info(
                self.tr(
                    "Backed up to {0}. This file is yours: it is outside the app's backups "
                    "folder, so Seller Desktop cannot wipe it. It keeps buyers' contact "
                    "details until you delete it (restoring it wipes them to today's "
                    "deadlines again)."
                ).format(target.name)
            )
        when = self._store.clock.now()
        self.saved_backup_at = when
        self.refresh_backup_status()
        self.backup_made.emit(when)

    # -- restoring -----------------------------------------------------------------------------

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

    def ask_restore(self, source: Path | str) -> None:
        """Work out on the worker what the restore would undo, then ask (``confirm_box``)."""
        source = Path(source)
        store = self._store

        def previewed(rollback: object) -> None:
            self._confirm_restore(source, rollback)

        run_job(
            self._jobs,
            lambda: preview_rollback(store, source),
            previewed,
            self.backup_message.show_error,
        )

    def rollback_text(self, rollback: Rollback | None) -> str:
        """What the restore undoes, order ids only; wiped details stay wiped."""
        if rollback is None:
            return self.tr(
                "This backup was not made by this store, so what it rolls back cannot "
                "be shown before you enter its passphrase."
            )
        lines = []
        if rollback.shipped:
            lines.append(
                self.tr(
                    "Shipped since the backup, back to not shipped (their "
                    "shipments are undone): {0}"
                ).format(_listed(rollback.shipped))
            )
        if rollback.changed:
            lines.append(
                self.tr(
                    "Added or changed since the backup, back to how they were (new ones go): {0}"
                ).format(_listed(rollback.changed))
            )
        if not lines:
            lines.append(self.tr("No order was shipped or changed since the backup."))
        lines.append(self.tr("Contact details the store has wiped or erased stay wiped."))
        return "\n".join(lines)

    def _confirm_restore(self, source: Path, rollback: object) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Restore from file"),
            self.tr("Replace the store with the backup {0}?").format(source.name),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("restoreConfirm")
        box.setInformativeText(
            self.tr(
                "Everything in the store now is replaced by the backup. The current store is kept in "
                "the backups folder as before-restore.db. Seller Desktop closes the store, asks for "
                "the backup's passphrase (the same as this store's) and opens the restored store; "
                "contact details past their deadline are removed as it opens."
            )
            + "\n\n"
            + self.rollback_text(rollback if isinstance(rollback, Rollback) else None)
        )
        go = box.addButton(self.tr("Close and restore"), QMessageBox.ButtonRole.AcceptRole)
        go.setAccessibleName(self.tr("Close the store and restore"))
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: self.restore_requested.emit(source) if button is go else None
        )
        self.confirm_box = box
        box.open()
        return box


def _listed(ids: list[str], shown: int = 10) -> str:
    """Up to ``shown`` order ids, then how many more (ids are digits and hyphens only)."""
    more = f" (+{len(ids) - shown})" if len(ids) > shown else ""
    return ", ".join(ids[:shown]) + more
