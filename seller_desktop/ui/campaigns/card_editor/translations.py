"""The card editor's text in further languages (``core.campaigns.texts.CampaignText``): a language
picker and the headline, text and back side in the picked language, with a line naming the
languages that have text. A buyer whose marketplace speaks one of them gets that card.

The fields show one language at a time; the others are kept here until the campaign is saved. A
language whose three fields are emptied is removed (the core drops an empty text).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from seller_desktop.core.campaigns.texts import CARD_LANGUAGES, MAX_HEADLINE, CampaignText
from seller_desktop.ui.campaigns.card_editor.languages import add_languages, language_name


class CardTranslations(QObject):
    """The group ``box``; ``changed`` on any edit, ``picked(code)`` when another language is
    shown (the preview follows it)."""

    changed = Signal()
    picked = Signal(str)

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self._texts: dict[str, CampaignText] = {}
        self._own = ""
        self._shown = ""
        self.box = QGroupBox(self.tr("Translations"))
        self.box.setAccessibleName(self.tr("Translations"))
        form = QFormLayout(self.box)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Languages with text"))
        form.addRow(self.summary)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the translation"))
        add_languages(self.language)
        caption = QLabel(self.tr("T&ranslation into:"))
        caption.setBuddy(self.language)
        form.addRow(caption, self.language)
        self.headline = QLineEdit()
        self.headline.setAccessibleName(self.tr("Translated headline"))
        self.headline.setMaxLength(MAX_HEADLINE)
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Translated card text"))
        self.body.setTabChangesFocus(True)
        self.body.setFixedHeight(host.fontMetrics().height() * 4)
        self.back_text = QPlainTextEdit()
        self.back_text.setAccessibleName(self.tr("Translated back-side text"))
        self.back_text.setTabChangesFocus(True)
        self.back_text.setFixedHeight(host.fontMetrics().height() * 3)
        form.addRow(self.tr("Headline:"), self.headline)
        form.addRow(self.tr("Text:"), self.body)
        form.addRow(self.tr("Back side:"), self.back_text)
        self.headline.textChanged.connect(self._edited)
        for edit in (self.body, self.back_text):
            edit.textChanged.connect(self._edited)
        self.language.currentIndexChanged.connect(lambda _i: self._show_picked())

    def load(self, texts: tuple[CampaignText, ...], own_language: str) -> None:
        """The campaign's texts; the first language with text is shown (else the first other
        than the campaign's own)."""
        self._texts = {t.language: t for t in texts}
        self._own = own_language
        first = next(iter(self._texts), "") or next(
            code for code in CARD_LANGUAGES if code != own_language
        )
        self._shown = ""
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(self.language.findData(first), 0))
        self.language.blockSignals(False)
        self._show_picked()

    def set_own_language(self, code: str) -> None:
        """The campaign's own text is in ``code`` now: its translation fields say so."""
        self._own = code
        self._update_state()

    def show_language(self, code: str) -> None:
        self.language.setCurrentIndex(max(self.language.findData(code), 0))

    def shown_language(self) -> str:
        return str(self.language.currentData() or "")

    def texts(self) -> tuple[CampaignText, ...]:
        """The languages with text, as the fields have it."""
        self._keep_shown()
        return tuple(self._texts.values())

    def _keep_shown(self) -> None:
        """Keep the shown language's fields; all three empty: the language has no text."""
        if not self._shown:
            return
        text = CampaignText(
            self._shown,
            self.headline.text(),
            self.body.toPlainText(),
            self.back_text.toPlainText(),
        )
        if text.empty:
            self._texts.pop(self._shown, None)
        else:
            self._texts[self._shown] = text

    def _show_picked(self) -> None:
        self._keep_shown()
        code = self.shown_language()
        text = self._texts.get(code, CampaignText(code))
        for field in (self.headline, self.body, self.back_text):
            field.blockSignals(True)
        self.headline.setText(text.headline)
        self.body.setPlainText(text.body)
        self.back_text.setPlainText(text.back_text)
        for field in (self.headline, self.body, self.back_text):
            field.blockSignals(False)
        self._shown = code
        self._update_state()
        self.picked.emit(code)

    def _edited(self) -> None:
        self._keep_shown()
        self._update_summary()
        self.changed.emit()

    def _update_state(self) -> None:
        """Fields off for the campaign's own language (its text is the form's, above)."""
        own = bool(self._own) and self.shown_language() == self._own
        for field in (self.headline, self.body, self.back_text):
            field.setEnabled(not own or self._own in self._texts)
        self.headline.setPlaceholderText(
            self.tr("The text above is in this language already") if own else ""
        )
        self._update_summary()

    def _update_summary(self) -> None:
        names = [
            language_name(code)
            for code in CARD_LANGUAGES
            if code in self._texts and not self._texts[code].empty
        ]
        self.summary.setText(
            self.tr("Text also in: {0}").format(", ".join(names))
            if names
            else self.tr(
                "Only the text above so far. Add the card in another language: a buyer whose "
                "marketplace speaks it gets that card."
            )
        )
