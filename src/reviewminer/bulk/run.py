"""A bulk run: :func:`read_many` and :func:`iter_read_many` (dedupe, store, resume, error modes).

* **Dedupe.** Every input is hashed first; identical contents under several names are read once
  (see :mod:`reviewminer.bulk.corpus` for how they appear in the tables).
* **Store and resume.** With ``store=PATH`` every outcome (report JSON or failure) is committed to
  a SQLite file keyed by (content sha256, extractor version) as soon as it arrives, so a run that is
  killed can be started again over the same store and reads only what is missing. Recorded
  failures are not retried unless ``retry_failed=True``.
* **Where documents are read.** Local worker processes (:class:`reviewminer.bulk.pool.WorkerPool`)
  or, with ``scheduler=client``, a Dask cluster (:mod:`reviewminer.bulk.dask`). Local workers are
  started as soon as the inputs are found, so their start-up overlaps computing the store key and
  hashing; the ones not needed (fewer documents to read than workers, everything already stored)
  are stopped once that is known.
* **The main process's time** per part of the run is logged at DEBUG when it ends
  (:mod:`reviewminer.bulk.timing`).
"""

from __future__ import annotations

import dataclasses
import os
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, Literal, TypeAlias

from reviewminer.bulk.corpus import Corpus, Result, result_from_record
from reviewminer.bulk.pool import WorkerPool
from reviewminer.bulk.progress import UNSUPPORTED, ProgressOption, RunProgress, progress_mode
from reviewminer.bulk.settings import (
    DEFAULT_MEMORY_LIMIT_MB,
    DEFAULT_SETTINGS,
    DEFAULT_TIMEOUT,
    BulkSettings,
    normalize_limits,
)
from reviewminer.bulk.sources import find_sources, hash_source, unread_reason
from reviewminer.bulk.store import DocumentRecord, SourceRecord, Store
from reviewminer.bulk.tasks import (
    Outcome,
    Task,
    WorkerRules,
    extractor_key,
    processor_name,
    rules_for_workers,
)
from reviewminer.bulk.timing import RunTimes

__all__ = ["ErrorsMode", "default_workers", "iter_read_many", "read_many", "store_results"]

ErrorsMode = Literal["raise", "collect", "warn", "skip"]
_ERROR_MODES = ("raise", "collect", "warn", "skip")

Sources: TypeAlias = str | os.PathLike[str] | Iterable[str | os.PathLike[str]]
#: Rules for a bulk run: a rules folder or file, or a dict of overlays (None: the shipped rules).
BulkRules: TypeAlias = str | os.PathLike[str] | Mapping[str, Any] | None


