"""OCR of PDF pages without a usable text layer (Tesseract).

* :mod:`.tesseract`: finding and running Tesseract (bounded), the lines it gives;
* :mod:`.engine`: rendering pages, recognising them in parallel, hOCR lines in PDF points;
* :mod:`.image`: the page image read back: list labels the layout analysis dropped;
* :mod:`.pages`: which pages need OCR, recognised lines as text-layer lines, misread labels.

The PDF parser imports this package for every PDF, but most PDFs have no page that needs OCR:
the engine's names are imported when first used (PEP 562), not with the package (~20 ms of every
worker's and every CLI call's start-up).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reviewminer._lazy import lazy_attribute
from reviewminer.parsers.pdf.ocr.pages import (
    fix_label,
    fix_ocr_labels,
    is_ocr_layer,
    ocr_into_pages,
    pages_to_ocr,
)

if TYPE_CHECKING:
    from reviewminer.parsers.pdf.ocr.engine import (
        INSTALL_HINT,
        TESSERACT_ENV,
        OcrLine,
        OcrPageResult,
        find_tesseract,
        ocr_pages,
        parse_hocr,
    )

_ENGINE = "reviewminer.parsers.pdf.ocr.engine"
_LAZY = {name: _ENGINE for name in ("INSTALL_HINT", "TESSERACT_ENV", "OcrLine", "OcrPageResult",
                                    "find_tesseract", "ocr_pages", "parse_hocr")}

__all__ = ["INSTALL_HINT", "TESSERACT_ENV", "OcrLine", "OcrPageResult", "find_tesseract",
           "fix_label", "fix_ocr_labels", "is_ocr_layer", "ocr_into_pages", "ocr_pages",
           "pages_to_ocr", "parse_hocr"]


def __getattr__(name: str) -> Any:
    return lazy_attribute(__name__, _LAZY, globals(), name)
