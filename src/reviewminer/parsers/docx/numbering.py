"""List numbering from numbering.xml: definitions, counters in document order, displayed labels."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from reviewminer.parsers.docx.ooxml import (
    IDENTIFIER,
    LEVELS,
    LIST_LEVEL,
    LIST_START,
    MC_ALT,
    MC_FALLBACK,
    OUTLINE_LEVEL,
    VAL,
    is_on,
    to_int,
    w,
)
from reviewminer.parsers.docx.patterns import LEVEL_PLACEHOLDER
from reviewminer.parsers.docx.styles import Styles
from reviewminer.parsers.text import BULLET, normalise

# --------------------------------------------------------------------------------------------
# Number formats

# Counters above these are shown in decimal: a letter label repeats its letter n/26 times and a
# roman one has n/1000 "m"s, so a crafted w:start (or a list of millions of items) would build
# labels of gigabytes. Word's own lists stop at 780 letters ("zzz...z", 30 z) and 32767.
MAX_LETTER_NUMBER = 780
MAX_ROMAN_NUMBER = 32767

_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _roman(n: int) -> str:
    if n <= 0 or n > MAX_ROMAN_NUMBER:
        return str(n)
    out = []
    for value, sym in _ROMAN:
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


def _letters(n: int) -> str:
    # Word: a..z, then aa..zz, aaa.. (the letter repeats; not spreadsheet-style "ab").
    if n <= 0 or n > MAX_LETTER_NUMBER:
        return str(n)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def format_number(n: int, fmt: str) -> str:
    """Render counter ``n`` in an OOXML ``w:numFmt`` (unknown formats fall back to decimal)."""
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "ordinal":
        return _ordinal(n)
    if fmt in ("none", "bullet"):
        return ""
    return str(n)


# --------------------------------------------------------------------------------------------
# Definitions


@dataclass(slots=True)
class Level:
    """One w:lvl of a list definition."""

    fmt: str = "decimal"
    text: str | None = "%1."
    start: int = 1
    restart: int | None = None  # w:lvlRestart (1-based level after which to restart; 0 = never)
    is_lgl: bool = False


@dataclass(slots=True)
class Num:
    """One w:num: an abstractNum plus its per-level overrides."""

    abstract_id: int
    start_overrides: dict[int, int] = field(default_factory=dict)
    level_overrides: dict[int, Level] = field(default_factory=dict)


def parse_level(lvl: etree._Element) -> Level:
    """A w:lvl element as a :class:`Level`."""
    out = Level()
    fmt_el = lvl.find(w("numFmt"))
    if fmt_el is None:
        # Word 2010+ puts custom formats in mc:AlternateContent; the Fallback is a plain format.
        fmt_el = lvl.find(f"{MC_ALT}/{MC_FALLBACK}/{w('numFmt')}")
    if fmt_el is not None:
        out.fmt = fmt_el.get(VAL, "decimal")
    text_el = lvl.find(w("lvlText"))
    out.text = text_el.get(VAL) if text_el is not None else None
    start_el = lvl.find(w("start"))
    if start_el is not None:
        out.start = to_int(start_el.get(VAL), LIST_START, 1) or 0
    rs = lvl.find(w("lvlRestart"))
    if rs is not None:
        out.restart = to_int(rs.get(VAL), OUTLINE_LEVEL)
    out.is_lgl = bool(is_on(lvl.find(w("isLgl"))))
    return out


def _parse_num(num: etree._Element, abstract_el: etree._Element) -> Num:
    n = Num(to_int(abstract_el.get(VAL), IDENTIFIER, -1) or 0)
    for ov in num.iter(w("lvlOverride")):
        il = to_int(ov.get(w("ilvl")), LIST_LEVEL, 0) or 0
        so = ov.find(w("startOverride"))
        if so is not None:
            n.start_overrides[il] = to_int(so.get(VAL), LIST_START, 1) or 0
        lvl = ov.find(w("lvl"))
        if lvl is not None:
            n.level_overrides[il] = parse_level(lvl)
    return n


@dataclass(slots=True)
class _List:
    """The levels one w:num shows: its own overrides, else its abstractNum's levels."""

    num: Num
    levels: dict[int, Level]

    def level(self, i: int) -> Level:
        return self.num.level_overrides.get(i) or self.levels.get(i) or Level()

    def start(self, i: int) -> int:
        return self.num.start_overrides.get(i, self.level(i).start)


# --------------------------------------------------------------------------------------------
# Counting


