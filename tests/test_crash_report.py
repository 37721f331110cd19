"""Crash reports and log lines keep what finds a bug and drop what names a customer."""

from __future__ import annotations

import logging
import sys

from seller_desktop.core.base.crash import crash_report, redact
from seller_desktop.core.base.logs import setup_logging

PII = ["Jürgen Groß", "jurgen.gross@example.de", "+49 89 1234567", "山田 太郎", "محمد العلي"]


def _boom():
    raise ValueError(
        f"could not print slip for '{PII[0]}' <{PII[1]}> tel {PII[2]} {PII[3]} {PII[4]}"
    )


def test_crash_report_has_versions_and_frames_but_no_contact_details():
    try:
        _boom()
    except ValueError:
        report = crash_report(*sys.exc_info())
    assert "Seller Desktop:" in report and "SQLCipher: 4." in report and "ReportLab:" in report
    assert "in _boom" in report and "ValueError" in report
    for value in PII + ["Jürgen", "Groß", "1234567", "山田"]:
        assert value not in report


def test_report_withholds_even_plain_ascii_names():
    message = "Label failed for John Smith, 12 Baker Street, London W1U 3BW"
    try:
        raise RuntimeError(message)  # the source line shows the code, the message is the data
    except RuntimeError:
        report = crash_report(*sys.exc_info())
    for value in ("John", "Smith", "Baker", "W1U"):
        assert value not in report
    assert "RuntimeError (message withheld" in report


def test_redact_passes_ids_and_numbers_only():
    assert redact("028-1234567-1234567") == "028-1234567-1234567"
    assert redact("SKU-12") == "SKU-12" and redact(42) == "42"
    for value in ("Smith", "John Smith", "a@b.de", "/home/jsmith/orders.txt", "Groß"):
        assert redact(value) == "<redacted>"


def test_log_file_redacts(tmp_path):
    path = setup_logging(tmp_path)
    logger = logging.getLogger("seller_desktop.test")
    logger.warning("imported order %s for %s", "028-1234567-1234567", PII[1])
    logger.warning("plain name %s", "Smith")
    logger.warning("%d orders, %.1f s, %s", 12, 0.25, "Smith")
    logger.warning("%d orders", "Smith")  # a wrong call must not crash logging or leak
    try:
        _boom()
    except ValueError:
        logger.error("crash:\n%s", crash_report(*sys.exc_info()))
    for h in logging.getLogger("seller_desktop").handlers:
        h.flush()
    text = path.read_text(encoding="utf-8")
    assert "imported order 028-1234567-1234567 for <redacted>" in text
    assert "plain name <redacted>" in text and "Smith" not in text
    assert "12 orders, 0.2 s, <redacted>" in text or "12 orders, 0.3 s, <redacted>" in text
    assert "%d orders (values withheld)" in text
    assert 'test_crash_report.py", line' in text  # the pre-redacted report keeps its file names
    for value in PII:
        assert value not in text
