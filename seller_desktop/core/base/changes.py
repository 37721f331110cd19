"""What an operation changed in the store, so that each screen decides for itself whether to read
again — one way for every screen to learn of every change, whoever made it.

In the spirit of Anki's ``OpChanges``: an operation (a job on the window's worker, or a small
write on the GUI thread) says what it touched; the window announces it once
(``MainWindow.changes``); the orders table, the status bar, the Privacy and Print pages each look
at the parts they show. A screen never has to know which operation ran, and a new operation (the
Amazon sync, a label purchase) only has to say what it changes.
"""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class StoreChanges:
    #: Orders, their items, shipments, printed marks, deadlines.
    orders: bool = False
    #: Contact details held or removed (an import, a wipe, an erasure, a restore).
    contact_details: bool = False
    #: Files in backups/ (made, brought in line, deleted).
    backups: bool = False
    #: The sealed tax archive and legal holds.
    archive: bool = False
    settings: bool = False
    #: The print log (a printed or saved document).
    print_log: bool = False
    campaigns: bool = False

    def __or__(self, other: StoreChanges) -> StoreChanges:
        return StoreChanges(
            **{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)}
        )

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


NOTHING = StoreChanges()
#: Orders and what the order list shows of them (ship, edit, mark printed, export confirmations).
ORDERS = StoreChanges(orders=True)
#: An import: new and updated orders, details stored or dropped.
IMPORTED = StoreChanges(orders=True, contact_details=True)
#: A wipe, an erasure, an extension or a hold: details, deadlines, every backup, the archive.
PRIVACY = StoreChanges(orders=True, contact_details=True, backups=True, archive=True)
BACKUPS = StoreChanges(backups=True)
ARCHIVE = StoreChanges(archive=True)
SETTINGS = StoreChanges(settings=True)
#: A document printed or saved: the print log, and the orders marked printed.
PRINTED = StoreChanges(orders=True, print_log=True)
CAMPAIGNS = StoreChanges(campaigns=True)
