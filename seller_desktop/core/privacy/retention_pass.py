"""The retention pass while the app runs (hourly, on wake): everything the wipe reaches without
the passphrase — the store, archive entries past their end date, and every backup, which the
store's connection opens under the store's key (``backup_ledger``).

At open, ``open_store`` does the same with the passphrase at hand (a backup under another key is
then re-encrypted instead of deleted).
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass, field

from seller_desktop.core.base.clock import Clock
from seller_desktop.core.privacy.backup_ledger import (
    BackupAction,
    bring_backups_in_line,
    following_held,
    log_backup_actions,
)
from seller_desktop.core.privacy.retention import WipeReport, purge_archive, wipe_steps
from seller_desktop.core.store.store import Store
from seller_desktop.paths import AppPaths


@dataclass
class PassResult:
    """What one pass did: order ids and backup file names only."""

    report: WipeReport
    backups: list[BackupAction] = field(default_factory=list)


def retention_pass_steps(
    store: Store, paths: AppPaths, clock: Clock
) -> Generator[tuple[int, int], None, PassResult]:
    """Job steps: (done, due) per committed wipe batch; returns the PassResult.

    A failure of the wipe is reported in the result (and retried at the next pass), as at open.
    """
    report = WipeReport()
    with following_held(store):
        try:
            yield from wipe_steps(store, clock, report=report)
        except Exception as err:  # noqa: BLE001 - as apply_retention: reported, retried next pass
            report.failed = f"{type(err).__name__}: the wipe will be retried at the next pass"
        purge_archive(store)
        actions = bring_backups_in_line(store, folder=paths.backups)
    log_backup_actions(store, actions)
    return PassResult(report, actions)
