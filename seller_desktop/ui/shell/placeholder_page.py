"""Pages not built yet: each says what it will do, so the navigation already shows the whole app.

A seller who clicks "Print" today should learn what is coming rather than meet a blank page.
Each later issue replaces one of these with its ``<screen>_page.py``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from seller_desktop.ui.common.widgets import page_heading, paragraph


def placeholder_texts() -> dict[str, tuple[str, str]]:
    """Page key → (heading, what the page will do), translated when called (the texts written
    out in ``translate`` calls, so that lupdate finds them)."""
    translate = QCoreApplication.translate
    return {
        "reviews": (
            translate("PlaceholderPage", "Reviews"),
            translate(
                "PlaceholderPage",
                "A queue of orders that can be asked for a review, from 5 to 30 days after delivery "
                "(the window Amazon allows), so that you ask each buyer once and at the right time. "
                "This page comes in a later version.",
            ),
        ),
    }


class PlaceholderPage(QWidget):
    """A heading and a paragraph saying what the page will do."""

    def __init__(self, heading: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(heading)
        self.setAccessibleDescription(description)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        self.heading = page_heading(heading)
        self.description = paragraph(description)
        self.description.setMaximumWidth(720)
        layout.addWidget(self.heading)
        layout.addWidget(self.description)
        layout.addStretch(1)
