"""The interface language: our translation and Qt's own, chosen from the seller's languages.

German (and any language with a ``resources/translations/seller_desktop_<language>.qm``) is
installed before the first window; every other language reads the English texts in the code.
Printed documents do not follow this: they take the order's marketplace language
(``core.documents.labels``).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from seller_desktop.resources import resource_root

log = logging.getLogger(__name__)


#: Chooses the interface language instead of the system's: a code such as ``de`` or ``en``.
#: Without it the system's list decides (on Linux ``LANGUAGE``, then ``LC_ALL``, ``LC_MESSAGES``,
#: ``LANG``); a language we have no translation for gets English.
LANGUAGE_VARIABLE = "SELLER_DESKTOP_LANGUAGE"
#: Our translations: ``resources/translations/seller_desktop_<language>.qm``.
TRANSLATION_NAME = "seller_desktop"


def interface_languages() -> list[str]:
    """The seller's languages in order of preference, as Qt names them ("de-DE", "de", "en")."""
    chosen = os.environ.get(LANGUAGE_VARIABLE, "").strip()
    locale = QLocale(chosen) if chosen else QLocale.system()
    return list(locale.uiLanguages())


def translation_file(languages: Sequence[str]) -> Path | None:
    """Our .qm for the first of ``languages`` we can show; None for English (the texts in the
    code) or when English comes before any language we have. "de-AT" finds the German file."""
    try:
        folder = resource_root() / "translations"
    except FileNotFoundError:  # a broken install: English rather than no window at all
        return None
    for name in languages:
        language = name.replace("_", "-").split("-")[0].lower()
        if language in ("en", "c", "posix", ""):
            return None
        locale = QLocale(name)
        for suffix in dict.fromkeys((locale.name(), language)):  # "de_AT", then "de"
            candidate = folder / f"{TRANSLATION_NAME}_{suffix}.qm"
            if candidate.is_file():
                return candidate
    return None


def install_translations(
    app: QCoreApplication, languages: Sequence[str] | None = None
) -> list[QTranslator]:
    """Install our translation for the seller's language and Qt's own (the standard buttons of
    message boxes, file and print dialogs, wizards), before any window exists.

    Nothing is installed for English or a language we have no file for: the texts in the code
    are English. The translators are kept on ``app`` (a translator must outlive its use) and
    ``remove_translations`` takes them away again (tests).
    """
    remove_translations(app)
    ours = translation_file(interface_languages() if languages is None else languages)
    if ours is None:
        return []
    installed: list[QTranslator] = []
    translator = QTranslator(app)
    if translator.load(str(ours)):
        app.installTranslator(translator)
        installed.append(translator)
    # Qt's translations ship with PySide6; the language is the one of our file ("de", "de_AT").
    qt_translator = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(
        QLocale(ours.stem.removeprefix(TRANSLATION_NAME + "_")), "qtbase", "_", qt_folder
    ):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    else:
        log.info("Qt's own translation for %s is missing; standard buttons stay English", ours.stem)
    app._seller_translators = installed  # type: ignore[attr-defined] # keep them alive
    return installed


def remove_translations(app: QCoreApplication) -> None:
    """Take away the translators ``install_translations`` installed: the texts read English."""
    for translator in getattr(app, "_seller_translators", []):
        app.removeTranslator(translator)
    app._seller_translators = []  # type: ignore[attr-defined]
