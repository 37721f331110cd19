"""Campaigns without drawing: the rule engine, code lists (generated and imported), QR links."""

from __future__ import annotations

import inspect
import re
from datetime import date

import pytest
from documents_helpers import add_order

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.campaigns import (
    Campaign,
    CodesChanged,
    ItemFacts,
    OutOfCodes,
    add_campaign,
    add_generated_codes,
    bind_cards,
    cards_for_orders,
    code_counts,
    find_campaign,
    generate_code,
    import_claim_codes,
    list_campaigns,
    match_campaigns,
    outside_amazon,
    parse_claim_codes,
    plan_cards,
    with_code,
)
from seller_desktop.core.campaigns import codes as codes_module
from seller_desktop.core.orders.model import OrderItem

TODAY = date(2026, 11, 28)


def _c(id_: int, name: str, **kw) -> Campaign:
    return Campaign(name, headline=name, id=id_, **kw)


# -- rule engine ---------------------------------------------------------------------------------


def test_rule_engine_sees_items_marketplace_and_date_only():
    params = list(inspect.signature(match_campaigns).parameters)
    assert params == ["items", "marketplace", "today", "campaigns"]
    assert [f for f in ItemFacts.__dataclass_fields__] == ["sku", "asin"]


def test_highest_priority_wins_per_product_and_one_card_per_campaign():
    mugs = _c(1, "Mugs", skus=("MUG-*",), priority=1)
    blue = _c(2, "Blue mugs", skus=("mug-blue",), priority=5)  # SKUs compare in any case
    asin = _c(3, "By ASIN", asins=("B000000001",))
    items = [
        ItemFacts("MUG-BLUE"),
        ItemFacts("MUG-RED"),
        ItemFacts("MUG-GREEN"),
        ItemFacts("X", "B000000001"),
    ]
    earned = match_campaigns(items, "DE", TODAY, [mugs, blue, asin])
    assert [(e.campaign.name, e.sku) for e in earned] == [
        ("Blue mugs", "MUG-BLUE"),
        ("Mugs", "MUG-RED"),
        ("By ASIN", "X"),
    ]


def test_marketplace_rules_dates_paused_and_default_card():
    de_only = _c(1, "DE mugs", skus=("MUG-*",), marketplaces=("DE",))
    japan = _c(2, "Japan", marketplaces=("JP",))
    later = _c(3, "Later", skus=("BEAN-*",), valid_from="2026-12-01")
    over = _c(4, "Over", skus=("BEAN-*",), valid_until="2026-11-27")
    paused = _c(5, "Paused", skus=("BEAN-*",), active=False)
    thanks = _c(6, "Thanks", is_default=True)
    every = [de_only, japan, later, over, paused, thanks]

    def names(items, market, day=TODAY):
        return [e.campaign.name for e in match_campaigns(items, market, day, every)]

    assert names([ItemFacts("MUG-1")], "DE") == ["DE mugs"]
    assert names([ItemFacts("MUG-1")], "FR") == ["Thanks"]
    assert names([ItemFacts("ANY")], "JP") == ["Japan"]
    assert names([ItemFacts("BEAN-1")], "DE") == ["Thanks"]
    assert names([ItemFacts("BEAN-1")], "DE", date(2026, 12, 1)) == ["Later"]
    assert names([ItemFacts("MUG-1"), ItemFacts("BEAN-1")], "DE") == ["DE mugs", "Thanks"]
    assert match_campaigns([ItemFacts("BEAN-1")], "DE", TODAY, every[:-1]) == []


def test_campaign_validation_messages(store):
    with pytest.raises(BadInput, match="say which products"):
        add_campaign(store, Campaign("No rules", headline="Hi"))
    with pytest.raises(BadInput, match="web address"):
        add_campaign(store, Campaign("Bad link", headline="Hi", skus=("A",), qr_url="ftp://x"))
    with pytest.raises(BadInput, match="YYYY-MM-DD"):
        add_campaign(store, Campaign("Bad date", headline="Hi", skus=("A",), valid_until="31.1.27"))
    with pytest.raises(BadInput, match="not an ASIN"):
        add_campaign(store, Campaign("Bad ASIN", headline="Hi", asins=("B0",)))
    first = add_campaign(store, Campaign("Mugs", headline="Hi", skus=("MUG-*",)))
    with pytest.raises(BadInput, match="already a campaign named"):
        add_campaign(store, Campaign("mugs", headline="Hi", skus=("X",)))
    assert find_campaign(store, "MUGS").id == first.id == find_campaign(store, str(first.id)).id
    with pytest.raises(BadInput, match="no campaign"):
        find_campaign(store, "Beans")
    a = add_campaign(store, Campaign("Thanks A", body="Thanks", is_default=True))
    add_campaign(store, Campaign("Thanks B", body="Thanks", is_default=True))
    defaults = [c.name for c in list_campaigns(store) if c.is_default]
    assert defaults == ["Thanks B"] and a.id is not None


