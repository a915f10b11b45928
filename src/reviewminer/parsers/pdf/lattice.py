"""Ruled tables: pdfplumber's lattice algorithm on pdfium ruling edges, cell text from pdfium.

``merge_edges``, ``edges_to_intersections``, ``intersections_to_cells`` and ``cells_to_tables``
re-implement pdfplumber's functions of the same names (``table_bbox`` and ``table_rows`` its
``Table.bbox`` and ``Table.rows``) with identical results at a fraction of the cost
(``tests/parsers/test_pdf_tables_equivalence.py`` checks them against pdfplumber), so the
default engine never imports pdfplumber (0.1 s and ~20 MB a process).
``find_tables_pdfplumber`` is the slow ``table_engine="pdfplumber"`` path.
"""

from __future__ import annotations

import ctypes
from collections import defaultdict
from collections.abc import Callable
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import Any

from reviewminer.parsers.pdf.objects import Edge, PathInfo, page_paths, path_edges
from reviewminer.parsers.pdf.patterns import CELL_LINES
from reviewminer.parsers.pdf.pdfium import BoundedReader
from reviewminer.parsers.pdf.records import Page, Table
from reviewminer.parsers.pdf.settings import PdfSettings
from reviewminer.parsers.text import join_lines, normalise

__all__ = [
    "cell_text",
    "cells_to_tables",
    "edges_to_intersections",
    "find_tables_pdfplumber",
    "intersections_to_cells",
    "mark_table_lines",
    "merge_edges",
    "ruled_tables",
    "table_bbox",
    "table_rows",
]

Point = tuple[float, float]
Cell = tuple[float, float, float, float]
Intersections = dict[Point, dict[str, list[Edge]]]

_CELL_SAMPLE_WIDTH = 20  # a line's position in a table: the middle of its first 20 pt...
_CELL_SAMPLE_HEIGHT = 0.3  # ...at 0.3 x its size above the baseline


def ruled_tables(
    page: ctypes.c_void_p, tp: ctypes.c_void_p, rec: Page, paths: list[PathInfo] | None,
    text_len: int, st: PdfSettings,
) -> list[Table]:
    """Ruled tables: pdfplumber's lattice algorithm on pdfium edges, cells filled by pdfium."""
    top_y = rec.bottom + rec.height
    edges = path_edges(page_paths(page) if paths is None else paths, top_y, st)
    if sum(1 for e in edges if e["orientation"] == "h") < 2 or sum(
        1 for e in edges if e["orientation"] == "v"
    ) < 2:
        return []
    cells = _lattice_cells(edges)
    out: list[Table] = []
    bounded = BoundedReader(tp, text_len)
    for group in cells_to_tables(cells):
        layout = table_rows(group)
        if len(layout) < 2 or len(layout[0]) < 2:
            continue  # one row or one column: a frame around text (its text is not read)
        rows = [r for r in _table_rows(layout, bounded, top_y) if any(r)]
        if len(rows) < 2:
            continue  # (rows without text are dropped) a frame around text, not a table
        x0, top, x1, bottom = table_bbox(group)
        out.append(Table(page=rec.number, bbox=(x0, top_y - bottom, x1, top_y - top), rows=rows))
    return out


# pdfplumber's default ``TableSettings`` for the lattice steps (tests check they still are)
SNAP_TOLERANCE = 3  # snap_x_tolerance, snap_y_tolerance
JOIN_TOLERANCE = 3  # join_x_tolerance, join_y_tolerance
EDGE_MIN_LENGTH = 3
INTERSECTION_TOLERANCE = 3  # intersection_x_tolerance, intersection_y_tolerance


def _lattice_cells(edges: list[Edge]) -> list[Cell]:
    """pdfplumber's lattice steps with its default ``TableSettings``: merge the edges, keep the
    long enough, intersect, and find the cells."""
    edges = merge_edges(edges, SNAP_TOLERANCE, SNAP_TOLERANCE, JOIN_TOLERANCE, JOIN_TOLERANCE)
    edges = [
        e for e in edges
        if (e["width"] if e["orientation"] == "h" else e["height"]) >= EDGE_MIN_LENGTH
    ]
    inter = edges_to_intersections(edges, INTERSECTION_TOLERANCE, INTERSECTION_TOLERANCE)
    return intersections_to_cells(inter)


