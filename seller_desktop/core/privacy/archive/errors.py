"""Archive problems, each with a message for the seller. No message names a person or shows an
archived value: order ids and file names at most."""

from __future__ import annotations

from seller_desktop.core.base.errors import BadInput, SellerError


class ArchiveNotSetUp(SellerError):
    """No archive key yet: holds cannot be placed and nothing can be opened."""

    def __init__(self) -> None:
        super().__init__(
            "The tax archive is not set up yet. Set an archive passphrase first (Privacy screen, "
            "or `seller-desktop-cli archive-init`)."
        )


class ArchiveExists(SellerError):
    def __init__(self) -> None:
        super().__init__(
            "The tax archive is already set up. Nothing was changed; its passphrase stays as it is."
        )


class WrongArchivePassphrase(SellerError):
    """Same CLI exit code as a wrong store passphrase (3): a secret did not match."""

    exit_code = 3

    def __init__(self, nothing_done: str = "Nothing was opened.") -> None:
        super().__init__(
            "That archive passphrase does not open the tax archive (it is not the store "
            "passphrase, unless you chose the same). " + nothing_done
        )


class ArchiveBusy(SellerError):
    exit_code = 3

    def __init__(self) -> None:
        super().__init__(
            "The tax archive is busy: another Seller Desktop window or command is writing to it. "
            "Wait a moment and try again."
        )


class ArchiveDamaged(SellerError):
    exit_code = 3

    def __init__(self, detail: str) -> None:
        super().__init__(
            f"The tax archive file cannot be read ({detail}). Restore the archive folder from "
            "your own copy; the store itself is not affected."
        )


class NoArchiveEntry(BadInput):
    def __init__(self, order_id: str) -> None:
        super().__init__(
            f"The tax archive holds nothing for order {order_id} (never archived, or past its "
            "end date and deleted)."
        )
