"""Where the main process of a bulk run spends its time: wall and CPU seconds per part.

A run times its own parts and, when it ends, logs them at DEBUG on ``reviewminer.bulk`` (so in a
``--log-file``) with the CPU seconds of its worker processes::

    main process 9.42 s, 0.61 s CPU; workers 15.80 s CPU; find 0.01/0.01, key 0.31/0.30, ...

(each part: wall/CPU seconds). The parts (:data:`PARTS`): ``find`` the inputs, the store ``key``
(the rules' fingerprint), ``hash`` the inputs and look them up in the store, ``start`` worker
processes, ``dispatch`` tasks, ``receive`` results (the pipe and unpickling; the report JSON stays
compressed, it is not decoded here), ``store`` them (SQLite commits), ``progress`` (the bar and
the per-document log lines), ``wait`` for the workers (idle), ``stop`` them, and ``caller``: the
time the code iterating over the results takes between two results. ``benchmarks/`` reads the
line to show what the main process costs next to the workers.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator

from reviewminer.logs import get_logger

__all__ = ["PARTS", "RunTimes", "children_cpu"]

#: The parts of a run that are timed, in the order they are logged.
PARTS: tuple[str, ...] = ("find", "key", "hash", "start", "dispatch", "receive", "store",
                          "progress", "wait", "stop", "caller")

log = get_logger("reviewminer.bulk")


def children_cpu() -> float:
    """CPU seconds of this process's children that have ended and been reaped (0 where
    unknown)."""
    try:
        import resource
    except ImportError:  # pragma: no cover - not a POSIX system
        return 0.0
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


class RunTimes:
    """Wall and CPU seconds of the main process, per part of a run (see the module).

    Example:
        >>> times = RunTimes()
        >>> with times.part("hash"):
        ...     pass
        >>> times.wall["hash"] >= 0.0
        True
    """

    def __init__(self) -> None:
        self.wall = dict.fromkeys(PARTS, 0.0)
        self.cpu = dict.fromkeys(PARTS, 0.0)
        self._started = (time.perf_counter(), time.process_time(), children_cpu())

    @contextlib.contextmanager
    def part(self, name: str) -> Iterator[None]:
        """Count the time of the ``with`` block under ``name`` (one of :data:`PARTS`)."""
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            yield
        finally:
            self.wall[name] += time.perf_counter() - wall
            self.cpu[name] += time.process_time() - cpu

    def summary(self) -> str:
        """One line: the main process's wall and CPU seconds so far, the workers' CPU seconds
        (the children reaped since), and each part as wall/CPU seconds."""
        wall0, cpu0, children0 = self._started
        parts = ", ".join(f"{p} {self.wall[p]:.2f}/{self.cpu[p]:.2f}" for p in PARTS)
        return (f"main process {time.perf_counter() - wall0:.2f} s, "
                f"{time.process_time() - cpu0:.2f} s CPU; workers "
                f"{children_cpu() - children0:.2f} s CPU; {parts}")

    def log(self) -> None:
        """Log :meth:`summary` at DEBUG on ``reviewminer.bulk``."""
        log.debug("%s", self.summary())
