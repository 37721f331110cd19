"""Every country has a name for the country line of a parcel abroad."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.orders.countries import COUNTRIES, country_line
from seller_desktop.core.orders.marketplaces import MARKETPLACES
from seller_desktop.core.settings import Settings

#: Countries Amazon ships to with a marketplace of their own, and a sample of the rest.
_SAMPLE = {
    "RU": "RUSSIA",
    "CN": "CHINA",
    "KR": "SOUTH KOREA",
    "TW": "TAIWAN",
    "HK": "HONG KONG",
    "IR": "IRAN",
    "CI": "CÔTE D'IVOIRE",
    "AX": "ÅLAND ISLANDS",
    "VG": "BRITISH VIRGIN ISLANDS",
    "CD": "DEMOCRATIC REPUBLIC OF THE CONGO",
    "GB": "UNITED KINGDOM",
    "US": "UNITED STATES",
    "ZW": "ZIMBABWE",
}


def test_every_marketplace_country_has_a_name():
    for code in MARKETPLACES:
        assert code in COUNTRIES, code
        assert country_line(code) == COUNTRIES[code].upper()


@pytest.mark.parametrize("code, line", sorted(_SAMPLE.items()))
def test_a_sample_of_countries(code, line):
    assert country_line(code) == line
    assert country_line(code.lower()) == line


def test_the_table_is_iso_3166_1():
    assert len(COUNTRIES) == 249
    assert all(len(code) == 2 and code.isascii() and code.isupper() for code in COUNTRIES)
    assert all(name and name == name.strip() for name in COUNTRIES.values())
    iso = Path("/usr/share/iso-codes/json/iso_3166-1.json")
    if iso.exists():  # Debian's iso-codes, where installed: the same codes
        codes = {c["alpha_2"] for c in json.loads(iso.read_text("utf-8"))["3166-1"]}
        assert codes == set(COUNTRIES)


def test_an_unknown_code_prints_as_it_came():
    assert country_line("xk") == "XK"


def test_ship_from_is_a_known_country_or_the_default_marketplace():
    assert Settings(default_marketplace="DE").ship_from == "DE"
    chosen = Settings(default_marketplace="DE", ship_from_country=" us ").validated()
    assert chosen.ship_from_country == "US"
    assert chosen.ship_from == "US"
    assert Settings(ship_from_country="").validated().ship_from == "US"
    for bad in ("XX", "USA", 3):
        with pytest.raises(BadInput, match="Ships from"):
            Settings(ship_from_country=bad).validated()  # type: ignore[arg-type]
