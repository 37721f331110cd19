"""The wording checker on campaigns and before cards print: every language version of a card is
checked; a print run whose cards break Amazon's review rules is refused without an override (no
file, no code bound), printed with one, and the reason is in the print log; warnings never stop a
print; a clean run logs no reason."""

from __future__ import annotations

import pytest
from documents_helpers import add_order

from seller_desktop.cli import main
from seller_desktop.core.campaigns import Campaign, CampaignText, add_campaign
from seller_desktop.core.campaigns.codes import add_generated_codes
from seller_desktop.core.campaigns.model import list_campaigns
from seller_desktop.core.campaigns.printing import plan_cards
from seller_desktop.core.campaigns.wording_gate import (
    WordingBlocked,
    card_findings,
    check_campaign,
    gate,
)
from seller_desktop.core.documents.print_log import print_runs
from seller_desktop.core.orders.model import OrderItem

PASSPHRASE = "correct horse battery staple"  # the store fixture's (conftest)
FIVE_STARS = "Gefällt es Ihnen? Dann freuen wir uns über 5 Sterne!"


def _campaign(store, name: str, sku: str, **fields) -> Campaign:
    add_campaign(store, Campaign(name, skus=(sku,), **fields))
    return next(c for c in list_campaigns(store) if c.name == name)


def test_every_language_version_and_the_qr_link_are_checked(store) -> None:
    campaign = _campaign(
        store,
        "Thanks",
        "MUG-*",
        language="en",
        headline="Thank you for your order!",
        body="We'd love your honest feedback.",
        qr_url="https://example-shop.com/care",
        texts=(CampaignText("de", "Danke!", FIVE_STARS),),
    )
    found = check_campaign(campaign)
    errors = [f for f in found if f.is_error]
    assert {(f.field, f.language) for f in errors} == {("body", "de")}
    assert {f.finding.rule for f in errors} == {"review_gating", "positive_review"}
    assert all("5 Sterne" in f.words for f in errors)
    assert [(f.field, f.finding.rule) for f in found if not f.is_error] == [
        ("qr_url", "outside_link")
    ]


def test_the_cards_of_a_run_are_checked_in_the_language_they_print_in(store) -> None:
    _campaign(
        store,
        "Thanks",
        "MUG-*",
        language="en",
        headline="Thank you!",
        body="Enjoy your mug.",
        texts=(CampaignText("de", "Danke!", FIVE_STARS),),
    )
    us = add_order(store, 1, items=[OrderItem("1-1", "MUG-1", 1, "Mug")], marketplace="US")
    de = add_order(store, 2, items=[OrderItem("2-1", "MUG-1", 1, "Mug")], marketplace="DE")
    assert card_findings(plan_cards(store, [us.order_id])) == []
    german = plan_cards(store, [de.order_id])
    with pytest.raises(WordingBlocked) as refused:
        gate(german, None)
    assert "Thanks" in str(refused.value) and "--override-wording" in str(refused.value)
    with pytest.raises(WordingBlocked):
        gate(german, "   ")  # a blank reason is none
    assert {f.language for f in gate(german, "checked with Amazon")} == {"de"}


@pytest.fixture
def cli_shop(store, tmp_path, clock, monkeypatch, capsys):
    bad = _campaign(
        store, "Stars", "STAR-*", headline="Thanks!", body="Please leave 5 stars ⭐⭐⭐⭐⭐"
    )
    fine = _campaign(
        store, "Link", "LINK-*", headline="Thanks!", body="Care tips: www.example-shop.com"
    )
    for campaign in (bad, fine):
        assert campaign.id is not None
        add_generated_codes(store, campaign.id, 5)
    star = add_order(store, 1, items=[OrderItem("1-1", "STAR-1", 1, "Star mug")]).order_id
    link = add_order(store, 2, items=[OrderItem("2-1", "LINK-1", 1, "Link mug")]).order_id
    store.close()
    monkeypatch.setenv("SELLER_DESKTOP_PASSPHRASE", PASSPHRASE)

    def cli(*args: str) -> tuple[int, str]:
        code = main(["--data-dir", str(tmp_path / "data"), *args], clock=clock)
        return code, capsys.readouterr().err

    return cli, star, link


def _bound_codes(tmp_path, clock) -> int:
    from seller_desktop.core.session import open_store
    from seller_desktop.paths import resolve_paths

    opened = open_store(resolve_paths(tmp_path / "data"), PASSPHRASE, clock)
    try:
        bound = opened.store.conn.execute(
            "SELECT COUNT(*) FROM campaign_codes WHERE order_id IS NOT NULL"
        ).fetchone()[0]
        return int(bound)
    finally:
        opened.store.close()


def _runs(tmp_path, clock):
    from seller_desktop.core.session import open_store
    from seller_desktop.paths import resolve_paths

    opened = open_store(resolve_paths(tmp_path / "data"), PASSPHRASE, clock)
    try:
        return print_runs(opened.store)
    finally:
        opened.store.close()


@pytest.mark.parametrize("command", [("cards",), ("slips", "--with-cards")])
def test_cli_refuses_cards_with_errors_without_an_override(
    cli_shop, tmp_path, clock, command
) -> None:
    cli, star, _link = cli_shop
    out = tmp_path / "out.pdf"
    code, err = cli(*command, "--out", str(out), star)
    assert code == 2 and "breaks Amazon's rules on reviews" in err and "Stars" in err
    assert not out.exists() and _bound_codes(tmp_path, clock) == 0 and _runs(tmp_path, clock) == []
    code, err = cli(
        *command, "--out", str(out), "--override-wording", "reviewed by my lawyer", star
    )
    assert code == 0, err
    assert out.exists() and _bound_codes(tmp_path, clock) == 1
    [run] = _runs(tmp_path, clock)
    assert run.wording_override == "reviewed by my lawyer"


def test_cli_prints_warnings_and_logs_no_reason_when_none_was_needed(
    cli_shop, tmp_path, clock
) -> None:
    cli, _star, link = cli_shop
    out = tmp_path / "cards.pdf"
    code, err = cli("cards", "--out", str(out), "--override-wording", "just in case", link)
    assert code == 0, err  # a link outside Amazon is a warning: it never stops a print
    [run] = _runs(tmp_path, clock)
    assert run.wording_override is None
