"""Shared widget helpers: reading an image file the seller picked, inline messages."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

from seller_desktop.ui.common.widgets import read_image_file


def _png() -> bytes:
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("navy"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def test_read_image_file_refuses_big_missing_and_non_images(qtbot, tmp_path):
    small = tmp_path / "logo.png"
    small.write_bytes(_png())
    assert read_image_file(small, 1_000_000) == (small.read_bytes(), "")
    big = tmp_path / "big.png"
    big.write_bytes(b"x" * 2_000_001)
    data, problem = read_image_file(big, 1_000_000)
    assert data is None and "under 1 MB" in problem
    data, problem = read_image_file(tmp_path / "missing.png", 1_000_000)
    assert data is None and "could not be read" in problem
    text = tmp_path / "notes.png"
    text.write_bytes(b"\x89PNG\r\n\x1a\n not really")
    data, problem = read_image_file(text, 1_000_000)
    assert data is None and "not a PNG or JPEG" in problem


def test_a_dialog_grows_to_show_a_message_that_appears(qtbot):
    """Without growing, a shown dialog keeps its height and squeezes the wrapped message."""
    from PySide6.QtWidgets import QDialog, QVBoxLayout

    from seller_desktop.ui.common.widgets import InlineMessage, paragraph

    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    layout.addWidget(paragraph("Choose a passphrase for the tax archive. " * 4))
    message = InlineMessage("Message")
    layout.addWidget(message)
    dialog.resize(420, 10)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.height()
    message.show_error("The current archive passphrase is not right. Nothing was changed. " * 3)
    assert dialog.height() > before
    assert dialog.height() >= layout.totalHeightForWidth(dialog.width())
