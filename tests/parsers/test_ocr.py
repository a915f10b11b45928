"""OCR of PDF pages without a usable text layer (Tesseract): a scan reads like its born-digital
original, mixed documents keep both kinds of page, and missing or hanging tools are reported."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import pytest

import reviewminer
from helpers_pdf import serialize_pdf
from helpers_scans import image_only_copy
from reviewminer.errors import NeedsOcrError, NoTextLayerError
from reviewminer.parsers import OcrSettings
from reviewminer.parsers.pdf.ocr import TESSERACT_ENV, find_tesseract, parse_hocr

SAMPLE = Path(__file__).resolve().parents[2] / "sample_docs" / "scr_2012_child_k.pdf"
needs_tesseract = pytest.mark.skipif(find_tesseract() is None, reason="Tesseract is not installed")


def _f1(a: str, b: str) -> float:
    x, y = Counter(a.lower().split()), Counter(b.lower().split())
    common = sum((x & y).values())
    return 2 * common / (sum(x.values()) + sum(y.values())) if common else 0.0


@pytest.fixture(scope="module")
def born_digital() -> reviewminer.Report:
    return reviewminer.read(SAMPLE)


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return image_only_copy(SAMPLE, tmp_path_factory.mktemp("scan") / "scan.pdf")


def _same_recommendations(got: reviewminer.Report, want: reviewminer.Report) -> None:
    assert [r.number for r in got.recommendations] == [r.number for r in want.recommendations]
    for g, w in zip(got.recommendations, want.recommendations, strict=True):
        assert _f1(g.text, w.text) >= 0.9, (g.text, w.text)
        assert [p.canonical for p in g.parties] == [p.canonical for p in w.parties]
        assert g.provenance.page_start == w.provenance.page_start


@needs_tesseract
def test_a_scan_gives_the_recommendations_of_its_born_digital_pdf(scanned, born_digital) -> None:
    report = reviewminer.read(scanned)
    _same_recommendations(report, born_digital)
    assert report.ocr_pages == tuple(range(1, 11)) and born_digital.ocr_pages == ()
    assert any("read by OCR" in w and "1-10" in w for w in report.warnings)


@needs_tesseract
def test_a_mixed_document_reads_both_kinds_of_page(born_digital, tmp_path: Path) -> None:
    mixed = image_only_copy(SAMPLE, tmp_path / "mixed.pdf", pages={2, 7, 8})
    report = reviewminer.read(mixed, ocr=OcrSettings(jobs=2))
    _same_recommendations(report, born_digital)
    assert report.ocr_pages == (2, 7, 8)
    assert any("read by OCR" in w and w.endswith("2, 7-8") for w in report.warnings)


def test_without_ocr_a_scan_is_refused_and_a_missing_tesseract_is_named(
        scanned, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(NoTextLayerError):
        reviewminer.read(scanned, ocr="never")
    monkeypatch.setenv(TESSERACT_ENV, str(tmp_path / "no-tesseract"))
    with pytest.raises(NeedsOcrError) as e:
        reviewminer.read(scanned)
    assert e.value.code == "needs_ocr" and "apt-get install tesseract-ocr" in str(e.value)
    mixed = image_only_copy(SAMPLE, tmp_path / "mixed.pdf", pages={8})
    report = reviewminer.read(mixed)  # the born-digital pages are read, the scanned one named
    assert any("not read" in w and "Tesseract" in w for w in report.warnings)
    assert len(report.recommendations) >= 3


def test_a_hanging_recogniser_is_stopped_per_page(tmp_path: Path) -> None:
    fake = tmp_path / "tesseract"
    fake.write_text("#!/bin/sh\nsleep 60\n")
    fake.chmod(0o755)
    mixed = image_only_copy(SAMPLE, tmp_path / "mixed.pdf", pages={9})
    started = time.monotonic()
    report = reviewminer.read(mixed, ocr=OcrSettings(tesseract=str(fake), page_timeout=1))
    assert time.monotonic() - started < 20
    assert any("OCR failed on page 9: timeout" in w for w in report.warnings)


def test_hocr_lines_become_pdf_points() -> None:
    hocr = ("<span class='ocr_line' id='line_1' title=\"bbox 100 200 700 240; baseline 0 -8; "
            "x_size 40; x_descenders 8; x_ascenders 10\">"
            "<span class='ocrx_word' id='w1' title='bbox 100 200 160 240; x_wconf 90'>6.</span> "
            "<span class='ocrx_word' id='w2' title='bbox 200 200 700 240; x_wconf 80'>"
            "Police &amp; partners</span></span>")
    (line,) = parse_hocr(hocr, (0.0, 0.0, 612.0, 792.0), 200)
    assert line.text == "6. Police & partners"
    assert line.x0 == pytest.approx(36.0) and line.size == pytest.approx(14.4)
    assert line.baseline == pytest.approx(792 - 232 * 0.36)
    assert line.confidence == pytest.approx(85.0)


def test_misread_list_labels_of_recognised_text_are_mended() -> None:
    from reviewminer.parsers.pdf.ocr import fix_label, is_ocr_layer

    assert fix_label("(I) The Board should act.") == "(1) The Board should act."
    assert fix_label("l. Ensure that plans are reviewed.") == "1. Ensure that plans are reviewed."
    assert fix_label("1O. The LSCB should audit.") == "10. The LSCB should audit."
    assert fix_label("(a) The Board should act.") == "(a) The Board should act."
    assert fix_label("I. Introduction", roman=True) == "I. Introduction"  # roman numbering
    assert fix_label("I) as a letter label") == "I) as a letter label"
    assert is_ocr_layer({"producer": "ABBYY FineReader 11"})
    assert not is_ocr_layer({"producer": "Microsoft® Word for Microsoft 365"})


def _ocr_layer_pdf(path: Path, producer: str) -> Path:
    """A one-page PDF whose text layer reads like an OCR program's: list labels misread."""
    lines = ["Recommendations", "(I) The Local Safeguarding Children Board should audit plans.",
             "(2) The Council should review its thresholds for early help."]
    ops = b"".join(b"BT /F1 11 Tf 72 %d Td (%s) Tj ET\n" % (700 - 20 * i, t.encode("latin-1"))
                   for i, t in enumerate(lines))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(ops) + ops + b"endstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Producer (%s) >>" % producer.encode("latin-1")]
    path.write_bytes(serialize_pdf(objs, info=6))
    return path


