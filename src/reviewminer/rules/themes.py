"""``themes.json``: the taxonomy recommendations are tagged with, and the cues of each theme.

Each theme has an ``id``, a ``label``, a ``definition`` and cues: ``strong`` ones (weight 2: enough
on their own), ``weak`` ones (weight 1) and ``not`` ones (a theme's cue that overlaps a span its ``not`` cues
match does not count). Cues are phrases in a small syntax (see :func:`cue_regex` and the file's
``description``) or ``{"regex", "label", "flags"}`` objects. The file's ``names`` patterns mark the
names of bodies; a cue inside a name weighs ``name_discount`` less. The tagging itself is
:mod:`reviewminer.extract.themes`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, ClassVar

from reviewminer.errors import RuleFileError
from reviewminer.rules import regex_cache
from reviewminer.rules.base import check_keys, compile_pattern, load_fields, rule_field

__all__ = ["Cue", "CueIndex", "CueRef", "Theme", "ThemeRules", "cue_regex"]

_THEME_KEYS = {"id", "label", "definition", "strong", "weak", "not", "comment"}
_CUE_KEYS = {"regex", "label", "flags", "comment"}
_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_SEP = r"[\s\-/\u2010\u2011]+"  # spaces, slashes, ASCII and Unicode hyphens
_GAP = r"(?:[\s\-/\u2010\u2011]+[^\s.;:!?]+){0,3}?[\s\-/\u2010\u2011]+"
_WORD_CHARS = re.compile(r"[\w*)]")
_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]*")  # str.isalnum() of an ASCII character
_ASCII_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@dataclass(frozen=True)
class Cue:
    """One cue: what the explanation calls it, its weight, its regular expression and flags, and
    the literal lower-case start of its first word (``""`` when it has none: the pattern is
    searched)."""

    label: str
    weight: int
    regex: str
    flags: int
    first: str

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """The compiled pattern, on first use: a text tries only the cues whose first word it
        contains, so most of the taxonomy's ~1,600 cues are never compiled in a short run
        (compiling them all took a quarter of a second)."""
        return regex_cache.compile(self.regex, self.flags)


@dataclass(frozen=True)
class Theme:
    """One theme of the taxonomy and its compiled cues."""

    id: str
    label: str
    definition: str
    cues: tuple[Cue, ...]  # strong first, longest phrase first within a weight
    nots: tuple[Cue, ...]  # spans these match do not count for the theme


#: Where a cue is: (theme index, cue index, True for a ``not`` cue).
CueRef = tuple[int, int, bool]


@dataclass(frozen=True)
class CueIndex:
    """Cues by the literal start of their first word, so that each is tried only where a word of
    the text begins with it: (prefix length, {prefix: cues}) by increasing length, and the cues
    without a literal start."""

    by_length: tuple[tuple[int, dict[str, tuple[CueRef, ...]]], ...]
    anywhere: tuple[CueRef, ...]


def _index(themes: tuple[Theme, ...]) -> CueIndex:
    tables: dict[int, dict[str, list[CueRef]]] = {}
    anywhere: list[CueRef] = []
    for t, theme in enumerate(themes):
        for is_not, cues in ((False, theme.cues), (True, theme.nots)):
            for c, cue in enumerate(cues):
                ref = (t, c, is_not)
                if cue.first:
                    tables.setdefault(len(cue.first), {}).setdefault(cue.first, []).append(ref)
                else:
                    anywhere.append(ref)
    return CueIndex(tuple((n, {k: tuple(v) for k, v in tables[n].items()}) for n in sorted(tables)),
                    tuple(anywhere))


#: :func:`_word`'s translation of each character: ``re.escape``'s escapes (ASCII punctuation and
#: white space; every other character stands for itself) and the cue syntax's own pieces.
_WORD_TABLE: dict[int, str] = {
    **{i: re.escape(chr(i)) for i in range(128) if re.escape(chr(i)) != chr(i)},
    ord("*"): r"\w*", ord("("): "(?:", ord("|"): "|", ord(")"): ")",
    ord("-"): r"[\s\-\u2010\u2011]?", ord("'"): "['’]?", ord("’"): "['’]?",
}


def _word(word: str) -> str:
    """A cue word as regex: ``*`` any letters, ``(a|b)`` alternatives, inner hyphen optional,
    apostrophe either quote or none, anything else literal (one ``str.translate``: ~1,600 cues
    are built in every new process)."""
    return word.translate(_WORD_TABLE)


def cue_regex(phrase: str) -> tuple[str, bool]:
    """The regex of a cue phrase, and whether it is matched case-sensitively (an acronym: no
    lower-case letter and two or more capitals): ``"shar* ... information"`` matches "share
    relevant information", ``"multi-agency"`` "multiagency" and "multi agency".
    """
    words = phrase.split()
    parts: list[str] = []
    for k, w in enumerate(words):
        if w == "...":
            continue
        if parts:
            parts.append(_GAP if words[k - 1] == "..." else _SEP)
        parts.append(_word(w))
    body = "".join(parts)
    start = r"\b" if _WORD_CHARS.match(phrase[0]) or phrase[0] == "(" else ""
    end = r"\b" if _WORD_CHARS.match(phrase[-1]) else ""
    if phrase.isascii():  # (nearly every cue: the same test with str methods, not per character)
        acronym = phrase.upper() == phrase and sum(map(phrase.count, _ASCII_UPPER)) >= 2
    else:
        acronym = not any(c.islower() for c in phrase) and sum(c.isupper() for c in phrase) >= 2
    return start + body + end, acronym


def _first(phrase: str) -> str:
    """The literal lower-case start of a phrase's first word ("shar" for "shar* ... x")."""
    if phrase.isascii():  # (nearly every cue) ASCII letters and digits, lowered as a whole
        m = _ASCII_ALNUM.match(phrase)
        return m.group().lower() if m else ""
    out = []
    for ch in phrase:
        if not ch.isalnum():
            break
        out.append(ch.lower())
    return "".join(out)


