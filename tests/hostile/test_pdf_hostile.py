"""Hostile PDFs: rotated, upside-down, mirrored and skewed pages, and fonts without Unicode.

Every PDF is written here by hand (raw PDF syntax) at test time. The reference document has an
introduction on page 1 and four recommendations under a "Recommendations" heading on page 2; the
hostile variants draw page 2 (or every page) turned by the page's ``/Rotate``, by the CTM
(``cm``), by each line's or each word's text matrix (``Tm``) or by a Form XObject's ``/Matrix``,
or with fonts whose glyphs have no (or a meaningless) Unicode mapping. ``read()`` must give the
reference's recommendations, or a warning or error that names the pages it could not read.
"""

from __future__ import annotations

import math
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
import pytest

import reviewminer
from helpers_pdf import serialize_pdf
from reviewminer.errors import NoTextLayerError, UndecodableTextError
from reviewminer.parsers.pdf.ocr import find_tesseract
from reviewminer.parsers.pdf.textlayer import assess_page

W, H = 595, 842
Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1, 0, 0, 1, 0, 0)

INTRO = [
    ("B", 18, "Safeguarding Adults Review: Adult Z"),
    ("B", 14, "1. Introduction"),
    ("R", 11, "This review was commissioned by the Northshire Safeguarding Adults Board after"),
    ("R", 11, "the death of Adult Z. It looks at how the agencies worked together and what can"),
    ("R", 11, "be learned for the future by the Board and its partner agencies."),
]
RECS = [
    ("B", 14, "2. Recommendations"),
    ("R", 11, "Recommendation 1: The Council should review its self-neglect protocol and"),
    ("R", 11, "publish the revised protocol by March."),
    ("R", 11, "Recommendation 2: Northshire Police should train all officers in the public"),
    ("R", 11, "protection unit in the recognition of coercive control."),
    ("R", 11, "Recommendation 3: The Integrated Care Board should seek assurance that GP"),
    ("R", 11, "practices record the voice of the adult in every review."),
    ("R", 11, "Recommendation 4: Adult Social Care should audit ten cases of self-neglect"),
    ("R", 11, "each year and report the findings to the Board."),
]
EXPECTED = [
    ("1", "The Council should review its self-neglect protocol and publish the revised protocol "
          "by March."),
    ("2", "Northshire Police should train all officers in the public protection unit in the "
          "recognition of coercive control."),
    ("3", "The Integrated Care Board should seek assurance that GP practices record the voice of "
          "the adult in every review."),
    ("4", "Adult Social Care should audit ten cases of self-neglect each year and report the "
          "findings to the Board."),
]

FONTS = {
    "R": b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    "B": b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
}
MONO = {  # fixed advance (0.6 x size): words can be placed one by one
    "R": b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>",
    "B": b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier-Bold /Encoding /WinAnsiEncoding >>",
}


# --------------------------------------------------------------------------- PDF writing
Line = tuple[str, float, str, float, float]  # font, size, text, x, y (upright reading frame)
FontMaker = Callable[[Callable[[bytes], int]], int]


def layout(lines: list[tuple[str, float, str]]) -> list[Line]:
    out, y = [], H - 72.0
    for font, size, text in lines:
        y -= size * (1.6 if font == "B" else 1.35)
        out.append((font, size, text, 72.0, y))
        y -= 4 if font == "B" else 0
    return out


def mul(m: Matrix, n: Matrix) -> Matrix:
    """``m`` then ``n`` (PDF row-vector matrices)."""
    a, b, c, d, e, f = m
    aa, bb, cc, dd, ee, ff = n
    return (a * aa + b * cc, a * bb + b * dd, c * aa + d * cc, c * bb + d * dd,
            e * aa + f * cc + ee, e * bb + f * dd + ff)


def turn(deg: float, mirrored: bool = False, dx: float = 0, dy: float = 0) -> Matrix:
    t = math.radians(deg)
    m: Matrix = (math.cos(t), math.sin(t), -math.sin(t), math.cos(t), 0, 0)
    if mirrored:
        m = mul((-1, 0, 0, 1, 0, 0), m)
    return (*m[:4], dx, dy)


