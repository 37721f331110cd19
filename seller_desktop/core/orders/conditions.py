"""An item's condition as the store keeps it: English text such as "New" or "Used – Very good".

Amazon names a listing's condition in two ways: the Orders API v2026-01-01 as
``product.condition`` (``/ItemCondition``: ``conditionType`` NEW, USED, COLLECTIBLE, REFURBISHED,
PREORDER, CLUB and ``conditionSubtype`` NEW, MINT, VERY_GOOD, GOOD, ACCEPTABLE, POOR, OPEN_BOX …),
older flat files as the ``item-condition`` column, a number from 1 to 11. Both become one text
here, so the store holds a single spelling and the packing slip translates it
(``documents.condition_labels``). It is about the product, not the buyer: not personal data.
"""

from __future__ import annotations

#: The separator between the condition's type and its subtype.
DASH = " – "

TYPES = {"NEW": "New", "USED": "Used", "COLLECTIBLE": "Collectible", "REFURBISHED": "Refurbished"}
#: Subtypes worth a word on the slip; NEW, ANY, OTHER, CLUB … add nothing to the type.
SUBTYPES = {
    "MINT": "Like new",
    "LIKE_NEW": "Like new",
    "VERY_GOOD": "Very good",
    "GOOD": "Good",
    "ACCEPTABLE": "Acceptable",
    "POOR": "Poor",
    "OPEN_BOX": "Open box",
}
#: The flat files' ``item-condition`` codes (9, "not used", names no condition).
REPORT_CODES = {
    "1": "Used – Like new",
    "2": "Used – Very good",
    "3": "Used – Good",
    "4": "Used – Acceptable",
    "5": "Collectible – Like new",
    "6": "Collectible – Very good",
    "7": "Collectible – Good",
    "8": "Collectible – Acceptable",
    "10": "Refurbished",
    "11": "New",
}
#: Longest condition text kept from a report (a damaged cell must not fill a slip).
MAX_CONDITION = 60


def condition_from_api(condition_type: object, subtype: object) -> str | None:
    """The stored text of an API ``ItemCondition``; None when the type is missing or unknown
    (PREORDER and CLUB say nothing about the item's state)."""
    kind = TYPES.get(str(condition_type).strip().upper()) if condition_type else None
    if kind is None:
        return None
    detail = SUBTYPES.get(str(subtype).strip().upper()) if subtype else None
    return f"{kind}{DASH}{detail}" if detail else kind


def condition_from_report(cell: str | None) -> str | None:
    """The stored text of an ``item-condition`` cell: a code 1–11, or a name in words
    ("Used - Very Good", "UsedVeryGood", "New"); other text is kept as given, shortened."""
    text = " ".join((cell or "").split())
    if not text:
        return None
    if text.isdigit():
        return REPORT_CODES.get(str(int(text)))
    key = _letters(text)
    for known in _KNOWN:
        if _letters(known) == key:
            return known
    return text[:MAX_CONDITION]


def _letters(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalpha())


_KNOWN = tuple(
    dict.fromkeys(
        list(TYPES.values())
        + [f"{kind}{DASH}{detail}" for kind in TYPES.values() for detail in SUBTYPES.values()]
    )
)
