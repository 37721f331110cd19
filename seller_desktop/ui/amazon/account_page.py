"""Settings › Amazon account: one account per region, Test connection, and how often to sync.

Thin over ``core.amazon``: saving goes through ``save_account`` (which validates and says what to
correct, never quoting a secret), Test connection runs ``check_connection`` as a job on the
window's worker, and the interval is ``Settings.amazon_sync_minutes``. The secrets live only in
the encrypted store: this page never shows them again and never logs them.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from seller_desktop.core.amazon.accounts import Account, load_accounts, remove_account, save_account
from seller_desktop.core.amazon.connection import ConnectionResult, check_connection
from seller_desktop.core.amazon.sync import TransportFactory
from seller_desktop.core.amazon.sync_state import load_sync_states
from seller_desktop.core.base.errors import SellerError
from seller_desktop.core.settings import Settings, save_settings
from seller_desktop.core.store import Store
from seller_desktop.ui.amazon.account_form import AccountForm
from seller_desktop.ui.amazon.sync_runner import region_names
from seller_desktop.ui.common.formatting import local_datetime, seller_message
from seller_desktop.ui.common.jobs import JobCancelled, JobRunner, report_unexpected, run_operation
from seller_desktop.ui.common.widgets import InlineMessage, button_row, page_heading, paragraph


def connection_steps(
    store: Store, region: str, factory: TransportFactory | None
) -> Generator[tuple[int, int], None, list[ConnectionResult]]:
    """Test connection as a job: one step, the results its value."""
    yield (0, 0)
    return check_connection(store, region, transport_factory=factory)


class AmazonAccountPage(QScrollArea):
    #: The interval was saved: the ``Settings`` as saved.
    saved = Signal(object)
    #: An account was added, replaced or removed.
    accounts_changed = Signal()

    def __init__(
        self,
        store: Store,
        settings: Settings,
        jobs: JobRunner | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._settings = settings
        self._jobs = jobs
        #: The HTTP transport for Test connection (tests give one pointed at a fake Amazon).
        self.transport_factory: TransportFactory | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setAccessibleName(self.tr("Amazon account"))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(page_heading(self.tr("Amazon account")))
        layout.addWidget(paragraph(self._intro()))
        self.guide = QLabel(self._guide())
        self.guide.setTextFormat(Qt.TextFormat.RichText)  # our own words only: a numbered list
        self.guide.setWordWrap(True)
        self.guide.setAccessibleName(self.tr("How to connect"))
        layout.addWidget(self.guide)
        self.accounts_label = QLabel()
        self.accounts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.accounts_label.setWordWrap(True)
        self.accounts_label.setAccessibleName(self.tr("Connected accounts"))
        layout.addWidget(self.accounts_label)
        self.form = AccountForm()
        self.form.setMaximumWidth(720)
        self.form.region_changed.connect(self._show_region)
        layout.addWidget(self.form)
        self.message = InlineMessage(self.tr("Amazon account message"))
        layout.addWidget(self.message)
        buttons, (self.save_button, self.test_button, self.remove_button) = button_row(
            (self.tr("&Save account"), self.tr("Save the Amazon account"), self.save),
            (self.tr("&Test connection"), self.tr("Test the connection"), self.test_connection),
            (self.tr("Re&move account"), self.tr("Remove the Amazon account"), self.remove),
        )
        layout.addLayout(buttons)
        self.test_result = InlineMessage(self.tr("Connection test result"))
        layout.addWidget(self.test_result)
        layout.addSpacing(12)
        layout.addLayout(self._interval_row())
        layout.addStretch(1)
        self.setWidget(body)
        self.refresh()

    def _intro(self) -> str:
        return self.tr(
            "Connect the app to Amazon to fetch orders by itself and send shipments back. You "
            "authorize your own private app in Seller Central, once per region; no server but "
            "Amazon's is involved. The credentials are kept only in the encrypted store."
        )

    def _guide(self) -> str:
        steps = [
            self.tr("In Seller Central open Apps and Services › Develop Apps."),
            self.tr(
                "Add a new app client (a private app for your own account) with the Orders role, "
                "and the restricted role for buyers' addresses (Direct-to-Consumer Shipping)."
            ),
            self.tr(
                "Under LWA credentials, view the app's client ID and client secret and copy them "
                "into the fields below."
            ),
            self.tr(
                "Choose Authorize for the app: Amazon shows a refresh token once. Copy it below."
            ),
            self.tr("Tick your marketplaces, save, and press Test connection."),
        ]
        items = "".join(f"<li>{_escape(step)}</li>" for step in steps)
        return f"<b>{_escape(self.tr('How to connect'))}</b><ol>{items}</ol>"

    def _interval_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(self.tr("Sync automatically &every:"))
        self.interval = QSpinBox()
        self.interval.setAccessibleName(self.tr("Sync automatically every (minutes)"))
        self.interval.setRange(0, 24 * 60)
        self.interval.setSuffix(self.tr(" min"))
        self.interval.setSpecialValueText(self.tr("Off"))
        self.interval.setToolTip(self.tr("0 means only when you choose File › Sync with Amazon"))
        label.setBuddy(self.interval)
        self.interval_button = QPushButton(self.tr("A&pply"))
        self.interval_button.setAccessibleName(self.tr("Save the sync interval"))
        self.interval_button.clicked.connect(self.save_interval)
        row.addWidget(label)
        row.addWidget(self.interval)
        row.addWidget(self.interval_button)
        row.addStretch(1)
        return row

    # -- showing ----------------------------------------------------------------------------------

    def _accounts(self) -> dict[str, Account]:
        return {a.region: a for a in load_accounts(self._store)}

    def refresh(self) -> None:
        """The accounts and their last sync, the form for the region shown, the interval."""
        accounts = self._accounts()
        states = load_sync_states(self._store)
        names = region_names()
        lines = []
        for region, account in accounts.items():
            line = f"{names[region]}: {', '.join(account.marketplaces)}"
            state = states.get(region)
            if state and state.last_error:
                line += " · " + self.tr("last sync stopped {0}: {1}").format(
                    local_datetime(state.last_run_at), state.last_error
                )
            elif state and state.last_run_at:
                line += " · " + self.tr("last sync {0}").format(local_datetime(state.last_run_at))
            else:
                line += " · " + self.tr("not synced yet")
            lines.append(line)
        self.accounts_label.setText(
            "\n".join([self.tr("Connected:")] + lines)
            if lines
            else self.tr("No Amazon account yet: orders come in through File › Import.")
        )
        region = self.form.current_region()
        if not self.form.client_id.text() and accounts and region not in accounts:
            region = next(iter(accounts))
        self._show_region(region)
        self.interval.setValue(self._settings.amazon_sync_minutes)

    def _show_region(self, region: str) -> None:
        account = self._accounts().get(region)
        self.form.show_account(region, account)
        self.test_button.setEnabled(account is not None and self._jobs is not None)
        self.remove_button.setEnabled(account is not None)

    def settings_saved_elsewhere(self, settings: Settings) -> None:
        self._settings = settings

    def store_changed(self, changes: object) -> None:
        """A sync ended (or anything else): the last-sync lines read again; the form's edits stay."""
        if getattr(changes, "orders", False):
            self._refresh_accounts_only()

    def _refresh_accounts_only(self) -> None:
        keep = (self.form.current_region(), self.form.client_id.text())
        self.refresh()
        if keep[1]:
            self.form.client_id.setText(keep[1])

    # -- acting -----------------------------------------------------------------------------------

    def save(self) -> bool:
        region = self.form.current_region()
        try:
            account = save_account(self._store, self.form.edited(self._accounts().get(region)))
        except SellerError as err:
            self.message.show_error(seller_message(err))
            return False
        self.refresh()
        self.message.show_info(
            self.tr("Saved the Amazon account for {0}. Press Test connection to check it.").format(
                region_names()[account.region]
            )
        )
        self.accounts_changed.emit()
        return True

    def remove(self) -> bool:
        region = self.form.current_region()
        try:
            removed = remove_account(self._store, region)
        except SellerError as err:
            self.message.show_error(seller_message(err))
            return False
        self.form.show_account(region, None)
        self.refresh()
        if removed:
            self.message.show_info(
                self.tr("Removed the account for {0}. Orders already fetched stay.").format(
                    region_names()[region]
                )
            )
            self.accounts_changed.emit()
        return bool(removed)

    def save_interval(self) -> bool:
        try:
            saved = save_settings(
                self._store, replace(self._settings, amazon_sync_minutes=self.interval.value())
            )
        except SellerError as err:
            self.message.show_error(seller_message(err))
            return False
        self._settings = saved
        self.message.show_info(
            self.tr("Amazon is synced every %n minutes.", "", saved.amazon_sync_minutes)
            if saved.amazon_sync_minutes
            else self.tr("Amazon is synced only when you choose File › Sync with Amazon.")
        )
        self.saved.emit(saved)
        return True

    def test_connection(self) -> bool:
        """Check the region's account on the worker; the result shows when it is back."""
        region = self.form.current_region()
        if self._jobs is None or region not in self._accounts():
            return False
        self.test_button.setEnabled(False)
        self.test_result.show_info(self.tr("Testing the connection to Amazon…"))
        store, factory = self._store, self.transport_factory
        run_operation(
            self._jobs,
            lambda: connection_steps(store, region, factory),
            self._tested,
            self._test_failed,
        )
        return True

    def _tested(self, results: object) -> None:
        self.test_button.setEnabled(True)
        assert isinstance(results, list)
        lines = [self._result_line(r) for r in results]
        if all(r.ok for r in results):
            self.test_result.show_info("\n".join(lines))
        else:
            self.test_result.show_error("\n".join(lines))

    def _result_line(self, result: ConnectionResult) -> str:
        where = f"{region_names()[result.region]} ({', '.join(result.marketplaces)})"
        if not result.ok:
            return self.tr("{0}: not connected. {1}").format(where, result.error or "")
        contact = {
            True: self.tr("Contact details come back: yes."),
            False: self.tr(
                "Contact details come back: no — the app lacks Amazon's restricted role; "
                "addresses come from the Unshipped Orders report (File › Import)."
            ),
            None: self.tr("Contact details: no recent order to tell."),
        }[result.contact_details]
        return self.tr("{0}: connected. {1}").format(where, contact)

    def _test_failed(self, error: BaseException) -> None:
        self.test_button.setEnabled(True)
        if isinstance(error, JobCancelled):
            self.test_result.clear()
        elif isinstance(error, SellerError):
            self.test_result.show_error(seller_message(error))
        else:
            self.test_result.clear()
            report_unexpected(error)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
