"""The ship bench's print job (core/labels/bench_print.py) through `labels --with-slips`: per
order its label, its slip (and cards), in the order given; on paper the label and the slip on one
sheet; orders without a label left out and named; printed at 203 dpi, both barcodes decode.

Labels are bought from the fake Amazon with realistic labels (tests/amazon/fake_label.py: 4x6 at
203 dpi with the tracking id's Code 128)."""

from __future__ import annotations

import re
import subprocess

import pytest
from documents_helpers import need, page_size, pdfinfo, pdftotext
from labels_buy_helpers import ORDERS, RATE, cli_env, fake_server, opened

from seller_desktop.core.campaigns import Campaign, add_campaign
from seller_desktop.core.documents.print_log import print_runs
from seller_desktop.core.documents.print_request import LABELS, PrintRequest, reprint_request
from seller_desktop.core.labels.documents import documents
from seller_desktop.core.orders.repository import get_order
from seller_desktop.core.settings import load_settings

LETTER = (612, 792)


@pytest.fixture
def fake():
    for server in fake_server():
        server.shipping.realistic_labels = True
        yield server


@pytest.fixture
def env(tmp_path, monkeypatch, capsys, fake, own_temp):
    return cli_env(tmp_path, monkeypatch, capsys, fake)


def _buy(env, *order_ids: str) -> None:
    code, _, err = env("rates", *order_ids)
    assert code == 0, err
    for order_id in order_ids:
        code, _, err = env("buy-label", order_id, "--rate", RATE)
        assert code == 0, err


def _image_pages(path) -> list[int]:
    """The page of each image in the PDF (pdfimages -list)."""
    need("pdfimages")
    lines = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    return [int(line.split()[0]) for line in lines]


def _page_text(path, page: int) -> str:
    return pdftotext(path, "-f", str(page), "-l", str(page))


def test_4x6_each_label_then_its_slip_in_the_order_given(env, tmp_path) -> None:
    _buy(env, ORDERS[0], ORDERS[2])
    out = tmp_path / "bench.pdf"
    code, _, err = env("labels", "--out", str(out), "--with-slips", ORDERS[2], ORDERS[1], ORDERS[0])
    assert code == 0, err
    assert f"{ORDERS[1]}: no bought label; left out." in err
    assert pdfinfo(out)["Pages"] == "4"
    assert pdfinfo(out)["Page size"].startswith("288 x 432 pts")
    assert _image_pages(out) == [1, 3]  # the labels; the slips' barcodes are drawn, not images
    for page, order_id in ((2, ORDERS[2]), (4, ORDERS[0])):
        assert order_id in _page_text(out, page)  # its slip
    for page in (1, 3):
        assert _page_text(out, page).strip() == ""  # a label image only
    with opened(tmp_path, env.clock) as store:
        for order_id in (ORDERS[0], ORDERS[2]):
            (doc,) = documents(store, order_id)
            assert doc.printed_at  # the label printed, and with the slip the order too
            order = get_order(store, order_id)
            assert order is not None and order.printed_at
        order = get_order(store, ORDERS[1])
        assert order is not None and not order.printed_at
        (run,) = print_runs(store)
        assert (run.document, run.layout, run.order_ids) == (
            "labels_slips",
            "4x6",
            (ORDERS[2], ORDERS[0]),
        )
        again = reprint_request(run, list(run.order_ids), load_settings(store))
        assert (again.document, again.layout, again.with_slips, again.with_cards) == (
            LABELS,
            "4x6",
            True,
            False,
        )


