"""The ship bench's rows: per order its planned package (box, weight, size — each editable, a
weight typed off the scale accepted) and, once fetched, its rates in a list with the default
chosen by the seller's rule (``core.labels.rating.default_rate``).

A rate that needs inputs the app cannot give yet is listed but disabled: it can be seen, never
bought. An order whose package cannot be planned (a product without weight or size) shows why
instead of its package; its rates then fail with the same reason, listed under the rows.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from seller_desktop.core.amazon.shipping_api import Rate
from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.labels.boxes import list_boxes
from seller_desktop.core.labels.packages import PackageChange, PlannedPackage, plan_package
from seller_desktop.core.labels.rating import OrderRates
from seller_desktop.core.labels.sizes import parse_dims_cm, parse_grams
from seller_desktop.core.orders.model import Order
from seller_desktop.core.store import Store
from seller_desktop.ui.common.formatting import local_date, seller_message


def _cm(mm: int) -> str:
    return f"{mm / 10:g}"


def dims_text(plan: PlannedPackage) -> str:
    return "x".join(_cm(v) for v in (plan.length_mm, plan.width_mm, plan.height_mm))


class RateRows(QWidget):
    """One row per order: id, box, weight (g), size (cm), rate; ``plans`` holds what was planned
    (None with the reason in the row when it could not be)."""

    COLUMNS = 5

    def __init__(self, store: Store, orders: list[Order], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.plans: dict[str, PlannedPackage | None] = {}
        self.boxes: dict[str, QComboBox] = {}
        self.weights: dict[str, QLineEdit] = {}
        self.sizes: dict[str, QLineEdit] = {}
        self.rates: dict[str, QComboBox] = {}
        self.names: dict[str, QLabel] = {}
        headers = (
            self.tr("Order"),
            self.tr("Box"),
            self.tr("Weight (g)"),
            self.tr("Size (cm)"),
            self.tr("Rate"),
        )
        for column, text in enumerate(headers):
            self.grid.addWidget(QLabel(f"<b>{text}</b>"), 0, column)
        box_names = [b.name for b in list_boxes(store)]
        for row, order in enumerate(orders, start=1):
            self._add_row(store, row, order, box_names)
        self.grid.setColumnStretch(4, 1)
        # The rows at the top, however tall the scroll area is (no gaps between them).
        self.grid.setRowStretch(len(orders) + 1, 1)

    def _add_row(self, store: Store, row: int, order: Order, box_names: list[str]) -> None:
        order_id = order.order_id
        try:
            plan: PlannedPackage | None = plan_package(store, order)
        except BadInput:  # the rates say why, in the list of orders that failed
            plan = None
        self.plans[order_id] = plan
        name = QLabel(order_id)
        name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box = QComboBox()
        box.addItem(self.tr("No box (the items' own size)"), None)
        for box_name in box_names:
            box.addItem(box_name, box_name)
        box.setCurrentIndex(max(box.findData(plan.box), 0) if plan and plan.box else 0)
        weight = QLineEdit(str(plan.weight_g) if plan else "")
        weight.setPlaceholderText(self.tr("grams"))
        size = QLineEdit(dims_text(plan) if plan else "")
        size.setPlaceholderText(self.tr("L x W x H"))
        rate = QComboBox()
        rate.setEnabled(False)
        rate.setMinimumContentsLength(52)  # carrier, service, price and "arrives by" date
        rate.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        for widget, what in (
            (box, self.tr("Box for order {0}")),
            (weight, self.tr("Weight in grams for order {0}")),
            (size, self.tr("Size in cm for order {0}")),
            (rate, self.tr("Rate for order {0}")),
        ):
            widget.setAccessibleName(what.format(order_id))
        weight.setMaximumWidth(weight.fontMetrics().horizontalAdvance("0000000") + 16)
        for column, cell in enumerate((name, box, weight, size, rate)):
            self.grid.addWidget(cell, row, column)
        self.names[order_id], self.boxes[order_id], self.weights[order_id] = name, box, weight
        self.sizes[order_id], self.rates[order_id] = size, rate

    def order_ids(self) -> list[str]:
        return list(self.rates)

    def change(self, order_id: str) -> PackageChange:
        """What the seller changed in the order's planned package; BadInput (and the field
        focused) for a weight or size that is not one."""
        plan = self.plans[order_id]
        box = self.boxes[order_id].currentData()
        weight, size = self.weights[order_id], self.sizes[order_id]
        new_box = box if box and (plan is None or box != plan.box) else None
        grams = dims = None
        try:
            if weight.text().strip() and (plan is None or weight.text() != str(plan.weight_g)):
                grams = parse_grams(weight.text())
        except BadInput:
            weight.setFocus()
            raise
        try:
            if size.text().strip() and (plan is None or size.text() != dims_text(plan)):
                dims = parse_dims_cm(size.text())
        except BadInput:
            size.setFocus()
            raise
        return PackageChange(new_box, grams, dims)

    def clear_rates(self) -> None:
        for combo in self.rates.values():
            combo.clear()
            combo.setEnabled(False)

    def show_rates(self, result: OrderRates) -> None:
        """The order's rates, the default chosen; a rate needing more inputs is disabled."""
        combo = self.rates.get(result.order_id)
        if combo is None:
            return
        combo.clear()
        if result.quote is None:
            combo.addItem(self.tr("No rates (see below)"), None)
            combo.setEnabled(False)
            return
        model = combo.model()
        for rate in result.quote.rates:
            combo.addItem(self.rate_text(rate), rate)
            if rate.requires_additional_inputs and isinstance(model, QStandardItemModel):
                item = model.item(combo.count() - 1)
                item.setEnabled(False)
        chosen = result.default
        index = next(
            (i for i, r in enumerate(result.quote.rates) if chosen and r.rate_id == chosen.rate_id),
            -1,
        )
        combo.setCurrentIndex(index)
        if index < 0:
            combo.setPlaceholderText(self.tr("Choose a rate"))
        combo.setEnabled(bool(result.quote.rates))

    def rate_text(self, rate: Rate) -> str:
        text = self.tr("{0} {1} — {2} {3}").format(
            rate.carrier_name, rate.service_name, rate.amount, rate.currency
        )
        if rate.delivery_end:
            text += self.tr(", arrives by {0}").format(local_date(rate.delivery_end[:10]))
        if rate.requires_additional_inputs:
            text += self.tr(" (needs inputs the app cannot give yet)")
        return text

    def chosen(self) -> dict[str, Rate]:
        """The rate chosen per order, in the rows' order (orders without one left out)."""
        chosen = {}
        for order_id, combo in self.rates.items():
            rate = combo.currentData()
            if isinstance(rate, Rate) and not rate.requires_additional_inputs:
                chosen[order_id] = rate
        return chosen

    def total_text(self) -> str:
        """The chosen rates added up, per currency."""
        sums: dict[str, Decimal] = defaultdict(Decimal)
        for rate in self.chosen().values():
            sums[rate.currency] += Decimal(rate.amount)
        return " + ".join(f"{amount} {currency}" for currency, amount in sorted(sums.items()))

    def drop(self, order_id: str) -> None:
        """Take the order's row away (bought)."""
        self.plans.pop(order_id, None)
        for widgets in (self.names, self.boxes, self.weights, self.sizes, self.rates):
            widget = widgets.pop(order_id)
            self.grid.removeWidget(widget)
            widget.deleteLater()


def reason_lines(failed: dict[str, BaseException]) -> list[str]:
    """One line per order that failed: its id and the message saying what to do."""
    return [f"{order_id}: {seller_message(err)}" for order_id, err in failed.items()]
