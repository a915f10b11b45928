"""The regular expressions of the .docx parser, in one place."""

from __future__ import annotations

import re

# A built-in heading style name as stored in styles.xml ("heading 1", also "Heading1"); group 1 is
# the level.
HEADING_NAME = re.compile(r"^heading\s*([1-9])$", re.I)

# A built-in table-of-contents entry style name ("toc 1", "TOC1"); group 1 is the TOC level.
TOC_NAME = re.compile(r"^toc\s*([1-9])$", re.I)

# A level placeholder in a numbering level's w:lvlText ("%1.%2."): group 1 is the 1-based level
# whose counter is shown there.
LEVEL_PLACEHOLDER = re.compile(r"%([1-9])")
