"""Tests of the PDF parser on small generated PDFs (see tests/data/pdf/make.py)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from reviewminer.errors import (
    CorruptDocumentError,
    EmptyDocumentError,
    EncryptedDocumentError,
    NoTextLayerError,
    ReviewMinerError,
)
from reviewminer.parsers import OcrSettings, parse
from reviewminer.parsers.base import Block, RawDocument
from reviewminer.parsers.pdf import PdfParser, PdfSettings
from reviewminer.parsers.pdf.ocr import find_tesseract
from reviewminer.parsers.pdf.parser import page_list
from reviewminer.parsers.pdf.pdfium import pdf_date

DATA = Path(__file__).parents[1] / "data" / "pdf"


@pytest.fixture(scope="module")
def report() -> RawDocument:
    return PdfParser().parse(DATA / "report.pdf")


@pytest.fixture(scope="module")
def browser() -> RawDocument:
    return PdfParser().parse(DATA / "browser.pdf")


def _find(doc: RawDocument, needle: str) -> list[Block]:
    return [b for b in doc.blocks if needle in b.text]


def _one(doc: RawDocument, needle: str) -> Block:
    hits = _find(doc, needle)
    assert len(hits) == 1, f"{needle!r} found in {len(hits)} blocks: {[b.text[:60] for b in hits]}"
    return hits[0]


# --------------------------------------------------------------------------- document level
def test_document_fields(report: RawDocument) -> None:
    assert report.format == "pdf"
    assert report.page_count == 7
    assert report.source == DATA / "report.pdf"
    assert report.body_font_size == 11.0
    assert report.warnings == []
    assert report.metadata["title"] == "Safeguarding Adults Review: Adult K"
    assert report.metadata["author"] == "Northshire Safeguarding Adults Board"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", report.metadata["created"])


def test_dispatch_through_parsers_package() -> None:
    doc = parse(DATA / "browser.pdf")
    assert doc.format == "pdf" and doc.blocks


def test_every_text_block_carries_typography(report: RawDocument) -> None:
    for b in report.blocks:
        if b.kind != "table":
            assert b.font_size is not None and b.font_size > 0, b
        assert isinstance(b.bold, bool)
        assert b.page >= 1 and b.last_page <= report.page_count


# --------------------------------------------------------------------------- headers / footers
def test_running_header_and_page_footer_removed(report: RawDocument) -> None:
    for b in report.blocks:
        assert "STRICTLY CONFIDENTIAL" not in b.text
        assert not re.search(r"Page \d+ of \d+", b.text), b.text
    # body text with numbers is kept
    assert _one(report, "January 2023 to March 2025").kind == "paragraph"
    assert _one(report, "death of Adult K in 2025")


def test_browser_header_and_footer_removed(browser: RawDocument) -> None:
    text = "\n".join(b.text for b in browser.blocks)
    assert "14:32" not in text
    assert "25/11/2026" not in text
    assert "example.gov.uk" not in text
    assert not re.search(r"(?m)\b\d/3\b", text)
    # every body paragraph survives, including those that open a page and repeat wording
    paras = [b for b in browser.blocks if b.text.startswith("Paragraph ")]
    assert [b.text.split()[1] for b in paras] == [
        f"{n}.{k}" for n in range(1, 4) for k in range(4)
    ]
    for b in paras:
        assert b.text.endswith("rarely recorded in the case notes."), b.text
    assert [b.text for b in browser.blocks if b.kind == "heading"] == [
        "Safeguarding Adults Review: Mr J",
        "1. Section 1",
        "2. Section 2",
        "3. Section 3",
    ]


def test_lines_with_masked_digits_alike_are_kept_unless_numbers_follow_pages() -> None:
    doc = PdfParser().parse(DATA / "numbered_tops.pdf")
    text = "\n".join(b.text for b in doc.blocks)
    for i in range(1, 4):
        assert f"In {2020 + i} the panel met {3 * i + 1} times and reviewed {10 * i + 7} cases." in text
        assert f"Body line 8 of page {i} describes" in text
    assert not re.search(r"(?m)^\d+$", text)  # bare page numbers dropped


# --------------------------------------------------------------------------- text repair
def test_hyphenation_undone_and_real_compounds_kept(report: RawDocument) -> None:
    b = _one(report, "The review considers the wider")
    assert "safeguarding arrangements" in b.text
    assert "multi-agency response to self-neglect" in b.text
    assert "\ufffe" not in b.text


def test_ligatures_and_quotes_normalised(report: RawDocument) -> None:
    b = _one(report, "panel's")
    assert "findings were flagged" in b.text
    assert "an efficient manner" in b.text
    assert '"voice of the adult"' in b.text
    for blk in report.blocks:
        assert not re.search("[\ufb00-\ufb06\u201c\u201d\u2019\uf000-\uf8ff]", blk.text), blk.text


def test_footnote_body_and_marker_removed(report: RawDocument) -> None:
    assert not _find(report, "Chronologies were received")
    b = _one(report, "Agencies were asked to provide chronologies")
    assert b.text == "Agencies were asked to provide chronologies and reports for the period under review."


# --------------------------------------------------------------------------- page breaks
def test_paragraph_across_page_break_joined(report: RawDocument) -> None:
    b = _one(report, "LONGPARA-START")
    assert "LONGPARA-END" in b.text
    assert (b.page, b.page_end) == (2, 3)
    assert b.kind == "paragraph"
    # 30 sentences in order, nothing from the page margins in between
    nums = [int(n) for n in re.findall(r"Sentence (\d+) ", b.text)]
    assert nums == list(range(1, 31))
    assert "CONFIDENTIAL" not in b.text and "Page" not in b.text


def test_list_item_across_page_break_joined(report: RawDocument) -> None:
    r2 = _one(report, "Recommendation 2:")
    assert r2.kind == "list_item"
    assert (r2.page, r2.page_end) == (3, 4)
    assert r2.text.startswith("Recommendation 2: Adult social care should review")
    assert r2.text.endswith("with a report to the Board CROSSPAGE-END.")
    assert "CONFIDENTIAL" not in r2.text and "Page 3" not in r2.text
    # the next item, which follows a finished sentence, stays a block of its own
    r3 = _one(report, "Recommendation 3:")
    assert r3 is not r2 and r3.page == 4 and r3.page_end is None


# --------------------------------------------------------------------------- lists and headings
def test_numbered_list_items_are_separate_blocks(report: RawDocument) -> None:
    items = [b for b in report.blocks if b.kind == "list_item" and b.label and b.label[0].isdigit()]
    assert [b.text[:3] for b in items] == ["1. ", "2. ", "3. "]
    assert [b.label for b in items] == ["1.", "2.", "3."]
    assert items[0].text == "1. How effectively did agencies share information about risk?"
    bullets = [b for b in report.blocks if b.label == "\u2022"]
    assert [b.text for b in bullets] == [
        "\u2022 Adult social care",
        "\u2022 Northshire Police",
        "\u2022 The GP practice",
    ]
    assert all(b.kind == "list_item" for b in bullets)


def test_bullets_drawn_as_shapes_become_list_items() -> None:
    doc = PdfParser().parse(DATA / "drawn_bullets.pdf")
    assert [(b.kind, b.label, b.text) for b in doc.blocks] == [
        ("paragraph", None, "The review recommends that agencies:"),
        ("list_item", "\u2022", "\u2022 share chronologies before the strategy meeting;"),
        ("list_item", "\u2022", "\u2022 record the voice of the adult in every assessment;"),
        ("list_item", "\u2022", "\u2022 escalate concerns that are not resolved within ten days."),
        ("paragraph", None, "The Board will monitor progress every quarter."),
    ]


def test_bold_lead_in_filling_a_line_stays_with_its_paragraph() -> None:
    doc = PdfParser().parse(DATA / "bold_leadin.pdf")
    assert [(b.kind, b.label) for b in doc.blocks] == [
        ("list_item", "Recommendation 1"),
        ("list_item", "Recommendation 2"),
    ]
    first = doc.blocks[0]
    assert first.text.startswith("Recommendation 1: The Board should seek assurance that every")
    assert first.text.endswith("with the results reported to the Board.")
    assert not first.bold and first.level is None


def test_recommendation_markers_start_list_items(report: RawDocument) -> None:
    recs = [b for b in report.blocks if b.kind != "table" and b.text.startswith("Recommendation ")]
    assert [b.label for b in recs] == ["Recommendation 1", "Recommendation 2", "Recommendation 3"]
    assert all(b.kind == "list_item" for b in recs)
    assert recs[2].text.endswith("through the escalation protocol.")


def test_headings_detected_with_levels(report: RawDocument) -> None:
    heads = {b.text: b for b in report.blocks if b.kind == "heading"}
    title = heads["Safeguarding Adults Review: Adult K"]
    intro = heads["1. Introduction"]
    scope = heads["1.1 Scope of the review"]
    assert title.level == 1
    assert intro.level is not None and scope.level is not None
    assert title.level < intro.level < scope.level
    assert heads["4. Findings"].level == intro.level
    assert heads["Appendix A: Action plan"].level == intro.level
    assert intro.bold and intro.font_size == 16.0
    assert intro.page == 2 and scope.label == "1.1"
    # body paragraphs and list items are never headings
    assert _one(report, "The review covers the period").kind == "paragraph"
    assert all(b.level is None for b in report.blocks if b.kind != "heading")


def test_table_of_contents_recognised(report: RawDocument) -> None:
    toc = [b for b in report.blocks if b.style == "toc"]
    assert [b.text for b in toc] == [
        "1. Introduction ... 2",
        "1.1 Scope of the review ... 2",
        "2. Background ... 3",
        "3. Key lines of enquiry ... 3",
        "4. Findings ... 4",
        "5. Recommendations ... 5",
        "Appendix A: Action plan ... 6",
    ]
    assert all(b.kind == "paragraph" and b.page == 1 for b in toc)
    # headings with the same words exist only once, on their real pages
    intro = [b for b in report.blocks if b.kind == "heading" and "Introduction" in b.text]
    assert [(b.text, b.page) for b in intro] == [("1. Introduction", 2)]


# --------------------------------------------------------------------------- tables
@pytest.mark.parametrize("engine", ["fast", "pdfplumber"])
def test_table_across_pages_merged(engine: str) -> None:
    doc = PdfParser(table_engine=engine).parse(DATA / "report.pdf")
    tables = [b for b in doc.blocks if b.kind == "table"]
    assert len(tables) == 1
    t = tables[0]
    assert (t.page, t.page_end) == (5, 7)
    assert t.rows is not None
    assert t.rows[0] == ("Recommendation", "Action", "Lead agency")
    assert len(t.rows) == 25  # header once + 24 rows: repeated headers dropped
    assert [r[0] for r in t.rows[1:]] == [f"R{i}" for i in range(1, 25)]
    # rows cut by a page break are rejoined
    for r in t.rows[1:]:
        assert r[1].endswith("review the procedure and report progress to the Board"), r
    assert t.rows[10] == (
        "R10",
        "Action number 10: review the procedure and report progress to the Board",
        "Northshire Police",
    )
    assert t.text.split("\n")[0] == "Recommendation | Action | Lead agency"
    assert t.text.count("\n") == 24
    # table text left the paragraph flow, and the table sits in reading order
    assert not [b for b in doc.blocks if b.kind != "table" and "Action number" in b.text]
    kinds = [(b.kind, b.text[:9]) for b in doc.blocks]
    i = kinds.index(("table", "Recommend"))
    assert doc.blocks[i + 1].text.startswith("TABLE-END")
    assert doc.blocks[i - 3].text == "Appendix A: Action plan"


def test_landscape_table() -> None:
    doc = PdfParser().parse(DATA / "landscape.pdf")
    (t,) = [b for b in doc.blocks if b.kind == "table"]
    assert t.rows is not None and len(t.rows) == 6
    assert t.rows[0] == ("No.", "Recommendation", "Lead", "Due")
    assert t.rows[3] == ("3", "Agencies should implement change 3", "Board", "March 2027")
    assert [b.kind for b in doc.blocks] == ["heading", "table", "paragraph"]


def test_tables_can_be_switched_off() -> None:
    doc = PdfParser(tables=False).parse(DATA / "landscape.pdf")
    assert not [b for b in doc.blocks if b.kind == "table"]
    assert _find(doc, "Agencies should implement change 3")


def test_unknown_table_engine_rejected() -> None:
    with pytest.raises(ValueError, match="table_engine"):
        PdfParser(table_engine="camelot")


# --------------------------------------------------------------------------- layout
def test_two_column_page_read_column_by_column() -> None:
    doc = PdfParser().parse(DATA / "two_column.pdf")
    order = [m.group() for b in doc.blocks for m in re.finditer(r"(LEFT|RIGHT)\d", b.text)]
    assert order == ["LEFT1", "LEFT2", "LEFT3", "RIGHT1", "RIGHT2", "RIGHT3"]
    for b in doc.blocks:
        assert len(re.findall(r"(LEFT|RIGHT)\d", b.text)) <= 1
    # a paragraph running from the foot of the left column to the top of the right one
    left3 = _one(doc, "LEFT3")
    assert left3.text.endswith(
        "the voice of the adult was rarely recorded in the case notes, "
        "CONTINUED at the top of the right column."
    )


def test_interleaved_columns_reordered() -> None:
    # the content stream alternates left and right lines on the same baselines
    doc = PdfParser().parse(DATA / "interleaved.pdf")
    text = "\n".join(b.text for b in doc.blocks)
    order = re.findall(r"(Left|Right) column line (\d+)", text)
    assert order == [("Left", str(i)) for i in range(1, 13)] + [("Right", str(i)) for i in range(1, 13)]
    assert doc.blocks[0].text.startswith("Learning brief")
    assert not [b for b in doc.blocks if "Left column" in b.text and "Right column" in b.text]


def test_rotated_content_read_in_text_direction() -> None:
    doc = PdfParser().parse(DATA / "rotated.pdf")
    # read in the text's own frame: the short first line closes its paragraph
    assert doc.blocks[0].text == "Action plan drawn sideways on the page."
    assert len(doc.blocks) == 2
    text = " ".join(b.text for b in doc.blocks)
    assert text == (
        "Action plan drawn sideways on the page. "
        "The Board should review the escalation protocol by March. "
        "Adult social care should audit the self-neglect cases. "
        "Northshire Police should train the public protection unit."
    )


# --------------------------------------------------------------------------- errors
@pytest.mark.parametrize(
    ("name", "error", "reason"),
    [
        ("encrypted.pdf", EncryptedDocumentError, "password"),
        ("truncated.pdf", CorruptDocumentError, "damaged or truncated"),
        ("empty.pdf", EmptyDocumentError, "empty"),
        ("no_pages.pdf", EmptyDocumentError, "no pages"),
        ("scanned.pdf", NoTextLayerError, "OCR"),
    ],
)
def test_errors_name_file_and_reason(name: str, error: type[ReviewMinerError], reason: str) -> None:
    with pytest.raises(error) as info:
        PdfParser(ocr=OcrSettings(mode="never")).parse(DATA / name)
    assert name in str(info.value)
    assert reason in info.value.reason
    assert info.value.source == str(DATA / name)


def test_garbage_named_pdf_is_corrupt(tmp_path: Path) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.7\nthis is not really a PDF\n" * 20)
    with pytest.raises(CorruptDocumentError, match=r"bad\.pdf"):
        PdfParser().parse(bad)


def test_missing_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ReviewMinerError, match="not found"):
        PdfParser().parse(tmp_path / "nope.pdf")


def test_image_only_page_in_text_pdf_gives_warning() -> None:
    doc = PdfParser(ocr=OcrSettings(mode="never")).parse(DATA / "mixed_scan.pdf")
    assert doc.page_count == 2
    assert len(doc.warnings) == 1 and "2" in doc.warnings[0] and "scanned" in doc.warnings[0]
    assert _find(doc, "Progress will be reported to the Board")


@pytest.mark.skipif(find_tesseract() is None, reason="Tesseract is not installed")
def test_image_only_page_in_text_pdf_is_read_by_ocr() -> None:
    doc = PdfParser().parse(DATA / "mixed_scan.pdf")
    assert doc.warnings == ["pages read by OCR (Tesseract, 200 dpi): 2"]
    assert _find(doc, "Progress will be reported to the Board")
    assert len(doc.blocks) > len(PdfParser(ocr=OcrSettings(mode="never")).parse(
        DATA / "mixed_scan.pdf").blocks)


def test_max_pages_limits_reading() -> None:
    doc = PdfParser(max_pages=2).parse(DATA / "report.pdf")
    assert doc.page_count == 7
    assert max(b.last_page for b in doc.blocks) <= 2
    assert any("first 2 of 7" in w for w in doc.warnings)


# --------------------------------------------------------------------------- internals
def test_text_index_to_char_index_mapping_path_agrees() -> None:
    """When get_text_range's length differs from the char count, lines are sampled through
    FPDFText_GetCharIndexFromTextIndex; on a page where both agree the results must match."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    from reviewminer.parsers.pdf.lines import split_lines
    from reviewminer.parsers.pdf.pdfium import Sampler

    doc = pdfium.PdfDocument(str(DATA / "report.pdf"))
    try:
        page = doc[1]
        tp = page.get_textpage()
        text, n = tp.get_text_range(), tp.count_chars()
        assert len(text) == n
        st = PdfSettings()
        direct = split_lines(tp.raw, text, n, 2, Sampler(), st)
        mapped = split_lines(tp.raw, text, n + 1, 2, Sampler(), st)  # forces the mapping
        key = [(ln.text, round(ln.x0, 1), round(ln.y, 1), ln.size, ln.bold) for ln in direct]
        assert key == [(ln.text, round(ln.x0, 1), round(ln.y, 1), ln.size, ln.bold) for ln in mapped]
        assert any(ln.text == "1. Introduction" and ln.bold and ln.size == 16.0 for ln in direct)
        tp.close()
        page.close()
    finally:
        doc.close()


