"""The no-role notice: orders came from Amazon without names and addresses.

Shown above the pages the first time a sync finds that the seller's app lacks Amazon's restricted
role for contact details (``Settings.amazon_no_role_told`` remembers it), until dismissed. It says
plainly where the addresses come from instead: the Unshipped Orders report, through File › Import.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from seller_desktop.ui.common.widgets import InlineMessage


class NoRoleNotice(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("amazonNoRoleNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Amazon sends no addresses"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 4)
        self.message = InlineMessage(self.tr("Amazon sends no addresses"))
        layout.addWidget(self.message, 1)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the note about addresses"))
        self.dismiss_button.clicked.connect(self.hide)
        layout.addWidget(self.dismiss_button)
        self.hide()

    def show_notice(self) -> None:
        self.message.show_warning(
            self.tr(
                "Amazon sent the new orders without names and addresses: your app in Seller "
                "Central lacks Amazon's restricted role for contact details. Import the "
                "Unshipped Orders report (File › Import) for the addresses, or ask Amazon for the "
                "role (Develop Apps › edit your app) and authorize the app again."
            )
        )
        self.show()

    def text(self) -> str:
        return self.message.text() if self.isVisible() else ""
