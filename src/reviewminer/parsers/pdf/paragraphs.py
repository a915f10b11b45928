"""Lines → blocks: the body font and line pitch, paragraph breaks, list items, headings."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from operator import attrgetter

from reviewminer.parsers.base import Block
from reviewminer.parsers.pdf.patterns import ENDS_WITH_DIGIT, TOC_LEADER, ends_clause, list_marker
from reviewminer.parsers.pdf.records import BlockDraft, Line, Page, Table
from reviewminer.parsers.pdf.settings import PdfSettings
from reviewminer.parsers.text import BULLET, join_lines
from reviewminer.structure.typography import heading_levels, looks_like_heading

__all__ = [
    "assign_heading_levels",
    "assign_list_levels",
    "body_font_size",
    "line_pitch",
    "page_blocks",
]

# A line that ends like this does not end a deliberate short line (the sentence goes on).
_CONTINUING_ENDS = (",", ";", ":", "-")
_ORDER = attrgetter("order")


# --------------------------------------------------------------------------- document measures
def body_font_size(pages: list[Page]) -> float | None:
    """Most common font size weighted by characters, outside tables (fall back to all text)."""
    weights = _size_weights(pages, outside_tables=True)
    if not weights:
        weights = _size_weights(pages, outside_tables=False)
    if not weights:
        return None
    return weights.most_common(1)[0][0]


def _size_weights(pages: list[Page], *, outside_tables: bool) -> Counter[float]:
    """Characters per font size rounded to half a point, the sizes in order of first use.

    Line sizes take few values: the characters are summed per size first and each size is
    rounded once (the keys enter the counter in the same order as line by line)."""
    per_size: dict[float, int] = {}
    get = per_size.get
    for p in pages:
        for ln in p.lines:
            if outside_tables and ln.table is not None:
                continue
            per_size[ln.size] = get(ln.size, 0) + len(ln.text)
    weights: Counter[float] = Counter()
    for size, n in per_size.items():
        weights[round(size * 2) / 2] += n
    return weights


def line_pitch(pages: list[Page], body: float | None, st: PdfSettings) -> float:
    """Most common baseline distance between consecutive body lines."""
    if not body:
        return st.default_line_pitch
    tol = st.size_tolerance
    lo, hi = st.pitch_min * body, st.pitch_max * body
    counts: dict[float, int] = {}  # (a Counter, in the same key order, without its calls)
    for p in pages:
        above: float | None = None  # the baseline of the previous line when it is a body line
        for ln in p.lines:
            if abs(ln.size - body) < tol:
                if above is not None:
                    d = above - ln.y
                    if lo < d < hi:
                        key = round(d * 2) / 2
                        counts[key] = counts.get(key, 0) + 1
                above = ln.y
            else:
                above = None
    if not counts:
        return st.pitch_fallback * body
    return Counter(counts).most_common(1)[0][0]


# --------------------------------------------------------------------------- one page
@dataclass(frozen=True, slots=True)
class _Layout:
    """What the paragraph-break tests know about the page."""

    body: float  # body font size
    pitch: float  # usual baseline distance
    right: float  # right edge of the body text (full lines reach it)
    one_column: bool
    st: PdfSettings


def page_blocks(p: Page, body: float | None, pitch: float, st: PdfSettings) -> list[BlockDraft]:
    """The page's blocks in reading order: tables, contents entries, paragraphs, list items."""
    size = body or st.default_body_size
    right = _right_edge(p, size, st)
    lay = _Layout(size, pitch, right, _one_column(p, size, st), st)
    blocks: list[BlockDraft] = []
    cur: BlockDraft | None = None
    for it in _flow_items(p):
        if isinstance(it, Table):
            cur = None
            blocks.append(BlockDraft(lines=[], kind="table", table=it))
            continue
        ln = it
        if ln.toc:
            # one block per entry; an entry wrapped onto a second line is joined
            if cur is not None and cur.toc and _continues_toc_entry(cur, ln, st):
                cur.lines.append(ln)
                continue
            cur = BlockDraft(lines=[ln], toc=True)
            blocks.append(cur)
            continue
        label, mkind = list_marker(ln.text)
        if cur is None or cur.kind == "table" or cur.toc or _starts_new_block(cur, ln, label, mkind, lay):
            cur = _new_block(ln, label)
            blocks.append(cur)
        else:
            cur.lines.append(ln)
    for b in blocks:
        b.right = right
        _finish_block(b, size)
    return blocks


