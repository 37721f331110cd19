"""Campaigns in the store: the card design, the product rules, priority, active or paused.

Schema 8 (``store/migrations/v008_campaigns.py``); text per language since schema 12 (``texts``). A campaign holds the seller's own words and
rules — no buyer data — so the retention wipe never touches it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP
from seller_desktop.core.campaigns.texts import (
    CampaignText,
    check_lengths,
    load_texts,
    save_texts,
    text_in,
    validated_texts,
)
from seller_desktop.core.campaigns.urls import validated_url
from seller_desktop.core.orders.marketplaces import MARKETPLACES

if TYPE_CHECKING:
    from seller_desktop.core.store.store import Store

MAX_NAME = 80
MAX_IMAGE_BYTES = 1_000_000
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")
_ASIN = re.compile(r"^[A-Z0-9]{10}$")


@dataclass(frozen=True)
class Campaign:
    name: str
    headline: str = ""
    body: str = ""
    #: Printed as a QR code, with the card's own code appended when the campaign has codes.
    qr_url: str | None = None
    #: ISO dates, both inclusive; None: no limit.
    valid_from: str | None = None
    valid_until: str | None = None
    priority: int = 0
    active: bool = True
    #: The thank-you card for products no campaign covers (at most one campaign is the default).
    is_default: bool = False
    #: Text of the optional back side ("" for none).
    back_text: str = ""
    #: Exact SKUs and SKU patterns (``MUG-*``), ASINs, marketplace codes.
    skus: tuple[str, ...] = ()
    asins: tuple[str, ...] = ()
    marketplaces: tuple[str, ...] = ()
    id: int | None = None
    #: The image is loaded only on request (``get_campaign_image``).
    has_image: bool = False
    #: The language of the headline, body and back text above (``texts.CARD_LANGUAGES``); None:
    #: in no particular language, so its card takes the buyer's marketplace language ...
    language: str | None = None
    #: ... and the same in other languages, at most one per language.
    texts: tuple[CampaignText, ...] = ()

    @property
    def saved_id(self) -> int:
        """The id of a campaign read from or saved to the store. One never saved has none: using
        it for codes is a bug, refused here rather than as a NOT NULL failure in the database."""
        if self.id is None:
            raise ValueError(f"campaign {self.name!r} has not been saved, so it has no id")
        return self.id

    def in_language(self, language: str) -> Campaign:
        """The campaign as its card prints for a buyer of this language: its text in that language
        if it has one (all three fields: a card never mixes languages), its own text otherwise.
        The result's ``language`` is the card's language, for its labels and direction."""
        text = text_in(self.texts, language)
        if text is None:
            return self
        return replace(
            self,
            language=language,
            headline=text.headline,
            body=text.body,
            back_text=text.back_text,
        )


_COLUMNS = (
    "name",
    "headline",
    "body",
    "qr_url",
    "valid_from",
    "valid_until",
    "priority",
    "active",
    "is_default",
    "back_text",
    "language",
)


def validated(c: Campaign) -> Campaign:
    """Trimmed, checked values; BadInput naming the field otherwise."""
    name = " ".join(c.name.split())
    if not name:
        raise BadInput(QT_TRANSLATE_NOOP("SellerError", "A campaign needs a name."))
    if len(name) > MAX_NAME:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError", "A campaign name can have at most {limit} characters."
            ),
            limit=MAX_NAME,
        )
    headline, body, back = c.headline.strip(), c.body.strip(), c.back_text.strip()
    check_lengths(name, headline, body, back)
    url = validated_url(c.qr_url) if c.qr_url and c.qr_url.strip() else None
    _check_dates(name, c)
    skus = tuple(dict.fromkeys(s.strip() for s in c.skus if s.strip()))
    asins = tuple(dict.fromkeys(a.strip().upper() for a in c.asins if a.strip()))
    markets = tuple(dict.fromkeys(m.strip().upper() for m in c.marketplaces if m.strip()))
    _check_rules(name, c.is_default, skus, asins, markets)
    language = c.language.strip().lower() if c.language and c.language.strip() else None
    texts = validated_texts(name, language, c.texts)
    if not (headline or body or url):
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError", "{name}: the card needs a headline, a text or a QR link."
            ),
            name=name,
        )
    return replace(
        c,
        name=name,
        headline=headline,
        body=body,
        back_text=back,
        qr_url=url,
        valid_from=c.valid_from or None,
        valid_until=c.valid_until or None,
        skus=skus,
        asins=asins,
        marketplaces=markets,
        priority=int(c.priority),
        language=language,
        texts=texts,
    )


def _check_dates(name: str, c: Campaign) -> None:
    """Dates as the store keeps them (ISO), and a campaign that ends after it starts."""
    for day, unreadable in (
        (
            c.valid_from,
            QT_TRANSLATE_NOOP(
                "SellerError", "{name}: the valid-from date must be written YYYY-MM-DD."
            ),
        ),
        (
            c.valid_until,
            QT_TRANSLATE_NOOP(
                "SellerError", "{name}: the valid-until date must be written YYYY-MM-DD."
            ),
        ),
    ):
        if day:
            try:
                date.fromisoformat(day)
            except ValueError:
                raise BadInput(unreadable, name=name) from None
    if c.valid_from and c.valid_until and c.valid_until < c.valid_from:
        raise BadInput(
            QT_TRANSLATE_NOOP("SellerError", "{name}: the campaign ends before it starts."),
            name=name,
        )


def _check_rules(
    name: str,
    is_default: bool,
    skus: tuple[str, ...],
    asins: tuple[str, ...],
    markets: tuple[str, ...],
) -> None:
    """Which products the campaign is for: a default card covers what no campaign does."""
    for asin in asins:
        if not _ASIN.match(asin):
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "SellerError", "{name}: {asin} is not an ASIN (ten letters and digits)."
                ),
                name=name,
                asin=asin,
            )
    for market in markets:
        if market not in MARKETPLACES:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "SellerError",
                    "{name}: unknown marketplace {market!r}. Use Amazon's country codes: {codes}.",
                ),
                name=name,
                market=market,
                codes=", ".join(sorted(MARKETPLACES)),
            )
    if not is_default and not (skus or asins or markets):
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "{name}: say which products the campaign is for (SKUs, SKU patterns such "
                "as MUG-*, ASINs or marketplaces), or make it the default card.",
            ),
            name=name,
        )
    if is_default and (skus or asins or markets):
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "{name}: the default card is for products no campaign covers; it takes no "
                "SKUs, ASINs or marketplaces.",
            ),
            name=name,
        )


def _check_image(image: bytes) -> None:
    if len(image) > MAX_IMAGE_BYTES:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "SellerError", "The card image is too large: choose one under {megabytes} MB."
            ),
            megabytes=MAX_IMAGE_BYTES // 1_000_000,
        )
    if not image.startswith(_IMAGE_MAGIC):
        raise BadInput(
            QT_TRANSLATE_NOOP("SellerError", "The card image must be a PNG or JPEG file.")
        )


def save_campaign(store: Store, campaign: Campaign, image: bytes | None = None) -> Campaign:
    """Insert (id None) or update a campaign with its rules. ``image`` None keeps the stored image,
    b"" removes it. A new default card replaces the old default."""
    c = validated(campaign)
    if image:
        _check_image(image)
    values = [getattr(c, col) for col in _COLUMNS]
    with store.transaction() as conn:
        clash = conn.execute(
            "SELECT id FROM campaigns WHERE name = ? COLLATE NOCASE AND id IS NOT ?", (c.name, c.id)
        ).fetchone()
        if clash:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "SellerError",
                    "There is already a campaign named {name!r}. Choose another name.",
                ),
                name=c.name,
            )
        if c.is_default:
            conn.execute("UPDATE campaigns SET is_default = 0 WHERE id IS NOT ?", (c.id,))
        if c.id is None:
            cur = conn.execute(
                f"INSERT INTO campaigns ({', '.join(_COLUMNS)}, created_at) "
                f"VALUES ({', '.join('?' * len(_COLUMNS))}, ?)",
                values + [store.now_iso()],
            )
            campaign_id = int(cur.lastrowid)
        else:
            campaign_id = c.id
            if (
                conn.execute(
                    f"UPDATE campaigns SET {', '.join(col + ' = ?' for col in _COLUMNS)} "
                    "WHERE id = ?",
                    values + [campaign_id],
                ).rowcount
                == 0
            ):
                raise BadInput(
                    QT_TRANSLATE_NOOP("SellerError", "There is no campaign {id}."), id=campaign_id
                )
            conn.execute("DELETE FROM campaign_rules WHERE campaign_id = ?", (campaign_id,))
        conn.executemany(
            "INSERT INTO campaign_rules (campaign_id, kind, value) VALUES (?, ?, ?)",
            [(campaign_id, "sku", v) for v in c.skus]
            + [(campaign_id, "asin", v) for v in c.asins]
            + [(campaign_id, "marketplace", v) for v in c.marketplaces],
        )
        save_texts(conn, campaign_id, c.texts)
        if image is not None:
            conn.execute(
                "UPDATE campaigns SET image = ? WHERE id = ?", (image or None, campaign_id)
            )
    return get_campaign(store, campaign_id)  # type: ignore[return-value]


def add_campaign(store: Store, campaign: Campaign, image: bytes | None = None) -> Campaign:
    return save_campaign(store, replace(campaign, id=None), image)


def list_campaigns(store: Store) -> list[Campaign]:
    """Every campaign, highest priority first, then oldest first."""
    return _load(store, "")


def get_campaign(store: Store, campaign_id: int) -> Campaign | None:
    found = _load(store, "WHERE id = ?", (campaign_id,))
    return found[0] if found else None


def find_campaign(store: Store, key: str) -> Campaign:
    """A campaign by its id or its name (any case); BadInput listing how to see them otherwise."""
    key = key.strip()
    if key.isdigit():
        found = get_campaign(store, int(key))
        if found:
            return found
    named = _load(store, "WHERE name = ? COLLATE NOCASE", (" ".join(key.split()),))
    if named:
        return named[0]
    raise BadInput(
        QT_TRANSLATE_NOOP(
            "SellerError",
            "There is no campaign {key!r}. `seller-desktop-cli campaigns` lists them.",
        ),
        key=key,
    )


def get_campaign_image(store: Store, campaign_id: int) -> bytes:
    row = store.conn.execute("SELECT image FROM campaigns WHERE id = ?", (campaign_id,)).fetchone()
    return bytes(row[0]) if row and row[0] else b""


def delete_campaign(store: Store, campaign_id: int) -> bool:
    """Delete a campaign that never printed a code (a used code's record is kept for good)."""
    with store.transaction() as conn:
        if conn.execute(
            "SELECT 1 FROM campaign_codes WHERE campaign_id = ? AND order_id IS NOT NULL",
            (campaign_id,),
        ).fetchone():
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "SellerError",
                    "This campaign's codes have gone out on cards: pause it instead of "
                    "deleting it, so its codes are never printed again.",
                )
            )
        conn.execute("DELETE FROM redemptions WHERE campaign_id = ?", (campaign_id,))
        conn.execute("DELETE FROM campaign_codes WHERE campaign_id = ?", (campaign_id,))
        conn.execute("DELETE FROM campaign_rules WHERE campaign_id = ?", (campaign_id,))
        conn.execute("DELETE FROM campaign_texts WHERE campaign_id = ?", (campaign_id,))
        return conn.execute("DELETE FROM campaigns WHERE id = ?", (campaign_id,)).rowcount > 0


