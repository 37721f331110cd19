"""The address block in the order the destination's post expects it.

A US carrier reads "New York, NY 10017", a British one the post town and the postcode on lines of
their own, a Japanese one "〒100-0001" and the prefecture before the street; most of Europe writes
"10115 Berlin". Amazon's reports give the parts apart (``ship-city``, ``ship-state``,
``ship-postal-code``, ``ship-country``), so the lines are put together here, once, for the slip,
the order detail pane and the address a seller copies. Countries not listed use the European
"postal code city" line, which is also what every earlier version printed.

China, Taiwan, Hong Kong, Korea and Japan write an address in their own script from the large to
the small: postal code, province or prefecture, city, district and street, and only then the
organisation and the person (UPU, "Postal addressing systems in member countries" for CN, HK, JP,
KR and TW; Japan Post's and Korea Post's guidance for inbound mail, which ask for the address in
the local script where the sender has it). An address is put in that order only when its street
lines are written in that script (``native_script``); the same countries' addresses in Latin
letters keep the Western order their carriers read them in (a Japanese one keeps the JP lines
below: prefecture and city before the street).

Each format line is a sequence of (field, text after it) pairs; a missing field drops with its
text, so an order without a state reads "New York, 10017" rather than "New York,  10017".
With ``isolated`` each field is wrapped in a Unicode isolate (U+2068…U+2069), for printing: a
Hebrew city then keeps its place in a Latin template (see ``documents.visual_order``). Screens and
the clipboard get plain text.
"""

from __future__ import annotations

from typing import Protocol

from seller_desktop.core.orders.countries import country_line


class ShipTo(Protocol):
    """The parts of an order's contact details an address block is made of (``ContactDetails``
    has them; this module needs nothing else of the order model, which calls it)."""

    recipient_name: str | None
    company_name: str | None
    ship_address_1: str | None
    ship_address_2: str | None
    ship_address_3: str | None
    ship_city: str | None
    ship_postal_code: str | None


Part = tuple[str, str]
#: (lines before the street lines, lines after them), by ISO country code.
_FORMATS: dict[str, tuple[tuple[tuple[Part, ...], ...], tuple[tuple[Part, ...], ...]]] = {
    "US": ((), ((("city", ", "), ("region", " "), ("postal", "")),)),
    "CA": ((), ((("city", " "), ("region", " "), ("postal", "")),)),
    "AU": ((), ((("city", " "), ("region", " "), ("postal", "")),)),
    "GB": ((), ((("city", ""),), (("postal", ""),))),
    "IE": ((), ((("city", ""),), (("region", ""),), (("postal", ""),))),
    "IN": ((), ((("city", " "), ("postal", "")), (("region", ""),))),
    "SG": ((), ((("city", " "), ("postal", "")),)),
    "BR": ((), ((("city", " - "), ("region", "")), (("postal", ""),))),
    "MX": ((), ((("postal", " "), ("city", ", "), ("region", "")),)),
    "IT": ((), ((("postal", " "), ("city", " "), ("region", "")),)),
    "JP": (((("postal_mark", ""),), (("region", ""), ("city", ""))), ()),
}
_DEFAULT = ((), ((("postal", " "), ("city", "")),))

#: Town lines before the street lines of an address written in its country's own script; the
#: company and the recipient's name follow the street lines. A Korean region and city are written
#: with a space ("서울특별시 종로구"), Chinese and Japanese ones run together ("广东省深圳市").
_CHINESE: tuple[tuple[Part, ...], ...] = ((("postal", ""),), (("region", ""), ("city", "")))
_NATIVE: dict[str, tuple[tuple[Part, ...], ...]] = {
    "CN": _CHINESE,
    "TW": _CHINESE,
    "HK": _CHINESE,
    "KR": ((("postal", ""),), (("region", " "), ("city", ""))),
    "JP": _FORMATS["JP"][0],
}

_HAN = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x3134F))
_KANA = ((0x3040, 0x30FF), (0x31F0, 0x31FF), (0xFF66, 0xFF9F))
_HANGUL = ((0x1100, 0x11FF), (0x3130, 0x318F), (0xAC00, 0xD7AF))
#: The scripts that make an address "native" for its country: Han for Chinese, kana or Han for
#: Japanese, Hangul (or the Han characters some Korean addresses still carry) for Korean.
_SCRIPTS = {
    "CN": _HAN,
    "TW": _HAN,
    "HK": _HAN,
    "JP": _HAN + _KANA,
    "KR": _HANGUL + _HAN,
}


def native_script(country: str | None, street: list[str | None]) -> bool:
    """Whether ``street`` (the street lines) is written in the script of ``country`` (CN, TW,
    HK, JP, KR only): then the address reads from the postal code down to the recipient."""
    ranges = _SCRIPTS.get((country or "").upper())
    if ranges is None:
        return False
    return any(
        low <= ord(char) <= high for line in street if line for char in line for low, high in ranges
    )


def _line(parts: tuple[Part, ...], values: dict[str, str], isolated: bool) -> str:
    present = [(values[field], after) for field, after in parts if values.get(field)]
    text = ""
    for n, (value, after) in enumerate(present):
        text += f"\u2068{value}\u2069" if isolated else value
        if n + 1 < len(present):
            # Run-together parts stay apart where Latin letters meet ("Guangdong Shenzhen").
            if not after and (value[-1].isascii() or present[n + 1][0][0].isascii()):
                after = " "
            text += after
    return text


def address_lines(
    contact: ShipTo,
    country: str | None = None,
    region: str | None = None,
    *,
    home: str | None = None,
    isolated: bool = False,
) -> list[str]:
    """Name, company, the street lines and the town lines in the destination's order; empty
    parts left out. ``region`` is the state/prefecture/province of the order (kept on the order,
    not with the contact details, because it is coarse enough to stay after the wipe). A parcel
    going abroad from ``home`` (the country it leaves from: the seller's ship-from country) ends
    with its country's name, in capitals, on the last line (UPU S42), whatever the order above it.
    A Chinese, Korean or Japanese address in its own script puts the town lines first and the
    company and the name last (module docstring)."""
    code = (country or "").upper()
    street = [contact.ship_address_1, contact.ship_address_2, contact.ship_address_3]
    native = native_script(code, street)
    before, after = (_NATIVE[code], ()) if native else _FORMATS.get(code, _DEFAULT)
    # A region alone is not a place to deliver to: with neither city nor postal code, no town line.
    if not (contact.ship_city or contact.ship_postal_code):
        region = None
    values = {
        "city": contact.ship_city or "",
        "region": region or "",
        "postal": contact.ship_postal_code or "",
        "postal_mark": f"〒{contact.ship_postal_code}" if contact.ship_postal_code else "",
    }
    town_before = [_line(parts, values, isolated) for parts in before]
    town_after = [_line(parts, values, isolated) for parts in after]
    addressee = [contact.recipient_name, contact.company_name]
    if native:  # the organisation, then the person in it, as the large-to-small order goes on
        lines = [*town_before, *street, contact.company_name, contact.recipient_name]
    else:
        lines = [*addressee, *town_before, *street, *town_after]
    if code and home and code != home.upper():
        lines.append(country_line(code))
    return [line for line in lines if line]
