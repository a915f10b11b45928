"""The matching spaCy's components do, over token lists: phrase matching on a token attribute,
token patterns, and keeping the longest of overlapping matches.

Each follows the spaCy code it stands for, so that the same matches come out in the same order
(the order decides between two bodies matching the same words): :class:`PhraseMatcher` walks a
trie from every token and reports every phrase that ends there, shortest first
(``spacy/matcher/phrasematcher.pyx``); :class:`TokenMatcher` reports every span a pattern can
match, by start, then pattern, then end (``spacy.matcher.Matcher`` without ``greedy``);
:func:`filter_spans` is ``spacy.util.filter_spans``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Sequence
from itertools import pairwise
from operator import itemgetter
from typing import Any, NamedTuple

__all__ = ["Match", "PhraseMatcher", "TokenMatcher", "Tokens", "UnsupportedPattern",
           "filter_spans", "is_punct"]

_END = ""  # a trie node's key for "a phrase ends here" (no token is empty)


class UnsupportedPattern(ValueError):
    """A pattern the plain matchers do not do as spaCy does (spaCy is used instead)."""


class Match(NamedTuple):
    """A matched span of tokens ``[start, end)`` with the key of what matched it."""

    key: str
    start: int
    end: int


class Tokens(NamedTuple):
    """The tokens of a text and their lexical attributes, as spaCy computes them."""

    text: list[str]
    lower: list[str]
    idx: list[int]

    @classmethod
    def of(cls, words: list[str], starts: list[int]) -> Tokens:
        return cls(words, list(map(str.lower, words)), starts)


def is_punct(text: str) -> bool:
    """spaCy's ``is_punct``: every character is punctuation."""
    return all(unicodedata.category(c).startswith("P") for c in text)


class PhraseMatcher:
    """Phrases (token sequences) by key, found in a token sequence."""

    def __init__(self) -> None:
        self._trie: dict[str, Any] = {}

    def __bool__(self) -> bool:
        return bool(self._trie)

    def add(self, key: str, phrase: Sequence[str]) -> None:
        """Add a phrase. Raises :class:`UnsupportedPattern` when the same words already belong
        to another key (spaCy orders such keys by their hash)."""
        if not phrase:
            return
        node = self._trie
        for word in phrase:
            node = node.setdefault(word, {})
        keys: list[str] = node.setdefault(_END, [])
        if keys and key not in keys:
            raise UnsupportedPattern(f"{' '.join(phrase)!r} names both {keys[0]!r} and {key!r}")
        if key not in keys:
            keys.append(key)

    def __call__(self, words: Sequence[str]) -> list[Match]:
        out: list[Match] = []
        n = len(words)
        for i, node in enumerate(map(self._trie.get, words)):
            if node is None:
                continue
            j = i + 1
            while node is not None:
                keys = node.get(_END)
                if keys:
                    out.extend(Match(k, i, j) for k in keys)
                if j >= n:
                    break
                node = node.get(words[j])
                j += 1
        return out


#: Token attributes a token pattern may test, and how to read them from :class:`Tokens`.
_ATTRS: dict[str, Callable[[Tokens, int], Any]] = {
    "ORTH": lambda t, i: t.text[i],
    "TEXT": lambda t, i: t.text[i],
    "LOWER": lambda t, i: t.lower[i],
    "LENGTH": lambda t, i: len(t.text[i]),
    "IS_ALPHA": lambda t, i: t.text[i].isalpha(),
    "IS_DIGIT": lambda t, i: t.text[i].isdigit(),
    "IS_LOWER": lambda t, i: t.text[i].islower(),
    "IS_UPPER": lambda t, i: t.text[i].isupper(),
    "IS_TITLE": lambda t, i: t.text[i].istitle(),
    "IS_SPACE": lambda t, i: t.text[i].isspace(),
    "IS_PUNCT": lambda t, i: is_punct(t.text[i]),
}
_OPS = ("1", "?", "*", "+", "!")
Test = Callable[[Tokens, int], bool]


def _value_test(attr: str, value: Any) -> Test:
    get = _ATTRS[attr]
    if isinstance(value, dict):
        if set(value) == {"IN"} and isinstance(value["IN"], list):
            allowed = frozenset(value["IN"])
            return lambda t, i: get(t, i) in allowed
        if set(value) == {"NOT_IN"} and isinstance(value["NOT_IN"], list):
            refused = frozenset(value["NOT_IN"])
            return lambda t, i: get(t, i) not in refused
        raise UnsupportedPattern(f"{attr}: {value!r}")
    if isinstance(value, (str, bool, int)):
        return lambda t, i: bool(get(t, i) == value)
    raise UnsupportedPattern(f"{attr}: {value!r}")


def _token_test(spec: dict[str, Any]) -> tuple[str, Test]:
    """The operator of one token's spec and the test a token must pass."""
    if not isinstance(spec, dict):
        raise UnsupportedPattern(f"a token spec must be an object, got {spec!r}")
    op = spec.get("OP", "1")
    if op not in _OPS or set(spec) - set(_ATTRS) - {"OP"}:
        raise UnsupportedPattern(f"token spec {spec!r}")
    tests = [_value_test(attr, value) for attr, value in spec.items() if attr != "OP"]
    return op, lambda t, i: all(test(t, i) for test in tests)


