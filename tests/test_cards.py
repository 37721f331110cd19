"""Insert cards checked by what a reader gets back: text per page, QR codes decoded by zbarimg,
codes per order, and the same card before and after the order's contact details are wiped."""

from __future__ import annotations

import json
import re
import subprocess
import unicodedata
from datetime import timedelta

import pytest
from documents_helpers import (
    add_order,
    bottom_line,
    check_absent,
    contact_of,
    fonts_embedded,
    logical_text,
    need,
    page_size,
    pdfinfo,
    pdftotext,
    write_pdf,
)

from seller_desktop.cli import main
from seller_desktop.core.campaigns import (
    Campaign,
    add_campaign,
    add_generated_codes,
    cards_for_orders,
    import_claim_codes,
    with_code,
)
from seller_desktop.core.documents import SlipOptions
from seller_desktop.core.documents.card_layouts import CARD_LAYOUTS
from seller_desktop.core.documents.cards import cards_pdf
from seller_desktop.core.documents.slips_cards import slips_with_cards_pdf
from seller_desktop.core.orders.model import OrderItem
from seller_desktop.core.orders.repository import get_contact_details
from seller_desktop.core.privacy.retention import apply_retention

BEANS_URL = "https://www.amazon.de/promotions/beans"
REGISTER_URL = "https://example.com/register?lang=en"


@pytest.fixture
def shop(store):
    """Two campaigns with codes (beans for espresso machines, registration for grinders)."""
    beans = add_campaign(
        store,
        Campaign(
            "Beans",
            headline="Fresh beans for your machine",
            body="15% off your next bag on Amazon.",
            qr_url=BEANS_URL,
            skus=("ESPRESSO-*",),
            priority=10,
            back_text="Roasted in small batches.",
        ),
    )
    register = add_campaign(
        store,
        Campaign(
            "Register",
            headline="Register your grinder",
            body="Three years of warranty.",
            qr_url=REGISTER_URL,
            skus=("GRINDER-1",),
            priority=5,
        ),
    )
    add_generated_codes(store, beans.id, 40)
    import_claim_codes(
        store, register.id, "\n".join(f"CLAIM-{n:04d}-XYZ" for n in range(40)).encode(), "codes.txt"
    )
    return store, beans, register


def _order(store, n, sku, market="DE", contact=None):
    return add_order(
        store,
        n,
        marketplace=market,
        contact=contact,
        items=[OrderItem(f"{n}-1", sku, 1, "Product")],
    ).order_id


def _page_texts(path, pages):
    """Each page's text with line breaks as spaces (a headline may wrap)."""
    return [
        " ".join(pdftotext(path, "-f", str(p), "-l", str(p)).split()) for p in range(1, pages + 1)
    ]


def _codes_of(store, order_id):
    return {
        row[0]
        for row in store.conn.execute(
            "SELECT code FROM campaign_codes WHERE order_id = ?", (order_id,)
        )
    }


