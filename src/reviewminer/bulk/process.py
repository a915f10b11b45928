"""The parent's handle on one worker process: start it, give it a task, stop or kill it.

Workers are started with ``subprocess`` rather than ``multiprocessing`` so that they also work
inside daemonic processes (Dask workers) and never re-import the caller's ``__main__``. They are
fresh interpreters, like the "spawn" start method: forking a parent that has spaCy and pdfium
loaded is unsafe. The child side is :mod:`reviewminer.bulk.worker`.
"""

from __future__ import annotations

import contextlib
import math
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from multiprocessing.connection import Connection
from pathlib import Path
from typing import IO, Any

from reviewminer.bulk.settings import DEFAULT_SETTINGS, BulkSettings
from reviewminer.bulk.tasks import Task
from reviewminer.parsers.options import OCR_JOBS_ENV

__all__ = ["WORKER_BOOTSTRAP", "WorkerProcess", "signal_name", "worker_env"]

#: The ``python -c`` program of a worker process.
WORKER_BOOTSTRAP = "from reviewminer.bulk.worker import worker_main; worker_main()"
# Environment variables limiting native thread pools: one thread per worker, the pool provides
# the parallelism, and fewer threads keep the address space (RLIMIT_AS) small.
_THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")
#: A worker aborted (SIGABRT) whose resident size grew during the task by at least this share of
#: the room its memory limit left ran out of memory (``too_large``), not crashed: pdfium aborts
#: when an allocation fails. (Resident size stays below the address-space limit, which also
#: counts reserved memory: 77-90 % of the limit at the abort in tests.)
OOM_RSS_SHARE = 0.5


