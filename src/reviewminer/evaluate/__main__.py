"""``python -m reviewminer.evaluate``."""

import sys

from reviewminer.evaluate.run import main

sys.exit(main())