def _decode_qr(path, tmp_path) -> list[str]:
    """Every QR code on the pages, each once.

    zbarimg scanning a sheet of ten codes misses one now and then at a given resolution (about 1
    in 40 here, while every code scans on its own), so each page is read at 300 and at 400 dpi and
    the results joined: a code no reader can scan still fails at both.
    """
    need("pdftoppm")
    need("zbarimg")
    found: list[str] = []
    for dpi in ("300", "400"):
        prefix = tmp_path / f"page{dpi}"
        subprocess.run(["pdftoppm", "-r", dpi, "-png", str(path), str(prefix)], check=True)
        for png in sorted(tmp_path.glob(f"page{dpi}*.png")):
            out = subprocess.run(
                ["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True
            )
            found += [line for line in out.stdout.splitlines() if line and line not in found]
    return found


def test_each_order_gets_its_campaigns_card(shop, tmp_path):
    store, beans, register = shop
    machine = _order(store, 1, "ESPRESSO-PRO")
    grinder = _order(store, 2, "GRINDER-1")
    other = _order(store, 3, "TEA-1")
    path = write_pdf(tmp_path, cards_pdf(store, [machine, grinder, other], "4x6", duplex=True))
    info = pdfinfo(path)
    assert info["Pages"] == "3"  # the beans card with its back, the grinder card; TEA-1 earns none
    assert page_size(path) == (432, 288)
    front, back, second = _page_texts(path, 3)
    assert "Fresh beans for your machine" in front and machine in front
    assert "Register your grinder" not in front
    assert "Roasted in small batches." in back
    assert "Register your grinder" in second and grinder in second and "Fresh beans" not in second
    assert all(embedded for _, embedded in fonts_embedded(path))


def test_order_matching_nothing_gets_the_default_card_or_none(shop, tmp_path):
    store, _, _ = shop
    tea = _order(store, 3, "TEA-1")
    with pytest.raises(Exception, match="earns a card"):
        cards_pdf(store, [tea])
    add_campaign(store, Campaign("Thanks", body="Packed by hand in Hamburg.", is_default=True))
    text = " ".join(pdftotext(write_pdf(tmp_path, cards_pdf(store, [tea], "a6"))).split())
    assert (
        "Vielen Dank für Ihre Bestellung!" in text
    )  # the default headline in the order's language
    assert "Packed by hand in Hamburg." in text and "Fresh beans" not in text


def test_every_qr_code_decodes_to_its_campaign_url_with_its_own_code(shop, tmp_path):
    store, _, _ = shop
    ids = [
        _order(store, n, "ESPRESSO-X" if n % 2 else "GRINDER-1", ("DE", "JP", "AE", "US")[n % 4])
        for n in range(1, 13)
    ]
    path = write_pdf(tmp_path, cards_pdf(store, ids, "card-10up"))
    expected = []
    for order_id in ids:
        (code,) = _codes_of(store, order_id)
        url = BEANS_URL if code[:5] != "CLAIM" else REGISTER_URL
        expected.append(with_code(url, code))
    decoded = _decode_qr(path, tmp_path)
    assert sorted(decoded) == sorted(expected)
    assert len(set(decoded)) == 12
    assert "?lang=en&code=CLAIM-" in " ".join(decoded)


@pytest.mark.parametrize("layout", ["letter-4up", "a4-4up", "thermal-4x6"])
def test_qr_codes_decode_in_other_layouts(shop, tmp_path, layout):
    store, _, _ = shop
    ids = [_order(store, n, "GRINDER-1") for n in range(1, 5)]
    path = write_pdf(tmp_path, cards_pdf(store, ids, layout))
    assert page_size(path) == tuple(round(v) for v in CARD_LAYOUTS[layout].page_size)
    expected = sorted(with_code(REGISTER_URL, next(iter(_codes_of(store, i)))) for i in ids)
    assert sorted(_decode_qr(path, tmp_path)) == expected


def test_thousand_cards_thousand_codes_never_reused(store, tmp_path):
    campaign = add_campaign(
        store, Campaign("Mugs", headline="A mug for you", qr_url=BEANS_URL, skus=("MUG-*",))
    )
    add_generated_codes(store, campaign.id, 1005)
    ids = [_order(store, n, "MUG-BLUE") for n in range(1, 1001)]
    path = write_pdf(tmp_path, cards_pdf(store, ids, "card-10up"))
    assert pdfinfo(path)["Pages"] == "100"
    rows = store.conn.execute(
        "SELECT order_id, code FROM campaign_codes WHERE order_id IS NOT NULL"
    ).fetchall()
    assert (
        len(rows) == 1000 and len({r[1] for r in rows}) == 1000 and {r[0] for r in rows} == set(ids)
    )
    text = pdftotext(path)
    assert all(r[1] in text for r in rows)

    # Reprinting gives each order its code again; a new order gets an unused one.
    before = dict(rows)
    again = cards_for_orders(store, ids[:10] + [_order(store, 1001, "MUG-RED")])
    assert all(again[i][0].code == before[i] for i in ids[:10])
    fresh = again[list(again)[-1]][0].code
    assert fresh not in set(before.values())


def test_reprint_shows_the_same_code_and_a_used_code_is_not_printed_for_another(shop, tmp_path):
    store, _, _ = shop
    first = _order(store, 1, "ESPRESSO-X")
    second = _order(store, 2, "ESPRESSO-X")
    one = pdftotext(
        write_pdf(tmp_path, cards_pdf(store, [first], "4x6"), "a.pdf"), "-f", "1", "-l", "1"
    )
    (code,) = _codes_of(store, first)
    assert code in one
    reprint = pdftotext(
        write_pdf(tmp_path, cards_pdf(store, [first], "4x6"), "b.pdf"), "-f", "1", "-l", "1"
    )
    assert reprint == one
    other = pdftotext(write_pdf(tmp_path, cards_pdf(store, [second], "4x6"), "c.pdf"))
    assert code not in other and next(iter(_codes_of(store, second))) in other


def test_same_card_before_and_after_the_wipe(shop, tmp_path, clock):
    store, _, _ = shop
    order_id = _order(store, 1, "ESPRESSO-X", contact=contact_of("de"))
    before = write_pdf(
        tmp_path,
        slips_with_cards_pdf(store, [order_id], SlipOptions(layout="4x6"), with_backs=True),
        "before.pdf",
    )
    assert pdfinfo(before)["Pages"] == "3"  # slip, card, card back
    slip_before, *cards_before = _page_texts(before, 3)
    assert "Kontaktdaten gelöscht" not in slip_before

    clock.advance(timedelta(days=120))
    apply_retention(store, clock)
    assert get_contact_details(store, order_id) is None
    after = write_pdf(
        tmp_path,
        slips_with_cards_pdf(store, [order_id], SlipOptions(layout="4x6"), with_backs=True),
        "after.pdf",
    )
    slip_after, *cards_after = _page_texts(after, 3)
    assert "Kontaktdaten gelöscht" in slip_after
    assert cards_after == cards_before  # byte for byte: the card never read the details


def test_slips_with_cards_print_every_slip_then_the_cards_in_slip_order(shop, tmp_path):
    store, _, _ = shop
    a = _order(store, 1, "GRINDER-1", contact=contact_of("de"))
    b = _order(store, 2, "TEA-1", contact=contact_of("ru"))
    c = _order(store, 3, "ESPRESSO-X", contact=contact_of("gr"))
    path = write_pdf(tmp_path, slips_with_cards_pdf(store, [a, b, c], SlipOptions(layout="letter")))
    pages = _page_texts(path, int(pdfinfo(path)["Pages"]))
    kinds = [
        ("slip " if ("Lieferschein" in t or "Packing slip" in t) else "card ")
        + next(i for i in (a, b, c) if i in t)
        if any(i in t for i in (a, b, c))
        else "back"
        for t in pages
    ]
    # Every slip, then one sheet of cards filled across the orders in slip order (simplex: the
    # beans card's back is left off, and no blank page is added).
    assert kinds == [f"slip {a}", f"slip {b}", f"slip {c}", f"card {a}"]
    assert c in pages[3] and pages[3].index(a) < pages[3].index(c)
    assert "Register your grinder" in pages[3] and "Fresh beans" in pages[3]
    for key in ("de", "ru", "gr"):
        check_absent(pages[3], contact_of(key).recipient_name, "a buyer name on a card")


def test_japanese_and_arabic_cards(store, tmp_path):
    jp = add_campaign(
        store,
        Campaign(
            "JP",
            headline="ご購入ありがとうございます",
            body="次回のお買い物で使えるコードです。",
            qr_url="https://www.amazon.co.jp/promo",
            marketplaces=("JP",),
            valid_until="2027-02-28",
        ),
    )
    ae = add_campaign(
        store,
        Campaign(
            "AE",
            headline="شكرا لتسوقك معنا",
            body="خصم 10%، مرة واحدة",
            qr_url="https://www.amazon.ae/promo",
            marketplaces=("AE",),
        ),
    )
    add_generated_codes(store, jp.id, 2)
    add_generated_codes(store, ae.id, 2)
    j = _order(store, 1, "MUG-1", "JP")
    a = _order(store, 2, "MUG-1", "AE")
    path = write_pdf(tmp_path, cards_pdf(store, [j, a], "4x6"))
    jp_text, ae_text = _page_texts(path, 2)
    assert "ご購入ありがとうございます" in jp_text.replace(" ", "") and "注文番号" in jp_text
    assert "有効期限：2027/02/28" in jp_text and j in jp_text
    assert "شكرا لتسوقك معنا" in logical_text(ae_text) and a in ae_text
    # a number and a comma inside Arabic: read back in order (the text column reads right to
    # left; read on its own, as the printed link under the QR code is a long left-to-right run
    # that makes pdftotext take the whole page for a left-to-right one)
    column = pdftotext(path, "-f", "2", "-l", "2", "-x", "216", "-y", "0", "-W", "216", "-H", "288")
    assert "خصم 10%، مرة واحدة" in logical_text(" ".join(column.split()))
    assert f"الطلب {a}" in logical_text(bottom_line(path, 2))  # the label first, from the right
    assert sorted(_decode_qr(path, tmp_path)) == sorted(
        [
            with_code("https://www.amazon.co.jp/promo", next(iter(_codes_of(store, j)))),
            with_code("https://www.amazon.ae/promo", next(iter(_codes_of(store, a)))),
        ]
    )


def test_an_arabic_landscape_card_is_mirrored(store, tmp_path):
    """Text where reading starts: left on a German card, right on an Arabic one; the QR code and
    the code on the other side."""
    for market, headline in (("DE", "Danke"), ("AE", "شكرا")):
        campaign = add_campaign(
            store,
            Campaign(
                market, headline=headline, qr_url="https://example.com/p", marketplaces=(market,)
            ),
        )
        add_generated_codes(store, campaign.id, 1)
    ids = [_order(store, 1, "MUG-1", "DE"), _order(store, 2, "MUG-1", "AE")]
    path = write_pdf(tmp_path, cards_pdf(store, ids, "a6"))
    for page, (market, _) in enumerate((("DE", "Danke"), ("AE", "شكرا")), start=1):
        words = re.findall(
            r'<word xMin="([\d.]+)"[^>]*>([^<]*)</word>',
            pdftotext(path, "-bbox", "-f", str(page), "-l", str(page)),
        )
        code = next(iter(_codes_of(store, ids[page - 1])))
        code_x = next(float(x) for x, w in words if w == code)
        headline_x = next(
            float(x)
            for x, w in words
            if unicodedata.normalize("NFKC", w) in ("Danke", "شكرا", "اركش")
        )
        assert (code_x > headline_x) == (market == "DE"), market


# -- the CLI ---------------------------------------------------------------------------------------


@pytest.fixture
def cli(tmp_path, clock, monkeypatch, capsys):
    monkeypatch.setenv("SELLER_DESKTOP_PASSPHRASE", "correct horse battery staple")
    data = tmp_path / "D"

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--data-dir", str(data), *args], clock=clock)
        out, err = capsys.readouterr()
        return code, out, err

    assert run("init")[0] == 0
    return run


def test_cli_campaigns_codes_cards_and_slips_with_cards(cli, tmp_path, monkeypatch):
    code, out, err = cli(
        "campaign-add",
        "Beans",
        "--skus",
        "ESPRESSO-*",
        "--headline",
        "Fresh beans",
        "--qr-url",
        "https://example.com/beans",
        "--generate-codes",
        "3",
    )
    assert code == 0 and out.strip().isdigit(), err
    assert "diverting buyers" in err
    codes = tmp_path / "claim.txt"
    codes.write_text("Claim Code\tExpires\nAAAA-BBBB-CCCC\t2027-01-01\n", encoding="utf-8")
    assert cli("campaign-codes", "Beans", str(codes))[0] == 0
    bad = tmp_path / "orders.txt"
    bad.write_text("order-id\tbuyer-name\n1\tX\n", encoding="utf-8")
    code, _, err = cli("campaign-codes", "Beans", str(bad))
    assert code == 2 and "without a code column" in err
    listed = json.loads(cli("campaigns", "--json")[1])
    assert listed[0]["name"] == "Beans" and listed[0]["codes"] == 4 and listed[0]["codes_left"] == 4
    assert listed[0]["qr_url_outside_amazon"] is True

    from seller_desktop.core.orders.model import Order
    from seller_desktop.core.orders.repository import save_order
    from seller_desktop.core.session import open_store
    from seller_desktop.paths import resolve_paths

    opened = open_store(
        resolve_paths(tmp_path / "D"),
        "correct horse battery staple",
        __import__("seller_desktop.core.base.clock", fromlist=["SystemClock"]).SystemClock(),
    )
    save_order(
        opened.store,
        Order(
            "111-0000001-0000001",
            "US",
            "2026-11-27T10:00:00Z",
            items=[OrderItem("a1", "ESPRESSO-1", 1, "Machine")],
        ),
    )
    opened.store.close()

    out_pdf = tmp_path / "cards.pdf"
    code, _, err = cli("cards", "--out", str(out_pdf), "--layout", "card-10up", "--unshipped")
    assert code == 0, err
    assert "Fresh beans" in pdftotext(out_pdf) and page_size(out_pdf) == (612, 792)
    slips = tmp_path / "slips.pdf"
    code, _, err = cli(
        "slips", "--out", str(slips), "--with-cards", "--layout", "4x6", "111-0000001-0000001"
    )
    assert code == 0 and "and cards" in err
    assert pdfinfo(slips)["Pages"] == "2"
    code, _, err = cli("cards", "--out", str(out_pdf), "--layout", "poster", "--unshipped")
    assert code == 2 and "Unknown card layout" in err
