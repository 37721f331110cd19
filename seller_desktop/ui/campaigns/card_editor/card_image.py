"""The card's image: a thumbnail, Choose and Remove. The stored image is read once when an
existing campaign opens; saving sends the core only a change (``for_saving``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from seller_desktop.core.campaigns.model import MAX_IMAGE_BYTES
from seller_desktop.ui.common.widgets import (
    InlineMessage,
    open_image_dialog,
    read_image_file,
    show_image,
)


class CardImage(QObject):
    """The image row (``row``) of the editor's form; ``message`` is the editor's."""

    #: The image was chosen or removed: the preview draws it again.
    changed = Signal()

    def __init__(self, stored: bytes | None, message: InlineMessage, host: QWidget) -> None:
        """``stored``: the campaign's stored image, None when it has none."""
        super().__init__(host)
        self._host = host
        self._message = message
        # None: keep the stored image; b"": none / remove it.
        self._image: bytes | None = None if stored is not None else b""
        self._shown_image = stored or b""
        self.image_preview = QLabel()
        self.image_preview.setFixedSize(72, 48)
        self.image_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.image_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_preview.setAccessibleName(self.tr("Card image"))
        self.image_button = QPushButton(self.tr("Choose &image…"))
        self.image_button.setAccessibleName(self.tr("Choose a card image"))
        self.image_button.clicked.connect(self._pick_image)
        self.remove_image_button = QPushButton(self.tr("Remove image"))
        self.remove_image_button.setAccessibleName(self.tr("Remove the card image"))
        self.remove_image_button.clicked.connect(lambda: self.set_image(b""))
        self.row = QHBoxLayout()
        for widget in (self.image_preview, self.image_button, self.remove_image_button):
            self.row.addWidget(widget)
        self.row.addStretch(1)

    @property
    def for_saving(self) -> bytes | None:
        """What ``save_campaign`` takes: None keeps the stored image, b"" removes it."""
        return self._image

    @property
    def shown(self) -> bytes:
        """The image the card carries now (b"": none), for the preview."""
        return self._image if self._image is not None else self._shown_image

    def show_current(self) -> None:
        self._show_image(self._shown_image)

    def _pick_image(self) -> None:
        self.image_dialog = open_image_dialog(
            self._host, self.tr("Choose a card image"), self.load_image
        )

    def load_image(self, path: Path) -> bool:
        data, problem = read_image_file(path, MAX_IMAGE_BYTES)
        if data is None:
            self._message.show_error(problem)
            return False
        if not self._show_image(data):
            self._message.show_error(self.tr("That file is not a PNG or JPEG image."))
            return False
        self.set_image(data)
        return True

    def set_image(self, data: bytes) -> None:
        self._image = data
        self._shown_image = data
        self._show_image(data)
        self.changed.emit()

    def _show_image(self, data: bytes) -> bool:
        if not show_image(self.image_preview, data, 68, 44, self.tr("None")):
            return False
        self.remove_image_button.setEnabled(bool(data))
        return True
