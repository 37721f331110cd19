"""The Verify screen's banner: what the last scan did, readable from across the bench.

Colour is the loud part (a packer looks at the parcel, not the screen, and a red flash at the edge
of sight is what stops them), but every state is also said in words, starting with a word that
names it ("Wrong item", "Done"), for anyone who cannot tell the colours apart and for screen
readers.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class BannerState(enum.Enum):
    IDLE = "idle"  # waiting for a slip
    PROGRESS = "progress"  # a unit counted, more to come
    ALARM = "alarm"  # wrong, extra or unknown: not counted
    DONE = "done"  # every unit counted


#: Background, text colour per state (contrast at least 4.5:1 for both).
COLOURS = {
    BannerState.IDLE: ("#e8eaed", "#202124"),
    BannerState.PROGRESS: ("#d2e3fc", "#0b2a5b"),
    BannerState.ALARM: ("#c5221f", "#ffffff"),
    BannerState.DONE: ("#137333", "#ffffff"),
}


class ScanBanner(QLabel):
    """A large label whose colour says the state; ``state`` and ``text()`` for tests."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanBanner")
        self.setAccessibleName(name)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setMinimumHeight(self.fontMetrics().height() * 4)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.setFont(font)
        self.state = BannerState.IDLE

    def show_state(self, state: BannerState, text: str) -> None:
        self.state = state
        background, colour = COLOURS[state]
        self.setStyleSheet(
            f"#scanBanner {{ background: {background}; color: {colour}; padding: 14px 18px;"
            " border-radius: 6px; }"
        )
        self.setText(text)
        self.setAccessibleDescription(text)

    def background(self) -> str:
        return COLOURS[self.state][0]
