"""How long a bulk run's reading phase has left: an estimate that is honest from the start.

Elapsed time per document times the documents left is badly wrong at the start of a run: the
first result arrives only after the workers have started (interpreter, rules, spaCy: 2-4 s), so
right after the first document a 55 s run of 2,428 files claims more than two hours. Instead:

* **cost**: worker seconds per input byte, from :attr:`Outcome.seconds` (measured inside the worker
  around one document, so start-up and queueing are not in it). Once more documents than workers
  are done, the first document of each worker (the first ``workers`` results) is left out: it
  also pays the worker's first-use costs (fonts, caches);
* **work left**: the cost times the bytes not yet read (every input's size is known once the
  inputs are hashed), or, without sizes, the mean seconds per document times the documents left;
  spread over the workers, never more of them than documents left;
* **basis**: no estimate before ``min_docs`` documents are done or ``min_seconds`` have passed
  since the first one;
* between results the estimate counts down with the clock.

Every method takes the time (``now``) from its caller, so tests can drive it with a fake clock.
"""

from __future__ import annotations

__all__ = ["EtaEstimator"]


class EtaEstimator:
    """Seconds left of a reading phase.

    Args:
        total_docs: documents to read.
        total_bytes: their sizes added up (0 when unknown).
        workers: documents read at the same time (worker processes, Dask threads).
        min_docs, min_seconds: the basis needed before :meth:`eta` gives a number.

    Example:
        >>> est = EtaEstimator(total_docs=10, total_bytes=1000, workers=1)
        >>> est.add(now=5.0, size=100, seconds=1.0)
        >>> est.eta(now=5.0) is None            # one document is no basis
        True
        >>> est.add(now=6.0, size=100, seconds=1.0)
        >>> est.add(now=7.0, size=100, seconds=1.0)
        >>> est.eta(now=7.0)                    # 700 bytes left at 0.01 s a byte
        7.0
        >>> est.eta(now=9.0)                    # counting down until the next result
        5.0
    """

    def __init__(self, total_docs: int, total_bytes: int, workers: int, *, min_docs: int = 3,
                 min_seconds: float = 3.0) -> None:
        self.total_docs = total_docs
        self.total_bytes = max(0, total_bytes)
        self.workers = max(1, workers)
        self.min_docs = min_docs
        self.min_seconds = min_seconds
        self.docs = 0
        self.bytes_done = 0
        self._timed: list[tuple[int, float]] = []  # (bytes, worker seconds), in finishing order
        self._first: float | None = None
        self._estimate: float | None = None
        self._estimated_at = 0.0

    def add(self, now: float, size: int, seconds: float | None) -> None:
        """A document finished at ``now``: its size in bytes and its worker seconds (None when
        unknown, e.g. its worker crashed)."""
        if self._first is None:
            self._first = now
        self.docs += 1
        self.bytes_done += max(0, size)
        if seconds is not None and seconds >= 0:
            self._timed.append((max(0, size), seconds))
        self._estimate = self._seconds_left()
        self._estimated_at = now

    def _seconds_left(self) -> float | None:
        docs_left = self.total_docs - self.docs
        if docs_left <= 0:
            return 0.0
        timed = self._timed[self.workers:] if len(self._timed) > self.workers else self._timed
        if not timed:
            return None
        seconds = sum(s for _, s in timed)
        size = sum(b for b, _ in timed)
        bytes_left = self.total_bytes - self.bytes_done
        if size > 0 and bytes_left > 0:
            work = seconds / size * bytes_left
        else:
            work = seconds / len(timed) * docs_left
        return work / min(self.workers, docs_left)

    def has_basis(self, now: float) -> bool:
        """Enough is done to estimate: ``min_docs`` documents, or ``min_seconds`` since the
        first."""
        return self._first is not None and (
            self.docs >= self.min_docs or now - self._first >= self.min_seconds)

    def eta(self, now: float) -> float | None:
        """Seconds left at ``now``; None until the estimate has a basis."""
        if self._estimate is None or not self.has_basis(now):
            return None
        return max(0.0, self._estimate - (now - self._estimated_at))
