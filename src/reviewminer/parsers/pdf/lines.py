"""Visual lines from pdfium's page text: typography cues, superscripts, gutters, columns.

pdfium's ``FPDFText_GetText`` text is split at its line breaks; each line samples a few
characters for position, size and boldness (see :class:`~reviewminer.parsers.pdf.pdfium.Sampler`).
Lines that run across a column gutter are split, fragments of one visual line glued back,
vertically running pages turned into the text's frame, interleaved two-column pages re-ordered.
"""

from __future__ import annotations

import ctypes
from bisect import bisect_right
from collections import Counter
from itertools import pairwise
from typing import Any

from reviewminer.parsers.pdf.objects import Dot
from reviewminer.parsers.pdf.patterns import (
    GLUED_LABEL,
    LINE_GLUED_LABEL,
    SPACES,
    SPLIT_WORD,
    SUP_MARKER,
    SUPERSCRIPT_CANDIDATE,
    list_marker,
)
from reviewminer.parsers.pdf.pdfium import (
    CharBox,
    CharIndexAtPos,
    CharIndexFromTextIndex,
    CharOrigin,
    CountRects,
    FontInfo,
    FontSize,
    GetRect,
    Sampler,
    TextIndexFromCharIndex,
)
from reviewminer.parsers.pdf.records import Line, Page
from reviewminer.parsers.pdf.settings import PdfSettings
from reviewminer.parsers.text import BULLET, normalise

__all__ = [
    "add_drawn_bullets",
    "fix_text_direction",
    "merge_same_line",
    "reorder_columns",
    "split_at_gutters",
    "split_lines",
]

_GENERATED_CHAR_SIZE = 1.0  # a sampled char this small is generated (a space): use the first
_MIN_GAP_SIZE = 4  # gaps are measured against the font size, but at least this size (pt)
_CHAR_ADVANCE = 0.5  # estimated advance of one character (x size) when only the start is known
_ROTATED_MARGIN = 50  # page box margin (pt) around the text of a rotated page
_BULLET_MIN_GAP = 1  # a drawn bullet's right edge is at least this far (pt) left of the text...
_BULLET_MAX_GAP = 2.5  # ...and at most this far (x size, at least 4 pt)
_BULLET_BELOW = 0.1  # the dot's centre lies between this x size below the baseline...
_BULLET_ABOVE = 0.8  # ...and this x size above it
_COLUMN_ZONE = (0.25, 0.75)  # the right column starts in this part of the page width
_COLUMN_START_GRID = 2  # line starts are counted on a 2 pt grid
_COLUMN_GUTTER_SLACK = 3  # the gutter midline lies 3 pt left of the right column's start
_COLUMN_FULL_LINE = 0.25  # a "full" column line ends within this share of the column width


