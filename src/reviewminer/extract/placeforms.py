"""Where a text names a body after one of the document's places ("Barnsley Safeguarding
Children's Board"): the matches of ``\\b(?:PLACES)\\s+(?:NAMES)\\b`` (case-insensitive; a body's
names longest first, an apostrophe optional or curly).

The body's names make most of that pattern and do not depend on the document: they are compiled
once per process (:func:`_names_after_place`), and each place is matched on its own where it
occurs, rather than the whole pattern being compiled for every document (about a millisecond a
body).
"""

from __future__ import annotations

import re

from reviewminer.rules.fastcase import finditer_at, literal_starts

__all__ = ["place_forms"]

#: A body's names (as the gazetteer lists them) -> ``(?:NAMES)\b``, or None when a name could
#: begin with a space (the place's ``\s+`` could then give way to it: the whole pattern is used).
_NAMES: dict[tuple[str, ...], re.Pattern[str] | None] = {}
_MAX_NAMES = 4096


def _names_source(names: tuple[str, ...]) -> str:
    return "|".join(re.escape(n).replace("'", "['\u2019]?")
                    for n in sorted(names, key=len, reverse=True))


def _names_after_place(names: tuple[str, ...]) -> re.Pattern[str] | None:
    if names in _NAMES:
        return _NAMES[names]
    safe = all(n and not n[0].isspace() and n[0] != "'" for n in names)
    compiled = re.compile(rf"(?:{_names_source(names)})\b", re.I) if safe else None
    if len(_NAMES) >= _MAX_NAMES:
        _NAMES.clear()
    _NAMES[names] = compiled
    return compiled


_STARTS: tuple[str, tuple[str, ...], list[int] | None] = ("", (), None)


def _place_starts(text: str, places: tuple[str, ...]) -> list[int] | None:
    """:func:`~reviewminer.rules.fastcase.literal_starts` of the places, remembered for the last
    text and places (a document's bodies are each looked for after the same places)."""
    global _STARTS
    last = _STARTS
    if last[0] is not text or last[1] != places:
        last = _STARTS = (text, places, literal_starts(text, places))
    return last[2]


def place_forms(text: str, places: tuple[str, ...], names: tuple[str, ...]) -> list[str]:
    """The texts of the leftmost non-overlapping matches of the pattern, in order."""
    # each match starts with a place: only where one occurs is the pattern tried
    starts = _place_starts(text, places)
    after = _names_after_place(names)
    if starts is None or after is None:
        alts = "|".join(re.escape(p) for p in places)
        pattern = re.compile(rf"\b(?:{alts})\s+(?:{_names_source(names)})\b", re.I)
        found = pattern.finditer(text) if starts is None else finditer_at(pattern, text, starts)
        return [m.group(0) for m in found]
    # the places in order, as the alternation tries them; the names cannot begin with a space,
    # so a match takes the whole run of spaces after its place
    place_patterns = [re.compile(rf"\b{re.escape(p)}\s+", re.I) for p in places]
    out: list[str] = []
    end = 0
    for i in starts:
        if i < end:
            continue
        for place in place_patterns:
            m = place.match(text, i)
            body = after.match(text, m.end()) if m is not None else None
            if body is not None:
                out.append(text[i:body.end()])
                end = body.end()
                break
    return out
