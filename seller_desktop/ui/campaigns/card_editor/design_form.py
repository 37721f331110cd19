"""The card's design fields: the campaign's name (for the seller only), the language of its text
("Any language": none in particular, as campaigns written before languages were), headline, text,
QR link (with a warning for a link outside Amazon), the dates it is valid and the back side's
text."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from seller_desktop.core.campaigns import Campaign, outside_amazon
from seller_desktop.core.campaigns.model import MAX_NAME
from seller_desktop.core.campaigns.texts import MAX_HEADLINE
from seller_desktop.ui.campaigns.card_editor.languages import add_languages
from seller_desktop.ui.common.widgets import InlineMessage


def _line(name: str, limit: int, placeholder: str) -> QLineEdit:
    field = QLineEdit()
    field.setAccessibleName(name)
    field.setMaxLength(limit)
    field.setPlaceholderText(placeholder)
    return field


class CardDesign(QObject):
    """The design fields, each placed in the editor's form (the dates as the row ``dates``);
    ``changed`` on any edit. ``today`` starts the date fields."""

    #: A design field changed: the preview draws the card again.
    changed = Signal()

    def __init__(self, today: date, host: QWidget) -> None:
        super().__init__(host)
        self.name = _line(
            self.tr("Campaign name"),
            MAX_NAME,
            self.tr("For you only, e.g. Beans for espresso buyers"),
        )
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of this text"))
        self.language.addItem(self.tr("Any language (labels in the buyer's)"), "")
        add_languages(self.language)
        self.headline = _line(
            self.tr("Headline"), MAX_HEADLINE, self.tr("e.g. Thank you for your order!")
        )
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Card text"))
        self.body.setTabChangesFocus(True)
        self.body.setFixedHeight(host.fontMetrics().height() * 5)
        self.back_text = QPlainTextEdit()
        self.back_text.setAccessibleName(self.tr("Back-side text"))
        self.back_text.setTabChangesFocus(True)
        self.back_text.setPlaceholderText(self.tr("Empty: the card has no back side"))
        self.back_text.setFixedHeight(host.fontMetrics().height() * 3)
        self.qr_url = _line(
            self.tr("QR code link"),
            500,
            self.tr("Empty: no QR code. e.g. https://www.amazon.com/…"),
        )
        self.url_warning = InlineMessage(self.tr("QR link warning"))
        self.dates = self._build_dates(today)
        self._connect_changes()

    def _build_dates(self, today: date) -> QHBoxLayout:
        self.valid_from_on = QCheckBox(self.tr("From"))
        self.valid_from_on.setAccessibleName(self.tr("Valid from a date"))
        self.valid_until_on = QCheckBox(self.tr("until"))
        self.valid_until_on.setAccessibleName(self.tr("Valid until a date"))
        start = QDate.fromString(today.isoformat(), Qt.DateFormat.ISODate)
        self.valid_from = QDateEdit(start)
        self.valid_from.setAccessibleName(self.tr("Valid from"))
        self.valid_until = QDateEdit(start.addMonths(3))
        self.valid_until.setAccessibleName(self.tr("Valid until"))
        for edit in (self.valid_from, self.valid_until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.valid_from_on.toggled.connect(self.valid_from.setEnabled)
        self.valid_until_on.toggled.connect(self.valid_until.setEnabled)
        dates = QHBoxLayout()
        for date_widget in (
            self.valid_from_on,
            self.valid_from,
            self.valid_until_on,
            self.valid_until,
        ):
            dates.addWidget(date_widget)
        dates.addStretch(1)
        return dates

    def _connect_changes(self) -> None:
        for field in (self.name, self.headline, self.qr_url):
            field.textChanged.connect(self.changed)
        self.qr_url.textChanged.connect(self.update_url_warning)
        for edit in (self.body, self.back_text):
            edit.textChanged.connect(self.changed)
        self.language.currentIndexChanged.connect(lambda _i: self.changed.emit())
        for box in (self.valid_from_on, self.valid_until_on):
            box.toggled.connect(self.changed)
        for date_edit in (self.valid_from, self.valid_until):
            date_edit.dateChanged.connect(self.changed)

    def load(self, c: Campaign) -> None:
        self.name.setText(c.name)
        self.language.setCurrentIndex(max(self.language.findData(c.language or ""), 0))
        self.headline.setText(c.headline)
        self.body.setPlainText(c.body)
        self.back_text.setPlainText(c.back_text)
        self.qr_url.setText(c.qr_url or "")
        for on, edit, value in (
            (self.valid_from_on, self.valid_from, c.valid_from),
            (self.valid_until_on, self.valid_until, c.valid_until),
        ):
            on.setChecked(bool(value))
            edit.setEnabled(bool(value))
            if value:
                edit.setDate(QDate.fromString(value, Qt.DateFormat.ISODate))

    def apply(self, c: Campaign) -> Campaign:
        """``c`` with the design of the fields."""
        return replace(
            c,
            name=self.name.text(),
            language=self.language.currentData() or None,
            headline=self.headline.text(),
            body=self.body.toPlainText(),
            back_text=self.back_text.toPlainText(),
            qr_url=self.qr_url.text().strip() or None,
            valid_from=_date_or_none(self.valid_from_on, self.valid_from),
            valid_until=_date_or_none(self.valid_until_on, self.valid_until),
        )

    def update_url_warning(self) -> None:
        url = self.qr_url.text().strip()
        if url and outside_amazon(url):
            self.url_warning.show_warning(
                self.tr(
                    "Amazon may treat a link outside Amazon as diverting buyers. A link to a manual "
                    "or a product registration page is the usual safe use."
                )
            )
        else:
            self.url_warning.clear()


def _date_or_none(on: QCheckBox, edit: QDateEdit) -> str | None:
    return edit.date().toString(Qt.DateFormat.ISODate) if on.isChecked() else None
