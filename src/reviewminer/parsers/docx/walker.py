"""The body walk: paragraphs, tables and text boxes in document order, producing blocks."""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from reviewminer.parsers.base import Block, BlockKind
from reviewminer.parsers.docx.numbering import Numbering
from reviewminer.parsers.docx.ooxml import (
    ALT_CHUNK,
    CUSTOM_XML,
    IDENTIFIER,
    ILVL,
    IND,
    LIST_LEVEL,
    NUMID,
    NUMPR,
    OUTLINE,
    OUTLINE_LEVEL,
    PBB,
    PPR,
    PSTYLE,
    RPR,
    SDT,
    SDT_CONTENT,
    SECTPR,
    SPACING,
    TBL,
    TWIPS,
    TWIPS_PER_POINT,
    VAL,
    P,
    is_on,
    outline_to_level,
    sdt_is_toc,
    to_int,
    w,
)
from reviewminer.parsers.docx.pages import Pages
from reviewminer.parsers.docx.runs import FieldStack, Para, RunReader
from reviewminer.parsers.docx.styles import ResolvedStyle, Spacing, Styles, read_spacing
from reviewminer.parsers.docx.tables import TableReader, table_block
from reviewminer.parsers.text import normalise

_DEL, _MOVE_FROM = w("del"), w("moveFrom")
_INDENTS = tuple(w(k) for k in ("left", "start", "right", "end"))


@dataclass(slots=True)
class ParagraphProps:
    """Direct paragraph properties (w:pPr) the walk uses."""

    style_id: str | None = None
    outline: int | None = None
    num_id: int | None = None
    ilvl: int | None = None
    page_break_before: bool | None = None
    sect: etree._Element | None = None
    spacing: Spacing | None = None  # read in flow mode only
    indent: float = 0.0  # points, read in flow mode only
    mark_deleted: bool = False  # the paragraph mark is a tracked deletion

    def read_numpr(self, numpr: etree._Element) -> None:
        for n in numpr:
            if n.tag == NUMID:
                self.num_id = to_int(n.get(VAL), IDENTIFIER)
            elif n.tag == ILVL:
                self.ilvl = to_int(n.get(VAL), LIST_LEVEL)


def read_paragraph_props(p: etree._Element, flow: bool) -> ParagraphProps:
    """The direct properties of paragraph ``p`` (spacing and indents only when ``flow``)."""
    props = ParagraphProps()
    # pPr is the first child when present; one pass over its children is much cheaper than a
    # find() per property (this is the hot loop on big documents).
    ppr = p[0] if len(p) and p[0].tag == PPR else None
    if ppr is None:
        return props
    for c in ppr:
        tag = c.tag
        if tag == PSTYLE:
            props.style_id = c.get(VAL)
        elif tag == NUMPR:
            props.read_numpr(c)
        elif tag == OUTLINE:
            props.outline = to_int(c.get(VAL), OUTLINE_LEVEL)
        elif tag == PBB:
            props.page_break_before = is_on(c)
        elif tag == SECTPR:
            props.sect = c
        elif tag == RPR:
            # A deleted paragraph mark (tracked change): if its text is deleted too, the
            # paragraph and its list number disappear in the final view.
            props.mark_deleted = c.find(_DEL) is not None or c.find(_MOVE_FROM) is not None
        elif tag == SPACING and flow:
            props.spacing = read_spacing(c)
        elif tag == IND and flow:
            props.indent = sum(abs(to_int(c.get(k), TWIPS, 0) or 0) for k in _INDENTS) / TWIPS_PER_POINT
    return props


def _num_ref(props: ParagraphProps, style: ResolvedStyle) -> tuple[int, int] | None:
    """(numId, ilvl) of a numbered paragraph: direct numPr wins; a direct ilvl without numId
    takes the style's numId. (A style's numPr without w:ilvl means level 0, as in the spec and
    LibreOffice; the levels' w:pStyle back-links are not used to pick a level.)"""
    num_id, ilvl = props.num_id, props.ilvl
    if num_id is None and style.num is not None:
        num_id, style_ilvl = style.num
        if ilvl is None:
            ilvl = style_ilvl
    return (num_id, ilvl or 0) if num_id else None  # numId 0 switches numbering off


