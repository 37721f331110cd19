"""Numbered schema migrations.

The schema version is SQLite's ``user_version``. Each migration runs in one transaction together
with the version bump, so a crash leaves the store at the old version or the new one, never between.
A store at a version above ``LATEST`` was written by a newer app and is refused untouched.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType

from seller_desktop.core.store.migrations import (
    v001_initial,
    v002_shipments,
    v003_contact_wiped_at,
    v004_order_search,
    v005_retention_extension,
    v006_products,
    v007_print_log,
    v008_campaigns,
    v009_print_log_cards,
    v010_backup_ledger,
    v011_amazon_connection,
    v012_campaign_languages,
    v013_item_condition,
    v014_labels,
    v015_label_quotes,
    v016_print_log_labels,
    v017_review_requests,
    v018_review_automation,
    v019_print_log_wording_override,
    v020_campaign_redemptions,
    v021_bulk_search_index,
)


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    sql: str


def _from_module(version: int, module: ModuleType) -> Migration:
    return Migration(version, module.DESCRIPTION, module.SQL)


MIGRATIONS: tuple[Migration, ...] = (
    _from_module(1, v001_initial),
    _from_module(2, v002_shipments),
    _from_module(3, v003_contact_wiped_at),
    _from_module(4, v004_order_search),
    _from_module(5, v005_retention_extension),
    _from_module(6, v006_products),
    _from_module(7, v007_print_log),
    _from_module(8, v008_campaigns),
    _from_module(9, v009_print_log_cards),
    _from_module(10, v010_backup_ledger),
    _from_module(11, v011_amazon_connection),
    _from_module(12, v012_campaign_languages),
    _from_module(13, v013_item_condition),
    _from_module(14, v014_labels),
    _from_module(15, v015_label_quotes),
    _from_module(16, v016_print_log_labels),
    _from_module(17, v017_review_requests),
    _from_module(18, v018_review_automation),
    _from_module(19, v019_print_log_wording_override),
    _from_module(20, v020_campaign_redemptions),
    _from_module(21, v021_bulk_search_index),
)
LATEST = MIGRATIONS[-1].version


def schema_version(conn) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def pending(current: int) -> list[Migration]:
    return [m for m in MIGRATIONS if m.version > current]


def apply(conn, migration: Migration) -> None:
    """One migration and its version bump, all or nothing."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        for statement in _statements(migration.sql):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {int(migration.version)}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def migrate(conn, before_each: Callable[[int, Migration], None] | None = None) -> list[int]:
    """Bring the store to LATEST; returns the versions applied.

    ``before_each(current_version, migration)`` runs before each step; ``open_store`` uses it to
    back up a store that already holds data.
    """
    applied = []
    for migration in pending(schema_version(conn)):
        if before_each is not None:
            before_each(schema_version(conn), migration)
        apply(conn, migration)
        applied.append(migration.version)
    return applied


def _statements(sql: str) -> list[str]:
    """Split a migration script on ';' at line ends (our scripts keep ';' out of literals)."""
    return [part.strip() for part in sql.split(";\n") if part.strip()]
