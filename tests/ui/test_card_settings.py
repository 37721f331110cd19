"""The Campaigns page's Card design group (brand colour, border, cards per parcel: saved through
the core at once, a bad value refused inline) and the card editor's text per language (saved
with the campaign; a Japanese order's card then prints the Japanese text)."""

from __future__ import annotations

from dataclasses import replace

from documents_helpers import add_order, pdftotext, write_pdf
from PySide6.QtCore import QEvent, QObject

from seller_desktop.core.base.changes import StoreChanges
from seller_desktop.core.campaigns import CampaignText, get_campaign, plan_cards
from seller_desktop.core.documents.cards import cards_pdf
from seller_desktop.core.orders.model import OrderItem
from seller_desktop.core.privacy.retention import WipeReport
from seller_desktop.core.settings import load_settings, save_settings
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
    assert group.colour_button.text() == "Choose a colour…"
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


def test_japanese_text_from_the_editor_is_saved_and_a_japanese_order_prints_it(
    qtbot, store, tmp_path
):
    save_settings(store, replace(load_settings(store), default_marketplace="DE"))
    page = _page(qtbot, store)
    editor = page.new_campaign()
    assert editor.language.currentData() == "de"  # the default marketplace's language
    editor.language.setCurrentIndex(editor.language.findData("en"))
    editor.name.setText("Mugs")
    editor.headline.setText("Thank you for your order")
    editor.body.setPlainText("Enjoy your new mug.")
    editor.skus.setText("MUG-1")
    translations = editor.translations
    assert "Only the text above" in translations.summary.text()
    translations.show_language("ja")
    assert editor.preview_pane.buyer_language.currentData() == "ja"  # the preview follows
    translations.headline.setText("ご購入ありがとうございます")
    translations.body.setPlainText("マグカップをお楽しみください。")
    translations.show_language("de")
    translations.headline.setText("Danke für Ihre Bestellung")
    translations.headline.setText("")  # emptied again: no German text
    assert translations.summary.text() == "Text also in: Japanese"
    translations.show_language("ja")
    assert translations.headline.text() == "ご購入ありがとうございます"
    assert editor.render_preview()
    assert "ご購入ありがとうございます" in editor.preview_text().replace(" ", "")
    saved = editor.save()
    assert saved is not None, editor.message.text()
    stored = get_campaign(store, saved.id)
    assert stored.language == "en"
    assert stored.texts == (
        CampaignText("ja", "ご購入ありがとうございます", "マグカップをお楽しみください。"),
    )

    ids = [
        add_order(
            store, n, marketplace=market, items=[OrderItem(f"{n}-0", "MUG-1", 1, "Mug")]
        ).order_id
        for n, market in ((1, "JP"), (2, "US"))
    ]
    cards = plan_cards(store, ids)
    assert [cards[i][0].language for i in ids] == ["ja", "en"]
    path = write_pdf(tmp_path, cards_pdf(store, ids, "4x6"))
    japanese = "".join(pdftotext(path, "-f", "1", "-l", "1").split())
    assert "ご購入ありがとうございます" in japanese and "Thankyou" not in japanese
    assert "Thank you for your order" in " ".join(pdftotext(path, "-f", "2", "-l", "2").split())

    again = page.edit_selected()
    assert again.translations.shown_language() == "ja"
    assert again.translations.body.toPlainText() == "マグカップをお楽しみください。"


def test_the_fit_warning_checks_the_language_the_preview_shows(qtbot, store):
    page = _page(qtbot, store)
    editor = page.new_campaign()
    editor.name.setText("Long")
    editor.headline.setText("Short")
    layouts = editor.preview_pane.layout_choice
    layouts.setCurrentIndex(layouts.findData("card-10up"))
    editor.translations.show_language("fr")
    editor.translations.body.setPlainText("mot " * 240)
    assert editor.fit_note.text().startswith("French card:"), editor.fit_note.text()
    buyers = editor.preview_pane.buyer_language
    buyers.setCurrentIndex(buyers.findData("en"))
    assert not editor.fit_note.text()


def test_the_preview_settles_rather_than_resizing_without_end(qtbot, store):
    """A page just too tall for the view once made its scroll bar come and go for ever (the
    event loop never idle, the next test hung)."""
    page = _page(qtbot, store)
    editor = page.new_campaign()
    editor.name.setText("Long")
    editor.headline.setText("Short")
    layouts = editor.preview_pane.layout_choice
    layouts.setCurrentIndex(layouts.findData("card-10up"))
    editor.translations.show_language("fr")
    editor.translations.body.setPlainText("mot " * 240)
    qtbot.wait(400)
    viewport = editor.preview_pane.view.viewport()
    resizes = []

    class Count(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Resize:
                resizes.append(1)
            return False

    counter = Count()
    viewport.installEventFilter(counter)
    qtbot.wait(300)
    viewport.removeEventFilter(counter)
    assert len(resizes) < 5
