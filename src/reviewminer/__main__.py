"""``python -m reviewminer`` runs the command-line interface."""

import sys

from reviewminer.cli import main

sys.exit(main())
