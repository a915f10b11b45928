"""Format parsers behind one interface, dispatched by file content (not only the suffix)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from reviewminer.errors import CorruptDocumentError, EmptyDocumentError, UnsupportedFormatError
from reviewminer.parsers.base import Block, Parser, RawDocument

__all__ = ["Block", "Parser", "RawDocument", "detect_format", "get_parser", "parse"]


def detect_format(path: Path) -> str:
    """Return "pdf" or "docx" from the file's first bytes; raise if it is neither."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(1024)
    except FileNotFoundError as e:
        raise UnsupportedFormatError(path, "file not found") from e
    except IsADirectoryError as e:
        raise UnsupportedFormatError(path, "is a directory, not a file") from e
    except OSError as e:
        raise CorruptDocumentError(path, f"cannot be read: {e.strerror or e}") from e
    if not head:
        raise EmptyDocumentError(path, "the file is empty (0 bytes)")
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as zf:
                names = set(zf.namelist())
        except zipfile.BadZipFile as e:
            raise CorruptDocumentError(path, "a damaged ZIP container (not a readable .docx)") from e
        if "word/document.xml" in names:
            return "docx"
        if "content.xml" in names:
            raise UnsupportedFormatError(path, "an OpenDocument file; save it as .docx or PDF")
        raise UnsupportedFormatError(path, "a ZIP file that is not a Word .docx document")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        # an OLE container: a password-protected .docx, or a legacy binary .doc
        from reviewminer.parsers.docx import _ole_reason

        error, reason = _ole_reason(path)
        if error is UnsupportedFormatError:
            reason += "; convert it to .docx or PDF"
        raise error(path, reason)
    if head.lstrip().startswith((b"{\\rtf",)):
        raise UnsupportedFormatError(path, "an RTF file; convert it to .docx or PDF")
    suffix = path.suffix.lower()
    if suffix in (".pdf", ".docx"):
        raise CorruptDocumentError(
            path, f"named {suffix} but its content is not a {suffix[1:].upper()} file"
        )
    raise UnsupportedFormatError(path, f"unsupported file type {suffix or '(no suffix)'}: "
                                       "reviewminer reads .pdf and .docx")


def get_parser(fmt: str) -> Parser:
    """The parser for a format name."""
    if fmt == "pdf":
        from reviewminer.parsers.pdf import PdfParser

        return PdfParser()
    if fmt == "docx":
        from reviewminer.parsers.docx import DocxParser

        return DocxParser()
    raise UnsupportedFormatError(None, f"no parser for format {fmt!r}; known: pdf, docx")


def parse(path: str | Path) -> RawDocument:
    """Parse a PDF or .docx file into a :class:`RawDocument`."""
    p = Path(path)
    return get_parser(detect_format(p)).parse(p)
