"""A paragraph number set apart from its text by a gap pdfium writes no space for ("144.BSCB")
reads as the item's label: a space is put back where the page leaves a word gap."""

from __future__ import annotations

import ctypes
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as c
import pytest

from reviewminer.parsers.pdf import PdfParser

ITEMS = [
    ("144.", "Partners need to take steps to ensure that they meet their statutory duties."),
    ("145.", "Monitor and evaluate the quality of early help offered to families."),
]


def _text_obj(pdf: pdfium.PdfDocument, page: pdfium.PdfPage, text: str, x: float, y: float
              ) -> float:
    """Place ``text`` (Helvetica 11 pt) with its origin at (x, y); return its right edge."""
    obj = c.FPDFPageObj_NewTextObj(pdf.raw, b"Helvetica", ctypes.c_float(11))
    data = (text + "\0").encode("utf-16-le")
    buf = ctypes.create_string_buffer(data, len(data))
    c.FPDFText_SetText(obj, ctypes.cast(buf, ctypes.POINTER(c.FPDF_WCHAR)))
    c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, y)
    c.FPDFPage_InsertObject(page.raw, obj)
    right = ctypes.c_float()
    left, bottom, top = ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    c.FPDFPageObj_GetBounds(obj, left, bottom, right, top)
    return right.value


def _items_pdf(path: Path, gap: float) -> None:
    """Numbered paragraphs whose number and text are separate text objects ``gap`` points
    apart (a tab stop after the number), under a heading. pdfium writes a space between them
    from about 3 pt (11 pt Helvetica): 2.5 pt is a word gap it writes none for."""
    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(595, 842)
    _text_obj(pdf, page, "Areas for improvement", 72, 760)
    y = 720.0
    for number, text in ITEMS:
        end = _text_obj(pdf, page, number, 72, y)
        _text_obj(pdf, page, text, end + gap, y)
        y -= 30
    c.FPDFPage_GenerateContent(page.raw)
    page.close()
    pdf.save(path)
    pdf.close()


@pytest.mark.parametrize(("gap", "spaced"), [(2.5, True), (0.5, False)])
def test_a_number_with_a_word_gap_after_it_gets_its_space(tmp_path: Path, gap: float,
                                                          spaced: bool) -> None:
    path = tmp_path / "items.pdf"
    _items_pdf(path, gap)
    text = "\n".join(b.text for b in PdfParser().parse(path).blocks)
    for number, item in ITEMS:
        if spaced:
            assert f"{number} {item}" in text
        else:  # set close: a number glued to its word stays as the page has it
            assert f"{number}{item}" in text
