"""The results of a bulk run: :class:`Result` per input file, :class:`Corpus`, tidy tables.

Dedupe in the tables: the ``documents`` table has one row per *source* (the names of one content
share a ``document_id``); the sections, lines of enquiry, recommendations and parties of that
content appear once, under the alphabetically first of its names (:mod:`reviewminer.bulk.tables`
builds them).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reviewminer.bulk.store import DocumentRecord, Store, decompress_report
from reviewminer.bulk.tasks import make_error
from reviewminer.errors import ReviewMinerError

if TYPE_CHECKING:
    import pandas as pd

    from reviewminer.model import Report

__all__ = ["Corpus", "Result", "result_from_record", "results_frames"]


@dataclass(slots=True)
class Result:
    """The outcome for one input file: a report, or a failure with a code and a message."""

    source: str
    sha256: str | None
    ok: bool
    code: str | None = None
    reason: str | None = None
    page_count: int | None = None
    seconds: float | None = None
    cached: bool = False  # True when taken from the store instead of read in this run
    payload: bytes | None = field(default=None, repr=False)
    _report: Report | None = field(default=None, repr=False)
    extractor_version: str | None = field(default=None, repr=False)  # of a stored outcome

    @property
    def document_id(self) -> str | None:
        return self.sha256[:16] if self.sha256 else None

    @property
    def message(self) -> str | None:
        """The failure message, naming the file."""
        return None if self.ok else f"{self.source}: {self.reason}"

    @property
    def report(self) -> Report | None:
        """The :class:`Report` (decoded on first access), or None for a failure. Its ``source``
        is this input's path as given (as in the tables), also for a copy of a document that was
        read under another name."""
        if self._report is None and self.payload is not None:
            import dataclasses

            from reviewminer.model import Report

            report = Report.from_dict(json.loads(decompress_report(self.payload)))
            self._report = dataclasses.replace(report, source=self.source)
        return self._report

    @property
    def error(self) -> ReviewMinerError | None:
        """The failure as an exception (not raised), or None."""
        if self.ok:
            return None
        return make_error(self.source, self.code or "error", self.reason or "failed")


def results_frames(results: Sequence[Result], *, store: Store | None = None
                   ) -> dict[str, pd.DataFrame]:
    """Typed DataFrames (``export.COLUMNS``, the corpus tables and ``failures``) for a list of
    results; with the ``store`` the results come from, the rows kept there are used (and the
    rows built now are kept): see :mod:`reviewminer.bulk.tables`."""
    from reviewminer.bulk.tables import results_tables

    return results_tables(results, store)


class Corpus:
    """The results of :func:`read_many`: reports, failures and tidy tables.

    Iterating a Corpus yields :class:`Result` s in the order they finished (cached ones first).
    ``to_frames()`` gives the same tables as :meth:`Report.to_frames`, for every document;
    ``documents`` and ``failures`` are DataFrames.
    """

    def __init__(self, results: Iterable[Result]) -> None:
        self.results: list[Result] = list(results)
        self._frames: dict[str, pd.DataFrame] | None = None

    def __iter__(self) -> Iterator[Result]:
        return iter(self.results)

    def __len__(self) -> int:
        return len(self.results)

    def __repr__(self) -> str:
        n_ok = sum(r.ok for r in self.results)
        return f"<Corpus {n_ok} read, {len(self.results) - n_ok} failed>"

    def _repr_html_(self) -> str:
        """The corpus in a notebook: counts, and the failures when there are any."""
        from html import escape

        n_ok = sum(r.ok for r in self.results)
        text = (f"<p><b>reviewminer Corpus</b>: {n_ok} document(s) read, "
                f"{len(self.results) - n_ok} failed</p>")
        failed = [r for r in self.results if not r.ok][:20]
        if failed:
            text += "<ul>" + "".join(f"<li>{escape(r.source)}: {escape(r.code or '')}</li>"
                                     for r in failed) + "</ul>"
        return text

    def report(self, document_id: str) -> Report:
        """The report of one document, by its ``document_id`` (the tables' first column).

        Raises:
            KeyError: no document of the corpus has that id.
        """
        for r in self.results:
            if r.ok and r.document_id == document_id:
                report = r.report
                assert report is not None
                return report
        raise KeyError(f"no document {document_id!r} in this corpus")

    def source_text(self, row: Mapping[str, Any]) -> str:
        """The exact document text behind a table row (any table with ``document_id`` and
        ``char_start``/``char_end``)."""
        report = self.report(str(row["document_id"]))
        return report.text[int(row["char_start"]):int(row["char_end"])]

    @property
    def reports(self) -> list[Report]:
        """One Report per distinct document content that was read, in source order."""
        seen: set[str] = set()
        out: list[Report] = []
        for r in sorted(self.results, key=lambda r: r.source):
            if r.ok and r.sha256 not in seen and r.report is not None:
                seen.add(r.sha256 or "")
                out.append(r.report)
        return out

    def _all_frames(self) -> dict[str, pd.DataFrame]:
        if self._frames is None:
            self._frames = results_frames(self.results)
        return self._frames

    def to_frames(self) -> dict[str, pd.DataFrame]:
        """``documents``, ``sections``, ``lines_of_enquiry``, ``recommendations``, ``parties``,
        ``action_plan``, ``responses``, and across documents ``links`` and ``follow_up``
        (:mod:`reviewminer.link`)."""
        from reviewminer.export import TABLES
        from reviewminer.export.columns import CORPUS_SPEC

        frames = self._all_frames()
        return {t: frames[t].copy() for t in (*TABLES, *(c.name for c in CORPUS_SPEC))}

    @property
    def documents(self) -> pd.DataFrame:
        """One row per input file read (duplicates of one content share a ``document_id``)."""
        frame: pd.DataFrame = self._all_frames()["documents"].copy()
        return frame

    @property
    def failures(self) -> pd.DataFrame:
        """One row per input file that failed: ``source``, ``code``, ``message``."""
        frame: pd.DataFrame = self._all_frames()["failures"].copy()
        return frame

    def write(self, out_dir: str | os.PathLike[str], *,
              formats: str | Sequence[str] = ("csv",), csv_safe: bool = True) -> list[Path]:
        """Write every table and ``failures`` to ``out_dir`` as one set, switched in together
        (see ``export.writers``); ``csv_safe`` neutralises CSV text cells that a spreadsheet
        would run as formulas (a leading ``'``, default on).

        Example:
            >>> corpus.write("out/", formats="csv,xlsx")  # doctest: +SKIP
        """
        from reviewminer.export import write_tables

        return write_tables(self._all_frames(), out_dir, formats=formats, csv_safe=csv_safe)


def result_from_record(source: str, rec: DocumentRecord, *, cached: bool) -> Result:
    """The :class:`Result` of one source whose content has a stored outcome."""
    return Result(source, rec.sha256, rec.ok, rec.code, rec.reason, rec.page_count, rec.seconds,
                  cached, rec.report, extractor_version=rec.extractor_version)
