"""The document's normalised text, assembled from parser blocks, with block offsets.

``Report.text`` is the blocks' texts joined by blank lines. Every block knows its character span in
that text, so any run of blocks (a section, a recommendation) maps to a :class:`Provenance`.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from reviewminer.model import Box, Provenance
from reviewminer.parsers.base import Block, RawDocument

BLOCK_SEPARATOR = "\n\n"


@dataclass
class Document:
    raw: RawDocument
    text: str
    starts: list[int]  # char start of each block
    ends: list[int]  # char end of each block

    @classmethod
    def from_raw(cls, raw: RawDocument) -> Document:
        parts: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        pos = 0
        sep = len(BLOCK_SEPARATOR)
        for i, b in enumerate(raw.blocks):
            if i:
                pos += sep
            starts.append(pos)
            parts.append(b.text)
            pos += len(b.text)
            ends.append(pos)
        return cls(raw=raw, text=BLOCK_SEPARATOR.join(parts), starts=starts, ends=ends)

    @property
    def blocks(self) -> list[Block]:
        return self.raw.blocks

    def provenance(self, first: int, last: int, *, char_start: int | None = None,
                   char_end: int | None = None, boxes: bool = True) -> Provenance:
        """Provenance of blocks ``first..last`` (inclusive), optionally narrowed to a char span;
        with the page boxes of the lines the span covers (PDF) unless ``boxes`` is False."""
        blocks = self.raw.blocks
        cs = self.starts[first] if char_start is None else char_start
        ce = self.ends[last] if char_end is None else char_end
        found = self.boxes(first, last, cs, ce) if boxes else ()
        page_start = blocks[first].page
        page_end = max(blocks[k].last_page for k in range(first, last + 1))
        if found and char_start is not None:
            # a span inside a block that crosses pages (a layout table holding a whole
            # form): the pages of the lines it covers
            page_start, page_end = min(b[0] for b in found), max(b[0] for b in found)
        return Provenance(
            page_start=page_start,
            page_end=page_end,
            char_start=cs,
            char_end=ce,
            boxes=found,
            block_start=first,
            block_end=last,
        )

    def boxes(self, first: int, last: int, char_start: int, char_end: int) -> tuple[Box, ...]:
        """The page boxes of the lines of blocks ``first..last`` that hold any character of
        ``char_start..char_end`` (a line partly covered counts whole)."""
        out: list[Box] = []
        for k in range(first, last + 1):
            base = self.starts[k]
            lo, hi = char_start - base, max(char_end - base, char_start - base + 1)
            for s, e, page, x0, y0, x1, y1 in self.raw.blocks[k].geometry:
                if s < hi and e > lo:
                    out.append((page, x0, y0, x1, y1))
        return tuple(out)

    def block_at(self, char: int) -> int:
        """Index of the block containing (or preceding) a character offset."""
        return max(0, bisect.bisect_right(self.starts, char) - 1)

    def span_provenance(self, char_start: int, char_end: int) -> Provenance:
        """Provenance of an arbitrary span of the text."""
        i = self.block_at(char_start)
        j = self.block_at(max(char_start, char_end - 1))
        return self.provenance(i, j, char_start=char_start, char_end=char_end)
