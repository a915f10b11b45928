"""An embedded SQLite store of batch results, so that a run can be resumed.

The store keeps one row per *document content* and extractor version, and one row per
*source path*:

* ``documents(sha256, extractor_version)``: the outcome of reading that content, either
  ``status = "ok"`` with the report JSON (``Report.to_dict()``, zlib-compressed) or
  ``status = "failed"`` with the failure ``code`` and ``reason``. Identical files under two names
  share one row, so they are read once.
* ``sources(path)``: every input file of the job (absolute path), the name it was given as
  (``source``), its content hash, size and mtime (so a resumed run does not hash it again), or a
  source-level failure (``not_found``, ``unreadable``) when it could not be hashed.
* ``table_rows(sha256, extractor_version)``: a cache of the rows of that content's tables
  (zlib-compressed JSON, :mod:`reviewminer.bulk.tables`) under the ``fingerprint`` of the code that
  built them, so exporting needs no report decoded; written with the document's outcome (built by
  the worker that read it) or else by the first export of the document, replaced or dropped when
  the document is stored again. Stores without it gain it when opened.
* ``corpus_rows(key)``: the rows of the tables across documents (``links``, ``follow_up``) of the
  last export, under a key naming every document and the code that built them; used only when an
  export has exactly the same documents (nothing new was read).

Every document is committed on its own transaction in WAL mode, so killing a run at any moment
(even with SIGKILL) loses at most the documents that were being read; a resumed run reads only
what has no row yet. Only the parent process writes; workers never touch the store.

Paths are stored exactly: a path that is not valid UTF-8 (a file name in another encoding, held by
Python with ``surrogateescape``) is stored as its raw bytes (a BLOB) and read back as the same
``str``, so a resumed run opens the same file; every other text (failure reasons) is stored with
:func:`reviewminer.export.textsafe.printable`. A file that is not a reviewminer store raises
:class:`reviewminer.errors.StoreError` naming it.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import os
import sqlite3
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reviewminer.errors import StoreError
from reviewminer.export.textsafe import has_surrogates, printable

STORE_FILENAME = "reviewminer.sqlite"
STORE_SCHEMA = "1"
#: Seconds SQLite waits for a lock held by another connection before giving up.
BUSY_TIMEOUT = 30.0

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
    sha256 TEXT NOT NULL,
    extractor_version TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
    code TEXT,
    reason TEXT,
    source TEXT,
    page_count INTEGER,
    seconds REAL,
    max_rss_kb INTEGER,
    report BLOB,
    created_at TEXT NOT NULL,
    PRIMARY KEY (sha256, extractor_version)
);
CREATE TABLE IF NOT EXISTS table_rows (
    sha256 TEXT NOT NULL,
    extractor_version TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    rows BLOB NOT NULL,
    PRIMARY KEY (sha256, extractor_version)
);
CREATE TABLE IF NOT EXISTS corpus_rows (
    key TEXT PRIMARY KEY,
    rows BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS sources (
    path TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    sha256 TEXT,
    size INTEGER,
    mtime_ns INTEGER,
    code TEXT,
    reason TEXT,
    updated_at TEXT NOT NULL
);
"""


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


def _db_path(path: str | None) -> str | bytes | None:
    """A path as stored: its text, or its raw bytes when it is not valid UTF-8."""
    if path is None or not has_surrogates(path):
        return path
    try:
        return os.fsencode(path)
    except UnicodeEncodeError:  # not a name from the file system: keep a printable form
        return printable(path)


def _py_path(value: str | bytes | None) -> str | None:
    """The path of a stored value (raw bytes decoded as the file system does)."""
    return os.fsdecode(value) if isinstance(value, bytes) else value


def _db_text(text: str | None) -> str | None:
    return None if text is None else printable(text)


def _source_record(row: Any) -> SourceRecord:
    path, source, *rest = row
    return SourceRecord(_py_path(path) or "", _py_path(source) or "", *rest)


@dataclass(frozen=True, slots=True)
class SourceRecord:
    """One input file of the job."""

    path: str  # absolute path
    source: str  # the name as given or discovered (used in exported tables)
    sha256: str | None
    size: int | None = None
    mtime_ns: int | None = None
    code: str | None = None  # a source-level failure (not_found, unreadable)
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class DocumentRecord:
    """The stored outcome of reading one document content."""

    sha256: str
    extractor_version: str
    status: str  # "ok" | "failed"
    code: str | None
    reason: str | None
    source: str | None  # the path that was actually read
    page_count: int | None
    seconds: float | None
    max_rss_kb: int | None
    report: bytes | None  # zlib-compressed Report JSON

    @property
    def ok(self) -> bool:
        return self.status == "ok"


