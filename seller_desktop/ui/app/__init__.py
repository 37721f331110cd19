"""Start-up: from ``seller-desktop`` to an unlocked main window (setup wizard, unlock, one GUI per
store, opening the store, the idle lock, the crash dialog, the interface language)."""
