"""The tables of a set of results (``Corpus.to_frames()``, ``reviewminer extract``).

* **Dedupe.** The ``documents`` table has one row per *source* (the names of one content share a
  ``document_id``); the sections, lines of enquiry, recommendations, parties, action-plan rows and
  responses of that content appear once, under the alphabetically first of its names.
* **Rows kept in the store.** With the run's store, the rows of each content's tables are kept
  there (:meth:`reviewminer.bulk.store.Store.table_rows`, column by column, under the
  fingerprint of the code that built them and of this module), so exporting again (``reviewminer extract
  --resume``) decodes no report and builds no row: the columns of every content are joined and
  typed (:func:`reviewminer.export.schema.typed_columns`).
* **Across documents.** ``links`` and ``follow_up`` are computed from the rows
  (:func:`reviewminer.link.docs_from_columns`) and kept in the store under a key naming every
  content, its first source and the code: an export of exactly the same documents (nothing new
  read) takes them from there.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import zlib
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reviewminer.errors import StoreError
from reviewminer.export.textsafe import printable

if TYPE_CHECKING:
    import pandas as pd

    from reviewminer.bulk.corpus import Result
    from reviewminer.bulk.store import Store
    from reviewminer.export.columns import Table
    from reviewminer.export.tabledata import TableData
    from reviewminer.model import Report

__all__ = ["Columns", "content_rows", "result_columns", "results_data", "results_tables"]

Columns = dict[str, list[list[Any]]]
"""Table name → its columns (lists of cells), in the spec's column order."""

_SOURCE = 1  # the ``source`` column of every table of the spec (after ``document_id``)


def _transposed(table: Table, rows: Sequence[Sequence[Any]]) -> list[list[Any]]:
    return [list(c) for c in zip(*rows, strict=True)] if rows else [[] for _ in table.columns]


def _columns(cells: Mapping[str, Sequence[Sequence[Any]]]) -> Columns:
    """Rows of cells per table → columns per table."""
    from reviewminer.export.columns import table_spec

    out: Columns = {}
    for name, rows in cells.items():
        spec = table_spec(name)
        assert spec is not None
        out[name] = _transposed(spec, rows)
    return out


@lru_cache(maxsize=1)
def _fingerprint() -> str:
    """What the kept rows are made with: the rows' code and this module (their layout)."""
    from reviewminer.export.rows import rows_fingerprint

    digest = hashlib.sha256(rows_fingerprint().encode())
    with contextlib.suppress(OSError):  # an install without sources: the rows' fingerprint
        digest.update(Path(__file__).read_bytes())
    return digest.hexdigest()[:16]


def _encode(columns: Columns) -> bytes:
    return zlib.compress(json.dumps(columns, ensure_ascii=False, separators=(",", ":"))
                         .encode("utf-8"), 1)


def _decode(blob: bytes) -> Columns:
    columns: Columns = json.loads(zlib.decompress(blob))
    return columns


def content_rows(report: Report) -> tuple[str, bytes]:
    """The rows of one report's tables as a store keeps them: (fingerprint, blob). A worker process
    builds them as it reads the document (the run stores them with its outcome), so the export at
    the end of the run decodes no report and builds no row of its own."""
    from reviewminer.export.rows import report_cells

    return _fingerprint(), _encode(_columns(report_cells(report)))


class _Kept:
    """The rows kept in a store (none without one); rows built now are added by :meth:`save`
    (a store that cannot be written is left as it is: the rows are only a cache)."""

    def __init__(self, store: Store | None) -> None:
        self._store = store
        self._fingerprint = _fingerprint()
        self._kept = store.table_rows(self._fingerprint) if store is not None else {}
        self._new: list[tuple[str, str, bytes]] = []

    def content(self, group: Sequence[Result]) -> Columns | None:
        """The columns of a content's tables (its results in source order); None without a
        report."""
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
        columns = _columns(report_cells(report))
        if self._store is not None and first.extractor_version:
            self._new.append((*key, _encode(columns)))
        return columns

    def save(self) -> None:
        if self._store is not None and self._new:
            with contextlib.suppress(StoreError):
                self._store.put_table_rows(self._fingerprint, self._new)

    def corpus(self, groups: Sequence[Sequence[Result]], columns: Columns) -> Columns:
        """The columns of ``links`` and ``follow_up`` for these contents (see the module)."""
        from reviewminer.link import corpus_cells, docs_from_columns, link_fingerprint

        if self._store is None:
            return _columns(corpus_cells(docs_from_columns(columns)))
        digest = hashlib.sha256(f"{self._fingerprint}/{link_fingerprint()}".encode())
        for group in groups:
            first = group[0]
            digest.update(f"\0{first.sha256}\0{first.extractor_version}\0{first.source}"
                          .encode("utf-8", "surrogateescape"))
        key = digest.hexdigest()
        blob = self._store.corpus_rows(key)
        if blob is not None:
            return _decode(blob)
        out = _columns(corpus_cells(docs_from_columns(columns)))
        with contextlib.suppress(StoreError):
            self._store.put_corpus_rows(key, _encode(out))
        return out


def _add(into: list[list[Any]], columns: list[list[Any]], source: str) -> None:
    """Append a content's rows (``columns``) to ``into``, under ``source``."""
    n = len(columns[0])
    for i, (target, values) in enumerate(zip(into, columns, strict=True)):
        target.extend([source] * n if i == _SOURCE else values)


def _groups(results: Sequence[Result]) -> list[list[Result]]:
    """The results read, one group per content (each in source order), in source order."""
    by_sha: dict[str, list[Result]] = {}
    for r in sorted(results, key=lambda r: r.source):
        if r.ok and r.sha256:
            by_sha.setdefault(r.sha256, []).append(r)
    return sorted(by_sha.values(), key=lambda g: g[0].source)


def result_columns(results: Sequence[Result], store: Store | None = None) -> Columns:
    """The columns of every table (``SPEC``, the corpus tables and ``failures``) of ``results``."""
    from reviewminer.export.columns import FAILURES, SPEC, Context
    from reviewminer.export.rows import table_cells

    out: Columns = {t.name: [[] for _ in t.columns] for t in SPEC}
    kept = _Kept(store)
    groups = _groups(results)
    for group in groups:
        content = kept.content(group)
        if content is None:  # pragma: no cover
            continue
        for r in group:  # a documents row per source (a name that is not UTF-8 as \xNN)
            _add(out["documents"], content["documents"], printable(r.source))
        for table, columns in content.items():
            if table != "documents":
                _add(out[table], columns, printable(group[0].source))
    kept.save()
    out.update(kept.corpus(groups, out))
    failed = sorted((r for r in results if not r.ok), key=lambda r: r.source)
    out["failures"] = _transposed(FAILURES, table_cells(FAILURES, (Context(failure=r)
                                                                    for r in failed)))
    return out


def results_data(results: Sequence[Result], store: Store | None = None) -> dict[str, TableData]:
    """Every table of ``results`` as columns of cells (see the module): what ``reviewminer
    extract`` writes (CSV without pandas)."""
    from reviewminer.export.columns import ALL_SPEC
    from reviewminer.export.tabledata import TableData

    columns = result_columns(results, store)
    return {t.name: TableData(t, columns[t.name]) for t in ALL_SPEC}


def results_tables(results: Sequence[Result], store: Store | None = None
                   ) -> dict[str, pd.DataFrame]:
    """Typed DataFrames of every table of ``results`` (see the module)."""
    return {name: data.frame() for name, data in results_data(results, store).items()}
