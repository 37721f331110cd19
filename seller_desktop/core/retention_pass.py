"""The retention pass while the app runs (hourly, on wake): everything the wipe reaches without
the passphrase — the store, archive entries past their end date, backups now overdue.

At open, ``open_store`` does the same with the passphrase at hand (backups are then opened and
wiped instead of judged by their index).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generator

from ..paths import AppPaths
from .backups import BackupAction, delete_overdue_backups
from .clock import Clock
from .retention import WipeReport, purge_archive, wipe_steps
from .store.events import log_event
from .store.store import Store


@dataclass
class PassResult:
    """What one pass did: order ids and backup file names only."""

    report: WipeReport
    backups: list[BackupAction] = field(default_factory=list)


def retention_pass_steps(store: Store, paths: AppPaths,
                         clock: Clock) -> Generator[tuple[int, int], None, PassResult]:
    """Job steps: (done, due) per committed wipe batch; returns the PassResult.

    A failure of the wipe is reported in the result (and retried at the next pass), as at open.
    """
    report = WipeReport()
    try:
        yield from wipe_steps(store, clock, report=report)
    except Exception as err:  # noqa: BLE001 - as apply_retention: reported, retried next pass
        report.failed = f"{type(err).__name__}: the wipe will be retried at the next pass"
    purge_archive(store)
    actions = delete_overdue_backups(paths, clock)
    log_backup_actions(store, actions)
    return PassResult(report, actions)


def log_backup_actions(store: Store, actions: list[BackupAction]) -> None:
    """Backups deleted or wiped, by file name (timestamps only, never contact details)."""
    changed = [a for a in actions if a.action != "kept"]
    if changed:
        with store.transaction():
            for action in changed:
                log_event(store, f"backup_{action.action}", f"{action.name}: {action.detail}")
