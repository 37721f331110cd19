"""Small building blocks shared by the pages, so every page looks and reads the same way."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)


def page_heading(text: str) -> QLabel:
    """A page's title: larger and bold, and announced as a heading's text to screen readers."""
    label = QLabel(text)
    label.setObjectName("pageHeading")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)
    return label


def paragraph(text: str) -> QLabel:
    """A wrapped paragraph of explanatory text (our own words, never customer data)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def button_row(
    *buttons: tuple[str, str, Callable[[], object]],
) -> tuple[QHBoxLayout, list[QPushButton]]:
    """Buttons side by side at the start of a line, each (text, accessible name, slot); the texts
    come translated from the screen that owns them."""
    row = QHBoxLayout()
    made = []
    for text, name, slot in buttons:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        row.addWidget(button)
        made.append(button)
    row.addStretch(1)
    return row, made


class InlineMessage(QWidget):
    """A message shown where the problem is (or the success), with an icon and words, not colour.

    ``text()`` gives what is shown; hidden until ``show_error`` or ``show_info`` is called.
    """

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        self._icon = QLabel()
        self._label = QLabel()
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self._label.setWordWrap(True)
        self._label.setAccessibleName(name)
        layout.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self._label, 1)
        self.hide()

    def show_error(self, text: str) -> None:
        self._show(text, QStyle.StandardPixmap.SP_MessageBoxWarning, bold=True)

    def show_info(self, text: str) -> None:
        self._show(text, QStyle.StandardPixmap.SP_DialogApplyButton, bold=False)

    def show_warning(self, text: str) -> None:
        """A caution that does not stop anything (the warning icon, not bold)."""
        self._show(text, QStyle.StandardPixmap.SP_MessageBoxWarning, bold=False)

    def clear(self) -> None:
        self._label.clear()
        self.hide()

    def text(self) -> str:
        return self._label.text()

    def _show(self, text: str, icon: QStyle.StandardPixmap, *, bold: bool) -> None:
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self._icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        font = self._label.font()
        font.setBold(bold)
        self._label.setFont(font)
        self._label.setText(text)
        self._label.setAccessibleDescription(text)
        self.show()
        _grow_dialog_to_fit(self.window())


def _grow_dialog_to_fit(window: QWidget) -> None:
    """A dialog grows to show a message that appeared: a dialog's height is fixed once shown,
    and its wrapped labels would otherwise be squeezed into a line or two."""
    from PySide6.QtWidgets import QDialog

    layout = window.layout()
    if not isinstance(window, QDialog) or layout is None:
        return
    layout.activate()
    needed = layout.totalHeightForWidth(window.width())
    if needed > window.height():
        window.resize(window.width(), needed)


def fit_width(label: QLabel, *, wrap: bool = True) -> None:
    """Let ``label`` take the width its layout gives it instead of asking for the width of its
    longest word: a report field of 100,000 characters without a space (seen in fuzzing) otherwise
    made the detail pane half a million pixels wide. With ``wrap`` it wraps at spaces; what still
    does not fit is cut at the edge. The whole text stays in the label (copy, screen readers)."""
    label.setWordWrap(wrap)
    label.setMinimumWidth(1)  # a set minimum overrides the longest word's width in every layout


class LinesLabel(QWidget):
    """Lines of text (an address block, a list of items), each laid out in its own direction.

    In one QLabel a block starting with a Hebrew or Arabic name becomes right-to-left as a whole,
    which moves the whole block to the far edge and turns "450 Lexington Ave" into
    "Lexington Ave 450". One label per line gives every line its own direction, while the block
    stays aligned to the interface's leading edge. Plain text only: values are never markup.
    """

    def __init__(self, name: str, parent: QWidget | None = None, *, wrap: bool = False) -> None:
        """``wrap``: each line may wrap at spaces (sentences such as a shipment's confirmation
        state); by default a line stays one line, as an address line must."""
        super().__init__(parent)
        self.setAccessibleName(name)
        self._wrap = wrap
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._text = ""

    def setText(self, text: str) -> None:
        self.clear()
        self._text = text
        edge = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        for line in text.split("\n"):
            label = QLabel(line)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignAbsolute | edge | Qt.AlignmentFlag.AlignTop)
            label.setAccessibleName(line)
            # One line stays one line (an address line must not break in two on screen).
            fit_width(label, wrap=self._wrap)
            if self._wrap:  # room for a few words a line, not one word under the other
                label.setMinimumWidth(label.fontMetrics().averageCharWidth() * 30)
            self._layout.addWidget(label)
        self.setAccessibleDescription(text)

    def text(self) -> str:
        return self._text

    def textFormat(self) -> Qt.TextFormat:
        return Qt.TextFormat.PlainText

    def clear(self) -> None:
        self._text = ""
        while (item := self._layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.hide()  # gone from screen now; deleted when control returns to the loop
                widget.deleteLater()
        self.setAccessibleDescription("")


def open_image_dialog(parent: QWidget, title: str, chosen):  # -> QFileDialog
    """A window-modal chooser for a PNG or JPEG; ``chosen(Path)`` runs with the file picked."""
    from PySide6.QtWidgets import QFileDialog  # loaded when first used, not at start-up

    dialog = QFileDialog(parent, title)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilter(QCoreApplication.translate("widgets", "Images (*.png *.jpg *.jpeg)"))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(lambda name: chosen(Path(name)))
    dialog.open()
    return dialog


def read_image_file(path: Path, max_bytes: int) -> tuple[bytes | None, str]:
    """A PNG or JPEG the seller picked: its bytes, or None and a message saying what to do."""
    translate = QCoreApplication.translate  # texts written out in the calls: lupdate finds them
    try:
        if path.stat().st_size > max_bytes:
            return None, translate(
                "widgets",
                "The image must be under {0} MB: save a smaller version and choose it again.",
            ).format(max(1, max_bytes // 1_000_000))
        data = path.read_bytes()
    except OSError:
        return None, translate("widgets", "That file could not be read. Choose another one.")
    if not data.startswith(_IMAGE_MAGIC) or not QImage().loadFromData(data):
        return None, translate(
            "widgets", "That file is not a PNG or JPEG image. Choose one saved as PNG or JPEG."
        )
    return data, ""


_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


def secret_field(name: str, min_width: int = 300) -> QLineEdit:
    """A field for a passphrase: echo hidden, no completion or prediction, nothing dragged out
    of it, flagged as sensitive to input methods."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    field.setDragEnabled(False)
    field.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText
        | Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
    )
    if min_width:
        field.setMinimumWidth(min_width)
    return field


def list_table(name: str, headers: list[str]) -> QTableWidget:
    """A read-only table of records (campaigns, products, print runs): whole rows, one at a time,
    Tab leaves the table, striped, no row numbers, headings left-aligned."""
    table = QTableWidget(0, len(headers))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setDefaultAlignment(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    )
    return table


def show_image(label: QLabel, data: bytes, width: int, height: int, empty_text: str) -> bool:
    """``data`` (PNG or JPEG) scaled into ``label``, or ``empty_text`` when there is none; False,
    the label unchanged, when the bytes are not an image."""
    image = QImage()
    if data and not image.loadFromData(data):
        return False
    if data:
        label.setPixmap(
            QPixmap.fromImage(image).scaled(
                width,
                height,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
    else:
        label.clear()
        label.setText(empty_text)
    return True
