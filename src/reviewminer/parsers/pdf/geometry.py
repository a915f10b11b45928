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

from math import copysign

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
        out.append((s, e, ln.page, *_round_box(
            xa - left, top - (y + ASCENT * size), xb - left, top - (y - DESCENT * size))))
    return tuple(out)


_NEAR_HALF = 0.4999  # x10 further than this from its nearest integer: no tie can be in doubt
_LARGE = 1e9  # x10 beyond this (or inf/nan): left to round()


def _round_box(a: float, b: float, c: float, d: float) -> tuple[float, float, float, float]:
    """``round(v, 1)`` of the four values, bit for bit, at half the cost of four round() calls
    (round() with digits formats and parses a decimal string; a box is made for every line).

    ``m``, the nearest integer to ``10 v`` (``v * 10.0`` is within half an ulp of it), is the
    decimal that round() picks unless ``10 v`` lies near a tie, and ``m / 10.0`` is correctly
    rounded, as round() parses its decimal; a zero keeps the sign of ``v`` as round() does.
    Values near a tie, large or not finite go to round() itself.
    """
    ya, yb, yc, yd = a * 10.0, b * 10.0, c * 10.0, d * 10.0
    ma, mb, mc, md = (ya + 0.5) // 1.0, (yb + 0.5) // 1.0, (yc + 0.5) // 1.0, (yd + 0.5) // 1.0
    near, large = _NEAR_HALF, _LARGE
    if (
        -near < ya - ma < near and -near < yb - mb < near
        and -near < yc - mc < near and -near < yd - md < near
        and -large < ya < large and -large < yb < large
        and -large < yc < large and -large < yd < large
    ):
        return (ma / 10.0 if ma else copysign(0.0, a), mb / 10.0 if mb else copysign(0.0, b),
                mc / 10.0 if mc else copysign(0.0, c), md / 10.0 if md else copysign(0.0, d))
    return round(a, 1), round(b, 1), round(c, 1), round(d, 1)


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