class Walker:
    """Walks w:body (and text boxes, cells) in document order and collects blocks."""

    def __init__(self, styles: Styles, numbering: Numbering, pages: Pages) -> None:
        self.styles = styles
        self.numbering = numbering
        self.pages = pages
        self.fields = FieldStack()
        self.runs = RunReader(styles, pages, self.fields)
        self.tables = TableReader(self)
        self.blocks: list[Block] = []
        self.warnings: list[str] = []

    # -- block-level content -----------------------------------------------------------------

    def block_children(self, parent: etree._Element, toc: bool = False) -> None:
        for child in parent:
            tag = child.tag
            if tag == P:
                self.paragraph(child, toc)
            elif tag == TBL:
                rows, page, page_end = self.tables.read(child, toc)
                if rows:
                    self.blocks.append(table_block(rows, page, page_end,
                                                   self.pages.settings.max_table_cells))
            elif tag == SDT:
                content = child.find(SDT_CONTENT)
                if content is not None:
                    self.block_children(content, toc or sdt_is_toc(child))
            elif tag == CUSTOM_XML:
                self.block_children(child, toc)
            elif tag == ALT_CHUNK:
                self.warnings.append(
                    "the document embeds another file (w:altChunk) whose text is not read")

    # -- paragraphs --------------------------------------------------------------------------

    def paragraph(self, p: etree._Element, toc: bool = False) -> None:
        """Process one w:p: advance numbering and pages, emit its block and its text boxes."""
        props = read_paragraph_props(p, self.pages.flow)
        style = self.styles.paragraph(props.style_id)
        heading_level = self._heading_level(props, style)
        pbb = props.page_break_before
        if pbb is None:
            pbb = style.page_break_before
        if pbb:
            self.pages.explicit_break()
        num_ref = _num_ref(props, style)
        para = self.runs.read(p, style)
        text = normalise("".join(para.parts))
        is_toc = toc or para.toc or style.is_toc
        label: str | None = None
        if num_ref is not None and not is_toc and not (props.mark_deleted and not text):
            # Word numbers empty list paragraphs too, so count before skipping empties.
            label = self.numbering.next_label(*num_ref)
        flow_pages: tuple[int, int] | None = None
        if self.pages.flow:
            flow_pages = self.pages.flow_paragraph(f"{label} {text}" if label else text,
                                                   para.size or style.size, style,
                                                   props.spacing, props.indent)
        if text:
            self.blocks.append(self._block(text, label, num_ref, heading_level, is_toc,
                                           style.name, para, flow_pages))
        # Text boxes anchored in this paragraph follow it.
        for tb in para.textboxes:
            self.block_children(tb, is_toc)
        if props.sect is not None:
            self.pages.end_section()

    def _heading_level(self, props: ParagraphProps, style: ResolvedStyle) -> int | None:
        if props.outline is not None:
            level = outline_to_level(props.outline)
        else:
            level = style.heading_level
        if level is not None and not style.is_toc and self.fields.toc_open():
            # TOC entries never carry heading styles: a TOC field still open at a real heading
            # was never closed (broken generators); close it rather than hide the whole body.
            self.fields.close_toc()
            self.warnings.append("a table-of-contents field was not closed before the body")
        return level

    def _block(self, text: str, label: str | None, num_ref: tuple[int, int] | None,
               heading_level: int | None, is_toc: bool, style_name: str, para: Para,
               flow_pages: tuple[int, int] | None) -> Block:
        """The block of a paragraph with text: its kind, the label in front, its pages."""
        kind: BlockKind = "paragraph"
        level = None if is_toc else heading_level  # TOC entries are never headings
        if level is not None:
            kind = "heading"
        elif label is not None and not is_toc:
            kind = "list_item"
        if is_toc and not style_name.lower().startswith("toc"):
            style_name = f"TOC ({style_name})"
        first_page = para.page or self.pages.page
        last_page = para.page_end or first_page
        if flow_pages is not None:
            first_page = max(first_page, flow_pages[0])
            last_page = max(first_page, flow_pages[1])
        total = para.bold_chars + para.plain_chars
        return Block(
            text=f"{label} {text}" if label else text,
            page=first_page,
            kind=kind,
            page_end=last_page if last_page != first_page else None,
            level=level,
            label=label or None,
            list_level=num_ref[1] if num_ref is not None and label else 0,
            bold=total > 0 and para.plain_chars == 0,
            style=style_name,
        )
