"""Campaign results: redeemed codes read from what the seller typed or a file, recorded once per
code, unknown codes reported, and per campaign the cards printed, codes redeemed, rate and weeks."""

from __future__ import annotations

from datetime import date

import pytest

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.campaigns import (
    Campaign,
    Redeemed,
    add_campaign,
    campaign_results,
    import_claim_codes,
    parse_redemption_file,
    parse_typed,
    record_redemptions,
)
from seller_desktop.core.campaigns.codes import bind_codes

CODES = [f"BEAN-{n:04d}-XYZ" for n in range(10)]


def _campaign(store, name="Beans", codes=CODES, printed=4):
    """A campaign with a claim-code list whose first ``printed`` codes went out on cards."""
    saved = add_campaign(store, Campaign(name, headline=name, skus=(f"{name.upper()}-*",)))
    if codes:
        import_claim_codes(store, saved.saved_id, "\n".join(codes).encode(), "codes.txt")
    bind_codes(
        store,
        [(f"028-{n:07d}-{len(name)}", "SKU", saved.saved_id, codes[n]) for n in range(printed)],
    )
    return saved


# -- reading -------------------------------------------------------------------------------------


def test_typed_codes_one_per_line_or_separated_by_commas_and_spaces():
    typed = " bean-0001-xyz, BEAN-0002-XYZ;BEAN-0003-XYZ\n\nBEAN-0004-XYZ  BEAN-0001-XYZ\n"
    assert [r.code for r in parse_typed(typed)] == [
        "BEAN-0001-XYZ",
        "BEAN-0002-XYZ",
        "BEAN-0003-XYZ",
        "BEAN-0004-XYZ",
        "BEAN-0001-XYZ",  # repeats are the store's to count once
    ]
    with pytest.raises(BadInput, match="Line 2 of the typed codes is not a code"):
        parse_typed("BEAN-0001-XYZ\nthis is!")
    with pytest.raises(BadInput, match="at least one code"):
        parse_typed(" \n, ")


def test_csv_with_a_code_column_and_a_redeemed_date():
    data = (
        b"Title line the seller left in\n"
        b"Order,Claim Code,Redeemed on\n"
        b"1,BEAN-0001-XYZ,2026-11-24\n"
        b"2,,2026-11-25\n"  # an order without a code: skipped
        b'3,"bean-0002-xyz",2026-11-26T08:00:00Z\n'
        b"4,BEAN-0003-XYZ,03/04/2026\n"  # either month: no day rather than a wrong one
    )
    found, source = parse_redemption_file(data, "redeemed.csv")
    assert source == "csv"
    assert found == [
        Redeemed("BEAN-0001-XYZ", date(2026, 11, 24)),
        Redeemed("BEAN-0002-XYZ", date(2026, 11, 26)),
        Redeemed("BEAN-0003-XYZ", None),
    ]


@pytest.mark.parametrize(
    ("header", "day"),
    [
        ("Datum\tAktionscode", "24.11.2026"),  # German
        ("Date d'utilisation\tCode promotionnel", "2026-11-24"),  # French
        ("Fecha de canje\tCódigo promocional", "2026/11/24"),  # Spanish
        ("Data\tCodice promozionale", "24.11.2026"),  # Italian
        ("redemption-date\tpromotion-code", "2026-11-24"),
    ],
)
def test_tsv_with_localized_headers(header, day):
    data = f"{header}\n{day}\tBEAN-0005-XYZ\n".encode("utf-16")
    assert parse_redemption_file(data, "codes.txt") == (
        [Redeemed("BEAN-0005-XYZ", date(2026, 11, 24))],
        "csv",
    )


