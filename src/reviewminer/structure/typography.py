"""Typographic heading heuristics: is a short block a heading, and at what level.

Pure functions over primitives (text, font size, boldness, the body font size, the number of
visual lines), so any parser that knows its fonts can use them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = [
    "HEADING_BODY_SIZE_TOLERANCE",
    "HEADING_SIZE_RATIO",
    "SENTENCE_END",
    "heading_levels",
    "looks_like_heading",
]

# Text that ends a sentence: . ! ? possibly followed by closing quotes or brackets, and by a
# bracketed reference after the full stop ("... of our findings. (113.30)", "(Paragraph 150)").
SENTENCE_END = re.compile(r"[.!?][\"')\]\u201d\u2019]*(?:\s+\([^()]{1,40}\))?$")
# A heading number at the start: "2", "2.1", "2.1.3" (an optional final dot), then a space.
_HEADING_NUMBER = re.compile(r"^(\d{1,3}(?:\.\d{1,3}){0,3})\.?\s")
_LETTER = re.compile(r"[A-Za-z]")
_BULLET = "\u2022"  # the normalised bullet (reviewminer.parsers.text.BULLET)

HEADING_MAX_CHARS = 160  # longer text is a paragraph
HEADING_MAX_LINES = 3  # a heading wraps onto at most this many lines
HEADING_QUESTION_MAX_CHARS = 80  # a question up to this long can be a heading
HEADING_SIZE_RATIO = 1.15  # set at least this much larger than the body font...
HEADING_MIN_EXTRA = 1.0  # ...and at least this many points larger
HEADING_BODY_SIZE_TOLERANCE = 0.6  # a bold heading may be this much smaller than the body
NUMBERED_BODY_SIZE_TOLERANCE = 1.0  # numbered headings this close to body size nest by number
MAX_HEADING_LEVEL = 6


def looks_like_heading(text: str, size: float, bold: bool, body: float, n_lines: int) -> bool:
    """True when a block of ``n_lines`` lines reads as a heading by its typography.

    A heading is short, has a letter, is not a sentence (a short question may be), is not a
    bullet, and is set clearly larger than the body font (``body``) or wholly bold (a bold
    fragment ending in a comma or semicolon is emphasis).
    """
    if not text or len(text) > HEADING_MAX_CHARS or n_lines > HEADING_MAX_LINES:
        return False
    large = size >= body * HEADING_SIZE_RATIO
    # a final full stop marks a sentence; a short question can be a heading ("What happened?")
    if SENTENCE_END.search(text) and not (
        text.endswith("?") and len(text) <= HEADING_QUESTION_MAX_CHARS and (bold or large)
    ):
        return False
    if text.startswith(_BULLET):
        return False
    if not _LETTER.search(text):
        return False
    if large and size >= body + HEADING_MIN_EXTRA:
        return True
    if bold and size >= body - HEADING_BODY_SIZE_TOLERANCE:
        # a bold line that is a sentence fragment ending in a comma is emphasis, not a heading
        return not text.endswith((",", ";"))
    return False


def heading_levels(
    headings: Sequence[tuple[str, float | None]], body: float
) -> list[tuple[int, str | None]]:
    """(level, number label) for each heading given as (text, font size or None = body size).

    Levels rank the heading font sizes (1 = largest, sizes compared to the half point);
    numbered headings set near the body size go one level deeper per numbering level ("2." above
    "2.1" above "2.1.1"). The label is the heading's number ("2.1"), or None. Levels are at most 6.
    """
    sizes = [round((size or body) * 2) / 2 for _, size in headings]
    rank = {s: i + 1 for i, s in enumerate(sorted(set(sizes), reverse=True))}
    out: list[tuple[int, str | None]] = []
    for (text, size), half in zip(headings, sizes, strict=True):
        lvl = rank[half]
        m = _HEADING_NUMBER.match(text)
        if m and abs((size or body) - body) < NUMBERED_BODY_SIZE_TOLERANCE:
            # bold body-size numbered headings: "2." above "2.1" above "2.1.1"
            lvl += m.group(1).count(".")
        out.append((min(lvl, MAX_HEADING_LEVEL), m.group(1) if m else None))
    return out
