"""The Settings page: the seller's business details and the store's security settings, with
Settings › Products and Settings › Amazon account on tabs of their own (built on first visit).

The fields map one to one onto ``core.settings.Settings``; validation lives there (one typed place),
and its ``BadInput`` message is shown beside the form. Fields this page does not show (logo,
retention days) are carried over unchanged from the settings it was given.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.orders.countries import countries_by_name
from seller_desktop.core.orders.marketplaces import MARKETPLACES
from seller_desktop.core.settings import Settings, save_settings
from seller_desktop.core.store import Store
from seller_desktop.ui.common.formatting import seller_message
from seller_desktop.ui.common.jobs import JobRunner
from seller_desktop.ui.common.widgets import InlineMessage, button_row, page_heading, paragraph
from seller_desktop.ui.settings.passphrase_dialog import ChangePassphraseDialog

if TYPE_CHECKING:
    from seller_desktop.ui.amazon.account_page import AmazonAccountPage
    from seller_desktop.ui.settings.products import ProductsPage


class SettingsPage(QWidget):
    #: The settings as saved (validated and normalised by the core).
    saved = Signal(object)
    #: Settings › Amazon account added, replaced or removed an account.
    amazon_accounts_changed = Signal()

    def __init__(
        self,
        store: Store,
        settings: Settings,
        *,
        demo: bool = False,
        jobs: JobRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._jobs = jobs
        self._settings = settings
        self.setAccessibleName(self.tr("Settings"))

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.addWidget(page_heading(self.tr("Settings")))
        # General settings on the first tab; Settings › Products on the second, built when first
        # shown (it reads every product).
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Settings sections"))
        general = QWidget()
        layout = QVBoxLayout(general)
        self.tabs.addTab(general, self.tr("&General"))
        self._products_host = QWidget()
        self._products_layout = QVBoxLayout(self._products_host)
        self._products_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self._products_host, self.tr("P&roducts"))
        self._amazon_host = QWidget()
        self._amazon_layout = QVBoxLayout(self._amazon_host)
        self._amazon_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self._amazon_host, self.tr("&Amazon account"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self._products_page: ProductsPage | None = None
        self._amazon_page: AmazonAccountPage | None = None
        outer.addWidget(self.tabs, 1)

        form = QFormLayout()
        self.business_name = QLineEdit()
        self.business_name.setAccessibleName(self.tr("Business name"))
        self.return_address = QPlainTextEdit()
        self.return_address.setAccessibleName(self.tr("Return address"))
        self.return_address.setTabChangesFocus(True)  # Tab moves on; Enter starts a new line
        self.return_address.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.marketplace = QComboBox()
        self.marketplace.setAccessibleName(self.tr("Default marketplace"))
        for code, market in MARKETPLACES.items():
            self.marketplace.addItem(f"{code} — {market.name}", code)
        # Where parcels leave from: an address in any other country gets its country's line.
        self.ship_from = QComboBox()
        self.ship_from.setAccessibleName(self.tr("Ships from"))
        self.ship_from.setToolTip(
            self.tr(
                "The country your parcels leave from. Addresses in any other country end "
                "with the country's name on packing slips and copied addresses."
            )
        )
        self.ship_from.addItem(self.tr("The default marketplace's country"), "")
        for code, name in countries_by_name():
            self.ship_from.addItem(f"{name} ({code})", code)
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setAccessibleName(self.tr("Lock after idle minutes"))
        self.idle_minutes.setRange(0, 24 * 60)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setSpecialValueText(self.tr("Never"))
        self.idle_minutes.setToolTip(self.tr("0 means never lock by itself"))
        self.idle_minutes.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000 min") + 64)
        for caption, field in (
            (self.tr("&Business name:"), self.business_name),
            (self.tr("&Return address:"), self.return_address),
            (self.tr("Shi&ps from:"), self.ship_from),
            (self.tr("Default &marketplace:"), self.marketplace),
            (self.tr("&Lock after idle:"), self.idle_minutes),
        ):
            label = QLabel(caption)
            label.setBuddy(field)
            form.addRow(label, field)
        form_host = QWidget()
        form_host.setLayout(form)
        form_host.setMaximumWidth(640)
        layout.addWidget(form_host)

        self.message = InlineMessage(self.tr("Settings message"))
        layout.addWidget(self.message)

        buttons, (self.save_button, self.revert_button) = button_row(
            (self.tr("&Save settings"), self.tr("Save settings"), self.save),
            (self.tr("Re&vert"), self.tr("Revert to the saved settings"), self.revert),
        )
        layout.addLayout(buttons)

        layout.addSpacing(16)
        layout.addWidget(page_heading(self.tr("Passphrase")))
        layout.addWidget(
            paragraph(
                self.tr(
                    "The demo store has a throwaway passphrase of its own; there is nothing to change."
                )
                if demo
                else self.tr(
                    "The passphrase encrypts the store. Changing it re-encrypts the store; "
                    "the old passphrase stops working."
                )
            )
        )
        passphrase_row = QHBoxLayout()
        self.passphrase_button = QPushButton(self.tr("&Change passphrase…"))
        self.passphrase_button.setAccessibleName(self.tr("Change passphrase"))
        self.passphrase_button.setEnabled(not demo)
        self.passphrase_button.clicked.connect(self.open_passphrase_dialog)
        passphrase_row.addWidget(self.passphrase_button)
        passphrase_row.addStretch(1)
        layout.addLayout(passphrase_row)
        layout.addStretch(1)

        self.revert()

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self._products_host:
            self.products_page  # noqa: B018 - built on first visit
        elif self.tabs.widget(index) is self._amazon_host:
            self.amazon_page  # noqa: B018 - built on first visit

    @property
    def products_page(self) -> ProductsPage:
        if self._products_page is None:
            from seller_desktop.ui.settings.products import ProductsPage

            self._products_page = ProductsPage(self._store)
            self._products_layout.addWidget(self._products_page)
        return self._products_page

    @property
    def amazon_page(self) -> AmazonAccountPage:
        if self._amazon_page is None:
            from seller_desktop.ui.amazon.account_page import AmazonAccountPage

            page = AmazonAccountPage(self._store, self._settings, self._jobs)
            page.saved.connect(self._amazon_saved)
            page.accounts_changed.connect(self.amazon_accounts_changed)
            self._amazon_layout.addWidget(page)
            self._amazon_page = page
        return self._amazon_page

    def show_amazon(self) -> AmazonAccountPage:
        self.tabs.setCurrentWidget(self._amazon_host)
        return self.amazon_page

    def _amazon_saved(self, settings: Settings) -> None:
        self._settings = settings
        self.saved.emit(settings)

    def store_changed(self, changes: object) -> None:
        if self._amazon_page is not None:
            self._amazon_page.store_changed(changes)

    def show_products(self) -> ProductsPage:
        self.tabs.setCurrentWidget(self._products_host)
        return self.products_page

    @property
    def settings(self) -> Settings:
        return self._settings

    def settings_saved_elsewhere(self, settings: Settings) -> None:
        """Another page (Privacy) saved its fields: carry them over, keep this form's edits."""
        self._settings = settings
        if self._amazon_page is not None:
            self._amazon_page.settings_saved_elsewhere(settings)

    def edited_settings(self) -> Settings:
        """The settings as the form shows them, not yet validated or saved."""
        return replace(
            self._settings,
            business_name=self.business_name.text(),
            return_address=self.return_address.toPlainText(),
            default_marketplace=self.marketplace.currentData()
            or self._settings.default_marketplace,
            ship_from_country=self.ship_from.currentData() or "",
            idle_lock_minutes=self.idle_minutes.value(),
        )

    def save(self) -> bool:
        try:
            saved = save_settings(self._store, self.edited_settings())
        except BadInput as err:
            self.message.show_error(seller_message(err))
            return False
        self._settings = saved
        self.revert()
        self.message.show_info(self.tr("Settings saved."))
        if self._amazon_page is not None:
            self._amazon_page.settings_saved_elsewhere(saved)
        self.saved.emit(saved)
        return True

    def revert(self) -> None:
        """Show the saved settings again, dropping unsaved edits."""
        settings = self._settings
        self.business_name.setText(settings.business_name)
        self.return_address.setPlainText(settings.return_address)
        found = self.marketplace.findData(settings.default_marketplace)
        self.marketplace.setCurrentIndex(max(found, 0))
        self.ship_from.setCurrentIndex(max(self.ship_from.findData(settings.ship_from_country), 0))
        self.idle_minutes.setValue(settings.idle_lock_minutes)
        self.message.clear()

    def open_passphrase_dialog(self) -> ChangePassphraseDialog:
        if self._jobs is None:  # a page built without a window (the demo has the button off)
            raise RuntimeError("the settings page needs the window's job runner to rekey")
        dialog = ChangePassphraseDialog(self._store, self._jobs, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setModal(True)
        dialog.open()
        return dialog
