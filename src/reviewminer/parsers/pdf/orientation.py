"""Pages whose text does not run upright: turned upright before their lines are built.

pdfium orders and breaks a page's text in the page's display frame, so a page displayed
rotated (``/Rotate``) or whose text is drawn rotated, upside down or mirrored (by the text matrix
or the CTM) can come out with its lines reversed or cut into fragments, and its character boxes
are not in reading order. Such a page is turned in memory (every top-level page object and its
clip path transformed so the dominant text direction runs left to right, the page box turned
with it, ``/Rotate`` set to 0) and its text page loaded again: every later pass then sees an
ordinary upright page. Upright pages without ``/Rotate`` are not touched (the cost for them is
the character sample of :func:`reviewminer.parsers.pdf.textlayer.probe_chars`).
"""

from __future__ import annotations

import ctypes
import math
from typing import Any

import pypdfium2.raw as pdfium_c

from reviewminer.parsers.pdf.pdfium import FS_MATRIX, PdfiumError, TextMatrix
from reviewminer.parsers.pdf.records import Page, keep_lines
from reviewminer.parsers.pdf.textlayer import CharProbe

__all__ = ["drop_backward_lines", "page_box", "turn_page", "turn_upright"]

_BACKWARD_SLACK = 1.0  # a line whose end lies this far (pt) left of its start runs backwards


def turn_upright(page: Any, probe: CharProbe) -> tuple[float, float, float, float]:
    """Turn a pypdfium2 page so the text direction of ``probe`` runs upright; set ``/Rotate``
    to 0. Returns the new page box (left, bottom, right, top). An upright probe only resets
    the rotation."""
    return turn_page(page.raw, probe)


def page_box(raw: Any) -> tuple[float, float, float, float]:
    """The box of a page (``FPDF_PAGE``): its media box cut by its crop box, as
    pypdfium2's ``PdfPage.get_bbox()`` reads it."""
    rect = pdfium_c.FS_RECTF()
    if not pdfium_c.FPDF_GetPageBoundingBox(raw, rect):
        raise PdfiumError("Failed to get page bounding box.")
    return (rect.left, rect.bottom, rect.right, rect.top)


def turn_page(raw: Any, probe: CharProbe) -> tuple[float, float, float, float]:
    """:func:`turn_upright` for a page as pypdfium2's raw ``FPDF_PAGE`` pointer."""
    left, bottom, right, top = page_box(raw)
    if not probe.upright:
        t = math.radians(probe.angle)
        c, s = math.cos(t), math.sin(t)
        # rotate by -angle (PDF row-vector matrices); a mirrored direction is flipped first
        a, b, cc, d = (-c, s, s, c) if probe.mirrored else (c, -s, s, c)
        corners = [(x * a + y * cc, x * b + y * d) for x in (left, right) for y in (bottom, top)]
        e = -min(p[0] for p in corners)
        f = -min(p[1] for p in corners)
        for k in range(pdfium_c.FPDFPage_CountObjects(raw)):
            obj = pdfium_c.FPDFPage_GetObject(raw, k)
            pdfium_c.FPDFPageObj_Transform(obj, a, b, cc, d, e, f)
            pdfium_c.FPDFPageObj_TransformClipPath(obj, a, b, cc, d, e, f)
        width = max(p[0] for p in corners) + e
        height = max(p[1] for p in corners) + f
        pdfium_c.FPDFPage_SetMediaBox(raw, 0, 0, width, height)
        pdfium_c.FPDFPage_SetCropBox(raw, 0, 0, width, height)
        left, bottom, right, top = 0.0, 0.0, width, height
    pdfium_c.FPDFPage_SetRotation(raw, 0)  # (PdfPage.set_rotation(0))
    return left, bottom, right, top


def drop_backward_lines(page: Page, tp: Any, probe: CharProbe) -> int:
    """Drop lines that run right to left on a page read upright: text drawn upside down or
    mirrored against the page's own direction, whose boxes and word order cannot be put in
    reading order. A line whose end lies left of its start is one; when the page's character
    sample met text in another direction (``probe.share`` < 1), each line's first character
    is asked for its direction too. Returns how many lines were dropped."""
    check = probe.share < 1
    m = FS_MATRIX()
    ref = ctypes.byref(m)
    keep = []
    for ln in page.lines:
        backward = ln.x1 < ln.x0 - _BACKWARD_SLACK and len(ln.text) > 1
        if not backward and check and ln.c0 >= 0 and TextMatrix(tp, ln.c0, ref):
            # mirrored, or running leftwards (within 45 degrees of upside down)
            backward = m.a * m.d - m.b * m.c < 0 or m.a < -abs(m.b)
        if not backward:
            keep.append(ln)
    return keep_lines(page, keep)
