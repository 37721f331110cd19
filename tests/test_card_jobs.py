"""Print jobs with insert cards, checked on the rendered PDFs: how many pages, and where each card
and each back lands (``pdftotext -bbox``: the order id printed on a card's front names its slot;
each campaign's back text names the back's).

Sheets are filled across orders in slip order; blank pages only in a duplex job; a back sits
behind its front for a long-edge flip (landscape sheets swap rows, portrait sheets columns)."""

from __future__ import annotations

import re

import pytest
from documents_helpers import add_order, pdfinfo, pdftotext, write_pdf

from seller_desktop.cli import main
from seller_desktop.core.campaigns import Campaign, add_campaign
from seller_desktop.core.documents import SlipOptions
from seller_desktop.core.documents.card_layouts import CARD_LAYOUTS
from seller_desktop.core.documents.cards import cards_pdf
from seller_desktop.core.documents.sheets import back_slot
from seller_desktop.core.documents.slips_cards import slips_with_cards_pdf
from seller_desktop.core.orders.model import OrderItem

PASSPHRASE = "correct horse battery staple"  # the store fixture's (conftest)


@pytest.fixture
def shop(store):
    """Two campaigns with a back each (odd orders earn Odd, even ones Even), one without."""
    for name, sku in (("Odd", "ODD-*"), ("Even", "EVEN-*"), ("Plain", "PLAIN-*")):
        add_campaign(
            store,
            Campaign(
                name,
                headline=f"{name} headline",
                skus=(sku,),
                back_text="" if name == "Plain" else f"Back{name}",
            ),
        )
    return store


def _orders(store, count: int, sku: str | None = None) -> list[str]:
    return [
        add_order(
            store,
            n,
            items=[OrderItem(f"{n}-1", sku or ("ODD-1" if n % 2 else "EVEN-1"), 1, "Thing")],
        ).order_id
        for n in range(1, count + 1)
    ]


def _words(path, page: int) -> tuple[float, list[tuple[float, float, str]]]:
    """The page's height and its words as (x centre, y centre from the bottom, text)."""
    bbox = pdftotext(path, "-bbox", "-f", str(page), "-l", str(page))
    height = float(re.search(r'<page width="[\d.]+" height="([\d.]+)"', bbox).group(1))
    words = [
        ((float(x0) + float(x1)) / 2, height - (float(y0) + float(y1)) / 2, text)
        for x0, y0, x1, y1, text in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
            bbox,
        )
    ]
    return height, words


def _slot_of(layout, x: float, y: float, boxes=None) -> int:
    boxes = boxes or CARD_LAYOUTS[layout].slots
    return next(k for k, b in enumerate(boxes) if b.x <= x <= b.right and b.y <= y <= b.top)


def _fronts(path, page: int, layout: str) -> dict[int, str]:
    """slot → the order id printed on the card in it."""
    _, words = _words(path, page)
    return {_slot_of(layout, x, y): w for x, y, w in words if re.fullmatch(r"\d{3}-\d+-\d+", w)}


def _backs(path, page: int, layout: str) -> dict[int, str]:
    """slot → the back text in it ("BackOdd"/"BackEven")."""
    _, words = _words(path, page)
    return {_slot_of(layout, x, y): w for x, y, w in words if w.startswith("Back")}


def _text(path, page: int) -> str:
    return " ".join(pdftotext(path, "-f", str(page), "-l", str(page)).split())


def test_simplex_slips_with_cards_on_letter_4up_fill_every_sheet(shop, tmp_path):
    ids = _orders(shop, 36)
    path = write_pdf(tmp_path, slips_with_cards_pdf(shop, ids, SlipOptions(layout="letter")))
    assert int(pdfinfo(path)["Pages"]) == 36 + 9  # no back, no blank page on a simplex job
    for n, oid in enumerate(ids, start=1):  # every slip first, in slip order
        assert oid in _text(path, n)
    for sheet in range(9):  # then the cards, four to a sheet, in slip order, slot by slot
        assert _fronts(path, 37 + sheet, "letter-4up") == {k: ids[4 * sheet + k] for k in range(4)}
        assert "Back" not in _text(path, 37 + sheet)


