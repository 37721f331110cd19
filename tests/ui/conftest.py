"""GUI tests collect garbage on the GUI thread, as the app does (see ui/app/gui_thread_gc.py)."""

from __future__ import annotations

import pytest

from seller_desktop.ui.app import gui_thread_gc


@pytest.fixture(autouse=True, scope="session")
def _gui_thread_gc(qapp):
    gui_thread_gc.install(qapp)
