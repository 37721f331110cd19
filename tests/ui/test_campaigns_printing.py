"""Insert cards from the Print page: slips with their cards in one job, and cards alone, through
the same preview (QPdfDocument from memory) and print path as the slips."""

from __future__ import annotations

import pytest
from documents_helpers import add_order, buyers, contact_of, order_id, pdftotext

from seller_desktop.core.campaigns import Campaign, add_campaign, add_generated_codes
from seller_desktop.core.orders import OrderItem
from seller_desktop.core.print_log import print_runs
from seller_desktop.core.retention import WipeReport
from seller_desktop.core.settings import load_settings
from seller_desktop.ui.main_window import MainWindow


@pytest.fixture
def shop(store):
    beans = add_campaign(store, Campaign("Beans", headline="Fresh beans for your machine",
                                         qr_url="https://www.amazon.de/dp/B0ABCDEF12",
                                         skus=("ESPRESSO-*",), priority=10))
    add_campaign(store, Campaign("Register", headline="Register your grinder",
                                 body="Three years of warranty.", skus=("GRINDER-1",)))
    add_generated_codes(store, beans.id, 10)
    key = next(iter(buyers()))
    # Order 0 earns both cards, order 1 the beans card only.
    add_order(store, 0, contact=contact_of(key), purchased_at="2026-11-20T09:30:00Z",
              items=[OrderItem("0-1", "ESPRESSO-2", 1, "Espresso machine"),
                     OrderItem("0-2", "GRINDER-1", 1, "Grinder")])
    add_order(store, 1, contact=contact_of(key), purchased_at="2026-11-21T09:30:00Z",
              items=[OrderItem("1-1", "ESPRESSO-9", 1, "Espresso machine")])
    return store


@pytest.fixture
def window(qtbot, shop, paths, tmp_path):
    win = MainWindow(shop, load_settings(shop), WipeReport(), config_dir=tmp_path / "cfg",
                     paths=paths)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def _preview(qtbot, win):
    qtbot.waitUntil(lambda: win.print_preview is not None and win.print_preview.page_count() > 0,
                    timeout=20000)
    assert not win.jobs.busy
    return win.print_preview


def _page_texts(tmp_path, data, pages):
    path = tmp_path / "preview.pdf"
    path.write_bytes(data)
    return [" ".join(pdftotext(path, "-f", str(p), "-l", str(p)).split())
            for p in range(1, pages + 1)]


def test_slips_with_cards_preview_has_slip_then_card_pages(qtbot, window, tmp_path):
    window.show_page("print")
    page = window.print_page
    assert page.unprinted_radio.isChecked()
    page.print_document("slips")  # slips alone first, for the page count
    plain = _preview(qtbot, window)
    slip_pages = plain.page_count()
    assert slip_pages == 2
    plain.close()
    qtbot.waitUntil(lambda: window.print_preview is None, timeout=5000)

    page.include_cards.setChecked(True)
    page.print_slips_button.click()
    preview = _preview(qtbot, window)
    assert preview.request.with_cards
    # One letter-4up sheet of cards after each order's slip (order 0's two cards share it).
    assert preview.page_count() == slip_pages + 2
    texts = _page_texts(tmp_path, preview.pdf_bytes, preview.page_count())
    assert order_id(0) in texts[0] and order_id(1) not in texts[0]
    assert "Fresh beans" in texts[1] and "Register your grinder" in texts[1]
    assert order_id(1) in texts[2]
    assert "Fresh beans" in texts[3] and "Register your grinder" not in texts[3]
    assert "Packing slips and insert cards" in preview.windowTitle()
    preview.close()


def test_print_cards_alone_through_the_preview(qtbot, window, shop, tmp_path):
    window.show_page("print")
    page = window.print_page
    assert page.print_cards_button.isEnabled()
    page.print_cards_button.click()
    preview = _preview(qtbot, window)
    assert preview.request.document == "cards" and preview.request.layout == "letter-4up"
    assert preview.page_count() == 1  # three cards on one 4-up sheet
    [text] = _page_texts(tmp_path, preview.pdf_bytes, 1)
    assert text.count("Fresh beans") == 2 and text.count("Register your grinder") == 1
    codes = {row[0] for row in shop.conn.execute(
        "SELECT code FROM campaign_codes WHERE order_id IS NOT NULL")}
    assert len(codes) == 2 and all(code in text for code in codes)
    out = tmp_path / "saved.pdf"
    assert preview.save_pdf_to(out)
    assert out.read_bytes() == preview.pdf_bytes
    assert print_runs(shop) == []  # the print log keeps slips and pick lists
    preview.close()
