"""Entry script for the frozen GUI (PyInstaller runs it as a top-level script, not as a module).

seller_desktop/__main__.py cannot be the entry script itself: run outside its package, its relative
imports fail ("attempted relative import with no known parent package"). This file imports it by
its absolute name instead.
"""

import sys

from seller_desktop.__main__ import main

sys.exit(main())
