"""The HTML verification view without a browser: files, ids, relative links, no network."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reviewminer import read
from reviewminer.cli import main
from reviewminer.model import Report
from reviewminer.view import HtmlDocument, write_html

SAMPLE_DOCS = Path(__file__).resolve().parents[2] / "sample_docs"
COVER = SAMPLE_DOCS / "cover_report_2022_adult_b_committee.pdf"


@pytest.fixture(scope="module")
def cover() -> Report:
    return read(COVER)


def _ids(report: Report) -> set[str]:
    """The table ids of the report's items (``<document_id>:<id>``)."""
    local = ({r.id for r in report.recommendations} | {e.id for e in report.lines_of_enquiry}
             | {a.id for a in report.action_plan})
    return {f"{report.document_id}:{i}" for i in local}


def test_every_item_is_drawn_with_its_table_id(cover: Report, tmp_path: Path) -> None:
    index = write_html([cover, HtmlDocument("gone.pdf", None, "corrupt", "damaged PDF")], tmp_path)
    assert index == tmp_path / "html" / "index.html"
    page = (index.parent / f"{cover.document_id}.html").read_text(encoding="utf-8")
    drawn = set(re.findall(r'class="box [^"]*"[^>]*data-item-id="([^"]+)"', page))
    assert drawn == _ids(cover)
    listed = set(re.findall(r'data-for="([^"]+)"', page))
    assert listed == _ids(cover)
    images = sorted((index.parent / cover.document_id).iterdir())
    assert len(images) == cover.page_count
    text = index.read_text(encoding="utf-8")
    assert f'href="{cover.document_id}.html"' in text and "damaged PDF" in text


def test_self_contained(cover: Report, tmp_path: Path) -> None:
    index = write_html([cover], tmp_path)
    for f in index.parent.glob("*.html"):
        html = f.read_text(encoding="utf-8")
        assert not re.search(r"(?:src|href)=\"(?:https?:|//|/)", html), f
        assert "<link" not in html and "@import" not in html and "url(" not in html
        for src in re.findall(r'src="([^"]+)"', html):
            assert (f.parent / src).is_file()


def test_low_confidence_items_are_marked(cover: Report, tmp_path: Path) -> None:
    index = write_html([cover], tmp_path, low_confidence=0.92)  # cover recommendations: 0.9
    page = (index.parent / f"{cover.document_id}.html").read_text(encoding="utf-8")
    low = {f"{cover.document_id}:{r.id}" for r in cover.recommendations if r.confidence < 0.92}
    assert low
    marked = set(re.findall(r'class="item rec low" id="item-([^"]+)"', page))
    assert marked == low


def test_docx_page_lists_items_without_images(tmp_path: Path) -> None:
    r = read(SAMPLE_DOCS / "lcspr_2021_child_m.docx")
    index = write_html([r], tmp_path)
    page = (index.parent / f"{r.document_id}.html").read_text(encoding="utf-8")
    assert "no page geometry" in page and "<img" not in page
    assert set(re.findall(r'data-for="([^"]+)"', page)) == _ids(r)
    assert not (index.parent / r.document_id).exists()


def test_cli_show_and_extract_write_html(tmp_path: Path) -> None:
    assert main(["show", str(COVER), "--html", str(tmp_path / "one")]) == 0
    assert (tmp_path / "one" / "html" / "index.html").is_file()
    out = tmp_path / "run"
    assert main(["extract", str(COVER), str(SAMPLE_DOCS / "cpr_2018_child_t.docx"), "--out", str(out),
                 "--html", "--workers", "1", "--quiet"]) == 0
    index = (out / "html" / "index.html").read_text(encoding="utf-8")
    assert index.count('.html"') == 2
