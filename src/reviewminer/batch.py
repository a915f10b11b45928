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
(about 2-4 s, the spaCy pipeline included) is paid once per worker, not per document. On Linux a
worker is killed by the kernel when its parent dies (``PR_SET_PDEATHSIG``), so ``kill -9`` of a run
leaves no orphan reading on. Worker isolation needs a POSIX system (Linux, macOS).

Testing: ``processor="module:function"`` (or the test-only environment variable
``REVIEWMINER_TEST_PROCESSOR``) replaces :func:`reviewminer.read` in the workers, so tests can
inject documents that hang or crash; results of a non-default processor are stored under their own
extractor version.
"""

from __future__ import annotations

import glob
import importlib
import json
import logging
import math
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal

from reviewminer.api import file_sha256
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
from reviewminer.store import (
    DocumentRecord,
    SourceRecord,
    Store,
    compress_report,
    decompress_report,
)

if TYPE_CHECKING:
    import pandas as pd

    from reviewminer.model import Report

__all__ = [
    "DEFAULT_MEMORY_LIMIT_MB",
    "DEFAULT_TIMEOUT",
    "FAILURE_COLUMNS",
    "SUFFIXES",
    "Corpus",
    "DocumentFailedError",
    "Result",
    "WorkerPool",
    "extractor_key",
    "find_sources",
    "iter_read_many",
    "read_many",
]

log = logging.getLogger("reviewminer")

SUFFIXES: tuple[str, ...] = (".pdf", ".docx")
DEFAULT_TIMEOUT = 300.0  # seconds per document
DEFAULT_MEMORY_LIMIT_MB = 4096  # address space per worker process
DEFAULT_MAX_TASKS_PER_WORKER = 200  # recycle workers so slow leaks cannot accumulate
DEFAULT_PROCESSOR = "reviewminer.api:read"
#: Test-only: ``module:function`` run in the workers instead of :func:`reviewminer.read`.
PROCESSOR_ENV = "REVIEWMINER_TEST_PROCESSOR"
FAILURE_COLUMNS: tuple[str, ...] = ("source", "code", "message")

ErrorsMode = Literal["raise", "collect", "warn", "skip"]
_ERROR_MODES = ("raise", "collect", "warn", "skip")

# How long a worker may take to start (interpreter, imports, warm-up) before it counts as failed.
_STARTUP_TIMEOUT = 120.0
# Optional warm-up calls made by a fresh worker before it takes documents, so that loading the
# spaCy pipeline does not count against the first document's time limit.
_WARMUPS = ("reviewminer.rules:load_rules", "reviewminer.nlp:load_pipeline")


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


# ---------------------------------------------------------------------------------------------
# Finding the input files
# ---------------------------------------------------------------------------------------------

_GLOB_CHARS = frozenset("*?[")


def _skip_name(name: str) -> bool:
    # Hidden files and Office lock files ("~$report.docx") are never documents.
    return name.startswith(".") or name.startswith("~$")


def _walk(folder: Path) -> list[str]:
    found: list[str] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not _skip_name(d))
        for name in sorted(files):
            if not _skip_name(name) and os.path.splitext(name)[1].lower() in SUFFIXES:
                found.append(os.path.join(root, name))
    return found


def find_sources(sources: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> list[str]:
    """Expand paths, folders and glob patterns into a list of input files.

    * A folder is searched recursively for ``.pdf`` and ``.docx`` files (any case); hidden
      files and folders and Office lock files (``~$*``) are left out. The suffix decides
      inclusion, the content decides the format: a ``.pdf`` that is not a PDF becomes a
      failure, never a silent skip.
    * A glob pattern (``*``, ``?``, ``[``; ``**`` recurses) adds the files it matches and
      searches the folders it matches. A pattern that matches nothing adds nothing (and logs a
      warning).
    * Any other path is kept as given, whatever its suffix: it fails later with a clear reason if
      it does not exist or is not a PDF or .docx.

    Duplicates (the same path named twice) are removed; the order is as given.

    Args:
        sources: one path-like or an iterable of them.

    Returns:
        The input files as strings.

    Example:
        >>> find_sources([])
        []
    """
    if isinstance(sources, (str, os.PathLike)):
        sources = [sources]
    out: list[str] = []
    seen: set[str] = set()

    def add(p: str) -> None:
        key = os.path.abspath(p)
        if key not in seen:
            seen.add(key)
            out.append(os.path.normpath(p))

    for src in sources:
        s = os.fspath(src)
        if os.path.isdir(s):
            for f in _walk(Path(s)):
                add(f)
        elif not os.path.exists(s) and _GLOB_CHARS & set(s):
            matches = sorted(glob.glob(s, recursive=True))
            if not matches:
                log.warning("no files match %s", s)
            for m in matches:
                if os.path.isdir(m):
                    for f in _walk(Path(m)):
                        add(f)
                elif os.path.splitext(m)[1].lower() in SUFFIXES and not _skip_name(
                    os.path.basename(m)
                ):
                    add(m)
        else:
            add(s)
    return out


def _hash_source(source: str, store: Store | None) -> SourceRecord:
    path = os.path.abspath(source)
    try:
        st = os.stat(path)
        if not os.path.isfile(path):
            return SourceRecord(path, source, None, code="unsupported_format",
                                reason="not a regular file")
        sha = store.cached_hash(path, st.st_size, st.st_mtime_ns) if store is not None else None
        if sha is None:
            sha = file_sha256(path)
        return SourceRecord(path, source, sha, st.st_size, st.st_mtime_ns)
    except FileNotFoundError:
        return SourceRecord(path, source, None, code="not_found", reason="file not found")
    except OSError as e:
        return SourceRecord(path, source, None, code="unreadable",
                            reason=f"cannot be read: {e.strerror or e}")


# ---------------------------------------------------------------------------------------------
# Worker processes
# ---------------------------------------------------------------------------------------------


def _resolve(dotted: str) -> Callable[..., Any]:
    module, _, name = dotted.partition(":")
    if not name:
        module, _, name = dotted.rpartition(".")
    obj: Any = importlib.import_module(module)
    for part in name.split("."):
        obj = getattr(obj, part)
    if not callable(obj):
        raise TypeError(f"processor {dotted!r} is not callable")
    return obj  # type: ignore[no-any-return]


def _set_parent_death_signal() -> None:
    """Linux: have the kernel kill this worker if the parent dies (even by SIGKILL)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    except Exception:
        pass


def _max_rss_kb() -> int:
    try:
        import resource

        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return int(rss // 1024 if sys.platform == "darwin" else rss)
    except Exception:
        return 0


def _worker_main() -> None:  # pragma: no cover - runs in the worker process
    """Entry point of a worker process: ``python -c ... <fd> <parent pid>``."""
    fd, parent_pid = int(sys.argv[1]), int(sys.argv[2])
    _set_parent_death_signal()
    if os.getppid() != parent_pid:
        os._exit(0)
    # Ctrl-C reaches the whole process group: only the parent decides what happens.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    import faulthandler

    faulthandler.enable()  # a segfault leaves a traceback in the worker's stderr file
    conn = Connection(fd)
    init = conn.recv()
    sys.path[:] = init["sys_path"]
    try:
        func = _resolve(init["processor"])
        if init["processor"] == DEFAULT_PROCESSOR:
            for w in _WARMUPS:
                try:
                    _resolve(w)()
                except Exception:
                    pass
    except BaseException as e:
        conn.send(("fatal", f"cannot load processor {init['processor']!r}: "
                            f"{type(e).__name__}: {e}"))
        return
    limit_mb = init.get("memory_limit_mb")
    if limit_mb:
        import resource

        limit = int(limit_mb) * 1024 * 1024
        try:
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        except (ValueError, OSError):
            pass
    conn.send(("ready", os.getpid()))
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        task_id, path = msg
        t0 = time.perf_counter()
        fatal = False
        try:
            report = func(path)
            d = report.to_dict() if hasattr(report, "to_dict") else report
            blob = compress_report(json.dumps(d, ensure_ascii=False).encode("utf-8"))
            reply: tuple[Any, ...] = ("ok", task_id, blob, int(d.get("page_count") or 0))
        except MemoryError:
            reply = ("failed", task_id, "too_large",
                     f"ran out of memory (worker limit {limit_mb} MB)")
            fatal = True  # the interpreter may be in a poor state: start afresh
        except ReviewMinerError as e:
            reply = ("failed", task_id, e.code, e.reason)
        except RecursionError as e:
            reply = ("failed", task_id, "error", f"RecursionError: {e}")
        except Exception as e:
            reply = ("failed", task_id, "error", f"{type(e).__name__}: {e}")
        reply = reply + (time.perf_counter() - t0, _max_rss_kb())
        try:
            conn.send(reply)
        except MemoryError:
            conn.send(("failed", task_id, "too_large",
                       f"result too large for the memory limit ({limit_mb} MB)",
                       time.perf_counter() - t0, _max_rss_kb()))
            fatal = True
        if fatal:
            return


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


@dataclass(slots=True)
class Task:
    key: str  # e.g. the content sha256
    path: str
    size: int = 0


def _signal_name(returncode: int | None) -> str:
    if returncode is None:
        return "unknown status"
    if returncode < 0:
        try:
            return f"signal {signal.Signals(-returncode).name}"
        except ValueError:
            return f"signal {-returncode}"
    return f"exit code {returncode}"


class _Worker:
    """One worker process and the task it is running."""

    def __init__(self, init: dict[str, Any], env: dict[str, str]) -> None:
        parent_sock, child_sock = socket.socketpair()
        self.stderr: IO[bytes] = tempfile.TemporaryFile(prefix="reviewminer-worker-")
        fd = child_sock.fileno()
        code = "from reviewminer.batch import _worker_main; _worker_main()"
        self.proc = subprocess.Popen(
            [sys.executable, "-c", code, str(fd), str(os.getpid())],
            pass_fds=(fd,), env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=self.stderr, close_fds=True,
        )
        child_sock.close()
        self.conn = Connection(parent_sock.detach())
        self.conn.send(init)
        self.ready = False
        self.started = time.monotonic()
        self.task: Task | None = None
        self.deadline = math.inf
        self.n_tasks = 0

    def assign(self, task: Task, timeout: float | None) -> None:
        self.task = task
        self.n_tasks += 1
        self.deadline = time.monotonic() + timeout if timeout else math.inf
        self.conn.send((task.key, task.path))

    def stderr_tail(self, n: int = 400) -> str:
        try:
            self.stderr.seek(0, os.SEEK_END)
            size = self.stderr.tell()
            self.stderr.seek(max(0, size - 4000))
            text = self.stderr.read().decode("utf-8", "replace")
        except (OSError, ValueError):
            return ""
        lines = [ln for ln in text.strip().splitlines() if ln.strip()]
        # The interesting line of a faulthandler dump is its first; of a traceback, its last.
        for ln in lines:
            if ln.startswith("Fatal Python error"):
                return ln.strip()[:n]
        return lines[-1].strip()[:n] if lines else ""

    def kill(self) -> int | None:
        if self.proc.poll() is None:
            self.proc.kill()
        try:
            rc = self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:  # pragma: no cover - a zombie in uninterruptible sleep
            rc = None
        self._close()
        return rc

    def stop(self) -> None:
        """Ask the worker to exit; kill it if it does not."""
        try:
            self.conn.send(None)
        except OSError:
            pass
        try:
            self.proc.wait(timeout=2)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)
        self._close()

    def _close(self) -> None:
        try:
            self.conn.close()
        except OSError:
            pass
        try:
            self.stderr.close()
        except OSError:
            pass


def _worker_env() -> dict[str, str]:
    env = dict(os.environ)
    # One thread per worker: the pool provides the parallelism, and fewer threads keep the address
    # space (RLIMIT_AS) small.
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        env.setdefault(var, "1")
    env.setdefault("MALLOC_ARENA_MAX", "2")
    pkg_root = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(
        [pkg_root] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else [])
    )
    return env


