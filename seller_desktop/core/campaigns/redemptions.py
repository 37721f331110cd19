"""Which campaigns bring buyers back: codes redeemed against cards printed, per campaign and week.

**Recording** (``record_redemptions``): the seller says which codes came back (typed, or a file:
``redemption_files``). A code counts for a campaign only if it is one of that campaign's codes; any
other is listed as unknown and not recorded (a typo, another campaign's code, a code from elsewhere).
A code is recorded once, ever (the schema's unique ``code``): imported again it is "already known"
— though a day the first import lacked is filled in.

**Cards printed** are the campaign's codes bound to orders (``campaign_codes.order_id``, set by
``bind_codes`` when the card really went out; ``assigned_at`` is that moment). The print log
cannot say it: it keeps a run's document kind and order ids, not which campaigns' cards the run
drew (a reprint draws them anew from the rules), and a card printed twice would count twice. So a
campaign without codes has no measurable printed count — and no code to come back either: its
rate is ``None``, like any campaign with nothing printed.

**Rate** = redeemed / printed. A redeemed code that never went out on a card (handed out another
way) still counts as redeemed, so the rate can pass 100 %; it says so rather than hiding codes.

**Weeks** (for the chart): per week, Monday first, the cards printed (by ``assigned_at``) and the
codes redeemed (by ``redeemed_on``, else the day they were imported). Nothing here reads or keeps
anything about a buyer: only codes, campaign ids and days.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from seller_desktop.core.campaigns.model import list_campaigns
from seller_desktop.core.campaigns.redemption_files import Redeemed

if TYPE_CHECKING:
    from seller_desktop.core.store.store import Store

#: Weeks the chart and ``campaign-results --json`` show, the current one last.
WEEKS_SHOWN = 12


@dataclass(frozen=True)
class RedemptionImport:
    """What an import did: codes newly counted, codes already recorded (earlier, or repeated in
    this input), and the codes that are not the campaign's (not recorded), in input order."""

    counted: int
    known: int
    unknown: tuple[str, ...]


@dataclass(frozen=True)
class Week:
    """A week of the chart: its Monday, cards printed and codes redeemed in it."""

    start: date
    printed: int
    redeemed: int


@dataclass(frozen=True)
class CampaignResult:
    campaign_id: int
    name: str
    printed: int
    redeemed: int
    weeks: tuple[Week, ...]

    @property
    def rate(self) -> float | None:
        """Redeemed per card printed; ``None`` when no card was printed (nothing to measure)."""
        return self.redeemed / self.printed if self.printed else None


def record_redemptions(
    store: Store, campaign_id: int, redeemed: Iterable[Redeemed], source: str
) -> RedemptionImport:
    """Record the campaign's codes among ``redeemed`` (one transaction); see the module's rules."""
    counted = known = 0
    unknown: dict[str, None] = {}
    now = store.now_iso()
    with store.transaction() as conn:
        for entry in redeemed:
            if not conn.execute(
                "SELECT 1 FROM campaign_codes WHERE campaign_id = ? AND code = ?",
                (campaign_id, entry.code),
            ).fetchone():
                unknown[entry.code] = None
                continue
            day = entry.day.isoformat() if entry.day else None
            added = conn.execute(
                "INSERT OR IGNORE INTO redemptions "
                "(campaign_id, code, redeemed_on, source, imported_at) VALUES (?, ?, ?, ?, ?)",
                (campaign_id, entry.code, day, source, now),
            ).rowcount
            if not added and day:
                conn.execute(
                    "UPDATE redemptions SET redeemed_on = ? WHERE code = ? AND redeemed_on IS NULL",
                    (day, entry.code),
                )
            counted += added
            known += 1 - added
    return RedemptionImport(counted, known, tuple(unknown))


def campaign_results(
    store: Store, weeks: int = WEEKS_SHOWN, today: date | None = None
) -> list[CampaignResult]:
    """Every campaign, in the campaigns list's order, with its printed and redeemed counts and its
    last ``weeks`` weeks (the current one last)."""
    day = today or store.clock.now().date()
    monday = day - timedelta(days=day.weekday())
    starts = [monday - timedelta(weeks=n) for n in range(weeks - 1, -1, -1)]
    printed = _counts(
        store,
        "SELECT campaign_id, substr(assigned_at, 1, 10) FROM campaign_codes "
        "WHERE order_id IS NOT NULL",
    )
    redeemed = _counts(
        store,
        "SELECT campaign_id, coalesce(redeemed_on, substr(imported_at, 1, 10)) FROM redemptions",
    )
    results = []
    for campaign in list_campaigns(store):
        cid = campaign.saved_id
        mine_printed, mine_redeemed = printed.get(cid, []), redeemed.get(cid, [])
        results.append(
            CampaignResult(
                cid,
                campaign.name,
                len(mine_printed),
                len(mine_redeemed),
                tuple(
                    Week(start, _in_week(mine_printed, start), _in_week(mine_redeemed, start))
                    for start in starts
                ),
            )
        )
    return results


def _counts(store: Store, sql: str) -> dict[int, list[date | None]]:
    """campaign id → one day per row (``None`` when the row's day cannot be read)."""
    found: dict[int, list[date | None]] = {}
    for campaign_id, day in store.conn.execute(sql):
        found.setdefault(campaign_id, []).append(_day(day))
    return found


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _in_week(days: Sequence[date | None], start: date) -> int:
    end = start + timedelta(days=6)
    return sum(1 for d in days if d is not None and start <= d <= end)
