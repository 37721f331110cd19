"""Putting a buyer's contact details on the clipboard for a short while only.

The clipboard is shared with every other program on the computer and outlives our windows, so
contact details may sit there only as long as the seller needs to paste them (DESIGN.md: never
"the clipboard after a timeout"). ``SensitiveClipboard`` copies a text and removes it again:

- after ``timeout_ms`` (60 s unless told otherwise; tests use a few milliseconds),
- when the application quits (``aboutToQuit``: on X11 this also keeps Qt from handing the text to
  a clipboard manager as the process exits),
- when the helper is destroyed, i.e. with the widget that owns it (the main window is closed and
  deleted on every lock, so a lock takes the address off the clipboard too),
- when its owner calls ``clear()`` (the order's contact details were wiped while shown).

Each time only **if the clipboard still holds exactly what we put there**: something the seller
copied since is never touched. Only the ``Clipboard`` mode is set, never X11's ``Selection``
(middle-click paste), so there is no second copy to forget.

The copy carries the hints that clipboard managers and the clipboard history of Windows and KDE
read as "do not keep this" (the same ones password managers set); a history would otherwise hold
the address long after we cleared the clipboard. macOS's concealed type needs a native converter
and is not set.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

#: How long a copied address stays on the clipboard unless the owner says otherwise.
DEFAULT_TIMEOUT_MS = 60_000

_WINDOWS_MIME = 'application/x-qt-windows-mime;value="{0}"'


def privacy_hints(platform: str = sys.platform) -> dict[str, bytes]:
    """Extra clipboard formats asking clipboard managers not to record the copy.

    Windows: ``ExcludeClipboardContentFromMonitorProcessing`` (any value) and the two DWORD 0
    formats that keep it out of the clipboard history (Win+V) and the cloud clipboard. Elsewhere
    (X11, Wayland): KDE's ``x-kde-passwordManagerHint: secret``, which Klipper, CopyQ and
    wl-clip-persist honour.
    """
    if platform.startswith("win"):
        dword_zero = b"\x00\x00\x00\x00"
        return {
            _WINDOWS_MIME.format("ExcludeClipboardContentFromMonitorProcessing"): b"\x01",
            _WINDOWS_MIME.format("CanIncludeInClipboardHistory"): dword_zero,
            _WINDOWS_MIME.format("CanUploadToCloudClipboard"): dword_zero,
        }
    if platform == "darwin":
        return {}
    return {"x-kde-passwordManagerHint": b"secret"}


@dataclass
class _Held:
    """The text we put on the clipboard, kept outside the QObject so that the clean-up run from
    ``destroyed`` (when the QObject is already being torn down) needs nothing of it."""

    text: str | None = None


def _same_text(a: str, b: str) -> bool:
    # Windows turns "\n" into "\r\n" on the clipboard; a text read back through another
    # program may come with either.
    return a.replace("\r\n", "\n") == b.replace("\r\n", "\n")


def _clear_if_still_ours(held: _Held) -> bool:
    """Empty the clipboard if it still holds ``held.text``; forget the text either way."""
    text, held.text = held.text, None
    if text is None or QGuiApplication.instance() is None:
        return False
    clipboard = QGuiApplication.clipboard()
    if not _same_text(clipboard.text(QClipboard.Mode.Clipboard), text):
        return False  # the seller copied something else since: theirs, not ours to clear
    clipboard.clear(QClipboard.Mode.Clipboard)
    return True


class SensitiveClipboard(QObject):
    """Copies a text that must not stay on the clipboard, and takes it off again (see above).

    One pending copy at a time: a new ``copy`` replaces the previous one (which the clipboard no
    longer holds anyway) and starts the count again.
    """

    #: We stopped looking after a copy: True if we removed it from the clipboard, False if the
    #: clipboard held something else by then (or nothing was pending).
    released = Signal(bool)

    def __init__(
        self, parent: QObject | None = None, *, timeout_ms: int = DEFAULT_TIMEOUT_MS
    ) -> None:
        super().__init__(parent)
        self._held = _Held()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # The seller was told "in 1 minute": not the up to 5 % later a coarse timer may fire.
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.clear)
        #: Read at each ``copy``: changing it never shortens or stretches a pending count.
        self.timeout_ms = timeout_ms
        # With the helper's parent gone (a locked window is deleted) nothing could clear later.
        # A plain function over plain data: by the time ``destroyed`` runs, ``self`` is half gone.
        held = self._held
        self.destroyed.connect(lambda *_args: _clear_if_still_ours(held))
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.clear)  # disconnected by Qt when this object goes

    def copy(self, text: str) -> None:
        """Put ``text`` on the clipboard (not the X11 selection) and start the count."""
        mime = QMimeData()
        mime.setText(text)
        for kind, value in privacy_hints().items():
            mime.setData(kind, value)
        QGuiApplication.clipboard().setMimeData(mime, QClipboard.Mode.Clipboard)
        self._held.text = text
        self._timer.start(max(1, int(self.timeout_ms)))

    def copy_plain(self, text: str) -> None:
        """Put a text that is no personal data (an order ID) on the clipboard, with no timeout.

        It takes the place of any pending sensitive copy, which is then no longer there to clear:
        that copy is done with, and no ``released`` follows for it.
        """
        QGuiApplication.clipboard().setText(text, QClipboard.Mode.Clipboard)
        self._timer.stop()
        self._held.text = None

    def is_pending(self) -> bool:
        """True while a copy of ours may still be on the clipboard and will be cleared."""
        return self._held.text is not None

    def remaining_ms(self) -> int:
        """Milliseconds until the pending copy is cleared (0 if none)."""
        return max(0, self._timer.remainingTime()) if self.is_pending() else 0

    def clear(self) -> bool:
        """Clear now if the clipboard still holds our copy; True if it did. Safe to call often."""
        self._timer.stop()
        if self._held.text is None:
            return False
        cleared = _clear_if_still_ours(self._held)
        self.released.emit(cleared)
        return cleared
