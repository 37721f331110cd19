"""Known problems, each with a message written for the seller.

Anything raised that is not a ``SellerError`` is a bug and goes to the crash dialog. Messages here
never contain contact details: they name files, order ids and counts, not people.
"""

from __future__ import annotations

from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP, render


class SellerError(Exception):
    """An expected problem. ``str(err)`` is its English message (what the CLI prints);
    ``template`` and ``values`` let the window show it in the interface's language
    (``core.messages``). A message built as one finished string still works: it is shown as is."""

    #: CLI exit code for this kind of problem (see the CLI conventions).
    exit_code = 2

    def __init__(self, message: str = "", **values: object) -> None:
        self.template = message
        self.values = values
        super().__init__(render(message, values))


class BadInput(SellerError):
    """The seller gave us something we cannot use; nothing was changed."""


class WrongPassphrase(SellerError):
    exit_code = 3

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "That passphrase does not open this store. Check Caps Lock and the keyboard "
                "layout, then try again. Nothing was changed.",
            )
        )


class StoreBusy(SellerError):
    exit_code = 3

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "The store is busy: another Seller Desktop window or command is writing to it. "
                "Wait a moment and try again.",
            )
        )


class JobRunning(SellerError):
    """The GUI asked to write while a background job (an import, the retention wipe, a backup)
    holds the store. Screens normally wait for the job; this is the message when one did not."""

    exit_code = 3

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "Another task is running (an import, the retention wipe or a backup). "
                "Try again when it has finished.",
            )
        )


class StoreMissing(SellerError):
    def __init__(self, where: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "There is no store in {where} yet. Start Seller Desktop to set one up, "
                "or run `seller-desktop-cli init`.",
            ),
            where=where,
        )


class StoreExists(SellerError):
    def __init__(self, where: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "A store already exists in {where}. Nothing was changed; "
                "use --data-dir to create a store somewhere else.",
            ),
            where=where,
        )


class StoreTooNew(SellerError):
    def __init__(self, found: int, supported: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "This store was written by a newer version of Seller Desktop (schema {found}; "
                "this version understands up to {supported}). Install the latest Seller Desktop "
                "to open it. The store was not changed.",
            ),
            found=found,
            supported=supported,
        )


class NotAStore(SellerError):
    def __init__(self, where: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "{where} is not a Seller Desktop store, or it is damaged. Restore it from a "
                "backup in the backups folder.",
            ),
            where=where,
        )


class StoreDamaged(SellerError):
    """Part of the store file cannot be read (cut short by a full disk or a bad copy, or changed
    on disk): nothing may write to it, and the seller's way out is a backup."""

    def __init__(self, where: str = "store.db") -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "The store file {where} is damaged: part of it cannot be read (a full disk or a "
                "bad copy can do this). Seller Desktop does not change it. Restore your latest "
                "backup (in the app: Privacy › Backups › Restore from file; or "
                "`seller-desktop-cli restore FILE --replace` with a file from the backups "
                "folder). The damaged file is kept beside the store as store.db.damaged-…",
            ),
            where=where,
        )


class WeakPassphrase(BadInput):
    MIN_LENGTH = 12

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "The passphrase must have at least {count} characters. "
                "A few unrelated words make a good one.",
            ),
            count=self.MIN_LENGTH,
        )


class DiskFull(SellerError):
    """A write was refused by the disk (full, over a size limit, or failing): the step that was
    under way rolled back as one transaction, so nothing of it was saved and nothing was lost."""

    def __init__(self, where: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "The disk refused to save to {where}: it is probably full. The unfinished step "
                "was undone and nothing else was changed. Free some space on that disk and try "
                "again.",
            ),
            where=where,
        )


class FolderNotWritable(SellerError):
    """The data folder (or a file in it) can be read but not written: another user's, read-only
    media, changed permissions. Nothing was written."""

    def __init__(self, where: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "Seller Desktop cannot write to {where}: it is read-only, or belongs to another "
                "user account. Nothing was changed. Use the account that set Seller Desktop up, "
                "or give this account write access to the folder, and try again.",
            ),
            where=where,
        )
