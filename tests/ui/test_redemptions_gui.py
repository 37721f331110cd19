"""Redemptions… on the Campaigns page: a CSV imported through the dialog updates the rate in the
campaigns table and the chart's data; typed codes, unknown codes and repeats are reported."""

from __future__ import annotations

from datetime import date

from seller_desktop.core.campaigns import Campaign, add_campaign, import_claim_codes
from seller_desktop.core.campaigns.codes import bind_codes
from seller_desktop.ui.campaigns.page import CampaignsPage

CODES = [f"BEAN-{n:04d}-XYZ" for n in range(10)]
PRINTED, REDEEMED, RATE = 5, 6, 7  # the table's columns


def _page_with_campaign(qtbot, store):
    saved = add_campaign(store, Campaign("Beans", headline="Beans", skus=("BEAN-*",)))
    import_claim_codes(store, saved.saved_id, "\n".join(CODES).encode(), "codes.txt")
    bind_codes(store, [(f"028-000000{n}-1", "BEAN-1", saved.saved_id, CODES[n]) for n in range(4)])
    page = CampaignsPage(store, "Test Shop")
    qtbot.addWidget(page)
    page.show()
    page.select(saved.saved_id)
    return page


def test_a_csv_imported_through_the_dialog_updates_the_rate_and_the_chart(qtbot, store, tmp_path):
    page = _page_with_campaign(qtbot, store)
    assert [page.table.item(0, c).text() for c in (PRINTED, REDEEMED, RATE)] == ["4", "0", "0.0%"]
    dialog = page.open_redemptions()
    assert dialog is not None and dialog.isVisible()
    assert dialog.chart.weeks()[-1] == (date(2026, 11, 23), 4, 0)  # the test clock's week
    report = tmp_path / "redeemed.csv"
    report.write_text(
        "Claim Code,Redeemed on\nBEAN-0000-XYZ,2026-11-17\nBEAN-0001-XYZ,2026-11-24\n"
        "NOPE-0001,2026-11-24\n",
        encoding="utf-8",
    )
    result = dialog.import_file(report)
    assert result is not None and (result.counted, result.known) == (2, 0)
    assert [page.table.item(0, c).text() for c in (PRINTED, REDEEMED, RATE)] == ["4", "2", "50.0%"]
    assert dialog.chart.weeks()[-2:] == [(date(2026, 11, 16), 0, 1), (date(2026, 11, 23), 4, 1)]
    assert "Week of 2026-11-16: 0 printed, 1 redeemed." in dialog.chart.accessibleDescription()
    assert "Counted 2 code(s)." in dialog.message.text()
    assert dialog.unknown.isVisibleTo(dialog) and dialog.unknown.toPlainText() == "NOPE-0001"
    assert "50.0%" in dialog.figures.text()

    dialog.typed.setPlainText("bean-0001-xyz, BEAN-0002-XYZ")
    again = dialog.count_typed()
    assert again is not None and (again.counted, again.known, again.unknown) == (1, 1, ())
    assert dialog.typed.toPlainText() == "" and not dialog.unknown.isVisibleTo(dialog)
    assert page.table.item(0, RATE).text() == "75.0%"


def test_bad_input_is_reported_in_the_dialog_and_nothing_changes(qtbot, store, tmp_path):
    page = _page_with_campaign(qtbot, store)
    dialog = page.open_redemptions()
    dialog.typed.setPlainText("BEAN-0001-XYZ\nnot a code!")
    assert dialog.count_typed() is None
    assert "Line 2 of the typed codes" in dialog.message.text()
    assert dialog.import_file(tmp_path / "missing.csv") is None
    assert "could not be read" in dialog.message.text()
    assert page.table.item(0, REDEEMED).text() == "0"


def test_a_campaign_without_codes_shows_no_rate(qtbot, store):
    add_campaign(store, Campaign("Thanks", headline="Thank you", is_default=True))
    page = CampaignsPage(store, "Test Shop")
    qtbot.addWidget(page)
    assert [page.table.item(0, c).text() for c in (PRINTED, REDEEMED, RATE)] == ["0", "0", "–"]