# -- codes ---------------------------------------------------------------------------------------


def test_generated_codes_are_easy_to_type_and_distinct():
    codes = {generate_code() for _ in range(5000)}
    assert len(codes) == 5000
    for code in codes:
        assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}", code)
        assert not set(code) & set("0O1IlL")


def test_codes_bound_once_reprint_same_and_out_of_codes(store):
    campaign = add_campaign(store, Campaign("Mugs", headline="Hi", skus=("MUG-*",)))
    assert add_generated_codes(store, campaign.id, 2) == 2
    items = [OrderItem("i1", "MUG-BLUE", 1), OrderItem("i2", "MUG-RED", 1)]
    first = add_order(store, 1, items=items).order_id
    second = add_order(store, 2, items=[OrderItem("j1", "MUG-BLUE", 1)]).order_id
    third = add_order(store, 3, items=[OrderItem("k1", "MUG-BLUE", 1)]).order_id
    cards = cards_for_orders(store, [first, second])
    assert [len(cards[first]), len(cards[second])] == [1, 1]  # one card per campaign per order
    code_1, code_2 = cards[first][0].code, cards[second][0].code
    assert code_1 and code_2 and code_1 != code_2
    again = cards_for_orders(store, [second, first])
    assert again[first][0].code == code_1 and again[second][0].code == code_2
    assert code_counts(store)[campaign.id] == (2, 0)
    with pytest.raises(OutOfCodes) as err:
        cards_for_orders(store, [third, first])
    assert "'Mugs'" in str(err.value) and "0 left, 1 needed" in str(err.value)
    row = store.conn.execute(
        "SELECT order_id, sku FROM campaign_codes WHERE code = ?", (code_1,)
    ).fetchone()
    assert tuple(row) == (first, "MUG-BLUE")
    add_generated_codes(store, campaign.id, 1)
    assert cards_for_orders(store, [third])[third][0].code not in (code_1, code_2)


def _free_codes(store, campaign_id):
    """The campaign's free codes in the order they are handed out."""
    return [
        row[0]
        for row in store.conn.execute(
            "SELECT code FROM campaign_codes WHERE campaign_id = ? AND order_id IS NULL ORDER BY id",
            (campaign_id,),
        )
    ]


def _bound(store):
    return {
        (row[0], row[1]): row[2]
        for row in store.conn.execute(
            "SELECT order_id, campaign_id, code FROM campaign_codes WHERE order_id IS NOT NULL"
        )
    }


@pytest.fixture
def mugs(store):
    """A campaign with five codes (one of them claimed for every MUG order) and three orders."""
    campaign = add_campaign(store, Campaign("Mugs", headline="Hi", skus=("MUG-*",)))
    add_generated_codes(store, campaign.id, 5)
    ids = [
        add_order(store, n, items=[OrderItem(f"i{n}", "MUG-BLUE", 1)]).order_id for n in range(1, 4)
    ]
    return campaign, ids


def test_plan_reads_only_and_shows_the_next_free_codes(store, mugs):
    campaign, ids = mugs
    free = _free_codes(store, campaign.id)
    changes = store.conn.total_changes
    plan = plan_cards(store, ids)
    again = plan_cards(store, ids)
    assert store.conn.total_changes == changes and not store.conn.in_transaction  # no write at all
    assert [plan[i][0].code for i in ids] == free[:3]  # in order, one per order
    assert again == plan  # a closed preview used up nothing: the next one shows the same codes
    assert _free_codes(store, campaign.id) == free and code_counts(store)[campaign.id] == (5, 5)