def _peak_rss_kb(pid: int) -> int:
    """A live process's peak resident size so far (Linux ``VmHWM``; 0 where unknown)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0
# The folder holding the ``reviewminer`` package (``src/`` in a checkout).
_PACKAGE_ROOT = Path(__file__).resolve().parents[2]


def signal_name(returncode: int | None) -> str:
    """How a process ended, for a failure reason: ``signal SIGSEGV``, ``exit code 3``."""
    if returncode is None:
        return "unknown status"
    if returncode < 0:
        try:
            return f"signal {signal.Signals(-returncode).name}"
        except ValueError:
            return f"signal {-returncode}"
    return f"exit code {returncode}"


def worker_env() -> dict[str, str]:
    """The environment of a worker: this one, one thread per library, this package importable."""
    env = dict(os.environ)
    for var in _THREAD_VARS:
        env.setdefault(var, "1")
    env.setdefault("MALLOC_ARENA_MAX", "2")
    # a worker recognises one page at a time: the workers themselves already use every core
    env.setdefault(OCR_JOBS_ENV, "1")
    pkg_root = str(_PACKAGE_ROOT)
    env["PYTHONPATH"] = os.pathsep.join(
        [pkg_root] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else [])
    )
    return env


class WorkerProcess:
    """One worker process and the task it is running."""

    def __init__(self, init: dict[str, Any], env: dict[str, str],
                 settings: BulkSettings = DEFAULT_SETTINGS) -> None:
        self.settings = settings
        parent_sock, child_sock = socket.socketpair()
        # Open for the worker's lifetime, closed by _close(): no context manager can hold it.
        self.stderr: IO[bytes] = tempfile.TemporaryFile(  # noqa: SIM115
            prefix="reviewminer-worker-")
        fd = child_sock.fileno()
        # A child's wait4 peak starts at its parent's resident size when it was forked.
        self.inherited_rss_kb = _peak_rss_kb(os.getpid())
        self.proc = subprocess.Popen(
            [sys.executable, "-c", WORKER_BOOTSTRAP, str(fd), str(os.getpid())],
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
        self.max_rss_kb = 0  # peak resident size, known once the process is reaped
        self.rss_before_kb = 0  # peak resident size when its current task was assigned

    @property
    def busy(self) -> bool:
        return self.task is not None

    @property
    def startup_deadline(self) -> float:
        return self.started + self.settings.startup_timeout

    def assign(self, task: Task, timeout: float | None) -> None:
        self.rss_before_kb = _peak_rss_kb(self.proc.pid)
        self.task = task
        self.n_tasks += 1
        self.deadline = time.monotonic() + timeout if timeout else math.inf
        self.conn.send((task.key, task.path))

    def stderr_tail(self) -> str:
        """The telling line at the end of the worker's stderr (a fatal error or an exception)."""
        n = self.settings.stderr_tail_chars
        try:
            self.stderr.seek(0, os.SEEK_END)
            size = self.stderr.tell()
            self.stderr.seek(max(0, size - self.settings.stderr_tail_bytes))
            text = self.stderr.read().decode("utf-8", "replace")
        except (OSError, ValueError):
            return ""
        lines = [ln for ln in text.strip().splitlines() if ln.strip()]
        # The interesting line of a faulthandler dump is its first; of a traceback, its last.
        for ln in lines:
            if ln.startswith("Fatal Python error"):
                return ln.strip()[:n]
        return lines[-1].strip()[:n] if lines else ""

    def kill(self, grace: float = 0.0) -> int | None:
        """Kill the process (after ``grace`` seconds to end on its own) and reap it."""
        rc = self._reap(grace)
        if rc is None and self.proc.returncode is None:
            # os.kill, not Popen.kill: that polls first, reaping a dead process with waitpid
            # and losing its resource usage
            with contextlib.suppress(OSError):
                os.kill(self.proc.pid, signal.SIGKILL)
            rc = self._reap(self.settings.reap_timeout)
        if rc is None:
            try:
                rc = self.proc.wait(timeout=self.settings.reap_timeout)
            except subprocess.TimeoutExpired:  # pragma: no cover - uninterruptible sleep
                rc = None
        self._close()
        return rc

    def _reap(self, timeout: float) -> int | None:
        """Reap the process with ``wait4`` if it ends within ``timeout`` seconds, learning its
        peak memory (``self.max_rss_kb``); None if it is still running or cannot be waited for
        here (no ``wait4``, or already reaped)."""
        if self.proc.returncode is not None or not hasattr(os, "wait4"):
            return self.proc.returncode
        deadline = time.monotonic() + timeout
        while True:
            try:
                pid, status, usage = os.wait4(self.proc.pid, os.WNOHANG)
            except ChildProcessError:  # reaped elsewhere
                return None
            if pid:
                self.max_rss_kb = int(usage.ru_maxrss)
                self.proc.returncode = os.waitstatus_to_exitcode(status)
                return self.proc.returncode
            if time.monotonic() >= deadline:
                return None
            time.sleep(0.01)

    def out_of_memory(self, rc: int | None, memory_limit_mb: int | None) -> bool:
        """Whether a worker that died with ``rc`` most likely ran out of memory: native
        libraries (pdfium) abort instead of raising MemoryError when an allocation fails under
        the address-space limit. Judged as killed by SIGABRT after its resident size grew, while
        reading the document, by at least :data:`OOM_RSS_SHARE` of the room the limit left it;
        a crash without such growth stays a crash."""
        if not memory_limit_mb or rc != -signal.SIGABRT:
            return False
        if self.max_rss_kb <= self.inherited_rss_kb:
            # wait4's peak counts the parent's size at the fork: the worker's own is unknown
            return False
        # the growth while reading the document, against the room the limit left it
        before = min(self.rss_before_kb, memory_limit_mb * 1024)
        room = memory_limit_mb * 1024 - before
        return self.max_rss_kb - before >= OOM_RSS_SHARE * room

    def stop(self) -> None:
        """Ask the worker to exit; kill it if it does not."""
        self.ask_to_stop()
        self.wait_stopped()

    def ask_to_stop(self) -> None:
        """Ask the worker to exit (it ends at once: :meth:`wait_stopped` reaps it), without
        waiting, so that several workers end at the same time."""
        with contextlib.suppress(OSError):
            self.conn.send(None)

    def has_stopped(self) -> bool:
        """Whether a worker asked to stop has exited (it is then reaped and closed)."""
        if self.proc.poll() is None:
            return False
        self._close()
        return True

    def wait_stopped(self) -> None:
        """Wait for a worker asked to stop to exit; kill it if it does not within the grace."""
        try:
            self.proc.wait(timeout=self.settings.stop_grace)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=self.settings.reap_timeout)
        self._close()

    def _close(self) -> None:
        with contextlib.suppress(OSError):
            self.conn.close()
        with contextlib.suppress(OSError):
            self.stderr.close()
