"""Trying a pattern only where one of its first literals occurs finds what ``re`` finds."""

from __future__ import annotations

import random
import re
import sys

import pytest

from reviewminer.rules import literals, load_rules
from reviewminer.rules.fastcase import foldable, folded

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


def _sample(items: object, rng: random.Random) -> str:
    """A random text the parsed pattern ``items`` is likely to match."""
    out = []
    for op, av in items:  # type: ignore[attr-defined]
        name = str(op)
        if name == "LITERAL":
            out.append(chr(av))
        elif name == "IN":
            lits = [chr(c) for o, c in av if str(o) == "LITERAL"]
            ranges = [chr(rng.randint(*c)) for o, c in av if str(o) == "RANGE"]
            negated = any(str(o) == "NEGATE" for o, _ in av)
            out.append(" " if negated else rng.choice(lits + ranges or [" "]))
        elif name == "BRANCH":
            out.append(_sample(rng.choice(av[1]), rng))
        elif name == "SUBPATTERN":
            out.append(_sample(av[3], rng))
        elif name in ("MAX_REPEAT", "MIN_REPEAT"):
            n = rng.randint(av[0], min(av[1], av[0] + 2))
            out.extend(_sample(av[2], rng) for _ in range(n))
        elif name == "ANY":
            out.append(rng.choice("ab ."))
        elif name == "AT" and str(av) == "AT_BOUNDARY":
            out.append(" ")  # a word boundary: a space is one wherever words meet
        elif name == "CATEGORY":
            out.append(rng.choice("x1 "))
    return "".join(out)


def _matching(pattern: re.Pattern[str], n: int, rng: random.Random) -> list[str]:
    """Texts with a likely match of the pattern between bits of noise, some of it in capitals."""
    parsed = literals.sre_parse.parse(pattern.pattern, pattern.flags)
    noise = ["", " ", "the ", ". ", "x", "\n", "İ", "ſ"]
    out = []
    for _ in range(n):
        text = rng.choice(noise) + _sample(parsed, rng) + rng.choice(noise)
        out.append(text.upper() if rng.random() < 0.3 else text)
    return out


def _spans(found: list[re.Match[str]]) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in found]


@pytest.mark.parametrize("pattern", _patterns(), ids=lambda p: p.pattern[:30])
def test_search_and_finditer_find_what_re_finds(pattern: re.Pattern[str]) -> None:
    assert literals.first_literals(pattern), "every pattern here has first literals"
    rng = random.Random(pattern.pattern)
    hits = 0
    for text in _texts(pattern, 3000, rng) + _matching(pattern, 500, rng):
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


def test_lowering_is_idempotent() -> None:
    """What search_lowered relies on: a lower-cased text is its own lower case."""
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        assert c.lower().lower() == c.lower(), hex(cp)


def _enquiry_patterns() -> list[re.Pattern[str]]:
    e = load_rules().enquiry
    return [*e.scope, *e.purpose, *e.intro, *e.purpose_context]


@pytest.mark.parametrize("pattern", _enquiry_patterns(), ids=lambda p: p.pattern[:30])
def test_search_lowered_finds_what_the_pattern_finds(pattern: re.Pattern[str]) -> None:
    rng = random.Random(pattern.pattern)
    twin = folded(pattern)
    texts = (_texts(twin, 400, rng) if twin is not None else []) + _matching(pattern, 400, rng)
    texts += ["the \u0130 period under review", "\u017ftatutory guidance", "\u212aey questions"]
    hits = 0
    for text in texts:
        low = text.lower()
        want, got = pattern.search(low), literals.search_lowered(pattern, low)
        assert (want and (want.span(), want.groups())) == (got and (got.span(), got.groups()))
        assert literals.any_lowered([pattern], low) == (want is not None)
        hits += want is not None
    assert hits > 20


WORD_OPENED = [r"\bPrevent\b", r"\b(?:risk|risks|concerns)\s+\w+", r"\b[ab]x\b", r"\bfoo_1\w*"]


@pytest.mark.parametrize("source", WORD_OPENED)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_word_literals_begin_the_word_every_match_starts(source: str, flags: int) -> None:
    """In a foldable text, a match starts at a word that begins (lower-cased) with one of the
    literals: what the theme cues tried at words rely on."""
    pattern = re.compile(source, flags)
    lits = literals.word_literals(pattern)
    assert lits
    rng = random.Random(source)
    hits = 0
    for text in _matching(pattern, 500, rng) + _texts(pattern, 500, rng):
        if not foldable(text):
            continue
        low = text.lower()
        words = {m.start(): m.group() for m in re.finditer(r"\w+", low)}
        for m in pattern.finditer(text):
            assert m.start() in words and words[m.start()].startswith(lits), (text, m)
            hits += 1
    assert hits > 50  # the texts exercise matches


@pytest.mark.parametrize("source", [r"Prevent", r"\b(?:a-b|c)", r"(?a)\bfoo", r"\b\w+",
                                    r"\b(?:x|\d)"])
def test_no_word_literals_unless_a_word_opens_every_match(source: str) -> None:
    assert literals.word_literals(re.compile(source)) is None


def _nocase_patterns() -> list[re.Pattern[str]]:
    rules = load_rules()
    return [rules.metadata.date_words, *(r.pattern for r in rules.review_types.rules),
            *(re.compile(p, re.IGNORECASE) for p in CRAFTED)]


@pytest.mark.parametrize("pattern", _nocase_patterns(), ids=lambda p: p.pattern[:30])
def test_case_insensitive_search_and_finditer_find_what_re_finds(pattern: re.Pattern[str]) -> None:
    """A case-insensitive pattern tried where its literals occur in any case: the same matches,
    also over texts in capitals and texts holding the characters that fold unlike ASCII."""
    rng = random.Random(pattern.pattern)
    texts = _matching(pattern, 400, rng)
    texts += [t.upper() for t in texts[:100]] + ["\u212aey \u017fAR \u0130NQUIRY date"]
    hits = 0
    for text in texts:
        want = pattern.search(text)
        got = literals.search(pattern, text)
        assert (want and (want.span(), want.groups())) == (got and (got.span(), got.groups()))
        assert _spans(literals.finditer(pattern, text)) == _spans(list(pattern.finditer(text)))
        hits += want is not None
    assert hits > 100
