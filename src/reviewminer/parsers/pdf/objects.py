"""Page objects read through pdfium: images, drawn bullet dots, and ruling lines from paths."""

from __future__ import annotations

import ctypes
from itertools import repeat
from typing import Any

from reviewminer.parsers.pdf.pdfium import (
    FS_MATRIX,
    IMAGE_OR_FORM,
    PATH,
    SEGMENT_LINETO,
    SEGMENT_MOVETO,
    CountObjects,
    CountSegments,
    GetBounds,
    GetMatrix,
    GetObject,
    GetPathSegment,
    GetType,
    Handle,
    SegmentGetClose,
    SegmentGetPoint,
    SegmentGetType,
)
from reviewminer.parsers.pdf.settings import PdfSettings

__all__ = ["Dot", "Edge", "PathInfo", "has_images", "page_paths", "path_edges", "scan_paths"]

PathInfo = tuple[Handle, float, float, float, float]  # path object, its bounds l, b, r, t
Dot = tuple[float, float, float, float]  # a drawn bullet dot's bounds l, b, r, t
Edge = dict[str, Any]  # a ruling edge in pdfplumber's format

_SAMPLE_HITS = 2  # path objects found by sampling that make a crowded page a table candidate


def has_images(page: ctypes.c_void_p, st: PdfSettings) -> bool:
    """True when one of the page's first objects is an image or a form XObject."""
    n = CountObjects(page)
    return any(
        GetType(GetObject(page, k)) in IMAGE_OR_FORM for k in range(min(n, st.image_objects_scanned))
    )


def scan_paths(page: ctypes.c_void_p, st: PdfSettings) -> tuple[bool, list[Dot], list[PathInfo] | None]:
    """One pass over the page objects: (may hold a ruled table, drawn bullet dots, paths).

    A table candidate has at least 4 path objects that are not bullet dots. Bullet dots are
    small square paths (browsers draw list discs as shapes, not text). Up to 500 objects are
    checked one by one (~2 us each); pages with more objects (producers that write one object
    per glyph) are sampled with a stride for table rules only, so the check stays under ~1 ms.
    When every object was checked, the path objects (with bounds) are returned too so that
    :func:`path_edges` need not walk the page objects again (else ``None``).
    """
    n = CountObjects(page)
    dots: list[Dot] = []
    if n <= 0:
        return False, dots, []
    if n > st.max_objects_scanned:
        return _sampled_paths(page, n, st.max_objects_scanned), dots, None
    lo, hi, squareness = st.bullet_min, st.bullet_max, st.bullet_squareness
    bounds = _Bounds()
    refs = bounds.refs
    left, bottom, right, top = bounds.values
    paths = 0
    found: list[PathInfo] = []
    for obj in _path_objects(page, n):
        if GetBounds(obj, *refs):
            x0, y0, x1, y1 = left.value, bottom.value, right.value, top.value
            found.append((obj, x0, y0, x1, y1))
            w, h = x1 - x0, y1 - y0
            if lo <= w <= hi and lo <= h <= hi and abs(w - h) < squareness:
                dots.append((x0, y0, x1, y1))
                continue
        paths += 1
    return paths >= st.table_min_paths, dots, found


def _sampled_paths(page: ctypes.c_void_p, n: int, checked: int) -> bool:
    """A crowded page: sample about ``checked`` objects with a stride; enough paths → candidate."""
    step = n // checked + 1
    hits = 0
    for k in range(0, n, step):
        if GetType(GetObject(page, k)) == PATH:
            hits += 1
            if hits >= _SAMPLE_HITS:  # enough: a candidate
                break
    return hits >= _SAMPLE_HITS


class _Bounds:
    """Buffers for ``FPDFPageObj_GetBounds`` (left, bottom, right, top)."""

    def __init__(self) -> None:
        self.values = tuple(ctypes.c_float() for _ in range(4))
        self.refs = tuple(ctypes.byref(v) for v in self.values)


def page_paths(page: ctypes.c_void_p) -> list[PathInfo]:
    """Every path object of the page whose bounds pdfium reports, in content order."""
    bounds = _Bounds()
    refs = bounds.refs
    left, bottom, right, top = bounds.values
    out: list[PathInfo] = []
    for obj in _path_objects(page, CountObjects(page)):
        if GetBounds(obj, *refs):
            out.append((obj, left.value, bottom.value, right.value, top.value))
    return out


def _path_objects(page: ctypes.c_void_p, n: int) -> list[Handle]:
    """The page's path objects in content order. ``map`` keeps the two calls per object
    (thousands on pages that hold one text object per glyph) out of the bytecode loop."""
    objs = list(map(GetObject, repeat(page, n), range(n)))
    return [o for o, t in zip(objs, map(GetType, objs), strict=True) if t == PATH]


class _EdgeSink:
    """Collects horizontal/vertical edges as pdfplumber's dicts (``top`` measured down from
    ``top_y``, the top of the page box)."""

    def __init__(self, top_y: float) -> None:
        self.top_y = top_y
        self.edges: list[Edge] = []

    def h(self, x0: float, x1: float, y: float) -> None:
        top = self.top_y - y
        self.edges.append({"x0": x0, "x1": x1, "top": top, "bottom": top, "width": x1 - x0,
                           "height": 0.0, "orientation": "h", "object_type": "line"})

    def v(self, x: float, y0: float, y1: float) -> None:
        top_y = self.top_y
        self.edges.append({"x0": x, "x1": x, "top": top_y - y1, "bottom": top_y - y0, "width": 0.0,
                           "height": y1 - y0, "orientation": "v", "object_type": "line"})


