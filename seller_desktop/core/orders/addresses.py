"""The address block in the order the destination's post expects it.

A US carrier reads "New York, NY 10017", a British one the post town and the postcode on lines of
their own, a Japanese one "〒100-0001" and the prefecture before the street; most of Europe writes
"10115 Berlin". Amazon's reports give the parts apart (``ship-city``, ``ship-state``,
``ship-postal-code``, ``ship-country``), so the lines are put together here, once, for the slip,
the order detail pane and the address a seller copies. Countries not listed use the European
"postal code city" line, which is also what every earlier version printed.

Each format line is a sequence of (field, text after it) pairs; a missing field drops with its
text, so an order without a state reads "New York, 10017" rather than "New York,  10017".
With ``isolated`` each field is wrapped in a Unicode isolate (U+2068…U+2069), for printing: a
Hebrew city then keeps its place in a Latin template (see ``documents.visual_order``). Screens and
the clipboard get plain text.
"""

from __future__ import annotations

from typing import Protocol


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

#: The country line of a parcel abroad, in capitals as the post asks; a code not listed is printed
#: as it came (it is still the ISO code every carrier reads).
COUNTRY_NAMES = {
    "AE": "UNITED ARAB EMIRATES",
    "AR": "ARGENTINA",
    "AT": "AUSTRIA",
    "AU": "AUSTRALIA",
    "BE": "BELGIUM",
    "BG": "BULGARIA",
    "BR": "BRAZIL",
    "CA": "CANADA",
    "CH": "SWITZERLAND",
    "CL": "CHILE",
    "CN": "CHINA",
    "CO": "COLOMBIA",
    "CY": "CYPRUS",
    "CZ": "CZECH REPUBLIC",
    "DE": "GERMANY",
    "DK": "DENMARK",
    "EE": "ESTONIA",
    "EG": "EGYPT",
    "ES": "SPAIN",
    "FI": "FINLAND",
    "FR": "FRANCE",
    "GB": "UNITED KINGDOM",
    "GR": "GREECE",
    "HK": "HONG KONG",
    "HR": "CROATIA",
    "HU": "HUNGARY",
    "ID": "INDONESIA",
    "IE": "IRELAND",
    "IL": "ISRAEL",
    "IN": "INDIA",
    "IS": "ICELAND",
    "IT": "ITALY",
    "JP": "JAPAN",
    "KR": "SOUTH KOREA",
    "KW": "KUWAIT",
    "LI": "LIECHTENSTEIN",
    "LT": "LITHUANIA",
    "LU": "LUXEMBOURG",
    "LV": "LATVIA",
    "MC": "MONACO",
    "MT": "MALTA",
    "MX": "MEXICO",
    "MY": "MALAYSIA",
    "NL": "NETHERLANDS",
    "NO": "NORWAY",
    "NZ": "NEW ZEALAND",
    "PH": "PHILIPPINES",
    "PL": "POLAND",
    "PT": "PORTUGAL",
    "QA": "QATAR",
    "RO": "ROMANIA",
    "RS": "SERBIA",
    "SA": "SAUDI ARABIA",
    "SE": "SWEDEN",
    "SG": "SINGAPORE",
    "SI": "SLOVENIA",
    "SK": "SLOVAKIA",
    "TH": "THAILAND",
    "TR": "TURKEY",
    "TW": "TAIWAN",
    "UA": "UKRAINE",
    "US": "UNITED STATES",
    "VN": "VIETNAM",
    "ZA": "SOUTH AFRICA",
}


def _line(parts: tuple[Part, ...], values: dict[str, str], isolated: bool) -> str:
    present = [(values[field], after) for field, after in parts if values.get(field)]
    text = ""
    for n, (value, after) in enumerate(present):
        text += f"\u2068{value}\u2069" if isolated else value
        if n + 1 < len(present):
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
    going abroad from ``home`` (the marketplace's country) ends with its country's name."""
    before, after = _FORMATS.get((country or "").upper(), _DEFAULT)
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
    lines = [
        contact.recipient_name,
        contact.company_name,
        *town_before,
        contact.ship_address_1,
        contact.ship_address_2,
        contact.ship_address_3,
        *town_after,
    ]
    if country and home and country.upper() != home.upper():
        lines.append(COUNTRY_NAMES.get(country.upper(), country.upper()))
    return [line for line in lines if line]