def _table_rows(
    layout: list[list[Cell | None]], bounded: Callable[[float, float, float, float], str],
    top_y: float,
) -> list[list[str]]:
    """Each row's cell texts ("" for a missing cell) of a :func:`table_rows` layout, read from
    pdfium by cell box."""
    rows: list[list[str]] = []
    for row in layout:
        cells_text = []
        for cell in row:
            if cell is None:
                cells_text.append("")
                continue
            x0, top, x1, bottom = cell
            raw = bounded(x0, top_y - bottom, x1, top_y - top)
            cells_text.append(cell_text(raw))
        rows.append(cells_text)
    return rows


def cell_text(raw: str | None) -> str:
    """One cell's text: its lines joined like a paragraph's (hyphenation undone)."""
    if not raw:
        return ""
    # pdfium's bounded text ends in a NUL, which normalise would drop after its slow path;
    # dropped here, a plain ASCII last line takes the fast path to the same text
    raw = raw.rstrip("\x00").replace("\ufffe", "-\n").replace("\x02", "-\n")
    lines = [normalise(x) for x in CELL_LINES.split(raw)]
    return join_lines([x for x in lines if x])


# --------------------------------------------------------------------------- pdfplumber's lattice
def _snap_edges(edges: list[Edge], attr: str, other: str, tol: float) -> list[Edge]:
    """``pdfplumber.utils.snap_objects`` for our edge dicts: edges whose ``attr`` values chain
    within ``tol`` move to the cluster's mean (``other`` moves with it), same arithmetic."""
    if not edges:
        return []
    values = sorted({e[attr] for e in edges})
    index: dict[float, int] = {}
    k = 0
    last = values[0]
    for x in values:
        # pdfplumber's cluster_list: a value more than tol above the previous one starts a new
        # cluster; without a tolerance every value is its own
        if (x > last + tol) if tol > 0 else (x != values[0]):
            k += 1
        index[x] = k
        last = x
    clusters: list[list[Edge]] = [[] for _ in range(k + 1)]
    for e in edges:  # in input order within a cluster, as pdfplumber's stable sort keeps it
        clusters[index[e[attr]]].append(e)
    out: list[Edge] = []
    for cluster in clusters:
        if not cluster:
            continue
        avg = sum(e[attr] for e in cluster) / len(cluster)
        for e in cluster:
            d = avg - e[attr]
            out.append({**e, attr: e[attr] + d, other: e[other] + d})
    return out


def merge_edges(
    edges: list[Edge], snap_x: float, snap_y: float, join_x: float, join_y: float
) -> list[Edge]:
    """``pdfplumber.table.merge_edges`` (snap, then join collinear edges), same result.

    pdfplumber copies each edge through ``tuple(obj.items())`` several times and clusters
    through generic helpers; this does the same steps on plain dicts at a fraction of the cost.
    """
    h_edges = [e for e in edges if e["orientation"] == "h"]
    if snap_x > 0 or snap_y > 0:
        v_edges = _snap_edges([e for e in edges if e["orientation"] == "v"], "x0", "x1", snap_x)
        h_edges = _snap_edges(h_edges, "top", "bottom", snap_y)
    else:
        v_edges = [e for e in edges if e["orientation"] != "h"]
    # pdfplumber sorts and groups by (orientation, top or x0): the horizontal edges by their
    # top, then the rest by their x0 (stable sorts: the same order within a group)
    out: list[Edge] = []
    for _, items in groupby(sorted(h_edges, key=_TOP), key=_TOP):
        out.extend(_join_collinear(list(items), "h", join_x))
    for _, items in groupby(sorted(v_edges, key=_X0), key=_X0):
        out.extend(_join_collinear(list(items), "v", join_y))
    return out


_TOP, _X0 = itemgetter("top"), itemgetter("x0")