def test_bind_binds_exactly_the_planned_codes_and_a_reprint_shows_them(store, mugs):
    campaign, ids = mugs
    plan = plan_cards(store, ids[:2])
    assert bind_cards(store, plan) == 2
    assert _bound(store) == {(i, campaign.id): plan[i][0].code for i in ids[:2]}
    assert bind_cards(store, plan) == 0  # the same preview printed twice binds nothing new
    reprint = plan_cards(store, [ids[1], ids[0]])
    assert {i: reprint[i][0].code for i in ids[:2]} == {i: plan[i][0].code for i in ids[:2]}
    row = store.conn.execute(
        "SELECT sku, assigned_at FROM campaign_codes WHERE code = ?", (plan[ids[0]][0].code,)
    ).fetchone()
    assert tuple(row) == ("MUG-BLUE", "2026-11-28T12:00:00Z")
    assert code_counts(store)[campaign.id] == (5, 3)


def test_a_code_taken_after_planning_is_never_bound_twice_and_nothing_is_half_bound(store, mugs):
    campaign, ids = mugs
    plan = plan_cards(store, ids[:2])  # the preview: ids[0] would get free[0], ids[1] free[1]
    taken = plan[ids[1]][0].code
    other = add_order(store, 9, items=[OrderItem("x", "MUG-RED", 1)]).order_id
    # Meanwhile another run (the CLI) binds the next free codes: free[0] to the other order.
    assert cards_for_orders(store, [other])[other][0].code == plan[ids[0]][0].code
    with pytest.raises(CodesChanged, match="Nothing was bound"):
        bind_cards(store, plan)
    assert _bound(store) == {(other, campaign.id): plan[ids[0]][0].code}  # ids[1]'s code still free
    assert taken in _free_codes(store, campaign.id)
    fresh = plan_cards(store, ids[:2])  # drawn again: other codes, and these bind
    assert plan[ids[0]][0].code not in {fresh[i][0].code for i in ids[:2]}
    assert bind_cards(store, fresh) == 2
    assert len(set(_bound(store).values())) == 3


def test_an_order_that_got_another_code_meanwhile_is_not_given_a_second(store, mugs):
    campaign, ids = mugs
    free = _free_codes(store, campaign.id)
    preview = plan_cards(store, [ids[0]])
    assert preview[ids[0]][0].code == free[0]
    # Meanwhile the order went out with another code of the campaign (free[0] stays free).
    assert codes_module.bind_codes(store, [(ids[0], "MUG-BLUE", campaign.id, free[3])]) == 1
    with pytest.raises(CodesChanged):
        bind_cards(store, preview)
    assert _bound(store) == {(ids[0], campaign.id): free[3]}
    assert plan_cards(store, [ids[0]])[ids[0]][0].code == free[3]


def test_plan_says_out_of_codes_without_binding(store, mugs):
    campaign, ids = mugs
    more = [
        add_order(store, n, items=[OrderItem(f"i{n}", "MUG-RED", 1)]).order_id for n in range(4, 7)
    ]
    with pytest.raises(OutOfCodes, match="5 left, 6 needed"):
        plan_cards(store, ids + more)
    assert _bound(store) == {} and code_counts(store)[campaign.id] == (5, 5)


