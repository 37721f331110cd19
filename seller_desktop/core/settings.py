"""The seller's settings, declared in one typed place with their defaults and limits.

They live in the encrypted store (the return address and business name are the seller's, but no
one else's business). Secrets are never settings. Window geometry is the GUI's own concern and is
kept apart (QSettings), because it holds no data.
"""

from __future__ import annotations

import base64
import json
import re
from dataclasses import asdict, dataclass, fields, replace
from typing import TYPE_CHECKING

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP
from seller_desktop.core.orders.countries import COUNTRIES
from seller_desktop.core.orders.marketplaces import MARKETPLACES

if TYPE_CHECKING:
    from seller_desktop.core.store.store import Store

MAX_RETENTION_DAYS = 30  # Amazon's Data Protection Policy: at most 30 days after delivery
#: Marketplaces whose sellers print on US Letter; everyone else uses A4.
LETTER_MARKETPLACES = frozenset({"US", "CA", "MX"})
MAX_LOGO_BYTES = 2_000_000
#: Tax-archive periods the app accepts, in years (e.g. 10 in Germany, 6 in the UK).
TAX_ARCHIVE_YEARS_RANGE = (1, 30)
MAX_FOOTER = 200
#: The longest carrier or ship service remembered for the next shipment.
MAX_SHIP_TEXT = 100
#: The most insert cards the seller can have put in one parcel.
MAX_CARDS = 10
#: The layout names of ``documents.layouts.LAYOUTS`` (kept here so that loading settings does not
#: import ReportLab; a test checks both lists agree).
_HEX_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
LAYOUT_NAMES = ("letter", "a4", "letter-2up", "a4-2up", "4x6", "4x8", "100x150", "a6")