# How each kind maps the upright page into user space, and the media box it needs.
FRAMES: dict[str, tuple[Matrix, tuple[float, float]]] = {
    "upright": (IDENTITY, (W, H)),
    "rot90": (turn(90, dx=H), (H, W)),  # text runs up; displayed upright under /Rotate 90
    "rot180": (turn(180, dx=W, dy=H), (W, H)),
    "rot270": (turn(270, dy=W), (H, W)),  # text runs down
    "mirror_x": ((-1, 0, 0, 1, W, 0), (W, H)),
    "mirror_y": ((1, 0, 0, -1, 0, H), (W, H)),
    "mirror_90": (turn(90, True, dx=H, dy=W), (H, W)),
    "mirror_270": (turn(270, True), (H, W)),
    "skew30": (turn(30, dx=500, dy=50), (W + 500, H + 400)),
}


def esc(s: str) -> bytes:
    return b"(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1") + b")"


def fmt(m: Matrix) -> bytes:
    return " ".join(f"{v:.4f}" for v in m).encode()


def stream_cm(lines: list[Line], frame: Matrix, enc: Callable[[str], bytes] = esc) -> bytes:
    """The whole page turned by one ``cm``; upright text matrices."""
    out = [fmt(frame) + b" cm"] if frame != IDENTITY else []
    for font, size, text, x, y in lines:
        out.append(b"BT /F%s %g Tf 1 0 0 1 %g %g Tm %s Tj ET" % (font.encode(), size, x, y, enc(text)))
    return b"\n".join(out) + b"\n"


def stream_tm(lines: list[Line], frame: Matrix, *, per_word: bool = False) -> bytes:
    """Each line (or word) its own text object, turned by its text matrix (no ``cm``)."""
    out = []
    for font, size, text, x, y in lines:
        pieces = [(x, text)]
        if per_word:
            pieces, cx = [], x
            for word in text.split(" "):
                pieces.append((cx, word))
                cx += 0.6 * size * (len(word) + 1)
        for px, piece in pieces:
            m = mul((1, 0, 0, 1, px, y), frame)
            out.append(b"BT /F%s %g Tf %s Tm %s Tj ET" % (font.encode(), size, fmt(m), esc(piece)))
    return b"\n".join(out) + b"\n"


def write_pdf(pages: list[tuple[bytes, tuple[float, float], int]],
              fonts: dict[str, bytes | FontMaker] | None = None,
              form: tuple[bytes, Matrix] | None = None) -> bytes:
    """A PDF of (content, media box size, /Rotate) pages; ``form`` (stream, matrix) becomes the
    Form XObject /Fm1 every page may draw."""
    objs: list[bytes] = [b"", b""]

    def add(body: bytes) -> int:
        objs.append(body)
        return len(objs)

    refs = {name: (f(add) if callable(f) else add(f)) for name, f in (fonts or FONTS).items()}
    font_dict = b"<< " + b" ".join(b"/F%s %d 0 R" % (n.encode(), r) for n, r in refs.items()) + b" >>"
    xobj = b""
    if form is not None:
        body, m = form
        xobj = b" /XObject << /Fm1 %d 0 R >>" % add(
            b"<< /Type /XObject /Subtype /Form /BBox [0 0 %d %d] /Matrix [%s] /Resources << /Font %s >> "
            b"/Length %d >>\nstream\n" % (W, H, fmt(m), font_dict, len(body)) + body + b"endstream")
    kids = []
    for content, (w, h), rotate in pages:
        cid = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream")
        rot = b" /Rotate %d" % rotate if rotate else b""
        kids.append(add(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %g %g]%s /Resources << /Font %s%s >> "
                        b"/Contents %d 0 R >>" % (w, h, rot, font_dict, xobj, cid)))
    objs[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
               + b"] /Count %d >>" % len(kids))
    return serialize_pdf(objs)


