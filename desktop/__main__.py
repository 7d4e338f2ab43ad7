"""``python -m desktop`` is the same as ``labour-desk``."""

import sys

from desktop.cli import main

sys.exit(main())
