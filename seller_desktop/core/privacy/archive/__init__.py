"""The tax archive and legal holds: what the law obliges the seller to keep past the retention
deadline, sealed so that the app can add to it but only the archive passphrase reads it.

The GUI and the CLI call these functions; nothing here imports Qt. See ``entries`` for the wipe
hook and its crash safety, ``sealing`` for the cryptography, ``holds`` for legal holds.
"""

from seller_desktop.core.privacy.archive.entries import (
    INVOICE_FIELDS,
    EntryInfo,
    archive_before_wipe,
    archive_dir,
    is_set_up,
    list_entries,
    open_entry,
    purge_and_log,
    purge_expired,
    rule_end_date,
)
from seller_desktop.core.privacy.archive.errors import (
    ArchiveBusy,
    ArchiveDamaged,
    ArchiveExists,
    ArchiveNotSetUp,
    NoArchiveEntry,
    WrongArchivePassphrase,
)
from seller_desktop.core.privacy.archive.holds import Hold, list_holds, place_hold, release_hold
from seller_desktop.core.privacy.archive.setup import (
    ArchiveStatus,
    archive_status,
    change_archive_passphrase,
    check_archive_passphrase,
    check_new_archive_passphrase,
    init_archive,
)

__all__ = [
    "ArchiveBusy",
    "ArchiveDamaged",
    "ArchiveExists",
    "ArchiveNotSetUp",
    "ArchiveStatus",
    "EntryInfo",
    "Hold",
    "INVOICE_FIELDS",
    "NoArchiveEntry",
    "WrongArchivePassphrase",
    "archive_before_wipe",
    "archive_dir",
    "archive_status",
    "change_archive_passphrase",
    "check_archive_passphrase",
    "check_new_archive_passphrase",
    "init_archive",
    "is_set_up",
    "list_entries",
    "list_holds",
    "open_entry",
    "place_hold",
    "purge_and_log",
    "purge_expired",
    "release_hold",
    "rule_end_date",
]
