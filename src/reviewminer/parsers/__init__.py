"""Format parsers behind one registry, dispatched by file content (not by the suffix).

* :mod:`reviewminer.parsers.base`: the :class:`Parser` protocol, :class:`Block`, :class:`RawDocument`.
* :mod:`reviewminer.parsers.registry`: :func:`register`, :func:`get_parser`, :func:`supported_suffixes`.
* :mod:`reviewminer.parsers.sniff`: content sniffing and the reasons a file cannot be read.
* One subpackage per format: :mod:`reviewminer.parsers.pdf`, :mod:`reviewminer.parsers.docx`;
  :mod:`reviewminer.parsers.legacy` reads .doc, .rtf and .odt through LibreOffice.

The built-in formats are registered here; :func:`parser_for` and :func:`parse` are the entry points.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reviewminer.parsers.base import Block, Parser, RawDocument
from reviewminer.parsers.options import OcrSettings, ParseOptions
from reviewminer.parsers.registry import (
    Registration,
    get_parser,
    register,
    registrations,
    supported_suffixes,
)
from reviewminer.parsers.sniff import (
    OLE_MAGIC,
    ZIP_MAGIC,
    detect_format,
    zip_member_text,
    zip_names,
)

__all__ = [
    "Block",
    "OcrSettings",
    "ParseOptions",
    "Parser",
    "RawDocument",
    "Registration",
    "detect_format",
    "get_parser",
    "parse",
    "parser_for",
    "register",
    "registrations",
    "supported_suffixes",
]


def _load_pdf() -> Parser:
    from reviewminer.parsers.pdf import PdfParser

    return PdfParser()


def _configure_pdf(options: ParseOptions) -> Parser:
    from reviewminer.parsers.pdf import PdfParser

    return PdfParser(ocr=options.ocr)


def _load_docx() -> Parser:
    from reviewminer.parsers.docx import DocxParser

    return DocxParser()


def _load_legacy(fmt: str) -> Callable[[], Parser]:
    def load() -> Parser:
        from reviewminer.parsers.legacy import LegacyParser

        return LegacyParser(fmt)

    return load


def _is_doc(head: bytes, path: Path) -> bool:
    from reviewminer.parsers.docx.ole import is_word_ole

    return head.startswith(OLE_MAGIC) and is_word_ole(path)


def _is_odt(head: bytes, path: Path) -> bool:
    return head.startswith(ZIP_MAGIC) and zip_member_text(path, "mimetype", 100).startswith(
        "application/vnd.oasis.opendocument.text")


register(Registration("pdf", (".pdf",), sniff=lambda head, path: b"%PDF-" in head, load=_load_pdf,
                      configure=_configure_pdf))
register(Registration(
    # .docm (macros are never run: only the XML parts are read) and .dotx (a template) are the
    # same package as a .docx
    "docx", (".docx", ".docm", ".dotx", ".dotm"),
    sniff=lambda head, path: head.startswith(ZIP_MAGIC) and "word/document.xml" in zip_names(path),
    load=_load_docx,
))
# Legacy formats: converted to .docx by LibreOffice (reviewminer.parsers.legacy)
register(Registration("doc", (".doc", ".dot"), sniff=_is_doc, load=_load_legacy("doc")))
register(Registration("rtf", (".rtf",), sniff=lambda head, path: head.lstrip().startswith(b"{\\rtf"),
                      load=_load_legacy("rtf")))
register(Registration("odt", (".odt", ".ott"), sniff=_is_odt, load=_load_legacy("odt")))


def parser_for(path: str | Path, options: ParseOptions | None = None) -> Parser:
    """The parser that reads ``path``, chosen by its content."""
    return get_parser(detect_format(Path(path)), options)


def parse(path: str | Path, options: ParseOptions | None = None) -> RawDocument:
    """Parse a supported file into a :class:`RawDocument` (``options``: OCR, ...)."""
    p = Path(path)
    return parser_for(p, options).parse(p)