def _flow_items(p: Page) -> list[Line | Table]:
    """Lines and tables in stream order: table text leaves the flow and the table takes the
    place of its first line."""
    if not p.tables:  # (the usual page: lines belong to tables of their own page only)
        return sorted(p.lines, key=_ORDER)
    items: list[tuple[float, Line | Table]] = []
    in_table = {id(ln): ln.table for ln in p.lines if ln.table is not None}
    placed: set[int] = set()
    for ln in p.lines:
        t = ln.table
        if t is None:
            items.append((ln.order, ln))
        elif id(t) not in placed:
            placed.add(id(t))
            items.append((ln.order, t))
    for t in p.tables:
        if id(t) not in placed:  # table without text lines (should not happen): place by y
            before = [ln.order for ln in p.lines if ln.y > t.bbox[3] and id(ln) not in in_table]
            items.append((max(before) + 0.5 if before else -1, t))
    items.sort(key=lambda it: it[0])
    return [it for _, it in items]


def _right_edge(p: Page, body: float, st: PdfSettings) -> float:
    """The right edge of the body text: the median end of the longest third of body lines."""
    tol = st.size_tolerance
    lines_x1 = [ln.x1 for ln in p.lines if abs(ln.size - body) < tol]
    if not lines_x1:
        return p.left + p.width
    lines_x1.sort()
    longest = lines_x1[-max(1, len(lines_x1) // st.right_edge_share):]
    n = len(longest)  # statistics.median of the sorted values, without sorting them again
    if n % 2:
        return longest[n // 2]
    return (longest[n // 2 - 1] + longest[n // 2]) / 2


def _one_column(p: Page, body: float, st: PdfSettings) -> bool:
    """Few body lines start mid-page (else columns, or a layout not to second-guess)."""
    start = p.left + st.one_column_start * p.width
    tol = st.size_tolerance
    mid_starts = sum(1 for ln in p.lines if ln.x0 > start and abs(ln.size - body) < tol)
    return mid_starts < st.one_column_max


def _continues_toc_entry(cur: BlockDraft, ln: Line, st: PdfSettings) -> bool:
    """A contents entry without its page number yet continues on an indented or lower-case line."""
    return not ENDS_WITH_DIGIT.search(cur.last.text) and (
        ln.x0 > cur.first.x0 + st.indent_tolerance or ln.text[:1].islower()
    )


def _new_block(ln: Line, label: str | None) -> BlockDraft:
    b = BlockDraft(lines=[ln])
    if label:
        b.kind = "list_item"
        b.marker = label
    return b


def _starts_new_block(
    cur: BlockDraft, ln: Line, label: str | None, mkind: str | None, lay: _Layout
) -> bool:
    """Does ``ln`` (with list marker ``label`` of kind ``mkind``) start a new block after ``cur``?"""
    st = lay.st
    prev = cur.lines[-1]  # (cur.last)
    size = ln.size if ln.size > prev.size else prev.size  # max(prev.size, ln.size, 1.0)
    if size < 1.0:
        size = 1.0
    gap = prev.y - ln.y
    if gap < -st.column_jump * size:
        return not _column_continues(prev, ln, label, size, st)
    if gap > (size if size > lay.pitch else lay.pitch) * st.paragraph_gap + st.paragraph_gap_margin:
        return True
    if abs(prev.size - ln.size) > st.size_tolerance:
        return True
    if prev.bold != ln.bold:
        return not _bold_lead_in(prev, ln, size, lay)
    ended = ends_clause(prev.text)
    if label is not None and _marker_breaks(prev, mkind, ended, gap, size, lay):
        return True
    # the line starts left of the block's text edge (outdent) → a new paragraph
    if cur.kind == "list_item" and ln.x0 < cur.first.x0 - st.indent_tolerance:
        return True
    # first-line indent after a finished sentence
    if (
        ended and ln.x0 > cur.first.x0 + st.first_line_indent * size and len(cur.lines) > 1
        and cur.kind != "list_item"
    ):
        return True
    # (_deliberate_break's first test, a capital, inline: most lines go on in lower case)
    if lay.one_column and not ended and ln.text[:1].isupper() and _deliberate_break(cur, prev, ln, lay):
        return True
    # a short line that ends a sentence closes its paragraph
    return (
        ended and prev.x1 < lay.right - st.short_line * size
        and ln.x0 <= cur.first.x0 + st.indent_tolerance
    )


def _column_continues(prev: Line, ln: Line, label: str | None, size: float, st: PdfSettings) -> bool:
    """After a jump upwards, the top of the next column continues an unfinished sentence."""
    return (
        ln.x0 > prev.x1 - st.column_continue * size
        and not ends_clause(prev.text)
        and abs(prev.size - ln.size) <= st.size_tolerance
        and prev.bold == ln.bold
        and label is None
    )


def _bold_lead_in(prev: Line, ln: Line, size: float, lay: _Layout) -> bool:
    """A bold lead-in that fills a whole line ("Recommendation 1: The Board should") runs on
    into a plain line that continues the sentence: keep them together."""
    return (
        prev.bold
        and prev.x1 >= lay.right - lay.st.full_line_margin * size
        and not ends_clause(prev.text)
        and ln.text[:1].islower()
    )


def _marker_breaks(
    prev: Line, mkind: str | None, ended: bool, gap: float, size: float, lay: _Layout
) -> bool:
    """A line with a list marker starts an item after a bullet/recommendation marker kind, a
    finished sentence, a short line or a gap."""
    if mkind in ("bullet", "rec"):
        return True
    if ended or prev.x1 < lay.right - lay.st.list_short_line * size:
        return True
    return gap > lay.pitch * lay.st.list_item_gap


def _deliberate_break(cur: BlockDraft, prev: Line, ln: Line, lay: _Layout) -> bool:
    """A much shorter line followed by a capital: the next line's first word would have fitted
    at the end of this one, so the break is deliberate, as in lists of unpunctuated items
    ("Annual health checks")."""
    st = lay.st
    if not (
        ln.text[:1].isupper() and ln.x0 <= cur.first.x0 + st.indent_tolerance
        and not prev.text.rstrip().endswith(_CONTINUING_ENDS)
    ):
        return False
    first_word = ln.text.split(" ", 1)[0]
    per_char = (ln.x1 - ln.x0) / max(len(ln.text), 1)  # this font's average advance
    return lay.right - prev.x1 > (len(first_word) + st.word_fit_margin) * per_char * st.word_fit_ratio


def _finish_block(b: BlockDraft, body: float) -> None:
    """Build the block's :class:`Block`: table text, contents entry, or joined lines (a
    heading when its typography says so)."""
    if b.kind == "table" and b.table is not None:
        t = b.table
        b.block = Block(
            text="\n".join(" | ".join(r) for r in t.rows),
            page=t.page,
            kind="table",
            rows=tuple(tuple(r) for r in t.rows),
        )
        return
    lines = b.lines
    texts = [ln.text for ln in lines]  # already normalised line by line
    if b.toc:
        text = join_lines(texts)
        m = TOC_LEADER.match(text)
        if m:
            text = f"{m.group('title')} ... {m.group('page')}"
        b.block = Block(text=text, page=b.first.page, kind="paragraph", style="toc",
                        font_size=b.first.size, bold=all(ln.bold for ln in b.lines))
        return
    if len(lines) == 1:
        text, size, bold = texts[0], lines[0].size, bool(lines[0].bold)
    else:
        text = join_lines(texts)
        # the size carrying the most characters; the first seen wins a tie (as most_common)
        sizes: dict[float, int] = {}
        for ln in lines:
            sizes[ln.size] = sizes.get(ln.size, 0) + len(ln.text)
        size = max(sizes, key=sizes.__getitem__)
        bold = all(ln.bold for ln in lines)
    kind = b.kind
    label = b.marker
    if kind == "list_item" and label and label != BULLET:
        label = label.rstrip()
    if looks_like_heading(text, size, bold, body, len(b.lines)):
        kind = "heading"
    b.kind = kind
    b.block = Block(text=text, page=b.first.page, kind=kind, label=label, font_size=size, bold=bold)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- document passes
def assign_heading_levels(blocks: list[BlockDraft], body: float | None, st: PdfSettings) -> None:
    """Set each heading's level (by font size and numbering) and its number label."""
    heads = [b.block for b in blocks if b.block.kind == "heading"]
    if not heads:
        return
    levels = heading_levels([(h.text, h.font_size) for h in heads], body or st.default_body_size)
    for h, (level, label) in zip(heads, levels, strict=True):
        h.level = level
        if label is not None:
            h.label = label


def assign_list_levels(blocks: list[BlockDraft], st: PdfSettings) -> None:
    """Set list items' levels from clusters of their indents (0 = outermost)."""
    items = [b for b in blocks if b.block.kind == "list_item" and b.lines]
    if not items:
        return
    indents = sorted({round(b.first.x0) for b in items})
    clusters: list[int] = []
    for x in indents:
        if not clusters or x - clusters[-1] > st.list_indent_cluster:
            clusters.append(x)
    for b in items:
        xb = b.first.x0
        lvl = 0
        for k, c in enumerate(clusters):
            if xb >= c - st.list_indent_slack:
                lvl = k
        b.block.list_level = lvl
