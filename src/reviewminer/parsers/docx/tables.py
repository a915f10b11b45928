"""Tables: rows of cell texts with merged cells resolved, nested tables flattened into cells."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lxml import etree

from reviewminer.errors import DocumentTooLargeError
from reviewminer.parsers.base import Block
from reviewminer.parsers.docx.ooxml import (
    CUSTOM_XML,
    GRID_BEFORE,
    GRID_COLUMNS,
    GRIDSPAN,
    SDT,
    SDT_CONTENT,
    TBL,
    TC,
    TCPR,
    TR,
    TRPR,
    TWIPS,
    TWIPS_PER_POINT,
    VAL,
    VMERGE,
    P,
    sdt_is_toc,
    to_int,
    w,
)

if TYPE_CHECKING:
    from reviewminer.parsers.docx.walker import Walker

Rows = list[list[str]]


def table_block(rows: Rows, page: int, page_end: int, max_cells: int) -> Block:
    """One block for a table: rows padded to equal length, one line of text per row.

    Raises:
        DocumentTooLargeError: the padded table would have more than ``max_cells`` cells (one
            very wide row and very many rows: padding would take memory quadratic in the file).
    """
    width = max(len(r) for r in rows)
    if width * len(rows) > max_cells:
        raise DocumentTooLargeError(
            None, f"a table of {len(rows)} rows x {width} columns exceeds the limit of "
                  f"{max_cells} cells")
    fixed = tuple(tuple(r + [""] * (width - len(r))) for r in rows)
    text = "\n".join(" | ".join(c.replace("\n", " ") for c in r) for r in fixed)
    return Block(text=text, page=page, kind="table",
                 page_end=page_end if page_end != page else None, rows=fixed)


def _children(parent: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Children with ``tag``, also those wrapped in content controls or custom XML."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag in (SDT, CUSTOM_XML):
            inner = child.find(SDT_CONTENT) if child.tag == SDT else child
            if inner is not None:
                yield from _children(inner, tag)


def _flat_block_children(parent: etree._Element, toc: bool
                         ) -> Iterator[tuple[etree._Element, bool]]:
    """Paragraphs and tables of a cell, unwrapped from content controls, with their TOC flag."""
    for child in parent:
        tag = child.tag
        if tag in (P, TBL):
            yield child, toc
        elif tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None:
                yield from _flat_block_children(content, toc or sdt_is_toc(child))
        elif tag == CUSTOM_XML:
            yield from _flat_block_children(child, toc)


def _cell_merge(tc: etree._Element) -> tuple[int, str | None]:
    """(grid columns spanned, w:vMerge value or None) of a cell."""
    span = 1
    vmerge: str | None = None
    tcpr = tc.find(TCPR)
    if tcpr is not None:
        gs = tcpr.find(GRIDSPAN)
        if gs is not None:
            span = max(1, to_int(gs.get(VAL), GRID_COLUMNS, 1) or 1)
        vm = tcpr.find(VMERGE)
        if vm is not None:
            vmerge = vm.get(VAL) or "continue"
    return span, vmerge


def _grid_before(tr: etree._Element) -> int:
    """Grid columns left empty before a row's first cell."""
    trpr = tr.find(TRPR)
    gb = trpr.find(GRID_BEFORE) if trpr is not None else None
    return (to_int(gb.get(VAL), GRID_COLUMNS, 0) or 0) if gb is not None else 0


@dataclass(slots=True)
class _PageSpan:
    first: int | None = None
    last: int | None = None

    def add(self, first: int, last: int | None) -> None:
        self.first = first if self.first is None else self.first
        self.last = last


