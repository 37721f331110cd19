"""campaign-redemptions and campaign-results: what is counted, exit codes, the JSON document."""

from __future__ import annotations

import io
import json

import pytest

from seller_desktop.cli import main
from seller_desktop.core.campaigns import find_campaign
from seller_desktop.core.campaigns.codes import bind_codes
from seller_desktop.core.session import open_store
from seller_desktop.paths import resolve_paths

PASSPHRASE = "correct horse battery staple"
CODES = [f"BEAN-{n:04d}-XYZ" for n in range(8)]


@pytest.fixture
def cli(tmp_path, clock, monkeypatch, capsys):
    """A store with the campaign "Beans" (8 claim codes, the first 4 printed on cards) and
    "Thanks" (no codes)."""
    monkeypatch.setenv("SELLER_DESKTOP_PASSPHRASE", PASSPHRASE)
    data = tmp_path / "D"

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--data-dir", str(data), *args], clock=clock)
        out, err = capsys.readouterr()
        return code, out, err

    assert run("init")[0] == 0
    assert run("campaign-add", "Beans", "--skus", "BEAN-*", "--headline", "Beans")[0] == 0
    assert run("campaign-add", "Thanks", "--default", "--headline", "Thank you")[0] == 0
    codes = tmp_path / "claim.txt"
    codes.write_text("\n".join(CODES), encoding="utf-8")
    assert run("campaign-codes", "Beans", str(codes))[0] == 0
    opened = open_store(resolve_paths(data), PASSPHRASE, clock)
    beans = find_campaign(opened.store, "Beans").saved_id
    bind_codes(opened.store, [(f"028-000000{n}-1", "BEAN-1", beans, CODES[n]) for n in range(4)])
    opened.store.close()
    return run


def test_redemptions_from_a_file_and_stdin_then_the_results(cli, tmp_path, monkeypatch):
    report = tmp_path / "redeemed.csv"
    report.write_text(
        "Datum;Aktionscode\n21.11.2026;BEAN-0000-XYZ\n24.11.2026;BEAN-0001-XYZ\n;NOPE-0001\n",
        encoding="utf-8",
    )
    code, out, err = cli("campaign-redemptions", "Beans", str(report))
    assert code == 0, err
    assert "Counted 2 redeemed codes for 'Beans'; 0 already known." in err
    assert "Not codes of this campaign, not counted (1):\n  NOPE-0001" in err

    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"BEAN-0001-XYZ\nBEAN-0002-XYZ")))
    code, _, err = cli("campaign-redemptions", "beans", "-")
    assert code == 0, err
    assert "Counted 1 redeemed codes for 'Beans'; 1 already known." in err
    assert "Not codes" not in err

    code, out, err = cli("campaign-results", "--json")
    assert code == 0, err
    results = {r["name"]: r for r in json.loads(out)}
    assert set(results["Beans"]) == {"name", "printed", "redeemed", "rate", "weeks"}
    assert (results["Beans"]["printed"], results["Beans"]["redeemed"]) == (4, 3)
    assert results["Beans"]["rate"] == 0.75
    weeks = results["Beans"]["weeks"]
    assert len(weeks) == 12 and weeks[-1] == {"week": "2026-11-23", "printed": 4, "redeemed": 2}
    assert weeks[-2] == {"week": "2026-11-16", "printed": 0, "redeemed": 1}
    assert results["Thanks"]["printed"] == 0 and results["Thanks"]["rate"] is None

    code, out, _ = cli("campaign-results")
    assert code == 0
    beans_line = next(line for line in out.splitlines() if line.startswith("Beans"))
    assert beans_line.split() == ["Beans", "4", "3", "75.0%"]
    assert next(line for line in out.splitlines() if line.startswith("Thanks")).split()[-1] == "-"


def test_unreadable_input_exits_2_and_records_nothing(cli, tmp_path):
    code, _, err = cli("campaign-redemptions", "Beans", str(tmp_path / "missing.csv"))
    assert code == 2 and "Cannot read missing.csv" in err
    orders = tmp_path / "orders.txt"
    orders.write_text("order-id\tbuyer-name\n1\tJane Doe\n", encoding="utf-8")
    code, _, err = cli("campaign-redemptions", "Beans", str(orders))
    assert code == 2 and "without a code column" in err and "Jane" not in err
    good = tmp_path / "good.txt"
    good.write_text("BEAN-0000-XYZ\n", encoding="utf-8")
    code, _, err = cli("campaign-redemptions", "Nobody", str(good))
    assert code == 2 and "Nobody" in err
    results = json.loads(cli("campaign-results", "--json")[1])
    assert [r["redeemed"] for r in results] == [0, 0]
