"""Recognising a file's format from its content, and explaining files no parser reads."""

from __future__ import annotations

import zipfile
from pathlib import Path

from reviewminer.errors import CorruptDocumentError, EmptyDocumentError, UnsupportedFormatError
from reviewminer.parsers.registry import SNIFF_BYTES, format_for, supported_suffixes

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"


def read_head(path: Path) -> bytes:
    """The first bytes of a file, with open errors turned into reviewminer errors."""
    try:
        with open(path, "rb") as fh:
            return fh.read(SNIFF_BYTES)
    except FileNotFoundError as e:
        raise UnsupportedFormatError(path, "file not found") from e
    except IsADirectoryError as e:
        raise UnsupportedFormatError(path, "is a directory, not a file") from e
    except OSError as e:
        raise CorruptDocumentError(path, f"cannot be read: {e.strerror or e}") from e


def zip_names(path: Path) -> set[str]:
    """Member names of a ZIP container; a damaged container is a corrupt document."""
    try:
        with zipfile.ZipFile(path) as zf:
            return set(zf.namelist())
    except zipfile.BadZipFile as e:
        raise CorruptDocumentError(path, "a damaged ZIP container (not a readable .docx)") from e


def zip_member_text(path: Path, name: str, max_bytes: int) -> str:
    """The first ``max_bytes`` of one member of a ZIP container as text ('' when absent)."""
    try:
        with zipfile.ZipFile(path) as zf, zf.open(name) as fh:
            return fh.read(max_bytes).decode("ascii", "replace")
    except (KeyError, zipfile.BadZipFile, OSError, RuntimeError):
        return ""


def detect_format(path: Path) -> str:
    """The registered format of ``path`` judged by content; raise a clear error if none reads it."""
    head = read_head(path)
    if not head:
        raise EmptyDocumentError(path, "the file is empty (0 bytes)")
    fmt = format_for(head, path)
    if fmt is None:
        explain_unreadable(head, path)
    assert fmt is not None
    return fmt


def explain_unreadable(head: bytes, path: Path) -> None:
    """Raise the error that says why no registered parser reads this file."""
    if head.startswith(ZIP_MAGIC):
        if "content.xml" in zip_names(path):
            raise UnsupportedFormatError(path, "an OpenDocument file that is not a text document "
                                               "(a spreadsheet or presentation)")
        raise UnsupportedFormatError(path, "a ZIP file that is not a Word .docx document")
    if head.startswith(OLE_MAGIC):
        # an OLE container no parser reads: a password-protected .docx, or another Office file
        from reviewminer.parsers.docx import ole_reason

        error, reason = ole_reason(path)
        raise error(path, reason)
    suffix = path.suffix.lower()
    if suffix in supported_suffixes():
        raise CorruptDocumentError(
            path, f"named {suffix} but its content is not a {suffix[1:].upper()} file"
        )
    raise UnsupportedFormatError(path, f"unsupported file type {suffix or '(no suffix)'}: "
                                       "reviewminer reads .pdf, .docx, .doc, .rtf and .odt")
