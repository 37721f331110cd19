"""The Campaigns page and the card editor: saving through the core, pause/resume, codes, the live
preview (re-rendered after typing, its text read back from the PDF) and the outside-link note."""

from __future__ import annotations

from seller_desktop.core.campaigns import code_counts, get_campaign, list_campaigns
from seller_desktop.core.privacy.retention import WipeReport
from seller_desktop.core.settings import load_settings
from seller_desktop.ui.campaigns.card_editor.codes import GENERATED, IMPORTED, NO_CODES
from seller_desktop.ui.campaigns.card_editor.dialog import CardEditor
from seller_desktop.ui.campaigns.card_editor.preview import PREVIEW_DELAY_MS
from seller_desktop.ui.campaigns.page import CampaignsPage
from seller_desktop.ui.shell.main_window import MainWindow


def _page(qtbot, store):
    page = CampaignsPage(store, "Test Shop")
    qtbot.addWidget(page)
    page.show()
    return page


def test_new_campaign_through_the_editor_is_saved_and_pause_flips_it(qtbot, store):
    page = _page(qtbot, store)
    assert page.table.rowCount() == 0
    editor = page.new_campaign()
    editor.name.setText("Beans")
    editor.headline.setText("Fresh beans for your machine")
    editor.skus.setText("ESPRESSO-*, GRINDER-1")
    editor.marketplaces.setText("de")
    editor.priority.setValue(7)
    editor.code_source.setCurrentIndex(editor.code_source.findData("generated"))
    editor.generate_count.setValue(25)
    saved = editor.save()
    assert saved is not None, editor.message.text()
    stored = get_campaign(store, saved.id)
    assert stored.name == "Beans" and stored.skus == ("ESPRESSO-*", "GRINDER-1")
    assert stored.marketplaces == ("DE",) and stored.priority == 7 and stored.active
    assert code_counts(store)[saved.id] == (25, 25)
    assert page.table.rowCount() == 1
    assert page.table.item(0, 4).text() == "25"
    assert "ESPRESSO-*" in page.table.item(0, 3).text()

    page.select(saved.id)
    assert page.toggle_paused() is not None
    assert get_campaign(store, saved.id).active is False
    assert page.table.item(0, 1).text() == "Paused"
    assert page.pause_button.text() == "&Resume"
    page.toggle_paused()
    assert get_campaign(store, saved.id).active is True


def test_default_card_is_marked_and_editor_errors_show_inline(qtbot, store):
    page = _page(qtbot, store)
    editor = page.new_campaign()
    editor.name.setText("Thanks")
    assert editor.save() is None  # no products, no text
    assert editor.message.text()
    editor.is_default.setChecked(True)
    editor.headline.setText("Thank you!")
    assert editor.save() is not None
    assert "default" in page.table.item(0, 0).text()
    assert page.table.item(0, 0).font().bold()


def test_import_and_generate_codes_from_the_page(qtbot, store, tmp_path):
    page = _page(qtbot, store)
    editor = page.new_campaign()
    editor.name.setText("Register")
    editor.headline.setText("Register your grinder")
    editor.skus.setText("GRINDER-1")
    saved = editor.save()
    codes = tmp_path / "codes.txt"
    codes.write_text("Claim Code\n" + "\n".join(f"CLAIM-{n:04d}-XYZ" for n in range(12)))
    page.select(saved.id)
    assert page.import_codes_from(codes) == 12
    assert page.generate_codes(3) == 3
    assert code_counts(store)[saved.id] == (15, 15)
    assert page.table.item(0, 4).text() == "15"


def test_typing_a_headline_rerenders_the_preview(qtbot, store):
    editor = CardEditor(store)
    qtbot.addWidget(editor)
    editor.show()
    editor.skus.setText("MUG-*")
    before = editor.render_count
    editor.headline.setFocus()
    qtbot.keyClicks(editor.headline, "Enjoy your new mug")
    assert editor.preview_pending()
    qtbot.waitUntil(
        lambda: editor.render_count > before and not editor.preview_pending(),
        timeout=PREVIEW_DELAY_MS * 10,
    )
    assert editor.preview_bytes.startswith(b"%PDF")
    text = " ".join(editor.preview_text().split())
    assert "Enjoy your new mug" in text  # how long it takes: benchmarks/gui_responsiveness.py


def test_outside_link_shows_the_warning_and_amazon_link_does_not(qtbot, store):
    editor = CardEditor(store)
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.url_warning_shown()
    editor.qr_url.setText("https://www.amazon.de/dp/B0ABCDEF12")
    assert not editor.url_warning_shown()
    editor.qr_url.setText("https://example.com/register")
    assert editor.url_warning_shown()
    assert "diverting buyers" in editor.url_warning.text()
    editor.qr_url.clear()
    assert not editor.url_warning_shown()


def test_main_window_builds_the_campaigns_page(qtbot, store, paths, tmp_path):
    win = MainWindow(
        store, load_settings(store), WipeReport(), config_dir=tmp_path / "cfg", paths=paths
    )
    qtbot.addWidget(win)
    page = win.page("campaigns")
    assert isinstance(page, CampaignsPage)
    assert list_campaigns(store) == []


def test_editor_warns_while_typing_when_text_will_not_fit_the_layout(qtbot, store):
    """The note under the text fields comes and goes with the text and the chosen layout."""
    editor = CardEditor(store)
    qtbot.addWidget(editor)
    editor.name.setText("Long")
    editor.headline.setText("Register your machine and get two extra years of warranty!!!")
    assert not editor.fit_note.text()
    layouts = editor.preview_pane.layout_choice
    layouts.setCurrentIndex(layouts.findData("card-10up"))
    editor.body.setPlainText("word " * 190)
    assert "the text" in editor.fit_note.text() and "“…”" in editor.fit_note.text()
    assert "Avery 5371" in layouts.currentText()  # the stock beside the layout
    layouts.setCurrentIndex(layouts.findData("thermal-4x6"))
    assert not editor.fit_note.text()
    layouts.setCurrentIndex(layouts.findData("card-10up"))
    editor.body.setPlainText("Short again.")
    assert not editor.fit_note.text()


def test_the_codes_sentence_follows_the_choice(qtbot, store, tmp_path):
    editor = CardEditor(store)
    qtbot.addWidget(editor)
    codes = editor.codes
    source = codes.code_source

    def choose(data: str) -> str:
        source.setCurrentIndex(source.findData(data))
        return codes.code_status.text()

    assert source.currentData() == NO_CODES
    assert codes.code_status.text() == "The cards carry no code."
    assert choose(GENERATED) == "Each card gets its own code, never reused."
    assert choose(IMPORTED).startswith("Each card gets one of the imported claim codes")
    assert choose(NO_CODES) == "The cards carry no code."
    codes.set_code_file(tmp_path / "claims.txt")
    assert codes.code_status.text() == "Codes from claims.txt are added when you save."
    assert choose(NO_CODES) == "The cards carry no code."
    assert "own code" not in codes.code_status.text()
