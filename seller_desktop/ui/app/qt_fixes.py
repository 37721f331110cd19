"""A work-around for a reference-counting fault in the Qt binding, applied only when detected.

PySide6 6.12.0 (the cp310-abi3 wheel) on Python 3.11: every wrapped C++ method that returns
nothing takes one reference away from ``None``, and every ``SignalInstance.emit()`` /
``disconnect()`` one from ``True`` — as if those objects were immortal, which they are only from
Python 3.12 on. On 3.11 the count reaches zero after a few thousand calls and the interpreter
aborts ("Fatal Python error: none_dealloc" / "bool_dealloc"): while the seller types, scrolls,
or at exit.

``None``, ``True`` and ``False`` are never freed anyway, so we do what Python 3.12 does: give them
a reference count so large that no session can use it up (2**40; a leak of one per call would need
about a trillion calls). We measure first and do nothing on a binding without the fault.

This is a stop-gap: the real fix is a binding that is right for the Python we run on (a PySide6
release without the fault, or Python >= 3.12). Imported by every startup module, so it is active
before the first window; importing it again is harmless.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

#: References added to each singleton when the fault is found.
RESERVE = 2**40

_applied = False


class _Probe(QObject):
    ping = Signal()


def _lost(obj: object, call: Callable[[], object], times: int = 16) -> int:
    before = sys.getrefcount(obj)
    for _ in range(times):
        call()
    return before - sys.getrefcount(obj)


def binding_leaks() -> bool:
    """True if a void method call or a Python-side emit costs None / True a reference."""
    if sys.version_info >= (3, 12):
        return False  # None, True and False are immortal; nothing can be lost
    probe = _Probe()
    lost_none = _lost(None, lambda: probe.setObjectName("probe"))
    lost_true = _lost(True, probe.ping.emit)
    # Give back what the probe itself cost, so that measuring is free.
    _add_references(None, max(lost_none, 0))
    _add_references(True, max(lost_true, 0))
    return lost_none > 0 or lost_true > 0


def _add_references(obj: object, count: int) -> None:
    if count:
        refcount = ctypes.c_ssize_t.from_address(id(obj))
        refcount.value += count


def apply() -> bool:
    """Protect None, True and False if this binding needs it; returns whether it was needed."""
    global _applied
    if _applied:
        return True
    if not binding_leaks():
        return False
    for singleton in (None, True, False):
        _add_references(singleton, RESERVE)
    _applied = True
    return True


apply()
