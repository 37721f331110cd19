"""File › Export shipping confirmations: Amazon's upload file for the shipments not yet confirmed.

The file is written before the shipments are marked confirmed (core does both in one transaction),
so a failed write never loses a confirmation. The file holds order ids, items, dates and tracking
numbers — no contact details — and is the seller's to upload in Seller Central. It is written
like every output file (``core.private_files``): owner-only, never through a link at the target.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.base.private_files import write_private
from seller_desktop.core.orders.shipping import export_confirmations, left_out_without_carrier
from seller_desktop.core.store import Store
from seller_desktop.ui.common.formatting import seller_message


class ConfirmationExport(QObject):
    """Asks where to save, writes the file, and says what it held."""

    #: Shipments were marked confirmed (the orders page and status may want to refresh).
    exported = Signal(int)

    def __init__(self, store: Store, parent: QWidget) -> None:
        super().__init__(parent)
        self._store = store
        self._parent = parent
        self.file_dialog: QFileDialog | None = None
        self.message: QMessageBox | None = None

    def choose_file(self, again: bool = False) -> QFileDialog:
        dialog = QFileDialog(self._parent, self.tr("Export shipping confirmations"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("Tab-separated text (*.txt)"))
        dialog.setDefaultSuffix("txt")
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        if folder and Path(folder).is_dir():
            dialog.setDirectory(folder)
        today = self._store.clock.now().astimezone().date().isoformat()
        dialog.selectFile(f"shipping-confirmations-{today}.txt")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda file: self.export_to(Path(file), again))
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def export_to(self, target: Path, again: bool = False) -> int:
        """Write the file; returns how many rows it holds (0: header only)."""

        def write(text: str) -> None:
            try:
                # Owner-only, and never through a link at the target (BadInput says so).
                write_private(target, text.encode("utf-8"))
            except OSError as err:
                raise BadInput(
                    self.tr("Cannot write {0}: {1}. Nothing was marked as confirmed.").format(
                        target.name, err.strerror
                    )
                ) from None

        try:
            _, rows = export_confirmations(self._store, again, write)
        except BadInput as err:
            self._tell(QMessageBox.Icon.Warning, seller_message(err))
            return 0
        left_out = left_out_without_carrier(self._store, again)
        if rows:
            text = self.tr(
                "Wrote %n rows to {0}. Upload it in Seller Central under Orders › Upload order "
                "related files › Shipping confirmation.",
                "",
                rows,
            ).format(target.name)
            self.exported.emit(rows)
        else:
            text = self.tr(
                "No new shipments to confirm: {0} holds only the header. To send earlier ones "
                "again, use Export all shipping confirmations again."
            ).format(target.name)
        if left_out:
            text += "\n\n" + self.tr(
                "Left out of the file, because their shipments have no carrier and Amazon refuses "
                "a confirmation without one: {0}. Confirm these orders in Seller Central with "
                "their carrier."
            ).format(", ".join(left_out))
        icon = QMessageBox.Icon.Warning if left_out else QMessageBox.Icon.Information
        self._tell(icon, text)
        return rows

    def _tell(self, icon: QMessageBox.Icon, text: str) -> None:
        box = QMessageBox(
            icon,
            self.tr("Shipping confirmations"),
            text,
            QMessageBox.StandardButton.Ok,
            self._parent,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = box
        box.open()
