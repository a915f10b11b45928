"""Hostile inputs to ``read()``: every numeric attribute, part size and amount of work is bounded,
and each failure is a ReviewMinerError with a precise code (never a hang, MemoryError,
OverflowError, spaCy E088 or raw lxml error).

The inputs are generated here, small: bombs compress well, and the cases whose regression would
hang or eat memory run in a subprocess with a time limit and an address-space limit.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import textwrap
import time
import zipfile
import zlib
from pathlib import Path

import pytest

import reviewminer
from reviewminer import read
from reviewminer.bulk.sources import hash_source
from reviewminer.errors import DocumentTooLargeError, UnsupportedFormatError
from reviewminer.extract.settings import ExtractSettings
from reviewminer.nlp import BoundedPipeline, load_pipeline, split_text
from reviewminer.parsers.base import Block, RawDocument
from reviewminer.parsers.docx import DocxParser, DocxSettings
from reviewminer.pipeline import build_report

SRC = str(Path(reviewminer.__file__).resolve().parents[1])
HERE = str(Path(__file__).resolve().parent)

# --------------------------------------------------------------------------- .docx builders
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_CT = ('<?xml version="1.0" encoding="UTF-8"?>'
       '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
       '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
       'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
       '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
       'officedocument.wordprocessingml.document.main+xml"/></Types>')
_REL = ('<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/{type}" Target="{target}"/>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxml'
        'formats.org/package/2006/relationships">'
        + _REL.format(n=1, type="officeDocument", target="word/document.xml")
        + '</Relationships>')
DOC_RELS = RELS.replace("officeDocument", "numbering").replace("word/document.xml",
                                                                "numbering.xml")
TEXT = "The Safeguarding Partnership should review its training on coercive control."


def para(text: str, ppr: str = "", rpr: str = "") -> str:
    ppr = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def heading(text: str, level: int = 1) -> str:
    return para(text, f'<w:outlineLvl w:val="{level - 1}"/>')


def document_xml(body: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?><w:document {W_NS}><w:body>{body}'
            '</w:body></w:document>')


def write_docx(path: Path, body: str, parts: dict[str, str | bytes] | None = None,
               rels: str = RELS) -> Path:
    """A minimal valid .docx: content types, package relationships, document (and ``parts``)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", document_xml(body))
        for name, data in (parts or {}).items():
            z.writestr(name, data)
    return path


def write_big_part(path: Path, name: str, head: bytes, filler: bytes, size: int, tail: bytes,
                   body: str = para(TEXT)) -> Path:
    """A .docx whose part ``name`` inflates to about ``size`` bytes (streamed, compressed)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CT)
        if name != "_rels/.rels":
            z.writestr("_rels/.rels", RELS)
        if name != "word/document.xml":
            z.writestr("word/document.xml", document_xml(body))
        with z.open(name, "w", force_zip64=True) as fh:
            fh.write(head)
            chunk = filler * max(1, (1 << 20) // len(filler))
            for _ in range(max(1, size // len(chunk))):
                fh.write(chunk)
            fh.write(tail)
    return path


def numbering_xml(start: str, fmt: str = "decimal", ilvl: str = "0") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?><w:numbering {W_NS}>'
            f'<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/>'
            f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
            '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')


def numbered(ilvl: str = "0") -> str:
    return f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="1"/></w:numPr>'


# --------------------------------------------------------------------------- bounded subprocess
def run_bounded(code: str, *, timeout: float = 90, memory_mb: int = 2500) -> dict[str, str]:
    """Run ``code`` (which prints one JSON object last) in a fresh interpreter with this
    checkout's package, a time limit and an address-space limit; its JSON answer, or
    ``{"__died__": reason}``."""
    program = textwrap.dedent(f"""
        import resource, sys
        resource.setrlimit(resource.RLIMIT_AS, ({memory_mb} << 20, {memory_mb} << 20))
        sys.path[:0] = [{SRC!r}, {HERE!r}]
    """) + textwrap.dedent(code)
    try:
        proc = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True,
                              timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return {"__died__": f"no answer within {timeout} s"}
    lines = proc.stdout.strip().splitlines()
    if proc.returncode or not lines:
        return {"__died__": f"exit {proc.returncode}: {proc.stderr.strip()[-500:]}"}
    return json.loads(lines[-1])  # type: ignore[no-any-return]


_READ_EACH = """
    import json, reviewminer
    out = {}
    for name, path in CASES.items():
        try:
            r = reviewminer.read(path)
            out[name] = f"ok {len(r.recommendations)}"
        except reviewminer.ReviewMinerError as e:
            out[name] = e.code
        except BaseException as e:
            out[name] = f"raw {type(e).__name__}: {str(e)[:200]}"
    print(json.dumps(out))