def default_workers() -> int:
    """One worker per core available to this process."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - macOS
        return max(1, os.cpu_count() or 1)


def _check_options(errors: str, workers: int | None, timeout: float | None,
                   memory_limit: int | None) -> tuple[float | None, int | None]:
    """Check the options; return the limits as used (0 or None: no limit)."""
    if errors not in _ERROR_MODES:
        raise ValueError(f"errors must be one of {', '.join(map(repr, _ERROR_MODES))}, "
                         f"got {errors!r}")
    if workers is not None and (not isinstance(workers, int) or workers < 1):
        raise ValueError(f"workers must be a positive integer or None, got {workers!r}")
    return normalize_limits(timeout, memory_limit)


def iter_read_many(
    sources: Sources,
    *,
    workers: int | None = None,
    progress: ProgressOption = "auto",
    errors: ErrorsMode = "collect",
    timeout: float | None = DEFAULT_TIMEOUT,
    memory_limit: int | None = DEFAULT_MEMORY_LIMIT_MB,
    store: str | os.PathLike[str] | Store | None = None,
    scheduler: Any = None,
    retry_failed: bool = False,
    processor: str | None = None,
    rules: BulkRules = None,
    ocr: str = "auto",
) -> Iterator[Result]:
    """Read many documents, yielding a :class:`Result` per input file as each finishes.

    Takes the same arguments as :func:`read_many`; results already in ``store`` come first.
    Stopping the iteration early stops the workers.

    Example:
        >>> for result in iter_read_many(["reports/"], progress=False):  # doctest: +SKIP
        ...     print(result.source, result.ok, result.code)
    """
    timeout, memory_limit = _check_options(errors, workers, timeout, memory_limit)
    settings = dataclasses.replace(DEFAULT_SETTINGS, timeout=timeout, memory_limit_mb=memory_limit,
                                   ocr=ocr)
    shown = RunProgress(progress_mode(progress), settings=settings)  # on screen at once
    times = RunTimes()
    st: Store | None = None
    pool: WorkerPool | None = None
    try:
        processor = processor_name(processor)
        worker_rules = rules_for_workers(rules)  # checked before any worker starts
        with times.part("find"):
            left_out: list[str] = []
            files = find_sources(sources, left_out)
        opts = _RunOptions(
            version="", workers=workers, errors=errors,
            settings=settings, scheduler=scheduler, retry_failed=retry_failed,
            processor=processor, rules=worker_rules,
        )
        pool = _early_pool(files, opts, times, keeps_rows=_outlives_run(store))
        with times.part("key"):
            opts = dataclasses.replace(opts, version=extractor_key(processor, worker_rules, ocr))
        st = store if isinstance(store, Store) else Store(
            ":memory:" if store is None else os.fspath(store))
        yield from _run(files, left_out, st, shown, opts, pool, times)
    finally:
        if pool is not None:
            pool.close()
        shown.close()
        if st is not None and st is not store:
            st.close()
        times.log()


@dataclasses.dataclass(frozen=True, slots=True)
class _RunOptions:
    version: str
    workers: int | None
    errors: str
    settings: BulkSettings
    scheduler: Any
    retry_failed: bool
    processor: str
    rules: WorkerRules


def _emit(result: Result, errors: str) -> Iterator[Result]:
    """Yield, warn about, drop or raise one result, by the ``errors`` mode."""
    if result.ok:
        yield result
        return
    if errors == "raise":
        err = result.error
        assert err is not None
        raise err
    if errors == "warn":
        # 3: the warning points at iter_read_many (emit <- _run <- iter_read_many).
        warnings.warn(result.message or "", stacklevel=3)
    if errors in ("collect", "warn"):
        yield result


def _group_by_content(records: list[SourceRecord]) -> dict[str, list[SourceRecord]]:
    """The hashed sources by content, each group in source order."""
    groups: dict[str, list[SourceRecord]] = {}
    for rec in records:
        if rec.sha256 is not None:
            groups.setdefault(rec.sha256, []).append(rec)
    for recs in groups.values():
        recs.sort(key=lambda r: r.source)
    return groups


def _split_stored(groups: dict[str, list[SourceRecord]], st: Store, opts: _RunOptions
                  ) -> tuple[list[Result], list[Task]]:
    """Results already in the store, and the tasks still to run (largest first)."""
    cached: list[Result] = []
    todo: list[Task] = []
    for sha, recs in groups.items():
        stored = st.get(sha, opts.version)
        if stored is not None and (stored.ok or not opts.retry_failed):
            cached.extend(result_from_record(rec.source, stored, cached=True) for rec in recs)
        else:
            todo.append(Task(sha, recs[0].path, recs[0].size or 0))
    # Largest first: long documents do not end up alone at the tail of the run.
    todo.sort(key=lambda t: -t.size)
    return cached, todo


def _parallelism(todo: list[Task], opts: _RunOptions) -> int:
    """Documents read at the same time: local workers, or the Dask cluster's threads."""
    if opts.scheduler is not None:
        try:
            return max(1, int(sum(opts.scheduler.nthreads().values())))
        except Exception:  # an unusual client: no figure (the ETA then assumes one)
            return 1
    return max(1, min(opts.workers or default_workers(), len(todo)))


def _outlives_run(store: str | os.PathLike[str] | Store | None) -> bool:
    """Whether the run's store is a file (an export from it can use the rows workers build)."""
    if store is None:
        return False
    return (store.path if isinstance(store, Store) else os.fspath(store)) != ":memory:"


def _early_pool(files: list[str], opts: _RunOptions, times: RunTimes, *, keeps_rows: bool
                ) -> WorkerPool | None:
    """The local worker pool, its workers starting now (None: a Dask cluster reads, or there
    is no input); with ``keeps_rows`` they also build each report's table rows."""
    if opts.scheduler is not None or not files:
        return None
    s = opts.settings
    pool = WorkerPool(max(1, min(opts.workers or default_workers(), len(files))),
                      timeout=s.timeout, memory_limit_mb=s.memory_limit_mb,
                      processor=opts.processor, rules=opts.rules, settings=s, times=times,
                      table_rows=keeps_rows)
    pool.start()
    return pool