def turned_pdf(kind: str, rotate: int, style: str, *, every_page: bool = False) -> bytes:
    """The reference document with page 2 (or every page) drawn in ``kind``'s frame, written
    by ``style`` ("cm", "tm_line", "tm_word" or "form"), under ``/Rotate rotate``."""
    pages = []
    form = None
    for i, items in enumerate((INTRO, RECS)):
        frame, box = FRAMES[kind] if (i == 1 or every_page) else FRAMES["upright"]
        lines = layout(items)
        if style == "cm":
            content = stream_cm(lines, frame)
        elif style == "form" and i == 1:
            form = (stream_cm(lines, IDENTITY), frame)
            content = b"q 0 0 %g %g re W n /Fm1 Do Q\n" % box  # clipped to the page
        else:
            content = stream_tm(lines, frame, per_word=style == "tm_word")
        pages.append((content, box, rotate if (i == 1 or every_page) else 0))
    return write_pdf(pages, MONO if style == "tm_word" else FONTS, form)


def read(tmp_path: Path, data: bytes, name: str = "doc.pdf", ocr: str = "auto"
         ) -> reviewminer.Report:
    path = tmp_path / name
    path.write_bytes(data)
    return reviewminer.read(path, ocr=ocr)


def recs(report: reviewminer.Report) -> list[tuple[str | None, str]]:
    return [(r.number, r.text) for r in report.recommendations]


def reader_warnings(report: reviewminer.Report) -> list[str]:
    return [w for w in report.warnings if "page" in w]


# --------------------------------------------------------------------------- orientation
def test_reference_document(tmp_path: Path) -> None:
    report = read(tmp_path, turned_pdf("upright", 0, "cm"))
    assert recs(report) == EXPECTED
    assert [s.heading for s in report.sections] == ["1. Introduction", "2. Recommendations"]
    assert report.text.startswith("Safeguarding Adults Review: Adult Z")
    assert not reader_warnings(report)


# (frame kind, /Rotate, writing style); marked "was wrong" where read() returned reversed,
# merged or lost recommendations before the page was turned upright.
ORIENTATIONS = [
    ("upright", 90, "cm"),  # was wrong: /Rotate 90 over ordinary content
    ("upright", 180, "cm"),
    ("upright", 270, "tm_word"),
    ("upright", 180, "tm_word"),  # was wrong
    ("rot90", 0, "cm"),
    ("rot90", 90, "tm_line"),
    ("rot90", 180, "cm"),  # was wrong
    ("rot90", 270, "tm_word"),  # was wrong
    ("rot180", 0, "tm_line"),  # upside down
    ("rot180", 0, "tm_word"),  # was wrong
    ("rot180", 180, "cm"),
    ("rot180", 270, "tm_line"),  # was wrong
    ("rot270", 0, "cm"),  # was wrong
    ("rot270", 0, "tm_line"),  # was wrong
    ("rot270", 90, "tm_word"),  # was wrong
    ("rot270", 270, "cm"),
    ("mirror_x", 0, "tm_word"),  # was wrong
    ("mirror_x", 90, "cm"),  # was wrong
    ("mirror_y", 180, "tm_word"),  # was wrong
    ("mirror_y", 270, "tm_line"),  # was wrong
    ("mirror_90", 0, "tm_line"),
    ("mirror_270", 0, "tm_line"),  # was wrong
    ("skew30", 0, "tm_word"),
    ("rot270", 0, "form"),  # was wrong: a Form XObject's /Matrix turns the page
    ("rot180", 180, "form"),
    ("mirror_x", 0, "form"),
]


@pytest.mark.parametrize(("kind", "rotate", "style"), ORIENTATIONS,
                         ids=[f"{k}-R{r}-{s}" for k, r, s in ORIENTATIONS])
def test_turned_page_reads_like_upright(tmp_path: Path, kind: str, rotate: int, style: str) -> None:
    report = read(tmp_path, turned_pdf(kind, rotate, style))
    assert recs(report) == EXPECTED
    assert "This review was commissioned by the Northshire" in report.text
    assert not reader_warnings(report)


@pytest.mark.parametrize("kind", ["rot90", "rot180", "rot270", "mirror_x"])
def test_every_page_turned(tmp_path: Path, kind: str) -> None:
    report = read(tmp_path, turned_pdf(kind, 0, "tm_line", every_page=True))
    assert recs(report) == EXPECTED
    assert [s.heading for s in report.sections] == ["1. Introduction", "2. Recommendations"]
    assert report.text.startswith("Safeguarding Adults Review: Adult Z")
    assert not reader_warnings(report)


