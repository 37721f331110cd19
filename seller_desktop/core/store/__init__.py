"""The encrypted store: connection, migrations, and the one function that opens it."""

from .opening import OpenedStore, create_store, open_store
from .store import Store

__all__ = ["OpenedStore", "Store", "create_store", "open_store"]
