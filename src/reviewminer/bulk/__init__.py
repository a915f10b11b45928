"""Read many documents: worker processes, time and memory limits, a resumable store.

:func:`read_many` (and its streaming form :func:`iter_read_many`) runs :func:`reviewminer.read` on
every document in a set of paths, folders and globs, each document in a worker process:

* **Isolation.** A small pool of long-lived worker processes (one per core by default), each a fresh
  interpreter (never a fork of a parent that has spaCy loaded), takes one document at a time over a
  pipe. The parent supervises: a document that runs past ``timeout`` has its worker killed (failure
  code ``timeout``); a worker whose address space exceeds ``memory_limit`` (``RLIMIT_AS``) fails
  the document with ``too_large``; a worker that dies (segfault, ``os._exit``, OOM kill) fails
  its document with ``crashed``. A replacement worker is started and the run goes on.
* **Dedupe.** Every input is hashed first; identical contents under several names are read once.
  The ``documents`` table has one row per *source* (the names share a ``document_id``); the
  sections, lines of enquiry, recommendations and parties of that content appear once, under the
  alphabetically first of its names.
* **Store and resume.** With ``store=PATH`` every outcome (report JSON or failure) is committed to
  a SQLite file keyed by (content sha256, extractor version) as soon as it arrives, so a run that is
  killed can be started again over the same store and reads only what is missing. Recorded
  failures are not retried unless ``retry_failed=True``.

Workers are started with ``subprocess`` rather than ``multiprocessing`` so that they also work
inside daemonic processes (Dask workers) and never re-import the caller's ``__main__`` (no
``if __name__ == "__main__"`` guard is needed in scripts). They are fresh interpreters, like the
"spawn" start method: forking a parent that has spaCy and pdfium loaded is unsafe, and start-up
(a few tenths of a second) is paid once per worker, not per document; workers start as soon as
the inputs are found, so it overlaps hashing. On Linux a
worker is killed by the kernel when its parent dies (``PR_SET_PDEATHSIG``), so ``kill -9`` of a run
leaves no orphan reading on. Worker isolation needs a POSIX system (Linux, macOS).

Testing: ``processor="module:function"`` (or the test-only environment variable
``REVIEWMINER_TEST_PROCESSOR``) replaces :func:`reviewminer.read` in the workers, so tests can
inject documents that hang or crash; results of a non-default processor are stored under their own
extractor version.

Modules (each imports only those above it; none imports this package):

* :mod:`~reviewminer.bulk.settings`: :class:`BulkSettings`, the named thresholds and defaults.
* :mod:`~reviewminer.bulk.tasks`: :class:`Task`, :class:`Outcome`, failure codes and errors.
* :mod:`~reviewminer.bulk.store`: the SQLite :class:`Store` that makes runs resumable.
* :mod:`~reviewminer.bulk.sources`: :func:`find_sources` (paths, folders, globs) and hashing.
* :mod:`~reviewminer.bulk.tables`: the tables of a set of results (rows kept in the store, each
  document's built by the worker that read it).
* :mod:`~reviewminer.bulk.timing`: where the main process of a run spends its time.
* :mod:`~reviewminer.bulk.worker`: the worker process's main loop and resource limits.
* :mod:`~reviewminer.bulk.process`: the parent's handle on one worker process.
* :mod:`~reviewminer.bulk.pool`: :class:`WorkerPool`, supervising the worker processes.
* :mod:`~reviewminer.bulk.eta`: the ETA of a run's reading phase.
* :mod:`~reviewminer.bulk.progress`: progress (a tqdm bar, or plain lines) and the run's log lines.
* :mod:`~reviewminer.bulk.corpus`: :class:`Result`, :class:`Corpus`, results as tables.
* :mod:`~reviewminer.bulk.dask`: reading on a Dask cluster.
* :mod:`~reviewminer.bulk.run`: :func:`read_many`, :func:`iter_read_many`, :func:`store_results`.

The names below are imported when first used (PEP 562): ``reviewminer show`` reads one document
without loading the worker pool, the store or the corpus tables.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reviewminer._lazy import lazy_attribute

if TYPE_CHECKING:
    from reviewminer.bulk.corpus import Corpus, Result, results_frames
    from reviewminer.bulk.pool import WorkerPool
    from reviewminer.bulk.run import ErrorsMode, iter_read_many, read_many, store_results
    from reviewminer.bulk.settings import (
        DEFAULT_MAX_TASKS_PER_WORKER,
        DEFAULT_MEMORY_LIMIT_MB,
        DEFAULT_PROCESSOR,
        DEFAULT_SETTINGS,
        DEFAULT_TIMEOUT,
        PROCESSOR_ENV,
        BulkSettings,
    )
    from reviewminer.bulk.sources import find_sources
    from reviewminer.bulk.store import STORE_FILENAME, Store
    from reviewminer.bulk.tasks import (
        FAILURE_COLUMNS,
        DocumentFailedError,
        Outcome,
        Task,
        extractor_key,
    )

#: Public name -> the module that defines it.
_LAZY: dict[str, str] = {
    **dict.fromkeys(("Corpus", "Result", "results_frames"), "reviewminer.bulk.corpus"),
    "WorkerPool": "reviewminer.bulk.pool",
    **dict.fromkeys(("ErrorsMode", "iter_read_many", "read_many", "store_results"),
                    "reviewminer.bulk.run"),
    **dict.fromkeys(("DEFAULT_MAX_TASKS_PER_WORKER", "DEFAULT_MEMORY_LIMIT_MB",
                     "DEFAULT_PROCESSOR", "DEFAULT_SETTINGS", "DEFAULT_TIMEOUT", "PROCESSOR_ENV",
                     "BulkSettings"), "reviewminer.bulk.settings"),
    "find_sources": "reviewminer.bulk.sources",
    **dict.fromkeys(("STORE_FILENAME", "Store"), "reviewminer.bulk.store"),
    **dict.fromkeys(("FAILURE_COLUMNS", "DocumentFailedError", "Outcome", "Task",
                     "extractor_key"), "reviewminer.bulk.tasks"),
}

__all__ = [
    "DEFAULT_MAX_TASKS_PER_WORKER",
    "DEFAULT_MEMORY_LIMIT_MB",
    "DEFAULT_PROCESSOR",
    "DEFAULT_SETTINGS",
    "DEFAULT_TIMEOUT",
    "FAILURE_COLUMNS",
    "PROCESSOR_ENV",
    "STORE_FILENAME",
    "BulkSettings",
    "Corpus",
    "DocumentFailedError",
    "ErrorsMode",
    "Outcome",
    "Result",
    "Store",
    "Task",
    "WorkerPool",
    "extractor_key",
    "find_sources",
    "iter_read_many",
    "read_many",
    "results_frames",
    "store_results",
]


def __getattr__(name: str) -> Any:
    return lazy_attribute(__name__, _LAZY, globals(), name)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
