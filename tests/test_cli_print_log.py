"""The CLI's PDFs go into the print log like the GUI's *Save as PDF…*: document kind, layout, the
order ids in print order, output "pdf" — and only once the file is written."""

from __future__ import annotations

import json

import pytest
from documents_helpers import check_absent, pdftotext
from fixtures.make_reports import PEOPLE

from seller_desktop.core.documents.print_log import print_runs, reprint_ids
from seller_desktop.core.orders.repository import get_order
from seller_desktop.core.session import open_store
from seller_desktop.core.store.events import recent_events
from seller_desktop.paths import resolve_paths


@pytest.fixture
def cli(cli_store):
    return cli_store(["de", "jp", "ar"])


@pytest.fixture
def runs(tmp_path, clock, passphrase):
    """``runs()``: the print log as the GUI would read it (the CLI's store, opened anew)."""

    def read(what=print_runs):
        opened = open_store(resolve_paths(tmp_path / "D"), passphrase, clock)
        try:
            return what(opened.store)
        finally:
            opened.store.close()

    return read


def _ids(cli) -> list[str]:
    return [o["order_id"] for o in json.loads(cli("orders", "--json")[1])]


def test_slips_are_logged_with_their_ids_kind_and_layout(cli, runs, tmp_path):
    ids = _ids(cli)
    out = tmp_path / "slips.pdf"
    code, _, err = cli("slips", "--out", str(out), "--layout", "4x6", ids[2], ids[0])
    assert code == 0, err
    [run] = runs()
    assert run.document == "slips" and run.layout == "4x6" and run.output == "pdf"
    assert run.order_ids == (ids[2], ids[0])  # print order, as given
    assert f"print run {run.id}" in err
    text = pdftotext(out)
    assert ids[2] in text and ids[0] in text
    # Reprint (the Print page) finds the run's orders; nothing was marked printed.
    assert runs(lambda store: reprint_ids(store, print_runs(store)[0])) == [ids[2], ids[0]]
    assert runs(lambda store: [get_order(store, i).printed_at for i in ids]) == [None] * 3
    # The event log says a PDF was saved, with counts only.
    events = runs(lambda store: [(e.kind, e.detail) for e in recent_events(store)])
    assert ("saved_pdf", f"slips (4x6), 2 orders, print run {run.id}") in events
    for person in PEOPLE.values():
        check_absent(err, person.name, "a buyer name in the command's messages")


def test_mark_printed_marks_and_logs(cli, runs, tmp_path):
    ids = _ids(cli)
    code, _, err = cli("slips", "--out", str(tmp_path / "s.pdf"), "--unprinted", "--mark-printed")
    assert code == 0 and "Marked 3 orders printed" in err
    [run] = runs()
    assert sorted(run.order_ids) == sorted(ids) and run.document == "slips"
    assert run.layout == "letter"  # the default
    assert all(runs(lambda store: [get_order(store, i).printed_at is not None for i in ids]))
    # --unprinted now finds nothing: refused, and no second run.
    code, _, err = cli("slips", "--out", str(tmp_path / "s.pdf"), "--unprinted")
    assert code == 2 and len(runs()) == 1


def test_pick_list_and_cards_are_logged_as_their_kinds(cli, runs, tmp_path):
    ids = _ids(cli)
    code, _, err = cli(
        "picklist", "--out", str(tmp_path / "pick.pdf"), "--unshipped", "--layout", "a4"
    )
    assert code == 0, err
    code, _, err = cli("campaign-add", "Thanks", "--default", "--headline", "Thank you")
    assert code == 0, err
    code, _, err = cli("cards", "--out", str(tmp_path / "cards.pdf"), "--layout", "4x6", ids[1])
    assert code == 0, err
    assert "Thank you" in pdftotext(tmp_path / "cards.pdf")
    code, _, err = cli("slips", "--out", str(tmp_path / "sc.pdf"), "--with-cards", ids[0])
    assert code == 0, err
    with_cards, cards, pick = runs()  # newest first
    assert (pick.document, pick.layout, pick.output) == ("pick_list", "a4", "pdf")
    assert sorted(pick.order_ids) == sorted(ids)
    assert (cards.document, cards.layout, cards.order_ids) == ("cards", "4x6", (ids[1],))
    # Slips followed by their cards are a kind apart, so that a Reprint brings the cards back.
    assert (with_cards.document, with_cards.layout, with_cards.order_ids) == (
        "slips_cards",
        "letter",
        (ids[0],),
    )


@pytest.mark.parametrize(
    "command", [("slips", "--mark-printed"), ("slips", "--with-cards"), ("picklist",), ("cards",)]
)
def test_a_file_that_cannot_be_written_logs_nothing(cli, runs, tmp_path, command):
    ids = _ids(cli)
    if command[0] == "cards" or "--with-cards" in command:
        assert cli("campaign-add", "Thanks", "--default", "--headline", "Thank you")[0] == 0
    out = tmp_path / "no such folder" / "out.pdf"
    code, _, err = cli(*command, "--out", str(out), "--unshipped")
    assert code == 2 and f"Cannot write {out.name}" in err
    assert not out.exists()
    assert runs() == []
    assert runs(lambda store: [get_order(store, i).printed_at for i in ids]) == [None] * 3