@dataclass(frozen=True)
class Settings:
    business_name: str = ""
    return_address: str = ""
    default_marketplace: str = "US"
    #: The ISO code of the country parcels leave from (where the return address is): an address
    #: anywhere else gets its country's line. "" means the default marketplace's country.
    ship_from_country: str = ""
    #: PNG/JPEG bytes, base64 in the store; empty for none.
    logo_base64: str = ""
    idle_lock_minutes: int = 15
    retention_days: int = MAX_RETENTION_DAYS
    #: Tax-archive rule (off by default: nothing is kept past the deadline unless the seller says
    #: the law requires it). Orders of these marketplaces keep their invoice fields, sealed, ...
    tax_archive_marketplaces: tuple[str, ...] = ()
    #: ... and so do business orders, of any marketplace, when this is on ...
    tax_archive_business_orders: bool = False
    #: ... for this many years after the end of the year of the sale.
    tax_archive_years: int = 10
    #: Printing: the page layout of packing slips and of pick lists (``LAYOUT_NAMES``) ...
    slip_layout: str = "letter"
    pick_list_layout: str = "letter"
    #: ... item prices on slips (never on gift orders, whatever this says) ...
    show_prices: bool = False
    #: ... and the slip's footer line: None for "Thank you for your order!" in the slip's
    #: language, "" for no footer line, any other text as it is.
    footer_text: str | None = None
    #: Insert cards: at most this many in one parcel, those of the highest-priority campaigns.
    cards_per_parcel: int = 1
    #: Amazon: sync every this many minutes while the window is open (0: only when asked) ...
    amazon_sync_minutes: int = 15
    #: ... and whether the seller was told that orders come without names and addresses (the
    #: app lacks Amazon's restricted role): told once, not after every sync.
    amazon_no_role_told: bool = False
    #: Insert cards: the brand colour of the headline, accent bar and border (``#RRGGBB``, "" for
    #: none) and whether cards have a border.
    card_colour: str = ""
    card_border: bool = False
    #: Mark shipped: the carrier and ship service last used, offered again next time (the same
    #: carrier ships most parcels). Kept with the store, not the machine: it belongs to this
    #: seller's business, not to one computer; it holds no personal data.
    ship_carrier: str = ""
    ship_service: str = ""
    #: Labels bought through Amazon: where the carrier picks up, as Amazon's address fields (the
    #: free-text return address cannot be split into them reliably in every country); the name
    #: is the business name, the country ``ship_from``. The seller's own address, no buyer's.
    ship_from_street: str = ""
    ship_from_street2: str = ""
    ship_from_city: str = ""
    ship_from_region: str = ""
    ship_from_postal_code: str = ""
    ship_from_phone: str = ""
    #: The rate chosen by default: "CARRIER_ID/SERVICE_ID" when offered, else the cheapest that
    #: meets Amazon's delivery promise ("" : always that).
    label_preferred_service: str = ""
    #: Review requests (``core.reviews``): SKUs whose buyers are never asked ...
    review_excluded_skus: tuple[str, ...] = ()
    #: ... and whether orders with a refund or return, a cancellation the buyer asked for, or a
    #: delivery later than promised are left out of the queue.
    review_exclude_refunds: bool = True
    review_exclude_cancel_requests: bool = True
    review_exclude_late: bool = False
    #: Ask every eligible order of a connected marketplace once a day while the app is open (the
    #: Reviews page keeps the log). Off until the seller turns it on.
    review_auto_daily: bool = False
    #: Days from shipping to delivery per ship service level, for orders without promised
    #: delivery dates: "Standard=5, Expedited=3" overrides ``reviews.window.TRANSIT_DAYS``.
    review_transit_days: str = ""

    def __post_init__(self) -> None:
        # JSON gives a list back; keep the frozen dataclass comparable and hashable.
        if isinstance(self.tax_archive_marketplaces, list):
            object.__setattr__(
                self, "tax_archive_marketplaces", tuple(self.tax_archive_marketplaces)
            )
        if isinstance(self.review_excluded_skus, list):
            object.__setattr__(self, "review_excluded_skus", tuple(self.review_excluded_skus))

    @property
    def tax_archive_on(self) -> bool:
        """Whether the tax-archive rule can apply to any order at all."""
        return bool(self.tax_archive_marketplaces) or self.tax_archive_business_orders

    @property
    def ship_from(self) -> str:
        """The country parcels leave from: the one chosen, or the default marketplace's."""
        return self.ship_from_country or self.default_marketplace

    @property
    def logo(self) -> bytes:
        return base64.b64decode(self.logo_base64) if self.logo_base64 else b""

    def with_logo(self, data: bytes) -> Settings:
        return replace(self, logo_base64=base64.b64encode(data).decode("ascii") if data else "")

    def with_regional_paper(self) -> Settings:
        """Letter paper for sellers in North America, A4 everywhere else (a new store's default)."""
        paper = "letter" if self.default_marketplace in LETTER_MARKETPLACES else "a4"
        return replace(self, slip_layout=paper, pick_list_layout=paper)

    def validated(self) -> Settings:
        """The same settings, or BadInput naming the field and what is allowed."""
        if len(self.business_name.strip()) > 120:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "SellerError", "The business name can have at most 120 characters."
                )
            )
        if self.default_marketplace not in MARKETPLACES:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "SellerError", "Unknown marketplace {code!r}; use one of {codes}."
                ),
                code=self.default_marketplace,
                codes=", ".join(sorted(MARKETPLACES)),
            )
        ship_from = self._validated_ship_from()
        if not 0 <= self.idle_lock_minutes <= 24 * 60:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "SellerError", "Lock after idle: between 0 (never) and 1440 minutes."
                )
            )
        if not 1 <= self.retention_days <= MAX_RETENTION_DAYS:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "SellerError",
                    "Contact details can be kept between 1 and {limit} days after delivery "
                    "(Amazon's Data Protection Policy allows no more).",
                ),
                limit=MAX_RETENTION_DAYS,
            )
        if len(self.logo_base64) * 3 // 4 > MAX_LOGO_BYTES:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "SellerError", "The logo is too large: choose an image under 2 MB."
                )
            )
        footer = self._validated_printing()
        self._validate_amazon()
        self._validate_shipping()
        self._validate_reviews()
        return replace(
            self,
            card_colour=self._validated_card_design(),
            business_name=self.business_name.strip(),
            ship_from_country=ship_from,
            return_address=self.return_address.strip(),
            tax_archive_marketplaces=self._validated_tax_archive(),
            footer_text=footer,
        )

    def _validated_ship_from(self) -> str:
        """The ship-from country as an upper-case ISO code ("" for the default marketplace's)."""
        code = self.ship_from_country
        if not isinstance(code, str) or code.strip().upper() not in {"", *COUNTRIES}:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "SellerError",
                    "Ships from: unknown country code {code!r}; use a two-letter ISO code such "
                    "as US or DE (or leave it empty for the default marketplace's country).",
                ),
                code=code,
            )
        return code.strip().upper()

    def _validated_printing(self) -> str | None:
        """The printing fields checked (page layouts, prices, cards per parcel); the footer line as
        it is stored."""
        for what, layout in (
            (QT_TRANSLATE_NOOP("SellerError", "Packing slips"), self.slip_layout),
            (QT_TRANSLATE_NOOP("SellerError", "Pick lists"), self.pick_list_layout),
        ):
            if layout not in LAYOUT_NAMES:
                raise BadInput(
                    QT_TRANSLATE_NOOP(
                        "SellerError", "{what}: unknown page layout {layout!r}; use one of {names}."
                    ),
                    what=what,
                    layout=layout,
                    names=", ".join(LAYOUT_NAMES),
                )
        cards = self.cards_per_parcel
        if isinstance(cards, bool) or not isinstance(cards, int) or not 1 <= cards <= MAX_CARDS:
            raise BadInput(
                QT_TRANSLATE_NOOP("SellerError", "Insert cards per parcel: between 1 and {limit}."),
                limit=MAX_CARDS,
            )
        if not isinstance(self.show_prices, bool):
            raise BadInput(QT_TRANSLATE_NOOP("SellerError", "Prices on packing slips: on or off."))
        footer = self.footer_text
        if footer is not None:
            if not isinstance(footer, str):
                raise BadInput(QT_TRANSLATE_NOOP("SellerError", "The footer line must be text."))
            footer = " ".join(footer.split())  # one line: no line breaks, no runs of spaces
            if len(footer) > MAX_FOOTER:
                raise BadInput(
                    QT_TRANSLATE_NOOP(
                        "SellerError", "The footer line can have at most {limit} characters."
                    ),
                    limit=MAX_FOOTER,
                )
        return footer

    def _validated_card_design(self) -> str:
        """The card colour as ``#RRGGBB`` in capitals ("" for none); BadInput otherwise."""
        colour = self.card_colour
        if not isinstance(colour, str) or not _HEX_COLOUR.fullmatch(colour.strip() or "#000000"):
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "SellerError",
                    "The card colour must be written as # and six hexadecimal digits, "
                    "e.g. #1F6FB2 (or left empty).",
                )
            )
        if not isinstance(self.card_border, bool):
            raise BadInput(
                QT_TRANSLATE_NOOP("SellerError", "The border on insert cards: on or off.")
            )
        return colour.strip().upper()

    def _validate_amazon(self) -> None:
        minutes = self.amazon_sync_minutes
        if isinstance(minutes, bool) or not isinstance(minutes, int) or not 0 <= minutes <= 1440:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "SellerError", "Sync with Amazon every: between 0 (off) and 1440 minutes."
                )
            )
        if not isinstance(self.amazon_no_role_told, bool):
            raise BadInput(
                QT_TRANSLATE_NOOP("SellerError", "The note about Amazon's role: on or off.")
            )

    def _validate_shipping(self) -> None:
        for remembered in (self.ship_carrier, self.ship_service):
            if not isinstance(remembered, str) or len(remembered) > MAX_SHIP_TEXT:
                raise BadInput(
                    QT_TRANSLATE_NOOP(
                        "SellerError", "The remembered carrier and service must be short text."
                    )
                )
        labels = (
            self.ship_from_street,
            self.ship_from_street2,
            self.ship_from_city,
            self.ship_from_region,
            self.ship_from_postal_code,
            self.ship_from_phone,
            self.label_preferred_service,
        )
        if any(not isinstance(text, str) or len(text) > MAX_SHIP_TEXT for text in labels):
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "SellerError",
                    "The ship-from address lines and the preferred label service must be text "
                    "of at most {limit} characters.",
                ),
                limit=MAX_SHIP_TEXT,
            )

    def _validate_reviews(self) -> None:
        skus = self.review_excluded_skus
        flags = (
            self.review_exclude_refunds,
            self.review_exclude_cancel_requests,
            self.review_exclude_late,
            self.review_auto_daily,
        )
        transit = self.review_transit_days
        if (
            isinstance(skus, str)
            or not isinstance(skus, tuple)
            or not all(isinstance(sku, str) and 0 < len(sku) <= MAX_SHIP_TEXT for sku in skus)
            or not all(isinstance(flag, bool) for flag in flags)
            or not isinstance(transit, str)
            or parse_transit_days(transit) is None
        ):
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "SellerError",
                    "Review requests: give excluded SKUs as a list, the exclusions as on or off, "
                    "and transit days as service=days pairs, e.g. Standard=5, Expedited=3.",
                )
            )

    def _validated_tax_archive(self) -> tuple[str, ...]:
        """The tax-archive marketplaces, upper-case, sorted, each known; BadInput otherwise."""
        codes = self.tax_archive_marketplaces
        if isinstance(codes, str) or not isinstance(codes, (tuple, list)):
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "SellerError",
                    "Tax archive: give the marketplaces as a list of codes, e.g. DE, FR.",
                )
            )
        cleaned = sorted({str(code).strip().upper() for code in codes})
        unknown = [code for code in cleaned if code not in MARKETPLACES]
        if unknown:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "SellerError", "Tax archive: unknown marketplace {code!r}; use one of {codes}."
                ),
                code=unknown[0],
                codes=", ".join(sorted(MARKETPLACES)),
            )
        if not isinstance(self.tax_archive_business_orders, bool):
            raise BadInput(
                QT_TRANSLATE_NOOP("SellerError", "Tax archive for business orders: on or off.")
            )
        low, high = TAX_ARCHIVE_YEARS_RANGE
        years = self.tax_archive_years
        if isinstance(years, bool) or not isinstance(years, int) or not low <= years <= high:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "SellerError",
                    "Tax archive: keep invoice details between {low} and {high} years.",
                ),
                low=low,
                high=high,
            )
        return tuple(cleaned)


