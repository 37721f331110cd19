"""Printing insert cards whose text breaks Amazon's review rules: the preview says so over the
pages, and Print or Save asks for the seller's reason first (``OverrideDialog``); without one
nothing goes out. The reason goes into the print log with the run (``print_log``). Warnings
(links or offers outside Amazon) never stop a print and are not asked about here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from seller_desktop.ui.common.formatting import wording_title

if TYPE_CHECKING:  # the checker loads only when cards with errors are shown
    from seller_desktop.core.campaigns.wording_gate import FieldFinding


def finding_line(found: FieldFinding) -> str:
    """“words” — what the rule forbids (campaign, field), in the interface's language."""
    title = wording_title(found.finding.title)
    return QCoreApplication.translate("WordingOverride", "“{0}” — {1} ({2})").format(
        found.words, title, found.campaign
    )


class OverrideDialog(QDialog):
    """The errors, the reason field and Print anyway (usable once a reason is typed)."""

    def __init__(self, errors: Sequence[FieldFinding], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Card text against Amazon's rules"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "These insert cards ask for reviews in a way Amazon forbids; an account can be "
                "suspended for it. Change the card's text in Campaigns, or give your reason to "
                "print them anyway. The reason is kept in the print log."
            )
        )
        intro.setWordWrap(True)
        listed = QLabel("\n".join(finding_line(found) for found in errors[:8]))
        listed.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why these cards may be printed"))
        self.reason.setAccessibleName(self.tr("Reason for printing anyway"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.print_anyway = QPushButton(self.tr("Print anyway"))
        buttons.addButton(self.print_anyway, QDialogButtonBox.ButtonRole.AcceptRole)
        self.print_anyway.setEnabled(False)
        self.reason.textChanged.connect(
            lambda text: self.print_anyway.setEnabled(bool(text.strip()))
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for widget in (intro, listed, self.reason, buttons):
            layout.addWidget(widget)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)


def ask_in_dialog(parent: QWidget) -> Callable[[Sequence[FieldFinding]], str | None]:
    def ask(errors: Sequence[FieldFinding]) -> str | None:
        dialog = OverrideDialog(errors, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.reason.text().strip() if accepted else None

    return ask


class WordingCheck:
    """What the preview knows of its cards' wording: the errors and the reason given, if any."""

    def __init__(self, ask: Callable[[Sequence[FieldFinding]], str | None]) -> None:
        #: Asks the seller for a reason (tests give their own answer).
        self.ask = ask
        self.errors: tuple[FieldFinding, ...] = ()
        self.reason: str | None = None

    def shown(self, errors: Sequence[FieldFinding]) -> str:
        """New pages: their errors; the warning to show over them ("" when none)."""
        self.errors = tuple(errors)
        if not self.errors:
            return ""
        return QCoreApplication.translate(
            "WordingOverride",
            "The text of these cards breaks Amazon's review rules: {0}. Printing or saving "
            "asks for your reason.",
        ).format(finding_line(self.errors[0]))

    def cleared(self) -> bool:
        """May these pages go out? Asks for a reason once when they have errors."""
        if not self.errors or self.reason:
            return True
        answer = (self.ask(self.errors) or "").strip()
        self.reason = answer or None
        return self.reason is not None

    @property
    def logged_reason(self) -> str | None:
        """The reason to write with the run: only when it overrode errors."""
        return self.reason if self.errors else None