def test_an_existing_ocr_layer_with_misread_numbers_still_gives_numbered_items(
        tmp_path: Path) -> None:
    ocr_made = reviewminer.read(_ocr_layer_pdf(tmp_path / "ocr.pdf", "ABBYY FineReader 11"))
    assert [r.number for r in ocr_made.recommendations] == ["1", "2"]
    typed = reviewminer.read(_ocr_layer_pdf(tmp_path / "typed.pdf", "Microsoft Word"))
    assert "(I) The Local" in typed.text  # a born-digital layer is never rewritten


def _with_blank_image_page(src: Path, dst: Path) -> Path:
    """``src`` followed by a page that shows only a white image (an inside cover)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(src))
    out = pdfium.PdfDocument.new()
    out.import_pages(pdf)
    width, height = pdf[0].get_size()
    bitmap = pdfium.PdfBitmap.new_native(200, 300, pdfium.raw.FPDFBitmap_BGR)
    bitmap.fill_rect((255, 255, 255, 255), 0, 0, 200, 300)
    page = out.new_page(width, height)
    image = pdfium.PdfImage.new(out)
    image.set_bitmap(bitmap)
    image.set_matrix(pdfium.PdfMatrix().scale(width, height))
    page.insert_obj(image)
    page.gen_content()
    out.save(str(dst))
    return dst


def test_a_blank_image_page_is_not_sent_to_the_recogniser(tmp_path: Path) -> None:
    doc = _with_blank_image_page(SAMPLE, tmp_path / "blank.pdf")
    ran = tmp_path / "ran"
    fake = tmp_path / "tesseract"
    fake.write_text(f"#!/bin/sh\ntouch {ran}\nexit 1\n")
    fake.chmod(0o755)
    report = reviewminer.read(doc, ocr=OcrSettings(tesseract=str(fake)))
    assert not ran.exists()
    assert "OCR failed on page 11: no text recognised" in report.warnings
    tesseract = find_tesseract()
    if tesseract is not None:  # which is what Tesseract itself makes of a blank page
        from reviewminer.parsers.pdf.ocr.engine import _recognise

        pgm = tmp_path / "blank.pgm"
        pgm.write_bytes(b"P5 400 600 255\n" + b"\xff" * 400 * 600)
        result = _recognise(tesseract, pgm, 11, (0.0, 0.0, 144.0, 216.0), 200, 60, "eng")
        assert not result.error and result.lines == ()
