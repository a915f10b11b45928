"""Run the per-document reader on a Dask cluster.

``reviewminer.read_many(paths, scheduler=client)`` sends one task per distinct document to a
``dask.distributed.Client``. Inside each Dask worker thread the document is still read in a
supervised worker *process* (the same :class:`reviewminer.bulk.pool.WorkerPool` as a local run, one
process per Dask thread, kept between tasks), so the time limit, the memory limit and crash
isolation hold on a cluster too: a hanging or crashing document becomes a failure row, it never
kills or blocks a Dask worker. Results come back to the client, which keeps the store and writes the
exports, so the outcome is identical to a local run.

The cluster must see the input paths and a ``rules`` folder, if one is given (a shared file
system), and have reviewminer installed.
Dask is imported lazily: ``pip install "reviewminer[dask]"``.
"""

from __future__ import annotations

import dataclasses
import json
import threading
from collections.abc import Iterable, Iterator
from typing import Any

from reviewminer.bulk.pool import WorkerPool
from reviewminer.bulk.settings import DEFAULT_PROCESSOR, DEFAULT_SETTINGS
from reviewminer.bulk.tasks import Outcome, Task, WorkerRules

__all__ = ["dask_imap", "read_document"]

_local = threading.local()


def _pool(timeout: float | None, memory_limit_mb: int | None, processor: str,
          rules: WorkerRules, ocr: str = "auto") -> WorkerPool:
    key = (timeout, memory_limit_mb, processor, json.dumps(rules, sort_keys=True), ocr)
    pool: WorkerPool | None = getattr(_local, "pool", None)
    if pool is None or getattr(_local, "key", None) != key:
        if pool is not None:
            pool.close()
        # Tasks run one at a time per Dask thread: one worker process per thread, reused.
        pool = WorkerPool(1, timeout=timeout, memory_limit_mb=memory_limit_mb, processor=processor,
                          rules=rules, settings=dataclasses.replace(DEFAULT_SETTINGS, ocr=ocr))
        _local.pool, _local.key = pool, key
    return pool


def read_document(
    path: str,
    key: str,
    *,
    timeout: float | None = None,
    memory_limit_mb: int | None = None,
    processor: str = DEFAULT_PROCESSOR,
    rules: WorkerRules = None,
    ocr: str = "auto",
) -> Outcome:
    """Read one document in a supervised worker process on this machine (the Dask task)."""
    pool = _pool(timeout, memory_limit_mb, processor, rules, ocr)
    for _task, outcome in pool.imap_unordered([Task(key, path)]):
        return outcome
    raise RuntimeError(f"{path}: no outcome from the worker pool")  # pragma: no cover


def dask_imap(
    client: Any,
    tasks: Iterable[Task],
    *,
    timeout: float | None,
    memory_limit_mb: int | None,
    processor: str = DEFAULT_PROCESSOR,
    rules: WorkerRules = None,
    ocr: str = "auto",
) -> Iterator[tuple[Task, Outcome]]:
    """Submit every task to a Dask client; yield ``(task, outcome)`` as each finishes.

    A task whose Dask worker is lost (``KilledWorker``) or that raises becomes a ``crashed``
    failure instead of stopping the run. Closing the generator cancels the remaining futures.
    """
    try:
        from distributed import as_completed
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError(
            'reading on a Dask cluster needs dask.distributed: pip install "reviewminer[dask]"'
        ) from e

    futures = {}
    for task in tasks:
        fut = client.submit(
            read_document, task.path, task.key, timeout=timeout, memory_limit_mb=memory_limit_mb,
            processor=processor, rules=rules, ocr=ocr, pure=False,
            key=f"reviewminer-read-{task.key[:16]}-{id(task):x}",
        )
        futures[fut] = task
    pending = set(futures)
    try:
        for fut in as_completed(list(futures)):  # type: ignore[no-untyped-call]
            pending.discard(fut)
            task = futures[fut]
            try:
                outcome = fut.result()
            except Exception as e:  # a lost worker or a cluster error
                outcome = Outcome("failed", "crashed",
                                  f"the Dask task failed: {type(e).__name__}: {e}")
            yield task, outcome
    finally:
        if pending:
            client.cancel(list(pending))
