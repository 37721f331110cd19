"""``seller-desktop-cli self-test``: prove on this machine that the parts the app stands on work.

It uses its own temporary store, so it never needs (or touches) the seller's passphrase or data.
"""

from __future__ import annotations

import io
import secrets
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from seller_desktop.core.documents.fonts import BODY, BOLD, register_fonts
from seller_desktop.core.orders.model import Order, OrderItem
from seller_desktop.core.orders.repository import get_order, save_order
from seller_desktop.core.session import create_store, open_store
from seller_desktop.core.settings import Settings
from seller_desktop.paths import resolve_paths


@dataclass
class CheckResult:
    name: str
    ok: bool
    detail: str = ""


def render_test_page() -> bytes:
    """A one-page PDF in memory with text in several scripts the bundled font covers."""
    register_fonts()
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, initialFontName=BODY, initialFontSize=12)
    pdf.setFont(BOLD, 18)
    pdf.drawString(72, 770, "Seller Desktop self-test")
    pdf.setFont(BODY, 12)
    pdf.drawString(72, 740, "Grüße aus Köln · Zażółć gęślą jaźń · Ελληνικά · Русский")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _store_round_trip() -> str:
    with tempfile.TemporaryDirectory(prefix="sd-selftest-") as folder:
        paths = resolve_paths(Path(folder))
        passphrase = secrets.token_urlsafe(18)
        opened = create_store(paths, passphrase, Settings(business_name="Self-test"))
        save_order(
            opened.store,
            Order(
                order_id="SELFTEST-1",
                marketplace="US",
                purchased_at=opened.store.now_iso(),
                items=[OrderItem(order_item_id="1", sku="TEST-SKU", quantity=2)],
            ),
        )
        opened.store.close()
        if paths.store.read_bytes()[:16] == b"SQLite format 3\x00":
            raise AssertionError("the store was written unencrypted")
        reopened = open_store(paths, passphrase)
        order = get_order(reopened.store, "SELFTEST-1")
        reopened.store.close()
        if order is None or order.items[0].quantity != 2:
            raise AssertionError("the row read back differs from the row written")
        return "encrypted store: wrote and read an order"


def _pdf() -> str:
    data = render_test_page()
    if not data.startswith(b"%PDF") or b"/FontFile2" not in data:
        raise AssertionError("the PDF is malformed or its font is not embedded")
    return f"PDF: one page rendered, {len(data):,} bytes, font embedded"


CHECKS: dict[str, Callable[[], str]] = {"store": _store_round_trip, "pdf": _pdf}


def run_self_test() -> list[CheckResult]:
    results = []
    for name, check in CHECKS.items():
        try:
            results.append(CheckResult(name, True, check()))
        except Exception as err:  # noqa: BLE001 - every failure is reported, none is fatal here
            results.append(CheckResult(name, False, f"{type(err).__name__}: {err}"))
    return results
