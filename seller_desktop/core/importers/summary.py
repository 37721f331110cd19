"""What an import of one report tells its caller: progress, the summary, the rows left out.

The CLI prints ``ImportSummary.describe()``; the window lays the same figures out itself
(``ui/importing/results.py``). ``ImportSummary`` is also the ``merge.MergeCounts`` the merge counts
its new, updated, unchanged and wiped-on-arrival orders on.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from seller_desktop.core.base.errors import BadInput


@dataclass(frozen=True)
class Problem:
    """A row that was not imported: its line and why, in words for the seller.

    ``line`` is the physical line of the file as a seller counts it (the header is line 1). The
    reason names columns, and an order only by an id that passed ``is_amazon_order_id``; it never
    holds a cell's value, since any cell may hold a buyer's details (even the order-id cell).
    """

    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


@dataclass(frozen=True)
class Progress:
    done: int
    total: int


@dataclass
class ImportSummary:
    file_name: str
    report_kind: str = ""
    encoding: str = ""
    rows: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    items: int = 0
    wiped_on_arrival: int = 0
    promotion_rows: int = 0
    #: Rows fulfilled by Amazon or of a cancelled item: not the seller's to ship, so not imported
    #: as items (a cancelled item still updates an order the store knows: ``report_rows``).
    skipped_rows: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def orders(self) -> int:
        return self.new + self.updated + self.unchanged

    @property
    def all_skipped(self) -> bool:
        """Every order row was fulfilled by Amazon or cancelled (promotion rows are no orders)."""
        return 0 < self.skipped_rows >= self.rows - self.promotion_rows

    def describe(self, max_problems: int = 20) -> list[str]:
        """Lines for the seller: counts first, then the problems (line numbers and reasons)."""
        skipped = (
            f", {self.skipped_rows} rows skipped (Fulfilled by Amazon or cancelled)"
            if self.skipped_rows
            else ""
        )
        lines = [
            f"{self.file_name} ({self.report_kind}, {self.encoding}): {self.orders} orders with "
            f"{self.items} items — {self.new} new, {self.updated} updated, {self.unchanged} "
            f"unchanged{skipped}."
        ]
        if self.all_skipped:
            lines.append(
                "  Nothing to ship in this report: all its order rows are fulfilled by Amazon or "
                "cancelled."
            )
        if self.wiped_on_arrival:
            lines.append(
                f"  {self.wiped_on_arrival} orders were already past their retention deadline: "
                "their contact details were not stored."
            )
        if self.problems:
            lines.append(f"  {len(self.problems)} rows were not imported:")
            lines += [f"    {p}" for p in self.problems[:max_problems]]
            if len(self.problems) > max_problems:
                lines.append(f"    … and {len(self.problems) - max_problems} more.")
        return lines


class ImportRefused(BadInput):
    """Strict mode found row problems: nothing of the file was imported."""

    def __init__(self, summary: ImportSummary) -> None:
        self.summary = summary
        shown = "; ".join(str(p) for p in summary.problems[:5])
        more = f" (and {len(summary.problems) - 5} more)" if len(summary.problems) > 5 else ""
        super().__init__(
            f"{summary.file_name}: {len(summary.problems)} rows have problems, so nothing was "
            f"imported (strict mode): {shown}{more}. Import without --strict to take the good rows."
        )
