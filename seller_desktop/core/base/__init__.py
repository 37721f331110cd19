"""What every part of the core stands on: the clock, the seller-facing errors and their
translatable messages, the log, crash reports, files written owner-only, safe CSV cells and
``StoreChanges``. Imports nothing of ours but itself."""