def _start(todo: list[Task], opts: _RunOptions, pool: WorkerPool | None,
           on_start: Callable[[Task], None]) -> Iterator[tuple[Task, Outcome]]:
    """The outcomes of ``todo`` as they finish, from the Dask cluster or the local pool (whose
    workers beyond what ``todo`` needs are stopped)."""
    s = opts.settings
    if opts.scheduler is not None:
        from reviewminer.bulk.dask import dask_imap

        return dask_imap(opts.scheduler, todo, timeout=s.timeout, memory_limit_mb=s.memory_limit_mb,
                         processor=opts.processor, rules=opts.rules, ocr=s.ocr)
    if not todo or pool is None:
        if pool is not None:
            pool.close()
        return iter(())
    pool.resize(_parallelism(todo, opts))
    return pool.imap_unordered(todo, on_start=on_start)


def _stop(runner: Iterator[tuple[Task, Outcome]], pool: WorkerPool | None) -> None:
    if pool is not None:
        pool.close()
        return
    close = getattr(runner, "close", None)
    if close is not None:
        close()


def _hash_all(files: list[str], st: Store, shown: RunProgress) -> list[SourceRecord]:
    """The source record of every input, with progress from the first second."""
    shown.hashing(len(files))
    records: list[SourceRecord] = []
    for f in files:
        rec = hash_source(f, st)
        records.append(rec)
        shown.hashed(rec.size)
    return records


def _prepare(files: list[str], left_out: list[str], st: Store, shown: RunProgress,
             opts: _RunOptions) -> tuple[list[SourceRecord], dict[str, list[SourceRecord]],
                                         list[Result], list[Task]]:
    """Hash and record the inputs: their records, grouped by content, the results already in
    the store and the tasks left."""
    # files of a searched folder that no parser reads: listed as failures, never skipped
    records = [SourceRecord(os.path.abspath(f), f, None, code=UNSUPPORTED,
                            reason=unread_reason(f)) for f in left_out]
    records += _hash_all(files, st, shown)
    st.put_sources(records)
    groups = _group_by_content(records)
    cached, todo = _split_stored(groups, st, opts)
    return records, groups, cached, todo


def _give(results: Iterable[Result], errors: str, times: RunTimes) -> Iterator[Result]:
    """Emit ``results`` (see :func:`_emit`), counting the caller's time between them."""
    for result in results:
        for out in _emit(result, errors):
            with times.part("caller"):
                yield out


def _run(files: list[str], left_out: list[str], st: Store, shown: RunProgress,
         opts: _RunOptions, pool: WorkerPool | None, times: RunTimes) -> Iterator[Result]:
    with times.part("hash"):
        records, groups, cached, todo = _prepare(files, left_out, st, shown, opts)
    unhashed = [rec for rec in records if rec.sha256 is None]  # files that could not be hashed
    for rec in unhashed:
        shown.not_read(rec.source, rec.code, rec.reason)
    yield from _give([Result(r.source, None, False, r.code, r.reason) for r in unhashed],
                     opts.errors, times)
    yield from _give(cached, opts.errors, times)

    workers = _parallelism(todo, opts)
    other = sum(rec.code == UNSUPPORTED for rec in unhashed)
    shown.reading(len(todo), sum(t.size for t in todo), cached=len(groups) - len(todo),
                  workers=workers, waiting="waiting for the Dask cluster" if opts.scheduler
                  else f"starting {workers} worker(s)", failed=len(unhashed) - other,
                  other=other)
    runner = _start(todo, opts, pool, lambda task: shown.started(groups[task.key][0].source))
    try:
        for task, outcome in runner:
            recs = groups[task.key]
            record = DocumentRecord(
                task.key, opts.version, outcome.status, outcome.code, outcome.reason,
                recs[0].source, outcome.page_count, outcome.seconds, outcome.max_rss_kb,
                outcome.payload,
            )
            with times.part("store"):
                st.put(record, outcome.rows)
            with times.part("progress"):
                shown.document(recs[0].source, task.size, outcome)
            yield from _give([result_from_record(rec.source, record, cached=False)
                              for rec in recs], opts.errors, times)
    finally:
        _stop(runner, pool)