class Numbering:
    """Word list numbering from numbering.xml, counted in document order.

    Word semantics: counters belong to the *abstract* numbering, so two ``w:num`` that share an
    abstractNum continue one sequence; a ``w:num`` whose ``w:lvlOverride`` has a
    ``w:startOverride`` restarts the level at that value the first time the num is used. Using a
    level resets the counters of deeper levels (unless their ``w:lvlRestart`` says otherwise).
    A ``w:abstractNum`` that only links to a numbering style (``w:numStyleLink``) takes the levels
    of the abstractNum behind that style.
    """

    def __init__(self, root: etree._Element | None, styles: Styles) -> None:
        self.abstract: dict[int, dict[int, Level]] = {}
        self.nums: dict[int, Num] = {}
        self.counters: dict[int, list[int | None]] = {}
        self._applied: set[tuple[int, int]] = set()
        self.missing: set[int] = set()
        self.alias: dict[int, int] = {}  # abstractNum linked to a list style -> its definition
        if root is None:
            return
        style_links = self._read_abstract_nums(root)
        for num in root.iter(w("num")):
            nid = to_int(num.get(w("numId")), IDENTIFIER)
            an_el = num.find(w("abstractNumId"))
            if nid is not None and an_el is not None:
                self.nums[nid] = _parse_num(num, an_el)
        self._resolve_style_links(style_links, styles)

    def _read_abstract_nums(self, root: etree._Element) -> dict[int, str]:
        """Read every w:abstractNum; return those that link to a list style (id -> style id)."""
        style_links: dict[int, str] = {}
        for an in root.iter(w("abstractNum")):
            aid = to_int(an.get(w("abstractNumId")), IDENTIFIER)
            if aid is None:
                continue
            levels: dict[int, Level] = {}
            for lvl in an.iter(w("lvl")):
                il = to_int(lvl.get(w("ilvl")), LIST_LEVEL, 0) or 0
                levels[il] = parse_level(lvl)
            self.abstract[aid] = levels
            link = an.find(w("numStyleLink"))
            if link is not None and link.get(VAL):
                style_links[aid] = link.get(VAL, "")
        return style_links

    def _resolve_style_links(self, style_links: dict[int, str], styles: Styles) -> None:
        # numStyleLink: the abstractNum is a placeholder for the list style's own definition.
        for aid, style_id in style_links.items():
            st = styles.get(style_id)
            if st is None or st.num_id is None or st.num_id not in self.nums:
                continue
            target = self.nums[st.num_id].abstract_id
            if target != aid and target in self.abstract and not self.abstract[aid]:
                self.abstract[aid] = self.abstract[target]
                self.alias[aid] = target

    def next_label(self, num_id: int, ilvl: int) -> str | None:
        """Advance the list counters for one paragraph and return its displayed label."""
        num = self.nums.get(num_id)
        levels = self.abstract.get(num.abstract_id) if num is not None else None
        if num is None or not levels:
            self.missing.add(num_id)
            return None
        ilvl = max(0, min(ilvl, LEVELS - 1))
        lst = _List(num, levels)
        # Lists linked to one list style share its counters too.
        key = self.alias.get(num.abstract_id, num.abstract_id)
        counters = self.counters.setdefault(key, [None] * LEVELS)
        self._count(num_id, lst, ilvl, counters)
        return _label(lst, ilvl, counters)

    def _count(self, num_id: int, lst: _List, ilvl: int, counters: list[int | None]) -> None:
        override = lst.num.start_overrides.get(ilvl)
        if override is not None and (num_id, ilvl) not in self._applied:
            self._applied.add((num_id, ilvl))
            counters[ilvl] = override
        elif counters[ilvl] is None:
            counters[ilvl] = override if override is not None else lst.level(ilvl).start
        else:
            counters[ilvl] = (counters[ilvl] or 0) + 1
        # A level used before its parents makes the parents count as used at their start value
        # (Word and LibreOffice show "1.1" for a first item at level 2, then "2." at level 1).
        for i in range(ilvl):
            if counters[i] is None:
                counters[i] = lst.start(i)
        for deeper in range(ilvl + 1, LEVELS):
            restart = lst.level(deeper).restart
            threshold = deeper if restart is None else restart
            if threshold and ilvl < threshold:
                counters[deeper] = None


def _label(lst: _List, ilvl: int, counters: list[int | None]) -> str | None:
    """The label level ``ilvl`` displays with the current counters."""
    lvl = lst.level(ilvl)
    if lvl.fmt == "bullet":
        return BULLET
    if lvl.text is None or (lvl.fmt == "none" and "%" not in lvl.text):
        return normalise(lvl.text or "") or None

    def repl(m: re.Match[str]) -> str:
        i = int(m.group(1)) - 1
        li = lst.level(i)
        value = counters[i]
        if value is None:  # a deeper level than the current one: not displayed normally
            value = lst.start(i)
        if lvl.is_lgl and li.fmt not in ("none", "bullet"):
            return str(value)
        return format_number(value, li.fmt)

    return normalise(LEVEL_PLACEHOLDER.sub(repl, lvl.text)) or None
