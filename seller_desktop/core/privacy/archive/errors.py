"""Archive problems, each with a message for the seller. No message names a person or shows an
archived value: order ids and file names at most."""

from __future__ import annotations

from seller_desktop.core.base.errors import BadInput, SellerError
from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP


class ArchiveNotSetUp(SellerError):
    """No archive key yet: holds cannot be placed and nothing can be opened."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "The tax archive is not set up yet. Set an archive passphrase first (Privacy "
                "screen, or `seller-desktop-cli archive-init`).",
            )
        )


class ArchiveExists(SellerError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "The tax archive is already set up. Nothing was changed; its passphrase stays as "
                "it is.",
            )
        )


class WrongArchivePassphrase(SellerError):
    """Same CLI exit code as a wrong store passphrase (3): a secret did not match.
    ``nothing_done`` is a catalogue text saying what was left as it was."""

    exit_code = 3

    def __init__(
        self, nothing_done: str = QT_TRANSLATE_NOOP("SellerError", "Nothing was opened.")
    ) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "That archive passphrase does not open the tax archive (it is not the store "
                "passphrase, unless you chose the same). {nothing_done}",
            ),
            nothing_done=nothing_done,
        )


class ArchiveBusy(SellerError):
    exit_code = 3

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "The tax archive is busy: another Seller Desktop window or command is writing "
                "to it. Wait a moment and try again.",
            )
        )


#: The file-level message; ``detail`` is a catalogue text or an exception's class name.
_DAMAGED = QT_TRANSLATE_NOOP(
    "SellerError",
    "The tax archive file cannot be read ({detail}). Restore the archive folder from your own "
    "copy; the store itself is not affected.",
)
#: One order's entry: whole sentences of their own, since the detail names the order.
ENTRY_UNKNOWN_FORMAT = QT_TRANSLATE_NOOP(
    "SellerError",
    "The tax archive file cannot be read (the entry of order {order_id} has an unknown format). "
    "Restore the archive folder from your own copy; the store itself is not affected.",
)
ENTRY_ALTERED = QT_TRANSLATE_NOOP(
    "SellerError",
    "The tax archive file cannot be read (the entry of order {order_id} was altered or "
    "damaged). Restore the archive folder from your own copy; the store itself is not affected.",
)


class ArchiveDamaged(SellerError):
    """The archive file, or one order's entry in it, cannot be read. ``message`` is
    ``ENTRY_UNKNOWN_FORMAT`` or ``ENTRY_ALTERED`` (with ``order_id``) for an entry."""

    exit_code = 3

    def __init__(self, detail: str = "", *, message: str = _DAMAGED, **values: object) -> None:
        super().__init__(message, detail=detail, **values)


class NoArchiveEntry(BadInput):
    def __init__(self, order_id: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "SellerError",
                "The tax archive holds nothing for order {order_id} (never archived, or past its "
                "end date and deleted).",
            ),
            order_id=order_id,
        )
