"""Access to the bundled icons and fonts.

The build maps the top-level ``resources/`` folder into the installed package as
``seller_desktop/resources``; in a source checkout (editable install, tests) it is still beside
the package, so we look there second.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_root() -> Path:
    installed = resources.files("seller_desktop") / "resources"
    if installed.is_dir():
        return Path(str(installed))
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(
        "The app's resources folder is missing; please reinstall Seller Desktop."
    )


def resource_path(*parts: str) -> Path:
    """A file under resources/, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    path = resource_root().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(
            f"Missing bundled file resources/{'/'.join(parts)}; please reinstall."
        )
    return path
