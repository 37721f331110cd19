"""The app's core: everything but the GUI. Never imports Qt (a test enforces it)."""