def test_claim_code_file_one_per_line_and_with_header(store, tmp_path):
    campaign = add_campaign(store, Campaign("Beans", headline="Hi", skus=("BEAN-*",)))
    plain = b"ABCD-EFGH-1234\r\nZXCV-BNMA-5678\n\nabcd-efgh-1234\n"
    assert parse_claim_codes(plain, "codes.txt") == ["ABCD-EFGH-1234", "ZXCV-BNMA-5678"]
    seller_central = (
        "Promotion Tracking ID: 1234\n"
        "Claim Code\tExpiration Date\n"
        "QWER-TYUP-2345\t2027-01-31\nASDF-GHJK-6789\t2027-01-31\n"
    ).encode("utf-16")
    assert parse_claim_codes(seller_central, "codes.txt") == ["QWER-TYUP-2345", "ASDF-GHJK-6789"]
    csv_file = b'\xef\xbb\xbf"Promotion ID","Claim code"\n"P1","MNBV-CXZL-3456"\n'
    assert parse_claim_codes(csv_file, "codes.csv") == ["MNBV-CXZL-3456"]
    one_column = b"Claim Code\nPOIU-YTRE-4567\n"
    assert parse_claim_codes(one_column, "c.csv") == ["POIU-YTRE-4567"]
    result = import_claim_codes(store, campaign.id, plain, "codes.txt")
    assert (result.added, result.skipped) == (2, 0)
    result = import_claim_codes(store, campaign.id, plain + b"QWER-TYUP-2345\n", "codes.txt")
    assert (result.added, result.skipped) == (1, 2)
    assert code_counts(store)[campaign.id] == (3, 3)


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "holds no codes"),
        (b"\n  \n", "holds no codes"),
        (b"ABCD-EFGH\nJ\xc3\xbcrgen Gro\xc3\x9f K\xc3\xb6nigstra\xc3\x9fe 12\n", "Line 2 of f.txt"),
        (b"order-id\tbuyer-name\n123\tX\n", "without a code column"),
        (b"Claim Code,Other\nABCD-EFGH,1\n,2\n", "Line 3 of f.txt has no valid code"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "not a text file"),
    ],
)
def test_bad_claim_code_files(data, message):
    with pytest.raises(BadInput, match=message) as err:
        parse_claim_codes(data, "f.txt")
    assert "Jürgen" not in str(err.value) and "Königstraße" not in str(err.value)


def test_import_too_large_is_refused(monkeypatch):
    monkeypatch.setattr(codes_module, "MAX_IMPORT_BYTES", 10)
    with pytest.raises(BadInput, match="too large"):
        parse_claim_codes(b"ABCD-EFGH\n" * 5, "f.txt")


# -- links ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://example.com/register", "https://example.com/register?code=ABCD-EFGH"),
        ("https://example.com/r?lang=de", "https://example.com/r?lang=de&code=ABCD-EFGH"),
        ("https://example.com/r?lang=de#top", "https://example.com/r?lang=de&code=ABCD-EFGH#top"),
        ("https://example.com", "https://example.com/?code=ABCD-EFGH"),
    ],
)
def test_with_code(url, expected):
    assert with_code(url, "ABCD-EFGH") == expected
    assert with_code(url, None) == url


@pytest.mark.parametrize(
    "url, outside",
    [
        ("https://www.amazon.de/promo", False),
        ("https://amazon.com/x", False),
        ("https://www.amazon.co.uk/x", False),
        ("https://www.amazon.com.au/x", False),
        ("https://amzn.to/3abc", False),
        ("https://a.co/d/xyz", False),
        ("https://example.com/register", True),
        ("https://amazon.evil.com/", True),
        ("https://myamazon.de/", True),
        ("https://amazon.de.example.io/", True),
        ("nonsense", True),
    ],
)
def test_outside_amazon(url, outside):
    assert outside_amazon(url) is outside


def test_campaign_code_paths_never_touch_contact_details():
    """Campaigns, codes and cards import nothing that reads contact details."""
    from pathlib import Path

    import seller_desktop.core.campaigns as package
    from seller_desktop.core.documents import (
        card_labels,
        card_layouts,
        card_parts,
        cards,
        qr,
        sheets,
    )

    files = list(Path(package.__file__).parent.glob("*.py")) + [
        Path(m.__file__) for m in (cards, card_labels, card_layouts, card_parts, qr, sheets)
    ]
    for path in files:
        source = path.read_text(encoding="utf-8")
        for word in (
            "contact_details",
            "ContactDetails",
            "get_contact_details",
            "recipient_name",
            "buyer_",
            "ship_address",
            "load_slip_orders",
        ):
            assert word not in source, f"{path.name} mentions {word}"


def test_a_campaign_never_saved_has_no_id_to_give_codes_to(store):
    """``saved_id`` is what the code functions get: an unsaved campaign is refused by name, before
    the database would see a NULL id; a saved one gives its id."""
    unsaved = Campaign("Spring mugs", headline="Thanks")
    with pytest.raises(ValueError, match="Spring mugs"):
        _ = unsaved.saved_id
    saved = add_campaign(store, Campaign("Spring mugs", headline="Thanks", is_default=True))
    assert saved.saved_id == saved.id and isinstance(saved.saved_id, int)
    assert add_generated_codes(store, saved.saved_id, 3) == 3