def path_edges(paths: list[PathInfo], top_y: float, st: PdfSettings) -> list[Edge]:
    """Horizontal/vertical ruling edges from the page's path objects, in pdfplumber's format
    (origin at the top of the page box). Simple paths (a line, a rectangle) are taken from
    their bounds; longer paths are walked segment by segment through their matrix (at most
    ``st.max_path_segments`` segments per page)."""
    sink = _EdgeSink(top_y)
    walker = _SegmentWalker(sink, st)
    thick = st.rule_max_thickness
    limit = st.max_path_segments
    for obj, x0, y0, x1, y1 in paths:
        w, h = x1 - x0, y1 - y0
        nseg = CountSegments(obj)
        if nseg <= st.simple_path_segments or w <= thick or h <= thick:
            _bounds_edges(sink, x0, y0, x1, y1, st)
            continue
        if nseg > limit or not GetMatrix(obj, walker.mat_ref):
            continue
        limit -= nseg
        walker.walk(obj, nseg)
    return sink.edges


def _bounds_edges(sink: _EdgeSink, x0: float, y0: float, x1: float, y1: float, st: PdfSettings) -> None:
    """Edges of a simple path from its bounds: a thin one is a rule, a box gives four sides."""
    thick, min_len = st.rule_max_thickness, st.rule_min_length
    w, h = x1 - x0, y1 - y0
    if h <= thick and w >= min_len:
        sink.h(x0, x1, (y0 + y1) / 2)
    elif w <= thick and h >= min_len:
        sink.v((x0 + x1) / 2, y0, y1)
    elif w > thick and h > thick:  # a rectangle (cell background or frame): its four sides
        sink.h(x0, x1, y0)
        sink.h(x0, x1, y1)
        sink.v(x0, y0, y1)
        sink.v(x1, y0, y1)


class _SegmentWalker:
    """Walks a path's segments (through its matrix, read into ``mat``) and sends the level
    and plumb straight pieces to the sink."""

    def __init__(self, sink: _EdgeSink, st: PdfSettings) -> None:
        self.sink = sink
        self.axis_tol = st.rule_axis_tolerance
        self.min_len = st.rule_min_length
        self.px, self.py = ctypes.c_float(), ctypes.c_float()
        self.pref = (ctypes.byref(self.px), ctypes.byref(self.py))
        self.mat = FS_MATRIX()
        self.mat_ref = ctypes.byref(self.mat)

    def walk(self, obj: Handle, nseg: int) -> None:
        """Send the path's level and plumb straight pieces to the sink. A curve's points are
        read only when a straight piece starts or ends at them (most segments of the paths walked
        are curves: icons and logos)."""
        get_segment, get_type, get_close = GetPathSegment, SegmentGetType, SegmentGetClose
        point, piece = self._point, self._piece
        mat = self.mat
        matrix = (mat.a, mat.b, mat.c, mat.d, mat.e, mat.f)  # (read once a path)
        start: tuple[float, float] | None = None
        prev: tuple[float, float] | None = None
        prev_seg: Handle | None = None  # the curve segment whose unread end point is prev
        for si in range(nseg):
            seg = get_segment(obj, si)
            kind = get_type(seg)
            if kind == SEGMENT_MOVETO:
                start = prev = point(seg, matrix)
                prev_seg = None
                continue
            if kind == SEGMENT_LINETO:
                here = point(seg, matrix)
                if prev_seg is not None:
                    prev = point(prev_seg, matrix)
                    prev_seg = None
                if prev is not None:
                    piece(prev, here)
                prev = here
            elif get_close(seg) and start is not None:  # a curve that closes its path
                piece(point(seg, matrix), start)
                prev, prev_seg = start, None
                continue
            else:  # a curve: its end point is read if a straight piece starts there
                prev, prev_seg = None, seg
                continue
            if get_close(seg) and start is not None:
                piece(here, start)
                prev = start

    def _point(self, seg: Handle, matrix: tuple[float, float, float, float, float, float]
               ) -> tuple[float, float]:
        """A segment's point through the path's matrix (a, b, c, d, e, f)."""
        ma, mb, mc, md, me, mf = matrix
        SegmentGetPoint(seg, *self.pref)
        vx, vy = self.px.value, self.py.value
        return (ma * vx + mc * vy + me, mb * vx + md * vy + mf)

    def _piece(self, a: tuple[float, float], b: tuple[float, float]) -> None:
        (ax, ay), (bx, by) = a, b
        tol, min_len = self.axis_tol, self.min_len
        if abs(ay - by) < tol and abs(ax - bx) >= min_len:
            self.sink.h(min(ax, bx), max(ax, bx), (ay + by) / 2)
        elif abs(ax - bx) < tol and abs(ay - by) >= min_len:
            self.sink.v((ax + bx) / 2, min(ay, by), max(ay, by))