SAMPLE = Path(__file__).resolve().parents[2] / "sample_docs" / "sar_2019_adult_b.pdf"
# every page of a real-looking report: /Rotate only, or its content turned (and the box with it)
SAMPLE_TURNS: dict[str, tuple[int, Matrix | None]] = {
    "rotate90": (90, None),  # was 0 of 7 recommendations
    "rotate180": (180, None),  # was 0 of 7
    "rotate270": (270, None),
    "content180": (0, (-1, 0, 0, -1, 1, 1)),  # upside down; was 0 of 7
    "content90_rotate270": (270, (0, 1, -1, 0, 1, 0)),  # displays upright; was numbers lost
    "content_mirrored270": (0, (0, -1, -1, 0, 1, 1)),  # was a word split ("self- neglecting")
}


def turned_sample(out: Path, rotate: int, m: Matrix | None) -> Path:
    """``SAMPLE`` with every page given ``/Rotate rotate`` and its objects transformed by ``m``
    (translations in page widths/heights)."""
    import pypdfium2.raw as c

    pdf = pdfium.PdfDocument(str(SAMPLE))
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            if m is not None:
                left, bottom, right, top = page.get_bbox()
                w, h = right - left, top - bottom
                box = (w, h) if m[1] == 0 else (h, w)
                shift = (m[4] * box[0], m[5] * box[1])
                for k in range(c.FPDFPage_CountObjects(page.raw)):
                    c.FPDFPageObj_Transform(c.FPDFPage_GetObject(page.raw, k), *m[:4], *shift)
                c.FPDFPage_SetMediaBox(page.raw, 0, 0, *box)
                c.FPDFPage_SetCropBox(page.raw, 0, 0, *box)
                c.FPDFPage_GenerateContent(page.raw)
            if rotate:
                page.set_rotation(rotate)
            page.close()
        pdf.save(out)
    finally:
        pdf.close()
    return out


@pytest.fixture(scope="module")
def sample_reference() -> reviewminer.Report:
    return reviewminer.read(SAMPLE)


@pytest.mark.parametrize("name", list(SAMPLE_TURNS))
def test_turned_sample_report_reads_the_same(
    tmp_path: Path, sample_reference: reviewminer.Report, name: str
) -> None:
    report = reviewminer.read(turned_sample(tmp_path / f"{name}.pdf", *SAMPLE_TURNS[name]))
    assert recs(report) == recs(sample_reference)
    assert [s.heading for s in report.sections] == [s.heading for s in sample_reference.sections]
    assert report.text == sample_reference.text
    assert report.warnings == sample_reference.warnings


@pytest.mark.parametrize("per_word", [False, True], ids=["by_line", "by_word"])
def test_upside_down_lines_on_upright_page_are_left_out_with_warning(
    tmp_path: Path, per_word: bool
) -> None:
    # before: the notes came out as a paragraph ("purpose on down upside drawn 1: note Printer"
    # when drawn word by word), without a warning
    notes = [("R", 11, f"Printer note {i}: drawn upside down on purpose", 0.0, 0.0) for i in (1, 2, 3)]
    upside = b"".join(stream_tm([n], (-1, 0, 0, -1, 500, 400 - 15 * k), per_word=per_word)
                      for k, n in enumerate(notes))
    page2 = stream_tm(layout(RECS), IDENTITY, per_word=per_word) + upside
    page1 = stream_tm(layout(INTRO), IDENTITY, per_word=per_word)
    data = write_pdf([(page1, (W, H), 0), (page2, (W, H), 0)], MONO if per_word else FONTS)
    report = read(tmp_path, data)
    assert recs(report) == EXPECTED
    assert "Printer note" not in report.text
    assert any("upside down or mirrored" in w and w.endswith("page(s) 2") for w in report.warnings)


def test_text_in_several_directions_is_flagged(tmp_path: Path) -> None:
    # each line of page 2 in turn upright, running up, upside down and running down
    frames = [IDENTITY, turn(90, dx=500), (-1, 0, 0, -1, W, H), turn(270, dy=800)]
    lines = layout(RECS)
    page2 = b"".join(stream_tm([ln], frames[k % 4]) for k, ln in enumerate(lines))
    data = write_pdf([(stream_cm(layout(INTRO), IDENTITY), (W, H), 0), (page2, (W, H), 0)])
    report = read(tmp_path, data)
    assert any("several directions" in w and w.endswith(": 2") for w in report.warnings)


