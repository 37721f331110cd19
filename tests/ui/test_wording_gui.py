"""The wording checker as a seller meets it: the card editor underlines a forbidden phrase as it
is typed (within the keystroke that completes it) and lists it with the rule; the print preview
of cards with such text asks for a reason before saving — refused, nothing is written and no code
is bound; given, the run is saved and the reason is in the print log."""

from __future__ import annotations

from dataclasses import replace

import pytest
from documents_helpers import add_order, buyers, contact_of

from seller_desktop.core.campaigns import Campaign, add_campaign
from seller_desktop.core.campaigns.codes import add_generated_codes
from seller_desktop.core.documents.print_log import print_runs
from seller_desktop.core.orders.model import OrderItem
from seller_desktop.core.privacy.retention import WipeReport
from seller_desktop.core.settings import load_settings, save_settings
from seller_desktop.ui.campaigns.card_editor.dialog import CardEditor
from seller_desktop.ui.shell.main_window import MainWindow


def test_the_editor_marks_a_forbidden_phrase_as_it_is_typed(qtbot, store) -> None:
    editor = CardEditor(store)
    qtbot.addWidget(editor)
    editor.show()
    editor.body.setFocus()
    typed = "Thank you! Please leave a 5-star review"
    phrase_end = typed.index("5-star") + len("5-star")
    first_mark = None
    for n, char in enumerate(typed, start=1):
        qtbot.keyClicks(editor.body, char)
        red = [
            s
            for s in editor.body.extraSelections()
            if s.format.underlineColor().name() == "#c62828"
        ]
        if red and first_mark is None:
            first_mark = n
    # Marked no later than two keystrokes after "5-star" is complete, and not before "5-st".
    assert first_mark is not None and typed.index("5-st") < first_mark <= phrase_end + 2
    marks = editor.body.extraSelections()
    marked = [
        editor.body.toPlainText()[s.cursor.selectionStart() : s.cursor.selectionEnd()]
        for s in marks
    ]
    assert any("5-star review" in words for words in marked)
    assert editor.wording.isVisible() and editor.wording.error_count >= 1
    assert "Asks for a positive or 5-star review" in editor.wording.text()
    # Rewritten as Amazon allows: the marks and the list go.
    editor.body.setPlainText("Thank you! We'd love your honest review.")
    assert editor.body.extraSelections() == [] and not editor.wording.isVisible()


def test_a_headline_with_a_reward_for_reviews_gets_a_red_frame(qtbot, store) -> None:
    editor = CardEditor(store)
    qtbot.addWidget(editor)
    editor.headline.setText("Free gift for your review!")
    assert "c62828" in editor.headline.styleSheet()
    assert "Offers something in return for a review" in editor.headline.toolTip()
    editor.headline.setText("Thank you for your order")
    assert editor.headline.styleSheet() == ""


@pytest.fixture
def window(qtbot, store, paths, tmp_path):
    campaign = add_campaign(
        store,
        Campaign("Stars", headline="Thanks!", body="Leave us 5 stars ⭐⭐⭐⭐⭐", skus=("MUG-*",)),
    )
    add_generated_codes(store, campaign.id, 5)
    save_settings(store, replace(load_settings(store), cards_per_parcel=1))
    contact = contact_of(next(iter(buyers())))
    add_order(store, 1, contact=contact, items=[OrderItem("1-1", "MUG-1", 1, "Mug")])
    win = MainWindow(
        store, load_settings(store), WipeReport(), config_dir=tmp_path / "cfg", paths=paths
    )
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def _cards_preview(qtbot, win):
    win.show_page("print")
    win.print_page.print_cards_button.click()
    qtbot.waitUntil(
        lambda: win.print_preview is not None and win.print_preview.page_count() > 0, timeout=20000
    )
    return win.print_preview


def _bound(store) -> int:
    return int(
        store.conn.execute(
            "SELECT COUNT(*) FROM campaign_codes WHERE order_id IS NOT NULL"
        ).fetchone()[0]
    )


def test_the_preview_asks_for_a_reason_before_cards_with_errors_go_out(
    qtbot, window, store, tmp_path
) -> None:
    preview = _cards_preview(qtbot, window)
    assert "breaks Amazon's review rules" in preview.message.text()
    asked: list[int] = []
    preview.wording.ask = lambda errors: asked.append(len(errors)) or None  # the seller cancels
    out = tmp_path / "cards.pdf"
    assert not preview.save_pdf_to(out)
    assert asked and not out.exists() and _bound(store) == 0 and print_runs(store) == []
    preview.wording.ask = lambda errors: "Amazon's own wording, checked"
    with qtbot.waitSignal(preview.logged, timeout=20000):
        assert preview.save_pdf_to(out)
    assert out.exists() and _bound(store) == 1
    [run] = print_runs(store)
    assert run.wording_override == "Amazon's own wording, checked"
    preview.close()