def split_lines(
    tp: Any, text: str, n_chars: int, page: int, s: Sampler, st: PdfSettings
) -> list[Line]:
    """Split the page text into pdfium's visual lines and sample typography for each.

    This is the parser's hottest loop (once per line of every page): the sampler's calls are
    inlined and its buffers bound locally, and it stays one function on purpose. A line is
    searched for superscript markers and split words only when a search of the whole page
    found one on it (:func:`_match_starts`).
    """
    sup_at, split_at = _match_starts(text)
    identity = len(text) == n_chars
    to_char = CharIndexFromTextIndex
    origin, box, font_size, font_info, bold_of = CharOrigin, CharBox, FontSize, FontInfo, s.bold
    r_dx, r_dy, r_l, r_r, r_b, r_t = s.refs
    v_dx, v_dy, v_l, v_r, v_b = s.dx, s.dy, s.l, s.r, s.b
    name, name_len, flags_ref, bold_cache = s.name, s.name_len, s.flags_ref, s.bold_cache
    sup_ratio, vertical, scaled_below = st.superscript_ratio, st.vertical_run, st.scaled_font_below
    word_gap = st.word_gap_ratio
    spaces = SPACES.sub
    out: list[Line] = []
    append = out.append
    for a, raw in _line_runs(text):
        hyphen = raw[-1] == "\ufffe"
        body = raw[:-1] if hyphen else raw
        stripped = body.strip()
        if not stripped:
            continue
        if body[0] != stripped[0]:  # leading white space
            a += len(body) - len(body.lstrip())
        b = a + len(stripped) - 1
        mid = (a + b) // 2
        while mid < b and text[mid].isspace():
            mid += 1
        if identity:
            ia, im, ib = a, mid, b
        else:
            ia, im, ib = to_char(tp, a), to_char(tp, mid), to_char(tp, b)
            if ia < 0 or ib < 0:
                continue
            if im < 0:
                im = ia
        origin(tp, ia, r_dx, r_dy)
        xa, ya = v_dx.value, v_dy.value
        box(tp, ib, r_l, r_r, r_b, r_t)  # yes, left-right-bottom-top
        xb, yb, br = v_l.value, v_b.value, v_r.value
        size = font_size(tp, im)
        if size <= _GENERATED_CHAR_SIZE and im != ia:  # a generated char: fall back to the first
            size = font_size(tp, ia)
        raw_size = size
        if 0 < size < scaled_below:  # text set at 1 pt and scaled by its matrix (InDesign)
            size *= s.matrix_scale(tp, im)
        # s.bold(tp, ia), its cache hit inlined
        bold = bold_cache.get(name.value if font_info(tp, ia, name, name_len, flags_ref) else b"")
        if bold is None:
            bold = bold_of(tp, ia)
        bold = bold and (ib == ia or bold_of(tp, ib))
        line_text = stripped
        # (a match on the line: the last match start up to its end b lies at or after its start a)
        if size > 0 and sup_at and (k := bisect_right(sup_at, b)) and sup_at[k - 1] >= a:
            line_text = _strip_superscripts(tp, stripped, a, raw_size * sup_ratio, identity)
        if line_text is stripped and split_at and (k := bisect_right(split_at, b)) and split_at[k - 1] >= a:
            line_text = _join_split_words(tp, stripped, a, size * word_gap, identity, s)  # "C ONCLUSIONS"
        if line_text.isascii() and line_text.isprintable():  # _norm_line's fast path, inlined
            if "  " in line_text:
                line_text = spaces(" ", line_text)
        else:
            line_text = _norm_line(line_text)
        if hyphen:
            line_text = line_text + "-"
        # (Line's fields in order: text, page, x0, x1, y, size, bold, hyphen, order, drop, toc,
        # table, vend, c0, c1, t0; positional is cheaper in this loop)
        rec = Line(line_text, page, xa, xb if xb > br else br, ya, round(size, 1), bold, hyphen,
                   len(out), False, False, None, None, ia, ib, a)
        if abs(yb - ya) > vertical * (1 if size < 1 else size) and abs(xb - xa) < abs(yb - ya):
            rec.vend = yb  # the line runs vertically: see fix_text_direction
        append(rec)
    return out


def _match_starts(text: str) -> tuple[list[int], list[int]]:
    """Where :data:`~.patterns.SUPERSCRIPT_CANDIDATE` and :data:`~.patterns.SPLIT_WORD` match
    in the page text (U+FFFE read as a line break): the same matches as a search of each line
    finds, since neither pattern matches across a line break and what they look at around a
    line (the character before its first, after its last) is white space either way. One scan
    of the page instead of two searches of every line, which find nothing on most lines."""
    scan = text.replace("\ufffe", "\n") if "\ufffe" in text else text
    return ([m.start() for m in SUPERSCRIPT_CANDIDATE.finditer(scan)],
            [m.start() for m in SPLIT_WORD.finditer(scan)])


def _line_runs(text: str) -> list[tuple[int, str]]:
    """(start, run) of each match of :data:`~.patterns.LINE_SPLIT` in ``text``: the runs
    between line breaks, each cut after every U+FFFE it holds (pdfium's joined hyphen). Made
    with ``str.split`` (4x cheaper than the pattern's scan; the same runs)."""
    out: list[tuple[int, str]] = []
    hyphens = "\ufffe" in text
    pos = 0
    for piece in text.replace("\r", "\n").split("\n"):
        if piece:
            if hyphens and "\ufffe" in piece:
                parts = piece.split("\ufffe")
                at = pos
                for part in parts[:-1]:
                    out.append((at, part + "\ufffe"))
                    at += len(part) + 1
                if parts[-1]:
                    out.append((at, parts[-1]))
            else:
                out.append((pos, piece))
        pos += len(piece) + 1
    return out


def _join_split_words(tp: Any, text: str, start: int, min_gap: float, identity: bool,
                      s: Sampler) -> str:
    """Remove spaces that split a word: the glyphs either side are closer than ``min_gap``
    (a word space is wider). ``start`` is the text index of ``text``'s first char."""
    out = text
    for m in reversed(list(SPLIT_WORD.finditer(text))):
        k = m.end() - 1  # the space
        ti = start + k
        prev_i = ti - 1 if identity else CharIndexFromTextIndex(tp, ti - 1)
        next_i = ti + 1 if identity else CharIndexFromTextIndex(tp, ti + 1)
        if prev_i < 0 or next_i < 0:
            continue
        right = s.box(tp, prev_i)[2]
        left = s.box(tp, next_i)[0]
        if 0 <= left - right < min_gap:
            out = out[:k] + out[k + 1:]
    return out


