"""About Seller Desktop: what it is, and the versions a bug report needs.

The versions come from ``core.crash.versions()`` (the same list the crash dialog shows) plus Qt's,
which only the GUI knows: the PySide6 bindings and the Qt library they run on can differ.
"""

from __future__ import annotations

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from seller_desktop.core.base.crash import versions
from seller_desktop.ui.common.widgets import page_heading, paragraph


def about_versions() -> dict[str, str]:
    """Name → version of the app and the libraries it stands on, in the order shown."""
    found = versions()
    ordered = {"Seller Desktop": found.get("Seller Desktop", "")}
    ordered["Qt"] = f"{qVersion()} (PySide6 {PySide6.__version__})"
    for name in ("SQLCipher", "SQLite", "ReportLab", "Python", "OS"):
        if name in found:
            ordered[name] = found[name]
    return ordered


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Seller Desktop"))
        self.setAccessibleName(self.tr("About Seller Desktop"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.addWidget(page_heading(self.tr("Seller Desktop")))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Orders, packing slips and insert cards for small Amazon sellers, kept in an encrypted "
                    "store on this computer. Buyers' contact details are wiped when their retention "
                    "deadline passes."
                )
            )
        )
        form = QFormLayout()
        self.version_labels: dict[str, QLabel] = {}
        for name, version in about_versions().items():
            value = QLabel(version)
            value.setTextFormat(Qt.TextFormat.PlainText)
            # Selectable so a seller can copy versions into a bug report; they hold no data.
            value.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            value.setAccessibleName(self.tr("{0} version").format(name))
            caption = QLabel(self.tr("{0}:").format(name))
            caption.setBuddy(value)
            form.addRow(caption, value)
            self.version_labels[name] = value
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)

    def versions_text(self) -> str:
        """Every shown version as ``name: version`` lines (what a bug report would quote)."""
        return "\n".join(f"{name}: {label.text()}" for name, label in self.version_labels.items())
