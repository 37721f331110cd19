"""Shared pieces of the document tests: invented buyers in many scripts, and the poppler tools.

Failures never print a document's text or a buyer's details: the helpers name the person key and
the line number only.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

import pytest
from debian_tools import require
from fixtures.make_reports import PEOPLE

from seller_desktop.core.orders.model import ContactDetails, Order, OrderItem
from seller_desktop.core.orders.repository import save_order

#: Bidi embedding/isolate marks that pdftotext puts around right-to-left words.
_BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")

#: (name, street, city, postal) for the scripts PEOPLE lacks.
EXTRA_PEOPLE = {
    "pl": ("Zażółć Gęślą-Jaźń", "ul. Świętokrzyska 18", "Łódź", "90-001", "PL"),
    "tr": ("Şükrü Çağlayan Öztürk", "İstiklal Caddesi No: 42", "İstanbul", "34433", "TR"),
    "he": ("דוד כהן", "רחוב הרצל", "תל אביב", "6100000", "DE"),
}


def buyers() -> dict[str, tuple[str, str, str, str, str, str | None]]:
    """key → (name, street, city, postal, marketplace, address line 2)."""
    found = {}
    for key in ("de", "ru", "gr", "ar", "jp"):
        p = PEOPLE[key]
        found[key] = (p.name, p.street, p.city, p.postal, p.country, p.extra.get("ship-address-2"))
    for key, (name, street, city, postal, market) in EXTRA_PEOPLE.items():
        found[key] = (name, street, city, postal, market, None)
    return found


def order_id(n: int) -> str:
    return f"{n:03d}-{1234567 + n:07d}-{7654321 - n:07d}"


def add_order(
    store,
    n: int,
    *,
    marketplace: str = "DE",
    contact: ContactDetails | None = None,
    items: list[OrderItem] | None = None,
    is_gift: bool = False,
    purchased_at: str = "2026-11-25T09:30:00Z",
    status: str = "unshipped",
    delivered_on: str | None = None,
    ship_country: str | None = None,
    ship_region: str | None = None,
    ship_service: str | None = "Standard",
) -> Order:
    order = Order(
        order_id=order_id(n),
        marketplace=marketplace,
        purchased_at=purchased_at,
        status=status,
        ship_service=ship_service,
        currency="EUR",
        is_gift=is_gift,
        delivered_on=delivered_on,
        ship_country=ship_country,
        ship_region=ship_region,
        items=items or [OrderItem(f"{n}-1", "MUG-BLUE", 2, "Coffee mug, blue", item_price="25.98")],
    )
    save_order(store, order, contact)
    return order


def contact_of(key: str) -> ContactDetails:
    name, street, city, postal, _, line2 = buyers()[key]
    return ContactDetails(
        recipient_name=name,
        ship_address_1=street,
        ship_address_2=line2,
        ship_city=city,
        ship_postal_code=postal,
    )


def need(tool: str) -> None:
    """Fails the test (with the apt command) where the tool is missing: see debian_tools."""
    require(tool)


def write_pdf(tmp_path: Path, data: bytes, name: str = "doc.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def pdftotext(path: Path, *extra: str) -> str:
    need("pdftotext")
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *extra, str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def bottom_line(path: Path, page: int, height: float = 30) -> str:
    """The text of the last ``height`` points of a page, on its own: a card's order line, read
    without the rest of the page (pdftotext judges the reading direction of the whole region, and
    a card's printed link is a long left-to-right run)."""
    need("pdfinfo")
    info = subprocess.run(
        ["pdfinfo", "-f", str(page), "-l", str(page), str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    size = next(line for line in info.splitlines() if line.startswith(f"Page {page:>4} size:"))
    width, _, tall = size.split(":", 1)[1].split()[:3]
    top = int(float(tall) - height)
    region = ("-x", "0", "-y", str(top), "-W", str(int(float(width))), "-H", str(int(height)))
    text = pdftotext(path, "-f", str(page), "-l", str(page), *region)
    return " ".join(text.split())


def logical_text(text: str) -> str:
    """pdftotext output made comparable: bidi marks dropped, NFKC (Arabic presentation forms →
    letters), runs of spaces as one."""
    text = unicodedata.normalize("NFKC", _BIDI_MARKS.sub("", text))
    return "\n".join(re.sub(r" +", " ", line).strip() for line in text.splitlines())


def pdfinfo(path: Path) -> dict[str, str]:
    need("pdfinfo")
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return {k.strip(): v.strip() for k, _, v in (ln.partition(":") for ln in out.splitlines())}


def page_size(path: Path) -> tuple[int, int]:
    match = re.match(r"([\d.]+) x ([\d.]+) pts", pdfinfo(path)["Page size"])
    assert match is not None
    return round(float(match.group(1))), round(float(match.group(2)))


def fonts_embedded(path: Path) -> list[tuple[str, bool]]:
    need("pdffonts")
    out = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    rows = []
    for line in out[2:]:
        parts = line.split()
        # name type... encoding emb sub uni object gen
        rows.append((parts[0], parts[-5] == "yes"))
    return rows


def check_contains(text: str, expected: str, what: str) -> None:
    """Fail with ``what`` only (never the texts: they hold invented personal data)."""
    if expected not in text:
        pytest.fail(f"{what} not found in the extracted text", pytrace=False)


def check_absent(text: str, unexpected: str, what: str) -> None:
    if unexpected in text:
        pytest.fail(f"{what} found in the extracted text", pytrace=False)
