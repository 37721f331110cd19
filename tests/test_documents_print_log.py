"""The pieces printing adds to the core: documents in steps (progress, same bytes), the print
log with reprint, print settings validated in the dataclass, the buyer-data export as a PDF."""

from __future__ import annotations

import os
import stat
from dataclasses import replace

import pytest
from documents_helpers import (
    add_order,
    buyers,
    check_contains,
    contact_of,
    fonts_embedded,
    logical_text,
    order_id,
    pdftotext,
    write_pdf,
)

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.base.steps import drain
from seller_desktop.core.documents import (
    LAYOUTS,
    SlipOptions,
    packing_slips_pdf,
    packing_slips_steps,
    pick_list_pdf,
    pick_list_steps,
)
from seller_desktop.core.documents.print_log import (
    KEEP_RUNS,
    get_print_run,
    print_runs,
    record_print_run,
    reprint_ids,
)
from seller_desktop.core.documents.subject import subject_export_pdf
from seller_desktop.core.orders.model import ContactDetails
from seller_desktop.core.privacy.erasure import subject_export
from seller_desktop.core.settings import LAYOUT_NAMES, Settings, load_settings, save_settings
from seller_desktop.core.store.events import recent_events


def _steps(generator):
    seen = []
    while True:
        try:
            seen.append(next(generator))
        except StopIteration as stop:
            return seen, stop.value


def test_slips_in_steps_report_progress_and_make_the_same_pdf(store, tmp_path):
    for n in range(45):
        add_order(store, n, contact=contact_of("de"))
    ids = [order_id(n) for n in range(45)]
    seen, data = _steps(packing_slips_steps(store, ids, SlipOptions(layout="4x6")))
    assert seen and all(total == 90 for _, total in seen)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    whole = packing_slips_pdf(store, ids, SlipOptions(layout="4x6"))
    # The same document (ReportLab stamps each file with its own id and time, so compare text).
    text = pdftotext(write_pdf(tmp_path, data))
    assert text == pdftotext(write_pdf(tmp_path, whole, "whole.pdf"))
    assert all(i in text for i in ids)
    seen, data = _steps(pick_list_steps(store, ids))
    assert seen[-1] == (46, 46)
    assert pdftotext(write_pdf(tmp_path, data, "p.pdf")) == pdftotext(
        write_pdf(tmp_path, pick_list_pdf(store, ids), "q.pdf")
    )


def test_closing_the_steps_early_is_harmless(store):
    for n in range(30):
        add_order(store, n)
    steps = packing_slips_steps(store, [order_id(n) for n in range(30)])
    next(steps)
    steps.close()
    with pytest.raises(BadInput):
        drain(packing_slips_steps(store, [order_id(1), "999-NOPE"]))


def test_print_log_records_lists_and_reprints(store, clock):
    for n in range(3):
        add_order(store, n)
    first = record_print_run(store, "slips", "a4-2up", "printer", [order_id(0), order_id(1)])
    clock.advance(__import__("datetime").timedelta(minutes=5))
    second = record_print_run(store, "pick_list", "letter", "pdf", [order_id(2)])
    runs = print_runs(store)
    assert [r.id for r in runs] == [second.id, first.id]
    assert runs[1].order_ids == (order_id(0), order_id(1)) and runs[1].layout == "a4-2up"
    assert runs[0].output == "pdf" and runs[0].document == "pick_list"
    assert get_print_run(store, first.id) == first
    assert reprint_ids(store, first) == [order_id(0), order_id(1)]
    kinds = [e.kind for e in recent_events(store, 5)]
    assert kinds[:2] == ["saved_pdf", "printed"]
    with pytest.raises(BadInput):
        record_print_run(store, "slips", "letter", "printer", [])
    gone = replace(first, order_ids=("000-0000000-0000000",))
    with pytest.raises(BadInput):
        reprint_ids(store, gone)


