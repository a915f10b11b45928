"""The small types shared by every part of a bulk run: tasks, outcomes, failure codes."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from reviewminer.bulk.settings import DEFAULT_PROCESSOR, PROCESSOR_ENV
from reviewminer.errors import (
    CorruptDocumentError,
    DocumentTimeoutError,
    DocumentTooLargeError,
    EmptyDocumentError,
    EncryptedDocumentError,
    NoTextLayerError,
    ReviewMinerError,
    UnsupportedFormatError,
)

__all__ = [
    "FAILURE_COLUMNS",
    "DocumentFailedError",
    "Outcome",
    "Task",
    "extractor_key",
    "make_error",
    "processor_name",
]

#: Columns of the ``failures`` table.
FAILURE_COLUMNS: tuple[str, ...] = ("source", "code", "message")


@dataclass(slots=True)
class Task:
    """One document content to read."""

    key: str  # e.g. the content sha256
    path: str
    size: int = 0


@dataclass(slots=True)
class Outcome:
    """What happened to one task."""

    status: str  # "ok" | "failed"
    code: str | None = None
    reason: str | None = None
    payload: bytes | None = None  # zlib-compressed report JSON
    page_count: int | None = None
    seconds: float | None = None
    max_rss_kb: int | None = None

    @property
    def ok(self) -> bool:
        return self.status == "ok"


class DocumentFailedError(ReviewMinerError):
    """A document failed for a reason found by the batch machinery (crash, worker error).

    ``code`` is set per instance: ``crashed`` (the worker process died), ``error`` (an unexpected
    exception in the extractor), ``not_found`` or ``unreadable`` (the file could not be opened).
    """

    def __init__(self, source: str | Path | None, reason: str, *, code: str = "error") -> None:
        super().__init__(source, reason)
        self.code = code


_ERROR_CLASSES: dict[str, type[ReviewMinerError]] = {
    cls.code: cls
    for cls in (
        UnsupportedFormatError, EncryptedDocumentError, CorruptDocumentError, EmptyDocumentError,
        NoTextLayerError, DocumentTooLargeError, DocumentTimeoutError,
    )
}


def make_error(source: str, code: str, reason: str) -> ReviewMinerError:
    """The :class:`ReviewMinerError` subclass for a failure code."""
    cls = _ERROR_CLASSES.get(code)
    if cls is None:
        return DocumentFailedError(source, reason, code=code)
    return cls(source, reason)


def processor_name(processor: str | None = None) -> str:
    """The processor to run: the one given, else ``$REVIEWMINER_TEST_PROCESSOR``, else the reader."""
    return processor or os.environ.get(PROCESSOR_ENV) or DEFAULT_PROCESSOR


def extractor_key(processor: str | None = None) -> str:
    """The extractor version under which results are stored.

    The extractor version (package version and rule-file fingerprint), plus the processor name
    when a non-default processor is used, so test or custom processors never share results with
    the real extractor.
    """
    from reviewminer.rules import extractor_version

    if processor is None or processor == DEFAULT_PROCESSOR:
        return extractor_version()
    return f"{extractor_version()}+{processor}"