# --------------------------------------------------------------------------- undecodable text
def codes_for(lines: list[tuple[str, float, str]]) -> dict[str, int]:
    """A code per distinct character, from 33 up in order of first use (a subset font's way)."""
    codes: dict[str, int] = {}
    for _font, _size, text in lines:
        for ch in text:
            codes.setdefault(ch, 33 + len(codes))
    return codes


def type3_font(codes: dict[str, int]) -> FontMaker:
    """A Type3 font drawing boxes, glyphs named /g33 ..., no ToUnicode: no Unicode mapping."""
    def make(add: Callable[[bytes], int]) -> int:
        procs = {code: add(b"<< /Length 36 >>\nstream\n600 0 0 0 500 700 d1\n50 0 400 700 re f\nendstream")
                 for code in codes.values()}
        first, last = min(procs), max(procs)
        return add(
            b"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 600 700] /FontMatrix [0.001 0 0 0.001 0 0] "
            b"/CharProcs << " + b" ".join(b"/g%d %d 0 R" % kv for kv in sorted(procs.items()))
            + b" >> /Encoding << /Type /Encoding /Differences ["
            + b" ".join(b"%d /g%d" % (c, c) for c in sorted(procs)) + b"] >> "
            b"/FirstChar %d /LastChar %d /Widths [%s] >>" % (first, last, b" 600" * (last - first + 1)))
    return make


def custom_names_font(codes: dict[str, int]) -> bytes:
    """Helvetica re-encoded with made-up glyph names: no Unicode mapping."""
    diffs = b" ".join(b"%d /g%d" % (c, c) for c in sorted(codes.values()))
    return (b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding "
            b"/Differences [" + diffs + b"] >> >>")


def tounicode_font(codes: dict[str, int], target: Callable[[str, int], str]) -> FontMaker:
    """Helvetica whose ToUnicode maps each code to a wrong character."""
    def make(add: Callable[[bytes], int]) -> int:
        pairs = b"\n".join(b"<%02X> <%04X>" % (c, ord(target(ch, c))) for ch, c in codes.items())
        cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def "
                b"1 begincodespacerange <00> <FF> endcodespacerange\n%d beginbfchar\n" % len(codes)
                + pairs + b"\nendbfchar endcmap CMapName currentdict /CMap defineresource pop end end\n")
        ref = add(b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"endstream")
        return add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode %d 0 R >>" % ref)
    return make


def caesar(ch: str, _code: int) -> str:
    if not (ch.isascii() and ch.isalpha()):
        return ch
    base = ord("a") if ch.islower() else ord("A")
    return chr(base + (ord(ch) - base + 1) % 26)


def bad_font(kind: str, codes: dict[str, int]) -> bytes | FontMaker:
    if kind == "type3":
        return type3_font(codes)
    if kind == "glyph_names":
        return custom_names_font(codes)
    if kind == "standard_encoding":  # codes 33.. read as "!\"#$%..."
        return b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    if kind == "private_use":
        return tounicode_font(codes, lambda ch, c: chr(0xE000 + c))
    if kind == "caesar":  # a ToUnicode that maps every letter one on: "Uif Dpvodjm"
        return tounicode_font(codes, caesar)
    raise ValueError(kind)


UNDECODABLE = ["type3", "glyph_names", "standard_encoding", "private_use", "caesar"]


def undecodable_pdf(kind: str, bad_pages: tuple[int, ...], *, headings_only: bool = False) -> bytes:
    """The reference document with the text of ``bad_pages`` (0-based) in a font ``kind`` whose
    glyphs do not decode (only its headings with ``headings_only``)."""
    codes = codes_for(INTRO + RECS)
    fonts: dict[str, bytes | FontMaker] = {**FONTS, "X": bad_font(kind, codes)}
    pages = []
    for i, items in enumerate((INTRO, RECS)):
        out = []
        for font, size, text, x, y in layout(items):
            garbled = i in bad_pages and (font == "B" or not headings_only)
            shown = b"<" + bytes(codes[ch] for ch in text).hex().encode() + b">" if garbled else esc(text)
            out.append(b"BT /F%s %g Tf 1 0 0 1 %g %g Tm %s Tj ET"
                       % (b"X" if garbled else font.encode(), size, x, y, shown))
        pages.append((b"\n".join(out) + b"\n", (W, H), 0))
    return write_pdf(pages, fonts)