class WorkerPool:
    """Long-lived worker processes, each reading one document at a time, supervised.

    Args:
        workers: number of worker processes.
        timeout: seconds allowed per document (None: no limit).
        memory_limit_mb: address-space limit per worker in MB (None: no limit).
        processor: ``"module:function"`` taking a path and returning a Report (or its dict).
        max_tasks_per_worker: documents a worker reads before it is replaced (None: never).

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
        max_tasks_per_worker: int | None = DEFAULT_MAX_TASKS_PER_WORKER,
    ) -> None:
        if workers < 1:
            raise ValueError(f"workers must be at least 1, got {workers}")
        self.n_workers = workers
        self.timeout = timeout
        self.memory_limit_mb = memory_limit_mb
        self.processor = processor
        self.max_tasks_per_worker = max_tasks_per_worker
        self._workers: list[_Worker] = []
        self._env = _worker_env()
        self._startup_failures = 0
        self.restarts = 0

    def _init_msg(self) -> dict[str, Any]:
        return {
            "sys_path": list(sys.path),
            "processor": self.processor,
            "memory_limit_mb": self.memory_limit_mb,
        }

    def _spawn(self) -> _Worker:
        w = _Worker(self._init_msg(), self._env)
        self._workers.append(w)
        return w

    def _retire(self, w: _Worker, *, kill: bool) -> int | None:
        self._workers.remove(w)
        if kill:
            return w.kill()
        w.stop()
        return w.proc.returncode

    def _ensure(self, wanted: int) -> None:
        while len(self._workers) < wanted:
            self._spawn()

    def imap_unordered(self, tasks: Iterable[Task]) -> Iterator[tuple[Task, Outcome]]:
        """Run every task; yield ``(task, outcome)`` as each finishes (never raises for a task)."""
        pending = deque(tasks)
        while pending or any(w.task is not None for w in self._workers):
            busy = sum(1 for w in self._workers if w.task is not None)
            self._ensure(min(self.n_workers, busy + len(pending)))
            for w in list(self._workers):
                if w.ready and w.task is None and pending:
                    task = pending.popleft()
                    try:
                        w.assign(task, self.timeout)
                    except OSError:  # the worker died while idle: replace it, keep the task
                        w.task = None
                        pending.appendleft(task)
                        self._retire(w, kill=True)
            now = time.monotonic()
            deadlines = [w.deadline for w in self._workers if w.task is not None]
            deadlines += [w.started + _STARTUP_TIMEOUT for w in self._workers if not w.ready]
            wait_for = max(0.0, min(deadlines) - now) if deadlines else None
            ready = wait([w.conn for w in self._workers], timeout=wait_for)
            by_conn = {id(w.conn): w for w in self._workers}
            for conn in ready:
                got = by_conn.get(id(conn))
                if got is not None:
                    yield from self._receive(got)
            now = time.monotonic()
            for w in list(self._workers):
                if w.task is not None and now >= w.deadline:
                    if w.conn.poll():  # finished while the caller was busy with another result
                        yield from self._receive(w)
                        continue
                    task = w.task
                    self._retire(w, kill=True)
                    self.restarts += 1
                    yield task, Outcome(
                        "failed", "timeout",
                        f"took longer than the per-document time limit of {self.timeout:g} s;"
                        " its worker was stopped",
                        seconds=self.timeout,
                    )
                elif not w.ready and now >= w.started + _STARTUP_TIMEOUT:
                    self._retire(w, kill=True)
                    self._startup_failed(f"did not start within {_STARTUP_TIMEOUT:g} s")

    def _startup_failed(self, why: str) -> None:
        self._startup_failures += 1
        if self._startup_failures >= 3:
            raise RuntimeError(f"reviewminer worker processes fail to start: {why}")

    def _receive(self, w: _Worker) -> Iterator[tuple[Task, Outcome]]:
        try:
            msg = w.conn.recv()
        except (EOFError, OSError):
            msg = None
        if msg is None:  # the worker died
            task, tail = w.task, w.stderr_tail()
            rc = self._retire(w, kill=True)
            if task is not None:
                self.restarts += 1
                why = f"the worker process died ({_signal_name(rc)}) while reading it"
                if tail:
                    why += f": {tail}"
                yield task, Outcome("failed", "crashed", why)
            elif not w.ready:
                self._startup_failed(f"a worker exited during start-up ({_signal_name(rc)})"
                                     + (f": {tail}" if tail else ""))
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
        if kind == "ok":
            _, _, blob, pages, secs, rss = msg
            outcome = Outcome("ok", payload=blob, page_count=pages, seconds=secs, max_rss_kb=rss)
        else:
            _, _, code, reason, secs, rss = msg
            outcome = Outcome("failed", code, reason, seconds=secs, max_rss_kb=rss)
        if outcome.code == "too_large":  # the worker exits after a MemoryError
            self._retire(w, kill=True)
        elif self.max_tasks_per_worker and w.n_tasks >= self.max_tasks_per_worker:
            self._retire(w, kill=False)
        yield task, outcome

    def close(self) -> None:
        """Stop every worker (a busy one is killed)."""
        for w in list(self._workers):
            self._retire(w, kill=w.task is not None)

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# ---------------------------------------------------------------------------------------------
# Progress
# ---------------------------------------------------------------------------------------------


def _fmt_eta(seconds: float) -> str:
    if not math.isfinite(seconds):
        return "--:--"
    s = int(seconds)
    if s >= 3600:
        return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"
    return f"{s // 60:02d}:{s % 60:02d}"


class Progress:
    """Progress on stderr: a one-line bar on a terminal, plain log lines otherwise."""

    def __init__(self, total: int, *, cached: int = 0, stream: IO[str] | None = None,
                 enabled: bool = True) -> None:
        self.total = total
        self.cached = cached
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = enabled
        self.tty = enabled and hasattr(self.stream, "isatty") and self.stream.isatty()
        self.done = 0
        self.failed = 0
        self.pages = 0
        self.start = time.monotonic()
        self._last_draw = 0.0
        if enabled and not self.tty:
            extra = f" ({cached} already in the store)" if cached else ""
            self._line(f"reading {total} document(s){extra}")

    def _line(self, text: str) -> None:
        print(text, file=self.stream, flush=True)

    def update(self, source: str, outcome: Outcome) -> None:
        self.done += 1
        self.pages += outcome.page_count or 0
        if not outcome.ok:
            self.failed += 1
        if not self.enabled:
            return
        if self.tty:
            now = time.monotonic()
            if now - self._last_draw >= 0.1 or self.done == self.total:
                self._last_draw = now
                self._draw()
        else:
            n = len(str(self.total))
            if outcome.ok:
                self._line(f"[{self.done:>{n}}/{self.total}] ok     {source} "
                           f"({outcome.page_count} pages, {outcome.seconds or 0:.1f} s)")
            else:
                self._line(f"[{self.done:>{n}}/{self.total}] FAILED {source}: "
                           f"{outcome.code}: {outcome.reason}")

    def _draw(self) -> None:
        elapsed = max(time.monotonic() - self.start, 1e-9)
        frac = self.done / self.total if self.total else 1.0
        width = 24
        bar = "#" * int(frac * width) + "." * (width - int(frac * width))
        rate = self.pages / elapsed
        eta = elapsed / self.done * (self.total - self.done) if self.done else math.inf
        fails = f"  {self.failed} failed" if self.failed else ""
        text = (f"\r[{bar}] {self.done}/{self.total} docs  {rate:.1f} pages/s  "
                f"ETA {_fmt_eta(eta)}{fails}")
        cols = shutil.get_terminal_size((100, 20)).columns
        self.stream.write(text[: cols - 1].ljust(min(cols - 1, 79)))
        self.stream.flush()

    def close(self) -> None:
        if not self.enabled:
            return
        if self.tty:
            self._draw()
            self.stream.write("\n")
            self.stream.flush()
        elapsed = time.monotonic() - self.start
        self._line(f"done: {self.done - self.failed} read, {self.failed} failed, "
                   f"{self.pages} pages in {elapsed:.1f} s"
                   + (f" ({self.pages / elapsed:.1f} pages/s)" if elapsed > 0 else ""))


# ---------------------------------------------------------------------------------------------
# Results and the Corpus
# ---------------------------------------------------------------------------------------------


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

    @property
    def document_id(self) -> str | None:
        return self.sha256[:16] if self.sha256 else None

    @property
    def message(self) -> str | None:
        """The failure message, naming the file."""
        return None if self.ok else f"{self.source}: {self.reason}"

    @property
    def report(self) -> Report | None:
        """The :class:`Report` (decoded on first access), or None for a failure."""
        if self._report is None and self.payload is not None:
            from reviewminer.model import Report

            self._report = Report.from_dict(json.loads(decompress_report(self.payload)))
        return self._report

    @property
    def error(self) -> ReviewMinerError | None:
        """The failure as an exception (not raised), or None."""
        if self.ok:
            return None
        return make_error(self.source, self.code or "error", self.reason or "failed")


def _result_rows(results: Sequence[Result]) -> tuple[dict[str, list[dict[str, Any]]],
                                                     list[dict[str, Any]]]:
    """Table rows for results: documents per source, extraction rows once per content."""
    from reviewminer.export import TABLES, report_rows

    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    failures: list[dict[str, Any]] = []
    by_sha: dict[str, list[Result]] = {}
    for r in sorted(results, key=lambda r: r.source):
        if r.ok and r.sha256:
            by_sha.setdefault(r.sha256, []).append(r)
        elif not r.ok:
            failures.append({"source": r.source, "code": r.code, "message": r.message})
    groups = sorted(by_sha.values(), key=lambda g: g[0].source)
    for group in groups:
        report = next((r.report for r in group if r.payload is not None or r._report is not None),
                      None)
        if report is None:  # pragma: no cover
            continue
        canonical = group[0].source
        trows = report_rows(report)
        doc_row = trows["documents"][0]
        for r in group:
            rows["documents"].append({**doc_row, "source": r.source})
        for table, trs in trows.items():
            if table == "documents":
                continue
            for row in trs:
                row["source"] = canonical
                rows[table].append(row)
    return rows, failures


def results_frames(results: Sequence[Result]) -> dict[str, pd.DataFrame]:
    """Tidy DataFrames (``export.COLUMNS``) plus ``failures`` for a list of results."""
    import pandas as pd

    from reviewminer.export import frames_from_rows

    rows, failures = _result_rows(results)
    frames = frames_from_rows(rows)
    frames["failures"] = pd.DataFrame(failures, columns=list(FAILURE_COLUMNS))
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
        """``documents``, ``sections``, ``lines_of_enquiry``, ``recommendations``, ``parties``."""
        from reviewminer.export import TABLES

        frames = self._all_frames()
        return {t: frames[t].copy() for t in TABLES}

    @property
    def documents(self) -> pd.DataFrame:
        """One row per input file read (duplicates of one content share a ``document_id``)."""
        return self._all_frames()["documents"].copy()

    @property
    def failures(self) -> pd.DataFrame:
        """One row per input file that failed: ``source``, ``code``, ``message``."""
        return self._all_frames()["failures"].copy()

    def write(self, out_dir: str | os.PathLike[str], *,
              formats: str | Sequence[str] = ("csv",)) -> list[Path]:
        """Write every table and ``failures`` to ``out_dir`` (atomically; see ``writers``).

        Example:
            >>> corpus.write("out/", formats="csv,xlsx")  # doctest: +SKIP
        """
        from reviewminer.export import write_tables

        return write_tables(self._all_frames(), out_dir, formats=formats)


# ---------------------------------------------------------------------------------------------
# read_many
# ---------------------------------------------------------------------------------------------


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - macOS
        return max(1, os.cpu_count() or 1)


def _check_options(errors: str, workers: int | None, timeout: float | None,
                   memory_limit: int | None) -> None:
    if errors not in _ERROR_MODES:
        raise ValueError(f"errors must be one of {', '.join(map(repr, _ERROR_MODES))}, "
                         f"got {errors!r}")
    if workers is not None and (not isinstance(workers, int) or workers < 1):
        raise ValueError(f"workers must be a positive integer or None, got {workers!r}")
    if timeout is not None and timeout <= 0:
        raise ValueError(f"timeout must be positive seconds or None, got {timeout!r}")
    if memory_limit is not None and memory_limit <= 0:
        raise ValueError(f"memory_limit must be positive MB or None, got {memory_limit!r}")


def iter_read_many(
    sources: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    workers: int | None = None,
    progress: bool = True,
    errors: ErrorsMode = "collect",
    timeout: float | None = DEFAULT_TIMEOUT,
    memory_limit: int | None = DEFAULT_MEMORY_LIMIT_MB,
    store: str | os.PathLike[str] | Store | None = None,
    scheduler: Any = None,
    retry_failed: bool = False,
    processor: str | None = None,
) -> Iterator[Result]:
    """Read many documents, yielding a :class:`Result` per input file as each finishes.

    Takes the same arguments as :func:`read_many`; results already in ``store`` come first.
    Stopping the iteration early stops the workers.

    Example:
        >>> for result in iter_read_many(["reports/"], progress=False):  # doctest: +SKIP
        ...     print(result.source, result.ok, result.code)
    """
    _check_options(errors, workers, timeout, memory_limit)
    processor = processor or os.environ.get(PROCESSOR_ENV) or DEFAULT_PROCESSOR
    version = extractor_key(processor)
    files = find_sources(sources)

    own_store = not isinstance(store, Store)
    if isinstance(store, Store):
        st = store
    else:
        st = Store(":memory:" if store is None else os.fspath(store))
    try:
        yield from _run(files, st, version=version, workers=workers, progress=progress,
                        errors=errors, timeout=timeout, memory_limit=memory_limit,
                        scheduler=scheduler, retry_failed=retry_failed, processor=processor)
    finally:
        if own_store:
            st.close()


def _run(files: list[str], st: Store, *, version: str, workers: int | None, progress: bool,
         errors: str, timeout: float | None, memory_limit: int | None, scheduler: Any,
         retry_failed: bool, processor: str) -> Iterator[Result]:
    records = [_hash_source(f, st) for f in files]
    st.put_sources(records)

    def emit(result: Result) -> Iterator[Result]:
        if result.ok:
            yield result
            return
        if errors == "raise":
            err = result.error
            assert err is not None
            raise err
        if errors == "warn":
            warnings.warn(result.message or "", stacklevel=3)
        if errors in ("collect", "warn"):
            yield result

    for rec in records:  # files that could not even be hashed
        if rec.sha256 is None:
            yield from emit(Result(rec.source, None, False, rec.code, rec.reason))

    groups: dict[str, list[SourceRecord]] = {}
    for rec in records:
        if rec.sha256 is not None:
            groups.setdefault(rec.sha256, []).append(rec)
    todo: list[Task] = []
    for sha, recs in groups.items():
        recs.sort(key=lambda r: r.source)
        stored = st.get(sha, version)
        if stored is not None and (stored.ok or not retry_failed):
            for rec in recs:
                yield from emit(_result_from_record(rec.source, stored, cached=True))
        else:
            todo.append(Task(sha, recs[0].path, recs[0].size or 0))
    # Largest first: long documents do not end up alone at the tail of the run.
    todo.sort(key=lambda t: -t.size)

    bar = Progress(len(todo), cached=len(groups) - len(todo), enabled=progress)
    n_workers = workers or default_workers()
    if scheduler is not None:
        from reviewminer.distributed import dask_imap

        runner: Iterator[tuple[Task, Outcome]] = dask_imap(
            scheduler, todo, timeout=timeout, memory_limit_mb=memory_limit, processor=processor)
        pool = None
    else:
        pool = WorkerPool(max(1, min(n_workers, len(todo))), timeout=timeout,
                          memory_limit_mb=memory_limit, processor=processor)
        runner = pool.imap_unordered(todo) if todo else iter(())
    try:
        for task, outcome in runner:
            recs = groups[task.key]
            record = DocumentRecord(
                task.key, version, outcome.status, outcome.code, outcome.reason, recs[0].source,
                outcome.page_count, outcome.seconds, outcome.max_rss_kb, outcome.payload,
            )
            st.put(record)
            bar.update(recs[0].source, outcome)
            for rec in recs:
                yield from emit(_result_from_record(rec.source, record, cached=False))
    finally:
        if pool is not None:
            pool.close()
        else:
            close = getattr(runner, "close", None)
            if close is not None:
                close()
        bar.close()


def _result_from_record(source: str, rec: DocumentRecord, *, cached: bool) -> Result:
    return Result(source, rec.sha256, rec.ok, rec.code, rec.reason, rec.page_count, rec.seconds,
                  cached, rec.report)


def read_many(
    sources: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    workers: int | None = None,
    progress: bool = True,
    errors: ErrorsMode = "collect",
    timeout: float | None = DEFAULT_TIMEOUT,
    memory_limit: int | None = DEFAULT_MEMORY_LIMIT_MB,
    store: str | os.PathLike[str] | Store | None = None,
    scheduler: Any = None,
    retry_failed: bool = False,
    processor: str | None = None,
) -> Corpus:
    """Read many review reports in parallel worker processes.

    Args:
        sources: paths, folders (searched recursively for ``.pdf``/``.docx``) and glob patterns.
        workers: worker processes; default one per available core.
        progress: show progress on stderr (a bar on a terminal, log lines otherwise).
        errors: what a failed document does: ``"collect"`` (default) keeps it as a failed
            :class:`Result` and a row of ``Corpus.failures``; ``"warn"`` also warns; ``"skip"``
            leaves it out of the results; ``"raise"`` raises its :class:`ReviewMinerError`.
        timeout: seconds allowed per document; past it the worker is killed and the document
            fails with code ``timeout``. None: no limit.
        memory_limit: address-space limit of each worker in MB; a document that needs more fails
            with code ``too_large``. None: no limit.
        store: a SQLite file (or :class:`reviewminer.store.Store`) keeping every outcome; given
            again, documents already there are not read again. Default: in memory.
        scheduler: a ``dask.distributed.Client``: read on its cluster instead of local workers.
        retry_failed: read again the documents whose failure is recorded in ``store``.
        processor: advanced/test use: ``"module:function"`` run in the workers instead of
            :func:`reviewminer.read` (env ``REVIEWMINER_TEST_PROCESSOR`` does the same; test-only).

    Returns:
        A :class:`Corpus`.

    Raises:
        ReviewMinerError: with ``errors="raise"``, the first failure.
        ValueError: an invalid option.

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
            retry_failed=retry_failed, processor=processor,
        )
    )


def store_results(st: Store, *, processor: str | None = None) -> list[Result]:
    """Every source recorded in a store with its stored outcome (for exports after a run).

    A source whose content has no stored outcome yet (a run stopped before reading it) is
    reported as a failure with code ``pending``.
    """
    processor = processor or os.environ.get(PROCESSOR_ENV) or DEFAULT_PROCESSOR
    version = extractor_key(processor)
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
            out.append(_result_from_record(rec.source, doc, cached=True))
    return out