def _balanced(phrase: str) -> bool:
    """Whether a phrase's parentheses pair up: the regex :func:`cue_regex` makes of such a phrase
    always compiles (everything else in it is escaped or a fixed piece), so it can wait until it
    is used."""
    if "(" not in phrase and ")" not in phrase:
        return True
    depth = 0
    for ch in phrase:
        depth += (ch == "(") - (ch == ")")
        if depth < 0:
            return False
    return depth == 0


def _cue(path: Path, where: str, spec: Any, weight: int) -> Cue:
    if isinstance(spec, dict):
        check_keys(path, where, spec, _CUE_KEYS, {"regex"})
        compiled = compile_pattern(path, where, {k: v for k, v in spec.items() if k != "label"})
        label = spec.get("label", spec["regex"])
        if not isinstance(label, str):
            raise RuleFileError(path, f"{where}: label must be a string")
        cue = Cue(label, weight, compiled.pattern, compiled.flags, "")
        cue.__dict__["pattern"] = compiled  # compiled already (to check it): keep it
        return cue
    if not isinstance(spec, str) or not spec.strip() or spec.strip() == "...":
        raise RuleFileError(path, f"{where}: a cue must be a non-empty phrase or a regex object")
    phrase = spec.strip()
    regex, sensitive = cue_regex(phrase)
    flags = 0 if sensitive else re.IGNORECASE
    if not _balanced(phrase):  # the one way a phrase makes a bad regex: say which now
        compile_pattern(path, where, {"regex": regex, "flags": "" if sensitive else "i"})
    return Cue(phrase, weight, regex, flags, _first(phrase))


def _cue_list(path: Path, where: str, value: Any, weight: int) -> list[Cue]:
    if not isinstance(value, list):
        raise RuleFileError(path, f"{where}: expected a list of cues")
    cues = [_cue(path, f"{where}[{i}]", spec, weight) for i, spec in enumerate(value)]
    return sorted(cues, key=lambda c: -len(c.label))  # longest first: the alternation tries it first


def _theme(path: Path, where: str, entry: Any) -> Theme:
    check_keys(path, where, entry, _THEME_KEYS, {"id", "label"})
    for key in ("id", "label", "definition"):
        if not isinstance(entry.get(key, ""), str):
            raise RuleFileError(path, f"{where}.{key}: expected a string")
    if not _ID.match(entry["id"]):
        raise RuleFileError(path, f"{where}.id: {entry['id']!r} must be lower-case letters, digits, _")
    cues = _cue_list(path, f"{where}.strong", entry.get("strong", []), 2) + \
        _cue_list(path, f"{where}.weak", entry.get("weak", []), 1)
    if not cues:
        raise RuleFileError(path, f"{where}: a theme needs at least one strong or weak cue")
    nots = _cue_list(path, f"{where}.not", entry.get("not", []), 0)
    return Theme(entry["id"], entry["label"], entry.get("definition", ""), tuple(cues), tuple(nots))


def _themes(path: Path, where: str, value: Any) -> tuple[Theme, ...]:
    if not isinstance(value, list):
        raise RuleFileError(path, f"{where}: expected a list of themes")
    themes = tuple(_theme(path, f"{where}[{i}]", e) for i, e in enumerate(value))
    seen: set[str] = set()
    for i, t in enumerate(themes):
        if t.id in seen:
            raise RuleFileError(path, f"{where}[{i}].id: {t.id!r} appears twice")
        seen.add(t.id)
    return themes


def _positive_int(path: Path, where: str, value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise RuleFileError(path, f"{where}: expected a non-negative integer, got {value!r}")
    return value


@dataclass(frozen=True)
class ThemeRules:
    """The taxonomy and how a theme's score decides it (see the file's ``description``)."""

    FILE: ClassVar[str] = "themes.json"

    themes: tuple[Theme, ...] = rule_field("custom")
    threshold: int = rule_field("custom", optional=True, default=2)
    max_themes: int = rule_field("custom", optional=True, default=4)
    name_discount: int = rule_field("custom", optional=True, default=1)
    names: tuple[re.Pattern[str], ...] = rule_field("patterns", optional=True, default=())

    @cached_property
    def index(self) -> CueIndex:
        """Every cue by the literal start of its first word (see :class:`CueIndex`)."""
        return _index(self.themes)

    @classmethod
    def from_json(cls, path: Path, data: dict[str, Any]) -> ThemeRules:
        custom = {"themes": _themes, "threshold": _positive_int, "max_themes": _positive_int,
                  "name_discount": _positive_int}
        return cls(**load_fields(cls, path, data, custom))
