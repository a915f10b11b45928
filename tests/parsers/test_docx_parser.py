"""Tests for reviewminer.parsers.docx (fixtures: tests/data/docx, made by make.py there)."""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path

import pytest

from reviewminer.errors import (
    CorruptDocumentError,
    DocumentTooLargeError,
    EmptyDocumentError,
    EncryptedDocumentError,
    ReviewMinerError,
    UnsupportedFormatError,
)
from reviewminer.parsers import parse
from reviewminer.parsers.base import Block, RawDocument
from reviewminer.parsers.docx import DocxParser, DocxSettings, format_number

DATA = Path(__file__).parents[1] / "data" / "docx"


def _parse(name: str) -> RawDocument:
    return DocxParser().parse(DATA / name)


def _by_text(doc: RawDocument, fragment: str) -> Block:
    hits = [b for b in doc.blocks if fragment in b.text]
    assert len(hits) == 1, f"{fragment!r} found in {len(hits)} blocks: {[b.text for b in hits]}"
    return hits[0]


def _texts(doc: RawDocument) -> list[str]:
    return [b.text for b in doc.blocks]


# --- headings, styles, bold -------------------------------------------------------------------


def test_heading_styles_outline_levels_and_custom_style() -> None:
    doc = _parse("headings.docx")
    got = [(b.kind, b.level, b.style, b.text) for b in doc.blocks]
    assert got == [
        ("heading", 1, "Title", "Serious Case Review: Child T"),
        ("heading", 1, "Heading 1", "1 Introduction"),
        ("paragraph", None, "Normal", "This review was commissioned by the Partnership."),
        ("heading", 2, "Heading 2", "Terms of reference"),
        # custom style based on Heading 2: the basedOn chain gives the level
        ("heading", 2, "Review Heading", "Key lines of enquiry"),
        # w:outlineLvl 2 on the paragraph -> level 3; outline level 9 is body text
        ("heading", 3, "Normal", "Outline level paragraph"),
        ("paragraph", None, "Normal", "Body text outline level"),
        ("paragraph", None, "Normal", "Manual bold heading"),
        ("paragraph", None, "Normal", "Partly bold"),
    ]  # empty and whitespace-only paragraphs are skipped


def test_bold_from_runs_or_style() -> None:
    doc = _parse("headings.docx")
    assert _by_text(doc, "Manual bold heading").bold is True  # every run bold
    assert _by_text(doc, "Partly bold").bold is False
    assert _by_text(doc, "Terms of reference").bold is True  # bold comes from the style
    assert _by_text(doc, "commissioned").bold is False


def test_metadata_from_core_properties() -> None:
    doc = _parse("headings.docx")
    assert doc.format == "docx"
    assert doc.source == DATA / "headings.docx"
    assert doc.metadata["title"] == "Serious Case Review: Child T"
    assert doc.metadata["author"] == "reviewminer tests"
    assert doc.metadata["created"] == "2024-03-01T09:30:00+00:00"
    assert "subject" not in doc.metadata  # empty properties are left out


# --- numbering --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def numbering() -> RawDocument:
    return _parse("numbering.docx")


