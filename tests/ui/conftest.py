"""GUI tests collect garbage on the GUI thread, as the app does (see ui/app/gui_thread_gc.py).
``german`` installs the German translation for one test (every other test reads English)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from seller_desktop.ui.app import gui_thread_gc, translations


@pytest.fixture(autouse=True, scope="session")
def _gui_thread_gc(qapp):
    gui_thread_gc.install(qapp)


@pytest.fixture
def german(qapp):
    """The German translators installed for one test, and taken away whatever happens."""
    installed = translations.install_translations(qapp, ["de-DE", "de"])
    assert len(installed) == 2, "our translation and Qt's own (qtbase_de.qm from PySide6)"
    try:
        yield
    finally:
        translations.remove_translations(qapp)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