"""


def read_each(cases: dict[str, Path], **limits: float) -> dict[str, str]:
    code = f"CASES = {({k: str(v) for k, v in cases.items()})!r}\n" + textwrap.dedent(_READ_EACH)
    return run_bounded(code, **limits)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- numeric attributes
NUMERIC_CASES: dict[str, tuple[str, dict[str, str]]] = {
    # name: (body, extra parts)
    "spacing_1e20": (para(TEXT, '<w:spacing w:before="1e20" w:after="1e20" w:line="1e20"/>')
                     + para(TEXT), {}),
    "spacing_inf": (para(TEXT, '<w:spacing w:before="inf" w:line="nan"/><w:ind w:left="inf"/>'),
                    {}),
    "page_size_inf": (para(TEXT) + '<w:sectPr><w:pgSz w:w="inf" w:h="1e300"/><w:pgMar w:top="-inf"'
                      ' w:bottom="1e20" w:left="nan" w:right="0"/></w:sectPr>', {}),
    "font_size_inf": (para(TEXT, rpr='<w:sz w:val="inf"/>')
                      + para(TEXT * 40, rpr='<w:sz w:val="1e30"/>'), {}),
    "numbering_start_1e15_letters": (
        para(TEXT, numbered()) * 3,
        {"word/numbering.xml": numbering_xml("1e15", "lowerLetter"),
         "word/_rels/document.xml.rels": DOC_RELS}),
    "numbering_start_1e15_roman": (
        para(TEXT, numbered()) * 3,
        {"word/numbering.xml": numbering_xml("1e15", "upperRoman"),
         "word/_rels/document.xml.rels": DOC_RELS}),
    "numbering_start_inf": (
        para(TEXT, numbered()) * 3,
        {"word/numbering.xml": numbering_xml("inf"), "word/_rels/document.xml.rels": DOC_RELS}),
    "ilvl_1e300": (
        para(TEXT, numbered("1e300")) * 3,
        {"word/numbering.xml": numbering_xml("1", ilvl="1e18"),
         "word/_rels/document.xml.rels": DOC_RELS}),
    "grid_span_3e8": (
        '<w:tbl><w:tblGrid><w:gridCol w:w="inf"/></w:tblGrid><w:tr><w:tc><w:tcPr>'
        f'<w:gridSpan w:val="3e8"/></w:tcPr>{para(TEXT)}</w:tc></w:tr><w:tr><w:trPr>'
        f'<w:gridBefore w:val="1e12"/></w:trPr><w:tc>{para(TEXT)}</w:tc></w:tr></w:tbl>', {}),
    "many_wide_cells": (
        "<w:tbl><w:tr>" + ('<w:tc><w:tcPr><w:gridSpan w:val="60000"/></w:tcPr>'
                           f'{para("x")}</w:tc>') * 20000 + "</w:tr></w:tbl>", {}),
}


@pytest.fixture(scope="module")
def numeric_results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("numeric")
    cases = {name: write_docx(folder / f"{name}.docx", body, parts)
             for name, (body, parts) in NUMERIC_CASES.items()}
    return read_each(cases, timeout=120, memory_mb=2500)


@pytest.mark.parametrize("name", sorted(NUMERIC_CASES))
def test_absurd_numeric_attributes_are_clamped(numeric_results: dict[str, str],
                                               name: str) -> None:
    """Out-of-range numbers are clamped to Word's own maxima, "inf"/"nan" read as absent: the
    text is kept, nothing loops, allocates gigabytes or raises OverflowError."""
    assert "__died__" not in numeric_results, numeric_results
    assert numeric_results[name].startswith("ok"), numeric_results[name]


def test_numeric_attributes_keep_their_meaning_when_clamped(tmp_path: Path) -> None:
    body = para(TEXT, numbered()) * 2
    path = write_docx(tmp_path / "n.docx", body, {
        "word/numbering.xml": numbering_xml("1e15", "lowerLetter"),
        "word/_rels/document.xml.rels": DOC_RELS})
    doc = DocxParser().parse(path)
    # start clamped to Word's 32767; a letter label past 780 is shown in decimal
    assert [b.label for b in doc.blocks] == ["32767.", "32768."]
    spaced = DocxParser().parse(write_docx(tmp_path / "s.docx", para(
        TEXT, '<w:spacing w:before="1e20"/>') + para(TEXT)))
    assert spaced.page_count < 10  # 1584 pt of spacing at most, not 5e16 pages


# --------------------------------------------------------------------------- part sizes
def test_every_part_is_capped_before_it_is_inflated(tmp_path: Path) -> None:
    """A relationships part declaring 60 MB (compressed to ~60 KB) is refused before inflating,
    like document.xml always was; a read() of it used to inflate and parse it whole."""
    rels_head = RELS[:-len("</Relationships>")].encode()
    path = write_big_part(tmp_path / "rels.docx", "_rels/.rels", rels_head + b"<!--",
                          b" ", 60 << 20, b"--></Relationships>")
    t0 = time.perf_counter()
    with pytest.raises(DocumentTooLargeError, match=r"_rels/\.rels"):
        read(path)
    assert time.perf_counter() - t0 < 5
    styles = write_big_part(tmp_path / "styles.docx", "word/styles.xml",
                            f"<w:styles {W_NS}>".encode(), b" ", 3 << 20, b"</w:styles>")
    with pytest.raises(DocumentTooLargeError, match=r"word/styles\.xml"):
        DocxParser(DocxSettings(max_side_part_bytes=1 << 20)).parse(styles)


def test_all_parts_together_are_capped(tmp_path: Path) -> None:
    body = para(TEXT) * 3000  # ~300 KB of document.xml
    path = write_docx(tmp_path / "t.docx", body,
                      {"word/styles.xml": f"<w:styles {W_NS}>" + " " * 300_000 + "</w:styles>"})
    DocxParser(DocxSettings(max_total_bytes=1 << 20)).parse(path)
    with pytest.raises(DocumentTooLargeError, match="all parts together"):
        DocxParser(DocxSettings(max_total_bytes=500_000)).parse(path)


def test_parser_limits_of_the_xml_parser_are_too_large_not_corrupt(tmp_path: Path) -> None:
    """A document.xml breaking libxml2's safety limits (a text node over 10 MB, as in a 190 MB
    document.xml, or nesting over 256 levels) is too large, not damaged; entity expansion stays
    off."""
    big = write_big_part(tmp_path / "text.docx", "word/document.xml",
                         f"<w:document {W_NS}><w:body><w:p><w:r><w:t>".encode(), b"word ",
                         11 << 20, b"</w:t></w:r></w:p></w:body></w:document>")
    with pytest.raises(DocumentTooLargeError, match="safety limits"):
        read(big)
    deep = write_docx(tmp_path / "deep.docx", "<w:customXml>" * 300 + para(TEXT)
                      + "</w:customXml>" * 300)
    with pytest.raises(DocumentTooLargeError):
        read(deep)
    bomb = write_docx(tmp_path / "ent.docx", "")
    with zipfile.ZipFile(bomb, "w") as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml",
                   '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
                   '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
                   f'<w:document {W_NS}><w:body>{para("&b;")}{para(TEXT)}</w:body></w:document>')
    doc = DocxParser().parse(bomb)
    assert not any("aaaaaaaaaa" in b.text for b in doc.blocks)  # entities are not expanded


def test_a_zip_listing_too_many_members_is_refused_before_it_is_opened(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "many.docx", para(TEXT),
                      {f"word/media/x{i}.bin": b"" for i in range(10_001)})
    with pytest.raises(DocumentTooLargeError, match="10004 members"):
        read(path)


def test_a_table_padded_past_the_cell_limit_is_too_large(tmp_path: Path) -> None:
    wide = "<w:tr>" + f"<w:tc>{para('x')}</w:tc>" * 50 + "</w:tr>"
    rows = f"<w:tr><w:tc>{para('y')}</w:tc></w:tr>" * 50
    path = write_docx(tmp_path / "t.docx", para(TEXT) + f"<w:tbl>{wide}{rows}</w:tbl>")
    DocxParser().parse(path)
    with pytest.raises(DocumentTooLargeError, match="51 rows x 50 columns"):
        DocxParser(DocxSettings(max_table_cells=1000)).parse(path)


# --------------------------------------------------------------------------- not a file
def test_a_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "x.pdf"
    os.mkfifo(fifo)
    docx_fifo = tmp_path / "y.docx"
    os.mkfifo(docx_fifo)
    answer = run_bounded(f"""
        import json
        from pathlib import Path
        import reviewminer
        from reviewminer.parsers.docx import DocxParser
        out = {{}}
        for name, call in (("read", lambda: reviewminer.read({str(fifo)!r})),
                           ("docx", lambda: DocxParser().parse(Path({str(docx_fifo)!r})))):
            try:
                call()
                out[name] = "ok"
            except reviewminer.ReviewMinerError as e:
                out[name] = e.code + ": " + e.reason
        print(json.dumps(out))
    """, timeout=60)
    assert answer == {"read": "unsupported_format: a named pipe (FIFO), not a regular file",
                      "docx": "unsupported_format: a named pipe (FIFO), not a regular file"}
    record = hash_source(str(fifo), None)  # folder discovery: refused before any hashing
    assert record.code == "unsupported_format"
    with pytest.raises(UnsupportedFormatError, match="directory"):
        read(tmp_path)


# --------------------------------------------------------------------------- long texts (spaCy)
def test_split_text_joins_back_and_bounds_pieces() -> None:
    text = ("A sentence about the Local Authority. " * 5000 + "x" * 250_000 + "\nend") * 2
    pieces = split_text(text, 100_000)
    assert "".join(pieces) == text
    assert max(len(p) for p in pieces) <= 100_000


def test_a_text_longer_than_spacy_max_length_is_analysed_in_pieces() -> None:
    nlp = BoundedPipeline(load_pipeline())
    text = "The Local Authority should act. " * 40_000  # 1.28 M characters
    doc = nlp(text)
    assert doc.text == text
    ents = [e for e in doc.ents if e.ent_id_ == "Local Authority"]
    assert len(ents) >= 39_000
    assert all(text[e.start_char:e.end_char] == e.text for e in ents[-5:])
    docs = list(nlp.pipe(["The ICB should act.", text, "NHS England should act."]))
    assert [len(d.text) for d in docs] == [19, len(text), 23]


def test_a_recommendation_of_over_a_million_characters_is_kept_whole(tmp_path: Path) -> None:
    rec = ("1. The Local Authority should " + "review the training it gives to staff and " * 29_000
           + "report to the Partnership.")
    path = write_docx(tmp_path / "long.docx", para("This review was commissioned by the Westvale "
                      "Safeguarding Children Partnership.") + heading("Recommendations") + para(rec))
    report = read(path)
    assert len(report.recommendations) == 1
    assert len(report.recommendations[0].text) > 1_200_000
    assert any("unusually long" in w for w in report.warnings)


def test_a_page_of_over_a_million_characters_is_read() -> None:
    blocks = [Block("The Westvale Safeguarding Children Partnership and the Board met. " * 23_000,
                    1), Block("Recommendations", 1, "heading", level=1),
              Block("1. The Local Authority should review its training.", 1, "list_item")]
    raw = RawDocument(Path("p.docx"), "docx", 1, blocks)
    report = build_report(raw, sha256="0" * 64, extractor_version="test")
    assert len(report.recommendations) == 1


# --------------------------------------------------------------------------- total work
def test_too_much_text_is_too_large() -> None:
    raw = RawDocument(Path("big.docx"), "docx", 1, [Block("word " * 400, 1)])
    build_report(raw, sha256="0" * 64, settings=ExtractSettings(max_text_chars=2000))
    with pytest.raises(DocumentTooLargeError, match="characters of text"):
        build_report(raw, sha256="0" * 64, settings=ExtractSettings(max_text_chars=1000))


def _recommendation_lines(n: int, same: bool = False) -> str:
    topic = "" if same else " on topic {i}"
    return "".join(para(f"Recommendation {i}: The Local Authority should review its training"
                        + topic.format(i=i) + ".") for i in range(1, n + 1))


def test_many_recommendations_are_near_linear_and_bounded(tmp_path: Path) -> None:
    """3,000 labelled items of the same wording are all kept (numbers differ) in seconds;
    12,000 are refused as too large instead of running for minutes."""
    intro = para("This review was commissioned by the Westvale Safeguarding Children Partnership.")
    same = write_docx(tmp_path / "same.docx",
                      intro + heading("Recommendations") + _recommendation_lines(3000, same=True))
    many = write_docx(tmp_path / "many.docx",
                      intro + heading("Recommendations") + _recommendation_lines(12_000))
    t0 = time.perf_counter()
    answer = read_each({"same": same, "many": many}, timeout=90)
    assert answer == {"same": "ok 3000", "many": "too_large"}, answer
    assert time.perf_counter() - t0 < 60


# --------------------------------------------------------------------------- PDF numbers
def _pdf(content: bytes, mediabox: str = "0 0 612 792") -> bytes:
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            f"<< /Type /Page /Parent 2 0 R /MediaBox [{mediabox}] /Contents 4 0 R "
            "/Resources << /Font << /F1 5 0 R >> >> >>".encode(),
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content
            + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def _text_ops(size: bytes = b"11", matrix: bytes = b"1 0 0 1 72 720") -> bytes:
    lines = b"".join(b"(" + TEXT.encode() + b") Tj T* " for _ in range(20))
    return zlib.compress(b"BT /F1 %s Tf 14 TL %s Tm %s ET" % (size, matrix, lines))


@pytest.mark.parametrize(("name", "content", "mediabox"), [
    ("font_size_1e40", _text_ops(b"1e40"), "0 0 612 792"),
    ("matrix_1e38", _text_ops(matrix=b"1e38 0 0 1e38 1e38 1e38"), "0 0 612 792"),
    ("mediabox_inf", _text_ops(), "-1e39 -1e39 1e39 1e39"),
    ("mediabox_nan", _text_ops(), "0 0 nan inf"),
    ("mediabox_zero", _text_ops(), "0 0 0 0"),
])
def test_absurd_pdf_numbers_never_raise_raw_errors(tmp_path: Path, name: str, content: bytes,
                                                   mediabox: str) -> None:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(_pdf(content, mediabox))
    try:
        read(path)
    except reviewminer.ReviewMinerError as e:
        assert e.code in ("no_text_layer", "corrupt", "empty")


# --------------------------------------------------------------------------- worker memory
def abort_after_hog(source: str) -> None:
    """Test processor: fill most of the memory limit, then abort like pdfium does."""
    hog = bytearray(int(os.environ.get("HOG_MB", "450")) << 20)
    hog[::4096] = b"x" * len(hog[::4096])
    os.abort()


def abort_at_once(source: str) -> None:
    """Test processor: a genuine crash (abort) far below the memory limit."""
    os.abort()


_READ_MANY = """
    import json, reviewminer
    out = {}
    for name, (path, processor) in CASES.items():
        kw = {"processor": processor} if processor else {}
        corpus = reviewminer.read_many([path], workers=1, memory_limit=700, timeout=60,
                                       progress=False, **kw)
        f = corpus.failures
        out[name] = f"{f['code'].iloc[0]}: {f['message'].iloc[0]}" if len(f) else "ok"
    print(json.dumps(out))
