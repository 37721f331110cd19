"""Buy labels: the ship bench for a batch of orders — their packages, Amazon's rates with the
default chosen, the total, then "Buy and print".

Everything that talks to Amazon runs on the window's worker (``work``), with a progress bar and
Cancel: the window never freezes. The rates are asked for as the dialog opens (one click fewer
on the morning round); "Get rates" asks again after a package was changed. Orders whose rates
failed are listed with the reason (an order of a marketplace without Buy Shipping: type its
tracking number as before; a product without weight: Settings › Products) and are not bought.

"Buy and print" buys each chosen rate once (the core's ledger); a price that changed since the
rates is asked about, a lost answer is said to be settled at the next start or purchase. The
orders bought are shipped by the core; ``bought`` hands them, in the rows' order, to whoever
prints them (``ui.shell.label_desk``). The dialog closes when every order is bought, else it
keeps the rest with their reasons.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from seller_desktop.core.base.changes import ORDERS
from seller_desktop.core.base.errors import BadInput, SellerError
from seller_desktop.core.labels.rating import OrderRates
from seller_desktop.core.orders.model import Order
from seller_desktop.core.store import Store
from seller_desktop.ui.common.formatting import seller_message
from seller_desktop.ui.common.jobs import JobCancelled, JobRunner, report_unexpected, run_operation
from seller_desktop.ui.common.widgets import InlineMessage
from seller_desktop.ui.orders.labels.rate_rows import RateRows, reason_lines
from seller_desktop.ui.orders.labels.work import Purchases, buy_steps, rates_steps


class BuyLabelsDialog(QDialog):
    #: Orders whose labels were bought (in the rows' order): print them.
    bought = Signal(object)

    def __init__(
        self, store: Store, jobs: JobRunner, orders: list[Order], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._store, self._jobs = store, jobs
        self._running = False
        self._all_ids = [o.order_id for o in orders]
        #: How many times rates arrived (the first ask starts as the dialog opens).
        self.rated = 0
        #: Why each order has no rates or was not bought, shown under the rows.
        self.failed: dict[str, BaseException] = {}
        #: The question about changed prices while it is open.
        self.price_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Buy labels"))
        self.setAccessibleName(self.tr("Buy labels"))
        layout = QVBoxLayout(self)
        self.summary = QLabel(
            self.tr("%n order(s): check each package, then buy the rates chosen.", "", len(orders))
        )
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.rows = RateRows(store, orders)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.rows)
        scroll.setMinimumHeight(min(len(orders), 6) * 36 + 40)
        layout.addWidget(scroll, 1)
        self.total = QLabel()
        self.total.setAccessibleName(self.tr("Total of the chosen rates"))
        layout.addWidget(self.total)
        self.reasons = InlineMessage(self.tr("Orders without a label"))
        layout.addWidget(self.reasons)
        self.message = InlineMessage(self.tr("Problem"))
        layout.addWidget(self.message)
        layout.addLayout(self._build_progress())
        layout.addLayout(self._build_buttons())
        for combo in self.rows.rates.values():
            combo.currentIndexChanged.connect(lambda _i: self._update())
        self._update()
        self.resize(max(self.sizeHint().width(), 1040), self.sizeHint().height())
        QTimer.singleShot(0, self.get_rates)

    def _build_progress(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._jobs.cancel)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        self._jobs.progress.connect(self._progress)
        self.progress.hide()
        self.cancel_button.hide()
        return row

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.rates_button = QPushButton(self.tr("&Get rates"))
        self.rates_button.setToolTip(self.tr("Ask Amazon again, for the packages as shown"))
        self.rates_button.clicked.connect(self.get_rates)
        self.buy_button = QPushButton(self.tr("&Buy and print"))
        self.buy_button.clicked.connect(self.buy)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.rates_button, self.buy_button, self.close_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.insertStretch(1, 1)
        return row

    # -- progress ------------------------------------------------------------------------------

    def _show_progress(self, running: bool) -> None:
        self._running = running
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        if running:
            self.progress.setRange(0, 0)
        self._update()

    def _progress(self, done: int, total: int, _text: str) -> None:
        if self._running and total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _update(self) -> None:
        chosen = self.rows.chosen()
        total = self.rows.total_text()
        self.total.setText(
            self.tr("Total for %n label(s): {0}", "", len(chosen)).format(total) if total else ""
        )
        self.rates_button.setEnabled(not self._running and bool(self.rows.order_ids()))
        self.buy_button.setEnabled(not self._running and bool(chosen))
        lines = reason_lines(self.failed)
        if lines:
            self.reasons.show_warning(
                "\n".join([self.tr("These orders get no label here:"), *lines])
            )
        else:
            self.reasons.clear()

    def _job_failed(self, err: BaseException) -> None:
        self._show_progress(False)
        if isinstance(err, JobCancelled):
            self.message.show_info(self.tr("Cancelled."))
        elif isinstance(err, SellerError):
            self.message.show_error(seller_message(err))
        else:
            report_unexpected(err)

    # -- rates ---------------------------------------------------------------------------------

    def get_rates(self) -> None:
        """Ask Amazon for every row's rates, for its package as the seller left it."""
        if self._running or not self.rows.order_ids():
            return
        self.message.clear()
        try:
            packages = [(i, self.rows.change(i)) for i in self.rows.order_ids()]
        except BadInput as err:
            self.message.show_error(seller_message(err))
            return
        self.rows.clear_rates()
        self._show_progress(True)
        store = self._store
        run_operation(
            self._jobs, lambda: rates_steps(store, packages), self._rated, self._job_failed
        )

    def _rated(self, results: object) -> None:
        self._show_progress(False)
        self.rated += 1
        assert isinstance(results, list)
        for result in results:
            assert isinstance(result, OrderRates)
            self.rows.show_rates(result)
            if result.error is not None:
                self.failed[result.order_id] = result.error
            else:
                self.failed.pop(result.order_id, None)
        self._update()

    # -- buying --------------------------------------------------------------------------------

    def buy(self) -> None:
        """Buy the chosen rate of every order that has one; then print what was bought."""
        chosen = self.rows.chosen()
        if self._running or not chosen:
            return
        self.message.clear()
        self._buy([(order_id, rate.rate_id) for order_id, rate in chosen.items()], [])

    def _buy(self, choices: list[tuple[str, str]], before: list[str]) -> None:
        self._show_progress(True)
        store = self._store
        run_operation(
            self._jobs,
            lambda: buy_steps(store, choices),
            lambda outcome: self._bought(outcome, before),
            self._job_failed,
            ORDERS,
        )

    def _bought(self, outcome: object, before: list[str]) -> None:
        self._show_progress(False)
        assert isinstance(outcome, Purchases)
        for order_id in outcome.bought:
            self.rows.drop(order_id)
            self.failed.pop(order_id, None)
        self.failed.update(outcome.failed)
        self.failed.update(outcome.unknown)
        bought = before + outcome.bought
        if outcome.price_changed:
            self._ask_prices(outcome, bought)
            return
        self._done(bought)

    def _ask_prices(self, outcome: Purchases, bought: list[str]) -> None:
        """The same service at another price: buy at the new prices, or leave those orders."""
        lines = [seller_message(err) for err in outcome.price_changed.values()]
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Prices changed"),
            self.tr("The price of %n label(s) changed since the rates:", "", len(lines)),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setInformativeText("\n".join(lines))
        buy = box.addButton(self.tr("Buy at the new prices"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Leave them"), QMessageBox.ButtonRole.RejectRole)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        again = [(i, err.new_rate.rate_id) for i, err in outcome.price_changed.items()]

        def answered(button: object) -> None:
            self.price_box = None
            if button is buy:
                self._buy(again, bought)
            else:
                self.failed.update(outcome.price_changed)
                self._done(bought)

        box.buttonClicked.connect(answered)
        self.price_box = box
        box.open()

    def _done(self, bought: list[str]) -> None:
        order = {order_id: n for n, order_id in enumerate(self._all_ids)}
        bought = sorted(dict.fromkeys(bought), key=lambda i: order.get(i, len(order)))
        self._update()
        if bought:
            self.bought.emit(bought)
        if not self.rows.order_ids() and not self.failed:
            self.accept()
        elif bought:
            self.message.show_info(
                self.tr("%n label(s) bought; the orders are shipped.", "", len(bought))
            )

    def reject(self) -> None:
        """Close; a job of this dialog still running is asked to stop first (between orders)."""
        if self._running:
            self._jobs.cancel()
        super().reject()