class TokenMatcher:
    """Token patterns (spaCy's ``Matcher`` syntax: the attributes of :data:`_ATTRS`, values or
    ``IN``/``NOT_IN`` lists, operators ``? * + !``), each span a pattern matches reported.

    spaCy reports the matches of one start in the order its matching states finish; this
    matcher reports them by pattern, then end. The order only matters between two keys matching
    the same span, so patterns of different keys must start at different words (by their
    first token's required word or words); else :class:`UnsupportedPattern`."""

    def __init__(self) -> None:
        #: (key, steps, the words the first token must be or None)
        self._patterns: list[tuple[str, list[tuple[str, Test]],
                                   tuple[str, frozenset[str]] | None]] = []
        #: the words patterns can start at (lower case, as written), and whether one can start
        #: at any word
        self._first_lower: frozenset[str] = frozenset()
        self._first_text: frozenset[str] = frozenset()
        self._anywhere = False

    def __bool__(self) -> bool:
        return bool(self._patterns)

    def add(self, key: str, pattern: Sequence[dict[str, Any]]) -> None:
        if not isinstance(pattern, (list, tuple)) or not pattern:
            raise UnsupportedPattern(f"a token pattern must be a non-empty list, got {pattern!r}")
        steps: list[tuple[str, Test]] = []
        for spec in pattern:
            op, test = _token_test(spec)
            if op == "+":  # one, then any number
                steps += [("1", test), ("*", test)]
            else:
                steps.append((op, test))
        first = _first_words(pattern[0])
        for other, _, other_first in self._patterns:
            if other != key and _may_start_together(first, other_first):
                # two bodies' patterns could match the same words: spaCy's matcher orders
                # such matches by its states, which this matcher does not follow
                raise UnsupportedPattern(f"token patterns of {other!r} and {key!r} can start "
                                         "at the same word")
        self._patterns.append((key, steps, first))
        if first is None:
            self._anywhere = True
        elif first[0] == "LOWER":
            self._first_lower |= first[1]
        else:
            self._first_text |= first[1]

    def may_match(self, tokens: Tokens) -> bool:
        """False when no pattern can match: none, or none can start at any of the words."""
        if not self._patterns:
            return False
        if self._anywhere:
            return True
        return not (self._first_lower.isdisjoint(tokens.lower)
                    and self._first_text.isdisjoint(tokens.text))

    def __call__(self, tokens: Tokens) -> list[Match]:
        found: list[tuple[int, int, int]] = []  # (start, pattern, end)
        n = len(tokens.text)
        for k, (_, steps, first) in enumerate(self._patterns):
            if first is None:
                starts: Iterable[int] = range(n)
            else:
                words = tokens.lower if first[0] == "LOWER" else tokens.text
                if first[1].isdisjoint(words):
                    continue
                starts = [i for i, w in enumerate(words) if w in first[1]]
            for start in starts:
                found += [(start, k, e) for e in _ends(steps, 0, start, tokens, n) if e > start]
        return [Match(self._patterns[k][0], s, e) for s, k, e in sorted(found)]


def _may_start_together(a: tuple[str, frozenset[str]] | None,
                        b: tuple[str, frozenset[str]] | None) -> bool:
    if a is None or b is None:
        return True
    if a[0] == b[0]:
        return not a[1].isdisjoint(b[1])
    lower, text = (a, b) if a[0] == "LOWER" else (b, a)
    return any(w.lower() in lower[1] for w in text[1])


def _first_words(spec: dict[str, Any]) -> tuple[str, frozenset[str]] | None:
    """Where a pattern can start: its first token's word (or list of words) when the token is
    required ("Local Authority" patterns start at "london", "royal", ...)."""
    if spec.get("OP", "1") not in ("1", "+"):
        return None
    for attr in ("LOWER", "ORTH", "TEXT"):
        value = spec.get(attr)
        if isinstance(value, str):
            return ("LOWER" if attr == "LOWER" else "TEXT", frozenset([value]))
        if isinstance(value, dict) and set(value) == {"IN"}:
            return ("LOWER" if attr == "LOWER" else "TEXT", frozenset(value["IN"]))
    return None


def _ends(steps: list[tuple[str, Test]], k: int, i: int, tokens: Tokens, n: int) -> set[int]:
    """Where a match of ``steps[k:]`` that starts at token ``i`` can end."""
    if k == len(steps):
        return {i}
    op, test = steps[k]
    out: set[int] = set()
    if op in ("?", "*"):
        out |= _ends(steps, k + 1, i, tokens, n)
    if i >= n:
        return out
    if op == "!":
        return _ends(steps, k + 1, i + 1, tokens, n) if not test(tokens, i) else out
    if test(tokens, i):
        out |= _ends(steps, k if op == "*" else k + 1, i + 1, tokens, n)
    return out


_START = itemgetter(1)  # Match.start


def filter_spans(spans: Sequence[Match]) -> list[Match]:
    """``spacy.util.filter_spans``: the longest spans first (the earlier on a tie, then the one
    listed first), each kept unless it overlaps one kept already; in text order."""
    by_start = sorted(spans, key=_START)
    if all(a.end <= b.start for a, b in pairwise(by_start)):
        return by_start  # none overlaps another: every one is kept
    ordered = sorted(spans, key=lambda s: (s.end - s.start, -s.start), reverse=True)
    result: list[Match] = []
    seen: set[int] = set()
    for s in ordered:
        if s.start not in seen and s.end - 1 not in seen:
            result.append(s)
            seen.update(range(s.start, s.end))
    return sorted(result, key=lambda s: s.start)