def _join_collinear(items: list[Edge], orient: str, tol: float) -> list[Edge]:
    """pdfplumber's ``join_edge_group``: collinear edges that overlap or lie within ``tol``
    become one (extended with ``resize_object``'s arithmetic)."""
    if orient == "h":
        lo, hi, extent = "x0", "x1", "width"
    else:
        lo, hi, extent = "top", "bottom", "height"
    ordered = sorted(items, key=itemgetter(lo))
    joined = [ordered[0]]
    for e in ordered[1:]:
        last = joined[-1]
        if e[lo] <= last[hi] + tol:
            if e[hi] > last[hi]:  # pdfplumber's resize_object: extend, update the extent
                value = e[hi]
                if orient == "h":
                    size = value - last["x0"]
                else:
                    size = last["height"] + (value - last["bottom"])
                joined[-1] = {**last, hi: value, extent: size}
        else:
            joined.append(e)
    return joined


def edges_to_intersections(edges: list[Edge], x_tol: float, y_tol: float) -> Intersections:
    """``pdfplumber.table.edges_to_intersections``, same result: pdfplumber re-sorts the
    horizontal edges for every vertical one; here they are sorted once."""
    inter: Intersections = {}
    v_edges = sorted((e for e in edges if e["orientation"] == "v"), key=itemgetter("x0", "top"))
    h_edges = sorted((e for e in edges if e["orientation"] == "h"), key=itemgetter("top", "x0"))
    for v in v_edges:
        vx, vtop, vbottom = v["x0"], v["top"], v["bottom"]
        for h in h_edges:
            htop = h["top"]
            if (
                vtop <= htop + y_tol
                and vbottom >= htop - y_tol
                and vx >= h["x0"] - x_tol
                and vx <= h["x1"] + x_tol
            ):
                at = inter.get((vx, htop))
                if at is None:
                    at = inter[(vx, htop)] = {"v": [], "h": []}
                at["v"].append(v)
                at["h"].append(h)
    return inter


def intersections_to_cells(intersections: Intersections) -> list[Cell]:
    """``pdfplumber.table.intersections_to_cells``, same algorithm and result, made cheaper.

    pdfplumber rebuilds the set of edge boxes at both points for every connection test and
    filters all later points for each point (quadratic). Here each point's vertical and
    horizontal edge-box sets are built once and the points below/right of a point come from
    per-column/per-row lists (in the same sorted order). Two points on one column connect when
    they share a vertical edge, two on one row when they share a horizontal edge, which is what
    pdfplumber's ``edge_connects`` reduces to for such pairs.
    """
    box = itemgetter("x0", "top", "x1", "bottom")  # pdfplumber's obj_to_bbox
    vset = {p: set(map(box, d["v"])) for p, d in intersections.items()}
    hset = {p: set(map(box, d["h"])) for p, d in intersections.items()}
    points = sorted(intersections)
    column: dict[float, list[Point]] = defaultdict(list)
    row: dict[float, list[Point]] = defaultdict(list)
    pos_col: list[int] = []
    pos_row: list[int] = []
    for pt in points:
        col, rw = column[pt[0]], row[pt[1]]
        pos_col.append(len(col))
        pos_row.append(len(rw))
        col.append(pt)
        rw.append(pt)
    cells: list[Cell] = []
    for i, pt in enumerate(points):
        below = column[pt[0]][pos_col[i] + 1:]
        right = row[pt[1]][pos_row[i] + 1:]
        if not below or not right:
            continue
        found = _smallest_cell(pt, below, right, intersections, vset, hset)
        if found:
            cells.append(found)
    return cells


def _smallest_cell(
    pt: Point, below: list[Point], right: list[Point], intersections: Intersections,
    vset: dict[Point, set[Any]], hset: dict[Point, set[Any]],
) -> Cell | None:
    """The first cell with top-left corner ``pt`` whose four sides are all drawn."""
    v0, h0 = vset[pt], hset[pt]
    for below_pt in below:
        if v0.isdisjoint(vset[below_pt]):
            continue
        for right_pt in right:
            if h0.isdisjoint(hset[right_pt]):
                continue
            corner = (right_pt[0], below_pt[1])
            if (
                corner in intersections
                and not vset[corner].isdisjoint(vset[right_pt])
                and not hset[corner].isdisjoint(hset[below_pt])
            ):
                return (pt[0], pt[1], corner[0], corner[1])
    return None


