"""Page estimates: explicit and rendered page breaks, and a flow estimate of text height."""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from reviewminer.parsers.docx.ooxml import TWIPS, TWIPS_PER_POINT, TYPE, VAL, to_int, w
from reviewminer.parsers.docx.settings import DocxSettings
from reviewminer.parsers.docx.styles import ResolvedStyle, Spacing

# Section starts that do not begin a new page.
_SAME_PAGE_STARTS = ("continuous", "nextColumn")
# Content taller than this many pages is flowed arithmetically (a loop per page below that, so
# ordinary paragraphs get exactly the same estimates as always).
_JUMP_PAGES = 64


@dataclass(slots=True)
class Section:
    """How a section starts and the size of its text area, in points."""

    start: str
    width: float
    height: float

    @classmethod
    def default(cls, settings: DocxSettings) -> Section:
        return cls("nextPage", settings.page_width, settings.page_height)

    @classmethod
    def from_xml(cls, sect: etree._Element, settings: DocxSettings) -> Section:
        out = cls.default(settings)
        t = sect.find(TYPE)
        if t is not None:
            out.start = t.get(VAL, "nextPage")
        size = sect.find(w("pgSz"))
        mar = sect.find(w("pgMar"))
        width = to_int(size.get(w("w")), TWIPS) if size is not None else None
        height = to_int(size.get(w("h")), TWIPS) if size is not None else None
        default = settings.default_margin_twips
        m = {k: abs(to_int(mar.get(w(k)), TWIPS, default) or 0) if mar is not None else default
             for k in ("top", "bottom", "left", "right")}
        if width and height:
            out.width = max(settings.min_text_area,
                            (width - m["left"] - m["right"]) / TWIPS_PER_POINT)
            out.height = max(settings.min_text_area,
                             (height - m["top"] - m["bottom"]) / TWIPS_PER_POINT)
        return out


class Pages:
    """The page the walk is on, counted from breaks and, in flow mode, estimated text height.

    ``flow=True`` (no rendered page-break markers in the document): also estimate where text
    overflows a page from its length, font size and the page's text area.
    """

    def __init__(self, sections: list[Section], settings: DocxSettings, *, flow: bool) -> None:
        self.settings = settings
        self.flow = flow
        self.page = 1
        self.y = 0.0  # points used on the current page (flow mode)
        self.seen_text = False  # any visible text so far in the document
        self.break_pending = False  # an explicit break happened and no text followed yet
        self.sections = sections or [Section.default(settings)]
        self.section_index = 0
        self.table_depth = 0
        self.cell_width = 0.0  # text width of the table cell being read (flow mode)
        self.cell_height = 0.0  # estimated height of its paragraphs so far

    @property
    def section(self) -> Section:
        return self.sections[min(self.section_index, len(self.sections) - 1)]

    # -- breaks ------------------------------------------------------------------------------

    def note_text(self) -> None:
        """Visible text was read on the current page."""
        self.seen_text = True
        self.break_pending = False

    def explicit_break(self) -> None:
        if self.seen_text and not self.break_pending:
            self.page += 1
            self.y = 0.0
            self.break_pending = True

    def rendered_break(self) -> None:
        # Word writes the marker where content resumes; after an explicit break it is the same
        # page start, so count it once.
        if self.seen_text and not self.break_pending:
            self.page += 1
            self.break_pending = True

    def end_section(self) -> None:
        """A paragraph's w:sectPr ended a section: the next one may start a new page."""
        self.section_index += 1
        if self.section_index < len(self.sections) and \
                self.sections[self.section_index].start not in _SAME_PAGE_STARTS:
            self.explicit_break()

    # -- flow estimate -----------------------------------------------------------------------

    def advance(self, height: float, first_line: float) -> tuple[int, int]:
        """Flow ``height`` points of content; return its (first, last) estimated page."""
        page_h = self.section.height
        if self.y > 0 and self.y + first_line > page_h:
            self.page += 1
            self.y = 0.0
        start = self.page
        self.y += height
        if self.y > _JUMP_PAGES * page_h:
            # a huge paragraph (or crafted spacing): skip whole pages at once, never loop per page
            skip = int(self.y // page_h) - 1
            self.page += skip
            self.y -= skip * page_h
        while self.y > page_h:
            self.page += 1
            self.y -= page_h
        if self.y > 0:
            self.break_pending = False
        return start, self.page

    def text_height(self, text: str, size: float, width: float, style: ResolvedStyle,
                    before: float, after: float) -> tuple[float, float]:
        """(total height, first line height) of a paragraph, in points."""
        s = self.settings
        line_h = style.line if style.line_exact else size * s.line_height * style.line
        per_line = max(s.min_chars_per_line, int(width / (size * s.char_width)))
        lines = max(1, -(-len(text) // per_line))
        return before + lines * line_h + after, before + line_h

    def flow_paragraph(self, text: str, size: float, style: ResolvedStyle,
                       spacing: Spacing | None, indent: float) -> tuple[int, int] | None:
        """Estimate a paragraph's height; return its (first, last) page outside tables.

        Inside a table the height is added to the cell's (rows are flowed as a whole).
        """
        before = style.before if spacing is None or spacing[0] is None else spacing[0]
        after = style.after if spacing is None or spacing[1] is None else spacing[1]
        avail = self.cell_width if self.table_depth else self.section.width
        width = max(self.settings.min_line_width, avail - indent)
        height, first = self.text_height(text, size, width, style, before, after)
        if self.table_depth:
            self.cell_height += height
            return None
        return self.advance(height, first)

    def table_width(self) -> float:
        """Text width available to the table being read."""
        return self.cell_width if self.table_depth > 1 else self.section.width

    def enter_cell(self, grid: list[float], col: int, span: int) -> tuple[float, float]:
        """Start a cell spanning grid columns ``col`` .. ``col + span``; return the saved state."""
        saved = self.cell_width, self.cell_height
        s = self.settings
        self.cell_width = max(s.min_line_width, sum(grid[col:col + span]) - s.cell_padding
                              if col < len(grid) else s.fallback_cell_width)
        self.cell_height = 0.0
        return saved

    def leave_cell(self, saved: tuple[float, float]) -> float:
        """End a cell; return its estimated height (a nested table's cells add to the outer)."""
        height = self.cell_height
        self.cell_width = saved[0]
        self.cell_height = saved[1] + (height if self.table_depth > 1 else 0.0)
        return height

    def advance_row(self, row_height: float) -> tuple[int, int]:
        """Flow one row of a top-level table; return its (first, last) page."""
        height = row_height + self.settings.row_padding
        return self.advance(height, min(height, self.settings.max_row_first_line))