def test_a_report_from_seller_central_is_recorded_as_such_without_its_order_ids():
    data = (
        b"amazon-order-id\tpurchase-date\tsku\tclaim-code\n"
        b"028-1111111-2222222\t2026-11-24T10:00:00+00:00\tMUG-1\tBEAN-0006-XYZ\n"
        b"028-1111111-3333333\t2026-11-25T10:00:00+00:00\tMUG-1\t\n"
    )
    found, source = parse_redemption_file(data, "report.txt")
    assert source == "amazon_report"
    assert found == [Redeemed("BEAN-0006-XYZ", date(2026, 11, 24))]


def test_files_without_a_header_and_files_refused():
    assert parse_redemption_file(b"Claim Code\nBEAN-0001-XYZ\nBEAN-0002-XYZ\n", "a.txt") == (
        [Redeemed("BEAN-0001-XYZ"), Redeemed("BEAN-0002-XYZ")],
        "csv",
    )
    with pytest.raises(BadInput, match="orders.csv is a table without a code column"):
        parse_redemption_file(b"order-id,buyer-name\n028-1,Jane Doe\n", "orders.csv")
    with pytest.raises(BadInput, match="Line 3 of r.csv has no valid code") as refused:
        parse_redemption_file(b"Code,Date\nBEAN-0001-XYZ,\nJane Doe!,\n", "r.csv")
    assert "Jane" not in str(refused.value)  # a line's content is never repeated
    with pytest.raises(BadInput, match="not a text file"):
        parse_redemption_file(b"\x00\x01PK", "codes.zip")


# -- recording -----------------------------------------------------------------------------------


def test_unknown_codes_are_reported_and_not_counted_and_a_code_counts_once(store):
    beans = _campaign(store)
    other = _campaign(store, "Mugs", [f"MUGS-{n:04d}-XYZ" for n in range(3)], printed=1)
    typed = parse_typed("BEAN-0001-XYZ BEAN-0001-XYZ NOPE-0000 MUGS-0000-XYZ BEAN-0002-XYZ")
    result = record_redemptions(store, beans.saved_id, typed, "typed")
    assert (result.counted, result.known) == (2, 1)
    assert result.unknown == ("NOPE-0000", "MUGS-0000-XYZ")  # another campaign's code too
    again = record_redemptions(
        store, beans.saved_id, [Redeemed("BEAN-0002-XYZ", date(2026, 11, 24))], "csv"
    )
    assert (again.counted, again.known, again.unknown) == (0, 1, ())
    rows = store.conn.execute(
        "SELECT campaign_id, code, redeemed_on, source FROM redemptions ORDER BY code"
    ).fetchall()
    assert rows == [  # the day the first import lacked is filled in; the source stays
        (beans.saved_id, "BEAN-0001-XYZ", None, "typed"),
        (beans.saved_id, "BEAN-0002-XYZ", "2026-11-24", "typed"),
    ]
    by_name = {r.name: r for r in campaign_results(store)}
    assert (by_name["Mugs"].printed, by_name["Mugs"].redeemed) == (1, 0)
    assert other.saved_id == by_name["Mugs"].campaign_id


def test_results_printed_redeemed_rate_and_weeks(store, clock):
    beans = _campaign(store, printed=4)  # bound on the test clock's day, 2026-11-28
    _campaign(store, "Thanks", codes=[], printed=0)  # no codes: nothing printed to measure
    record_redemptions(
        store,
        beans.saved_id,
        [Redeemed("BEAN-0000-XYZ", date(2026, 11, 17)), Redeemed("BEAN-0001-XYZ")],
        "csv",
    )
    results = {r.name: r for r in campaign_results(store, weeks=3)}
    beans_result = results["Beans"]
    assert (beans_result.printed, beans_result.redeemed, beans_result.rate) == (4, 2, 0.5)
    assert [(w.start, w.printed, w.redeemed) for w in beans_result.weeks] == [
        (date(2026, 11, 9), 0, 0),
        (date(2026, 11, 16), 0, 1),
        (date(2026, 11, 23), 4, 1),  # no day given: the day it was imported
    ]
    thanks = results["Thanks"]
    assert (thanks.printed, thanks.redeemed, thanks.rate) == (0, 0, None)
