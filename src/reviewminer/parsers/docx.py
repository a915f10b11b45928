"""Word .docx parser: body text in reading order, headings, recovered list numbers, tables, pages.

The package is read with :mod:`zipfile` and the parts with :mod:`lxml` directly (not through
python-docx's object model): one recursive walk over ``word/document.xml`` gives paragraphs and
tables in document order, and it sees every piece of a paragraph python-docx's ``paragraph.text``
misses or gets wrong (text in tracked insertions, content controls, field results and text boxes;
no deleted or hidden text).

What the walk recovers:

* **Text.** ``w:t`` in runs anywhere inside a paragraph (hyperlinks, ``w:ins``, ``w:sdt``, smart
  tags, ``w:fldSimple`` and complex-field results); ``w:tab``/``w:br``/``w:cr`` become a space,
  ``w:noBreakHyphen`` a hyphen, ``w:sym`` its character. Skipped: ``w:del``/``w:moveFrom``
  (deleted text), field instructions, hidden runs (``w:vanish`` on the run, its character style or
  the paragraph style), footnote/endnote reference marks. Headers, footers, footnotes, endnotes and
  comments live in other parts and are never read. Text boxes (``w:txbxContent``) are emitted as
  their own blocks right after the paragraph that anchors them (the VML fallback copy is skipped).
* **Headings.** ``kind="heading"`` when the paragraph has an outline level 0-8 (``w:outlineLvl``
  on the paragraph, else the first one found along the style's ``w:basedOn`` chain) or a style in
  that chain is a built-in "heading N" (level N) or "Title" (level 1). TOC paragraphs are never
  headings.
* **Numbering.** ``w:numPr`` on the paragraph or inherited through the style chain is resolved
  with Word's semantics (see :class:`_Numbering`); the displayed label ("2.1", "a)", "(iii)",
  "Recommendation 3:", "•" for every bullet) goes to ``Block.label`` and, followed by one space,
  to the front of ``Block.text``.
* **Tables.** One block per table, ``rows`` = cell texts. A horizontally merged cell
  (``w:gridSpan``) keeps its text in its first grid column and leaves the columns it covers blank
  (so text is not duplicated); a vertically merged continuation cell (``w:vMerge`` without
  ``restart``) *carries the text of the cell above*, so every row of an action plan keeps its
  lead agency. Paragraphs inside a cell are joined by "\\n" in ``rows`` (and by a space in
  ``Block.text``, so each table row is one line of text); nested tables are flattened into the
  cell (their rows on separate lines, cells joined by " | ").
* **TOC.** Paragraphs with a "TOC n"/"toc n" style, or inside a ``TOC`` field or a
  "Table of Contents" content control, keep their style name; when that name does not already
  start with "TOC" it becomes ``"TOC (<style>)"`` so consumers can skip every TOC line by
  ``style.lower().startswith("toc")``.
* **Pages are estimates.** A .docx has no pages. Explicit breaks always count
  (``w:br w:type="page"``, ``w:pageBreakBefore``, a section whose ``w:type`` starts a new page).
  A document Word paginated carries ``w:lastRenderedPageBreak`` markers where its pages began;
  those are then the page starts (a marker right after an explicit break, with no text in
  between, is the same page start and counts once). A document without any marker (python-docx,
  LibreOffice and most converters never write them) gets a layout estimate instead: each
  paragraph's height is estimated from its length, font size, spacing and the section's text
  area (tables row by row, using the grid column widths) and flowed onto pages. On LibreOffice
  renderings of the sample reports this puts ~95 % of blocks on the right page (mean error
  0.02-0.2 pages); fonts much wider or narrower than Arial/Calibri/Times skew it.
  ``DocxParser(estimate_layout=False)`` counts explicit breaks only (a lower bound).
* **Tracked changes** are read as the final view: insertions in, deletions out; a numbered
  paragraph deleted with its paragraph mark does not consume a list number.

Untrusted input: XML is parsed with entity resolution and network access off; ``document.xml``
larger than ``max_xml_bytes`` (uncompressed; default 200 MB) raises
:class:`~reviewminer.errors.DocumentTooLargeError` before or while it is decompressed.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Any

from lxml import etree

from reviewminer.errors import (
    CorruptDocumentError,
    DocumentTooLargeError,
    EmptyDocumentError,
    EncryptedDocumentError,
    UnsupportedFormatError,
)
from reviewminer.parsers.base import Block, RawDocument
from reviewminer.parsers.text import BULLET, normalise

__all__ = ["DocxParser"]

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_STRICT_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_W = f"{{{W_NS}}}"


def _w(tag: str) -> str:
    return _W + tag


# Tags used in the walk (precomputed: the walk compares tags millions of times on big files).
P, TBL, TR, TC, SDT, SDT_CONTENT, SDT_PR, SDT_END_PR = map(
    _w, ["p", "tbl", "tr", "tc", "sdt", "sdtContent", "sdtPr", "sdtEndPr"]
)
R, T, TAB, PTAB, BR, CR, NBH, SYM = map(
    _w, ["r", "t", "tab", "ptab", "br", "cr", "noBreakHyphen", "sym"]
)
PPR, RPR, PSTYLE, RSTYLE, NUMPR, NUMID, ILVL, OUTLINE = map(
    _w, ["pPr", "rPr", "pStyle", "rStyle", "numPr", "numId", "ilvl", "outlineLvl"]
)
FLDCHAR, INSTR, FLDSIMPLE, LRPB, PBB, SECTPR, TYPE = map(
    _w, ["fldChar", "instrText", "fldSimple", "lastRenderedPageBreak", "pageBreakBefore",
         "sectPr", "type"]
)
TXBX, FNREF, ENREF, B, VANISH, TCPR, TRPR, GRIDSPAN, VMERGE = map(
    _w, ["txbxContent", "footnoteReference", "endnoteReference", "b", "vanish", "tcPr", "trPr",
         "gridSpan", "vMerge"]
)
GRID_BEFORE, GRID_AFTER, CUSTOM_XML, ALT_CHUNK, SPACING, IND, SZ = map(
    _w, ["gridBefore", "gridAfter", "customXml", "altChunk", "spacing", "ind", "sz"]
)
VAL = _w("val")
MC_ALT, MC_CHOICE, MC_FALLBACK = (f"{{{MC_NS}}}{t}" for t in ("AlternateContent", "Choice",
                                                             "Fallback"))

# Subtrees whose text is never displayed: deletions, moved-away text, properties, field code.
_SKIP = frozenset(
    map(_w, ["del", "moveFrom", "pPr", "rPr", "sdtPr", "sdtEndPr", "delText", "delInstrText",
             "instrText", "commentReference", "annotationRef", "footnoteRef", "endnoteRef",
             "proofErr", "bookmarkStart", "bookmarkEnd", "permStart", "permEnd"])
) | {MC_FALLBACK}
_FALSE = frozenset({"0", "false", "off", "none"})

DEFAULT_MAX_XML_BYTES = 200 * 1024 * 1024
# Side parts (styles, numbering, core properties) are small in real documents.
_MAX_SIDE_PART_BYTES = 50 * 1024 * 1024

_XML_PARSER_KW: dict[str, Any] = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "dtd_validation": False,
    "huge_tree": False,
    "remove_comments": True,
    "remove_pis": True,
}

# Built-in style names are stored in lower case in styles.xml ("heading 1"); Word shows them
# capitalised. Only the ones consumers look at need a fixed spelling.
_HEADING_NAME = re.compile(r"^heading\s*([1-9])$", re.I)
_TOC_NAME = re.compile(r"^toc\s*([1-9])$", re.I)


def _ui_style_name(name: str) -> str:
    m = _HEADING_NAME.match(name)
    if m:
        return f"Heading {m.group(1)}"
    m = _TOC_NAME.match(name)
    if m:
        return f"TOC {m.group(1)}"
    low = name.lower()
    if low in ("title", "normal", "subtitle", "caption", "header", "footer", "footnote text",
               "list paragraph", "list number", "list bullet", "body text", "toc heading"):
        return " ".join(w.upper() if w == "toc" else w.capitalize() for w in low.split())
    return name


def _is_on(el: etree._Element | None) -> bool | None:
    """Value of an OOXML on/off property element (None when absent)."""
    if el is None:
        return None
    v = el.get(VAL)
    return v is None or v.lower() not in _FALSE


def _int(v: str | None, default: int | None = None) -> int | None:
    if v is None:
        return default
    try:
        return int(v)
    except ValueError:
        try:
            return int(float(v))
        except ValueError:
            return default


# --------------------------------------------------------------------------------------------
# Styles


@dataclass(slots=True)
class _Style:
    style_id: str
    name: str
    kind: str  # paragraph | character | table | numbering
    based_on: str | None = None
    outline: int | None = None  # 0-9 as in w:outlineLvl
    num_id: int | None = None
    num_ilvl: int | None = None
    bold: bool | None = None
    hidden: bool | None = None
    page_break_before: bool | None = None
    size: float | None = None  # font size in points
    before: float | None = None  # paragraph spacing in points
    after: float | None = None
    line: float | None = None  # line spacing multiple (lineRule auto) or points (exact)
    line_exact: bool = False


def _spacing(el: etree._Element | None) -> tuple[float | None, float | None, float | None, bool]:
    """(before pt, after pt, line multiple-or-pt, exact) from a w:spacing element."""
    if el is None:
        return None, None, None, False
    before = _int(el.get(_w("before")))
    after = _int(el.get(_w("after")))
    line = _int(el.get(_w("line")))
    rule = el.get(_w("lineRule"), "auto")
    exact = rule in ("exact", "atLeast")
    return (before / 20 if before is not None else None,
            after / 20 if after is not None else None,
            (line / 20 if exact else line / 240) if line else None, exact)


@dataclass(slots=True)
class _ResolvedStyle:
    """A paragraph style with its basedOn chain folded in."""

    name: str
    heading_level: int | None  # 1-9, from outline level or heading/title style
    num: tuple[int, int | None] | None  # (numId, ilvl or None) from the first numPr in the chain
    bold: bool
    hidden: bool
    page_break_before: bool
    is_toc: bool
    size: float = 11.0
    before: float = 0.0
    after: float = 0.0
    line: float = 1.0
    line_exact: bool = False


class _Styles:
    def __init__(self, root: etree._Element | None) -> None:
        self._elements: dict[str, etree._Element] = {}
        self._built: dict[str, _Style] = {}
        self.default_para: str | None = None
        self.default_bold = False
        self.default_size = 10.0  # Word's default when styles.xml says nothing
        self.default_spacing: tuple[float, float, float, bool] = (0.0, 0.0, 1.0, False)
        self._para_cache: dict[str | None, _ResolvedStyle] = {}
        self._char_cache: dict[str, tuple[bool | None, bool | None]] = {}
        if root is None:
            return
        rpr_default = root.find(f"{_w('docDefaults')}/{_w('rPrDefault')}/{RPR}")
        if rpr_default is not None:
            self.default_bold = bool(_is_on(rpr_default.find(B)))
            sz = rpr_default.find(_w("sz"))
            if sz is not None:
                self.default_size = (_int(sz.get(VAL), 22) or 22) / 2
        ppr_default = root.find(f"{_w('docDefaults')}/{_w('pPrDefault')}/{PPR}")
        if ppr_default is not None:
            b4, af, ln, ex = _spacing(ppr_default.find(_w("spacing")))
            self.default_spacing = (b4 or 0.0, af or 0.0, ln or 1.0, ex)
        # Only the style elements are indexed here; a _Style is built when first needed (a
        # template carries hundreds of styles, a document uses a dozen).
        for st in root.iterchildren(_w("style")):
            sid = st.get(_w("styleId"))
            if not sid:
                continue
            self._elements.setdefault(sid, st)
            if st.get(_w("type"), "paragraph") == "paragraph" and \
                    st.get(_w("default")) in ("1", "true", "on"):
                self.default_para = sid

    def get(self, sid: str | None) -> _Style | None:
        """The style with id ``sid`` (None if the document does not define it)."""
        if not sid:
            return None
        s = self._built.get(sid)
        if s is not None:
            return s
        st = self._elements.get(sid)
        if st is None:
            return None
        s = self._built[sid] = self._build(sid, st)
        return s

    @staticmethod
    def _build(sid: str, st: etree._Element) -> _Style:
        name_el = st.find(_w("name"))
        name = name_el.get(VAL, sid) if name_el is not None else sid
        kind = st.get(_w("type"), "paragraph")
        s = _Style(sid, _ui_style_name(name or sid), kind)
        based = st.find(_w("basedOn"))
        if based is not None:
            s.based_on = based.get(VAL)
        ppr = st.find(PPR)
        if ppr is not None:
            ol = ppr.find(OUTLINE)
            if ol is not None:
                s.outline = _int(ol.get(VAL))
            npr = ppr.find(NUMPR)
            if npr is not None:
                nid = npr.find(NUMID)
                if nid is not None:
                    s.num_id = _int(nid.get(VAL))
                il = npr.find(ILVL)
                if il is not None:
                    s.num_ilvl = _int(il.get(VAL))
            s.page_break_before = _is_on(ppr.find(PBB))
            s.before, s.after, s.line, s.line_exact = _spacing(ppr.find(_w("spacing")))
        rpr = st.find(RPR)
        if rpr is not None:
            s.bold = _is_on(rpr.find(B))
            s.hidden = _is_on(rpr.find(VANISH))
            sz = rpr.find(_w("sz"))
            if sz is not None and _int(sz.get(VAL)):
                s.size = (_int(sz.get(VAL)) or 22) / 2
        return s

    def chain(self, sid: str | None) -> Iterator[_Style]:
        seen: set[str] = set()
        while sid and sid not in seen:
            s = self.get(sid)
            if s is None:
                return
            seen.add(sid)
            yield s
            sid = s.based_on

    def paragraph(self, sid: str | None) -> _ResolvedStyle:
        key = sid if sid in self._elements else None
        cached = self._para_cache.get(key)
        if cached is not None:
            return cached
        start = key or self.default_para
        chain = list(self.chain(start))
        name = chain[0].name if chain else (sid or "Normal")
        level: int | None = None
        for s in chain:
            if s.outline is not None:
                level = s.outline + 1 if 0 <= s.outline <= 8 else None
                break
            m = _HEADING_NAME.match(s.name)
            if m:
                level = int(m.group(1))
                break
            if s.name.lower() == "title":
                level = 1
                break
        num: tuple[int, int | None] | None = None
        for s in chain:
            if s.num_id is not None:
                num = (s.num_id, s.num_ilvl)
                break
        bold = next((s.bold for s in chain if s.bold is not None), self.default_bold)
        hidden = next((s.hidden for s in chain if s.hidden is not None), False)
        pbb = next((s.page_break_before for s in chain if s.page_break_before is not None), False)
        is_toc = any(_TOC_NAME.match(s.name) or s.name.lower() == "toc heading" for s in chain)
        d_before, d_after, d_line, d_exact = self.default_spacing
        line_style = next((s for s in chain if s.line is not None), None)
        res = _ResolvedStyle(
            name, level, num, bool(bold), bool(hidden), bool(pbb), is_toc,
            size=next((s.size for s in chain if s.size is not None), self.default_size),
            before=next((s.before for s in chain if s.before is not None), d_before),
            after=next((s.after for s in chain if s.after is not None), d_after),
            line=line_style.line if line_style and line_style.line else d_line,
            line_exact=line_style.line_exact if line_style else d_exact,
        )
        self._para_cache[key] = res
        return res

    def character(self, sid: str) -> tuple[bool | None, bool | None]:
        """(bold, hidden) set by a character style chain, None where it does not say."""
        cached = self._char_cache.get(sid)
        if cached is None:
            chain = list(self.chain(sid))
            bold = next((s.bold for s in chain if s.bold is not None), None)
            hidden = next((s.hidden for s in chain if s.hidden is not None), None)
            cached = self._char_cache[sid] = (bold, hidden)
        return cached


# --------------------------------------------------------------------------------------------
# Numbering


@dataclass(slots=True)
class _Level:
    fmt: str = "decimal"
    text: str | None = "%1."
    start: int = 1
    restart: int | None = None  # w:lvlRestart (1-based level after which to restart; 0 = never)
    is_lgl: bool = False


@dataclass(slots=True)
class _Num:
    abstract_id: int
    start_overrides: dict[int, int] = field(default_factory=dict)
    level_overrides: dict[int, _Level] = field(default_factory=dict)


def _parse_level(lvl: etree._Element) -> _Level:
    out = _Level()
    fmt_el = lvl.find(_w("numFmt"))
    if fmt_el is None:
        # Word 2010+ puts custom formats in mc:AlternateContent; the Fallback is a plain format.
        fmt_el = lvl.find(f"{MC_ALT}/{MC_FALLBACK}/{_w('numFmt')}")
    if fmt_el is not None:
        out.fmt = fmt_el.get(VAL, "decimal")
    text_el = lvl.find(_w("lvlText"))
    out.text = text_el.get(VAL) if text_el is not None else None
    start_el = lvl.find(_w("start"))
    if start_el is not None:
        out.start = _int(start_el.get(VAL), 1) or 0
    elif out.fmt != "decimal":
        out.start = 1
    rs = lvl.find(_w("lvlRestart"))
    if rs is not None:
        out.restart = _int(rs.get(VAL))
    out.is_lgl = bool(_is_on(lvl.find(_w("isLgl"))))
    return out


_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
_PLACEHOLDER = re.compile(r"%([1-9])")


def _roman(n: int) -> str:
    if n <= 0:
        return str(n)
    out = []
    for value, sym in _ROMAN:
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


def _letters(n: int) -> str:
    # Word: a..z, then aa..zz, aaa.. (the letter repeats; not spreadsheet-style "ab").
    if n <= 0:
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


class _Numbering:
    """Word list numbering from numbering.xml, counted in document order.

    Word semantics: counters belong to the *abstract* numbering, so two ``w:num`` that share an
    abstractNum continue one sequence; a ``w:num`` whose ``w:lvlOverride`` has a
    ``w:startOverride`` restarts the level at that value the first time the num is used. Using a
    level resets the counters of deeper levels (unless their ``w:lvlRestart`` says otherwise).
    A ``w:abstractNum`` that only links to a numbering style (``w:numStyleLink``) takes the levels
    of the abstractNum behind that style.
    """

    def __init__(self, root: etree._Element | None, styles: _Styles) -> None:
        self.abstract: dict[int, dict[int, _Level]] = {}
        self.nums: dict[int, _Num] = {}
        self.counters: dict[int, list[int | None]] = {}
        self._applied: set[tuple[int, int]] = set()
        self.missing: set[int] = set()
        self.alias: dict[int, int] = {}  # abstractNum linked to a list style -> its definition
        if root is None:
            return
        style_links: dict[int, str] = {}
        for an in root.iter(_w("abstractNum")):
            aid = _int(an.get(_w("abstractNumId")))
            if aid is None:
                continue
            levels: dict[int, _Level] = {}
            for lvl in an.iter(_w("lvl")):
                il = _int(lvl.get(_w("ilvl")), 0) or 0
                levels[il] = _parse_level(lvl)
            self.abstract[aid] = levels
            link = an.find(_w("numStyleLink"))
            if link is not None and link.get(VAL):
                style_links[aid] = link.get(VAL, "")
        for num in root.iter(_w("num")):
            nid = _int(num.get(_w("numId")))
            an_el = num.find(_w("abstractNumId"))
            if nid is None or an_el is None:
                continue
            n = _Num(_int(an_el.get(VAL), -1) or 0)
            for ov in num.iter(_w("lvlOverride")):
                il = _int(ov.get(_w("ilvl")), 0) or 0
                so = ov.find(_w("startOverride"))
                if so is not None:
                    n.start_overrides[il] = _int(so.get(VAL), 1) or 0
                lvl = ov.find(_w("lvl"))
                if lvl is not None:
                    n.level_overrides[il] = _parse_level(lvl)
            self.nums[nid] = n
        # numStyleLink: the abstractNum is a placeholder for the list style's own definition.
        for aid, style_id in style_links.items():
            st = styles.get(style_id)
            if st is None or st.num_id is None or st.num_id not in self.nums:
                continue
            target = self.nums[st.num_id].abstract_id
            if target != aid and target in self.abstract and not self.abstract[aid]:
                self.abstract[aid] = self.abstract[target]
                self.alias[aid] = target

    def _counters_key(self, num: _Num) -> int:
        # Lists linked to one list style share its counters too.
        return self.alias.get(num.abstract_id, num.abstract_id)

    def next_label(self, num_id: int, ilvl: int) -> str | None:
        """Advance the list counters for one paragraph and return its displayed label."""
        num = self.nums.get(num_id)
        if num is None:
            self.missing.add(num_id)
            return None
        levels = self.abstract.get(num.abstract_id)
        if not levels:
            self.missing.add(num_id)
            return None
        ilvl = max(0, min(ilvl, 8))

        def level(i: int) -> _Level:
            return num.level_overrides.get(i) or levels.get(i) or _Level()

        key = self._counters_key(num)
        counters = self.counters.setdefault(key, [None] * 9)
        lvl = level(ilvl)
        override = num.start_overrides.get(ilvl)
        if override is not None and (num_id, ilvl) not in self._applied:
            self._applied.add((num_id, ilvl))
            counters[ilvl] = override
        elif counters[ilvl] is None:
            counters[ilvl] = override if override is not None else lvl.start
        else:
            counters[ilvl] = (counters[ilvl] or 0) + 1
        # A level used before its parents makes the parents count as used at their start value
        # (Word and LibreOffice show "1.1" for a first item at level 2, then "2." at level 1).
        for i in range(ilvl):
            if counters[i] is None:
                counters[i] = num.start_overrides.get(i, level(i).start)
        for deeper in range(ilvl + 1, 9):
            restart = level(deeper).restart
            threshold = deeper if restart is None else restart
            if threshold and ilvl < threshold:
                counters[deeper] = None
        if lvl.fmt == "bullet":
            return BULLET
        if lvl.text is None or (lvl.fmt == "none" and "%" not in lvl.text):
            return normalise(lvl.text or "") or None

        def repl(m: re.Match[str]) -> str:
            i = int(m.group(1)) - 1
            li = level(i)
            value = counters[i]
            if value is None:  # a deeper level than the current one: not displayed normally
                value = num.start_overrides.get(i, li.start)
            if lvl.is_lgl and li.fmt not in ("none", "bullet"):
                return str(value)
            return format_number(value, li.fmt)

        return normalise(_PLACEHOLDER.sub(repl, lvl.text)) or None


# --------------------------------------------------------------------------------------------
# The body walk


@dataclass(slots=True)
class _Field:
    instr: str = ""
    in_result: bool = False
    is_toc: bool = False


@dataclass(slots=True)
class _Section:
    """How a section starts and the size of its text area, in points."""

    start: str = "nextPage"
    width: float = 451.0  # A4 with 2.54 cm margins
    height: float = 698.0

    @classmethod
    def from_xml(cls, sect: etree._Element) -> _Section:
        out = cls()
        t = sect.find(TYPE)
        if t is not None:
            out.start = t.get(VAL, "nextPage")
        size = sect.find(_w("pgSz"))
        mar = sect.find(_w("pgMar"))
        w = _int(size.get(_w("w"))) if size is not None else None
        h = _int(size.get(_w("h"))) if size is not None else None
        m = {k: abs(_int(mar.get(_w(k)), 1440) or 0) if mar is not None else 1440
             for k in ("top", "bottom", "left", "right")}
        if w and h:
            out.width = max(72.0, (w - m["left"] - m["right"]) / 20)
            out.height = max(72.0, (h - m["top"] - m["bottom"]) / 20)
        return out


# Layout estimate for documents Word never paginated: average glyph width as a fraction of the
# font size (Calibri/Arial body text, spaces included) and line height as a multiple of it.
_CHAR_WIDTH = 0.44
_LINE_HEIGHT = 1.15


@dataclass(slots=True)
class _Para:
    """Text and cues collected from one paragraph."""

    parts: list[str] = field(default_factory=list)
    page: int | None = None  # page of the first visible character
    page_end: int | None = None
    bold_chars: int = 0
    plain_chars: int = 0
    toc: bool = False
    textboxes: list[etree._Element] = field(default_factory=list)
    size: float | None = None  # direct font size of the first text run


class _Walker:
    def __init__(self, styles: _Styles, numbering: _Numbering, sections: list[_Section], *,
                 flow: bool) -> None:
        self.styles = styles
        self.numbering = numbering
        self.page = 1
        # flow=True: no rendered page-break markers, so also estimate where text overflows a
        # page from its length, font size and the page's text area.
        self.flow = flow
        self.y = 0.0  # points used on the current page (flow mode)
        self.table_depth = 0
        self.cell_width = 0.0  # text width of the table cell being read (flow mode)
        self.cell_height = 0.0  # estimated height of its paragraphs so far
        self.seen_text = False  # any visible text so far in the document
        self.break_pending = False  # an explicit break happened and no text followed yet
        self.fields: list[_Field] = []
        self.sections = sections or [_Section()]
        self.section_index = 0
        self.blocks: list[Block] = []
        self.warnings: list[str] = []

    # -- page accounting ---------------------------------------------------------------------

    def _explicit_break(self) -> None:
        if self.seen_text and not self.break_pending:
            self.page += 1
            self.y = 0.0
            self.break_pending = True

    def _rendered_break(self) -> None:
        # Word writes the marker where content resumes; after an explicit break it is the same
        # page start, so count it once.
        if self.seen_text and not self.break_pending:
            self.page += 1
            self.break_pending = True

    @property
    def _section(self) -> _Section:
        return self.sections[min(self.section_index, len(self.sections) - 1)]

    def _advance(self, height: float, first_line: float) -> tuple[int, int]:
        """Flow ``height`` points of content; return its (first, last) estimated page."""
        page_h = self._section.height
        if self.y > 0 and self.y + first_line > page_h:
            self.page += 1
            self.y = 0.0
        start = self.page
        self.y += height
        while self.y > page_h:
            self.page += 1
            self.y -= page_h
        if self.y > 0:
            self.break_pending = False
        return start, self.page

    def _text_height(self, text: str, size: float, width: float, style: _ResolvedStyle,
                     before: float, after: float) -> tuple[float, float]:
        """(total height, first line height) of a paragraph, in points."""
        line_h = style.line if style.line_exact else size * _LINE_HEIGHT * style.line
        per_line = max(8, int(width / (size * _CHAR_WIDTH)))
        lines = max(1, -(-len(text) // per_line))
        return before + lines * line_h + after, before + line_h

    def _toc_open(self) -> bool:
        return any(f.is_toc for f in self.fields)

    # -- block-level content -----------------------------------------------------------------

    def block_children(self, parent: etree._Element, toc: bool = False) -> None:
        for child in parent:
            tag = child.tag
            if tag == P:
                self.paragraph(child, toc)
            elif tag == TBL:
                rows, page, page_end = self.table(child, toc)
                if rows:
                    self._emit_table(rows, page, page_end)
            elif tag == SDT:
                self.block_children_of_sdt(child, toc)
            elif tag == CUSTOM_XML:
                self.block_children(child, toc)
            elif tag == ALT_CHUNK:
                self.warnings.append(
                    "the document embeds another file (w:altChunk) whose text is not read")

    def block_children_of_sdt(self, sdt: etree._Element, toc: bool) -> None:
        pr = sdt.find(SDT_PR)
        if pr is not None:
            gal = pr.find(f"{_w('docPartObj')}/{_w('docPartGallery')}")
            if gal is not None and "table of contents" in (gal.get(VAL) or "").lower():
                toc = True
        content = sdt.find(SDT_CONTENT)
        if content is not None:
            self.block_children(content, toc)

    def _emit_table(self, rows: list[list[str]], page: int, page_end: int) -> None:
        width = max(len(r) for r in rows)
        fixed = tuple(tuple(r + [""] * (width - len(r))) for r in rows)
        text = "\n".join(" | ".join(c.replace("\n", " ") for c in r) for r in fixed)
        self.blocks.append(Block(text=text, page=page, kind="table",
                                 page_end=page_end if page_end != page else None, rows=fixed))

    # -- paragraphs --------------------------------------------------------------------------

    def _paragraph_text(self, p: etree._Element, style: _ResolvedStyle) -> _Para:
        para = _Para()
        para.toc = self._toc_open()
        self._inline(p, para, style)
        if self._toc_open():
            para.toc = True
        return para

    def _inline(self, el: etree._Element, para: _Para, style: _ResolvedStyle) -> None:
        for child in el:
            tag = child.tag
            if tag == R:
                self._run(child, para, style)
            elif tag in _SKIP or not isinstance(tag, str):
                continue
            elif tag == FLDSIMPLE:
                instr = (child.get(_w("instr")) or "").strip()
                is_toc = instr.upper().startswith("TOC")
                if is_toc:
                    para.toc = True
                self._inline(child, para, style)
            elif tag == MC_ALT:
                choice = child.find(MC_CHOICE)
                if choice is not None:
                    self._inline(choice, para, style)
            elif tag == TXBX:
                para.textboxes.append(child)
            else:
                # hyperlink, ins, moveTo, smartTag, sdt/sdtContent, customXml, dir, bdo, ...
                self._inline(child, para, style)

    def _run(self, r: etree._Element, para: _Para, style: _ResolvedStyle) -> None:
        bold: bool | None = None
        hidden: bool | None = None
        run_size: float | None = None
        rpr = r[0] if len(r) and r[0].tag == RPR else None
        if rpr is not None:
            rstyle: str | None = None
            for c in rpr:
                tag = c.tag
                if tag == B:
                    bold = _is_on(c)
                elif tag == VANISH:
                    hidden = _is_on(c)
                elif tag == RSTYLE:
                    rstyle = c.get(VAL)
                elif tag == SZ:
                    run_size = (_int(c.get(VAL)) or 0) / 2 or None
            if rstyle and (bold is None or hidden is None):
                cb, ch = self.styles.character(rstyle)
                bold = cb if bold is None else bold
                hidden = ch if hidden is None else hidden
        if bold is None:
            bold = style.bold
        if hidden is None:
            hidden = style.hidden
        skip_mark = False
        for child in r:
            tag = child.tag
            if tag == T:
                # (Field instructions are w:instrText, never w:t, so no field state is needed
                # here: an unbalanced field cannot swallow the rest of the document.)
                if hidden or skip_mark:
                    continue
                if run_size and para.size is None and (child.text or "").strip():
                    para.size = run_size
                self._text(child.text or "", para, bold)
            elif tag in (TAB, PTAB, CR):
                if not hidden:
                    para.parts.append(" ")
            elif tag == BR:
                btype = child.get(TYPE)
                if btype == "page":
                    self._explicit_break()
                    if para.page is not None:
                        para.page_end = self.page
                if not hidden:
                    para.parts.append(" ")
            elif tag == LRPB:
                self._rendered_break()
                if para.page is not None:
                    para.page_end = self.page
            elif tag == FLDCHAR:
                ftype = child.get(_w("fldCharType"))
                if ftype == "begin":
                    self.fields.append(_Field())
                elif ftype == "separate":
                    if self.fields:
                        self.fields[-1].in_result = True
                elif ftype == "end":
                    if self.fields:
                        self.fields.pop()
            elif tag == INSTR:
                if self.fields and not self.fields[-1].in_result:
                    f = self.fields[-1]
                    f.instr += child.text or ""
                    if f.instr.strip().upper().startswith("TOC"):
                        f.is_toc = True
                        para.toc = True
            elif tag == NBH:
                if not hidden:
                    self._text("-", para, bold)
            elif tag == SYM:
                if not hidden:
                    code = child.get(_w("char")) or ""
                    try:
                        glyph = chr(int(code, 16))
                    except (ValueError, OverflowError):
                        glyph = ""
                    if glyph:
                        self._text(glyph, para, bold)
            elif tag in (FNREF, ENREF):
                # A custom footnote mark is typed as text right after the reference: skip it.
                if child.get(_w("customMarkFollows")) in ("1", "true", "on"):
                    skip_mark = True
            elif tag in _SKIP or not isinstance(tag, str):
                continue
            else:
                # w:drawing, w:pict, w:object, mc:AlternateContent: only text boxes inside.
                self._inline_objects(child, para)

    def _inline_objects(self, el: etree._Element, para: _Para) -> None:
        if el.tag == TXBX:
            para.textboxes.append(el)
            return
        if el.tag == MC_ALT:
            choice = el.find(MC_CHOICE)
            if choice is not None:
                self._inline_objects(choice, para)
            return
        if el.tag == MC_FALLBACK:
            return
        for child in el:
            if isinstance(child.tag, str):
                self._inline_objects(child, para)

    def _text(self, s: str, para: _Para, bold: bool) -> None:
        if not s:
            return
        para.parts.append(s)
        if s.strip():
            if para.page is None:
                para.page = self.page
            para.page_end = self.page
            self.seen_text = True
            self.break_pending = False
            n = len(s)
            if bold:
                para.bold_chars += n
            else:
                para.plain_chars += n

    def paragraph(self, p: etree._Element, toc: bool = False) -> None:
        """Process one w:p: advance numbering and pages, emit its block and its text boxes."""
        style_id: str | None = None
        direct_outline: int | None = None
        num_id: int | None = None
        ilvl: int | None = None
        pbb: bool | None = None
        sect: etree._Element | None = None
        spacing: tuple[float | None, float | None, float | None, bool] | None = None
        indent = 0.0
        mark_deleted = False
        # pPr is the first child when present; one pass over its children is much cheaper than
        # a find() per property (this is the hot loop on big documents).
        ppr = p[0] if len(p) and p[0].tag == PPR else None
        if ppr is not None:
            for c in ppr:
                tag = c.tag
                if tag == PSTYLE:
                    style_id = c.get(VAL)
                elif tag == NUMPR:
                    for n in c:
                        if n.tag == NUMID:
                            num_id = _int(n.get(VAL))
                        elif n.tag == ILVL:
                            ilvl = _int(n.get(VAL))
                elif tag == OUTLINE:
                    direct_outline = _int(c.get(VAL))
                elif tag == PBB:
                    pbb = _is_on(c)
                elif tag == SECTPR:
                    sect = c
                elif tag == RPR:
                    # A deleted paragraph mark (tracked change): if its text is deleted too,
                    # the paragraph and its list number disappear in the final view.
                    mark_deleted = c.find(_w("del")) is not None or \
                        c.find(_w("moveFrom")) is not None
                elif tag == SPACING and self.flow:
                    spacing = _spacing(c)
                elif tag == IND and self.flow:
                    indent = sum(abs(_int(c.get(_w(k)), 0) or 0)
                                 for k in ("left", "start", "right", "end")) / 20
        style = self.styles.paragraph(style_id)
        if direct_outline is not None:
            heading_level = direct_outline + 1 if 0 <= direct_outline <= 8 else None
        else:
            heading_level = style.heading_level
        if heading_level is not None and not style.is_toc and self._toc_open():
            # TOC entries never carry heading styles: a TOC field still open at a real heading
            # was never closed (broken generators); close it rather than hide the whole body.
            self.fields = [f for f in self.fields if not f.is_toc]
            self.warnings.append("a table-of-contents field was not closed before the body")
        if pbb is None:
            pbb = style.page_break_before
        if pbb:
            self._explicit_break()

        # Numbering: direct numPr wins; a direct ilvl without numId takes the style's numId.
        label: str | None = None
        num_ref: tuple[int, int] | None = None
        # (A style's numPr without w:ilvl means level 0, as in the spec and LibreOffice; the
        # levels' w:pStyle back-links are not used to pick a level.)
        if num_id is None and style.num is not None:
            num_id, sid_ilvl = style.num
            if ilvl is None:
                ilvl = sid_ilvl
        if num_id:  # numId 0 switches numbering off
            num_ref = (num_id, ilvl or 0)

        para = self._paragraph_text(p, style)
        text = normalise("".join(para.parts))
        is_toc = toc or para.toc or style.is_toc
        if num_ref is not None and not is_toc and not (mark_deleted and not text):
            # Word numbers empty list paragraphs too, so count before skipping empties.
            label = self.numbering.next_label(*num_ref)

        flow_pages: tuple[int, int] | None = None
        if self.flow:
            before = style.before if spacing is None or spacing[0] is None else spacing[0]
            after = style.after if spacing is None or spacing[1] is None else spacing[1]
            size = para.size or style.size
            avail = self.cell_width if self.table_depth else self._section.width
            width = max(36.0, avail - indent)
            height, first = self._text_height((label or "") + " " + text if label else text,
                                              size, width, style, before, after)
            if self.table_depth:
                self.cell_height += height  # rows are flowed as a whole (see _table)
            else:
                flow_pages = self._advance(height, first)
        if text:
            kind = "paragraph"
            level: int | None = None
            if not is_toc:
                level = heading_level
                if level is not None:
                    kind = "heading"
                elif label is not None:
                    kind = "list_item"
            if label:
                text = f"{label} {text}"
            style_name = style.name
            if is_toc and not style_name.lower().startswith("toc"):
                style_name = f"TOC ({style_name})"
            total = para.bold_chars + para.plain_chars
            first_page = para.page or self.page
            last_page = para.page_end or first_page
            if flow_pages is not None:
                first_page = max(first_page, flow_pages[0])
                last_page = max(first_page, flow_pages[1])
            block = Block(
                text=text,
                page=first_page,
                kind=kind,  # type: ignore[arg-type]
                page_end=last_page if last_page != first_page else None,
                level=level,
                label=label or None,
                list_level=(num_ref[1] if num_ref is not None and label else 0),
                bold=total > 0 and para.plain_chars == 0,
                style=style_name,
            )
            self.blocks.append(block)
        # Text boxes anchored in this paragraph follow it.
        for tb in para.textboxes:
            self.block_children(tb, is_toc)
        if sect is not None:
            self.section_index += 1
            if self.section_index < len(self.sections):
                if self.sections[self.section_index].start not in ("continuous", "nextColumn"):
                    self._explicit_break()

    # -- tables ------------------------------------------------------------------------------

    def _rows(self, tbl: etree._Element) -> Iterator[etree._Element]:
        for child in tbl:
            if child.tag == TR:
                yield child
            elif child.tag in (SDT, CUSTOM_XML):
                inner = child.find(SDT_CONTENT) if child.tag == SDT else child
                if inner is not None:
                    yield from self._rows(inner)

    def _cells(self, tr: etree._Element) -> Iterator[etree._Element]:
        for child in tr:
            if child.tag == TC:
                yield child
            elif child.tag in (SDT, CUSTOM_XML):
                inner = child.find(SDT_CONTENT) if child.tag == SDT else child
                if inner is not None:
                    yield from self._cells(inner)

    def _cell_text(self, tc: etree._Element, toc: bool) -> tuple[str, int | None, int | None]:
        lines: list[str] = []
        first: int | None = None
        last: int | None = None
        for child in self._flat_block_children(tc, toc):
            el, in_toc = child
            if el.tag == P:
                # The paragraph (and any text box it anchors) is emitted as blocks; fold them
                # into the cell text.
                saved = len(self.blocks)
                self.paragraph(el, in_toc)
                extra = self.blocks[saved:]
                del self.blocks[saved:]
                for blk in extra:
                    lines.append(blk.text)
                    first = blk.page if first is None else first
                    last = blk.last_page
            else:  # nested table
                rows, page, page_end = self.table(el, in_toc)
                if rows:
                    lines.extend(" | ".join(c.replace("\n", " ") for c in r) for r in rows)
                    first = page if first is None else first
                    last = page_end
        return "\n".join(lines), first, last

    def _flat_block_children(self, parent: etree._Element, toc: bool
                             ) -> Iterator[tuple[etree._Element, bool]]:
        for child in parent:
            tag = child.tag
            if tag == P or tag == TBL:
                yield child, toc
            elif tag == SDT:
                pr = child.find(SDT_PR)
                inner_toc = toc
                if pr is not None:
                    gal = pr.find(f"{_w('docPartObj')}/{_w('docPartGallery')}")
                    if gal is not None and "table of contents" in (gal.get(VAL) or "").lower():
                        inner_toc = True
                content = child.find(SDT_CONTENT)
                if content is not None:
                    yield from self._flat_block_children(content, inner_toc)
            elif tag == CUSTOM_XML:
                yield from self._flat_block_children(child, toc)

    def table(self, tbl: etree._Element, toc: bool) -> tuple[list[list[str]], int, int]:
        self.table_depth += 1
        try:
            return self._table(tbl, toc)
        finally:
            self.table_depth -= 1

    def _table(self, tbl: etree._Element, toc: bool) -> tuple[list[list[str]], int, int]:
        rows: list[list[str]] = []
        flow_first: int | None = None
        flow_last: int | None = None
        grid: list[float] = []
        if self.flow:
            g = tbl.find(_w("tblGrid"))
            if g is not None:
                grid = [(_int(c.get(_w("w")), 0) or 0) / 20 for c in g.findall(_w("gridCol"))]
            if not grid or not all(grid):
                n = max(1, len(grid))
                grid = [(self.cell_width if self.table_depth > 1 else self._section.width) / n] * n
        above: dict[int, str] = {}  # grid column -> text of the cell above (for vMerge)
        first: int | None = None
        last: int | None = None
        for tr in self._rows(tbl):
            row: list[str] = []
            row_height = 0.0
            col = 0
            trpr = tr.find(TRPR)
            if trpr is not None:
                gb = trpr.find(GRID_BEFORE)
                if gb is not None:
                    n = _int(gb.get(VAL), 0) or 0
                    row.extend([""] * n)
                    col += n
            for tc in self._cells(tr):
                span = 1
                vmerge: str | None = None
                tcpr = tc.find(TCPR)
                if tcpr is not None:
                    gs = tcpr.find(GRIDSPAN)
                    if gs is not None:
                        span = max(1, _int(gs.get(VAL), 1) or 1)
                    vm = tcpr.find(VMERGE)
                    if vm is not None:
                        vmerge = vm.get(VAL) or "continue"
                if self.flow:
                    saved_width, saved_height = self.cell_width, self.cell_height
                    self.cell_width = max(36.0, sum(grid[col:col + span]) - 11.0
                                          if col < len(grid) else 72.0)
                    self.cell_height = 0.0
                text, p0, p1 = self._cell_text(tc, toc)
                if self.flow:
                    row_height = max(row_height, self.cell_height)
                    self.cell_width = saved_width
                    self.cell_height = saved_height + (self.cell_height
                                                       if self.table_depth > 1 else 0.0)
                if vmerge == "continue" and not text:
                    text = above.get(col, "")
                else:
                    if p0 is not None:
                        first = p0 if first is None else first
                        last = p1
                row.append(text)
                above[col] = text
                for k in range(1, span):
                    row.append("")
                    above[col + k] = ""
                col += span
            if any(c.strip() for c in row):
                rows.append(row)
                if self.flow and self.table_depth == 1:
                    height = row_height + 4.0  # cell margins and borders
                    p0, p1 = self._advance(height, min(height, 20.0))
                    flow_first = p0 if flow_first is None else flow_first
                    flow_last = p1
        if flow_first is not None and flow_last is not None:
            first = max(first or flow_first, flow_first)
            last = max(first, flow_last)
        page = first if first is not None else self.page
        return rows, page, last if last is not None else page


# --------------------------------------------------------------------------------------------
# Package access


def _rel_targets(zf: zipfile.ZipFile, rels_name: str, base_dir: str) -> dict[str, str]:
    """Relationship type suffix (e.g. "officeDocument") -> part name inside the zip."""
    out: dict[str, str] = {}
    try:
        data = zf.read(rels_name)
    except KeyError:
        return out
    root = etree.fromstring(data, etree.XMLParser(**_XML_PARSER_KW))
    for rel in root.iter(f"{{{REL_NS}}}Relationship"):
        if rel.get("TargetMode") == "External":
            continue
        rtype = (rel.get("Type") or "").rsplit("/", 1)[-1]
        target = rel.get("Target") or ""
        if not target or rtype in out:
            continue
        if target.startswith("/"):
            name = target.lstrip("/")
        else:
            parts: list[str] = []
            for seg in PurePosixPath(base_dir, target).parts:
                if seg == "..":
                    if parts:
                        parts.pop()
                elif seg not in (".", ""):
                    parts.append(seg)
            name = "/".join(parts)
        out[rtype] = name
    return out


def _read_part(zf: zipfile.ZipFile, name: str, limit: int, path: Path) -> bytes:
    info = zf.getinfo(name)
    if info.file_size > limit:
        raise DocumentTooLargeError(
            path, f"{name} is {info.file_size / 1e6:.0f} MB uncompressed; the limit is "
                  f"{limit / 1e6:.0f} MB")
    with zf.open(info) as fh:
        data = fh.read(limit + 1)  # the header's size may lie: never inflate past the limit
    if len(data) > limit:
        raise DocumentTooLargeError(
            path, f"{name} inflates past the {limit / 1e6:.0f} MB limit (a ZIP bomb?)")
    return data


def _parse_xml(data: bytes, name: str, path: Path) -> etree._Element:
    try:
        return etree.fromstring(data, etree.XMLParser(**_XML_PARSER_KW))
    except etree.XMLSyntaxError as e:
        raise CorruptDocumentError(path, f"{name} is not well-formed XML ({e})") from e


def _core_metadata(root: etree._Element | None) -> dict[str, str]:
    if root is None:
        return {}
    ns = {
        "dc": "http://purl.org/dc/elements/1.1/",
        "dcterms": "http://purl.org/dc/terms/",
        "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    }
    out: dict[str, str] = {}
    for key, xpath in (("title", "dc:title"), ("author", "dc:creator"),
                       ("subject", "dc:subject"), ("created", "dcterms:created"),
                       ("modified", "dcterms:modified"),
                       ("last_modified_by", "cp:lastModifiedBy")):
        el = root.find(xpath, ns)
        value = normalise(el.text or "") if el is not None else ""
        if not value:
            continue
        if key in ("created", "modified"):
            try:
                value = datetime.fromisoformat(value.replace("Z", "+00:00")).isoformat()
            except ValueError:
                pass
        out[key] = value
    return out


def _ole_reason(path: Path) -> tuple[type[Exception], str]:
    try:
        with open(path, "rb") as fh:
            data = fh.read(64 * 1024 * 1024)
    except OSError:
        data = b""
    if "EncryptedPackage".encode("utf-16-le") in data:
        return EncryptedDocumentError, "a password-protected (encrypted) Word document"
    return UnsupportedFormatError, "a legacy binary Word .doc (OLE) file, not a .docx"


class DocxParser:
    """Parse a Word .docx file into a :class:`~reviewminer.parsers.base.RawDocument`.

    Page numbers of a .docx are **estimates** (see the module docstring): counted from explicit
    page and section breaks and from the page-break markers Word saves, never rendered.

    Args:
        max_xml_bytes: refuse a ``word/document.xml`` larger than this when uncompressed.
        estimate_layout: for documents without Word's rendered page-break markers, also
            estimate page overflow from text length, font size and page size (otherwise only
            explicit breaks count and page numbers are a lower bound).

    Example:
        >>> from reviewminer.parsers.docx import DocxParser
        >>> doc = DocxParser().parse(Path("tests/data/docx/numbering.docx"))  # doctest: +SKIP
        >>> doc.blocks[1].label  # doctest: +SKIP
        '1.'
    """

    format: str = "docx"
    suffixes: tuple[str, ...] = (".docx", ".docm", ".dotx")

    def __init__(self, *, max_xml_bytes: int = DEFAULT_MAX_XML_BYTES,
                 estimate_layout: bool = True) -> None:
        self.max_xml_bytes = max_xml_bytes
        self.estimate_layout = estimate_layout

    def parse(self, path: Path | str) -> RawDocument:
        """Read ``path``.

        Raises:
            CorruptDocumentError: not a ZIP, a damaged ZIP, no main document part, bad XML.
            EncryptedDocumentError: a password-protected Office file (an OLE container).
            DocumentTooLargeError: ``document.xml`` inflates past ``max_xml_bytes``.
            EmptyDocumentError: the body has no text at all.
        """
        path = Path(path)
        try:
            zf = zipfile.ZipFile(path)
        except FileNotFoundError as e:
            raise UnsupportedFormatError(path, "file not found") from e
        except (zipfile.BadZipFile, OSError, ValueError) as e:
            try:
                with open(path, "rb") as fh:
                    head = fh.read(8)
            except OSError:
                head = b""
            if head.startswith(b"\xd0\xcf\x11\xe0"):
                err, reason = _ole_reason(path)
                raise err(path, reason) from e
            raise CorruptDocumentError(path, f"not a readable .docx (ZIP) file: {e}") from e
        with zf:
            try:
                return self._parse_zip(zf, path)
            except RuntimeError as e:
                # zipfile raises RuntimeError for password-protected ZIP entries.
                if "encrypted" in str(e).lower() or "password" in str(e).lower():
                    raise EncryptedDocumentError(
                        path, "the ZIP container is password-protected") from e
                raise CorruptDocumentError(path, f"damaged ZIP container: {e}") from e
            except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, zlib.error,
                    NotImplementedError) as e:
                raise CorruptDocumentError(path, f"damaged ZIP container: {e}") from e

    def _parse_zip(self, zf: zipfile.ZipFile, path: Path) -> RawDocument:
        names = set(zf.namelist())
        pkg = _rel_targets(zf, "_rels/.rels", "")
        main = pkg.get("officeDocument", "word/document.xml")
        if main not in names:
            main = "word/document.xml"
        if main not in names:
            raise CorruptDocumentError(
                path, "no main document part (word/document.xml): not a Word .docx")
        main_dir = str(PurePosixPath(main).parent)
        rels_name = f"{main_dir}/_rels/{PurePosixPath(main).name}.rels"
        doc_rels = _rel_targets(zf, rels_name, main_dir)

        def side(rtype: str, default: str) -> etree._Element | None:
            name = doc_rels.get(rtype, default)
            if name not in names:
                return None
            return _parse_xml(_read_part(zf, name, _MAX_SIDE_PART_BYTES, path), name, path)

        root = _parse_xml(_read_part(zf, main, self.max_xml_bytes, path), main, path)
        if root.tag.startswith("{" + W_STRICT_NS):
            raise UnsupportedFormatError(
                path, "a 'Strict Open XML' document; save it as a standard Word .docx")
        body = root.find(_w("body"))
        styles = _Styles(side("styles", f"{main_dir}/styles.xml"))
        numbering = _Numbering(side("numbering", f"{main_dir}/numbering.xml"), styles)
        core_name = pkg.get("core-properties", "docProps/core.xml")
        core = None
        if core_name in names:
            try:
                core = _parse_xml(_read_part(zf, core_name, _MAX_SIDE_PART_BYTES, path),
                                  core_name, path)
            except CorruptDocumentError:
                core = None  # metadata is optional: a bad core.xml must not lose the text

        blocks: list[Block] = []
        warnings: list[str] = []
        page_count = 1
        if body is not None:
            # Each w:sectPr ends a section and its w:type says how *that* section starts.
            sections = [
                _Section.from_xml(s) for s in body.iter(SECTPR)
                if s.getparent() is body or s.getparent().tag == PPR
            ]
            rendered = next(body.iter(LRPB), None) is not None
            walker = _Walker(styles, numbering, sections, flow=self.estimate_layout and
                             not rendered)
            walker.block_children(body)
            blocks = walker.blocks
            warnings = walker.warnings
            if numbering.missing:
                warnings.append(
                    "list numbering definitions missing for numId "
                    + ", ".join(str(n) for n in sorted(numbering.missing)))
            page_count = max([walker.page] + [b.last_page for b in blocks])
            # A trailing break with nothing after it does not start a printed page.
            if walker.break_pending:
                page_count = max([1] + [b.last_page for b in blocks])
        if not blocks:
            raise EmptyDocumentError(path, "the document body contains no text")
        return RawDocument(
            source=path,
            format="docx",
            page_count=max(1, page_count),
            blocks=blocks,
            metadata=_core_metadata(core),
            warnings=list(dict.fromkeys(warnings)),
        )