def test_letter_puts_label_and_slip_on_one_sheet(env, tmp_path) -> None:
    _buy(env, *ORDERS[:2])
    out = tmp_path / "letter.pdf"
    code, _, err = env(
        "labels", "--out", str(out), "--with-slips", "--layout", "letter", *ORDERS[:2]
    )
    assert code == 0, err
    assert pdfinfo(out)["Pages"] == "2"
    assert page_size(out) == LETTER
    assert _image_pages(out) == [1, 2]
    for page, order_id in ((1, ORDERS[0]), (2, ORDERS[1])):
        bbox = pdftotext(out, "-bbox", "-f", str(page), "-l", str(page))
        tops = [float(y) for y in re.findall(rf'yMin="([\d.]+)"[^>]*>{order_id}<', bbox)]
        assert tops and min(tops) > LETTER[1] / 2  # the slip in the lower half (pdftotext: y down)
    need("pdfimages")
    listing = subprocess.run(
        ["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2]
    width, height = (int(v) for v in listing.split()[3:5])
    assert (width, height) == (812, 1218)  # the label image itself, at its 203 dpi


def test_cards_follow_each_orders_slip_on_4x6(env, tmp_path) -> None:
    _buy(env, *ORDERS[:2])
    with opened(tmp_path, env.clock) as store:
        add_campaign(store, Campaign("Mugs", headline="Enjoy your mug", skus=("MUG",)))
    out = tmp_path / "cards.pdf"
    code, _, err = env("labels", "--out", str(out), "--with-slips", "--with-cards", *ORDERS[:2])
    assert code == 0, err
    assert pdfinfo(out)["Pages"] == "6"
    assert _image_pages(out)[:1] == [1] and 4 in _image_pages(out)
    texts = [_page_text(out, page) for page in range(1, 7)]
    assert "Enjoy your mug" in texts[2] and "Enjoy your mug" in texts[5]
    assert ORDERS[0] in texts[1] and ORDERS[0] in texts[2]
    assert ORDERS[1] in texts[4] and ORDERS[1] in texts[5]
    with opened(tmp_path, env.clock) as store:
        assert print_runs(store)[0].document == "labels_slips_cards"


def test_no_order_with_a_label_is_refused_and_nothing_written(env, tmp_path) -> None:
    out = tmp_path / "none.pdf"
    code, _, err = env("labels", "--out", str(out), "--with-slips", ORDERS[0])
    assert code == 2
    assert "no labels to print" in err
    assert not out.exists()


def test_the_request_reads_only_and_names_the_orders_left_out(env, tmp_path) -> None:
    _buy(env, ORDERS[1])
    request = PrintRequest(
        document="labels", order_ids=ORDERS, layout="a4", with_cards=False, with_slips=True
    )
    with opened(tmp_path, env.clock) as store:
        steps = request.steps(store)
        progress = []
        while True:
            try:
                progress.append(next(steps))
            except StopIteration as stop:
                rendered = stop.value
                break
        (doc,) = documents(store, ORDERS[1])
        assert doc.printed_at is None
    assert progress == [(0, 1), (1, 1)]
    assert rendered.left_out == (ORDERS[0], ORDERS[2])
    assert rendered.data.startswith(b"%PDF")
    assert request.log_document == "labels_slips"


def test_a_4x6_pair_at_203_dpi_decodes_both_barcodes(env, tmp_path) -> None:
    need("pdftoppm")
    need("zbarimg")
    _buy(env, ORDERS[0])
    out = tmp_path / "pair.pdf"
    code, _, err = env("labels", "--out", str(out), "--with-slips", ORDERS[0])
    assert code == 0, err
    with opened(tmp_path, env.clock) as store:
        (doc,) = documents(store, ORDERS[0])
    prefix = tmp_path / "dots"
    subprocess.run(["pdftoppm", "-r", "203", "-mono", str(out), str(prefix)], check=True)
    label, slip = sorted(tmp_path.glob("dots-*.pbm"))
    found = []
    for page in (label, slip):
        result = subprocess.run(["zbarimg", "-q", str(page)], capture_output=True, text=True)
        found.append(result.stdout.split())
    assert f"CODE-128:{doc.tracking_id}" in found[0]
    assert f"CODE-128:{ORDERS[0]}" in found[1]
