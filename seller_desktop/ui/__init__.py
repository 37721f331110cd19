"""The Qt face of the app: thin screens over ``seller_desktop.core``.

``qt_fixes`` is applied here, on the first import of anything under ``ui``, so that every screen
(and the benchmarks and tests that import one) runs with it before the first signal is emitted.
"""

from seller_desktop.ui.app import qt_fixes as _qt_fixes  # noqa: F401 - side effect: guards the binding fault, see there