def _strip_superscripts(tp: Any, text: str, start: int, below: float, identity: bool) -> str:
    """Remove superscript reference markers glued to a word ("reports1", "abuse.12"): digits
    whose font size is below ``below``. ``start`` is the text index of ``text``'s first char."""
    out = text
    for sm in reversed(list(SUPERSCRIPT_CANDIDATE.finditer(text))):
        ti = start + sm.start()
        ci = ti if identity else CharIndexFromTextIndex(tp, ti)
        if ci >= 0 and FontSize(tp, ci) < below:
            out = out[: sm.start()] + out[sm.end():]
    return out


def _norm_line(text: str) -> str:
    """:func:`normalise` with a fast path for plain printable ASCII (most lines).

    Unicode superscript digits glued to a word are footnote markers: they are dropped before
    NFKC would turn "abuse\u00b9" into "abuse1".
    """
    if text.isascii() and text.isprintable():
        return text if "  " not in text else SPACES.sub(" ", text)
    return normalise(SUP_MARKER.sub("", text))


def split_at_gutters(
    tp: Any, text: str, n_chars: int, lines: list[Line], s: Sampler, st: PdfSettings
) -> list[Line]:
    """Split pdfium lines that run across a column gutter (two columns on one baseline).

    pdfium joins text on the same baseline into one line. pdfium's text rectangles for the line
    show the gap; a line is split where two rectangles on the same baseline are separated by at
    least 1.5 times the font size and both sides carry real text (>= 15 characters), so list
    markers ("1.1   Text") and short table cells stay with their line.
    """
    identity = len(text) == n_chars
    read = _RectReader().read
    min_line = st.gutter_min_line
    out: list[Line] = []
    for ln in lines:
        if len(ln.text) >= min_line and ln.c0 >= 0 and ln.vend is None:
            boxes = read(tp, ln)
            if boxes:  # (two rectangles at least)
                cuts = _gutter_cuts(tp, ln, boxes, identity, st)
                if cuts:
                    out.extend(_cut_line(tp, ln, cuts, identity, s))
                    continue
        out.append(ln)
    for k, ln in enumerate(out):
        ln.order = k
    return out


class _RectReader:
    """pdfium's text rectangles of a line (buffers allocated once)."""

    def __init__(self) -> None:
        self.left, self.top, self.right, self.bottom = (ctypes.c_double() for _ in range(4))
        self.refs = tuple(ctypes.byref(v) for v in (self.left, self.top, self.right, self.bottom))

    def read(self, tp: Any, ln: Line) -> list[tuple[float, float, float, float]]:
        """The rectangles (left, bottom, right, top) of the line's chars, sorted."""
        n = CountRects(tp, ln.c0, ln.c1 - ln.c0 + 1)
        if n < 2:
            return []
        left, top, right, bottom = self.left, self.top, self.right, self.bottom
        r_left, r_top, r_right, r_bottom = self.refs
        get = GetRect
        boxes = []
        for k in range(n):
            get(tp, k, r_left, r_top, r_right, r_bottom)
            boxes.append((left.value, bottom.value, right.value, top.value))
        boxes.sort()
        return boxes


def _gutter_cuts(
    tp: Any, ln: Line, boxes: list[tuple[float, float, float, float]], identity: bool,
    st: PdfSettings,
) -> list[int]:
    """Offsets in ``ln.text`` where a gutter separates two runs of real text."""
    unit = max(ln.size, _MIN_GAP_SIZE)
    min_chars = st.gutter_min_chars
    min_gap, tolerance = st.gutter_min_gap * unit, st.gutter_baseline_tolerance * unit
    cuts: list[int] = []
    for (_al, ab, ar, _at), (bl, bb, _br, bt) in pairwise(boxes):
        if bl - ar >= min_gap and abs(ab - bb) < tolerance:
            ci = CharIndexAtPos(tp, bl + 0.5, (bb + bt) / 2, 1.0, 2.0)
            if ci < 0:
                continue
            ti = ci if identity else TextIndexFromCharIndex(tp, ci)
            rel = ti - ln.t0
            if min_chars <= rel <= len(ln.text) - min_chars:
                cuts.append(rel)
    return cuts