def test_duplex_slips_with_cards_put_each_back_behind_its_front(shop, tmp_path):
    ids = _orders(shop, 36)
    data = slips_with_cards_pdf(shop, ids, SlipOptions(layout="letter"), duplex=True)
    path = write_pdf(tmp_path, data)
    assert int(pdfinfo(path)["Pages"]) == 2 * 36 + 2 * 9
    for n, oid in enumerate(ids):  # each slip on a front side, its back blank
        assert oid in _text(path, 2 * n + 1) and _text(path, 2 * n + 2) == ""
    layout = CARD_LAYOUTS["letter-4up"]
    mirrored = [back_slot(layout.page_size, box) for box in layout.slots]
    # Long-edge flip of a landscape sheet: the rows swap (slot 0 ↔ 2, 1 ↔ 3).
    assert [_slot_of("letter-4up", b.x + 1, b.y + 1) for b in mirrored] == [2, 3, 0, 1]
    for sheet in range(9):
        front_page = 73 + 2 * sheet
        fronts = _fronts(path, front_page, "letter-4up")
        assert fronts == {k: ids[4 * sheet + k] for k in range(4)}
        _, words = _words(path, front_page + 1)
        backs = {
            _slot_of("letter-4up", x, y, mirrored): w for x, y, w in words if w.startswith("Back")
        }
        # slot k's back is on the next page at the mirrored slot: Odd for an odd order number
        odd = {k: int(oid[:3]) % 2 == 1 for k, oid in fronts.items()}
        assert backs == {k: "BackOdd" if odd[k] else "BackEven" for k in range(4)}


def test_duplex_backs_on_a_portrait_sheet_swap_columns(shop, tmp_path):
    ids = _orders(shop, 3)
    path = write_pdf(tmp_path, cards_pdf(shop, ids, "card-10up", duplex=True))
    assert int(pdfinfo(path)["Pages"]) == 2
    assert _fronts(path, 1, "card-10up") == {0: ids[0], 1: ids[1], 2: ids[2]}
    # On the back page, slot 0's back is in the right column (slot 1), slot 1's in the left.
    assert _backs(path, 2, "card-10up") == {1: "BackOdd", 0: "BackEven", 3: "BackOdd"}


def test_simplex_cards_have_no_back_and_no_blank_page_and_backs_on_request(shop, tmp_path):
    ids = _orders(shop, 5)
    simplex = write_pdf(tmp_path, cards_pdf(shop, ids, "letter-4up"), "simplex.pdf")
    assert int(pdfinfo(simplex)["Pages"]) == 2
    asked = write_pdf(tmp_path, cards_pdf(shop, ids, "letter-4up", with_backs=True), "b.pdf")
    assert int(pdfinfo(asked)["Pages"]) == 4  # each page of backs after its fronts
    assert _backs(asked, 4, "letter-4up") == {2: "BackOdd"}  # order 5 in slot 0: rows swap


def test_a_card_without_back_text_has_no_back_page(shop, tmp_path):
    ids = _orders(shop, 5, sku="PLAIN-1")
    path = write_pdf(tmp_path, cards_pdf(shop, ids, "letter-4up", duplex=True))
    # The first sheet's back is blank (so the second sheet starts on a front); nothing after it.
    assert int(pdfinfo(path)["Pages"]) == 3
    assert _text(path, 2) == "" and ids[4] in _text(path, 3)


def test_thermal_labels_get_one_card_after_each_slip_and_backs_only_when_asked(shop, tmp_path):
    ids = _orders(shop, 3)
    options = SlipOptions(layout="4x6")
    for duplex in (False, True):  # a label has one side: duplex adds no blank label
        data = slips_with_cards_pdf(shop, ids, options, duplex=duplex)
        path = write_pdf(tmp_path, data, f"thermal-{duplex}.pdf")
        assert int(pdfinfo(path)["Pages"]) == 6
        for n, oid in enumerate(ids):
            assert oid in _text(path, 2 * n + 1) and f"{'Odd' if n % 2 == 0 else 'Even'}" in (
                _text(path, 2 * n + 2)
            )
    path = write_pdf(tmp_path, slips_with_cards_pdf(shop, ids, options, with_backs=True))
    assert int(pdfinfo(path)["Pages"]) == 9  # slip, card, back: each order in turn
    assert "BackOdd" in _text(path, 3) and "BackEven" in _text(path, 6)


def test_cli_takes_duplex_for_cards_and_slips_with_cards(
    shop, tmp_path, clock, monkeypatch, capsys
):
    ids = _orders(shop, 6)
    shop.close()
    monkeypatch.setenv("SELLER_DESKTOP_PASSPHRASE", PASSPHRASE)

    def cli(*args: str) -> tuple[int, str]:
        code = main(["--data-dir", str(tmp_path / "data"), *args], clock=clock)
        return code, capsys.readouterr().err

    slips = tmp_path / "slips.pdf"
    code, err = cli("slips", "--out", str(slips), "--with-cards", "--duplex", *ids)
    assert code == 0, err
    assert int(pdfinfo(slips)["Pages"]) == 2 * 6 + 2 * 2  # 2 card sheets, each with its backs
    cards = tmp_path / "cards.pdf"
    code, err = cli("cards", "--out", str(cards), "--layout", "letter-4up", "--duplex", *ids)
    assert code == 0, err
    assert int(pdfinfo(cards)["Pages"]) == 4
    code, err = cli("cards", "--out", str(cards), "--layout", "letter-4up", *ids)
    assert code == 0 and int(pdfinfo(cards)["Pages"]) == 2
    code, err = cli("slips", "--out", str(slips), "--duplex", *ids)
    assert code == 2 and "--duplex goes with --with-cards" in err
