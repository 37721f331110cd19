"""Save as PDF's two dialogs: the file chooser, and the question whether the slips will be printed.

A saved PDF of packing slips is usually printed from another program (a label printer's own
tool, a shop computer). Unless the orders are marked printed, tomorrow's "not printed yet" lists
them again, so the preview asks once the file is written; No leaves them as they were.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def pdf_file_dialog(parent: QWidget, file_name: str) -> QFileDialog:
    """The Save as PDF chooser, in Documents, proposing ``file_name`` (no buyer in it); the
    caller connects ``fileSelected`` and opens it."""
    translate = QCoreApplication.translate
    dialog = QFileDialog(parent, translate("PrintPreviewDialog", "Save as PDF"))
    dialog.setObjectName("savePdfDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilter(translate("PrintPreviewDialog", "PDF files (*.pdf)"))
    dialog.setDefaultSuffix("pdf")
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if folder and Path(folder).is_dir():
        dialog.setDirectory(folder)
    dialog.selectFile(file_name)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return dialog


def mark_printed_box(parent: QWidget, saved_name: str, count: int) -> QMessageBox:
    """Ask whether to mark the saved slips' orders printed; Yes is the answer that marks them.
    Window-modal, opened by the caller with ``open()``."""
    translate = QCoreApplication.translate
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("PrintPreviewDialog", "Mark printed?"),
        translate(
            "PrintPreviewDialog", "Saved as {0}. Mark the %n order(s) printed?", "", count
        ).format(saved_name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setObjectName("markSavedPrinted")
    box.setInformativeText(
        translate(
            "PrintPreviewDialog",
            "Yes if you will print this file: the orders then leave the “not printed yet” list. "
            "No leaves them as they are (Mark printed on the Orders page does it later).",
        )
    )
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box
