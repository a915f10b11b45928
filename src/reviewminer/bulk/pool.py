"""A supervised pool of long-lived worker processes, each reading one document at a time.

The parent supervises: a document that runs past the time limit has its worker killed (failure
code ``timeout``); a worker whose address space exceeds the memory limit fails the document with
``too_large``; a worker that dies (segfault, ``os._exit``, OOM kill) fails its document with
``crashed``. A replacement worker is started and the run goes on.

The parent keeps the workers busy: :meth:`WorkerPool.start` starts them before the tasks are known
(their start-up overlaps the caller's hashing), a worker gets its next task before the result it
sent is handed to the caller (storing and logging it overlaps the next document), a worker that
reaches ``max_tasks_per_worker`` has its replacement started while it reads its last document,
and workers that are done are asked to stop together, not waited for one after the other.
"""

from __future__ import annotations

import dataclasses
import math
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import wait
from typing import Any

from reviewminer.bulk.process import WorkerProcess, signal_name, worker_env
from reviewminer.bulk.settings import (
    DEFAULT_MAX_TASKS_PER_WORKER,
    DEFAULT_MEMORY_LIMIT_MB,
    DEFAULT_PROCESSOR,
    DEFAULT_SETTINGS,
    DEFAULT_TIMEOUT,
    BulkSettings,
    normalize_limits,
)
from reviewminer.bulk.tasks import Outcome, Task, WorkerRules
from reviewminer.bulk.timing import RunTimes

__all__ = ["WorkerPool"]

Finished = tuple[Task, Outcome]


