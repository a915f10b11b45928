"""The results of a bulk run: :class:`Result` per input file, :class:`Corpus`, tidy tables.

Dedupe in the tables: the ``documents`` table has one row per *source* (the names of one content
share a ``document_id``); the sections, lines of enquiry, recommendations and parties of that
content appear once, under the alphabetically first of its names.

Tables of a stored run: the rows of each document's tables are kept in the store
(:meth:`reviewminer.bulk.store.Store.table_rows`, under the fingerprint of the spec and the
records), so an export rebuilt from the store (``reviewminer extract --resume``) neither decodes the
reports nor builds their rows again; the ``links`` and ``follow_up`` tables are computed from the
rows (:func:`reviewminer.link.docs_from_cells`), and kept in the store too: an export of exactly
the same documents (nothing new read) takes them from there.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reviewminer.bulk.store import DocumentRecord, Store, decompress_report
from reviewminer.bulk.tasks import make_error
from reviewminer.errors import ReviewMinerError, StoreError

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


Rows = dict[str, list[Sequence[Any]]]
"""Table name → rows, each a sequence of cells in column order."""


def _rows(cells: Mapping[str, Sequence[Sequence[Any]]]) -> Rows:
    return {table: list(rows) for table, rows in cells.items()}


def _encode(cells: Mapping[str, Sequence[Sequence[Any]]]) -> bytes:
    return zlib.compress(json.dumps(cells, ensure_ascii=False, separators=(",", ":"))
                         .encode("utf-8"), 1)


def _decode(blob: bytes) -> Rows:
    rows: Rows = json.loads(zlib.decompress(blob))
    return rows


class _RowCache:
    """The table rows kept in a store, by (content, extractor version); rows built now are
    added when the tables are done (a store that cannot be written is left as it is)."""

    def __init__(self, store: Store | None) -> None:
        from reviewminer.export.rows import rows_fingerprint

        self._store = store
        self._fingerprint = rows_fingerprint()
        self._kept = store.table_rows(self._fingerprint) if store is not None else {}
        self._new: list[tuple[str, str, bytes]] = []

    def rows(self, group: Sequence[Result]) -> Rows | None:
        """The rows of a content (its results in source order), or None when it has no report."""
        from reviewminer.export.rows import report_cells

        first = group[0]
        key = (first.sha256 or "", first.extractor_version or "")
        blob = self._kept.get(key)
        if blob is not None:
            return _decode(blob)
        report = next((r.report for r in group if r.payload is not None or r._report is not None),
                      None)
        if report is None:  # pragma: no cover
            return None
        cells = _rows(report_cells(report))
        if self._store is not None and first.extractor_version:
            self._new.append((*key, _encode(cells)))
        return cells

    def save(self) -> None:
        if self._store is not None and self._new:
            with contextlib.suppress(StoreError):  # only a cache: built again next time
                self._store.put_table_rows(self._fingerprint, self._new)

    def corpus(self, groups: Sequence[Sequence[Result]], rows: Rows) -> Rows:
        """The rows of the corpus tables (links, follow_up) of these contents: kept in the
        store from the last export when the contents and the code are the same, else built
        from ``rows`` (and kept)."""
        from reviewminer.link import corpus_cells, docs_from_cells, link_fingerprint

        if self._store is None:
            return _rows(corpus_cells(docs_from_cells(rows)))
        digest = hashlib.sha256(f"{self._fingerprint}/{link_fingerprint()}".encode())
        for group in groups:
            digest.update(f"\0{group[0].sha256}\0{group[0].extractor_version}\0"
                          .encode("utf-8", "surrogateescape"))
            digest.update(group[0].source.encode("utf-8", "surrogateescape"))
        key = digest.hexdigest()
        blob = self._store.corpus_rows(key)
        if blob is not None:
            return _decode(blob)
        cells = _rows(corpus_cells(docs_from_cells(rows)))
        with contextlib.suppress(StoreError):  # only a cache
            self._store.put_corpus_rows(key, _encode(cells))
        return cells


def _result_cells(results: Sequence[Result], store: Store | None = None) -> tuple[Rows, Rows]:
    """Table rows (cells) for results: documents per source, extraction rows once per content;
    the corpus tables and the failures table."""
    from reviewminer.export import TABLES
    from reviewminer.export.columns import FAILURES, Context
    from reviewminer.export.rows import table_cells

    rows: Rows = {t: [] for t in TABLES}
    by_sha: dict[str, list[Result]] = {}
    ordered = sorted(results, key=lambda r: r.source)
    for r in ordered:
        if r.ok and r.sha256:
            by_sha.setdefault(r.sha256, []).append(r)
    cache = _RowCache(store)
    groups = sorted(by_sha.values(), key=lambda g: g[0].source)
    for group in groups:
        cells = cache.rows(group)
        if cells is None:  # pragma: no cover
            continue
        canonical = group[0].source
        doc_row = cells["documents"][0]
        rows["documents"] += [(doc_row[0], r.source, *doc_row[2:]) for r in group]
        for table, trs in cells.items():
            if table != "documents":
                rows[table] += [(row[0], canonical, *row[2:]) for row in trs]
    cache.save()
    others = cache.corpus(groups, rows)
    others["failures"] = list(table_cells(FAILURES, (Context(failure=r) for r in ordered
                                                     if not r.ok)))
    return rows, others


def results_frames(results: Sequence[Result], *, store: Store | None = None
                   ) -> dict[str, pd.DataFrame]:
    """Typed DataFrames (``export.COLUMNS``, the corpus tables and ``failures``) for a list of
    results; with the ``store`` the results come from, the rows kept there are used (and the
    rows built now are kept)."""
    from reviewminer.export.columns import CORPUS_SPEC, FAILURES
    from reviewminer.export.frames import frames_from_cells
    from reviewminer.export.schema import typed_frame

    rows, others = _result_cells(results, store)
    frames = frames_from_cells(rows)
    frames.update({t.name: typed_frame(t, others[t.name]) for t in (*CORPUS_SPEC, FAILURES)})
    return frames


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
