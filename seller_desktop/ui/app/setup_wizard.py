"""First run: the setup wizard that creates the seller's encrypted store.

Two pages: the business (name, return address, optional logo, default marketplace) and the
passphrase (twice, at least 12 characters, with a strength hint and a plain warning that it cannot
be recovered). The store is created only when the seller presses Finish; if that fails the error is
shown on the page, nothing is left half-created, and the seller can correct and try again.

The passphrase is read from the fields once, handed to ``create_store`` and the fields cleared; the
wizard keeps no copy.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from seller_desktop.core.base.errors import SellerError, WeakPassphrase
from seller_desktop.core.orders.marketplaces import MARKETPLACES
from seller_desktop.core.session import OpenedStore
from seller_desktop.core.settings import MAX_LOGO_BYTES, Settings
from seller_desktop.ui.common.formatting import seller_message
from seller_desktop.ui.common.widgets import open_image_dialog, read_image_file

log = logging.getLogger(__name__)

Creator = Callable[[str, Settings], OpenedStore]

MIN_LENGTH = WeakPassphrase.MIN_LENGTH


def passphrase_strength(text: str) -> int:
    """A rough strength from 0 (too short) to 4 (strong), from length and kinds of characters.

    Only a hint: it nudges towards long passphrases of several words, which is what protects the
    store; it is not a promise.
    """
    if len(text) < MIN_LENGTH:
        return 0
    pool = 0
    if any(c.islower() for c in text):
        pool += 26
    if any(c.isupper() for c in text):
        pool += 26
    if any(c.isdigit() for c in text):
        pool += 10
    if any(not c.isalnum() and c.isascii() for c in text):
        pool += 33
    if any(not c.isascii() for c in text):
        pool += 100
    distinct = len(set(text))
    # Repetition ("aaaaaaaaaaaa", "abcabcabcabc") adds length but little strength.
    effective = min(len(text), distinct * 2)
    bits = effective * math.log2(max(pool, 2))
    if bits < 60:
        return 1
    if bits < 80:
        return 2
    if bits < 100:
        return 3
    return 4


def default_marketplace_code() -> str:
    """The marketplace of the system's country if Amazon has one, else Amazon.com."""
    name = QLocale.system().name()  # e.g. "de_DE"
    country = name.split("_")[-1].upper() if "_" in name else ""
    return country if country in MARKETPLACES else "US"


