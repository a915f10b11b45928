"""OLE compound files: what a .docx that is not a ZIP usually is, and the reason to report."""

from __future__ import annotations

from pathlib import Path

from reviewminer.errors import EncryptedDocumentError, UnsupportedFormatError
from reviewminer.parsers.docx.settings import DocxSettings

# First bytes of an OLE compound file (a legacy .doc, or an encrypted OOXML package).
OLE_MAGIC = b"\xd0\xcf\x11\xe0"
# Encrypted OOXML packages keep the ZIP in an OLE stream of this name (stored in UTF-16).
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")


def ole_reason(path: Path, max_bytes: int | None = None) -> tuple[type[Exception], str]:
    """(error class, reason) for an OLE container: a password-protected .docx or a legacy .doc.

    Only the first ``max_bytes`` of the file are searched (default
    ``DocxSettings().max_ole_scan_bytes``).
    """
    if max_bytes is None:
        max_bytes = DocxSettings().max_ole_scan_bytes
    try:
        with open(path, "rb") as fh:
            data = fh.read(max_bytes)
    except OSError:
        data = b""
    if _ENCRYPTED_STREAM in data:
        return EncryptedDocumentError, "a password-protected (encrypted) Word document"
    return UnsupportedFormatError, "a legacy binary Word .doc (OLE) file, not a .docx"