def read_many(
    sources: Sources,
    *,
    workers: int | None = None,
    progress: ProgressOption = "auto",
    errors: ErrorsMode = "collect",
    timeout: float | None = DEFAULT_TIMEOUT,
    memory_limit: int | None = DEFAULT_MEMORY_LIMIT_MB,
    store: str | os.PathLike[str] | Store | None = None,
    scheduler: Any = None,
    retry_failed: bool = False,
    processor: str | None = None,
    rules: BulkRules = None,
    ocr: str = "auto",
) -> Corpus:
    """Read many review reports in parallel worker processes.

    Args:
        sources: paths, folders (searched recursively for the formats reviewminer reads; their
            other files are listed as ``unsupported_format`` failures) and glob patterns.
        workers: worker processes; default one per available core.
        progress: ``"auto"`` (default): a progress bar in a terminal or a notebook (a widget
            with ipywidgets), nothing elsewhere; ``True``: also plain progress lines on stderr
            when it is not a terminal (CI, a log file); ``False``: none. Whatever this is, each
            document is logged on the ``reviewminer.bulk`` logger (see :mod:`reviewminer.logs`).
        errors: what a failed document does: ``"collect"`` (default) keeps it as a failed
            :class:`Result` and a row of ``Corpus.failures``; ``"warn"`` also warns; ``"skip"``
            leaves it out of the results; ``"raise"`` raises its :class:`ReviewMinerError`.
        timeout: seconds allowed per document; past it the worker is killed and the document
            fails with code ``timeout``. 0 or None: no limit.
        memory_limit: address-space limit of each worker in MB, a whole number (a fraction
            raises ValueError); a document that needs more fails with code ``too_large``.
            0 or None: no limit.
        store: a SQLite file (or :class:`reviewminer.bulk.store.Store`) keeping every outcome;
            given again, documents already there are not read again. Default: in memory.
        scheduler: a ``dask.distributed.Client``: read on its cluster instead of local workers.
        retry_failed: read again the documents whose failure is recorded in ``store``.
        rules: your own rules merged over the shipped ones: a folder of rule files, one rule file
            or a dict of overlays (see :func:`reviewminer.rules.load_rules`). Results are stored
            under an extractor version that fingerprints these rules, so a run with other rules
            never reuses them.
        ocr: PDF pages without a usable text layer: ``"auto"`` (OCR them when Tesseract is
            installed), ``"always"``, ``"never"`` (see :func:`reviewminer.read`); each worker
            runs one Tesseract process at a time.
        processor: advanced/test use: ``"module:function"`` run in the workers instead of
            :func:`reviewminer.read` (env ``REVIEWMINER_TEST_PROCESSOR`` does the same; test-only).

    Returns:
        A :class:`Corpus`.

    Raises:
        ReviewMinerError: with ``errors="raise"``, the first failure.
        ValueError: an invalid option.
        RuleFileError: ``rules`` cannot be read (naming the file and the entry).

    Example:
        >>> import reviewminer
        >>> corpus = reviewminer.read_many(["sample_docs/"], workers=2)  # doctest: +SKIP
        >>> corpus.to_frames()["recommendations"].shape  # doctest: +SKIP
        >>> corpus.failures  # doctest: +SKIP
    """
    return Corpus(
        iter_read_many(
            sources, workers=workers, progress=progress, errors=errors, timeout=timeout,
            memory_limit=memory_limit, store=store, scheduler=scheduler,
            retry_failed=retry_failed, processor=processor, rules=rules, ocr=ocr,
        )
    )


def store_results(st: Store, *, processor: str | None = None,
                  rules: BulkRules = None, ocr: str = "auto") -> list[Result]:
    """Every source recorded in a store with its stored outcome (for exports after a run).

    A source whose content has no stored outcome yet (a run stopped before reading it) is
    reported as a failure with code ``pending``.
    """
    version = extractor_key(processor_name(processor), rules_for_workers(rules), ocr)
    cache: dict[str, DocumentRecord | None] = {}
    out: list[Result] = []
    for rec in st.sources():
        if rec.sha256 is None:
            out.append(Result(rec.source, None, False, rec.code, rec.reason))
            continue
        if rec.sha256 not in cache:
            cache[rec.sha256] = st.get(rec.sha256, version)
        doc = cache[rec.sha256]
        if doc is None:
            out.append(Result(rec.source, rec.sha256, False, "pending",
                              "not read yet (run again with --resume)"))
        else:
            out.append(result_from_record(rec.source, doc, cached=True))
    return out