class BusinessPage(QWizardPage):
    """Business name, return address, logo and default marketplace."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your business"))
        self.setSubTitle(
            self.tr(
                "These appear on packing slips and insert cards. You can change them later in "
                "Settings. They are kept only in your encrypted store."
            )
        )
        self.logo_bytes = b""

        self.business_name = QLineEdit()
        self.business_name.setMaxLength(120)
        self.business_name.setPlaceholderText(self.tr("Required, e.g. the name on your parcels"))
        self.business_name.setAccessibleName(self.tr("Business name"))
        self.business_name.setObjectName("businessName")
        self.business_name.textChanged.connect(self.completeChanged)

        self.return_address = QPlainTextEdit()
        self.return_address.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.return_address.setAccessibleName(self.tr("Return address"))
        self.return_address.setObjectName("returnAddress")
        self.return_address.setPlaceholderText(self.tr("One line per address line"))
        self.return_address.setFixedHeight(96)

        self.logo_preview = QLabel(self.tr("No logo"))
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setFixedSize(168, 72)
        self.logo_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setAccessibleName(self.tr("Logo preview"))
        self.choose_logo = QPushButton(self.tr("Choose &logo…"))
        self.choose_logo.setAccessibleName(self.tr("Choose a logo image"))
        self.choose_logo.clicked.connect(self._pick_logo)
        self.remove_logo = QPushButton(self.tr("Re&move logo"))
        self.remove_logo.setAccessibleName(self.tr("Remove the logo"))
        self.remove_logo.clicked.connect(self.clear_logo)
        self.remove_logo.setEnabled(False)
        self.logo_error = QLabel()
        self.logo_error.setObjectName("logoError")
        self.logo_error.setWordWrap(True)
        self.logo_error.hide()
        logo_row = QHBoxLayout()
        logo_row.setContentsMargins(0, 0, 0, 0)
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(self.choose_logo)
        logo_row.addWidget(self.remove_logo)
        logo_row.addStretch(1)
        logo_box = QVBoxLayout()
        logo_box.addLayout(logo_row)
        logo_box.addWidget(self.logo_error)

        self.marketplace = QComboBox()
        self.marketplace.setAccessibleName(self.tr("Default marketplace"))
        self.marketplace.setObjectName("defaultMarketplace")
        for code, market in MARKETPLACES.items():
            self.marketplace.addItem(f"{market.name} ({code})", code)
        self.marketplace.setCurrentIndex(self.marketplace.findData(default_marketplace_code()))

        form = QFormLayout()
        form.addRow(self._label(self.tr("&Business name:"), self.business_name), self.business_name)
        form.addRow(
            self._label(self.tr("&Return address:"), self.return_address), self.return_address
        )
        form.addRow(self._label(self.tr("Logo (optional):"), self.choose_logo), logo_box)
        form.addRow(
            self._label(self.tr("Default &marketplace:"), self.marketplace), self.marketplace
        )
        page_layout = QVBoxLayout(self)
        page_layout.addLayout(form)
        page_layout.addStretch(1)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def isComplete(self) -> bool:
        return bool(self.business_name.text().strip())

    def settings(self) -> Settings:
        return (
            Settings(
                business_name=self.business_name.text().strip(),
                return_address=self.return_address.toPlainText().strip(),
                default_marketplace=self.marketplace.currentData(),
            )
            .with_regional_paper()
            .with_logo(self.logo_bytes)
        )

    def _pick_logo(self) -> None:
        self.logo_dialog = open_image_dialog(self, self.tr("Choose a logo"), self.load_logo)

    def load_logo(self, path: Path) -> bool:
        """Read a PNG or JPEG under 2 MB; anything else is refused with a clear message."""
        data, problem = read_image_file(path, MAX_LOGO_BYTES)
        if data is None:
            return self._logo_refused(problem)
        image = QImage()
        image.loadFromData(data)
        self.logo_bytes = data
        self.logo_error.hide()
        self.logo_preview.setPixmap(
            QPixmap.fromImage(image).scaled(
                160,
                64,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.remove_logo.setEnabled(True)
        return True

    def clear_logo(self) -> None:
        self.logo_bytes = b""
        self.logo_preview.clear()
        self.logo_preview.setText(self.tr("No logo"))
        self.remove_logo.setEnabled(False)

    def _logo_refused(self, message: str) -> bool:
        self.logo_error.setText(message)
        self.logo_error.show()
        return False


class PassphrasePage(QWizardPage):
    """The passphrase twice, its strength, and the warning that it cannot be recovered."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your passphrase"))
        self.setSubTitle(
            self.tr(
                "Your store is encrypted with this passphrase. You will type it each time you open "
                "Seller Desktop."
            )
        )
        self.setFinalPage(True)

        warning = QLabel(
            self.tr(
                "<b>Important:</b> the passphrase cannot be recovered or reset. If you forget it, "
                "nobody — not even us — can open your store. Write it down and keep it somewhere "
                "safe."
            )
        )
        warning.setObjectName("passphraseWarning")
        warning.setWordWrap(True)
        warning.setTextFormat(Qt.TextFormat.RichText)

        self.passphrase = self._password_field(self.tr("Passphrase"), "passphrase")
        self.confirm = self._password_field(self.tr("Repeat passphrase"), "confirmPassphrase")
        self.show_text = QCheckBox(self.tr("&Show passphrase"))
        self.show_text.setAccessibleName(self.tr("Show passphrase"))
        self.show_text.toggled.connect(self._toggle_echo)

        self.strength = QLabel()
        self.strength.setObjectName("strengthHint")
        self.strength.setAccessibleName(self.tr("Passphrase strength"))
        self.strength.setWordWrap(True)
        self.match = QLabel()
        self.match.setObjectName("matchHint")
        self.match.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("setupError")
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.addRow(self._label(self.tr("&Passphrase:"), self.passphrase), self.passphrase)
        form.addRow("", self.strength)
        form.addRow(self._label(self.tr("&Repeat:"), self.confirm), self.confirm)
        form.addRow("", self.match)
        form.addRow("", self.show_text)

        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addSpacing(12)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self._update_hints()

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _password_field(self, accessible: str, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(accessible)
        field.setObjectName(name)
        field.setDragEnabled(False)
        field.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText
            | Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
        )
        field.textChanged.connect(self._update_hints)
        field.textChanged.connect(self.completeChanged)  # signal to signal: emitted by Qt
        return field

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.confirm.setEchoMode(mode)

    def strength_text(self, text: str) -> str:
        if not text:
            return self.tr(
                "At least {n} characters. A few unrelated words make a good passphrase."
            ).format(n=MIN_LENGTH)
        level = passphrase_strength(text)
        if level == 0:
            return self.tr("Too short: {count} of at least {n} characters.").format(
                count=len(text), n=MIN_LENGTH
            )
        return [
            "",
            self.tr("Strength: weak. Add another word or two."),
            self.tr("Strength: fair. Another word would make it stronger."),
            self.tr("Strength: good."),
            self.tr("Strength: strong."),
        ][level]

    def _update_hints(self) -> None:
        first, second = self.passphrase.text(), self.confirm.text()
        self.strength.setText(self.strength_text(first))
        if not second:
            self.match.setText("")
        elif first == second:
            self.match.setText(self.tr("The passphrases match."))
        else:
            self.match.setText(self.tr("The passphrases do not match yet."))
        self.error.hide()

    def isComplete(self) -> bool:
        first = self.passphrase.text()
        return len(first) >= MIN_LENGTH and first == self.confirm.text()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def clear(self) -> None:
        self.passphrase.clear()
        self.confirm.clear()


class SetupWizard(QWizard):
    """Collects the settings and passphrase and creates the store on Finish.

    ``creator(passphrase, settings)`` creates and opens the store (the controller passes
    ``create_store`` bound to the paths); ``store_created`` carries its OpenedStore.
    """

    store_created = Signal(object)  # OpenedStore

    def __init__(self, creator: Creator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._creator = creator
        self.opened: OpenedStore | None = None
        self.setWindowTitle(self.tr("Set up Seller Desktop"))
        self.setObjectName("setupWizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.business_page = BusinessPage()
        self.passphrase_page = PassphrasePage()
        self.addPage(self.business_page)
        self.addPage(self.passphrase_page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Create store"))
        self.resize(640, 520)

    def validateCurrentPage(self) -> bool:
        if self.currentPage() is self.passphrase_page:
            return self._create()
        return super().validateCurrentPage()

    def _create(self) -> bool:
        page = self.passphrase_page
        if not page.isComplete():
            return False
        passphrase = page.passphrase.text()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            opened = self._creator(passphrase, self.business_page.settings())
        except SellerError as err:
            log.info("Setup refused: %s", type(err).__name__)
            page.show_error(seller_message(err))
            return False
        finally:
            del passphrase
            QGuiApplication.restoreOverrideCursor()
        page.clear()
        self.opened = opened
        log.info("Store created")
        self.store_created.emit(opened)
        return True
