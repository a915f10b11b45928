"""The lower-case twins of case-insensitive patterns find exactly what the patterns find."""

from __future__ import annotations

import re
import sys

import pytest

from reviewminer.rules import load_rules
from reviewminer.rules.fastcase import SPECIAL, foldable, folded

TEXTS = [
    "Kelvingate Safeguarding Adults BOARD\nReport to the Health and Wellbeing Board, 3 May 2021",
    "SERIOUS CASE REVIEW Child K: the LSCB and the Safeguarding Partners' panel (Council)",
    "A Domestic Homicide Review (DHR) into the death of Mr D. The Cabinet; sar; Sar-like",
    "Local Child Safeguarding Practice Review — Northbridge Partnership’s Committee, œ é ß",
    "response to the Independent Inquiry; presented to parliament by the Secretary by command of",
]


def test_unicode_lower_keeps_what_the_twins_rely_on() -> None:
    """Outside SPECIAL, lower() keeps each character one character long and its \\w, \\s, \\d
    class, maps no non-ASCII character to ASCII, and no non-ASCII character matches an ASCII
    one case-insensitively."""
    ascii_ci = re.compile(r"[\x00-\x7f]", re.IGNORECASE)
    classes = [re.compile(p) for p in (r"\w", r"\s", r"\d")]
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        if 0xD800 <= cp < 0xE000 or c in SPECIAL:
            continue
        low = c.lower()
        assert len(low) == 1, hex(cp)
        if c.isascii():
            continue
        assert not low.isascii(), hex(cp)
        assert not ascii_ci.fullmatch(c), hex(cp)
        if low != c:
            assert all(bool(p.fullmatch(c)) == bool(p.fullmatch(low)) for p in classes), hex(cp)


def test_twins_of_the_shipped_patterns_find_the_same_spans() -> None:
    rules = load_rules(None)
    patterns = [r.pattern for r in rules.review_types.rules] + [rules.metadata.board_words]
    assert folded(rules.metadata.board_words) is not None
    for pattern in patterns:
        twin = folded(pattern)
        if twin is None:
            continue
        for text in TEXTS:
            assert foldable(text)
            assert ([m.span() for m in twin.finditer(text.lower())]
                    == [m.span() for m in pattern.finditer(text)]), (pattern.pattern, text)


@pytest.mark.parametrize("source", [r"\B", r"\x41", r"\S", "(?P<A>a)", "(?-i:A)", "(?i)a",
                                    "[A-z]", "[!-a]", r"[\]A]", "é"])
def test_sources_not_plainly_foldable_have_no_twin(source: str) -> None:
    assert folded(re.compile(source, re.IGNORECASE)) is None


def test_only_case_insensitive_patterns_have_twins() -> None:
    assert folded(re.compile("Board")) is None
    twin = folded(re.compile(r"Board|\bLSCB\b|[A-Z]x", re.IGNORECASE))
    assert twin is not None and twin.pattern == r"board|\blscb\b|[a-z]x"
    assert not foldable("\u017fafeguarding")


def test_matches_tried_only_where_a_place_occurs_are_finditer_s() -> None:
    from reviewminer.rules.fastcase import finditer_at, literal_starts

    places = ("Bexley", "Bex", "St. Helens", "Kelvingate")
    names = r"Safeguarding\ Children['’]?s\ Board|Council|Partnership"
    alts = "|".join(re.escape(p) for p in places)
    pattern = re.compile(rf"\b(?:{alts})\s+(?:{names})\b", re.IGNORECASE)
    for text in [*TEXTS, "BEXLEY council and bexley Council; Bex  Partnership, xBexley Council",
                 "st. helens safeguarding children’s board. Kelvingate\nCOUNCIL"]:
        starts = literal_starts(text, places)
        assert starts is not None
        assert ([m.span() for m in finditer_at(pattern, text, starts)]
                == [m.span() for m in pattern.finditer(text)])
    assert literal_starts("\u0131", places) is None  # not foldable
    assert literal_starts("x", ("Môn",)) is None  # not ASCII
    assert literal_starts("x", ("",)) is None