def _lines(texts: list[str]) -> list[Any]:
    from reviewminer.parsers.pdf.records import Line

    return [
        Line(text=t, page=1, x0=72, x1=300, y=700 - 14 * i, size=11, bold=False)
        for i, t in enumerate(texts)
    ]


def test_toc_needs_leaders_title_or_increasing_page_numbers() -> None:
    from reviewminer.parsers.pdf.records import Page
    from reviewminer.parsers.pdf.running import mark_toc

    def toc_flags(texts: list[str]) -> list[bool]:
        page = Page(number=1, width=595, height=842, left=0, bottom=0)
        page.lines = _lines(texts)
        mark_toc([page], PdfSettings())
        return [ln.toc for ln in page.lines]

    # a borderless list of counts is not a table of contents
    assert toc_flags(["Police 12", "Health 7", "Education 4", "Other 9"]) == [False] * 4
    assert toc_flags(["1 Introduction 3", "2 Background 5", "3 Findings 9"]) == [True] * 3
    # body text that ends in a number stays body text
    assert toc_flags(["The panel met on six occasions in 2019 and again in 2020."]) == [False]


# --------------------------------------------------------------------------- helpers
def testpdf_date() -> None:
    assert pdf_date("D:20240105093000+01'00'") == "2024-01-05T09:30:00+01:00"
    assert pdf_date("D:20190320090000Z'") == "2019-03-20T09:00:00Z"
    assert pdf_date("D:2019") == "2019-01-01"
    assert pdf_date("yesterday") is None


def testpage_list() -> None:
    assert page_list([2]) == "2"
    assert page_list([1, 2, 3, 7, 9, 10]) == "1-3, 7, 9-10"


def test_ends_clause_answers_as_the_terminal_pattern() -> None:
    """The paragraph rules read a line's end with ``ends_clause``; it must agree with the
    pattern it replaced (closing quotes and brackets after the mark, ``$`` before a final
    newline) on every string."""
    import random

    from reviewminer.parsers.pdf.patterns import TERMINAL, ends_clause

    cases = ["It ended.", "It ended.\"", "(see above).)", "Ready?'\u201d", "Note:", "a;b", "",
             "no end", "closing)", ".", "\u2019", "ended.\n", "ended.\nnext", "x\n"]
    rng = random.Random(4)
    cases += ["".join(rng.choice("a.!?:;\"')]\u201d\u2019\n x") for _ in range(rng.randint(0, 7)))
              for _ in range(20000)]
    for text in cases:
        assert ends_clause(text) == bool(TERMINAL.search(text)), repr(text)
