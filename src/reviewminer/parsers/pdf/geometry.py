"""Where each block's text lies on its pages: the boxes of its lines, with the span of the
block's text each line holds (:data:`reviewminer.parsers.base.LineBox`).

Blocks are built from lines whose texts are joined (a space between lines, a line-end hyphen
undone, contents leaders collapsed), so each line is found again in the block's text from where
the previous one was found; a line of a paragraph holds the text up to the next line's start. A
table's lines are its cells' lines, found in the table text row by row (a line not found after
the previous one is looked for from the start). Boxes are in points from the page's top-left
corner, in the frame the page was read in (:attr:`Page.turn`).
"""

from __future__ import annotations

from reviewminer.parsers.base import LineBox, PageFrame
from reviewminer.parsers.pdf.records import ASCENT, DESCENT, BlockDraft, Line, Page

__all__ = ["attach_geometry", "page_frames"]

_KEY = 24  # characters of a line looked for in the block text


def page_frames(pages: list[Page]) -> list[PageFrame]:
    """The pages' sizes and turns, as :attr:`RawDocument.page_sizes` gives them."""
    return [(round(p.width, 2), round(p.height, 2), p.turn, p.mirrored) for p in pages]


def attach_geometry(drafts: list[BlockDraft], pages: list[Page]) -> None:
    """Set ``Block.geometry`` of every block from its lines (a table's: its cells' lines)."""
    origin = {p.number: (p.left, p.bottom + p.height) for p in pages}
    in_table: dict[int, list[Line]] = {}
    for p in pages:
        for ln in p.lines:
            if ln.table is not None and not ln.drop:
                in_table.setdefault(id(ln.table), []).append(ln)
    for d in drafts:
        text = d.block.text
        if not text:
            continue
        if d.table is not None and d.block.kind == "table":
            lines = [ln for t in (d.table, *d.more_tables)
                     for ln in sorted(in_table.get(id(t), ()), key=lambda ln: (-ln.y, ln.x0))]
            d.block.geometry = _locate(text, lines, origin, table=True)
        elif d.lines:
            d.block.geometry = _locate(text, d.lines, origin, table=False)


def _locate(text: str, lines: list[Line], origin: dict[int, tuple[float, float]],
            *, table: bool) -> tuple[LineBox, ...]:
    starts: list[int] = []  # where each line (with text) was found...
    ends: list[int] = []  # ...and its text's end (a table's; a paragraph's runs to the next)
    found: list[Line] = []
    pos = 0
    n = len(text)
    for ln in lines:
        t = ln.text.strip()
        if not t:
            continue
        i = text.find(t[:_KEY], pos)  # (_find's first look, the usual hit, inlined)
        if i < 0:
            i = _find(text, t, pos, table)
        starts.append(i)
        found.append(ln)
        if table:
            ends.append(min(n, i + len(t)))
            pos = i
        else:
            end = i + (len(t) - 1 or 1)  # (max(pos, i + max(1, len(t) - 1)) without the calls)
            if end > pos:
                pos = end
    if not table:  # a paragraph's line holds everything up to the next line
        ends = starts[1:]
        ends.append(n)
    out: list[LineBox] = []
    for s, e, ln in zip(starts, ends, found, strict=True):
        if not table and e <= s:
            e = s + 1
        left, top = origin[ln.page]
        xa, xb = ln.x0, ln.x1
        if xb < xa:  # (as sorted() orders the two)
            xa, xb = xb, xa
        y, size = ln.y, ln.size  # Line.top and Line.bottom, inlined
        out.append((s, e, ln.page, round(xa - left, 1), round(top - (y + ASCENT * size), 1),
                    round(xb - left, 1), round(top - (y - DESCENT * size), 1)))
    return tuple(out)


def _find(text: str, line: str, pos: int, table: bool) -> int:
    """Where ``line`` starts in ``text``, looked for from ``pos`` (by its opening characters,
    then its first word); ``pos`` itself when it is not found."""
    key = line[:_KEY]
    i = text.find(key, pos)
    if i < 0 and table:
        i = text.find(key)
    if i >= 0:
        return i
    key = line.split(" ", 1)[0][:_KEY]
    i = text.find(key, pos)
    if i < 0 and table:
        i = text.find(key)
    if i >= 0:
        return i
    return min(pos, max(0, len(text) - 1))