def test_print_log_keeps_card_runs(store):
    for n in range(3):
        add_order(store, n)
    cards = record_print_run(store, "cards", "letter-4up", "printer", [order_id(2), order_id(0)])
    both = record_print_run(store, "slips_cards", "4x6", "pdf", [order_id(1)])
    assert [(r.document, r.layout, r.order_ids) for r in print_runs(store)] == [
        ("slips_cards", "4x6", (order_id(1),)),
        ("cards", "letter-4up", (order_id(2), order_id(0))),
    ]
    assert reprint_ids(store, cards) == [order_id(2), order_id(0)]
    assert get_print_run(store, both.id) == both
    with pytest.raises(ValueError):
        record_print_run(store, "envelopes", "4x6", "printer", [order_id(1)])


def test_print_log_keeps_the_newest_runs(store):
    add_order(store, 1)
    for _ in range(KEEP_RUNS + 3):
        last = record_print_run(store, "slips", "letter", "printer", [order_id(1)])
    assert store.conn.execute("SELECT COUNT(*) FROM print_log").fetchone()[0] == KEEP_RUNS
    assert print_runs(store, 1)[0].id == last.id


def test_print_settings_validated_and_saved(store):
    assert set(LAYOUT_NAMES) == set(LAYOUTS)
    settings = replace(
        load_settings(store),
        slip_layout="4x6",
        pick_list_layout="a4",
        show_prices=True,
        footer_text="  Danke!\n  See you soon  ",
    )
    saved = save_settings(store, settings)
    assert saved.footer_text == "Danke! See you soon"
    again = load_settings(store)
    assert (again.slip_layout, again.pick_list_layout, again.show_prices, again.footer_text) == (
        "4x6",
        "a4",
        True,
        "Danke! See you soon",
    )
    assert Settings().footer_text is None and Settings().show_prices is False
    with pytest.raises(BadInput, match="layout"):
        Settings(slip_layout="a3").validated()
    with pytest.raises(BadInput, match="footer"):
        Settings(footer_text="x" * 201).validated()
    assert Settings(footer_text="").validated().footer_text == ""


def test_subject_export_pdf_reads_back_in_every_script(store, tmp_path):
    email = "buyer@example.com"
    keys = list(buyers())
    for n, key in enumerate(keys):
        name, street, city, postal, _, _ = buyers()[key]
        add_order(
            store,
            n,
            contact=ContactDetails(
                recipient_name=name,
                buyer_email=email,
                ship_address_1=street,
                ship_city=city,
                ship_postal_code=postal,
            ),
        )
    data = subject_export_pdf(subject_export(store, email))
    path = write_pdf(tmp_path, data)
    text = logical_text(pdftotext(path))
    for n, key in enumerate(keys):
        check_contains(text, order_id(n), f"order id of {key}")
        check_contains(text, logical_text(buyers()[key][0]), f"name of {key}")
    assert all(embedded for _, embedded in fonts_embedded(path))
    assert b"buyer@example.com" not in data.split(b"stream", 1)[0]  # not in the metadata


def test_cli_export_subject_pdf(tmp_path, clock, monkeypatch, capsys):
    from seller_desktop.cli import main

    monkeypatch.setenv("SELLER_DESKTOP_PASSPHRASE", "correct horse battery staple")
    data = tmp_path / "D"
    assert main(["--data-dir", str(data), "init"], clock=clock) == 0
    from seller_desktop.core.session import open_store
    from seller_desktop.paths import resolve_paths

    opened = open_store(resolve_paths(data), "correct horse battery staple", clock)
    add_order(
        opened.store,
        7,
        contact=ContactDetails(recipient_name="Zoë Lefèvre", buyer_email="zoe@example.fr"),
    )
    opened.store.close()
    out = tmp_path / "subject.pdf"
    assert (
        main(
            [
                "--data-dir",
                str(data),
                "export-subject",
                "--buyer-email",
                "zoe@example.fr",
                "--out",
                str(out),
                "--pdf",
            ],
            clock=clock,
        )
        == 0
    )
    capsys.readouterr()
    assert out.read_bytes().startswith(b"%PDF")
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = pdftotext(out)
    check_contains(text, "Zoë Lefèvre", "buyer name")
    check_contains(text, order_id(7), "order id")
