"""Ruling lines from paths walked segment by segment: straight level and plumb pieces only, the
end of a curve read where a straight piece starts there or a curve closes its path."""

from __future__ import annotations

import pypdfium2 as pdfium
import pypdfium2.raw as c
import pytest

from reviewminer.parsers.pdf.objects import page_paths, path_edges
from reviewminer.parsers.pdf.pdfium import handle
from reviewminer.parsers.pdf.settings import PdfSettings

Step = tuple[str, tuple[float, ...]]


def _edges(paths: list[list[Step]]) -> list[tuple[str, float, float, float, float]]:
    """The ruling edges (orientation, x0, x1, top, bottom) of a 200 x 200 pt page holding the
    given paths, each a list of ("move"|"line"|"curve"|"close", points)."""
    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(200, 200)
    try:
        for steps in paths:
            (_, (x, y)), *rest = steps
            obj = c.FPDFPageObj_CreateNewPath(x, y)
            for kind, pts in rest:
                if kind == "line":
                    c.FPDFPath_LineTo(obj, *pts)
                elif kind == "curve":
                    c.FPDFPath_BezierTo(obj, *pts)
                else:
                    c.FPDFPath_Close(obj)
            c.FPDFPath_SetDrawMode(obj, c.FPDF_FILLMODE_NONE, 1)
            c.FPDFPage_InsertObject(page.raw, obj)
        c.FPDFPage_GenerateContent(page.raw)
        found = path_edges(page_paths(handle(page.raw)), 200.0, PdfSettings())
        return [(e["orientation"], e["x0"], e["x1"], e["top"], e["bottom"]) for e in found]
    finally:
        page.close()
        pdf.close()


def test_straight_pieces_after_curves_and_a_closing_curve_give_edges() -> None:
    through_curves: list[Step] = [  # 9 segments: walked, not read from its bounds
        ("move", (10, 10)),
        ("curve", (20, 30, 40, 30, 50, 10)),
        ("line", (150, 10)),  # level, from the curve's end: x 50..150 at y 10
        ("curve", (160, 20, 160, 40, 150, 50)),
        ("line", (150, 120)),  # plumb, from the curve's end: y 50..120 at x 150
        ("close", ()),  # back to (10, 10): slanted, no edge
    ]
    closed_by_a_curve: list[Step] = [
        ("move", (30, 150)),
        ("line", (35, 160)),
        ("line", (40, 165)),
        ("curve", (60, 170, 80, 130, 30, 100)),
        ("close", ()),  # from the curve's end (30, 100) to the start (30, 150): plumb
    ]
    only_curves: list[Step] = [
        ("move", (100, 150)),
        ("curve", (110, 190, 130, 190, 140, 150)),
        ("curve", (150, 140, 160, 140, 170, 150)),
    ]
    got = _edges([through_curves, closed_by_a_curve, only_curves])
    assert got == [
        ("h", 50, 150, 190, 190),
        ("v", 150, 150, pytest.approx(80), pytest.approx(150)),
        ("v", 30, 30, pytest.approx(50), pytest.approx(100)),
    ]