class WorkerPool:
    """Long-lived worker processes, each reading one document at a time, supervised.

    Args:
        workers: number of worker processes.
        timeout: seconds allowed per document (0 or None: no limit).
        memory_limit_mb: address-space limit per worker in MB, a whole number (0 or None: no
            limit).
        processor: ``"module:function"`` taking a path and returning a Report (or its dict).
        rules: a rules path or dict of overlays (see :func:`reviewminer.rules.load_rules`); the
            processor is then called as ``processor(path, rules=rules)``.
        max_tasks_per_worker: documents a worker reads before it is replaced (None: never).
        settings: the other thresholds (start-up time, grace periods); the three limits above
            override its fields of the same names.
        times: where the parent's time goes (starting, dispatching, receiving, waiting) is
            added to this (see :mod:`reviewminer.bulk.timing`); default a new one
            (``pool.times``).
        table_rows: the workers also build the rows of each report's tables as a store keeps
            them (:attr:`Outcome.rows`), for a run whose store outlives it (the export then
            builds none).

    Example:
        >>> with WorkerPool(1) as pool:  # doctest: +SKIP
        ...     for task, outcome in pool.imap_unordered([Task("a", "report.pdf")]):
        ...         print(task.path, outcome.status)
    """

    def __init__(
        self,
        workers: int = 1,
        *,
        timeout: float | None = DEFAULT_TIMEOUT,
        memory_limit_mb: int | None = DEFAULT_MEMORY_LIMIT_MB,
        processor: str = DEFAULT_PROCESSOR,
        rules: WorkerRules = None,
        max_tasks_per_worker: int | None = DEFAULT_MAX_TASKS_PER_WORKER,
        settings: BulkSettings = DEFAULT_SETTINGS,
        times: RunTimes | None = None,
        table_rows: bool = False,
    ) -> None:
        if workers < 1:
            raise ValueError(f"workers must be at least 1, got {workers}")
        timeout, memory_limit_mb = normalize_limits(timeout, memory_limit_mb)
        self.settings = dataclasses.replace(
            settings, timeout=timeout, memory_limit_mb=memory_limit_mb,
            max_tasks_per_worker=max_tasks_per_worker,
        )
        self.n_workers = workers
        self.timeout = timeout
        self.memory_limit_mb = memory_limit_mb
        self.processor = processor
        self.rules = rules
        self.max_tasks_per_worker = max_tasks_per_worker
        self._workers: list[WorkerProcess] = []
        self._stopping: list[WorkerProcess] = []  # asked to stop, not reaped yet
        self._env = worker_env()
        self._startup_failures = 0
        self.times = times if times is not None else RunTimes()
        self.table_rows = table_rows

    # -- workers -------------------------------------------------------------------------------

    def _init_msg(self) -> dict[str, Any]:
        return {
            "sys_path": list(sys.path),
            "processor": self.processor,
            "memory_limit_mb": self.memory_limit_mb,
            "rules": self.rules,
            "ocr": self.settings.ocr,
            "table_rows": self.table_rows,
        }

    def _spawn(self) -> WorkerProcess:
        with self.times.part("start"):
            w = WorkerProcess(self._init_msg(), self._env, self.settings)
        self._workers.append(w)
        return w

    def _retire(self, w: WorkerProcess, *, kill: bool, grace: float = 0.0) -> int | None:
        """Take ``w`` out of the pool: kill it (returns its exit status), or ask it to stop
        (returns None; it is reaped later, so the parent does not wait for it)."""
        self._workers.remove(w)
        if kill:
            return w.kill(grace)
        w.ask_to_stop()
        self._stopping.append(w)
        return None

    def _reap_stopped(self, *, wait: bool = False) -> None:
        """Reap the workers asked to stop that have exited (``wait``: every one)."""
        for w in list(self._stopping):
            if wait:
                w.wait_stopped()
            elif not w.has_stopped():
                continue
            self._stopping.remove(w)

    def _last_given(self, w: WorkerProcess) -> bool:
        """Whether ``w`` has been given its last task (``max_tasks_per_worker``)."""
        limit = self.max_tasks_per_worker
        return bool(limit) and w.n_tasks >= (limit or 0)

    def _ensure(self, pending: int) -> None:
        """Start workers for the ``pending`` tasks, up to ``n_workers`` that take tasks; a worker
        reading its last task does not count, so its replacement starts up meanwhile."""
        taking = [w for w in self._workers if not self._last_given(w)]
        busy = sum(1 for w in taking if w.busy)
        for _ in range(min(self.n_workers, busy + pending) - len(taking)):
            self._spawn()

    def start(self, workers: int | None = None) -> None:
        """Start worker processes now (``workers``, at most ``n_workers``; default
        ``n_workers``), before the tasks are known, so their start-up overlaps the caller's
        preparation (finding and hashing the inputs)."""
        self._ensure(self.n_workers if workers is None else min(workers, self.n_workers))

    def resize(self, workers: int) -> None:
        """Use at most ``workers`` worker processes (at least 1) from now on; idle ones beyond
        that are stopped (killed while still starting)."""
        self.n_workers = max(1, workers)
        surplus = len(self._workers) - self.n_workers
        for w in [w for w in self._workers if not w.busy][:max(0, surplus)]:
            self._retire(w, kill=not w.ready)

    def _startup_failed(self, why: str) -> None:
        self._startup_failures += 1
        if self._startup_failures >= self.settings.max_startup_failures:
            raise RuntimeError(f"reviewminer worker processes fail to start: {why}")

    # -- the supervision loop ------------------------------------------------------------------

    def imap_unordered(self, tasks: Iterable[Task], *,
                       on_start: Callable[[Task], None] | None = None) -> Iterator[Finished]:
        """Run every task; yield ``(task, outcome)`` as each finishes (never raises for a task).

        ``on_start(task)`` is called as each task is given to a worker.
        """
        pending = deque(tasks)
        while pending or any(w.busy for w in self._workers):
            self._fill(pending, on_start)
            yield from self._receive_ready(pending, on_start)
            yield from self._enforce_deadlines()
            self._reap_stopped()

    def _fill(self, pending: deque[Task], on_start: Callable[[Task], None] | None) -> None:
        """Start the workers the pending tasks need and give a task to each idle one; a worker
        just given its last task has its replacement started at once."""
        self._ensure(len(pending))
        self._dispatch(pending, on_start)
        self._ensure(len(pending))

    def _dispatch(self, pending: deque[Task], on_start: Callable[[Task], None] | None) -> None:
        """Give a pending task to every idle worker that has started (and may take one more)."""
        for w in list(self._workers):
            if w.ready and not w.busy and pending and not self._last_given(w):
                task = pending.popleft()
                try:
                    with self.times.part("dispatch"):
                        w.assign(task, self.timeout)
                except OSError:  # the worker died while idle: replace it, keep the task
                    w.task = None
                    pending.appendleft(task)
                    self._retire(w, kill=True)
                    continue
                if on_start is not None:
                    on_start(task)

    def _wait_timeout(self) -> float | None:
        """Seconds until the next task or start-up deadline (None: no deadline)."""
        deadlines = [w.deadline for w in self._workers if w.busy and math.isfinite(w.deadline)]
        deadlines += [w.startup_deadline for w in self._workers if not w.ready]
        return max(0.0, min(deadlines) - time.monotonic()) if deadlines else None

    def _receive_ready(self, pending: deque[Task], on_start: Callable[[Task], None] | None
                       ) -> Iterator[Finished]:
        """Wait for messages (until the next deadline at most) and handle each; workers that
        became free get their next task before the results go to the caller."""
        with self.times.part("wait"):
            ready = wait([w.conn for w in self._workers], timeout=self._wait_timeout())
        by_conn = {id(w.conn): w for w in self._workers}
        finished: list[Finished] = []
        try:
            for conn in ready:
                got = by_conn.get(id(conn))
                if got is not None:
                    finished.extend(self._receive(got))
        except RuntimeError:  # a worker that cannot load: the results before it still count
            yield from finished
            raise
        if finished:
            self._fill(pending, on_start)
        yield from finished

    def _enforce_deadlines(self) -> Iterator[Finished]:
        """Stop the workers whose task or start-up has run past its time limit."""
        now = time.monotonic()
        for w in list(self._workers):
            if w.busy and now >= w.deadline:
                if w.conn.poll():  # finished while the caller was busy with another result
                    yield from self._receive(w)
                    continue
                yield self._timed_out(w)
            elif not w.ready and now >= w.startup_deadline:
                self._retire(w, kill=True)
                self._startup_failed(
                    f"did not start within {self.settings.startup_timeout:g} s")

    def _timed_out(self, w: WorkerProcess) -> Finished:
        task = w.task
        assert task is not None
        self._retire(w, kill=True)
        return task, Outcome(
            "failed", "timeout",
            f"took longer than the per-document time limit of {self.timeout:g} s;"
            " its worker was stopped",
            seconds=self.timeout,
        )

    # -- messages from a worker ----------------------------------------------------------------

    def _receive(self, w: WorkerProcess) -> Iterator[Finished]:
        try:
            with self.times.part("receive"):
                msg = w.conn.recv()
        except (EOFError, OSError):
            msg = None
        if msg is None:
            yield from self._died(w)
            return
        kind = msg[0]
        if kind == "ready":
            w.ready = True
            self._startup_failures = 0
            return
        if kind == "fatal":
            self._retire(w, kill=True)
            raise RuntimeError(msg[1])
        task = w.task
        w.task, w.deadline = None, math.inf
        if task is None or msg[1] != task.key:  # pragma: no cover - protocol guard
            return
        outcome = _outcome(msg)
        if outcome.code == "too_large":  # the worker exits after a MemoryError
            self._retire(w, kill=True)
        elif self.max_tasks_per_worker and w.n_tasks >= self.max_tasks_per_worker:
            self._retire(w, kill=False)
        yield task, outcome

    def _died(self, w: WorkerProcess) -> Iterator[Finished]:
        """A worker's pipe closed: fail its task (``crashed``) or count a failed start-up."""
        task, tail = w.task, w.stderr_tail()
        # its pipe closed: let it finish dying (an abort writes a dump) to learn how it ended
        rc = self._retire(w, kill=True, grace=self.settings.stop_grace)
        if task is not None:
            if w.out_of_memory(rc, self.memory_limit_mb):
                yield task, Outcome(
                    "failed", "too_large",
                    f"ran out of memory (worker limit {self.memory_limit_mb} MB): the worker was "
                    f"killed ({signal_name(rc)}) at {w.max_rss_kb // 1024} MB resident",
                    max_rss_kb=w.max_rss_kb)
                return
            why = f"the worker process died ({signal_name(rc)}) while reading it"
            if tail:
                why += f": {tail}"
            yield task, Outcome("failed", "crashed", why)
        elif not w.ready:
            self._startup_failed(f"a worker exited during start-up ({signal_name(rc)})"
                                 + (f": {tail}" if tail else ""))

    # -- lifecycle -----------------------------------------------------------------------------

    def close(self) -> None:
        """Stop every worker (a busy or starting one is killed), all at the same time."""
        with self.times.part("stop"):
            for w in list(self._workers):
                self._retire(w, kill=w.busy or not w.ready)
            self._reap_stopped(wait=True)

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _outcome(msg: tuple[Any, ...]) -> Outcome:
    """The :class:`Outcome` of an ``ok`` or ``failed`` reply."""
    if msg[0] == "ok":
        _, _, blob, pages, ocr_pages, warns, rows, secs, rss = msg
        return Outcome("ok", payload=blob, page_count=pages, seconds=secs, max_rss_kb=rss,
                       ocr_pages=ocr_pages, warnings=warns, rows=rows)
    _, _, code, reason, secs, rss = msg
    return Outcome("failed", code, reason, seconds=secs, max_rss_kb=rss)
