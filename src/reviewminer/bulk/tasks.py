"""The small types shared by every part of a bulk run: tasks, outcomes, failure codes."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeAlias

from reviewminer.bulk.settings import DEFAULT_PROCESSOR, PROCESSOR_ENV
from reviewminer.errors import ReviewMinerError
from reviewminer.export.columns import FAILURES

__all__ = [
    "FAILURE_COLUMNS",
    "DocumentFailedError",
    "Outcome",
    "Task",
    "WorkerRules",
    "extractor_key",
    "make_error",
    "processor_name",
    "rules_for_workers",
]

#: Rules as they travel to a worker process: None (the shipped rules), an absolute path of a
#: rules folder or file, or a dict of overlays (see :func:`reviewminer.rules.load_rules`).
WorkerRules: TypeAlias = str | dict[str, Any] | None

#: Columns of the ``failures`` table (from its spec, :data:`reviewminer.export.columns.FAILURES`).
FAILURE_COLUMNS: tuple[str, ...] = FAILURES.names


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
    ocr_pages: int = 0  # pages read by OCR
    warnings: tuple[str, ...] = ()  # the report's warnings (e.g. "no recommendations found")
    # the report's table rows as a store keeps them (fingerprint, blob), built by the worker
    # (see reviewminer.bulk.tables.content_rows); None: the export builds them
    rows: tuple[str, bytes] | None = None

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


def _error_classes() -> dict[str, type[ReviewMinerError]]:
    """Every error class of :mod:`reviewminer.errors` by its code (a worker's failure is raised
    again in the parent as the class it was)."""
    import reviewminer.errors as errors

    found = [v for v in vars(errors).values() if isinstance(v, type)
             and issubclass(v, ReviewMinerError) and v is not ReviewMinerError]
    return {cls.code: cls for cls in found}


_ERROR_CLASSES = _error_classes()


def make_error(source: str, code: str, reason: str) -> ReviewMinerError:
    """The :class:`ReviewMinerError` subclass for a failure code."""
    cls = _ERROR_CLASSES.get(code)
    if cls is None:
        return DocumentFailedError(source, reason, code=code)
    return cls(source, reason)


def processor_name(processor: str | None = None) -> str:
    """The processor to run: the one given, else ``$REVIEWMINER_TEST_PROCESSOR``, else the reader."""
    return processor or os.environ.get(PROCESSOR_ENV) or DEFAULT_PROCESSOR


def rules_for_workers(rules: str | os.PathLike[str] | Mapping[str, Any] | None) -> WorkerRules:
    """Check the rules a run was given (a clear :class:`RuleFileError` now, not in every worker)
    and return them in the form sent to worker processes: an absolute path or a plain dict."""
    if rules is None or (isinstance(rules, str) and rules == "default"):
        return None  # (the rules package is not imported: the main process may never need it)
    from reviewminer.rules import Rules, load_rules

    if isinstance(rules, Rules):
        raise TypeError("a bulk run takes rules as a path or a dict of overlays (worker processes "
                        "load them), not a Rules object")
    if isinstance(rules, Mapping):
        load_rules(rules)
        return dict(rules)
    path = os.path.abspath(os.fspath(rules))
    load_rules(path)
    return path


def extractor_key(processor: str | None = None, rules: WorkerRules = None,
                  ocr: str = "auto") -> str:
    """The extractor version under which results are stored.

    The extractor version (package version and the fingerprint of the rules in use), plus the
    OCR mode when it is not ``auto`` and the processor name when a non-default processor is
    used, so test or custom processors, other rules and other OCR modes never share results with
    the real extractor and the shipped rules.
    """
    from reviewminer.rules import extractor_version, load_rules

    version = extractor_version(None if rules is None else load_rules(rules))
    if ocr != "auto":
        version = f"{version}+ocr-{ocr}"
    if processor is None or processor == DEFAULT_PROCESSOR:
        return version
    return f"{version}+{processor}"
