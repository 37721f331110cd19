"""Getting orders in: Amazon flat-file reports (and later the Selling Partner API)."""

from seller_desktop.core.importers.orders_import import (
    ImportRefused,
    ImportSummary,
    Problem,
    Progress,
    import_file,
    import_steps,
)

__all__ = ["ImportRefused", "ImportSummary", "Problem", "Progress", "import_file", "import_steps"]
