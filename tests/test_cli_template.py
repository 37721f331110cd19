"""``seller-desktop-cli template``: show both templates, change the slip's columns and blocks, a
marketplace's branding and the pick list; bad input exits 2 with nothing changed."""

from __future__ import annotations

import json
import struct
import zlib

import pytest

from seller_desktop.core.documents.templates import load_templates
from seller_desktop.core.session import open_store
from seller_desktop.paths import resolve_paths


def _png() -> bytes:
    """A 1×1 PNG written by hand (zlib + CRCs)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(b"\x00\x1f\x4e\x79"))
        + chunk(b"IEND", b"")
    )


@pytest.fixture
def cli(cli_store):
    return cli_store(["de"])


@pytest.fixture
def stored(tmp_path, clock, passphrase):
    """``stored()``: the templates as the GUI would read them (the store opened anew)."""

    def read():
        opened = open_store(resolve_paths(tmp_path / "D"), passphrase, clock)
        try:
            return load_templates(opened.store)
        finally:
            opened.store.close()

    return read


def test_show_prints_the_defaults(cli):
    code, out, _ = cli("template", "show")
    assert code == 0
    assert "Packing slip" in out and "columns: sku, asin" in out
    assert "message: (none)" in out
    assert "Pick list" in out and "columns: bin, sku" in out
    assert "per-order breakdown: off" in out


def test_slip_columns_message_and_returns_are_stored(cli, stored):
    code, _, err = cli(
        "template",
        "slip",
        "--columns",
        "ean, SKU,condition",
        "--message",
        "Thanks for buying from us!",
        "--returns",
        "Send it back within 30 days\\nwith this slip",
    )
    assert code == 0, err
    assert "Saved the packing slip template" in err
    slip = stored().slip
    assert slip.columns == ("sku", "condition", "ean")  # in the slip's own order
    assert slip.message == "Thanks for buying from us!"
    assert slip.returns == "Send it back within 30 days\nwith this slip"
    # Left out: unchanged.
    assert cli("template", "slip", "--message", "")[0] == 0
    assert stored().slip.columns == ("sku", "condition", "ean") and stored().slip.message == ""
    assert cli("template", "slip", "--columns", "")[0] == 0
    assert stored().slip.columns == ()


def test_branding_per_marketplace_with_logo(cli, stored, tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(_png())
    code, _, err = cli(
        "template",
        "branding",
        "de",
        "--name",
        "Mein Laden",
        "--return-address",
        "Hauptstr. 1\\n10115 Berlin",
        "--logo",
        str(logo),
        "--footer",
        "Danke!",
    )
    assert code == 0, err
    brand = stored().slip.branding["DE"]
    assert brand.business_name == "Mein Laden"
    assert brand.return_address == "Hauptstr. 1\n10115 Berlin"
    assert brand.logo == _png() and brand.footer_text == "Danke!"
    code, out, _ = cli("template", "show")
    assert "branding DE:" in out and f"logo: {len(_png())} bytes" in out
    assert "return address: Hauptstr. 1 / 10115 Berlin" in out
    document = json.loads(cli("template", "show", "--json")[1])
    assert document["slip"]["branding"]["DE"]["logo_bytes"] == len(_png())
    assert "logo_base64" not in document["slip"]["branding"]["DE"]
    # --no-logo and --general-footer fall back to the general settings; --remove drops it all.
    assert cli("template", "branding", "DE", "--no-logo", "--general-footer")[0] == 0
    brand = stored().slip.branding["DE"]
    assert brand.logo == b"" and brand.footer_text is None and brand.business_name == "Mein Laden"
    assert cli("template", "branding", "DE", "--remove")[0] == 0
    assert stored().slip.branding == {}


def test_picklist_columns_and_per_order(cli, stored):
    assert cli("template", "picklist", "--columns", "image,bin", "--per-order")[0] == 0
    pick = stored().pick_list
    assert pick.columns == ("bin", "image") and pick.per_order is True
    assert cli("template", "picklist", "--no-per-order")[0] == 0
    assert stored().pick_list == type(pick)(("bin", "image"), False)
    code, out, _ = cli("template", "show")
    assert "columns: bin, image" in out


@pytest.mark.parametrize(
    "args, words",
    [
        (("slip", "--columns", "sku,price"), "unknown column 'price'"),
        (("picklist", "--columns", "asin"), "unknown column 'asin'"),
        (("slip", "--message", "x" * 601), "at most 600 characters"),
        (("branding", "XX", "--name", "A"), "Unknown marketplace 'XX'"),
        (("branding", "DE", "--footer", "x" * 300), "footer line can have at most"),
        (("branding", "DE", "--remove", "--name", "A"), "--remove takes no other option"),
    ],
)
def test_bad_input_exits_2_and_changes_nothing(cli, stored, args, words):
    before = stored()
    code, _, err = cli("template", *args)
    assert code == 2 and words in err
    assert stored() == before


def test_a_logo_that_is_no_image_is_refused(cli, stored, tmp_path):
    text = tmp_path / "logo.png"
    text.write_text("not an image")
    code, _, err = cli("template", "branding", "DE", "--logo", str(text))
    assert code == 2 and "not a PNG or JPEG" in err
    assert stored().slip.branding == {}
    code, _, err = cli("template", "branding", "DE", "--logo", str(tmp_path / "missing.png"))
    assert code == 2 and "Cannot read the logo" in err
