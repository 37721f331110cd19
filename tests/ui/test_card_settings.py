"""The Campaigns page's Card design group (brand colour, border, cards per parcel: saved through
the core at once, a bad value refused inline) and the card editor's text per language (saved
with the campaign; a Japanese order's card then prints the Japanese text)."""

from __future__ import annotations

from seller_desktop.core.base.changes import StoreChanges
from seller_desktop.core.privacy.retention import WipeReport
from seller_desktop.core.settings import load_settings
from seller_desktop.ui.campaigns.page import CampaignsPage
from seller_desktop.ui.shell.main_window import MainWindow


def _page(qtbot, store):
    page = CampaignsPage(store, "Test Shop")
    qtbot.addWidget(page)
    page.show()
    return page


def test_colour_border_and_cards_per_parcel_are_saved_and_a_bad_colour_refused(qtbot, store):
    page = _page(qtbot, store)
    group = page.card_settings
    assert group.colour_button.text() == "None — choose…"
    assert not group.no_colour_button.isEnabled()
    with qtbot.waitSignal(page.saved) as signal:
        assert group.set_colour("#1f6fb2")
    assert signal.args[0].card_colour == "#1F6FB2"
    group.border.setChecked(True)
    group.per_parcel.setValue(3)
    settings = load_settings(store)
    assert (settings.card_colour, settings.card_border, settings.cards_per_parcel) == (
        "#1F6FB2",
        True,
        3,
    )
    assert group.colour_button.text() == "#1F6FB2" and group.no_colour_button.isEnabled()
    assert group.per_parcel.maximum() == 10 and group.per_parcel.minimum() == 1

    assert not group.set_colour("blue")
    assert "#1F6FB2" in group.message.text() or "six hexadecimal" in group.message.text()
    assert load_settings(store).card_colour == "#1F6FB2"
    assert group.colour() == "#1F6FB2"

    group.no_colour_button.click()
    assert load_settings(store).card_colour == ""
    assert load_settings(store).cards_per_parcel == 3  # the rest kept


def test_the_card_editor_previews_the_saved_colour(qtbot, store):
    page = _page(qtbot, store)
    page.card_settings.set_colour("#AA2200")
    page.card_settings.border.setChecked(True)
    editor = page.new_campaign()
    assert editor.preview_pane.brand.colour == "#AA2200"
    assert editor.preview_pane.brand.border is True


def test_the_window_hears_of_the_card_design_and_other_pages_keep_it(qtbot, store, paths, tmp_path):
    win = MainWindow(
        store, load_settings(store), WipeReport(), config_dir=tmp_path / "cfg", paths=paths
    )
    qtbot.addWidget(win)
    heard = []
    win.changes.connect(heard.append)
    page = win.page("campaigns")
    page.card_settings.per_parcel.setValue(2)
    assert win.settings.cards_per_parcel == 2
    assert any(isinstance(c, StoreChanges) and c.settings for c in heard)
    settings_page = win.page("settings")
    settings_page.business_name.setText("Beans & Co")
    assert settings_page.save()
    assert load_settings(store).cards_per_parcel == 2  # not undone by the Settings page
