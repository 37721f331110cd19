"""Entry script of the Linux bundle's one executable, `seller-desktop`.

On Linux the bundle's `seller-desktop-cli` is a symbolic link to `seller-desktop`: one executable
instead of two saves the second copy of the bundled Python code (about 7 MB). The name it was
started by picks the command line or the GUI. Windows and macOS keep two executables: there the
GUI must be built without a console and the command line with one.
"""

import os
import sys


def main() -> int:
    if os.path.basename(sys.argv[0]).startswith("seller-desktop-cli"):
        from seller_desktop.cli import main as cli_main

        return cli_main()
    from seller_desktop.__main__ import main as gui_main

    return gui_main()


sys.exit(main())
