"""The records the PDF passes share: visual lines, tables, pages and blocks under construction."""

from __future__ import annotations

from dataclasses import dataclass, field

from reviewminer.parsers.base import Block

__all__ = ["ASCENT", "DESCENT", "BlockDraft", "Line", "Page", "Table", "keep_lines", "page_list"]

ASCENT = 0.8  # a line's glyphs reach this share of its font size above the baseline
DESCENT = 0.25  # ...and this share below it


@dataclass(slots=True)
class Line:
    """One visual line of a page, with its sampled typography."""

    text: str
    page: int  # 1-based
    x0: float
    x1: float
    y: float  # baseline, larger is higher on the page (text frame)
    size: float
    bold: bool
    hyphen: bool = False  # pdfium joined a line-end hyphen after this line
    order: int = 0  # position in the page's content stream
    drop: bool = False
    toc: bool = False
    table: Table | None = None  # the table whose cells hold this line
    vend: float | None = None  # end of a vertically running line (along y), before the fix
    c0: int = -1  # char index range of the line in the text page (first, last)
    c1: int = -1
    t0: int = -1  # text index of the first char (for splitting the text)

    @property
    def top(self) -> float:
        return self.y + ASCENT * self.size

    @property
    def bottom(self) -> float:
        return self.y - DESCENT * self.size


@dataclass(slots=True)
class Table:
    """A ruled table found on one page."""

    page: int
    bbox: tuple[float, float, float, float]  # x0, bottom, x1, top in the pdfium frame
    rows: list[list[str]]


@dataclass(slots=True)
class Page:
    """One page's box, lines and tables."""

    number: int
    width: float
    height: float
    left: float
    bottom: float
    lines: list[Line] = field(default_factory=list)
    n_chars: int = 0
    has_images: bool = False
    maybe_table: bool = False
    tables: list[Table] = field(default_factory=list)
    rotated_text: bool = False
    text_issue: str = ""  # why the text layer was not read ("undecodable", "direction"; see textlayer)
    text_detail: str = ""  # ...in words
    backward_lines: int = 0  # lines left out: drawn upside down or mirrored against the page
    unmapped_lines: int = 0  # lines left out: their glyphs have no Unicode mapping
    ocr: bool = False  # the lines were recognised from the rendered page (no usable text layer)
    turn: int | None = None  # turned upright before reading: the text's angle (0: /Rotate reset)
    mirrored: bool = False  # ...and the text was mirrored


@dataclass(slots=True)
class BlockDraft:
    """A block under construction."""

    lines: list[Line]
    kind: str = "paragraph"
    block: Block = None  # type: ignore[assignment]
    table: Table | None = None
    marker: str | None = None
    toc: bool = False
    right: float = 0.0  # right edge of the page's body text (full lines reach it)
    more_tables: list[Table] = field(default_factory=list)  # continuations merged into ``table``

    @property
    def first(self) -> Line:
        return self.lines[0]

    @property
    def last(self) -> Line:
        return self.lines[-1]


def page_list(nums: list[int]) -> str:
    """'1-3, 7' style list of page numbers."""
    out: list[str] = []
    start = prev = nums[0]
    tail: list[int | None] = [*nums[1:], None]
    for n in tail:
        if n is not None and n == prev + 1:
            prev = n
            continue
        out.append(str(start) if start == prev else f"{start}-{prev}")
        if n is not None:
            start = prev = n
    return ", ".join(out)


def keep_lines(page: Page, keep: list[Line]) -> int:
    """Keep only ``keep`` of a page's lines (in their order, renumbered); how many were left out."""
    dropped = len(page.lines) - len(keep)
    if dropped:
        page.lines = keep
        for k, ln in enumerate(keep):
            ln.order = k
    return dropped