@pytest.mark.parametrize(
    ("fragment", "label", "list_level"),
    [
        ("The Partnership should review", "1.", 0),
        ("Police should share", "1.1", 1),
        ("Health should audit", "1.2", 1),
        ("sub point", "a)", 2),
        ("Children's social care", "2.", 0),
        ("Back to level two", "2.1", 1),  # level 1 restarted after a level-0 item
        # second w:num on the same abstractNum with startOverride restarts ...
        ("Restarted list item", "1.", 0),
        ("Second restarted item", "2.", 0),
        # ... and a third w:num without override continues the shared counters
        ("Continues the shared list", "3.", 0),
        ("Letter a.", "a)", 0),
        ("Roman i.", "(i)", 1),
        ("Roman ii.", "(ii)", 1),
        ("Roman iii.", "(iii)", 1),
        ("Upper letter.", "A.", 2),
        ("Upper roman.", "I.", 3),
        ("Letter b.", "b)", 0),
        ("Board to seek assurance", "Recommendation 5:", 0),  # lvlText with words, start 5
        ("Board to monitor", "Recommendation 6:", 0),
        ("Board to report", "Recommendation 7:", 0),  # a deleted item in between is not counted
        ("First bullet", "\u2022", 0),
        ("Sub bullet", "\u2022", 1),  # every bullet glyph is reported as "•"
        ("Legal one point one", "1.1", 1),  # w:isLgl: upperRoman parent shown as decimal
        ("Zero padded", "I.1.01", 2),  # several placeholders, decimalZero
        ("Never restarts one", "1.", 1),
        ("Top", "2.", 0),  # its level counted as used (at 1) by the deeper item before it
        ("Never restarts two", "2.", 1),  # w:lvlRestart 0
        ("After an empty item", "5.", 0),  # the empty numbered paragraph consumed 4.
        ("Style numbered one", "1.", 0),  # numPr inherited from "List Number"
        ("Style numbered two", "2.", 0),
        ("Bullet from style", "\u2022", 0),
        # w:numStyleLink: the levels (and the counter) come from the linked list style
        ("Linked list first", "A.", 0),
        ("Linked list second", "B.", 0),
    ],
)
def test_auto_numbering_labels(numbering: RawDocument, fragment: str, label: str,
                               list_level: int) -> None:
    b = _by_text(numbering, fragment)
    assert b.label == label
    assert b.kind == "list_item"
    assert b.list_level == list_level
    assert b.text.startswith(label + " " + fragment[:5])


def test_numbering_zero_and_headings(numbering: RawDocument) -> None:
    plain = _by_text(numbering, "Not numbered (numId 0)")
    assert plain.kind == "paragraph" and plain.label is None
    assert plain.text == "Not numbered (numId 0)"
    heads = [(b.label, b.level, b.text) for b in numbering.blocks if b.kind == "heading"]
    assert heads == [
        ("1.", 1, "1. Recommendations"),
        ("2.", 1, "2. Numbered heading one"),
        ("2.1", 2, "2.1 Numbered heading two"),
        ("2.2", 2, "2.2 Numbered heading three"),
        ("3.", 1, "3. Numbered heading four"),
    ]


@pytest.mark.parametrize(
    ("n", "fmt", "expected"),
    [(4, "lowerRoman", "iv"), (1994, "upperRoman", "MCMXCIV"), (27, "lowerLetter", "aa"),
     (28, "upperLetter", "BB"), (7, "decimalZero", "07"), (12, "decimalZero", "12"),
     (3, "decimal", "3"), (2, "ordinal", "2nd"), (5, "none", ""), (6, "someNewFormat", "6")],
)
def test_format_number(n: int, fmt: str, expected: str) -> None:
    assert format_number(n, fmt) == expected


# --- tables -----------------------------------------------------------------------------------


def test_tables_in_document_order_with_merged_cells() -> None:
    doc = _parse("tables.docx")
    assert [b.kind for b in doc.blocks] == ["paragraph", "table", "paragraph", "table",
                                            "paragraph"]
    t = doc.blocks[1]
    assert t.rows == (
        ("Recommendation", "Action", "Lead"),
        # vertically merged cell: the continuation row carries the text from above
        ("R1 Improve escalation", "Write a policy", "LSCP"),
        ("R1 Improve escalation", "Audit use", "Police"),
    )
    assert t.text.splitlines()[0] == "Recommendation | Action | Lead"
    assert t.style is None and t.page == 1


def test_table_gridspan_numbered_cells_and_nested_table() -> None:
    doc = _parse("tables.docx")
    t = doc.blocks[3]
    assert t.rows is not None
    # gridSpan 2: text in the first column, blank in the covered one
    assert t.rows[0] == ("Merged title", "", "Owner")
    numbered_cell, nested_cell, last = t.rows[1]
    assert numbered_cell == "1. Share information\n2. Train staff"  # labels in cells
    assert nested_cell == "inner a | inner b"  # nested table flattened into its cell
    assert last == "Health"
    # in Block.text every table row is one line
    assert t.text == ("Merged title |  | Owner\n"
                      "1. Share information 2. Train staff | inner a | inner b | Health")


# --- inline content ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def inline() -> RawDocument:
    return _parse("inline.docx")