def cells_to_tables(cells: list[Cell]) -> list[list[Cell]]:
    """``pdfplumber.table.cells_to_tables``, same steps and result: cells sharing a corner,
    directly or through others, are one table; tables top to bottom, then left to right, and
    a lone cell is no table."""
    remaining = list(cells)
    corners: set[Point] = set()
    current: list[Cell] = []
    tables: list[list[Cell]] = []
    while remaining:
        before = len(current)
        for cell in list(remaining):
            x0, top, x1, bottom = cell
            cell_corners = ((x0, top), (x0, bottom), (x1, top), (x1, bottom))
            if not current or any(c in corners for c in cell_corners):
                corners.update(cell_corners)
                current.append(cell)
                remaining.remove(cell)
        if len(current) == before:  # nothing joined this pass: the table is complete
            tables.append(list(current))
            corners.clear()
            current.clear()
    if current:
        tables.append(list(current))
    ordered = sorted(tables, key=lambda t: min((c[1], c[0]) for c in t))
    return [t for t in ordered if len(t) > 1]


def table_bbox(cells: list[Cell]) -> Cell:
    """``pdfplumber.table.Table.bbox``: the box around the cells (x0, top, x1, bottom)."""
    return (min(c[0] for c in cells), min(c[1] for c in cells), max(c[2] for c in cells),
            max(c[3] for c in cells))


def table_rows(cells: list[Cell]) -> list[list[Cell | None]]:
    """``pdfplumber.table.Table.rows`` as lists of cells: cells grouped by their top, each row
    with a place for every column start of the table (None where the row has no cell)."""
    xs = sorted({c[0] for c in cells})
    rows: list[list[Cell | None]] = []
    for _top, row_cells in groupby(sorted(cells, key=itemgetter(1, 0)), itemgetter(1)):
        by_x = {c[0]: c for c in row_cells}
        rows.append([by_x.get(x) for x in xs])
    return rows


# --------------------------------------------------------------------------- document passes
def mark_table_lines(pages: list[Page], st: PdfSettings) -> None:
    """Attach each text line inside a table's box to that table (it leaves the text flow)."""
    m = st.table_margin
    for p in pages:
        for t in p.tables:
            x0, y0, x1, y1 = t.bbox
            for ln in p.lines:
                if ln.table is not None:
                    continue
                cx = (ln.x0 + min(ln.x1, ln.x0 + _CELL_SAMPLE_WIDTH)) / 2
                cy = ln.y + _CELL_SAMPLE_HEIGHT * ln.size
                if x0 - m <= cx <= x1 + m and y0 - m <= cy <= y1 + m:
                    ln.table = t


def find_tables_pdfplumber(path: Path, pages: list[Page], warnings: list[str]) -> None:
    """Run pdfplumber table finding on candidate pages only (opened once, lazily)."""
    try:
        import pdfplumber
    except ImportError:  # pragma: no cover - declared dependency
        warnings.append("pdfplumber is not installed: tables were read as text")
        return
    try:
        with pdfplumber.open(str(path)) as pl:
            for p in pages:
                if not p.maybe_table or p.rotated_text:
                    continue
                try:
                    page = pl.pages[p.number - 1]
                    _add_plumber_tables(page, p)
                    page.close()
                except Exception as e:  # one bad page must not lose the text
                    warnings.append(f"page {p.number}: table detection failed ({type(e).__name__})")
    except Exception as e:  # pdfplumber may fail on any file
        warnings.append(f"tables not extracted: pdfplumber could not open the file ({type(e).__name__})")


def _add_plumber_tables(page: Any, p: Page) -> None:
    """Add the tables pdfplumber finds on ``page`` (the pdfplumber page of ``p``) to ``p``."""
    found = page.find_tables()
    if not found:
        return
    # pdfplumber measures "top" down from the top of the page box; pdfium measures y up from
    # its bottom
    top_y = p.bottom + p.height
    for t in found:
        rows = [[cell_text(c) for c in row] for row in t.extract()]
        rows = [r for r in rows if any(r)]
        if not rows or (len(rows) < 2 and max(len(r) for r in rows) < 2):
            continue
        x0, top, x1, bottom = t.bbox
        p.tables.append(Table(page=p.number, bbox=(x0, top_y - bottom, x1, top_y - top), rows=rows))
