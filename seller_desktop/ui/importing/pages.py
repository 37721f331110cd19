"""The import dialog's three pages, laid out: progress, the problem-rows question, the summary.

Widgets only; the dialog (``dialog.py``) connects the buttons and fills in the texts. The texts
here are filed under the ``ImportDialog`` translation context, the dialog's own.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)


def _heading() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.2)
    font.setBold(True)
    label.setFont(font)
    return label


def _text() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class ProgressPage(QWidget):
    """The file being imported, a bar, the rows done, and Cancel."""

    def __init__(self) -> None:
        super().__init__()
        translate = QCoreApplication.translate
        self.heading = _heading()
        self.file = _text()
        self.file.setAccessibleName(translate("ImportDialog", "File being imported"))
        self.bar = QProgressBar()
        self.bar.setAccessibleName(translate("ImportDialog", "Import progress"))
        self.bar.setTextVisible(False)  # the label below says it in words
        self.text = _text()
        self.text.setAccessibleName(translate("ImportDialog", "Rows imported"))
        self.cancel_button = QPushButton(translate("ImportDialog", "Cancel"))
        self.cancel_button.setAccessibleName(translate("ImportDialog", "Cancel the import"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.file)
        layout.addSpacing(6)
        layout.addWidget(self.bar)
        layout.addWidget(self.text)
        layout.addSpacing(8)
        layout.addWidget(buttons)


class QuestionPage(QWidget):
    """A file has row problems: the list, and Import the Rest or Import Nothing."""

    def __init__(self) -> None:
        super().__init__()
        translate = QCoreApplication.translate
        self.heading = _heading()
        self.text = _text()
        self.problem_list = QListWidget()
        self.problem_list.setAccessibleName(translate("ImportDialog", "Rows with problems"))
        self.problem_list.setAlternatingRowColors(True)
        self.hint = _text()
        self.import_rest_button = QPushButton(translate("ImportDialog", "Import the Rest"))
        self.import_rest_button.setAccessibleName(
            translate("ImportDialog", "Import the good orders, skip the problem rows")
        )
        self.import_nothing_button = QPushButton(translate("ImportDialog", "Import Nothing"))
        self.import_nothing_button.setAccessibleName(
            translate("ImportDialog", "Import nothing from this file")
        )
        buttons = QDialogButtonBox()
        buttons.addButton(self.import_rest_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.import_nothing_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addWidget(self.problem_list, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)


class SummaryPage(QWidget):
    """What became of each file, and Close."""

    def __init__(self) -> None:
        super().__init__()
        self.heading = _heading()
        self.view = QTextBrowser()
        self.view.setAccessibleName(QCoreApplication.translate("ImportDialog", "Import summary"))
        self.view.setOpenLinks(False)
        self.view.document().setDefaultStyleSheet(
            "h3 { margin-top: 12px; margin-bottom: 4px; }"
            " p { margin-top: 0px; margin-bottom: 3px; }"
            " ul { margin-top: 2px; margin-bottom: 0px; }"
        )
        self.close_button = QPushButton(QCoreApplication.translate("ImportDialog", "Close"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
