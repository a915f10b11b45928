"""Boxes of pages the parser turned upright (/Rotate, text drawn sideways, upside down or
mirrored) fall on the recommendation's words when the page is turned the same way, as the
renderer does."""

from __future__ import annotations

import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest

import reviewminer
from hostile.test_pdf_hostile import turned_pdf
from reviewminer.parsers.pdf.orientation import turn_upright
from reviewminer.parsers.pdf.textlayer import CharProbe

CASES = [("upright", 0, "cm"), ("upright", 90, "cm"), ("rot90", 0, "cm"), ("rot180", 0, "tm_line"),
         ("rot270", 90, "tm_word"), ("mirror_x", 0, "tm_word")]


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


@pytest.mark.parametrize(("kind", "rotate", "style"), CASES, ids=[f"{k}-R{r}-{s}" for k, r, s in CASES])
def test_boxes_on_turned_pages(tmp_path: Path, kind: str, rotate: int, style: str) -> None:
    path = tmp_path / "doc.pdf"
    path.write_bytes(turned_pdf(kind, rotate, style))
    report = reviewminer.read(path)
    assert report.recommendations
    for rec in report.recommendations:
        number, x0, y0, x1, y1 = rec.provenance.boxes[0]
        frame = report.page_sizes[number - 1]
        pdf = pdfium.PdfDocument(str(path))  # a page turned in memory stays turned: open afresh
        try:
            page = pdf[number - 1]
            if frame.turn is not None:
                turn_upright(page, CharProbe(angle=frame.turn, mirrored=frame.mirrored))
            left, bottom, right, top = page.get_bbox()
            assert abs(right - left - frame.width) < 1 and abs(top - bottom - frame.height) < 1
            got = page.get_textpage().get_text_bounded(left + x0 - 1, top - y1, left + x1 + 1, top - y0)
            assert _words(rec.text).split()[0] in _words(got), (rec.id, got)
        finally:
            pdf.close()
