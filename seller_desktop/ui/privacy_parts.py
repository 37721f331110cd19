"""Small pieces the Privacy page and its sections share: figures, lists, buttons, private files."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHeaderView, QLabel, QPushButton,
                               QTreeWidget, QVBoxLayout, QWidget)


#: Order ids listed in a confirmation before "and N more".
MAX_IDS_LISTED = 40


def ids_text(ids: list[str] | tuple[str, ...], limit: int = MAX_IDS_LISTED) -> str:
    shown = " ".join(ids[:limit])
    more = len(ids) - limit
    return shown + (QCoreApplication.translate("PrivacyPage", " … and {0} more").format(more)
                    if more > 0 else "")


class Stat(QFrame):
    """One figure at the top of the page: a large number over its caption."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacyStat")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._caption = caption
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        self.number = QLabel("0")
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # screen readers reach each figure

    def set_value(self, value: str, detail: str = "") -> None:
        self.number.setText(value)
        self.caption.setText(self._caption + (f"\n{detail}" if detail else ""))
        self.setAccessibleName(f"{self._caption}: {value}" + (f" ({detail})" if detail else ""))

    def value(self) -> str:
        return self.number.text()


def make_tree(name: str, headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setAccessibleName(name)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setHeaderLabels(headers)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = tree.header()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return tree


def make_button(text: str, name: str, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.clicked.connect(lambda _checked=False: slot())
    return button
