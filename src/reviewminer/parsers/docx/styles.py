"""Paragraph and character styles from styles.xml, resolved along their ``w:basedOn`` chains."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from lxml import etree

from reviewminer.parsers.docx.ooxml import (
    AUTO_LINE_UNIT,
    HALF_POINTS,
    HALF_POINTS_PER_POINT,
    IDENTIFIER,
    ILVL,
    LIST_LEVEL,
    NUMID,
    NUMPR,
    OUTLINE,
    OUTLINE_LEVEL,
    PBB,
    PPR,
    RPR,
    SPACING,
    SZ,
    TRUE_VALUES,
    TWIPS,
    TWIPS_PER_POINT,
    VAL,
    VANISH,
    B,
    is_on,
    outline_to_level,
    to_int,
    w,
)
from reviewminer.parsers.docx.patterns import HEADING_NAME, TOC_NAME
from reviewminer.parsers.docx.settings import DocxSettings

_T = TypeVar("_T")

# Built-in style names are stored in lower case in styles.xml ("heading 1"); Word shows them
# capitalised. Only the ones consumers look at need a fixed spelling.
_BUILT_IN_NAMES = frozenset({
    "title", "normal", "subtitle", "caption", "header", "footer", "footnote text",
    "list paragraph", "list number", "list bullet", "body text", "toc heading",
})


def ui_style_name(name: str) -> str:
    """The style name as Word displays it ("heading 1" -> "Heading 1")."""
    m = HEADING_NAME.match(name)
    if m:
        return f"Heading {m.group(1)}"
    m = TOC_NAME.match(name)
    if m:
        return f"TOC {m.group(1)}"
    low = name.lower()
    if low in _BUILT_IN_NAMES:
        return " ".join(word.upper() if word == "toc" else word.capitalize() for word in low.split())
    return name


Spacing = tuple[float | None, float | None, float | None, bool]


def read_spacing(el: etree._Element | None) -> Spacing:
    """(before pt, after pt, line multiple-or-pt, exact) from a w:spacing element."""
    if el is None:
        return None, None, None, False
    before = to_int(el.get(w("before")), TWIPS)
    after = to_int(el.get(w("after")), TWIPS)
    line = to_int(el.get(w("line")), TWIPS)
    rule = el.get(w("lineRule"), "auto")
    exact = rule in ("exact", "atLeast")
    return (before / TWIPS_PER_POINT if before is not None else None,
            after / TWIPS_PER_POINT if after is not None else None,
            (line / TWIPS_PER_POINT if exact else line / AUTO_LINE_UNIT) if line else None,
            exact)


@dataclass(slots=True)
class Style:
    """One w:style as written, before its basedOn chain is folded in."""

    name: str
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

    def read_ppr(self, ppr: etree._Element) -> None:
        ol = ppr.find(OUTLINE)
        if ol is not None:
            self.outline = to_int(ol.get(VAL), OUTLINE_LEVEL)
        npr = ppr.find(NUMPR)
        if npr is not None:
            nid = npr.find(NUMID)
            if nid is not None:
                self.num_id = to_int(nid.get(VAL), IDENTIFIER)
            il = npr.find(ILVL)
            if il is not None:
                self.num_ilvl = to_int(il.get(VAL), LIST_LEVEL)
        self.page_break_before = is_on(ppr.find(PBB))
        self.before, self.after, self.line, self.line_exact = read_spacing(ppr.find(SPACING))

    def read_rpr(self, rpr: etree._Element) -> None:
        self.bold = is_on(rpr.find(B))
        self.hidden = is_on(rpr.find(VANISH))
        sz = rpr.find(SZ)
        half_points = to_int(sz.get(VAL), HALF_POINTS) if sz is not None else None
        if half_points:
            self.size = half_points / HALF_POINTS_PER_POINT


@dataclass(slots=True)
class ResolvedStyle:
    """A paragraph style with its basedOn chain folded in."""

    name: str
    heading_level: int | None  # 1-9, from outline level or heading/title style
    num: tuple[int, int | None] | None  # (numId, ilvl or None) from the first numPr in the chain
    bold: bool
    hidden: bool
    page_break_before: bool
    is_toc: bool
    size: float
    before: float
    after: float
    line: float
    line_exact: bool


def _first(values: Iterable[_T | None], default: _T) -> _T:
    """The first value that is not None (the nearest style in a chain that sets it)."""
    return next((v for v in values if v is not None), default)


def _heading_level(chain: list[Style]) -> int | None:
    for s in chain:
        if s.outline is not None:
            return outline_to_level(s.outline)
        m = HEADING_NAME.match(s.name)
        if m:
            return int(m.group(1))
        if s.name.lower() == "title":
            return 1
    return None


def _numbering(chain: list[Style]) -> tuple[int, int | None] | None:
    for s in chain:
        if s.num_id is not None:
            return s.num_id, s.num_ilvl
    return None


class Styles:
    """The styles part: styles built lazily by id, paragraph/character resolution cached."""

    def __init__(self, root: etree._Element | None, settings: DocxSettings) -> None:
        self._elements: dict[str, etree._Element] = {}
        self._built: dict[str, Style] = {}
        self.default_para: str | None = None
        self.default_bold = False
        self.default_size = settings.default_font_size
        self.default_spacing: tuple[float, float, float, bool] = (0.0, 0.0, 1.0, False)
        self._para_cache: dict[str | None, ResolvedStyle] = {}
        self._char_cache: dict[str, tuple[bool | None, bool | None]] = {}
        if root is None:
            return
        self._read_defaults(root, settings.fallback_font_size)
        # Only the style elements are indexed here; a Style is built when first needed (a
        # template carries hundreds of styles, a document uses a dozen).
        for st in root.iterchildren(w("style")):
            sid = st.get(w("styleId"))
            if not sid:
                continue
            self._elements.setdefault(sid, st)
            if st.get(w("type"), "paragraph") == "paragraph" and \
                    st.get(w("default")) in TRUE_VALUES:
                self.default_para = sid

    def _read_defaults(self, root: etree._Element, fallback_size: float) -> None:
        rpr_default = root.find(f"{w('docDefaults')}/{w('rPrDefault')}/{RPR}")
        if rpr_default is not None:
            self.default_bold = bool(is_on(rpr_default.find(B)))
            sz = rpr_default.find(SZ)
            if sz is not None:
                half_points = to_int(sz.get(VAL), HALF_POINTS)
                self.default_size = (half_points / HALF_POINTS_PER_POINT if half_points
                                     else fallback_size)
        ppr_default = root.find(f"{w('docDefaults')}/{w('pPrDefault')}/{PPR}")
        if ppr_default is not None:
            b4, af, ln, ex = read_spacing(ppr_default.find(SPACING))
            self.default_spacing = (b4 or 0.0, af or 0.0, ln or 1.0, ex)

    def get(self, sid: str | None) -> Style | None:
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
    def _build(sid: str, st: etree._Element) -> Style:
        name_el = st.find(w("name"))
        name = name_el.get(VAL, sid) if name_el is not None else sid
        s = Style(ui_style_name(name or sid))
        based = st.find(w("basedOn"))
        if based is not None:
            s.based_on = based.get(VAL)
        ppr = st.find(PPR)
        if ppr is not None:
            s.read_ppr(ppr)
        rpr = st.find(RPR)
        if rpr is not None:
            s.read_rpr(rpr)
        return s

    def chain(self, sid: str | None) -> Iterator[Style]:
        """The style and the styles it is based on, nearest first (a cycle ends the chain)."""
        seen: set[str] = set()
        while sid and sid not in seen:
            s = self.get(sid)
            if s is None:
                return
            seen.add(sid)
            yield s
            sid = s.based_on

    def paragraph(self, sid: str | None) -> ResolvedStyle:
        """The resolved paragraph style ``sid`` (the default paragraph style if unknown)."""
        key = sid if sid in self._elements else None
        cached = self._para_cache.get(key)
        if cached is None:
            cached = self._para_cache[key] = self._resolve(key, sid)
        return cached

    def _resolve(self, key: str | None, sid: str | None) -> ResolvedStyle:
        chain = list(self.chain(key or self.default_para))
        d_before, d_after, d_line, d_exact = self.default_spacing
        line_style = next((s for s in chain if s.line is not None), None)
        return ResolvedStyle(
            name=chain[0].name if chain else (sid or "Normal"),
            heading_level=_heading_level(chain),
            num=_numbering(chain),
            bold=bool(_first((s.bold for s in chain), self.default_bold)),
            hidden=bool(_first((s.hidden for s in chain), False)),
            page_break_before=bool(_first((s.page_break_before for s in chain), False)),
            is_toc=any(TOC_NAME.match(s.name) or s.name.lower() == "toc heading" for s in chain),
            size=_first((s.size for s in chain), self.default_size),
            before=_first((s.before for s in chain), d_before),
            after=_first((s.after for s in chain), d_after),
            line=line_style.line if line_style and line_style.line else d_line,
            line_exact=line_style.line_exact if line_style else d_exact,
        )

    def character(self, sid: str) -> tuple[bool | None, bool | None]:
        """(bold, hidden) set by a character style chain, None where it does not say."""
        cached = self._char_cache.get(sid)
        if cached is None:
            chain = list(self.chain(sid))
            bold = _first((s.bold for s in chain), None)
            hidden = _first((s.hidden for s in chain), None)
            cached = self._char_cache[sid] = (bold, hidden)
        return cached
