"""The first-run wizard: it creates a store that opens with the chosen passphrase, and refuses
what it must refuse (short or mismatched passphrases, non-image or oversized logos)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWizard

from seller_desktop.core.session import create_store, open_store
from seller_desktop.core.settings import Settings, load_settings
from seller_desktop.ui.app.setup_wizard import SetupWizard, passphrase_strength

PASS = "orange tractor mellow 42"


@pytest.fixture
def wizard(qtbot, paths, clock):
    w = SetupWizard(lambda p, s: create_store(paths, p, s, clock))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    if w.opened is not None:
        w.opened.store.close()


def _png(path, size=(40, 20)):
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor("navy"))
    assert image.save(str(path), "PNG")
    return path


def _finish_button(w):
    return w.button(QWizard.WizardButton.FinishButton)


def _fill_business(qtbot, w, name="Harbour Coffee"):
    page = w.business_page
    qtbot.keyClicks(page.business_name, name)
    qtbot.keyClicks(page.return_address, "Harbour Coffee Ltd")
    qtbot.keyClick(page.return_address, Qt.Key.Key_Return)
    qtbot.keyClicks(page.return_address, "12 Quay Street")
    page.marketplace.setCurrentIndex(page.marketplace.findData("DE"))


def test_title_and_first_page_needs_a_name(wizard, qtbot):
    assert wizard.windowTitle() == "Set up Seller Desktop"
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()
    qtbot.keyClicks(wizard.business_page.business_name, "Shop")
    assert next_button.isEnabled()
    assert wizard.business_page.business_name.accessibleName()


def test_finish_creates_a_store_that_opens_with_the_passphrase(
    wizard, qtbot, paths, clock, tmp_path
):
    _fill_business(qtbot, wizard)
    logo = _png(tmp_path / "logo.png")
    assert wizard.business_page.load_logo(logo)
    wizard.next()
    page = wizard.passphrase_page
    assert wizard.currentPage() is page
    qtbot.keyClicks(page.passphrase, PASS)
    qtbot.keyClicks(page.confirm, PASS)
    assert _finish_button(wizard).isEnabled()
    assert not paths.store.exists()  # nothing is created before Finish

    with qtbot.waitSignal(wizard.store_created, timeout=5000):
        qtbot.mouseClick(_finish_button(wizard), Qt.MouseButton.LeftButton)

    assert wizard.result() == QWizard.DialogCode.Accepted
    assert page.passphrase.text() == "" and page.confirm.text() == ""  # no copy kept
    wizard.opened.store.close()
    wizard.opened = None

    reopened = open_store(paths, PASS, clock)
    try:
        settings = load_settings(reopened.store)
    finally:
        reopened.store.close()
    assert settings.business_name == "Harbour Coffee"
    assert settings.return_address == "Harbour Coffee Ltd\n12 Quay Street"
    assert settings.default_marketplace == "DE"
    assert settings.logo == logo.read_bytes()


@pytest.mark.parametrize(
    "first, second",
    [
        ("short", "short"),  # under 12 characters
        ("elevenchars", "elevenchars"),  # 11: still too short
        (PASS, PASS + "x"),  # long enough but different
        (PASS, ""),  # not repeated
    ],
)
def test_finish_stays_disabled_until_valid_and_matching(wizard, qtbot, first, second):
    qtbot.keyClicks(wizard.business_page.business_name, "Shop")
    wizard.next()
    page = wizard.passphrase_page
    qtbot.keyClicks(page.passphrase, first)
    if second:
        qtbot.keyClicks(page.confirm, second)
    assert not _finish_button(wizard).isEnabled()
    # Finish pressed anyway (e.g. a stray Enter) creates nothing.
    wizard.accept()
    assert wizard.opened is None


def test_strength_hint_follows_typing(wizard, qtbot):
    qtbot.keyClicks(wizard.business_page.business_name, "Shop")
    wizard.next()
    page = wizard.passphrase_page
    hints = []
    for chunk in ("abc", "defgh", "ijkl", " Quartz 9 river!"):
        qtbot.keyClicks(page.passphrase, chunk)
        hints.append(page.strength.text())
    assert "Too short: 3 of at least 12" in hints[0]
    assert "Too short: 8 of at least 12" in hints[1]
    assert hints[2] == "Strength: weak. Add another word or two."
    assert hints[3] == "Strength: strong."
    assert "cannot be recovered" in page.findChild(type(page.strength), "passphraseWarning").text()


def test_strength_levels():
    assert passphrase_strength("a" * 11) == 0
    assert passphrase_strength("aaaaaaaaaaaa") == 1  # long but repetitive
    assert passphrase_strength("correct horse battery staple") >= 3
    assert passphrase_strength("Tr0mbone-Lagoon-Mistral-88") == 4


def test_logo_refuses_non_images_and_big_files(wizard, tmp_path):
    page = wizard.business_page
    text = tmp_path / "notes.png"
    text.write_text("not an image at all")
    assert not page.load_logo(text)
    assert "not a PNG or JPEG" in page.logo_error.text() and not page.logo_error.isHidden()
    assert page.logo_bytes == b""

    big = tmp_path / "huge.png"
    big.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 2_100_000)
    assert not page.load_logo(big)
    assert "under 2 MB" in page.logo_error.text()
    assert page.logo_bytes == b""

    good = _png(tmp_path / "ok.png")
    assert page.load_logo(good)
    assert page.logo_error.isHidden() and page.logo_bytes == good.read_bytes()
    page.clear_logo()
    assert page.logo_bytes == b"" and page.settings().logo == b""


def test_error_on_finish_is_shown_and_wizard_stays(wizard, qtbot, paths, clock):
    # Someone (the CLI) created a store in the meantime: create_store refuses, nothing changes.
    existing = create_store(paths, "another passphrase here", Settings(business_name="X"), clock)
    existing.store.close()
    before = paths.store.read_bytes()
    qtbot.keyClicks(wizard.business_page.business_name, "Shop")
    wizard.next()
    page = wizard.passphrase_page
    qtbot.keyClicks(page.passphrase, PASS)
    qtbot.keyClicks(page.confirm, PASS)
    qtbot.mouseClick(_finish_button(wizard), Qt.MouseButton.LeftButton)
    assert wizard.opened is None and wizard.isVisible()
    assert "already exists" in page.error.text() and not page.error.isHidden()
    assert paths.store.read_bytes() == before
