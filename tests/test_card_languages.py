"""Insert cards per language and per parcel: a card's text, labels and direction are those of one
language (the buyer's when the campaign has text in it), and a parcel gets at most the cards the
setting allows, the highest-priority campaigns first."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

import pytest
from documents_helpers import add_order, bottom_line, logical_text, pdftotext, write_pdf

from seller_desktop.cli import main
from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.campaigns import (
    CARD_LANGUAGES,
    Campaign,
    CampaignText,
    add_campaign,
    add_generated_codes,
    find_campaign,
    plan_cards,
    save_campaign,
)
from seller_desktop.core.documents.card_labels import CARD_LABELS
from seller_desktop.core.documents.cards import cards_pdf
from seller_desktop.core.orders.model import OrderItem
from seller_desktop.core.settings import load_settings, save_settings

JAPANESE = CampaignText("ja", "ご購入ありがとうございます", "次回使えるコードです。")


def _order(store, n, market, skus=("MUG-1",)):
    items = [OrderItem(f"{n}-{i}", sku, 1, "Product") for i, sku in enumerate(skus)]
    return add_order(store, n, marketplace=market, items=items).order_id


def _text(path, page):
    return " ".join(pdftotext(path, "-f", str(page), "-l", str(page)).split())


def test_every_card_language_has_its_labels():
    assert set(CARD_LANGUAGES) <= set(CARD_LABELS)


def test_a_japanese_order_gets_the_japanese_text_if_there_is_one_else_english(store, tmp_path):
    for name, texts, skus in (("Both", (JAPANESE,), ("MUG-1",)), ("English", (), ("TEA-1",))):
        campaign = add_campaign(
            store,
            Campaign(
                name,
                headline="Thank you for your order",
                body="A code for your next order.",
                language="en",
                texts=texts,
                skus=skus,
                valid_until="2027-02-28",
            ),
        )
        add_generated_codes(store, campaign.saved_id, 2)
    ids = [_order(store, 1, "JP", ("MUG-1",)), _order(store, 2, "JP", ("TEA-1",))]
    cards = plan_cards(store, ids)
    assert [cards[i][0].language for i in ids] == ["ja", "en"]
    path = write_pdf(tmp_path, cards_pdf(store, ids, "4x6"))
    japanese, english = _text(path, 1), _text(path, 2)
    assert "ご購入ありがとうございます" in japanese.replace(" ", "")
    assert "注文番号" in japanese and "有効期限：2027/02/28" in japanese
    assert "Thank you" not in japanese
    # the English text falls back whole, with English labels: no Japanese on the card
    assert "Thank you for your order" in english and f"Order {ids[1]}" in english
    assert "Valid until" in english
    assert not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", english)


def _headline_left_of_code(path, page, code, headlines) -> bool:
    words = re.findall(
        r'<word xMin="([\d.]+)"[^>]*>([^<]*)</word>',
        pdftotext(path, "-bbox", "-f", str(page), "-l", str(page)),
    )
    code_x = next(float(x) for x, w in words if w == code)
    headline_x = next(float(x) for x, w in words if unicodedata.normalize("NFKC", w) in headlines)
    return headline_x < code_x


def test_an_arabic_orders_english_card_is_not_mirrored_and_its_arabic_card_is(store, tmp_path):
    campaign = add_campaign(
        store,
        Campaign(
            "Thanks",
            headline="Thanks",
            qr_url="https://example.com/p",
            language="en",
            skus=("MUG-1",),
        ),
    )
    add_generated_codes(store, campaign.saved_id, 2)
    english = _order(store, 1, "AE")
    path = write_pdf(tmp_path, cards_pdf(store, [english], "a6"))
    [card] = plan_cards(store, [english])[english]
    assert card.language == "en"
    assert _headline_left_of_code(path, 1, card.code, ("Thanks",))  # read from the left
    assert f"Order {english}" in _text(path, 1)
    save_campaign(store, replace(campaign, texts=(CampaignText("ar", "شكرا"),)))
    arabic = _order(store, 2, "AE")
    path = write_pdf(tmp_path, cards_pdf(store, [arabic], "a6"))
    [card] = plan_cards(store, [arabic])[arabic]
    assert card.language == "ar"
    assert not _headline_left_of_code(path, 1, card.code, ("شكرا", "اركش"))
    assert f"الطلب {arabic}" in logical_text(bottom_line(path, 1))


def test_a_campaign_in_no_particular_language_takes_the_buyers_labels(store):
    add_campaign(store, Campaign("Code", qr_url="https://example.com/p", skus=("MUG-1",)))
    order = _order(store, 1, "JP")
    assert plan_cards(store, [order])[order][0].language == "ja"


def test_a_fourteen_line_order_gets_one_card_then_two_highest_priority_first(store):
    for n, priority in enumerate((3, 9, 1, 7)):
        add_campaign(
            store, Campaign(f"P{priority}", headline="Hi", skus=(f"SKU-{n}",), priority=priority)
        )
    add_campaign(store, Campaign("Thanks", headline="Thanks", is_default=True))
    order = _order(store, 1, "DE", [f"SKU-{n % 4}" for n in range(13)] + ["OTHER"])
    assert [c.campaign.name for c in plan_cards(store, [order])[order]] == ["P9"]
    save_settings(store, replace(load_settings(store), cards_per_parcel=2))
    assert [c.campaign.name for c in plan_cards(store, [order])[order]] == ["P9", "P7"]
    save_settings(store, replace(load_settings(store), cards_per_parcel=10))
    names = [c.campaign.name for c in plan_cards(store, [order])[order]]
    assert names == ["P9", "P7", "P3", "P1", "Thanks"]  # the default card last


@pytest.mark.parametrize("cap", [0, 11, True, "2"])
def test_cards_per_parcel_is_checked(store, cap):
    with pytest.raises(BadInput, match="per parcel"):
        save_settings(store, replace(load_settings(store), cards_per_parcel=cap))


@pytest.mark.parametrize(
    ("language", "texts", "message"),
    [
        ("xx", (), "cannot be printed in 'xx'"),
        ("en", (CampaignText("xx", "Hi"),), "cannot be printed in 'xx'"),
        ("en", (CampaignText("en", "Hi"),), "own text is in en already"),
        (None, (CampaignText("de", "A"), CampaignText("de", "B")), "two texts in de"),
        (None, (CampaignText("de", "x" * 121),), r"Mugs \(de\): the headline"),
    ],
)
def test_texts_per_language_are_checked(store, language, texts, message):
    with pytest.raises(BadInput, match=message):
        add_campaign(
            store, Campaign("Mugs", headline="Hi", skus=("MUG-1",), language=language, texts=texts)
        )


def test_an_empty_text_is_removed(store):
    saved = add_campaign(
        store,
        Campaign(
            "Mugs",
            headline="Hi",
            skus=("MUG-1",),
            texts=(CampaignText("fr", " "), CampaignText("de", " Hallo ")),
        ),
    )
    assert saved.texts == (CampaignText("de", "Hallo"),)


def test_cli_campaign_add_and_edit_take_text_per_language(tmp_path, clock, monkeypatch, capsys):
    monkeypatch.setenv("SELLER_DESKTOP_PASSPHRASE", "correct horse battery staple")
    base = ["--data-dir", str(tmp_path / "D")]
    assert main([*base, "init"], clock=clock) == 0
    assert (
        main(
            [
                *base,
                "campaign-add",
                "Mugs",
                "--skus",
                "MUG-*",
                "--language",
                "en",
                "--headline",
                "Thank you",
                "--headline-ja",
                "ありがとう",
                "--body-ja",
                "またね",
                "--headline-de",
                "Danke",
            ],
            clock=clock,
        )
        == 0
    )
    edit = ["campaign-edit", "Mugs", "--headline-de", "", "--back-fr", "Merci", "--priority", "4"]
    assert main([*base, *edit, "--headline-en", "Thanks"], clock=clock) == 0
    assert "card text in: en, fr, ja" in capsys.readouterr().err
    from seller_desktop.core.session import open_store
    from seller_desktop.paths import resolve_paths

    opened = open_store(resolve_paths(tmp_path / "D"), "correct horse battery staple", clock)
    try:
        mugs = find_campaign(opened.store, "Mugs")
    finally:
        opened.store.close()
    assert (mugs.headline, mugs.language, mugs.priority) == ("Thanks", "en", 4)
    assert mugs.texts == (
        CampaignText("fr", back_text="Merci"),
        CampaignText("ja", "ありがとう", "またね"),
    )
    with pytest.raises(SystemExit):  # argparse: no such language flag
        main([*base, "campaign-edit", "Mugs", "--headline-xx", "?"], clock=clock)


def test_a_campaign_without_a_language_is_judged_by_its_text(store, tmp_path):
    """Campaigns made before languages were recorded: English text is never mirrored for an
    Arabic buyer nor given Japanese labels; Latin text for a German buyer keeps German labels
    (the two cannot be told apart); Arabic text reads right to left."""
    english = add_campaign(
        store, Campaign("Old", headline="Thanks", qr_url="https://example.com/p", skus=("MUG-1",))
    )
    add_generated_codes(store, english.saved_id, 5)
    for n, marketplace, expected in ((1, "AE", "en"), (2, "JP", "en"), (3, "DE", "de")):
        order = _order(store, n, marketplace)
        assert plan_cards(store, [order])[order][0].language == expected, marketplace
    order = _order(store, 4, "AE")
    path = write_pdf(tmp_path, cards_pdf(store, [order], "a6"))
    [card] = plan_cards(store, [order])[order]
    assert _headline_left_of_code(path, 1, card.code, ("Thanks",))
    save_campaign(store, replace(english, headline="شكرا لك"))
    order = _order(store, 5, "US")
    assert plan_cards(store, [order])[order][0].language == "ar"