class TableReader:
    """Reads w:tbl elements for a :class:`Walker` (cell paragraphs go through its paragraph())."""

    def __init__(self, walker: Walker) -> None:
        self.walker = walker
        self.pages = walker.pages

    def read(self, tbl: etree._Element, toc: bool) -> tuple[Rows, int, int]:
        """(rows of cell texts, first page, last page) of a table."""
        self.pages.table_depth += 1
        try:
            return self._read(tbl, toc)
        finally:
            self.pages.table_depth -= 1

    def _read(self, tbl: etree._Element, toc: bool) -> tuple[Rows, int, int]:
        pages = self.pages
        grid = self._grid(tbl) if pages.flow else []
        above: dict[int, str] = {}  # grid column -> text of the cell above (for vMerge)
        content = _PageSpan()
        flowed = _PageSpan()
        rows: Rows = []
        for tr in _children(tbl, TR):
            row, row_height = self._row(tr, toc, grid, above, content)
            if any(c.strip() for c in row):
                rows.append(row)
                if pages.flow and pages.table_depth == 1:
                    flowed.add(*pages.advance_row(row_height))
        first, last = content.first, content.last
        if flowed.first is not None and flowed.last is not None:
            first = max(first or flowed.first, flowed.first)
            last = max(first, flowed.last)
        page = first if first is not None else pages.page
        return rows, page, last if last is not None else page

    def _grid(self, tbl: etree._Element) -> list[float]:
        """Widths of the table's grid columns in points (equal shares when unknown)."""
        grid: list[float] = []
        g = tbl.find(w("tblGrid"))
        if g is not None:
            grid = [(to_int(c.get(w("w")), TWIPS, 0) or 0) / TWIPS_PER_POINT
                    for c in g.findall(w("gridCol"))]
        if not grid or not all(grid):
            n = max(1, len(grid))
            grid = [self.pages.table_width() / n] * n
        return grid

    def _row(self, tr: etree._Element, toc: bool, grid: list[float], above: dict[int, str],
             content: _PageSpan) -> tuple[list[str], float]:
        """The cell texts of one row and its estimated height (0 outside flow mode)."""
        col = _grid_before(tr)
        row = [""] * col
        row_height = 0.0
        for tc in _children(tr, TC):
            span, vmerge = _cell_merge(tc)
            text, p0, p1, height = self._cell(tc, toc, grid, col, span)
            row_height = max(row_height, height)
            if vmerge == "continue" and not text:
                text = above.get(col, "")
            elif p0 is not None:
                content.add(p0, p1)
            # a row spans at most GRID_COLUMNS columns: cells past them take one column each
            span = min(span, max(1, GRID_COLUMNS[1] - col))
            row.append(text)
            above[col] = text
            for k in range(1, span):
                row.append("")
                above[col + k] = ""
            col += span
        return row, row_height

    def _cell(self, tc: etree._Element, toc: bool, grid: list[float], col: int, span: int
              ) -> tuple[str, int | None, int | None, float]:
        """(text, first page, last page, estimated height) of one cell."""
        if not self.pages.flow:
            return (*self._cell_text(tc, toc), 0.0)
        saved = self.pages.enter_cell(grid, col, span)
        text, p0, p1 = self._cell_text(tc, toc)
        return text, p0, p1, self.pages.leave_cell(saved)

    def _cell_text(self, tc: etree._Element, toc: bool) -> tuple[str, int | None, int | None]:
        lines: list[str] = []
        span = _PageSpan()
        blocks = self.walker.blocks
        for el, in_toc in _flat_block_children(tc, toc):
            if el.tag == P:
                # The paragraph (and any text box it anchors) is emitted as blocks; fold them
                # into the cell text.
                saved = len(blocks)
                self.walker.paragraph(el, in_toc)
                extra = blocks[saved:]
                del blocks[saved:]
                for blk in extra:
                    lines.append(blk.text)
                    span.add(blk.page, blk.last_page)
            else:  # nested table
                rows, page, page_end = self.read(el, in_toc)
                if rows:
                    lines.extend(" | ".join(c.replace("\n", " ") for c in r) for r in rows)
                    span.add(page, page_end)
        return "\n".join(lines), span.first, span.last
