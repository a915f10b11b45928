"""OLE compound files: what a .docx that is not a ZIP usually is, and the reason to report."""

from __future__ import annotations

from pathlib import Path

from reviewminer.errors import EncryptedDocumentError, UnsupportedFormatError
from reviewminer.parsers.docx.settings import DocxSettings

# First bytes of an OLE compound file (a legacy .doc, or an encrypted OOXML package).
OLE_MAGIC = b"\xd0\xcf\x11\xe0"
# Encrypted OOXML packages keep the ZIP in an OLE stream of this name (stored in UTF-16).
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
# A Word 97-2003 document keeps its text in an OLE stream of this name.
_WORD_STREAM = "WordDocument".encode("utf-16-le")


def _scan(path: Path, max_bytes: int | None) -> bytes:
    if max_bytes is None:
        max_bytes = DocxSettings().max_ole_scan_bytes
    try:
        with open(path, "rb") as fh:
            return fh.read(max_bytes)
    except OSError:
        return b""


def is_word_ole(path: Path, max_bytes: int | None = None) -> bool:
    """Whether an OLE container is a Word 97-2003 document (not encrypted OOXML, not Excel)."""
    data = _scan(path, max_bytes)
    return _WORD_STREAM in data and _ENCRYPTED_STREAM not in data


def ole_reason(path: Path, max_bytes: int | None = None) -> tuple[type[Exception], str]:
    """(error class, reason) for an OLE container no parser reads: a password-protected .docx,
    or another Office file (a spreadsheet, a presentation, an e-mail).

    Only the first ``max_bytes`` of the file are searched (default
    ``DocxSettings().max_ole_scan_bytes``).
    """
    data = _scan(path, max_bytes)
    if _ENCRYPTED_STREAM in data:
        return EncryptedDocumentError, "a password-protected (encrypted) Word document"
    if _WORD_STREAM in data:
        return UnsupportedFormatError, "a legacy binary Word .doc (OLE) file, not a .docx"
    return UnsupportedFormatError, "an Office (OLE) file that is not a Word document"