def test_headers_and_footers_not_in_body(inline: RawDocument) -> None:
    joined = "\n".join(_texts(inline))
    assert "STRICTLY CONFIDENTIAL" not in joined
    assert "Page footer text" not in joined


def test_hyperlink_and_tracked_changes(inline: RawDocument) -> None:
    assert "See the published report online." in _texts(inline)
    assert "Kept inserted words." in _texts(inline)
    assert "DELETEDTEXT" not in "\n".join(_texts(inline))


def test_hidden_text_skipped(inline: RawDocument) -> None:
    assert "Visible text." in _texts(inline)
    assert "HIDDENTEXT" not in "\n".join(_texts(inline))


def test_field_results_breaks_and_tabs(inline: RawDocument) -> None:
    texts = _texts(inline)
    assert "Date: 1 March 2024 and Jane Reviewer" in texts  # results shown, codes not
    assert "Line one line two tabbed-joined" in texts  # w:br, w:tab -> space
    assert "Footnote here." in texts  # footnote reference mark adds nothing


def test_content_controls_and_text_boxes(inline: RawDocument) -> None:
    texts = _texts(inline)
    assert "Agency: Thurrock Council" in texts
    assert "Inside a block content control." in texts
    # text box content follows its anchor paragraph, once (the VML fallback copy is skipped)
    i = texts.index("Anchor paragraph.")
    assert texts[i + 1] == "Key finding in a text box."
    assert texts.count("Key finding in a text box.") == 1


# --- TOC --------------------------------------------------------------------------------------


def test_toc_paragraphs_kept_with_toc_style_never_headings() -> None:
    doc = _parse("toc.docx")
    toc = [b for b in doc.blocks if (b.style or "").lower().startswith("toc")]
    assert [(b.style, b.text) for b in toc] == [
        ("TOC Heading", "Contents"),
        ("TOC 1", "1 Introduction 3"),
        ("TOC 2", "1.1 Terms of reference 4"),
        ("TOC (Normal)", "2 Recommendations 9"),  # inside the TOC field
        ("TOC (Heading 1)", "Appendix A Glossary 20"),  # inside a TOC content control
    ]
    assert all(b.kind != "heading" for b in toc)
    heads = [b.text for b in doc.blocks if b.kind == "heading"]
    assert heads == ["Introduction"]
    assert doc.blocks[-1].text == "Body text after the contents."
    assert doc.blocks[-1].style == "Normal"


def test_unclosed_toc_field_does_not_swallow_the_body() -> None:
    doc = _parse("toc_unclosed.docx")
    assert [(b.kind, b.style, b.text) for b in doc.blocks] == [
        ("paragraph", "TOC (Normal)", "1 Introduction 3"),
        ("heading", "Heading 1", "Introduction"),
        ("paragraph", "Normal", "Body text."),
    ]
    assert any("table-of-contents" in w for w in doc.warnings)


# --- pages ------------------------------------------------------------------------------------


def test_page_estimates_from_breaks() -> None:
    doc = _parse("pages.docx")
    got = [(b.text, b.page, b.page_end) for b in doc.blocks]
    assert got == [
        ("Page one text.", 1, None),
        ("Page two text.", 2, None),  # w:br type=page
        ("Page three via pageBreakBefore.", 3, None),
        ("Page four text.", 4, None),  # explicit break + rendered marker counted once
        ("Starts on four ends on five.", 4, 5),  # rendered break inside the paragraph
        ("Last text of section one.", 5, None),
        ("Page six text.", 6, None),  # the next section starts on a new page
        ("End of section two.", 6, None),
        ("Still page six.", 6, None),  # continuous section
    ]
    assert doc.page_count == 6


def test_page_estimate_from_text_volume_without_breaks() -> None:
    doc = _parse("flow.docx")
    assert 7 <= doc.page_count <= 12
    pages = [b.page for b in doc.blocks]
    assert pages == sorted(pages) and pages[0] == 1 and pages[-1] == doc.page_count
    assert any(b.page_end for b in doc.blocks)  # some paragraphs cross a page boundary
    # with the estimate off, only explicit breaks count: a lower bound
    assert DocxParser(DocxSettings(estimate_layout=False)).parse(DATA / "flow.docx").page_count == 1


