"""Inline introducers are tried only where they can start, and found as finditer finds them."""

from __future__ import annotations

import re

import pytest

from reviewminer.extract.recommendations.candidates import _introductions

INTRO = re.compile(r"(?:^|(?<=[.!?]\s))(?P<s>(?:it is recommended that|we recommend)\b)", re.I)


@pytest.mark.parametrize("text", [
    "It is recommended that the Board reviews. We recommend training! we recommend more.",
    "It was said that it is recommended that X. We recommendations.  We recommend two spaces.",
    "Why? We recommend it.\nIt is recommended that lines count.",
    "",
])
def test_the_same_matches_as_finditer(text: str) -> None:
    assert [m.span("s") for m in _introductions(INTRO, text)] == \
        [m.span("s") for m in INTRO.finditer(text)]


def test_an_empty_match_falls_back_to_finditer() -> None:
    empty = re.compile(r"(?:^|(?<=[.!?]\s))(?P<s>(?:x?)\b)", re.I)
    text = "a. x b"
    assert [m.span() for m in _introductions(empty, text)] == \
        [m.span() for m in empty.finditer(text)]
