"""Insert cards from the Print page: slips with their cards in one job, and cards alone, through
the same preview (QPdfDocument from memory) and print path as the slips.

The codes on the cards are single-use: a preview shows the next free ones and binds nothing; the
print or the saved PDF binds exactly the ones shown; a code another run took meanwhile is never
printed (the cards are drawn again). Card runs go into the print log and reprint with their codes.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from documents_helpers import add_order, buyers, contact_of, order_id, pdftotext
from PySide6.QtPrintSupport import QPrinter

from seller_desktop.core.campaigns import (
    Campaign,
    add_campaign,
    add_generated_codes,
    cards_for_orders,
)
from seller_desktop.core.documents.print_log import print_runs
from seller_desktop.core.orders.model import OrderItem
from seller_desktop.core.orders.repository import get_order
from seller_desktop.core.privacy.retention import WipeReport
from seller_desktop.core.settings import load_settings, save_settings
from seller_desktop.ui.shell.main_window import MainWindow


@pytest.fixture
def shop(store):
    beans = add_campaign(
        store,
        Campaign(
            "Beans",
            headline="Fresh beans for your machine",
            qr_url="https://www.amazon.de/dp/B0ABCDEF12",
            skus=("ESPRESSO-*",),
            priority=10,
        ),
    )
    add_campaign(
        store,
        Campaign(
            "Register",
            headline="Register your grinder",
            body="Three years of warranty.",
            skus=("GRINDER-1",),
        ),
    )
    add_generated_codes(store, beans.id, 10)
    key = next(iter(buyers()))
    # Order 0 earns both cards (and its parcel may hold two), order 1 the beans card only.
    save_settings(store, replace(load_settings(store), cards_per_parcel=2))
    add_order(
        store,
        0,
        contact=contact_of(key),
        purchased_at="2026-11-20T09:30:00Z",
        items=[
            OrderItem("0-1", "ESPRESSO-2", 1, "Espresso machine"),
            OrderItem("0-2", "GRINDER-1", 1, "Grinder"),
        ],
    )
    add_order(
        store,
        1,
        contact=contact_of(key),
        purchased_at="2026-11-21T09:30:00Z",
        items=[OrderItem("1-1", "ESPRESSO-9", 1, "Espresso machine")],
    )
    return store


@pytest.fixture
def window(qtbot, shop, paths, tmp_path):
    win = MainWindow(
        shop, load_settings(shop), WipeReport(), config_dir=tmp_path / "cfg", paths=paths
    )
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def _preview(qtbot, win):
    qtbot.waitUntil(
        lambda: win.print_preview is not None and win.print_preview.page_count() > 0, timeout=20000
    )
    assert not win.jobs.busy
    return win.print_preview


def _page_texts(tmp_path, data, pages):
    path = tmp_path / "preview.pdf"
    path.write_bytes(data)
    return [
        " ".join(pdftotext(path, "-f", str(p), "-l", str(p)).split()) for p in range(1, pages + 1)
    ]


def _free(store) -> list[str]:
    """The free codes, in the order they are handed out."""
    return [
        row[0]
        for row in store.conn.execute(
            "SELECT code FROM campaign_codes WHERE order_id IS NULL ORDER BY id"
        )
    ]


def _bound(store) -> dict[str, str]:
    """order id → its code (the fixture's one campaign with codes)."""
    return dict(
        store.conn.execute("SELECT order_id, code FROM campaign_codes WHERE order_id IS NOT NULL")
    )


def _pdf_printer(path) -> QPrinter:
    """What the system dialog's "Print to file" hands over: our PDF is written as it is."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _cards_preview(qtbot, win):
    win.show_page("print")
    win.print_page.print_cards_button.click()
    return _preview(qtbot, win)


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
    # The slips, then one letter-4up sheet filled across the orders in slip order: order 0's two
    # cards and order 1's card share it.
    assert preview.page_count() == slip_pages + 1
    texts = _page_texts(tmp_path, preview.pdf_bytes, preview.page_count())
    assert order_id(0) in texts[0] and order_id(1) not in texts[0]
    assert order_id(1) in texts[1] and order_id(0) not in texts[1]
    assert order_id(0) in texts[2] and order_id(1) in texts[2]
    assert texts[2].count("Fresh beans") == 2 and "Register your grinder" in texts[2]
    assert "Packing slips and insert cards" in preview.windowTitle()
    preview.close()


def test_print_on_both_sides_lays_the_cards_out_again_and_presets_the_printer(qtbot, window):
    from PySide6.QtPrintSupport import QPrinter

    from seller_desktop.ui.printing.duplex import sides_problem

    window.show_page("print")
    window.print_page.include_cards.setChecked(True)
    window.print_page.print_slips_button.click()
    preview = _preview(qtbot, window)
    assert preview.duplex_box.isVisibleTo(preview) and not preview.duplex_box.isChecked()
    assert preview.page_count() == 3  # two slips, one sheet of cards: no blank page
    preview.duplex_box.setChecked(True)
    qtbot.waitUntil(lambda: preview.page_count() > 0 and not window.jobs.busy, timeout=20000)
    # Each slip gets a blank back so the card sheet starts on a front (its cards have no back).
    assert preview.request.duplex and preview.page_count() == 5

    # Qt keeps no duplex mode without a system printer, so a stand-in reports the dialog's.
    class Printer:
        def __init__(self, mode):
            self.mode = mode

        def outputFormat(self):
            return QPrinter.OutputFormat.NativeFormat

        def duplex(self):
            return self.mode

    both, one = QPrinter.DuplexMode.DuplexLongSide, QPrinter.DuplexMode.DuplexNone
    assert sides_problem(Printer(both), preview.request) == ""
    assert "laid out for both sides" in sides_problem(Printer(one), preview.request)
    assert not preview.print_to(Printer(one))  # nothing sent to a one-sided printer
    assert "Not printed" in preview.message.text()
    preview.close()


def test_print_cards_alone_through_the_preview_and_save(qtbot, window, shop, tmp_path):
    free = _free(shop)
    preview = _cards_preview(qtbot, window)
    assert preview.request.document == "cards" and preview.request.layout == "letter-4up"
    assert preview.page_count() == 1  # three cards on one 4-up sheet
    [text] = _page_texts(tmp_path, preview.pdf_bytes, 1)
    assert text.count("Fresh beans") == 2 and text.count("Register your grinder") == 1
    assert free[0] in text and free[1] in text and free[2] not in text  # the next free codes
    assert _bound(shop) == {}  # shown, not used up
    out = tmp_path / "saved.pdf"
    with qtbot.waitSignal(preview.logged, timeout=20000):
        assert preview.save_pdf_to(out)
    assert out.read_bytes() == preview.pdf_bytes
    assert _bound(shop) == {order_id(0): free[0], order_id(1): free[1]}
    [run] = print_runs(shop)
    assert (run.document, run.layout, run.output) == ("cards", "letter-4up", "pdf")
    assert run.order_ids == (order_id(0), order_id(1))
    preview.close()


def test_closing_the_preview_uses_up_no_code(qtbot, window, shop, tmp_path):
    free = _free(shop)
    changes = shop.conn.total_changes
    preview = _cards_preview(qtbot, window)
    [text] = _page_texts(tmp_path, preview.pdf_bytes, 1)
    assert free[0] in text and free[1] in text
    # Nothing written, nothing pending: an app that dies now leaves every code free.
    assert shop.conn.total_changes == changes and not shop.conn.in_transaction
    preview.close_button.click()
    qtbot.waitUntil(lambda: window.print_preview is None, timeout=5000)
    assert _free(shop) == free and _bound(shop) == {} and print_runs(shop) == []
    again = _cards_preview(qtbot, window)  # the next run shows the same codes
    assert _page_texts(tmp_path, again.pdf_bytes, 1) == [text]
    again.close()


def test_printing_binds_the_previewed_codes_and_reprint_shows_them(qtbot, window, shop, tmp_path):
    free = _free(shop)
    preview = _cards_preview(qtbot, window)
    shown = _page_texts(tmp_path, preview.pdf_bytes, 1)
    out = tmp_path / "printed.pdf"
    with qtbot.waitSignal(preview.printed, timeout=30000):
        assert preview.print_to(_pdf_printer(out))
    assert out.read_bytes() == preview.pdf_bytes  # the previewed pages went out
    assert _bound(shop) == {order_id(0): free[0], order_id(1): free[1]}
    assert _free(shop) == free[2:]
    [run] = print_runs(shop)
    assert (run.document, run.layout, run.output) == ("cards", "letter-4up", "printer")
    assert run.order_ids == (order_id(0), order_id(1))
    assert get_order(shop, order_id(0)).printed_at is None  # cards alone: the slips are not printed
    preview.close()
    qtbot.waitUntil(lambda: window.print_preview is None, timeout=5000)

    page = window.print_page
    page.refresh()
    assert page.log_table.rowCount() == 1
    assert page.log_table.item(0, 1).text() == "Insert cards"
    assert "four 5 x 3.75 in cards" in page.log_table.item(0, 2).text()
    page.log_table.selectRow(0)
    page.reprint_button.click()
    again = _preview(qtbot, window)
    assert again.request.document == "cards" and again.request.layout == "letter-4up"
    assert _page_texts(tmp_path, again.pdf_bytes, 1) == shown  # the same codes again
    with qtbot.waitSignal(again.printed, timeout=30000):
        assert again.print_to(_pdf_printer(tmp_path / "reprinted.pdf"))
    assert _free(shop) == free[2:] and len(print_runs(shop)) == 2
    again.close()


def test_a_code_taken_while_the_preview_is_open_is_never_printed(qtbot, window, shop, tmp_path):
    free = _free(shop)
    preview = _cards_preview(qtbot, window)
    [text] = _page_texts(tmp_path, preview.pdf_bytes, 1)
    assert free[0] in text
    # Meanwhile the CLI prints a card for another order and takes the first free code.
    other = add_order(shop, 7, items=[OrderItem("7-1", "ESPRESSO-1", 1, "Espresso machine")])
    assert cards_for_orders(shop, [other.order_id])[other.order_id][0].code == free[0]
    printed: list[object] = []
    preview.printed.connect(lambda ids, _doc: printed.append(ids))
    out = tmp_path / "printed.pdf"
    assert preview.print_to(_pdf_printer(out))
    qtbot.waitUntil(
        lambda: (
            "went to other orders" in preview.message.text()
            and preview.page_count() > 0
            and not window.jobs.busy
        ),
        timeout=30000,
    )
    assert not out.exists() and printed == [] and print_runs(shop) == []
    assert _bound(shop) == {other.order_id: free[0]}  # none of the stale preview's codes bound
    [redrawn] = _page_texts(tmp_path, preview.pdf_bytes, 1)
    assert free[0] not in redrawn and free[1] in redrawn and free[2] in redrawn

    with qtbot.waitSignal(preview.printed, timeout=30000):
        assert preview.print_to(_pdf_printer(out))
    assert " ".join(pdftotext(out).split()) == redrawn
    assert _bound(shop) == {other.order_id: free[0], order_id(0): free[1], order_id(1): free[2]}
    preview.close()


def test_slips_with_cards_run_is_logged_and_reprinted_with_its_cards(qtbot, window, shop, tmp_path):
    window.show_page("print")
    page = window.print_page
    page.include_cards.setChecked(True)
    page.print_slips_button.click()
    preview = _preview(qtbot, window)
    shown = _page_texts(tmp_path, preview.pdf_bytes, preview.page_count())
    with qtbot.waitSignal(preview.printed, timeout=30000):
        assert preview.print_to(_pdf_printer(tmp_path / "printed.pdf"))
    [run] = print_runs(shop)
    assert (run.document, run.layout) == ("slips_cards", "letter")
    assert get_order(shop, order_id(0)).printed_at is not None
    codes = _bound(shop)
    assert len(codes) == 2 and all(any(code in t for t in shown) for code in codes.values())
    preview.close()
    qtbot.waitUntil(lambda: window.print_preview is None, timeout=5000)
    page.refresh()
    assert page.log_table.item(0, 1).text() == "Packing slips and insert cards"
    page.log_table.selectRow(0)
    page.reprint_button.click()
    again = _preview(qtbot, window)
    assert again.request.with_cards and again.request.layout == "letter"
    assert _page_texts(tmp_path, again.pdf_bytes, again.page_count()) == shown
    assert _bound(shop) == codes
    again.close()
