"""Regular expressions for the language and layout patterns the PDF parser recognises.

Each pattern's comment says what it recognises. The sentence-end test lives with the heading
heuristics (:mod:`reviewminer.structure.typography`) and is re-exported here.
"""

from __future__ import annotations

import re

from reviewminer.parsers.text import BULLET
from reviewminer.rules import load_rules
from reviewminer.structure.typography import SENTENCE_END

# Patterns with words in them are rule data (``labels.json``, shipped rules): a page-number
# line ("Page 3 of 12"), a list marker ("Recommendation 3", "R1", "2.1", "(a)"; the group name
# is the marker's kind), a contents title ("Contents", "Index") and a contents entry without a
# leader ("Findings page 9").
_LABELS = load_rules().labels
PAGE_NUMBER = _LABELS.page_number_line
LIST_MARKER = _LABELS.list_marker
TOC_TITLE = _LABELS.contents_title
TOC_PLAIN = _LABELS.contents_line

__all__ = [
    "CELL_LINES",
    "DIGITS",
    "ENDS_WITH_DIGIT",
    "LINE_SPLIT",
    "LIST_MARKER",
    "NON_DIGITS",
    "PAGE_NUMBER",
    "PAGE_RANGE_END",
    "ROMAN_PAGE",
    "SENTENCE_END",
    "SPACES",
    "SUPERSCRIPT_CANDIDATE",
    "SUP_MARKER",
    "TERMINAL",
    "TOC_LEADER",
    "TOC_PLAIN",
    "TOC_TITLE",
    "WS",
    "ends_clause",
    "list_marker",
]

# A run of digits (masked to "#" when comparing running headers/footers across pages).
DIGITS = re.compile(r"\d+")

# A run of non-digits (splits "12-14" into its page numbers).
NON_DIGITS = re.compile(r"\D+")

# A run of whitespace.
WS = re.compile(r"\s+")

# Two or more spaces (collapsed to one in a line's text).
SPACES = re.compile(r" {2,}")

# A roman-numeral page number alone on a line ("iv"), as on front-matter pages.
ROMAN_PAGE = re.compile(r"^[ivxlc]{1,6}$", re.IGNORECASE)

# Text that ends a clause or sentence: . ! ? : ; possibly followed by closing quotes/brackets.
TERMINAL = re.compile(r"[.!?:;][\"')\]\u201d\u2019]*$")
_CLOSERS = "\"')]\u201d\u2019"


def ends_clause(text: str) -> bool:
    """``TERMINAL.search(text)``, read from the end instead of scanning the text (``$`` also
    matches before a final newline: such a text is left to the pattern)."""
    if text.endswith("\n"):
        return TERMINAL.search(text) is not None
    end = text.rstrip(_CLOSERS)
    return end != "" and end[-1] in ".!?:;"

# A table-of-contents entry with a dotted (or underscore, middle-dot, ellipsis) leader before
# its page number or page range: "Introduction ........ 3".
TOC_LEADER = re.compile(
    r"^(?P<title>.*?\S)\s*(?:[.\u2026\u00b7_]\s*){3,}\s*(?P<page>\d{1,4}(?:\s*[-\u2013]\s*\d{1,4})?)$"
)

# The page number (or range "12-14") a contents line ends with; group 1 is the first page.
PAGE_RANGE_END = re.compile(r"(\d{1,4})(?:\s*[-\u2013]\s*\d{1,4})?$")

# A line that ends in a digit (a contents entry that has its page number).
ENDS_WITH_DIGIT = re.compile(r"\d$")

# Digits glued to the end of a word or punctuation ("reports1", "abuse.12"): a footnote
# reference when the digits are set smaller than the line (checked with their font size).
# Written digit first (the look-behind checks the character before it) so that the search
# skips the non-digits at once: 2x faster than the look-behind first, same matches.
SUPERSCRIPT_CANDIDATE = re.compile(r"\d(?<=[A-Za-z)\].,;:'\"\u2019\u201d%]\d)\d{0,2}(?=$|[\s.,;:)])")

# Unicode superscript digits glued to a word ("abuse\u00b9"): footnote markers.
# (Superscript first, the look-behind checking the character before it, as above.)
SUP_MARKER = re.compile(
    r"[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]"
    r"(?<=[A-Za-z.,;:)\]'\u2019\u201d\"][\u00b9\u00b2\u00b3\u2070\u2074-\u2079])"
    r"[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]*"
)

#: A space that may split one word ("C ONCLUSIONS", "Th e" after a ligature): checked on the page.
#: (A capital at a word start, ``(?<!\w[A-Z])`` being ``\b`` before it: written capital first
#: so that the search skips other characters at once.)
SPLIT_WORD = re.compile(r"[A-Z](?<!\w[A-Z])(?: (?=[A-Z]{2,}\b)|[a-z]? (?=[a-z]{1,3}\b))")

# A paragraph number glued to the word after it at the start of a line ("144.BSCB needs to"):
# pdfium writes no space where the layout leaves a gap after the number (a tab stop); the page
# is searched for one (GLUED_LABEL), then each line that starts with one (LINE_GLUED_LABEL).
GLUED_LABEL = re.compile(r"(?m)^[ \t]*\d{1,3}(?:\.\d{1,3})*[.)](?=[^\W\d_])")
LINE_GLUED_LABEL = re.compile(r"\d{1,3}(?:\.\d{1,3})*[.)](?=[^\W\d_])")

# One visual line of pdfium's page text: a run up to a line break, with the U+FFFE pdfium
# puts where it joined a line-end hyphen (or such a mark alone).
LINE_SPLIT = re.compile(r"[^\r\n\ufffe]+\ufffe?|\ufffe")

# The line breaks inside one table cell's text.
CELL_LINES = re.compile(r"\r\n|\r|\n")


def list_marker(text: str) -> tuple[str | None, str | None]:
    """(marker, kind) of a list marker at the start of ``text`` (bullets become "•")."""
    m = LIST_MARKER.match(text)
    if not m:
        return None, None
    kind = m.lastgroup
    label = m.group(kind).strip() if kind else None
    if kind in ("bullet",):
        label = BULLET
    return label, kind
