"""The encrypted store, persistence only: the connection and its key, the numbered migrations,
the event log. Opening a store for use (key → migrate → wipe → backups) is ``core.session``, one
layer up, because it needs the retention wipe and the backups, which need this package."""

from seller_desktop.core.store.store import Store

__all__ = ["Store"]
