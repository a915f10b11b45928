"""OCR of PDF pages without a usable text layer (Tesseract).

* :mod:`.tesseract`: finding and running Tesseract (bounded), the lines it gives;
* :mod:`.engine`: rendering pages, recognising them in parallel, hOCR lines in PDF points;
* :mod:`.image`: the page image read back: list labels the layout analysis dropped;
* :mod:`.pages`: which pages need OCR, recognised lines as text-layer lines, misread labels.
"""

from reviewminer.parsers.pdf.ocr.engine import (
    INSTALL_HINT,
    TESSERACT_ENV,
    OcrLine,
    OcrPageResult,
    find_tesseract,
    ocr_pages,
    parse_hocr,
)
from reviewminer.parsers.pdf.ocr.pages import (
    fix_label,
    fix_ocr_labels,
    is_ocr_layer,
    ocr_into_pages,
    pages_to_ocr,
)

__all__ = ["INSTALL_HINT", "TESSERACT_ENV", "OcrLine", "OcrPageResult", "find_tesseract",
           "fix_label", "fix_ocr_labels", "is_ocr_layer", "ocr_into_pages", "ocr_pages",
           "pages_to_ocr", "parse_hocr"]
