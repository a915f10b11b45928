"""The interface every format parser implements.

A parser turns one file into a :class:`RawDocument`: an ordered list of :class:`Block` s (paragraphs,
headings, list items, tables) in reading order, each with its page and typographic cues. Parsers do
no NLP and no segmentation; they only recover text faithfully:

* ``Block.text`` is the text as a reader sees it, normalised (see :mod:`reviewminer.parsers.text`),
  *including* any list number or bullet as displayed ("2.1 The Board should ...", "• Police").
  A DOCX parser that recovers an auto-number from numbering definitions prepends it to the text
  and also sets ``Block.label``.
* Running headers/footers, page numbers and footnote bodies are not blocks.
* A paragraph split across a page break is one block (``page`` to ``page_end``).
* A table is one block with ``rows`` (cells as text) and ``text`` = rows joined by newlines,
  cells by " | ".
* PDF blocks keep their lines' boxes (``Block.geometry``): for each visual line the span of the
  block's text it holds and its box on its page, so any span of the text maps to page boxes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Protocol

BlockKind = Literal["paragraph", "heading", "list_item", "table"]

#: One visual line of a block: (start, end) of its characters in ``Block.text``, its 1-based page,
#: and its box (x0, y0, x1, y1) in PDF points from the page's top-left corner (y grows downwards),
#: in the frame of :attr:`RawDocument.page_sizes`.
LineBox = tuple[int, int, int, float, float, float, float]

#: One page as the boxes see it: (width, height, turn, mirrored) in points. ``turn`` is None for a
#: page read as the PDF displays it; else the page was turned upright before reading (``/Rotate``
#: reset to 0 and, for text drawn at an ``turn`` degrees angle or ``mirrored``, the content
#: turned): a renderer turns it the same way (``reviewminer.view.render``).
PageFrame = tuple[float, float, int | None, bool]


@dataclass(slots=True)
class Block:
    """One unit of document content in reading order."""

    text: str
    page: int  # 1-based page on which the block starts (DOCX: estimated from page breaks)
    kind: BlockKind = "paragraph"
    page_end: int | None = None  # last page, when the block crosses a page break
    level: int | None = None  # heading level from styles/outline/typography (1 = top)
    label: str | None = None  # list/heading number recovered from structure ("2.1", "a)", "•")
    list_level: int = 0  # nesting level of a list item (0 = outermost)
    font_size: float | None = None  # dominant font size in points (PDF)
    bold: bool = False  # whole block set in bold
    style: str | None = None  # DOCX paragraph style name
    rows: tuple[tuple[str, ...], ...] | None = None  # table cells, for kind == "table"
    geometry: tuple[LineBox, ...] = ()  # PDF: the lines' text spans and page boxes (see LineBox)

    @property
    def last_page(self) -> int:
        return self.page_end if self.page_end is not None else self.page

    @property
    def is_contents_entry(self) -> bool:
        """An entry of a table of contents (a "TOC n" style in Word; ``style="toc"`` from PDF)."""
        return bool(self.style) and self.style.lower().startswith("toc")  # type: ignore[union-attr]


@dataclass(slots=True)
class RawDocument:
    """What a parser returns."""

    source: Path
    format: str  # "pdf" | "docx"
    page_count: int
    blocks: list[Block]
    metadata: dict[str, str] = field(default_factory=dict)  # title, author, created, ...
    body_font_size: float | None = None  # PDF: the most common font size of body text
    warnings: list[str] = field(default_factory=list)
    ocr_pages: list[int] = field(default_factory=list)  # PDF pages read by OCR
    page_sizes: list[PageFrame] = field(default_factory=list)  # PDF: one per page read


class Parser(Protocol):
    """A parser for one file format (registered with its suffixes and sniffer in
    :mod:`reviewminer.parsers.registry`)."""

    format: str

    def parse(self, path: Path) -> RawDocument:
        """Read ``path``. Raise a :class:`reviewminer.errors.ReviewMinerError` subclass on failure."""
        ...
