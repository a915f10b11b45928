"""reviewminer.bulk.eta: the ETA of a run is honest from its first documents.

A small scheduler replays a run on a fake clock: ``workers`` workers become ready after a start-up
time, take the documents largest first, and each document's worker seconds are known. After every
result the estimate is compared with the truth (the run's real end minus now).
"""

from __future__ import annotations

import heapq
import io

import pytest

from reviewminer.bulk import Outcome
from reviewminer.bulk.eta import EtaEstimator
from reviewminer.bulk.progress import RunProgress

Doc = tuple[int, float]  # (bytes, worker seconds)


def replay(docs: list[Doc], workers: int, startup: float, first_extra: float = 0.0
           ) -> list[tuple[float, int, float]]:
    """``(finished at, bytes, worker seconds)`` of each document, in finishing order, when
    ``workers`` workers ready at ``startup`` take ``docs`` in order; each worker's first document
    takes ``first_extra`` seconds longer (its first-use costs)."""
    free = [(startup, w) for w in range(workers)]
    heapq.heapify(free)
    seen: set[int] = set()
    done = []
    for size, seconds in docs:
        t, w = heapq.heappop(free)
        took = seconds + (first_extra if w not in seen else 0.0)
        seen.add(w)
        done.append((t + took, size, took))
        heapq.heappush(free, (t + took, w))
    return sorted(done)


def naive_eta(elapsed: float, done: int, total: int) -> float:
    """The old estimate: elapsed time per document times the documents left."""
    return elapsed / done * (total - done)


def test_eta_after_the_first_documents_is_near_the_truth_when_the_first_is_slow() -> None:
    # 40 documents of 100 kB, 1 s each; 4 s of worker start-up; each worker's first document
    # takes 3 s more. The run ends at 4 + 3 + 1 + 19 = 27 s.
    docs = [(100_000, 1.0)] * 40
    finished = replay(docs, workers=2, startup=4.0, first_extra=3.0)
    end = finished[-1][0]
    est = EtaEstimator(len(docs), sum(b for b, _ in docs), workers=2, min_docs=3)
    for n, (now, size, seconds) in enumerate(finished, 1):
        est.add(now, size, seconds)
        eta = est.eta(now)
        if n < 3:
            assert eta is None, f"an ETA after {n} document(s) has no basis"
            continue
        truth = end - now
        assert eta is not None
        if truth >= 2.0:
            assert truth / 1.5 <= eta <= truth * 1.5, (n, eta, truth)
    # the old estimate after three documents: 8 s / 3 * 37 = 99 s for 19 s left
    now3 = finished[2][0]
    assert naive_eta(now3, 3, 40) > 4 * (end - now3)


def test_eta_with_mixed_sizes_read_largest_first() -> None:
    # 60 documents from 2 MB down to 20 kB; a document costs 0.2 s plus 1 s per MB; two workers
    # ready after 3 s, each worker's first document 2 s slower.
    sizes = sorted((20_000 + 33_000 * i for i in range(60)), reverse=True)
    docs = [(b, 0.2 + b / 1e6) for b in sizes]
    finished = replay(docs, workers=2, startup=3.0, first_extra=2.0)
    end = finished[-1][0]
    est = EtaEstimator(len(docs), sum(sizes), workers=2)
    worst = 1.0
    for n, (now, size, seconds) in enumerate(finished, 1):
        est.add(now, size, seconds)
        eta, truth = est.eta(now), end - now
        if n >= 5 and truth >= 2.0:
            assert eta is not None
            worst = max(worst, eta / truth, truth / eta)
    assert worst <= 2.0, worst


def test_eta_counts_down_between_results_and_needs_time_or_documents() -> None:
    est = EtaEstimator(10, 1000, workers=1, min_docs=3, min_seconds=3.0)
    assert est.eta(0.0) is None
    est.add(10.0, 100, 1.0)
    assert est.eta(10.0) is None and est.eta(12.9) is None  # one document, under 3 s
    assert est.eta(13.0) == pytest.approx(9.0 - 3.0)  # 3 s after it: 900 bytes at 0.01 s/byte
    assert est.eta(100.0) == 0.0  # never negative


def test_eta_without_sizes_uses_seconds_per_document() -> None:
    est = EtaEstimator(5, 0, workers=1, min_docs=2)
    est.add(1.0, 0, 2.0)
    est.add(3.0, 0, 2.0)
    assert est.eta(3.0) == pytest.approx(6.0)  # 3 documents left at 2 s each


def test_the_bar_text_shows_no_eta_until_it_has_a_basis() -> None:
    clock = [0.0]
    shown = RunProgress("off", stream=io.StringIO(), clock=lambda: clock[0], ticker=False)
    shown.reading(10, 10 * 1000, workers=1, waiting="starting 1 worker(s)")
    assert shown._text(0.0) == "starting 1 worker(s)"
    clock[0] = 5.0
    shown.document("a.pdf", 1000, Outcome("ok", page_count=4, seconds=1.0))
    assert "ETA" not in shown._text(5.0) and "4 pages" in shown._text(5.0)
    for name, t in (("b.pdf", 6.0), ("c.pdf", 7.0)):
        clock[0] = t
        shown.document(name, 1000, Outcome("ok", page_count=4, seconds=1.0))
    assert shown._text(7.0).startswith("ETA 00:07")