@pytest.mark.parametrize("kind", UNDECODABLE)
def test_undecodable_document_raises(tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"{kind}.pdf"
    path.write_bytes(undecodable_pdf(kind, (0, 1)))
    with pytest.raises(UndecodableTextError) as info:
        reviewminer.read(path, ocr="never")
    err = info.value
    assert err.code == "undecodable_text"
    assert isinstance(err, NoTextLayerError)  # like a scan, it needs OCR
    assert "page 1-2" in err.reason and "OCR" in err.reason
    assert str(path) in str(err)


@pytest.mark.parametrize("kind", UNDECODABLE)
def test_undecodable_page_dropped_with_warning(tmp_path: Path, kind: str) -> None:
    report = read(tmp_path, undecodable_pdf(kind, (1,)), ocr="never")
    assert any(w.startswith("pages whose text cannot be decoded") and w.endswith(": 2")
               for w in report.warnings)
    assert "This review was commissioned by the Northshire" in report.text
    assert "$" not in report.text and "Dpvodjm" not in report.text
    assert not any("\ue000" <= ch <= "\uf8ff" for ch in report.text)


@pytest.mark.skipif(find_tesseract() is None, reason="Tesseract is not installed")
@pytest.mark.parametrize("kind", UNDECODABLE)
def test_undecodable_pages_are_handed_to_ocr_and_never_read_as_garbage(tmp_path: Path,
                                                                      kind: str) -> None:
    # these fixtures draw symbols, not letters: OCR reads no words either, and says so
    path = tmp_path / f"{kind}.pdf"
    path.write_bytes(undecodable_pdf(kind, (0, 1)))
    with pytest.raises(UndecodableTextError) as info:
        reviewminer.read(path)
    assert "OCR:" in info.value.reason and "read it with OCR" not in info.value.reason


def test_headings_in_unmapped_font_left_out_with_warning(tmp_path: Path) -> None:
    report = read(tmp_path, undecodable_pdf("type3", (0, 1), headings_only=True))
    assert recs(report) == EXPECTED
    assert any("without a Unicode mapping" in w and "page(s) 1-2" in w for w in report.warnings)
    assert "!" not in report.text


def test_text_layer_verdict_per_page(tmp_path: Path) -> None:
    """The per-page decision is one reusable function (for OCR hand-off)."""
    path = tmp_path / "mixed.pdf"
    path.write_bytes(undecodable_pdf("type3", (1,)))
    pdf = pdfium.PdfDocument(str(path))
    try:
        verdicts = [assess_page(pdf[i]) for i in range(len(pdf))]
    finally:
        pdf.close()
    assert [v.usable for v in verdicts] == [True, False]
    assert verdicts[1].reason == "undecodable" and "Unicode" in verdicts[1].detail


def test_undecodable_failure_code_in_batch(tmp_path: Path) -> None:
    (tmp_path / "good.pdf").write_bytes(turned_pdf("rot270", 0, "cm"))
    (tmp_path / "bad.pdf").write_bytes(undecodable_pdf("type3", (0, 1)))
    corpus = reviewminer.read_many([tmp_path], workers=1, progress=False, ocr="never")
    failures = corpus.failures
    assert list(failures["code"]) == ["undecodable_text"]
    assert [Path(src).name for src in failures["source"]] == ["bad.pdf"]
    assert [recs(r) for r in corpus.reports] == [EXPECTED]


# --------------------------------------------------------------------------- the comparison
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize(("kind", "rotate", "style"), [("upright", 90, "cm"), ("rot270", 0, "tm_line")])
def test_pdftotext_agrees(tmp_path: Path, kind: str, rotate: int, style: str) -> None:
    path = tmp_path / "doc.pdf"
    path.write_bytes(turned_pdf(kind, rotate, style))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Recommendation 1: The Council should review its self-neglect protocol and\npublish" in text
    assert recs(reviewminer.read(path)) == EXPECTED