def parse_transit_days(text: str) -> dict[str, int] | None:
    """ "Standard=5, Expedited=3" as {"standard": 5, "expedited": 3} (service levels compared
    without case); None when a pair is not service=days with 0 to 60 days."""
    days: dict[str, int] = {}
    for pair in text.split(","):
        if not pair.strip():
            continue
        service, equals, count = pair.partition("=")
        if not equals or not service.strip() or not count.strip().isdigit():
            return None
        if not 0 <= int(count) <= 60:
            return None
        days[service.strip().lower()] = int(count)
    return days


_FIELDS = {f.name: f for f in fields(Settings)}


def load_settings(store: Store) -> Settings:
    values = {}
    for key, raw in store.conn.execute("SELECT key, value FROM settings"):
        if key in _FIELDS:
            values[key] = json.loads(raw)
    try:
        return Settings(**values).validated()
    except (BadInput, TypeError):
        # A damaged or hand-edited value: fall back field by field rather than refuse to start.
        good = {}
        for key, value in values.items():
            try:
                Settings(**{key: value}).validated()
                good[key] = value
            except (BadInput, TypeError):
                pass
        return Settings(**good)


def save_settings(store: Store, settings: Settings) -> Settings:
    settings = settings.validated()
    with store.transaction() as conn:
        conn.executemany(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [
                (key, json.dumps(value, ensure_ascii=False))
                for key, value in asdict(settings).items()
            ],
        )
    return settings
