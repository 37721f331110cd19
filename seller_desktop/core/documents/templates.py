"""The seller's document templates: which columns a packing slip and a pick list print, the
message and returns blocks of a slip, and the branding (logo, name, return address, footer) per
marketplace.

ShipStation and the WooCommerce PDF plugin let a seller shape their slips; a seller selling on
amazon.de and amazon.com wants the German shop's logo and return address on the German slips.
The templates are kept in the store's ``settings`` table (keys ``slip_template`` and
``pick_list_template``, JSON), beside the general settings, and both faces use them: the
printing page (with its live preview) and the CLI's ``template`` commands.

Prices stay ``Settings.show_prices`` and the general footer ``Settings.footer_text`` (they came
first, and the CLI's ``--prices`` and ``--footer`` override them per run); a marketplace's
branding overrides the general name, return address, logo and footer where it sets them.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, replace
from typing import TYPE_CHECKING, Any

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP
from seller_desktop.core.orders.marketplaces import MARKETPLACES
from seller_desktop.core.settings import MAX_FOOTER, MAX_LOGO_BYTES

if TYPE_CHECKING:
    from seller_desktop.core.settings import Settings
    from seller_desktop.core.store.store import Store

#: Columns a packing slip can show besides quantity and product (price: ``Settings.show_prices``).
SLIP_COLUMNS = ("sku", "asin", "condition", "image", "ean")
#: Columns a pick list can show besides quantity and product. A column no row has a value for
#: (no bins set, no images) is left out even when on: no empty columns.
PICK_LIST_COLUMNS = ("bin", "sku", "image", "ean")
#: The most characters of the message and the returns block.
MAX_BLOCK = 600


@dataclass(frozen=True)
class Branding:
    """What a slip of one marketplace says about the seller. Empty fields (None for the footer)
    fall back to the general settings."""

    business_name: str = ""
    return_address: str = ""
    #: PNG/JPEG bytes, base64; empty for the general logo.
    logo_base64: str = ""
    #: None: the general footer; "": no footer line; else this text.
    footer_text: str | None = None

    @property
    def logo(self) -> bytes:
        return base64.b64decode(self.logo_base64) if self.logo_base64 else b""

    def with_logo(self, data: bytes) -> Branding:
        return replace(self, logo_base64=base64.b64encode(data).decode("ascii") if data else "")


@dataclass(frozen=True)
class Sender:
    """The seller as one slip prints them: the general settings with the marketplace's branding
    laid over them."""

    business_name: str
    return_address: str
    logo: bytes
    footer_text: str | None


@dataclass(frozen=True)
class SlipTemplate:
    #: The optional columns shown, in ``SLIP_COLUMNS`` order.
    columns: tuple[str, ...] = ("sku", "asin")
    #: A message block under the items ("" for none), e.g. a note from the seller.
    message: str = ""
    #: A returns block under the items ("" for none): how to send something back.
    returns: str = ""
    #: Marketplace code → its branding.
    branding: Mapping[str, Branding] = field(default_factory=dict)

    def shows(self, column: str) -> bool:
        return column in self.columns

    def sender(self, settings: Settings, marketplace: str) -> Sender:
        """Who the slip of an order on ``marketplace`` comes from."""
        brand = self.branding.get(marketplace, Branding())
        return Sender(
            brand.business_name or settings.business_name,
            brand.return_address or settings.return_address,
            brand.logo or settings.logo,
            settings.footer_text if brand.footer_text is None else brand.footer_text,
        )

    def validated(self) -> SlipTemplate:
        columns = _columns(
            self.columns, SLIP_COLUMNS, QT_TRANSLATE_NOOP("SellerError", "Packing slips")
        )
        branding: dict[str, Branding] = {}
        for code, brand in dict(self.branding).items():
            if isinstance(brand, Mapping):
                brand = Branding(**brand)
            branding[_marketplace(code)] = _validated_branding(brand)
        return SlipTemplate(
            columns,
            _block(self.message, QT_TRANSLATE_NOOP("SellerError", "The message block")),
            _block(self.returns, QT_TRANSLATE_NOOP("SellerError", "The returns block")),
            {code: branding[code] for code in sorted(branding)},
        )


@dataclass(frozen=True)
class PickListTemplate:
    #: The optional columns shown, in ``PICK_LIST_COLUMNS`` order.
    columns: tuple[str, ...] = ("bin", "sku")
    #: Under each product, which orders take how many (for sorting into parcels).
    per_order: bool = False

    def shows(self, column: str) -> bool:
        return column in self.columns

    def validated(self) -> PickListTemplate:
        if not isinstance(self.per_order, bool):
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "SellerError", "Pick lists: the per-order breakdown is on or off."
                )
            )
        return PickListTemplate(
            _columns(
                self.columns, PICK_LIST_COLUMNS, QT_TRANSLATE_NOOP("SellerError", "Pick lists")
            ),
            self.per_order,
        )


@dataclass(frozen=True)
class Templates:
    slip: SlipTemplate = SlipTemplate()
    pick_list: PickListTemplate = PickListTemplate()


_SLIP_KEY = "slip_template"
_PICK_KEY = "pick_list_template"


def load_templates(store: Store) -> Templates:
    """The stored templates; a damaged or hand-edited one falls back to the default (printing
    must not stop over a template)."""
    rows = dict(
        store.conn.execute(
            "SELECT key, value FROM settings WHERE key IN (?, ?)", (_SLIP_KEY, _PICK_KEY)
        ).fetchall()
    )
    slip = _load(rows.get(_SLIP_KEY), SlipTemplate)
    pick = _load(rows.get(_PICK_KEY), PickListTemplate)
    return Templates(slip, pick)


def save_templates(store: Store, templates: Templates) -> Templates:
    """Check and store both templates; BadInput (nothing stored) when one is not valid."""
    checked = Templates(templates.slip.validated(), templates.pick_list.validated())
    slip = asdict(checked.slip)
    with store.transaction() as conn:
        conn.executemany(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [
                (_SLIP_KEY, json.dumps(slip, ensure_ascii=False)),
                (_PICK_KEY, json.dumps(asdict(checked.pick_list))),
            ],
        )
    return checked


def _load(raw: str | None, kind: type[SlipTemplate] | type[PickListTemplate]) -> Any:
    if raw is None:
        return kind()
    try:
        values = json.loads(raw)
        if "columns" in values:
            values["columns"] = tuple(values["columns"])
        return kind(**values).validated()
    except (BadInput, TypeError, ValueError, AttributeError):
        return kind()


def _columns(columns: Any, allowed: tuple[str, ...], what: str) -> tuple[str, ...]:
    if isinstance(columns, str) or not isinstance(columns, (tuple, list)):
        raise BadInput(
            QT_TRANSLATE_NOOP("SellerError", "{what}: give the columns as a list, e.g. {names}."),
            what=what,
            names=", ".join(allowed),
        )
    unknown = [c for c in columns if c not in allowed]
    if unknown:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError", "{what}: unknown column {column!r}; use one of {names}."
            ),
            what=what,
            column=unknown[0],
            names=", ".join(allowed),
        )
    return tuple(c for c in allowed if c in columns)


def _marketplace(code: Any) -> str:
    cleaned = str(code).strip().upper()
    if cleaned not in MARKETPLACES:
        raise BadInput(
            QT_TRANSLATE_NOOP("SellerError", "Unknown marketplace {code!r}; use one of {codes}."),
            code=code,
            codes=", ".join(sorted(MARKETPLACES)),
        )
    return cleaned


def _block(text: Any, what: str) -> str:
    if not isinstance(text, str):
        raise BadInput(QT_TRANSLATE_NOOP("SellerError", "{what} must be text."), what=what)
    lines = [" ".join(line.split()) for line in text.strip().splitlines()]
    cleaned = "\n".join(lines)
    if len(cleaned) > MAX_BLOCK:
        raise BadInput(
            QT_TRANSLATE_NOOP("SellerError", "{what} can have at most {limit} characters."),
            what=what,
            limit=MAX_BLOCK,
        )
    return cleaned


def _validated_branding(brand: Branding) -> Branding:
    for value in (brand.business_name, brand.return_address, brand.logo_base64):
        if not isinstance(value, str):
            raise BadInput(QT_TRANSLATE_NOOP("SellerError", "Branding: every field must be text."))
    if len(brand.business_name.strip()) > 120:
        raise BadInput(
            QT_TRANSLATE_NOOP("SellerError", "The business name can have at most 120 characters.")
        )
    if len(brand.logo_base64) * 3 // 4 > MAX_LOGO_BYTES:
        raise BadInput(
            QT_TRANSLATE_NOOP("SellerError", "The logo is too large: choose an image under 2 MB.")
        )
    footer = brand.footer_text
    if footer is not None:
        if not isinstance(footer, str):
            raise BadInput(QT_TRANSLATE_NOOP("SellerError", "The footer line must be text."))
        footer = " ".join(footer.split())
        if len(footer) > MAX_FOOTER:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "SellerError", "The footer line can have at most {limit} characters."
                ),
                limit=MAX_FOOTER,
            )
    return Branding(
        brand.business_name.strip(), brand.return_address.strip(), brand.logo_base64, footer
    )