def _cut_line(tp: Any, ln: Line, cuts: list[int], identity: bool, s: Sampler) -> list[Line]:
    """``ln`` cut at the text offsets ``cuts``, each piece with its own horizontal extent."""
    pieces = []
    prev = 0
    for c in [*sorted(set(cuts)), len(ln.text)]:
        piece = ln.text[prev:c].strip()
        if piece:
            pieces.append((prev, piece))
        prev = c
    out: list[Line] = []
    for off, piece in pieces:
        ci = ln.c0 + off if identity else CharIndexFromTextIndex(tp, ln.t0 + off)
        ce = ci + len(piece) - 1 if identity else CharIndexFromTextIndex(
            tp, ln.t0 + off + len(piece) - 1)
        x0, _ = s.origin(tp, max(ci, 0))
        _, _, x1, _ = s.box(tp, max(ce, 0))
        out.append(Line(text=piece, page=ln.page, x0=x0, x1=x1, y=ln.y, size=ln.size,
                        bold=ln.bold, hyphen=ln.hyphen if off == pieces[-1][0] else False))
    return out


def space_glued_labels(tp: Any, text: str, n_chars: int, lines: list[Line],
                       st: PdfSettings) -> None:
    """Put a space after a paragraph number glued to the word after it at the start of a line
    ("144.BSCB needs to" -> "144. BSCB needs to") where the page leaves a word gap between them
    (at least ``st.word_gap_ratio`` of the font size between the two glyphs' boxes): pdfium
    writes no space across a tab stop narrower than its own threshold, and the number would not
    read as the item's label. A number set close to its word is left as it is."""
    if not GLUED_LABEL.search(text):
        return
    identity = len(text) == n_chars
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    refs = tuple(ctypes.byref(v) for v in (left, right, bottom, top))
    for ln in lines:
        m = LINE_GLUED_LABEL.match(ln.text) if ln.text[:1].isdigit() and ln.t0 >= 0 else None
        if m is None:
            continue
        at = ln.t0 + m.end()  # the word's first character in the page text
        if text[at - 1:at + 1] != ln.text[m.end() - 1:m.end() + 1]:
            continue  # the line's text is not the page text here: leave it
        last, first = (at - 1, at) if identity else (CharIndexFromTextIndex(tp, at - 1),
                                                     CharIndexFromTextIndex(tp, at))
        if last < 0 or first < 0:
            continue
        CharBox(tp, last, *refs)  # left, right, bottom, top
        end = right.value
        CharBox(tp, first, *refs)
        if left.value - end >= st.word_gap_ratio * max(ln.size, 1.0):
            ln.text = f"{ln.text[:m.end()]} {ln.text[m.end():]}"


def fix_text_direction(page: Page) -> None:
    """Read pages whose text runs vertically (content drawn rotated) in the text's own frame."""
    vertical = [ln for ln in page.lines if ln.vend is not None]
    if len(vertical) * 2 < len(page.lines) or len(page.lines) < 3:
        for ln in vertical:  # isolated vertical lines (side labels): keep, flatten the extent
            ln.vend = None
            ln.x1 = ln.x0 + _CHAR_ADVANCE * ln.size * max(1, len(ln.text))
        return
    up = sum(1 for ln in vertical if (ln.vend or 0) > ln.y) >= len(vertical) / 2
    page.rotated_text = True
    for ln in page.lines:
        if ln.vend is not None:
            start_along, end_along = ln.y, ln.vend
        else:
            start_along, end_along = ln.y, ln.y + _CHAR_ADVANCE * ln.size * len(ln.text)
        across = ln.x0
        ln.vend = None
        if up:  # text runs bottom→top: reading x = y, "up" = -x
            ln.x0, ln.x1, ln.y = start_along, max(end_along, start_along), -across
        else:  # top→bottom: reading x = -y, "up" = x
            ln.x0, ln.x1, ln.y = -start_along, -min(end_along, start_along), across
    xs = [ln.x0 for ln in page.lines]
    ys = [ln.y for ln in page.lines]
    page.left, page.bottom = min(xs) - 1, min(ys) - _ROTATED_MARGIN
    page.width = max(ln.x1 for ln in page.lines) - page.left + 1
    page.height = max(ys) - page.bottom + _ROTATED_MARGIN


def add_drawn_bullets(lines: list[Line], dots: list[Dot]) -> None:
    """Prefix "• " to lines that start just right of a drawn bullet dot."""
    for x0, y0, x1, y1 in dots:
        cy = (y0 + y1) / 2
        for ln in lines:
            if (
                x1 + _BULLET_MIN_GAP <= ln.x0 <= x1 + _BULLET_MAX_GAP * max(ln.size, _MIN_GAP_SIZE)
                and ln.y - _BULLET_BELOW * ln.size <= cy <= ln.y + _BULLET_ABOVE * ln.size
            ):
                if list_marker(ln.text)[0] is None:
                    ln.text = f"{BULLET} {ln.text}"
                    ln.x0 = x0
                break


