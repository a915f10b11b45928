"""Exceptions raised by reviewminer.

Every error names the file it concerns and the reason, and carries a short machine-readable
``code`` used in ``failures.csv``. All derive from :class:`ReviewMinerError`.
"""

from __future__ import annotations

from pathlib import Path


class ReviewMinerError(Exception):
    """Base class of every reviewminer error."""

    code = "error"

    def __init__(self, source: str | Path | None, reason: str) -> None:
        self.source = str(source) if source is not None else None
        self.reason = reason
        where = f"{self.source}: " if self.source else ""
        super().__init__(f"{where}{reason}")


class UnsupportedFormatError(ReviewMinerError, ValueError):
    """The file is not a PDF or a .docx (judged by its content, not only its name)."""

    code = "unsupported_format"


class EncryptedDocumentError(ReviewMinerError):
    """The document is password-protected and cannot be read."""

    code = "encrypted"


class CorruptDocumentError(ReviewMinerError):
    """The file is damaged or truncated and its parser cannot open it."""

    code = "corrupt"


class EmptyDocumentError(ReviewMinerError):
    """The file has no pages or no content at all."""

    code = "empty"


class NoTextLayerError(ReviewMinerError):
    """A PDF whose pages carry no extractable text (a scan); it needs OCR first."""

    code = "no_text_layer"


class DocumentTooLargeError(ReviewMinerError):
    """The document exceeds the configured size limits."""

    code = "too_large"


class DocumentTimeoutError(ReviewMinerError):
    """Processing the document took longer than the per-document time limit."""

    code = "timeout"


class RuleFileError(ReviewMinerError, ValueError):
    """A rule file is malformed (names the file and the entry)."""

    code = "rule_file"


class StoreError(ReviewMinerError, ValueError):
    """A batch run's result store cannot be opened or written (not a reviewminer store, an
    unsupported schema, a read-only or full disk); names the store file. A ValueError, as an
    unsupported store schema always was."""

    code = "store"


class NeedsLibreOfficeError(ReviewMinerError):
    """A legacy format (.doc, .rtf, .odt) needs LibreOffice, which is not installed."""

    code = "needs_libreoffice"


class NeedsOcrError(ReviewMinerError):
    """Pages without a usable text layer need OCR (Tesseract), which is not installed."""

    code = "needs_ocr"


class UndecodableTextError(NoTextLayerError):
    """A PDF whose text layer exists but cannot be read as text on any page: its fonts map the
    glyphs to no or to meaningless characters (no ToUnicode, a symbolic or custom encoding), or
    its text runs in no single direction. Like a scan, it needs OCR of the rendered pages."""

    code = "undecodable_text"


class DocumentNotFoundError(ReviewMinerError, FileNotFoundError):
    """The file does not exist (also a :class:`FileNotFoundError`)."""

    code = "not_found"
