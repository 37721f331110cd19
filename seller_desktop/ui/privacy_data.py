"""The Privacy page's "Erase and export" and "Backups" tabs (a section of ``PrivacyPage``).

Erasure goes through the same wipe as the retention deadline; exports and backups are files the
seller chooses, written owner-only. Uses the page's store, jobs and messages.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (QFileDialog, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QMessageBox, QVBoxLayout, QWidget)

from ..core.backup_status import last_backup
from ..core.backup_ledger import Rollback
from ..core.backups import back_up, preview_rollback
from ..core.changes import BACKUPS, PRIVACY
from ..core.clock import to_iso_utc
from ..core.erasure import erase_orders, orders_of_buyer, subject_export
from ..core.retention import WipeReport
from ..core.errors import BadInput
from ..core.orders import get_order
from ..core.private_files import write_private
from ..core.passphrase import verify_passphrase
from .formatting import local_datetime
from .privacy_dialogs import PassphrasePrompt
from .privacy_parts import ids_text, make_button
from .widgets import InlineMessage, paragraph

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from ..paths import AppPaths


class ErasureAndBackups:
    """Mixed into ``PrivacyPage``: the widgets it builds and the actions behind them.

    ``self.tr`` here runs as ``PrivacyPage.tr``: PySide looks a text up under "PrivacyPage",
    then under each base class's name, so this class's texts (filed by lupdate under
    "ErasureAndBackups") are found. A plural's lookup stops at the first name, though (its
    result never equals its ``%n`` source), so plurals name their context in
    ``QCoreApplication.translate``.
    """

    if TYPE_CHECKING:  # what ``PrivacyPage`` provides, as far as the code below uses it
        backup_made: SignalInstance
        _paths: AppPaths
        _demo: bool
        tr: Callable[..., str]
    else:
        # A backup was saved from the Backups tab (its time, aware UTC): the window's status
        # bar shows it and drops a warning about a failed daily backup.
        backup_made = Signal(object)

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
        self.use_selection_button = make_button(self.tr("Use &selected orders"),
                                            self.tr("Use the orders selected on the Orders page"),
                                            self.use_selected_orders)
        self.erase_ids_button = make_button(self.tr("Erase…"), self.tr("Erase these orders"),
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
        self.erase_buyer_button = make_button(self.tr("Erase buyer…"), self.tr("Erase this buyer's orders"),
                                          self.ask_erase_buyer)
        self.export_button = make_button(self.tr("E&xport as JSON…"),
                                     self.tr("Export this buyer's data as JSON"),
                                     self.choose_export_file)
        row.addWidget(label)
        row.addWidget(self.email, 1)
        row.addWidget(self.erase_buyer_button)
        row.addWidget(self.export_button)
        self.export_pdf_button = make_button(self.tr("Export as &PDF…"),
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
            "A backup is an encrypted copy of the store that opens with your passphrase. The "
            "backups Seller Desktop keeps follow the store: whenever it removes contact details "
            "(past their deadline, or erased at a buyer's request) or an order ships, each backup "
            "follows at once, and a backup that cannot be wiped is deleted. A file you save "
            "elsewhere is yours: it keeps its details until you delete it, and is wiped when it "
            "is restored.")))
        if self._demo:
            layout.addWidget(paragraph(self.tr(
                "The demo store has no passphrase of yours, so it cannot be backed up or restored.")))
        # A backup saved to a file in this session (such a file may lie outside backups/).
        self.saved_backup_at: datetime | None = None
        self.backup_status = QLabel()
        self.backup_status.setObjectName("lastBackup")
        self.backup_status.setAccessibleName(self.tr("Last backup"))
        self.backup_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_status.setVisible(not self._demo)
        layout.addWidget(self.backup_status)
        self.refresh_backup_status()
        row = QHBoxLayout()
        self.backup_button = make_button(self.tr("Back &up to file…"), self.tr("Back up to file"),
                                     self.choose_backup_file)
        self.restore_button = make_button(self.tr("&Restore from file…"), self.tr("Restore from file"),
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

    def refresh_backup_status(self) -> None:
        """"Last backup: <local date and time>" from backups/ (or this session's saved file)."""
        times = [t for t in (last_backup(self._paths), self.saved_backup_at) if t]
        when = max(times, default=None)
        self.backup_status.setText(
            self.tr("Last backup: {0}").format(local_datetime(to_iso_utc(when))) if when
            else self.tr("No backup yet"))

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
        self._confirm_erase(ids, QCoreApplication.translate(  # a plural: see the class docstring
            "ErasureAndBackups",
            "This buyer has %n orders holding contact details. Erase them all now?", "", len(ids)))

    def _confirm_erase(self, ids: list[str], question: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Erase contact details"), question,
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("eraseConfirm")
        box.setInformativeText(self.tr("Orders: {0}\n\nNames, addresses, phone numbers and "
                                       "e-mail of these orders are removed for good; the orders "
                                       "stay. This cannot be undone.").format(ids_text(ids)))
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
        report = WipeReport()

        def done(erased: object) -> None:
            count = len(erased) if isinstance(erased, list) else 0
            self.erase_ids.clear()
            self.email.clear()
            self._changed()
            if report.failed:  # the rows are gone; old page images wait for the next pass
                self.erasure_message.show_error(self.tr(
                    "The contact details are erased, but another program was reading the store, so "
                    "the old copies on disk could not be overwritten yet. Seller Desktop does that at "
                    "the next hourly pass, or close other Seller Desktop windows and commands now."))
                return
            self.erasure_message.show_info(
                QCoreApplication.translate(
                    "ErasureAndBackups", "Erased the contact details of %n orders: {0}", "",
                    count).format(ids_text(erased)) if count else  # type: ignore[arg-type]
                self.tr("These orders held no contact details any more; nothing to erase."))

        self._run(lambda: erase_orders(store, ids, clock, report), done, self.erasure_message.show_error,
                  PRIVACY)

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
            write_private(target, render(document))
        except BadInput as err:  # a link or a folder at the target: worded already
            self.erasure_message.show_error(str(err))
            return False
        except OSError as err:
            self.erasure_message.show_error(self.tr("The file could not be written ({0}).").format(
                err.strerror or type(err).__name__))
            return False
        self.erasure_message.show_info(QCoreApplication.translate(
            "ErasureAndBackups", "Exported %n orders to {0}.", "", len(document["orders"])).format(
                target.name))
        return True

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
                return back_up(store, target, self._paths.backups)

            def done(_result: object) -> None:
                prompt.done_ok()
                if target.parent.resolve() == self._paths.backups.resolve():
                    self.backup_message.show_info(self.tr("Backed up to {0}.").format(target.name))
                else:
                    self.backup_message.show_info(self.tr(
                        "Backed up to {0}. This file is yours: it is outside the app's backups "
                        "folder, so Seller Desktop cannot wipe it. It keeps buyers' contact "
                        "details until you delete it (restoring it wipes them to today's "
                        "deadlines again).").format(target.name))
                when = store.clock.now()
                self.saved_backup_at = when
                self.refresh_backup_status()
                self.backup_made.emit(when)

            self._run(work, done, prompt.show_error, BACKUPS)

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

    def ask_restore(self, source: Path | str) -> None:
        """Work out on the worker what the restore would undo, then ask (``confirm_box``)."""
        source = Path(source)
        store = self._store
        self._run(lambda: preview_rollback(store, source),
                  lambda rollback: self._confirm_restore(source, rollback),
                  self.backup_message.show_error)

    def rollback_text(self, rollback: Rollback | None) -> str:
        """What the restore undoes, order ids only; wiped details stay wiped."""
        if rollback is None:
            return self.tr("This backup was not made by this store, so what it rolls back cannot "
                           "be shown before you enter its passphrase.")
        lines = []
        if rollback.shipped:
            lines.append(self.tr("Shipped since the backup, back to not shipped (their "
                                 "shipments are undone): {0}").format(_listed(rollback.shipped)))
        if rollback.changed:
            lines.append(self.tr("Added or changed since the backup, back to how they were (new "
                                 "ones go): {0}").format(_listed(rollback.changed)))
        if not lines:
            lines.append(self.tr("No order was shipped or changed since the backup."))
        lines.append(self.tr("Contact details the store has wiped or erased stay wiped."))
        return "\n".join(lines)

    def _confirm_restore(self, source: Path, rollback: object) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Restore from file"),
                          self.tr("Replace the store with the backup {0}?").format(source.name),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("restoreConfirm")
        box.setInformativeText(self.tr(
            "Everything in the store now is replaced by the backup. The current store is kept in "
            "the backups folder as before-restore.db. Seller Desktop closes the store, asks for "
            "the backup's passphrase (the same as this store's) and opens the restored store; "
            "contact details past their deadline are removed as it opens.") + "\n\n"
            + self.rollback_text(rollback if isinstance(rollback, Rollback) else None))
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


def _listed(ids: list[str], shown: int = 10) -> str:
    """Up to ``shown`` order ids, then how many more (ids are digits and hyphens only)."""
    more = f" (+{len(ids) - shown})" if len(ids) > shown else ""
    return ", ".join(ids[:shown]) + more
