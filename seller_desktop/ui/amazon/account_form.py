"""The form for one region's Amazon account: region, marketplaces, the app's three credentials and
(under Advanced) the API and Login with Amazon URLs.

The secrets are never shown again once saved: for a stored account the two secret fields stay
empty with a "saved" placeholder, and an empty field keeps what is stored — typing a new value
replaces it. The form only gathers what was typed; ``core.amazon.accounts.validated`` decides.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from seller_desktop.core.amazon.accounts import Account
from seller_desktop.core.amazon.regions import REGION_OF
from seller_desktop.core.orders.marketplaces import MARKETPLACES
from seller_desktop.ui.amazon.sync_runner import region_names
from seller_desktop.ui.common.widgets import secret_field

REGIONS = ("na", "eu", "fe")


def region_marketplaces(region: str) -> list[str]:
    """The app's marketplace codes Amazon serves from ``region``, in the app's order."""
    return [code for code in MARKETPLACES if REGION_OF.get(code) == region]


class AccountForm(QWidget):
    #: The seller picked another region: (region code).
    region_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.region = QComboBox()
        self.region.setAccessibleName(self.tr("Region"))
        names = region_names()
        for code in REGIONS:
            self.region.addItem(names[code], code)
        self.markets_host = QWidget()
        self.markets_host.setAccessibleName(self.tr("Marketplaces"))
        self._markets_grid = QGridLayout(self.markets_host)
        self._markets_grid.setContentsMargins(0, 0, 0, 0)
        #: code → its checkbox, for the region shown.
        self.marketplaces: dict[str, QCheckBox] = {}
        self.client_id = QLineEdit()
        self.client_id.setAccessibleName(self.tr("Client ID"))
        self.client_id.setPlaceholderText("amzn1.application-oa2-client.…")
        self.client_secret = secret_field(self.tr("Client secret"))
        self.refresh_token = secret_field(self.tr("Refresh token"))
        for caption, field in (
            (self.tr("Regi&on:"), self.region),
            (self.tr("Mar&ketplaces:"), self.markets_host),
            (self.tr("Client &ID:"), self.client_id),
            (self.tr("Client se&cret:"), self.client_secret),
            (self.tr("Refresh toke&n:"), self.refresh_token),
        ):
            label = QLabel(caption)
            label.setBuddy(field)
            form.addRow(label, field)
        outer.addLayout(form)
        outer.addWidget(self._build_advanced())
        self.region.currentIndexChanged.connect(self._region_picked)
        self._fill_marketplaces(REGIONS[0])

    def _build_advanced(self) -> QWidget:
        host = QWidget()
        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        self.advanced_button = QPushButton(self.tr("A&dvanced ▸"))
        self.advanced_button.setCheckable(True)
        self.advanced_button.setAccessibleName(self.tr("Show the advanced settings"))
        self.advanced_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.advanced_button)
        self.advanced = QWidget()
        form = QFormLayout(self.advanced)
        form.setContentsMargins(0, 0, 0, 0)
        self.api_url = QLineEdit()
        self.api_url.setAccessibleName(self.tr("API URL"))
        self.api_url.setPlaceholderText(self.tr("Empty: Amazon's own"))
        self.lwa_url = QLineEdit()
        self.lwa_url.setAccessibleName(self.tr("Login with Amazon token URL"))
        self.lwa_url.setPlaceholderText(self.tr("Empty: Amazon's own"))
        form.addRow(self.tr("API &URL:"), self.api_url)
        form.addRow(self.tr("Token UR&L:"), self.lwa_url)
        layout.addWidget(self.advanced)
        self.advanced.hide()
        self.advanced_button.toggled.connect(self._toggle_advanced)
        return host

    def _toggle_advanced(self, shown: bool) -> None:
        self.advanced.setVisible(shown)
        self.advanced_button.setText(self.tr("A&dvanced ▾") if shown else self.tr("A&dvanced ▸"))

    def _region_picked(self, _index: int) -> None:
        self.region_changed.emit(self.current_region())

    def _fill_marketplaces(self, region: str) -> None:
        for box in self.marketplaces.values():
            self._markets_grid.removeWidget(box)
            box.deleteLater()
        self.marketplaces = {}
        for n, code in enumerate(region_marketplaces(region)):
            box = QCheckBox(f"{code} — {MARKETPLACES[code].name}")
            box.setAccessibleName(MARKETPLACES[code].name)
            self._markets_grid.addWidget(box, n // 3, n % 3)
            self.marketplaces[code] = box

    def current_region(self) -> str:
        return str(self.region.currentData())

    def show_account(self, region: str, account: Account | None) -> None:
        """Show ``region``'s stored account (or an empty form); the secrets never come back."""
        self.region.blockSignals(True)
        self.region.setCurrentIndex(max(self.region.findData(region), 0))
        self.region.blockSignals(False)
        self._fill_marketplaces(region)
        chosen = set(account.marketplaces) if account else set()
        for code, box in self.marketplaces.items():
            box.setChecked(code in chosen)
        self.client_id.setText(account.client_id if account else "")
        saved = self.tr("Saved — type a new one to replace it")
        for field in (self.client_secret, self.refresh_token):
            field.clear()
            field.setPlaceholderText(saved if account else "")
        self.api_url.setText(account.api_url or "" if account else "")
        self.lwa_url.setText(account.lwa_url or "" if account else "")
        if account and (account.api_url or account.lwa_url):
            self.advanced_button.setChecked(True)

    def edited(self, stored: Account | None) -> Account:
        """The account as typed, not yet validated; an empty secret field keeps ``stored``'s."""
        return Account(
            self.current_region(),
            tuple(code for code, box in self.marketplaces.items() if box.isChecked()),
            self.client_id.text(),
            self.client_secret.text() or (stored.client_secret if stored else ""),
            self.refresh_token.text() or (stored.refresh_token if stored else ""),
            self.api_url.text().strip() or None,
            self.lwa_url.text().strip() or None,
        )