"""


def test_an_abort_at_the_memory_limit_is_too_large_but_a_crash_stays_a_crash(
        tmp_path: Path) -> None:
    """pdfium aborts (SIGABRT) when an allocation fails under the worker's address-space limit:
    that is ``too_large``; an abort without memory growth stays ``crashed``. (Run from a small
    parent process: a child's peak memory as the kernel reports it starts at its parent's.)"""
    doc = tmp_path / "a.pdf"
    doc.write_bytes(b"%PDF-1.4 any")
    z = zlib.compressobj(1)
    chunk = b"0 0 m 1 1 l S\n" * 100_000
    data = z.compress(b"BT /F1 11 Tf 72 720 Td (" + TEXT.encode() + b") Tj ET\n")
    data += b"".join(z.compress(chunk) for _ in range(400)) + z.flush()  # 560 MB of paths
    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(_pdf(data))
    cases = {"hog": (str(doc), "test_read_bounds:abort_after_hog"),
             "crash": (str(doc), "test_read_bounds:abort_at_once"),
             "bomb": (str(bomb), None)}
    answer = run_bounded(f"CASES = {cases!r}\n" + textwrap.dedent(_READ_MANY), timeout=180)
    assert answer["hog"].startswith("too_large: "), answer
    assert "worker limit 700 MB" in answer["hog"]
    assert answer["crash"].startswith("crashed: "), answer
    assert answer["bomb"].startswith("too_large: "), answer  # a content-stream bomb


def test_the_memory_bound_of_these_tests_holds() -> None:
    # the in-process tests above must not have grown this process beyond a modest size
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss < 3 << 20  # KB: 3 GB
