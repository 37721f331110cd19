"""Where the window was and how it was laid out, kept between runs in ``config_dir/ui.ini``.

Only layout goes here — geometry, the open page, column widths, splitter positions — never an
order id, a name or any other data: the file is plain text outside the encrypted store. Without a
config folder (a test, the demo) nothing is remembered.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

FILE_NAME = "ui.ini"


class WindowState:
    def __init__(self, config_dir: str | Path | None) -> None:
        self._settings: QSettings | None = None
        if config_dir is not None:
            path = Path(config_dir) / FILE_NAME
            path.parent.mkdir(parents=True, exist_ok=True)
            self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def enabled(self) -> bool:
        return self._settings is not None

    def bytes(self, key: str) -> QByteArray | None:
        if self._settings is None:
            return None
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def integer(self, key: str, default: int) -> int:
        if self._settings is None:
            return default
        value = self._settings.value(key, default)
        if not isinstance(value, (int, float, str)):  # QSettings may hand back anything
            return default
        try:
            return int(value)
        except (ValueError, OverflowError):
            return default

    def save(self, values: dict[str, QByteArray | int]) -> None:
        if self._settings is None:
            return
        for key, value in values.items():
            self._settings.setValue(key, value)
        self._settings.sync()
