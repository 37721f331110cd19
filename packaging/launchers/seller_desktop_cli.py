"""Entry script for the frozen CLI; see seller_desktop_gui.py for why it is not cli/__main__.py."""

import sys

from seller_desktop.cli import main

sys.exit(main())