def _load(store: Store, where: str, params: Iterable = ()) -> list[Campaign]:
    rows = store.conn.execute(
        f"SELECT id, {', '.join(_COLUMNS)}, image IS NOT NULL FROM campaigns {where} "
        "ORDER BY priority DESC, id",
        tuple(params),
    ).fetchall()
    if not rows:
        return []
    rules: dict[int, dict[str, list[str]]] = {}
    marks = ", ".join("?" * len(rows))
    for campaign_id, kind, value in store.conn.execute(
        f"SELECT campaign_id, kind, value FROM campaign_rules WHERE campaign_id IN ({marks}) "
        "ORDER BY rowid",
        [r[0] for r in rows],
    ):
        rules.setdefault(campaign_id, {}).setdefault(kind, []).append(value)
    texts = load_texts(store, [r[0] for r in rows])
    found = []
    for row in rows:
        values = dict(zip(_COLUMNS, row[1:-1]))
        r = rules.get(row[0], {})
        found.append(
            Campaign(
                **values,
                id=row[0],
                has_image=bool(row[-1]),
                skus=tuple(r.get("sku", ())),
                asins=tuple(r.get("asin", ())),
                marketplaces=tuple(r.get("marketplace", ())),
                texts=texts.get(row[0], ()),
            )
        )
    return [replace(c, active=bool(c.active), is_default=bool(c.is_default)) for c in found]
