"""Recognising a file's format from its content, and explaining files no parser reads."""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path

from reviewminer.errors import (
    CorruptDocumentError,
    DocumentNotFoundError,
    DocumentTooLargeError,
    EmptyDocumentError,
    UnsupportedFormatError,
)
from reviewminer.parsers.registry import SNIFF_BYTES, format_for, supported_suffixes

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"


#: The most members a ZIP container may list before it is opened (see :func:`check_zip_directory`).
MAX_ZIP_ENTRIES = 10_000
_EOCD = b"PK\x05\x06"
_EOCD64_LOCATOR = b"PK\x06\x07"
_EOCD64 = b"PK\x06\x06"
_EOCD_SEARCH = 22 + 65535  # the end record plus the longest archive comment
_MAX_ENTRY_BYTES = 300  # directory bytes allowed per member (46 + a name of up to 254 bytes)


def _file_kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def _open_regular(path: Path) -> int:
    """An OS file descriptor of ``path`` opened for reading, refusing anything that is not a
    regular file *without blocking*: a named pipe is opened non-blocking and checked with fstat
    (a plain ``open`` of a FIFO waits forever for a writer)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError as e:
        raise DocumentNotFoundError(path, "file not found") from e
    except IsADirectoryError as e:
        raise UnsupportedFormatError(path, "is a directory, not a file") from e
    except OSError as e:
        try:  # a device or socket may refuse the open itself
            mode = os.stat(path).st_mode
        except OSError:
            mode = stat.S_IFREG
        if not stat.S_ISREG(mode):
            raise UnsupportedFormatError(path, f"{_file_kind(mode)}, not a regular file") from e
        raise CorruptDocumentError(path, f"cannot be read: {e.strerror or e}") from e
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise UnsupportedFormatError(path, f"{_file_kind(mode)}, not a regular file")
    return fd


def regular_file(path: Path) -> None:
    """Raise UnsupportedFormatError unless ``path`` is a regular file (pipes, devices, sockets
    and directories are refused without being read)."""
    os.close(_open_regular(path))


def read_head(path: Path) -> bytes:
    """The first bytes of a regular file, with open errors turned into reviewminer errors."""
    fd = _open_regular(path)
    try:
        with os.fdopen(fd, "rb") as fh:
            return fh.read(SNIFF_BYTES)
    except OSError as e:
        raise CorruptDocumentError(path, f"cannot be read: {e.strerror or e}") from e


def zip_directory_size(path: Path) -> tuple[int, int] | None:
    """(members, central directory bytes) a ZIP file's end record declares, read without
    loading the directory; None when there is no end record."""
    with open(path, "rb") as fh:
        size = fh.seek(0, os.SEEK_END)
        fh.seek(max(0, size - _EOCD_SEARCH))
        tail = fh.read()
        k = tail.rfind(_EOCD)
        if k < 0 or len(tail) < k + 22:
            return None
        count = int.from_bytes(tail[k + 10:k + 12], "little")
        cd_bytes = int.from_bytes(tail[k + 12:k + 16], "little")
        loc = k - 20
        if loc >= 0 and tail[loc:loc + 4] == _EOCD64_LOCATOR:
            # ZIP64: the figures are in the ZIP64 end record the locator points at
            fh.seek(int.from_bytes(tail[loc + 8:loc + 16], "little"))
            rec = fh.read(56)
            if rec[:4] == _EOCD64 and len(rec) == 56:
                count = max(count, int.from_bytes(rec[32:40], "little"))
                cd_bytes = max(cd_bytes, int.from_bytes(rec[40:48], "little"))
    return count, cd_bytes


def check_zip_directory(path: Path, max_entries: int = MAX_ZIP_ENTRIES) -> None:
    """DocumentTooLargeError if the ZIP container lists more than ``max_entries`` members, or
    its central directory is larger than that many members need (:mod:`zipfile` builds an
    object per member, trusting the directory's size, before any other limit applies)."""
    try:
        found = zip_directory_size(path)
    except OSError:
        return  # let the parser report the unreadable file
    if found is None:
        return
    count, cd_bytes = found
    if count > max_entries or cd_bytes > max_entries * _MAX_ENTRY_BYTES:
        raise DocumentTooLargeError(
            path, f"the ZIP container lists {count} members in {cd_bytes / 1e6:.1f} MB; the "
                  f"limit is {max_entries} members")


def zip_names(path: Path) -> set[str]:
    """Member names of a ZIP container; a damaged container is a corrupt document."""
    check_zip_directory(path)
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
        if path.suffix.lower() not in supported_suffixes():
            raise UnsupportedFormatError(path, unsupported_reason(path))  # empty, and no document
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
    raise UnsupportedFormatError(path, unsupported_reason(path))


_IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".gif"})


def unsupported_reason(path: Path) -> str:
    """Why a file of this kind is not read: what it is, and what reviewminer reads."""
    suffix = path.suffix.lower()
    reads = ", ".join(dict.fromkeys(supported_suffixes()))
    if suffix in _IMAGE_SUFFIXES:
        return (f"an image ({suffix}), not a document: put scanned pages in a PDF to have them "
                f"read by OCR; reviewminer reads {reads}")
    return f"unsupported file type {suffix or '(no suffix)'}: reviewminer reads {reads}"
