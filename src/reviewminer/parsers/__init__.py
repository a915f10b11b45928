"""Format parsers behind one registry, dispatched by file content (not by the suffix).

* :mod:`reviewminer.parsers.base`: the :class:`Parser` protocol, :class:`Block`, :class:`RawDocument`.
* :mod:`reviewminer.parsers.registry`: :func:`register`, :func:`get_parser`, :func:`supported_suffixes`.
* :mod:`reviewminer.parsers.sniff`: content sniffing and the reasons a file cannot be read.
* One subpackage per format: :mod:`reviewminer.parsers.pdf`, :mod:`reviewminer.parsers.docx`.

The built-in formats are registered here; :func:`parser_for` and :func:`parse` are the entry points.
"""

from __future__ import annotations

from pathlib import Path

from reviewminer.parsers.base import Block, Parser, RawDocument
from reviewminer.parsers.registry import (
    Registration,
    get_parser,
    register,
    registrations,
    supported_suffixes,
)
from reviewminer.parsers.sniff import ZIP_MAGIC, detect_format, zip_names

__all__ = [
    "Block",
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


def _load_docx() -> Parser:
    from reviewminer.parsers.docx import DocxParser

    return DocxParser()


register(Registration("pdf", (".pdf",), sniff=lambda head, path: b"%PDF-" in head, load=_load_pdf))
register(Registration(
    "docx", (".docx",),
    sniff=lambda head, path: head.startswith(ZIP_MAGIC) and "word/document.xml" in zip_names(path),
    load=_load_docx,
))


def parser_for(path: str | Path) -> Parser:
    """The parser that reads ``path``, chosen by its content."""
    return get_parser(detect_format(Path(path)))


def parse(path: str | Path) -> RawDocument:
    """Parse a supported file into a :class:`RawDocument`."""
    p = Path(path)
    return parser_for(p).parse(p)
