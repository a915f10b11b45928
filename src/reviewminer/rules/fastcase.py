"""Case-insensitive patterns run faster as case-sensitive ones over lower-cased text.

Python's ``re`` finds no literal start in an ``IGNORECASE`` pattern, so it tries every position
of the text; the same pattern in lower case without the flag skips to where its first letters
occur (several times faster on the opening pages a review type or a board name is looked for
in). :func:`folded` gives that twin of a pattern, or None when its source is not plainly
foldable. The twin over ``text.lower()`` finds exactly the matches (same spans) of the pattern
over ``text`` when :func:`foldable` holds for the text:

- the twin's source is ASCII and differs only in its letters being lower case (escapes kept:
  only ``\\b \\s \\w \\d`` and punctuation; in a character class only lower-case ranges, digit
  ranges and ``A-Z``; no named groups or inline flags);
- outside four characters (``İ ı ſ`` and the Kelvin sign, checked by :func:`foldable`),
  ``str.lower`` keeps every character one character long and its ``\\w``/``\\s``/``\\d`` class,
  maps no other non-ASCII character to ASCII, and no non-ASCII character matches an ASCII one
  case-insensitively; so an ASCII letter of the pattern matches a character of the text with
  ``IGNORECASE`` exactly when it equals the lower-cased character (checked over all of Unicode
  when this was written; ``tests/rules/test_fastcase.py`` keeps the check).
"""

from __future__ import annotations

import re

from reviewminer.rules import regex_cache

__all__ = ["SPECIAL", "finditer_at", "foldable", "folded", "literal_starts"]

#: Characters that match an ASCII letter case-insensitively other than its own two cases, or
#: whose lower case is longer (İ): texts holding one take the original pattern.
SPECIAL = "\u0130\u0131\u017f\u212a"

_CACHE: dict[re.Pattern[str], re.Pattern[str] | None] = {}
_ESCAPE_OK = frozenset("bswd") | frozenset(chr(c) for c in range(128) if not chr(c).isalnum())


def foldable(text: str) -> bool:
    """The text holds none of :data:`SPECIAL` (the twins of :func:`folded` apply to it)."""
    return not any(c in text for c in SPECIAL)


def _class_ok(source: str, i: int) -> int:
    """End of the character class opening at ``source[i]`` when its ranges and escapes fold
    plainly, else -1."""
    j = i + 1
    if j < len(source) and source[j] == "^":
        j += 1
    items: list[str] = []
    while j < len(source) and (source[j] != "]" or not items):
        size = 2 if source[j] == "\\" else 1
        if size == 2 and (j + 1 >= len(source) or source[j + 1] not in _ESCAPE_OK):
            return -1
        items.append(source[j:j + size])
        j += size
    if j >= len(source):
        return -1
    k = 0
    while k < len(items):
        if k + 2 < len(items) and items[k + 1] == "-":  # a range
            a, b = items[k], items[k + 2]
            if not ((a.islower() and b.islower()) or (a.isdigit() and b.isdigit())
                    or (a, b) == ("A", "Z")):
                return -1
            k += 3
        elif any(c.isupper() for c in items[k]):
            return -1
        else:
            k += 1
    return j


def _source_ok(source: str) -> bool:
    if not source.isascii() or "(?P" in source or re.search(r"\(\?[a-zA-Z-]", source):
        return False
    i = 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            if i + 1 >= len(source) or source[i + 1] not in _ESCAPE_OK:
                return False
            i += 2
        elif ch == "[":
            end = _class_ok(source, i)
            if end < 0:
                return False
            i = end + 1
        else:
            i += 1
    return True


def folded(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The case-sensitive lower-case twin of an ``IGNORECASE`` pattern, or None (not
    case-insensitive, or its source not plainly foldable)."""
    if pattern in _CACHE:
        return _CACHE[pattern]
    twin = None
    if pattern.flags & re.IGNORECASE and _source_ok(pattern.pattern):
        twin = regex_cache.compile(pattern.pattern.lower(), pattern.flags & ~re.IGNORECASE)
    if len(_CACHE) > 4096:
        _CACHE.clear()
    _CACHE[pattern] = twin
    return twin


_LOWERED: tuple[str, str, bool] = ("", "", True)  # the last text lowered, and foldable


def _lowered(text: str) -> tuple[str, bool]:
    """``text.lower()`` and :func:`foldable` of the text, remembered for the last text (one
    document's text is looked in several times)."""
    global _LOWERED
    last = _LOWERED
    if last[0] is not text:
        last = _LOWERED = (text, text.lower(), foldable(text))
    return last[1], last[2]


def literal_starts(text: str, literals: tuple[str, ...]) -> list[int] | None:
    """Where one of the ASCII ``literals`` occurs in ``text`` case-insensitively (as an
    ``IGNORECASE`` pattern would find it), in order; None when that cannot be told from the
    lower-cased text (a literal empty or not ASCII, or the text not :func:`foldable`)."""
    if not all(lit and lit.isascii() for lit in literals):
        return None
    low, fold = _lowered(text)
    if not fold:
        return None
    starts: set[int] = set()
    for lit in {lit.lower() for lit in literals}:
        i = low.find(lit)
        while i >= 0:
            starts.add(i)
            i = low.find(lit, i + 1)
    return sorted(starts)


def finditer_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds when none of its matches is empty and each starts
    at one of ``starts`` (ascending): the leftmost match at or after the end of the last one."""
    out: list[re.Match[str]] = []
    end = 0
    for i in starts:
        if i < end:
            continue
        m = pattern.match(text, i)
        if m is not None:
            out.append(m)
            end = m.end()
    return out
