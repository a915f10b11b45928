"""Where a pattern's matches can start: the literals every match begins with.

Python's ``re`` skips ahead to a match only when the pattern opens with a literal or a set of
single characters; a pattern whose branches open with ``\\b`` (``\\bsar\\b|safeguarding adults?
review``) is tried at every position of the text. :func:`first_literals` reads the parsed pattern
and gives the literals one of which every match starts with (after zero-width assertions such as
``\\b``), or None when that cannot be told plainly. :func:`search_at` and :func:`finditer` then try
the pattern only where one of those literals occurs (found by ``str.find``): the same matches as
``pattern.search`` / ``pattern.finditer``, since a match can start nowhere else
(``tests/rules/test_literals.py`` compares them over many texts). A case-insensitive pattern is
tried where its ASCII literals occur in any case in a
:func:`~reviewminer.rules.fastcase.foldable` text
(:func:`~reviewminer.rules.fastcase.literal_starts`), which ``re`` cannot skip ahead to either.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable
from functools import partial
from typing import Any

from reviewminer.rules.fastcase import finditer_at, foldable, folded, literal_starts

if sys.version_info >= (3, 11):
    from re import _parser as sre_parse  # type: ignore[attr-defined,unused-ignore]
else:  # pragma: no cover - Python 3.10
    import sre_parse

__all__ = ["any_lowered", "finditer", "first_literals", "search", "search_lowered", "starts",
           "word_literals"]

_CACHE: dict[re.Pattern[str], tuple[str, ...] | None] = {}
_ZERO_WIDTH = (sre_parse.AT,)
_PARSED: dict[re.Pattern[str], list[Any]] = {}


def _parsed(pattern: re.Pattern[str]) -> list[Any]:
    """The items of ``pattern`` as sre parses it (each function here looks at the same
    pattern's start: a lower-case twin is parsed once, not for each of them); raises
    ``re.error`` as the parser does. Read only: callers never change the items."""
    got = _PARSED.get(pattern)
    if got is None:
        parsed: Any = sre_parse.parse(pattern.pattern, pattern.flags)
        got = list(parsed)
        if len(_PARSED) > 4096:
            _PARSED.clear()
        _PARSED[pattern] = got
    return got


def _first(items: Any) -> set[str] | None:
    """The literals a match of this sequence of parsed items starts with, or None."""
    i = 0
    while i < len(items) and items[i][0] in _ZERO_WIDTH:
        i += 1  # \b, ^ and the like take no characters: the match starts at what follows
    if i >= len(items):
        return None
    op, av = items[i]
    if op is sre_parse.LITERAL:
        run = []
        while i < len(items) and items[i][0] is sre_parse.LITERAL:
            run.append(chr(items[i][1]))
            i += 1
        return {"".join(run)}
    if op is sre_parse.IN:
        if all(o is sre_parse.LITERAL for o, _ in av):
            return {chr(c) for _, c in av}
        return None
    if op is sre_parse.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            got = _first(list(branch))
            if got is None:
                return None
            out |= got
        return out
    if op is sre_parse.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            return None
        return _first(list(sub))
    if op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT) and av[0] >= 1:
        return _first(list(av[2]))  # at least one repetition: it starts the match
    return None


def first_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Non-empty literals one of which every match of a case-sensitive ``pattern`` starts with
    (sorted), or None (case-insensitive or locale pattern, or a start that is not plainly one of
    some literals)."""
    if pattern in _CACHE:
        return _CACHE[pattern]
    lits: tuple[str, ...] | None = None
    if not pattern.flags & (re.IGNORECASE | re.LOCALE):
        try:
            got = _first(_parsed(pattern))
        except re.error:  # not expected of a compiled pattern: then no shortcut
            got = None
        if got and all(got):  # a literal another one begins adds no start
            lits = tuple(sorted(a for a in got if not any(a != b and a.startswith(b) for b in got)))
    if len(_CACHE) > 4096:
        _CACHE.clear()
    _CACHE[pattern] = lits
    return lits


_WORDS: dict[re.Pattern[str], tuple[str, ...] | None] = {}


def word_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """For a pattern that opens with ``\\b`` and then one of some literals of ASCII letters,
    digits and ``_`` (``\\b(?:risk|concerns)...``, ``\\bPrevent\\b``), those literals in lower
    case, none beginning with another (sorted); else None (and for ``re.ASCII`` or ``re.LOCALE``
    patterns, whose ``\\b`` is not ``str``'s). A match then starts where a word of the text
    (a run of ``\\w``) starts, and in a :func:`~reviewminer.rules.fastcase.foldable` text that
    word lower-cased begins with one of them, whether the pattern ignores case or not."""
    if pattern in _WORDS:
        return _WORDS[pattern]
    lits: tuple[str, ...] | None = None
    if not pattern.flags & (re.ASCII | re.LOCALE):
        try:
            items: list[Any] = _parsed(pattern)
        except re.error:  # not expected of a compiled pattern: then no shortcut
            items = []
        if len(items) > 1 and items[0] == (sre_parse.AT, sre_parse.AT_BOUNDARY):
            got = _first(items[1:])
            if got and all(a and a.isascii() and all(c.isalnum() or c == "_" for c in a)
                           for a in got):
                lits = _shortest_lowered(got)
    if len(_WORDS) > 4096:
        _WORDS.clear()
    _WORDS[pattern] = lits
    return lits


def _shortest_lowered(literals: Iterable[str]) -> tuple[str, ...]:
    """The literals lower-cased, sorted, without those that begin with another (where one of
    those occurs, the shorter one does too)."""
    low = {a.lower() for a in literals}
    return tuple(sorted(a for a in low if not any(a != b and a.startswith(b) for b in low)))


def starts(text: str, literals: tuple[str, ...]) -> list[int]:
    """Every position where one of ``literals`` occurs in ``text``, ascending."""
    out: set[int] = set()
    for lit in literals:
        i = text.find(lit)
        while i >= 0:
            out.add(i)
            i = text.find(lit, i + 1)
    return sorted(out)


#: Per pattern: whether it ignores case and the literals its matches start with, or None.
_STARTS: dict[re.Pattern[str], tuple[bool, tuple[str, ...]] | None] = {}


def _match_starts(pattern: re.Pattern[str], text: str) -> list[int] | None:
    """Where a match of ``pattern`` can start in ``text`` (ascending), or None when that cannot
    be told plainly (then every position)."""
    try:
        how = _STARTS[pattern]
    except KeyError:
        if len(_STARTS) > 4096:
            _STARTS.clear()
        nocase = bool(pattern.flags & re.IGNORECASE)
        lits = _nocase_literals(pattern) if nocase else first_literals(pattern)
        how = _STARTS[pattern] = (nocase, lits) if lits else None
    if how is None:
        return None
    return literal_starts(text, how[1]) if how[0] else starts(text, how[1])


_NOCASE: dict[re.Pattern[str], tuple[str, ...] | None] = {}


def _nocase_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The literals one of which every match of a case-insensitive pattern starts with in some
    case (in lower case, none beginning with another), or None."""
    if pattern in _NOCASE:
        return _NOCASE[pattern]
    lits: tuple[str, ...] | None = None
    if not pattern.flags & re.LOCALE:
        try:
            got = _first(_parsed(pattern))
        except re.error:  # not expected of a compiled pattern: then no shortcut
            got = None
        if got and all(got):
            lits = _shortest_lowered(got)  # (found in the lower-cased text)
    if len(_NOCASE) > 4096:
        _NOCASE.clear()
    _NOCASE[pattern] = lits
    return lits


def search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)``, trying the pattern only where a match can start."""
    at = _match_starts(pattern, text)
    if at is None:
        return pattern.search(text)
    for i in at:
        m = pattern.match(text, i)
        if m is not None:
            return m
    return None


def finditer(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))`` for a pattern none of whose matches is empty, trying the
    pattern only where a match can start."""
    at = _match_starts(pattern, text)
    if at is None:
        return list(pattern.finditer(text))
    return finditer_at(pattern, text, at)


Searcher = Callable[[str], "re.Match[str] | None"]
_LOWERED: dict[re.Pattern[str], Searcher] = {}


def _lowered_searcher(pattern: re.Pattern[str]) -> Searcher:
    """What :func:`search_lowered` calls for a pattern over a foldable lower-cased text: the
    twin's own ``search`` when ``re`` skips ahead to its start by itself (it opens with a
    literal or a set of characters), else the twin tried where its first literals occur."""
    found = _LOWERED.get(pattern)
    if found is None:
        twin = folded(pattern)
        if twin is None:
            found = pattern.search
        elif first_literals(twin) is None or _skips_ahead(twin):
            found = twin.search
        else:
            found = partial(search, twin)
        if len(_LOWERED) > 4096:
            _LOWERED.clear()
        _LOWERED[pattern] = found
    return found


def _skips_ahead(pattern: re.Pattern[str]) -> bool:
    first = _parsed(pattern)[0][0]
    return first is sre_parse.LITERAL or first is sre_parse.IN


def search_lowered(pattern: re.Pattern[str], low: str) -> re.Match[str] | None:
    """``pattern.search(low)`` for a text already lower case (``str.lower`` of some text): a
    case-insensitive pattern's lower-case twin finds the same there (``low.lower()`` is ``low``:
    lowering is idempotent, checked over all of Unicode in ``tests/rules/test_literals.py``),
    tried only where a match can start."""
    return _lowered_searcher(pattern)(low) if foldable(low) else pattern.search(low)


def any_lowered(patterns: Iterable[re.Pattern[str]], low: str) -> bool:
    """``any(p.search(low) for p in patterns)`` for a text already lower case."""
    if not foldable(low):
        return any(p.search(low) for p in patterns)
    return any(_lowered_searcher(p)(low) is not None for p in patterns)
