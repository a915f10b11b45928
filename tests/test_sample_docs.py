"""Consistency checks for the sample corpus in ``sample_docs/``.

* every ``*.gold.json`` follows the gold schema (see sample_docs/README.md);
* party names are canonical names from ``models/rules/parties.json``;
* every listed file exists;
* every gold recommendation / key line of enquiry / section heading really occurs in the .docx
  (python-docx text, whitespace-normalised, typed bullet glyphs removed; auto-numbers are not
  part of python-docx text anyway) and in the PDF (pypdfium2 text, compared loosely as an
  in-order word sequence so running headers/footers and line-end hyphenation may interrupt).

These tests only read the committed files; they do not need LibreOffice.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_docs"
PARTIES_JSON = ROOT / "models" / "rules" / "parties.json"

GOLD_FILES = sorted(SAMPLES.glob("*.gold.json"))

DOCUMENT_TYPES = {"scr", "lcspr", "cpr", "sar", "dhr", "cover_report"}
SECTION_KINDS = {
    "front_matter", "contents", "foreword", "executive_summary", "introduction",
    "terms_of_reference", "methodology", "background", "chronology", "analysis", "findings",
    "good_practice", "conclusions", "recommendations", "action_plan", "glossary", "appendix",
    "other",
}
REC_KINDS = {"recommendation", "committee"}
SPLITS = {"dev", "test", "heldout"}
TOP_KEYS = {
    "name": str, "files": list, "document_type": str, "title": str, "subjects": list,
    "area": str, "publication_date": str, "split": str, "sections": list,
    "lines_of_enquiry": list, "purposes": list, "recommendations": list,
}
EXPECTED_DOCUMENTS = {
    "scr_2012_child_k", "lcspr_2021_child_m", "sar_2019_adult_b", "dhr_2020_mr_d",
    "cover_report_2022_adult_b_committee", "cpr_2018_child_t", "scr_2016_family_r",
    "lcspr_2023_child_p", "sar_2024_mr_j_browser",
}

BULLET_PREFIX = re.compile(r"^\s*[\u2022\u25aa\u25e6\u2023\u27a2\u2013\-o\uf0b7\uf0a7]\t\s*")


# --------------------------------------------------------------------------------------------
# text helpers
# --------------------------------------------------------------------------------------------

def _ws(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


def _words(s: str) -> list[str]:
    s = unicodedata.normalize("NFKC", s).lower()
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    return re.findall(r"[a-z0-9]+", s)


def _iter_block_items(doc):
    """Body paragraphs and table cell paragraphs in document order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    body = doc.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield Paragraph(child, doc)
        elif tag == "tbl":
            table = Table(child, doc)
            for row in table.rows:
                seen = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    yield from cell.paragraphs


@lru_cache(maxsize=None)
def docx_text(path: Path) -> str:
    import docx

    doc = docx.Document(str(path))
    parts = [BULLET_PREFIX.sub("", p.text) for p in _iter_block_items(doc)]
    return _ws(" ".join(p for p in parts if p.strip()))


@lru_cache(maxsize=None)
def pdf_words(path: Path) -> tuple[str, ...]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        text = "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()
    # pdfium marks a hyphen at a line break as U+FFFE; treat it (and soft hyphens) as a break
    text = text.replace("\ufffe", "-").replace("\u00ad", "-")
    return tuple(_words(text))


def words_in_order(needle: list[str], hay: tuple[str, ...]) -> bool:
    """True if ``needle`` occurs in ``hay`` in order, allowing a limited number of interleaved
    words (running headers/footers) and words split in two at a line break."""
    if not needle:
        return True
    limit = 30 + len(needle) // 4
    first = needle[0]
    for start, w in enumerate(hay):
        if w != first and not first.startswith(w):
            continue
        i, j, skipped = 0, start, 0
        while i < len(needle) and j < len(hay) and skipped <= limit:
            if hay[j] == needle[i]:
                i += 1
                j += 1
            elif j + 1 < len(hay) and hay[j] + hay[j + 1] == needle[i]:
                i += 1
                j += 2
            else:
                if i == 0:
                    break
                skipped += 1
                j += 1
        if i == len(needle):
            return True
    return False


@lru_cache(maxsize=None)
def canonical_parties() -> frozenset[str]:
    data = json.loads(PARTIES_JSON.read_text(encoding="utf-8"))
    return frozenset(a["canonical"] for a in data["agencies"])


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def ids(paths):
    return [p.name.removesuffix(".gold.json") for p in paths]


# --------------------------------------------------------------------------------------------
# tests
# --------------------------------------------------------------------------------------------

