"""Lines that are not body text: running headers/footers, page numbers, footnotes; and the
lines of a table of contents."""

from __future__ import annotations

from collections import defaultdict
from itertools import pairwise
from operator import attrgetter

from reviewminer.parsers.pdf.patterns import (
    DIGITS,
    NON_DIGITS,
    PAGE_NUMBER,
    PAGE_RANGE_END,
    ROMAN_PAGE,
    SENTENCE_END,
    TOC_LEADER,
    TOC_PLAIN,
    TOC_TITLE,
)
from reviewminer.parsers.pdf.records import Line, Page
from reviewminer.parsers.pdf.settings import PdfSettings

__all__ = ["drop_footnotes", "drop_running_lines", "mark_toc"]

_Band = tuple[str, Line]  # ("T" top or "B" bottom band, the line)
_Key = tuple[str, str]  # (band, masked text)
_Seen = tuple[int, str, float]  # (page number, text, baseline) of one occurrence

# Cheap test before the leader regex: a line that can hold a dotted/underscore leader.
_LEADER_HINTS = ("...", "\u2026", "__", ". .")
_TOC_LEADER_ENTRY, _TOC_PLAIN_ENTRY = 2, 1
_Y = attrgetter("y")


# --------------------------------------------------------------------------- running lines
def _mask(text: str) -> str:
    """The text lower-cased, digit runs as "#", white space runs as one space, stripped.
    (``" ".join(t.split())`` is ``WS.sub(" ", t).strip()``: both split on str.isspace()
    characters, and the join is ~6x cheaper than a substitution at every space.)"""
    return " ".join(DIGITS.sub("#", text.lower()).split())


def drop_running_lines(pages: list[Page], body: float | None, st: PdfSettings) -> None:
    """Drop running headers/footers (repeated across pages) and page numbers in the margins.

    A line in the top/bottom band is a running line when its text with digit runs masked recurs
    on at least 40% of the pages (at least 2), or on 3+ pages at the same height, *and* every
    number in it is either the same on all those pages or moves with the page number ("Page 3
    of 12", a date and time, "3/12"). Body text that merely contains numbers ("in 2024 there
    were 20 contacts") differs in other numbers and is kept, and so is anything set clearly
    larger than the body font (headings that happen to open several pages).
    """
    max_size = (body or st.default_body_size) * st.running_max_size_ratio + st.running_max_size_margin
    band_lines = [_band_candidates(p, st) for p in pages]
    masks = {id(ln): _mask(ln.text) for cands in band_lines for _, ln in cands}
    verdict = _running_keys(pages, band_lines, masks, st)
    for cands in band_lines:
        _drop_from_edges(cands, verdict, masks, max_size)
    for p in pages:
        p.lines = [ln for ln in p.lines if not ln.drop]


def _band_candidates(p: Page, st: PdfSettings) -> list[_Band]:
    """The page's first/last few lines inside the top/bottom bands, from the edge inwards."""
    cands: list[_Band] = []
    if not p.lines:
        return cands
    n = st.band_lines
    by_y = sorted(p.lines, key=_Y, reverse=True)  # top first (a stable sort: ties keep order)
    top_cut = p.bottom + p.height * st.header_band_start
    bot_cut = p.bottom + p.height * st.footer_band_end
    seen: set[int] = set()
    for ln in by_y[:n]:
        if ln.y >= top_cut:
            cands.append(("T", ln))
            seen.add(id(ln))
    for ln in reversed(by_y[-n:]):
        if ln.y <= bot_cut and id(ln) not in seen:
            cands.append(("B", ln))
    return cands