def merge_same_line(lines: list[Line], st: PdfSettings) -> None:
    """pdfium breaks a visual line at a superscript or font change; glue consecutive fragments
    that sit on the same baseline and touch horizontally."""
    tolerance, overlap, max_gap = st.same_line_tolerance, st.same_line_overlap, st.same_line_max_gap
    i = 1
    while i < len(lines):
        prev, cur = lines[i - 1], lines[i]
        if prev.hyphen:
            i += 1
            continue
        size = cur.size if cur.size > prev.size else prev.size  # max(prev.size, cur.size, 1.0)
        if size < 1.0:
            size = 1.0
        if (
            abs(prev.y - cur.y) < tolerance * size
            and prev.x1 - overlap <= cur.x0 <= prev.x1 + max_gap * size
        ):
            if len(cur.text) > len(prev.text):
                prev.size = cur.size  # the line's size is that of its longer part
            # a fragment that touches the previous one continues the same word
            joiner = "" if cur.x0 - prev.x1 < st.word_gap * size else " "
            prev.text = prev.text + joiner + cur.text
            prev.x1 = cur.x1
            prev.c1 = cur.c1
            prev.bold = prev.bold and cur.bold
            prev.hyphen = cur.hyphen
            del lines[i]
            continue
        i += 1
    for k, ln in enumerate(lines):
        ln.order = k


def reorder_columns(page: Page, st: PdfSettings) -> None:
    """Emit a clean two-column page column by column when the stream interleaves columns."""
    lines = page.lines
    if len(lines) < st.column_min_lines:
        return
    mid = _column_midline(page, st)
    if mid is None:
        return
    side = ["L" if ln.x1 < mid else "R" if ln.x0 > mid else "S" for ln in lines]
    cols = [c for c in side if c != "S"]
    switches = sum(1 for a, b in pairwise(cols) if a != b)
    if switches <= st.column_max_switches:
        return  # the stream already reads column by column
    ordered = _column_order(lines, side)
    page.lines = ordered
    for k, ln in enumerate(ordered):
        ln.order = k


def _column_midline(page: Page, st: PdfSettings) -> float | None:
    """The x between two real columns of body text on the page, or None."""
    lines = page.lines
    grid = _COLUMN_START_GRID
    lo, hi = _COLUMN_ZONE
    zone_lo, zone_hi = page.left + lo * page.width, page.left + hi * page.width
    middle = [ln.x0 for ln in lines if zone_lo < ln.x0 < zone_hi]
    if len(middle) < st.column_min_side_lines:  # (no start can be common enough: the usual page)
        return None
    # the right column's start: the most common line start in the middle half of the page
    starts = Counter(round(x0 / grid) * grid for x0 in middle)
    gx, count = starts.most_common(1)[0]
    if count < st.column_min_side_lines:
        return None
    mid = gx - _COLUMN_GUTTER_SLACK
    left = [ln for ln in lines if ln.x1 < mid]
    right = [ln for ln in lines if ln.x0 > mid]
    if len(left) < st.column_min_side_lines or len(right) < st.column_min_side_lines:
        return None
    # A real column: most of its lines run close to the gutter (not short table cells).
    gut_l = max(ln.x1 for ln in left)
    gut_r = min(ln.x0 for ln in right)
    col_w = gut_l - min(ln.x0 for ln in left)
    if col_w <= 0 or gut_r - gut_l < st.column_min_gutter:
        return None
    full = sum(1 for ln in left if ln.x1 >= gut_l - _COLUMN_FULL_LINE * col_w)
    if full < st.column_full_share * len(left):
        return None
    return float(mid)


def _column_order(lines: list[Line], side: list[str]) -> list[Line]:
    """Lines top to bottom, each band between full-width ("S") lines left column first."""
    ordered: list[Line] = []
    seg_l: list[Line] = []
    seg_r: list[Line] = []
    for ln, sd in sorted(zip(lines, side, strict=True), key=lambda t: (-t[0].y, t[0].x0)):
        if sd == "S":
            ordered += seg_l + seg_r
            seg_l, seg_r = [], []
            ordered.append(ln)
        elif sd == "L":
            seg_l.append(ln)
        else:
            seg_r.append(ln)
    ordered += seg_l + seg_r
    return ordered