def test_single_page_document_has_page_count_one() -> None:
    doc = _parse("headings.docx")
    assert doc.page_count == 1
    assert {b.page for b in doc.blocks} == {1}


# --- errors -----------------------------------------------------------------------------------


def test_corrupt_zip() -> None:
    with pytest.raises(CorruptDocumentError) as e:
        _parse("corrupt.docx")
    assert "corrupt.docx" in str(e.value)
    assert e.value.code == "corrupt"


def test_zip_that_is_not_a_docx() -> None:
    with pytest.raises(CorruptDocumentError, match=r"word/document\.xml"):
        _parse("not_word.docx")


def test_malformed_document_xml() -> None:
    with pytest.raises(CorruptDocumentError, match="not well-formed XML"):
        _parse("bad_xml.docx")


def test_damaged_compressed_data() -> None:
    with pytest.raises(CorruptDocumentError, match="bad_deflate"):
        _parse("bad_deflate.docx")


def test_deleted_paragraph_absent(numbering: RawDocument) -> None:
    assert not any("Deleted recommendation" in t for t in _texts(numbering))


def test_empty_document() -> None:
    with pytest.raises(EmptyDocumentError, match=r"empty\.docx"):
        _parse("empty.docx")


def test_encrypted_ole_container() -> None:
    with pytest.raises(EncryptedDocumentError, match="password"):
        _parse("encrypted.docx")


def test_too_large_document_xml() -> None:
    with pytest.raises(DocumentTooLargeError, match=r"document\.xml"):
        DocxParser(DocxSettings(max_xml_bytes=1000)).parse(DATA / "headings.docx")


def test_strict_open_xml_is_refused_clearly(tmp_path: Path) -> None:
    import zipfile

    dst = tmp_path / "strict.docx"
    with zipfile.ZipFile(DATA / "headings.docx") as zin, \
            zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item)
            if item.filename == "word/document.xml":
                data = data.replace(b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                                    b"http://purl.oclc.org/ooxml/wordprocessingml/main")
            zout.writestr(item, data)
    with pytest.raises(UnsupportedFormatError, match="Strict"):
        DocxParser().parse(dst)


def test_all_errors_are_reviewminer_errors() -> None:
    for name in ("corrupt.docx", "not_word.docx", "bad_xml.docx", "bad_deflate.docx",
                 "empty.docx", "encrypted.docx"):
        with pytest.raises(ReviewMinerError):
            _parse(name)


def test_dispatcher_routes_docx() -> None:
    doc = parse(DATA / "tables.docx")
    assert doc.format == "docx" and len(doc.blocks) == 5


# --- speed ------------------------------------------------------------------------------------


def _load_make():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("docx_fixture_make", DATA / "make.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def test_hundred_page_document_parses_quickly(tmp_path: Path) -> None:
    make = _load_make()
    path = tmp_path / "big.docx"
    make.make_big(path, pages=100)
    start = time.perf_counter()
    doc = DocxParser().parse(path)
    elapsed = time.perf_counter() - start
    # each "page" of make_big ends in a page break; its text overflows one printed page
    assert doc.page_count > 100
    assert DocxParser(DocxSettings(estimate_layout=False)).parse(path).page_count == 100
    assert len([b for b in doc.blocks if b.kind == "table"]) == 50
    assert doc.blocks[1].label == "1." and doc.blocks[1].kind == "list_item"
    # ~0.15 s measured on the 2-core CI machine; a generous bound against pathological slowdowns
    assert elapsed < 3.0


def test_fixtures_are_up_to_date(tmp_path: Path) -> None:
    """make.py regenerates the committed fixtures with the same parse result."""
    make = _load_make()
    make.main(["make.py", str(tmp_path)])
    for name in ("headings.docx", "numbering.docx", "tables.docx", "inline.docx", "toc.docx",
                 "pages.docx", "flow.docx", "toc_unclosed.docx"):
        fresh = DocxParser().parse(tmp_path / name)
        committed = _parse(name)
        assert [(b.text, b.kind, b.label, b.page, b.style) for b in fresh.blocks] == [
            (b.text, b.kind, b.label, b.page, b.style) for b in committed.blocks
        ], name