def compress_report(report_json: bytes) -> bytes:
    """Compress a report's JSON for storage (fast zlib level: the store is not an archive)."""
    return zlib.compress(report_json, 1)


def decompress_report(blob: bytes) -> bytes:
    """The report JSON of a stored blob."""
    return zlib.decompress(blob)


class Store:
    """The SQLite result store of a batch run.

    Args:
        path: the database file, or ``":memory:"`` for a throw-away store.

    Example:
        >>> store = Store(":memory:")
        >>> store.count_documents("0.1.0")
        0
    """

    def __init__(self, path: str | Path = ":memory:") -> None:
        self.path = str(path)
        try:
            self._db = self._open()
        except sqlite3.DatabaseError as e:
            raise StoreError(self.path, f"not a usable reviewminer store ({e})") from None
        except OSError as e:
            raise StoreError(self.path, f"cannot create the store: {e.strerror or e}") from None
        schema = self.meta("store_schema")
        if schema != STORE_SCHEMA:
            self._db.close()
            raise StoreError(
                self.path, f"store schema {schema!r} is not supported (expected {STORE_SCHEMA!r})"
            )

    def _open(self) -> sqlite3.Connection:
        where: str | bytes = self.path
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            where = os.fsencode(self.path)
        # The parent process is the only writer; check_same_thread is off so a Dask client's
        # callback thread could write too, but every call here is made from one thread at a time.
        db = sqlite3.connect(where, timeout=BUSY_TIMEOUT, check_same_thread=False)
        try:
            self._init_schema(db)
        except BaseException:
            db.close()
            raise
        return db

    @staticmethod
    def _init_schema(db: sqlite3.Connection) -> None:
        db.execute("PRAGMA journal_mode=WAL")
        # NORMAL in WAL mode survives a killed process (the WAL is in the OS cache); only a power
        # cut can lose the last commits, which a resumed run simply redoes.
        db.execute("PRAGMA synchronous=NORMAL")
        db.executescript(_SCHEMA)
        with db:
            db.execute(
                "INSERT OR IGNORE INTO meta(key, value) VALUES ('store_schema', ?)", (STORE_SCHEMA,)
            )
            db.execute(
                "INSERT OR IGNORE INTO meta(key, value) VALUES ('created_at', ?)", (_now(),)
            )

    # -- lifecycle ---------------------------------------------------------------------------

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        """One transaction; a failed write (full disk, read-only file) is a :class:`StoreError`
        and leaves the store as it was (SQLite rolls the transaction back)."""
        try:
            with self._db:
                yield self._db
        except (sqlite3.OperationalError, sqlite3.DatabaseError, OSError) as e:
            raise StoreError(self.path, f"cannot write to the store: {e}; the results it holds "
                             "are kept: make room and run again on the same store "
                             "(--resume)") from None

    def meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    # -- sources -----------------------------------------------------------------------------

    def cached_hash(self, path: str, size: int, mtime_ns: int) -> str | None:
        """The hash recorded for ``path`` if its size and mtime have not changed."""
        row = self._db.execute(
            "SELECT sha256 FROM sources WHERE path = ? AND size = ? AND mtime_ns = ?",
            (_db_path(path), size, mtime_ns),
        ).fetchone()
        return None if row is None else row[0]

    def put_sources(self, records: Iterable[SourceRecord]) -> None:
        """Record (or update) the input files of the job, in one transaction."""
        now = _now()
        with self._writing() as db:
            db.executemany(
                "INSERT OR REPLACE INTO sources"
                "(path, source, sha256, size, mtime_ns, code, reason, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (_db_path(r.path), _db_path(r.source), r.sha256, r.size, r.mtime_ns, r.code,
                     _db_text(r.reason), now)
                    for r in records
                ],
            )

    def sources(self) -> list[SourceRecord]:
        """Every input file recorded in the store, ordered by source name."""
        rows = self._db.execute(
            "SELECT path, source, sha256, size, mtime_ns, code, reason FROM sources"
            " ORDER BY source, path"
        ).fetchall()
        return [_source_record(row) for row in rows]

    # -- documents ---------------------------------------------------------------------------

    def get(self, sha256: str, extractor_version: str) -> DocumentRecord | None:
        row = self._db.execute(
            "SELECT sha256, extractor_version, status, code, reason, source, page_count, seconds,"
            " max_rss_kb, report FROM documents WHERE sha256 = ? AND extractor_version = ?",
            (sha256, extractor_version),
        ).fetchone()
        if row is None:
            return None
        sha, version, status, code, reason, source, pages, secs, rss, report = row
        return DocumentRecord(sha, version, status, code, reason, _py_path(source), pages, secs,
                              rss, report)

    def put(self, record: DocumentRecord, rows: tuple[str, bytes] | None = None) -> None:
        """Store one document's outcome and commit it at once (one transaction per document),
        with the rows of its tables (``(fingerprint, blob)``, see :meth:`table_rows`) when
        given; rows kept from an earlier outcome are dropped."""
        with self._writing() as db:
            if rows is None:
                db.execute("DELETE FROM table_rows WHERE sha256 = ? AND extractor_version = ?",
                           (record.sha256, record.extractor_version))
            else:
                db.execute(
                    "INSERT OR REPLACE INTO table_rows(sha256, extractor_version, fingerprint, rows)"
                    " VALUES (?, ?, ?, ?)", (record.sha256, record.extractor_version, *rows))
            db.execute(
                "INSERT OR REPLACE INTO documents(sha256, extractor_version, status, code, reason,"
                " source, page_count, seconds, max_rss_kb, report, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    record.sha256, record.extractor_version, record.status, _db_text(record.code),
                    _db_text(record.reason), _db_path(record.source), record.page_count,
                    record.seconds,
                    record.max_rss_kb, record.report, _now(),
                ),
            )

    def table_rows(self, fingerprint: str) -> dict[tuple[str, str], bytes]:
        """(sha256, extractor version) → the table rows kept under ``fingerprint``."""
        rows = self._db.execute(
            "SELECT sha256, extractor_version, rows FROM table_rows WHERE fingerprint = ?",
            (fingerprint,),
        ).fetchall()
        return {(sha, version): blob for sha, version, blob in rows}

    def put_table_rows(self, fingerprint: str, items: Iterable[tuple[str, str, bytes]]) -> None:
        """Keep the table rows (sha256, extractor version, rows) built under ``fingerprint``, in
        one transaction."""
        with self._writing() as db:
            db.executemany(
                "INSERT OR REPLACE INTO table_rows(sha256, extractor_version, fingerprint, rows)"
                " VALUES (?, ?, ?, ?)",
                [(sha, version, fingerprint, blob) for sha, version, blob in items],
            )

    def corpus_rows(self, key: str) -> bytes | None:
        """The corpus-table rows kept under ``key``, if any."""
        row = self._db.execute("SELECT rows FROM corpus_rows WHERE key = ?", (key,)).fetchone()
        return None if row is None else bytes(row[0])

    def put_corpus_rows(self, key: str, rows: bytes) -> None:
        """Keep ``rows`` under ``key``, in place of any kept before."""
        with self._writing() as db:
            db.execute("DELETE FROM corpus_rows")
            db.execute("INSERT INTO corpus_rows(key, rows) VALUES (?, ?)", (key, rows))

    def count_documents(self, extractor_version: str, status: str | None = None) -> int:
        sql = "SELECT COUNT(*) FROM documents WHERE extractor_version = ?"
        args: list[Any] = [extractor_version]
        if status is not None:
            sql += " AND status = ?"
            args.append(status)
        return int(self._db.execute(sql, args).fetchone()[0])

    def pending_sources(self, extractor_version: str) -> list[SourceRecord]:
        """Recorded sources whose content has no result yet for this extractor version."""
        rows = self._db.execute(
            "SELECT s.path, s.source, s.sha256, s.size, s.mtime_ns, s.code, s.reason"
            " FROM sources s LEFT JOIN documents d"
            " ON d.sha256 = s.sha256 AND d.extractor_version = ?"
            " WHERE s.sha256 IS NOT NULL AND d.sha256 IS NULL ORDER BY s.source",
            (extractor_version,),
        ).fetchall()
        return [_source_record(row) for row in rows]
