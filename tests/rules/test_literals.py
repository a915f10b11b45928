"""Trying a pattern only where one of its first literals occurs finds what ``re`` finds."""

from __future__ import annotations

import random
import re

import pytest

from reviewminer.rules import literals, load_rules
from reviewminer.rules.fastcase import folded

CRAFTED = [
    r"\bsar\b|safeguarding adults? review",
    r"(?:ab|a)c|\bb[cd]+",
    r"[ab]x|(c|dd)+y",
    r"(ab)+c|^b",
    r"x(?=y)|\byz",
    r"a.*?b|c\Z",
]
UNSUPPORTED = [r"(the )?report", r"\w+", r"(?i)abc", r"[a-c]x", r"(?<=a)b", r"a*b", r"(?>ab)c"]


def _patterns() -> list[re.Pattern[str]]:
    rules = load_rules()
    twins = [folded(r.pattern) for r in rules.review_types.rules]
    twins.append(folded(rules.metadata.board_words))
    return [p for p in twins if p is not None] + [re.compile(p) for p in CRAFTED]


def _texts(pattern: re.Pattern[str], n: int, rng: random.Random) -> list[str]:
    """Texts made of pieces of the pattern's literals, their letters, spaces and punctuation."""
    lits = literals.first_literals(pattern) or ()
    words = re.findall(r"[a-z0-9' ]+", pattern.pattern) + list(lits)
    alphabet = list("abcdxyz .,\n-'") + [w[:k] for w in words for k in (1, 2, len(w))]
    return ["".join(rng.choice(alphabet + words) for _ in range(rng.randint(0, 40)))
            for _ in range(n)]


def _spans(found: list[re.Match[str]]) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in found]


@pytest.mark.parametrize("pattern", _patterns(), ids=lambda p: p.pattern[:30])
def test_search_and_finditer_find_what_re_finds(pattern: re.Pattern[str]) -> None:
    assert literals.first_literals(pattern), "every pattern here has first literals"
    rng = random.Random(pattern.pattern)
    hits = 0
    for text in _texts(pattern, 3000, rng):
        want = pattern.search(text)
        got = literals.search(pattern, text)
        assert (want and (want.span(), want.groups())) == (got and (got.span(), got.groups()))
        assert _spans(literals.finditer(pattern, text)) == _spans(list(pattern.finditer(text)))
        hits += want is not None
    assert hits > 100  # the texts exercise matches, not only misses


@pytest.mark.parametrize("source", UNSUPPORTED)
def test_no_shortcut_when_a_match_can_start_elsewhere(source: str) -> None:
    pattern = re.compile(source)
    assert literals.first_literals(pattern) is None
    text = "see the report: abc ab"
    want, got = pattern.search(text), literals.search(pattern, text)
    assert (want and want.span()) == (got and got.span())


def test_first_literals_of_a_board_pattern() -> None:
    board = folded(load_rules().metadata.board_words)
    assert board is not None
    lits = literals.first_literals(board)
    assert lits is not None and "board" in lits and "lscb" in lits
    assert "scb" in lits  # "scb" also starts inside "lscb": every start is kept
