"""Crash reports and log lines keep what finds a bug and drop what names a customer."""

from __future__ import annotations

import logging
import sys

from seller_desktop.core.crash import crash_report, redact
from seller_desktop.core.logs import setup_logging

PII = ["Jürgen Groß", "jurgen.gross@example.de", "+49 89 1234567", "山田 太郎", "محمد العلي"]


def _boom():
    raise ValueError(f"could not print slip for '{PII[0]}' <{PII[1]}> tel {PII[2]} {PII[3]} {PII[4]}")


def test_crash_report_has_versions_and_frames_but_no_contact_details():
    try:
        _boom()
    except ValueError:
        report = crash_report(*sys.exc_info())
    assert "Seller Desktop:" in report and "SQLCipher: 4." in report and "ReportLab:" in report
    assert "in _boom" in report and "ValueError" in report
    for value in PII + ["Jürgen", "Groß", "1234567", "山田"]:
        assert value not in report


def test_redact_keeps_plain_words():
    assert redact("store busy after 5 s") == "store busy after 5 s"
    assert "Groß" not in redact("name Groß")


def test_log_file_redacts(tmp_path):
    path = setup_logging(tmp_path)
    logging.getLogger("seller_desktop.test").warning("imported order for %s", PII[1])
    for h in logging.getLogger("seller_desktop").handlers:
        h.flush()
    text = path.read_text(encoding="utf-8")
    assert "imported order for" in text and PII[1] not in text
