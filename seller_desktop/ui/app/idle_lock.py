"""Locking the app after the seller has been away for a while.

A laptop left open in a shared workshop should not show a week of customers' addresses to whoever
walks by. An application-wide event filter restarts a single-shot timer on every keyboard, mouse,
wheel or touch event; when it runs out, ``idle`` is emitted and the controller locks.

The filter only restarts a timer and never consumes an event, so it costs little and changes
nothing about how input is delivered.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

#: Events that mean "someone is at the keyboard".
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.Shortcut,
    }
)


def minutes_to_ms(minutes: int) -> int:
    """Settings.idle_lock_minutes → a timer interval; 0 means never lock."""
    return max(0, int(minutes)) * 60_000


class IdleLock(QObject):
    """Emits ``idle`` after ``interval_ms`` without user input; 0 switches it off."""

    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._interval_ms = 0
        self._installed_on: QObject | None = None
        self.set_interval_ms(interval_ms)

    @property
    def interval_ms(self) -> int:
        return self._interval_ms

    def set_interval_ms(self, interval_ms: int) -> None:
        """Change the idle time (e.g. after the seller saved settings); restarts the count."""
        self._interval_ms = max(0, int(interval_ms))
        if self._interval_ms:
            self._timer.setInterval(self._interval_ms)
        if self.is_active():
            self.reset()

    def start(self) -> None:
        """Begin watching: install the filter on the application and start counting."""
        app = QCoreApplication.instance()
        if app is not None and self._installed_on is None:
            app.installEventFilter(self)
            self._installed_on = app
        self.reset()

    def stop(self) -> None:
        """Stop watching (while locked, or when the window goes away)."""
        self._timer.stop()
        if self._installed_on is not None:
            self._installed_on.removeEventFilter(self)
            self._installed_on = None

    def is_active(self) -> bool:
        return self._installed_on is not None

    def is_counting(self) -> bool:
        return self._timer.isActive()

    def reset(self) -> None:
        if self._interval_ms and self.is_active():
            self._timer.start()
        else:
            self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._interval_ms:
            self._timer.start()
        return False
