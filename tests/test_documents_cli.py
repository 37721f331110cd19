"""``slips`` and ``picklist`` end to end, in-process with the fixed clock: files, marks, exit codes."""

from __future__ import annotations

import json
import stat

import pytest
from documents_helpers import check_absent, page_size, pdfinfo, pdftotext
from fixtures.make_reports import PEOPLE


@pytest.fixture
def cli(cli_store):
    return cli_store(["de", "jp", "ar"])


def _ids(cli) -> list[str]:
    return [o["order_id"] for o in json.loads(cli("orders", "--json")[1])]


def test_slips_for_named_orders_mark_printed(cli, tmp_path):
    ids = _ids(cli)
    out = tmp_path / "slips.pdf"
    code, stdout, err = cli(
        "slips", "--out", str(out), "--layout", "4x6", "--mark-printed", ids[0], ids[1]
    )
    assert code == 0 and stdout == ""
    assert "2 orders" in err and "Marked 2 orders printed" in err
    for person in PEOPLE.values():
        check_absent(err, person.name, "a buyer name in the command's messages")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert page_size(out) == (288, 432)
    text = pdftotext(out)
    assert ids[0] in text and ids[1] in text and ids[2] not in text

    # --unprinted now leaves only the third order; marking twice changes nothing.
    code, _, err = cli("slips", "--out", str(out), "--unprinted", "--mark-printed")
    assert code == 0 and "1 orders" in err
    assert ids[2] in pdftotext(out) and pdfinfo(out)["Pages"] == "1"
    code, _, err = cli("slips", "--out", str(out), "--unprinted")
    assert code == 2 and "no unprinted open orders" in err


def test_slips_unshipped_with_prices_and_picklist(cli, tmp_path):
    out = tmp_path / "all.pdf"
    code, _, err = cli(
        "slips", "--out", str(out), "--unshipped", "--prices", "--layout", "a4-2up", "--footer", ""
    )
    assert code == 0, err
    assert page_size(out) == (595, 842) and pdfinfo(out)["Pages"] == "2"
    assert "Thank you" not in pdftotext(out)
    pick = tmp_path / "pick.pdf"
    code, _, err = cli("picklist", "--out", str(pick), "--unshipped", "--layout", "a4")
    assert code == 0, err
    text = pdftotext(pick)
    assert "Orders: 3" in text
    for person in PEOPLE.values():
        check_absent(text, person.name, "a buyer name on the pick list")


@pytest.mark.parametrize(
    "args, message",
    [
        (("--layout", "legal", "X"), "Unknown layout"),
        (("NOT-AN-ORDER",), "no order NOT-AN-ORDER"),
        ((), "Choose orders"),
    ],
)
def test_bad_input_exits_2_and_writes_nothing(cli, tmp_path, args, message):
    for name in ("slips", "picklist"):
        out = tmp_path / f"{name}.pdf"
        code, _, err = cli(name, "--out", str(out), *args)
        assert code == 2 and message in err
        assert not out.exists()


def test_ids_and_a_query_together_are_refused(cli, tmp_path):
    ids = _ids(cli)
    code, _, err = cli("slips", "--out", str(tmp_path / "x.pdf"), "--unshipped", ids[0])
    assert code == 2 and "not both" in err


def test_unshipped_with_nothing_open_exits_2(cli, tmp_path):
    for order_id in _ids(cli):
        assert cli("ship", order_id, "--date", "2026-11-28", "--carrier", "UPS")[0] == 0
    code, _, err = cli("picklist", "--out", str(tmp_path / "p.pdf"), "--unshipped")
    assert code == 2 and "no unshipped orders" in err
