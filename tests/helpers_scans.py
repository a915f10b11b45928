"""Scanned copies of PDFs for OCR tests: pages rendered and put back as images only."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium


def image_only_copy(src: Path, dst: Path, pages: set[int] | None = None, dpi: int = 200) -> Path:
    """``dst``: ``src`` with the given 1-based pages (all when None) replaced by page images."""
    pdf = pdfium.PdfDocument(str(src))
    out = pdfium.PdfDocument.new()
    for i in range(len(pdf)):
        if pages is not None and i + 1 not in pages:
            out.import_pages(pdf, [i])
            continue
        page = pdf[i]
        width, height = page.get_size()
        bitmap = page.render(scale=dpi / 72, grayscale=True)
        scan = out.new_page(width, height)
        image = pdfium.PdfImage.new(out)
        image.set_bitmap(bitmap)
        image.set_matrix(pdfium.PdfMatrix().scale(width, height))
        scan.insert_obj(image)
        scan.gen_content()
    out.save(str(dst))
    return dst
