"""The languages a card can be printed in (``core.campaigns.texts.CARD_LANGUAGES``), by name in
the interface's language, for the editor's language choices."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from seller_desktop.core.campaigns.texts import CARD_LANGUAGES


def language_name(code: str) -> str:
    """``ja`` → "Japanese" (translated); an unknown code as it is."""
    names = {
        "en": QCoreApplication.translate("CardLanguages", "English"),
        "es": QCoreApplication.translate("CardLanguages", "Spanish"),
        "pt": QCoreApplication.translate("CardLanguages", "Portuguese"),
        "de": QCoreApplication.translate("CardLanguages", "German"),
        "fr": QCoreApplication.translate("CardLanguages", "French"),
        "it": QCoreApplication.translate("CardLanguages", "Italian"),
        "nl": QCoreApplication.translate("CardLanguages", "Dutch"),
        "sv": QCoreApplication.translate("CardLanguages", "Swedish"),
        "pl": QCoreApplication.translate("CardLanguages", "Polish"),
        "tr": QCoreApplication.translate("CardLanguages", "Turkish"),
        "ar": QCoreApplication.translate("CardLanguages", "Arabic"),
        "ja": QCoreApplication.translate("CardLanguages", "Japanese"),
    }
    return names.get(code, code)


def add_languages(combo: QComboBox) -> None:
    """One item per card language, its code as the item's data."""
    for code in CARD_LANGUAGES:
        combo.addItem(language_name(code), code)