def _running_keys(pages: list[Page], band_lines: list[list[_Band]], masks: dict[int, str],
                  st: PdfSettings) -> dict[_Key, bool]:
    """For each (band, masked text): does it recur like a running header/footer? (``masks``:
    each candidate line's masked text, by ``id``.)"""
    occ: dict[_Key, list[_Seen]] = defaultdict(list)
    for p, cands in zip(pages, band_lines, strict=True):
        for band, ln in cands:
            occ[(band, masks[id(ln)])].append((p.number, ln.text, ln.y))
    # ceil(percent% of the pages), at least running_min_pages
    threshold = max(st.running_min_pages, -(-st.running_min_percent * len(pages) // 100))
    verdict: dict[_Key, bool] = {}
    for key, items in occ.items():
        pages_hit = {pg for pg, _, _ in items}
        ys = [y for _, _, y in items]
        often = len(pages_hit) >= threshold
        same_place = (
            len(pages_hit) >= st.running_same_place_pages
            and max(ys) - min(ys) < st.running_same_place_tolerance
        )
        verdict[key] = (often or same_place) and _numbers_follow_pages(items)
    return verdict


def _drop_from_edges(cands: list[_Band], verdict: dict[_Key, bool], masks: dict[int, str],
                     max_size: float) -> None:
    """Mark running lines and page numbers, walking from each page edge inwards.

    Only lines contiguous from the page edge go: the first kept line stops the walk, so a body
    line that happens to recur (same wording at the top of two pages) stays.
    """
    for want in ("T", "B"):
        for band, ln in cands:  # ordered from the edge inwards
            if band != want:
                continue
            text = ln.text.strip()
            if (
                PAGE_NUMBER.match(text)
                or ROMAN_PAGE.match(text)
                or (ln.size <= max_size and verdict.get((band, masks[id(ln)]), False))
            ):
                ln.drop = True
            else:
                break


def _numbers_follow_pages(items: list[_Seen]) -> bool:
    """True when every number in the repeated line is constant or tracks the page number."""
    texts = {t for _, t, _ in items}
    if len(texts) == 1:
        return True
    nums = [[int(d) for d in DIGITS.findall(t)] for _, t, _ in items]
    if len({len(x) for x in nums}) != 1:
        return False
    pages = [pg for pg, _, _ in items]
    tracks = False
    for pos in range(len(nums[0])):
        vals = [x[pos] for x in nums]
        if len(set(vals)) == 1:
            continue
        if len({v - pg for v, pg in zip(vals, pages, strict=True)}) == 1:
            tracks = True
            continue
        return False
    return tracks


# --------------------------------------------------------------------------- footnotes
def drop_footnotes(pages: list[Page], body: float | None, st: PdfSettings) -> None:
    """Drop small-font lines at the bottom of a page below the body text (footnote bodies)."""
    if not body:
        return
    small = st.footnote_size_ratio * body
    for p in pages:
        if len(p.lines) < 2:
            continue
        by_y = sorted((ln for ln in p.lines if ln.table is None), key=lambda ln: ln.y)
        if len(by_y) < 2:
            continue
        k = 0
        while k < len(by_y) and by_y[k].size < small:
            k += 1
        if k == 0 or k == len(by_y):
            continue
        lowest_body = by_y[k]
        notes = by_y[:k]
        # footnotes sit in the lower part of the page, below all body lines
        if notes[-1].y > p.bottom + st.footnote_zone * p.height:
            continue
        if lowest_body.bottom - notes[-1].top < 0:
            continue
        drop = {id(ln) for ln in notes}
        p.lines = [ln for ln in p.lines if id(ln) not in drop]


# --------------------------------------------------------------------------- contents pages
def mark_toc(pages: list[Page], st: PdfSettings) -> None:
    """Mark table-of-contents lines (runs of lines ending in page numbers / dotted leaders)."""
    max_page = max(len(pages) + st.toc_extra_pages, st.toc_min_max_page)
    for p in pages:
        lines = p.lines
        # (an entry ends in a digit: most lines are 0 without the call)
        flags = [_toc_flag(ln, max_page, st) if ln.text[-1:].isdigit() else 0 for ln in lines]
        if not any(flags):
            continue  # (most pages: no line looks like a contents entry)
        title_idx = {
            i for i, ln in enumerate(lines)
            if len(ln.text) < st.toc_title_max_line and TOC_TITLE.match(ln.text)
        }
        i = 0
        while i < len(lines):
            if not flags[i]:
                i += 1
                continue
            last = _toc_run_end(lines, flags, i, st)
            if _is_toc_run(lines, flags, i, last, title_idx, st):
                for k in range(i, last + 1):
                    lines[k].toc = True
            i = last + 1


def _toc_flag(ln: Line, max_page: int, st: PdfSettings) -> int:
    """2 = a contents entry with a leader, 1 = one with a plain page number, 0 = neither."""
    t = ln.text
    if ln.table is not None or not t[-1:].isdigit() or len(t) > st.toc_max_line:
        return 0
    m = TOC_LEADER.match(t) if any(h in t for h in _LEADER_HINTS) else None
    if m and _page_ok(m.group("page"), max_page):
        return _TOC_LEADER_ENTRY
    m = TOC_PLAIN.match(t)
    if (
        m and _page_ok(m.group("page"), max_page) and len(t) < st.toc_plain_max_line
        and not SENTENCE_END.search(m.group("title"))
    ):
        return _TOC_PLAIN_ENTRY
    return 0


def _toc_run_end(lines: list[Line], flags: list[int], i: int, st: PdfSettings) -> int:
    """The last entry of the run of entries starting at ``i`` (a few other lines may come
    between entries, unless one of them is long)."""
    j = i
    last = i
    gap = 0
    while j + 1 < len(lines) and gap <= st.toc_max_gap:
        j += 1
        if flags[j]:
            last = j
            gap = 0
        else:
            gap += 1
            if len(lines[j].text) > st.toc_break_line:
                break
    return last


def _is_toc_run(
    lines: list[Line], flags: list[int], i: int, last: int, title_idx: set[int], st: PdfSettings
) -> bool:
    """A run is a contents list with enough leaders, under a "Contents" title, or with enough
    entries whose page numbers do not go backwards (a borderless list of counts, "Police 12 /
    Health 7", is not a contents list)."""
    run = [k for k in range(i, last + 1) if flags[k]]
    leaders = sum(1 for k in run if flags[k] == _TOC_LEADER_ENTRY)
    titled = any(t < i and i - t <= st.toc_title_distance for t in title_idx)
    nums = [_first_number(lines[k].text) for k in run]
    ordered = all(a <= b for a, b in pairwise(nums))
    return (
        leaders >= st.toc_min_leaders
        or (titled and bool(run))
        or (len(run) >= st.toc_min_plain and ordered)
    )


def _first_number(text: str) -> int:
    """The page number a TOC line ends with (the first of a range "12-14")."""
    m = PAGE_RANGE_END.search(text)
    return int(m.group(1)) if m else 0


def _page_ok(page: str, max_page: int) -> bool:
    first = int(NON_DIGITS.split(page)[0])
    return 0 < first <= max_page
