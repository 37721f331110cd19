"""The detail pane's Customization row: an Amazon Custom order's links, clickable.

The buyer's design (engraving text, a photo, colours) is behind the order's customization link
(``customization_url``, one per item from the API); the seller opens it in the browser to make
the item, as the slip's QR code lets a packer do. The links are contact details: the pane shows
them only while the order holds its contact details, and empties this row with the address.

A link is text from a report or the API, so it is escaped before it becomes markup, and only
``https``/``http`` links are clickable: a ``file:`` or ``javascript:`` "link" in a crafted report
is shown as plain text and opens nothing.
"""

from __future__ import annotations

from html import escape
from urllib.parse import urlsplit

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from seller_desktop.ui.common.widgets import fit_width

_WEB = ("https", "http")


def _link_html(link: str) -> str:
    text = escape(link)
    if urlsplit(link).scheme.lower() not in _WEB:
        return text
    return f'<a href="{escape(link, quote=True)}">{text}</a>'


class CustomizationLinks(QLabel):
    """The links, one per line; ``show_links([])`` empties it."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setOpenExternalLinks(True)  # the seller's browser, on a click or Enter on the link
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        fit_width(self)  # a link is one long word: cut at the edge, not a pane as wide as it
        self._links: list[str] = []

    def show_links(self, links: list[str]) -> None:
        self._links = list(links)
        self.setText("<br>".join(_link_html(link) for link in links))
        self.setToolTip(self.tr("Open the buyer's customization in your browser") if links else "")
        self.setAccessibleDescription("\n".join(links))

    def links(self) -> list[str]:
        """The links shown, as stored (the label's text is markup)."""
        return list(self._links)

    def clear(self) -> None:
        self.show_links([])
