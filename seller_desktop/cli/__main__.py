"""python -m seller_desktop.cli"""

import sys

from seller_desktop.cli import main

sys.exit(main())
