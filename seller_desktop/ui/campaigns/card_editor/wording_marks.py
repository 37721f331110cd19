"""The wording checker while the seller types: each card text field is checked on every change
(a card's text checks in about a millisecond, so on the GUI thread), the offending words are
underlined in the text boxes — red for Amazon's review rules, amber for links and offers outside
Amazon — a one-line field gets a coloured frame, and the list under the form says what each
finding breaks and what to write instead.

Every language's rules run whatever language the field is in: a German card with an English
sentence in it is still caught.
"""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from seller_desktop.core.wording.checker import check_wording
from seller_desktop.core.wording.findings import Finding
from seller_desktop.ui.common.formatting import wording_title

ERROR_COLOUR = "#c62828"
WARNING_COLOUR = "#b26a00"

Field = QLineEdit | QPlainTextEdit


class WordingMarks(QLabel):
    """The findings list; ``watch`` ties a text field to it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Wording check"))
        self._fields: list[tuple[str, Field]] = []
        #: Field caption → its findings, as of its last change.
        self.findings: dict[str, list[Finding]] = {}
        self.setVisible(False)

    def watch(self, caption: str, field: Field) -> None:
        self._fields.append((caption, field))
        field.textChanged.connect(lambda *_: self.check(caption, field))

    def check_all(self) -> None:
        for caption, field in self._fields:
            self.check(caption, field)

    def check(self, caption: str, field: Field) -> list[Finding]:
        text = field.text() if isinstance(field, QLineEdit) else field.toPlainText()
        found = check_wording(text) if text.strip() else []
        self.findings[caption] = found
        if isinstance(field, QPlainTextEdit):
            field.setExtraSelections([_underline(field, f) for f in found])
        else:
            _frame(field, found)
        self._show_list()
        return found

    @property
    def error_count(self) -> int:
        return sum(1 for found in self.findings.values() for f in found if f.severity == "error")

    def _show_list(self) -> None:
        lines = []
        for caption, field in self._fields:
            text = field.text() if isinstance(field, QLineEdit) else field.toPlainText()
            for f in self.findings.get(caption, []):
                colour = ERROR_COLOUR if f.severity == "error" else WARNING_COLOUR
                title = wording_title(f.title)
                lines.append(
                    f'<span style="color:{colour}"><b>{escape(caption)}</b> '
                    f"“{escape(text[f.start : f.end])}” — {escape(title)}.</span> "
                    + escape(self.tr("Instead, for example: {0}").format(f.suggestion))
                )
        self.setText("<br>".join(lines))
        self.setVisible(bool(lines))


def _underline(field: QPlainTextEdit, found: Finding) -> QTextEdit.ExtraSelection:
    selection = QTextEdit.ExtraSelection()
    cursor = QTextCursor(field.document())
    cursor.setPosition(_position(field, found.start))
    cursor.setPosition(_position(field, found.end), QTextCursor.MoveMode.KeepAnchor)
    selection.cursor = cursor
    look = QTextCharFormat()
    look.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    look.setUnderlineColor(QColor(ERROR_COLOUR if found.severity == "error" else WARNING_COLOUR))
    look.setToolTip(wording_title(found.title))
    selection.format = look
    return selection


def _position(field: QPlainTextEdit, offset: int) -> int:
    """A Python str offset as a document position (UTF-16: a character beyond the BMP, such as
    an emoji star, counts twice)."""
    text = field.toPlainText()[:offset]
    return len(text.encode("utf-16-le")) // 2


def _frame(field: QLineEdit, found: list[Finding]) -> None:
    if not found:
        field.setStyleSheet("")
        field.setToolTip("")
        return
    error = any(f.severity == "error" for f in found)
    field.setStyleSheet(
        f"QLineEdit {{ border: 2px solid {ERROR_COLOUR if error else WARNING_COLOUR}; }}"
    )
    field.setToolTip("\n".join(wording_title(f.title) for f in found))
