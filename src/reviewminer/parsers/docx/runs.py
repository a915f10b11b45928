"""The text of a paragraph's runs: text, tabs and breaks, symbols, fields, hidden text, text boxes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from lxml import etree

from reviewminer.parsers.docx.ooxml import (
    BR,
    CR,
    ENREF,
    FLDCHAR,
    FLDSIMPLE,
    FNREF,
    HALF_POINTS,
    HALF_POINTS_PER_POINT,
    INSTR,
    LRPB,
    MC_ALT,
    MC_CHOICE,
    MC_FALLBACK,
    NBH,
    PTAB,
    RPR,
    RSTYLE,
    SKIP,
    SYM,
    SZ,
    TAB,
    TRUE_VALUES,
    TXBX,
    TYPE,
    VAL,
    VANISH,
    B,
    R,
    T,
    is_on,
    to_int,
    w,
)
from reviewminer.parsers.docx.pages import Pages
from reviewminer.parsers.docx.styles import ResolvedStyle, Styles


@dataclass(slots=True)
class Field:
    """A complex field (w:fldChar begin ... separate ... end) being read."""

    instr: str = ""
    in_result: bool = False
    is_toc: bool = False


class FieldStack:
    """The complex fields open at the current point of the walk (fields nest)."""

    def __init__(self) -> None:
        self._open: list[Field] = []

    def toc_open(self) -> bool:
        return any(f.is_toc for f in self._open)

    def close_toc(self) -> None:
        self._open = [f for f in self._open if not f.is_toc]

    def char(self, ftype: str | None) -> None:
        """A w:fldChar of type begin, separate or end."""
        if ftype == "begin":
            self._open.append(Field())
        elif ftype == "separate":
            if self._open:
                self._open[-1].in_result = True
        elif ftype == "end" and self._open:
            self._open.pop()

    def instr(self, text: str) -> bool:
        """Add field-code text; True if the field being coded is a TOC field."""
        if not self._open or self._open[-1].in_result:
            return False
        f = self._open[-1]
        f.instr += text
        if f.instr.strip().upper().startswith("TOC"):
            f.is_toc = True
            return True
        return False


@dataclass(slots=True)
class Para:
    """Text and cues collected from one paragraph."""

    parts: list[str] = field(default_factory=list)
    page: int | None = None  # page of the first visible character
    page_end: int | None = None
    bold_chars: int = 0
    plain_chars: int = 0
    toc: bool = False
    textboxes: list[etree._Element] = field(default_factory=list)
    size: float | None = None  # direct font size of the first text run


@dataclass(slots=True)
class _Run:
    """Formatting of the run being read."""

    bold: bool
    hidden: bool
    size: float | None  # direct font size in points
    skip_mark: bool = False  # a custom footnote mark follows: its text is not body text


_Handler = Callable[[etree._Element, Para, _Run], None]


class RunReader:
    """Collects the visible text of paragraphs, keeping the page count and fields up to date."""

    def __init__(self, styles: Styles, pages: Pages, fields: FieldStack) -> None:
        self.styles = styles
        self.pages = pages
        self.fields = fields
        # Run children by tag (the hot loop on big documents: one dict lookup per child).
        self._handlers: dict[str, _Handler] = {
            T: self._t, TAB: self._space, PTAB: self._space, CR: self._space, BR: self._br,
            LRPB: self._rendered_break, FLDCHAR: self._fldchar, INSTR: self._instr,
            NBH: self._no_break_hyphen, SYM: self._sym, FNREF: self._note_ref,
            ENREF: self._note_ref,
        }

    def read(self, p: etree._Element, style: ResolvedStyle) -> Para:
        """The text and cues of paragraph ``p``."""
        para = Para()
        para.toc = self.fields.toc_open()
        self._inline(p, para, style)
        if self.fields.toc_open():
            para.toc = True
        return para

    def _inline(self, el: etree._Element, para: Para, style: ResolvedStyle) -> None:
        for child in el:
            tag = child.tag
            if tag == R:
                self._run(child, para, style)
            elif tag in SKIP or not isinstance(tag, str):
                continue
            elif tag == FLDSIMPLE:
                instr = (child.get(w("instr")) or "").strip()
                if instr.upper().startswith("TOC"):
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

    def _run(self, r: etree._Element, para: Para, style: ResolvedStyle) -> None:
        run = self._run_format(r, style)
        handlers = self._handlers
        for child in r:
            tag = child.tag
            handler = handlers.get(tag)
            if handler is not None:
                handler(child, para, run)
            elif tag not in SKIP and isinstance(tag, str):
                # w:drawing, w:pict, w:object, mc:AlternateContent: only text boxes inside.
                _inline_objects(child, para)

    def _run_format(self, r: etree._Element, style: ResolvedStyle) -> _Run:
        bold: bool | None = None
        hidden: bool | None = None
        run_size: float | None = None
        rpr = r[0] if len(r) and r[0].tag == RPR else None
        if rpr is not None:
            rstyle: str | None = None
            for c in rpr:
                tag = c.tag
                if tag == B:
                    bold = is_on(c)
                elif tag == VANISH:
                    hidden = is_on(c)
                elif tag == RSTYLE:
                    rstyle = c.get(VAL)
                elif tag == SZ:
                    run_size = (to_int(c.get(VAL), HALF_POINTS) or 0) / HALF_POINTS_PER_POINT or None
            if rstyle and (bold is None or hidden is None):
                cb, ch = self.styles.character(rstyle)
                bold = cb if bold is None else bold
                hidden = ch if hidden is None else hidden
        return _Run(style.bold if bold is None else bold,
                    style.hidden if hidden is None else hidden, run_size)

    # -- run children ------------------------------------------------------------------------

    def _t(self, el: etree._Element, para: Para, run: _Run) -> None:
        # (Field instructions are w:instrText, never w:t, so no field state is needed here: an
        # unbalanced field cannot swallow the rest of the document.)
        if run.hidden or run.skip_mark:
            return
        if run.size and para.size is None and (el.text or "").strip():
            para.size = run.size
        self._text(el.text or "", para, run.bold)

    def _space(self, el: etree._Element, para: Para, run: _Run) -> None:
        if not run.hidden:
            para.parts.append(" ")

    def _br(self, el: etree._Element, para: Para, run: _Run) -> None:
        if el.get(TYPE) == "page":
            self.pages.explicit_break()
            if para.page is not None:
                para.page_end = self.pages.page
        self._space(el, para, run)

    def _rendered_break(self, el: etree._Element, para: Para, run: _Run) -> None:
        self.pages.rendered_break()
        if para.page is not None:
            para.page_end = self.pages.page

    def _fldchar(self, el: etree._Element, para: Para, run: _Run) -> None:
        self.fields.char(el.get(w("fldCharType")))

    def _instr(self, el: etree._Element, para: Para, run: _Run) -> None:
        if self.fields.instr(el.text or ""):
            para.toc = True

    def _no_break_hyphen(self, el: etree._Element, para: Para, run: _Run) -> None:
        if not run.hidden:
            self._text("-", para, run.bold)

    def _sym(self, el: etree._Element, para: Para, run: _Run) -> None:
        if run.hidden:
            return
        try:
            glyph = chr(int(el.get(w("char")) or "", 16))
        except (ValueError, OverflowError):
            glyph = ""
        if "\ud800" <= glyph <= "\udfff":  # a surrogate is no character (and breaks UTF-8)
            glyph = "\ufffd"
        if glyph:
            self._text(glyph, para, run.bold)

    def _note_ref(self, el: etree._Element, para: Para, run: _Run) -> None:
        # A custom footnote mark is typed as text right after the reference: skip it.
        if el.get(w("customMarkFollows")) in TRUE_VALUES:
            run.skip_mark = True

    def _text(self, s: str, para: Para, bold: bool) -> None:
        if not s:
            return
        para.parts.append(s)
        if s.strip():
            if para.page is None:
                para.page = self.pages.page
            para.page_end = self.pages.page
            self.pages.note_text()
            n = len(s)
            if bold:
                para.bold_chars += n
            else:
                para.plain_chars += n


def _inline_objects(el: etree._Element, para: Para) -> None:
    """Collect the text boxes inside a drawing or object (the VML fallback copy is skipped)."""
    if el.tag == TXBX:
        para.textboxes.append(el)
        return
    if el.tag == MC_ALT:
        choice = el.find(MC_CHOICE)
        if choice is not None:
            _inline_objects(choice, para)
        return
    if el.tag == MC_FALLBACK:
        return
    for child in el:
        if isinstance(child.tag, str):
            _inline_objects(child, para)
