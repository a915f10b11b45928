"""Page boxes in provenance: on the right page, around the right words; highlight() images."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from reviewminer import read
from reviewminer.model import Provenance, Report
from reviewminer.view.highlight import NoPageGeometryError

SAMPLE_DOCS = Path(__file__).resolve().parents[2] / "sample_docs"
PDF = SAMPLE_DOCS / "lcspr_2021_child_m.pdf"
COVER = SAMPLE_DOCS / "cover_report_2022_adult_b_committee.pdf"


@pytest.fixture(scope="module")
def report() -> Report:
    return read(PDF)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _text_in(path: Path, box: tuple[int, float, float, float, float]) -> str:
    """pypdfium2's text inside a box (top-left origin → pdfium's bottom-left frame)."""
    page_no, x0, y0, x1, y1 = box
    pdf = pdfium.PdfDocument(str(path))
    try:
        page = pdf[page_no - 1]
        left, _, _, top = page.get_bbox()
        tp = page.get_textpage()
        return str(tp.get_text_bounded(left + x0 - 1, top - y1, left + x1 + 1, top - y0))
    finally:
        pdf.close()


def test_recommendation_boxes_hold_its_first_words(report: Report) -> None:
    assert report.recommendations
    for rec in report.recommendations:
        p = rec.provenance
        assert p.boxes, rec.id
        first = p.boxes[0]
        assert p.page_start <= first[0] <= p.page_end
        size = report.page_sizes[first[0] - 1]
        assert 0 <= first[1] < first[3] <= size.width and 0 <= first[2] < first[4] <= size.height
        got = _words(_text_in(PDF, first))
        want = _words(rec.text)[:3]
        assert " ".join(want) in " ".join(got), (rec.id, want, got)


def test_table_rows_have_boxes_on_their_page() -> None:
    r = read(COVER)
    assert r.action_plan
    for a in r.action_plan:
        assert a.provenance.boxes and all(b[0] == a.provenance.page_start for b in a.provenance.boxes)
        text = " ".join(_words(" ".join(_text_in(COVER, b) for b in a.provenance.boxes)))
        assert " ".join(_words(a.action)[:3]) in text, a.id


def test_sections_carry_no_boxes_and_blocks_are_indexed(report: Report) -> None:
    assert all(s.provenance.boxes == () for s in report.sections)
    rec = report.recommendations[0]
    assert rec.provenance.block_start is not None
    assert rec.provenance.block_start <= (rec.provenance.block_end or 0)


def test_page_sizes_and_round_trip(report: Report) -> None:
    assert len(report.page_sizes) == report.page_count
    assert report.page_sizes[0].width == pytest.approx(595.3, abs=1)
    again = Report.from_dict(json.loads(json.dumps(report.to_dict())))
    assert again == report


def test_old_stored_dicts_without_boxes_still_load(report: Report) -> None:
    d = report.to_dict()
    del d["page_sizes"]
    for rec in d["recommendations"]:
        for p in [rec["provenance"], *rec["locations"]]:
            del p["boxes"], p["block_start"], p["block_end"]
    old = Report.from_dict(d)
    assert old.page_sizes == () and old.recommendations[0].provenance.boxes == ()
    assert Provenance.from_dict({"page_start": 1, "page_end": 1, "char_start": 0,
                                 "char_end": 3}).boxes == ()


def test_highlight_returns_the_page_image(report: Report) -> None:
    pytest.importorskip("PIL")
    rec = report.recommendations[0]
    img = report.highlight(rec, scale=1.0)
    size = report.page_sizes[rec.provenance.boxes[0][0] - 1]
    assert abs(img.size[0] - size.width) <= 1 and abs(img.size[1] - size.height) <= 1
    x0, y0, _, y1 = rec.provenance.boxes[0][1:]
    inside = img.getpixel((int(x0 + 2), int((y0 + y1) / 2)))
    assert inside != (255, 255, 255)  # tinted
    half = report.highlight(rec, page=1, scale=0.5).size
    assert abs(half[0] - size.width / 2) <= 1 and abs(half[1] - size.height / 2) <= 1


def test_docx_has_no_page_geometry() -> None:
    r = read(SAMPLE_DOCS / "lcspr_2021_child_m.docx")
    assert r.page_sizes == ()
    assert r.recommendations and all(rec.provenance.boxes == () for rec in r.recommendations)
    assert all(rec.provenance.block_start is not None for rec in r.recommendations)
    with pytest.raises(NoPageGeometryError, match="no page geometry"):
        r.highlight(r.recommendations[0])


def test_missing_pillow_says_how_to_install(report: Report, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "PIL.Image", None)
    monkeypatch.setitem(sys.modules, "PIL", None)
    with pytest.raises(ImportError, match=r"reviewminer\[view\]"):
        report.highlight(report.recommendations[0])


def test_ocr_lines_carry_boxes() -> None:
    from reviewminer.parsers.pdf import PdfParser
    from reviewminer.parsers.pdf.ocr import find_tesseract

    if find_tesseract(None) is None:
        pytest.skip("needs Tesseract")
    raw = PdfParser().parse(Path(__file__).resolve().parents[1] / "data" / "pdf" / "scanned.pdf")
    width, height = raw.page_sizes[0][:2]
    tops = [b.geometry[0][4] for b in raw.blocks if b.geometry]
    assert tops and tops == sorted(tops)  # top to bottom, in the page
    assert all(0 <= g[3] < g[5] <= width and 0 <= g[4] < g[6] <= height
               for b in raw.blocks for g in b.geometry)