def test_corpus_complete():
    names = {p.name.removesuffix(".gold.json") for p in GOLD_FILES}
    assert EXPECTED_DOCUMENTS <= names, sorted(EXPECTED_DOCUMENTS - names)


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=ids(GOLD_FILES))
def test_gold_schema(gold_path: Path):
    g = load(gold_path)
    for key, typ in TOP_KEYS.items():
        assert key in g, f"missing key {key}"
        assert isinstance(g[key], typ), f"{key} should be {typ.__name__}"
    assert g["name"] == gold_path.name.removesuffix(".gold.json")
    assert g["document_type"] in DOCUMENT_TYPES
    assert g["split"] in SPLITS
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", g["publication_date"])
    assert g["files"] and all(f.startswith(g["name"] + ".") for f in g["files"])
    assert all(isinstance(s, str) and s for s in g["subjects"])

    headings = []
    for s in g["sections"]:
        assert set(s) >= {"heading", "number", "title", "level", "kind"}, s
        assert s["kind"] in SECTION_KINDS, s
        assert isinstance(s["level"], int) and s["level"] >= 1, s
        assert s["number"] is None or isinstance(s["number"], str), s
        assert s["title"] and s["title"] in s["heading"], s
        headings.append(s["heading"])
    assert headings, "no sections"

    for item in g["lines_of_enquiry"]:
        assert set(item) >= {"number", "text"}, item
        assert item["number"] is None or isinstance(item["number"], str)
        assert isinstance(item["text"], str) and item["text"].strip()
    for item in g["purposes"]:
        assert isinstance(item.get("text"), str) and item["text"].strip()

    canon = canonical_parties()
    texts = set()
    for r in g["recommendations"]:
        assert set(r) >= {"number", "kind", "text", "parties", "section"}, r
        assert r["kind"] in REC_KINDS, r
        assert r["number"] is None or isinstance(r["number"], str), r
        if r["number"] is not None:
            assert not r["number"].endswith((".", ":", ")")), r["number"]
        assert r["parties"], r
        unknown = [p for p in r["parties"] if p not in canon]
        assert not unknown, f"non-canonical parties {unknown}"
        assert len(set(r["parties"])) == len(r["parties"])
        assert r["section"] in headings, f"section {r['section']!r} is not a gold heading"
        assert r["text"] not in texts, f"duplicate recommendation: {r['text'][:60]}"
        texts.add(r["text"])
        # the label must not be part of the text
        assert not re.match(r"^(R\d+|Recommendation \d+:?|\d+(\.\d+)*[.)]?)\s", r["text"]), r["text"]


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=ids(GOLD_FILES))
def test_files_exist(gold_path: Path):
    g = load(gold_path)
    for f in g["files"]:
        assert (SAMPLES / f).is_file(), f
    assert any(f.endswith(".pdf") for f in g["files"])


def _docx_of(g):
    return [SAMPLES / f for f in g["files"] if f.endswith(".docx")]


def _pdf_of(g):
    return [SAMPLES / f for f in g["files"] if f.endswith(".pdf")]


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=ids(GOLD_FILES))
def test_gold_text_in_docx(gold_path: Path):
    g = load(gold_path)
    for path in _docx_of(g):
        text = docx_text(path)
        for item in g["recommendations"] + g["lines_of_enquiry"] + g["purposes"]:
            assert _ws(item["text"]) in text, f"{path.name}: not found: {item['text'][:80]!r}"
        for s in g["sections"]:
            # auto-numbered headings carry their number outside the paragraph text
            assert _ws(s["heading"]) in text or _ws(s["title"]) in text, s["heading"]


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=ids(GOLD_FILES))
def test_sections_are_docx_paragraphs_in_order(gold_path: Path):
    """Each gold heading is a whole paragraph of its own (not a TOC line), in body order."""
    import docx

    g = load(gold_path)
    for path in _docx_of(g):
        paras = [_ws(p.text) for p in _iter_block_items(docx.Document(str(path)))]
        pos = 0
        for s in g["sections"]:
            wanted = {_ws(s["heading"]), _ws(s["title"])}
            hit = next((i for i in range(pos, len(paras)) if paras[i] in wanted), None)
            assert hit is not None, f"{path.name}: heading {s['heading']!r} not found in order"
            pos = hit + 1


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=ids(GOLD_FILES))
def test_gold_text_in_pdf(gold_path: Path):
    g = load(gold_path)
    for path in _pdf_of(g):
        hay = pdf_words(path)
        assert len(hay) > 800, "PDF has suspiciously little text"
        for item in g["recommendations"] + g["lines_of_enquiry"] + g["purposes"]:
            assert words_in_order(_words(item["text"]), hay), \
                f"{path.name}: not found: {item['text'][:80]!r}"
        for s in g["sections"]:
            assert words_in_order(_words(s["heading"]), hay), f"{path.name}: {s['heading']!r}"


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=ids(GOLD_FILES))
def test_pdf_page_count(gold_path: Path):
    import pypdfium2 as pdfium

    g = load(gold_path)
    for path in _pdf_of(g):
        pdf = pdfium.PdfDocument(str(path))
        try:
            assert 4 <= len(pdf) <= 12, f"{path.name}: {len(pdf)} pages"
        finally:
            pdf.close()


def test_words_in_order_tolerates_interruptions():
    hay = tuple(_words("the board should ensure STRICTLY CONFIDENTIAL Page 3 of 9 that multi-"
                       "\nagency training is provided"))
    assert words_in_order(_words("The Board should ensure that multi-agency training is provided"), hay)
    assert not words_in_order(_words("The Board should ensure that nothing happens"), hay)
