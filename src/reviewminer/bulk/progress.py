"""Progress of a bulk run (a bar, or plain lines), and the run's log lines on ``reviewminer.bulk``.

How progress is shown (:func:`progress_mode`):

* ``"bar"``, in a terminal or a notebook: a tqdm bar (``tqdm.auto``: a widget in a notebook with
  ipywidgets, a text bar otherwise). It appears at once (``finding documents``), counts the input
  files while they are hashed (``checking``), then the documents (``reading``: done/total, pages,
  pages/s, pages read by OCR, failures, documents taken from the store, and an ETA once it has a
  basis, see :mod:`reviewminer.bulk.eta`). It is redrawn twice a second while nothing finishes, so
  it never looks frozen while workers start or a long document is read.
* ``"lines"``, when progress is asked for (``progress=True``) but stderr is not a terminal (CI,
  cron, a log file): a line when hashing and reading start, a status line every
  ``BulkSettings.progress_log_every`` seconds, and a summary.
* ``"off"``.

Whatever is shown, each document is logged on the ``reviewminer.bulk`` logger (see
:mod:`reviewminer.logs`): ``started`` (DEBUG), ``done`` with pages, seconds and its warnings (INFO),
``failed`` with code and reason (WARNING), and the run's summary (INFO).

tqdm is imported only when a bar is shown.
"""

from __future__ import annotations

import logging
import math
import sys
import threading
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Any, Literal, TypeAlias

from reviewminer.bulk.eta import EtaEstimator
from reviewminer.bulk.settings import DEFAULT_SETTINGS, BulkSettings
from reviewminer.bulk.tasks import Outcome
from reviewminer.export.textsafe import printable
from reviewminer.logs import get_logger

__all__ = ["ProgressOption", "RunProgress", "RunStats", "format_eta", "in_notebook",
           "progress_mode"]

#: ``progress=`` of :func:`reviewminer.read_many`: True, False or ``"auto"`` (a bar in a terminal
#: or a notebook, nothing elsewhere).
ProgressOption: TypeAlias = bool | Literal["auto"]
Mode = Literal["off", "bar", "lines"]

log = get_logger("reviewminer.bulk")

#: Seconds between redraws of a bar while nothing happens (elapsed time, ETA counting down).
BAR_TICK = 0.5
#: The failure code of a file of a type reviewminer does not read (not counted as failed).
UNSUPPORTED = "unsupported_format"
_HASH_FORMAT = "{desc}: {percentage:3.0f}%|{bar}| {n_fmt}/{total_fmt} files [{elapsed}{postfix}]"
_READ_FORMAT = "{desc}: {percentage:3.0f}%|{bar}| {n_fmt}/{total_fmt} docs [{elapsed}{postfix}]"


def format_eta(seconds: float) -> str:
    """``MM:SS`` (``H:MM:SS`` past an hour); ``--:--`` when unknown.

    Example:
        >>> format_eta(75), format_eta(3725), format_eta(float("inf"))
        ('01:15', '1:02:05', '--:--')
    """
    if not math.isfinite(seconds):
        return "--:--"
    s = int(seconds)
    if s >= 3600:
        return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"
    return f"{s // 60:02d}:{s % 60:02d}"


def in_notebook() -> bool:
    """True inside a Jupyter kernel (a notebook, JupyterLab, VS Code, nbclient)."""
    ipython = sys.modules.get("IPython")
    if ipython is None:
        return False
    try:
        shell = ipython.get_ipython()
    except Exception:  # an unusual IPython: no notebook
        return False
    return shell is not None and type(shell).__name__ == "ZMQInteractiveShell"


def _isatty(stream: IO[str]) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


def progress_mode(progress: object, stream: IO[str] | None = None) -> Mode:
    """How ``progress=`` shows on ``stream`` (default stderr): ``"bar"`` in a terminal or a
    notebook; elsewhere ``"lines"`` for True and ``"off"`` for ``"auto"``; False: ``"off"``.

    Raises:
        ValueError: ``progress`` is not True, False or ``"auto"``.
    """
    if not isinstance(progress, bool) and progress != "auto":
        raise ValueError(f"progress must be True, False or 'auto', got {progress!r}")
    if progress is False:
        return "off"
    if in_notebook() or _isatty(stream if stream is not None else sys.stderr):
        return "bar"
    return "lines" if progress is True else "off"


@dataclass(slots=True)
class RunStats:
    """Where a run is: its phase and the counts the bar, the lines and the summary show."""

    phase: str = "finding"  # finding | hashing | reading
    total: int = 0  # files to hash, then documents to read
    done: int = 0  # files hashed, then documents read (ok or failed)
    bytes: int = 0  # bytes of the files hashed
    failed: int = 0  # documents that failed
    other: int = 0  # files of a type reviewminer does not read (listed, not failures)
    # inputs that failed (not found, unreadable) or were not documents when they were checked,
    # before reading: counted with failed and other where the counts are shown
    failed_at_check: int = 0
    other_at_check: int = 0
    pages: int = 0
    ocr_pages: int = 0
    cached: int = 0  # documents whose outcome was already in the store
    started: float = 0.0  # when the phase began (the run's clock)
    finished: float | None = None  # when its last document was done
    waiting: str = ""  # shown until the first document is done (e.g. "starting 2 workers")

    def elapsed(self, now: float) -> float:
        return (self.finished if self.finished is not None else now) - self.started

    def reading_text(self, now: float, eta: float | None) -> str:
        """``ETA 00:41, 1234 pages, 22.4 pages/s, 3 by OCR, 2 failed, 10 from the store``."""
        parts = []
        if eta is not None and self.done < self.total:
            parts.append(f"ETA {format_eta(eta)}")
        if self.done:
            rate = self.pages / max(self.elapsed(now), 1e-9)
            parts.append(f"{self.pages} pages, {rate:.1f} pages/s")
        elif self.waiting and self.total:
            parts.append(self.waiting)
        if self.ocr_pages:
            parts.append(f"{self.ocr_pages} by OCR")
        failed, other = self.failed + self.failed_at_check, self.other + self.other_at_check
        if failed:
            parts.append(f"{failed} failed")
        if other:
            parts.append(f"{other} not documents")
        if self.cached:
            parts.append(f"{self.cached} from the store")
        return ", ".join(parts)

    def summary(self, now: float) -> str:
        """The run's closing line."""
        elapsed = self.elapsed(now)
        ocr = f" ({self.ocr_pages} by OCR)" if self.ocr_pages else ""
        rate = f" ({self.pages / elapsed:.1f} pages/s)" if elapsed > 0 else ""
        n_other = self.other + self.other_at_check
        other = f", {n_other} other file(s) not read" if n_other else ""
        cached = f"; {self.cached} already in the store" if self.cached else ""
        failed = self.failed + self.failed_at_check
        return (f"done: {self.done - self.failed - self.other} read, {failed} failed{other}, "
                f"{self.pages} pages{ocr} in {elapsed:.1f} s{rate}{cached}")


class _BarView:
    """A tqdm bar (``tqdm.auto``) through the phases of a run."""

    def __init__(self, stream: IO[str], settings: BulkSettings, clock: Callable[[], float]) -> None:
        with warnings.catch_warnings():  # "IProgress not found": a text bar is fine
            warnings.simplefilter("ignore")
            from tqdm.auto import tqdm
        self.clock = clock
        self.redraw = settings.progress_redraw
        self._last = -math.inf
        self.bar: Any = tqdm(total=None, desc="finding documents", file=stream, leave=True,
                             bar_format="{desc} [{elapsed}]", dynamic_ncols=True,
                             mininterval=settings.progress_redraw)

    def phase(self, stats: RunStats, lines: list[str]) -> None:
        del lines  # the bar shows the phase itself
        self.bar.reset(total=stats.total)
        self.bar.bar_format = _HASH_FORMAT if stats.phase == "hashing" else _READ_FORMAT
        self.bar.set_description_str("checking" if stats.phase == "hashing" else "reading",
                                     refresh=False)
        self.show(stats, "", force=True)

    def show(self, stats: RunStats, text: str, *, force: bool = False) -> None:
        now = self.clock()
        if not force and now - self._last < self.redraw:
            return
        self._last = now
        self.bar.n = stats.done
        self.bar.set_postfix_str(text, refresh=False)
        self.bar.refresh()

    def tick(self, stats: RunStats, text: str, now: float) -> None:
        del now
        self.show(stats, text, force=True)

    def close(self, stats: RunStats, text: str, summary: str) -> None:
        del summary  # the bar's last state says it
        self.show(stats, text, force=True)
        self.bar.close()


class _LinesView:
    """Plain lines: a line as each phase starts, a status line every ``every`` seconds."""

    def __init__(self, stream: IO[str], settings: BulkSettings, clock: Callable[[], float]) -> None:
        self.stream = stream
        self.every = settings.progress_log_every
        self.clock = clock
        self._last = clock()

    def _line(self, text: str) -> None:
        print(printable(text), file=self.stream, flush=True)

    def phase(self, stats: RunStats, lines: list[str]) -> None:
        for text in lines:
            self._line(text)
        self._last = self.clock()

    def show(self, stats: RunStats, text: str, *, force: bool = False) -> None:
        pass  # lines are written by the clock (tick), not by each document

    def tick(self, stats: RunStats, text: str, now: float) -> None:
        if now - self._last < self.every or stats.phase == "finding":
            return
        self._last = now
        if stats.phase == "hashing":
            self._line(f"checked {stats.done}/{stats.total} input file(s), "
                       f"{stats.bytes / 1e6:.0f} MB")
            return
        n = len(str(stats.total))
        pct = 100 * stats.done // stats.total if stats.total else 100  # 100% only when done
        self._line(f"[{stats.done:>{n}}/{stats.total}] {pct:3d}%" + (f"  {text}" if text else ""))

    def close(self, stats: RunStats, text: str, summary: str) -> None:
        del text
        if summary:
            self._line(summary)


class RunProgress:
    """What a run shows and logs, from its first second to its summary.

    Args:
        mode: ``"bar"``, ``"lines"`` or ``"off"`` (see :func:`progress_mode`); logging happens
            whatever the mode.
        stream: where progress goes (default stderr).
        settings: redraw and log intervals, the ETA's basis.
        clock: seconds, monotonic (tests pass a fake one).
        ticker: redraw from a background thread while nothing finishes (off in tests that drive
            :meth:`tick` themselves).
    """

    def __init__(self, mode: Mode = "off", *, stream: IO[str] | None = None,
                 settings: BulkSettings = DEFAULT_SETTINGS,
                 clock: Callable[[], float] = time.monotonic, ticker: bool = True) -> None:
        self.mode = mode
        self.settings = settings
        self.clock = clock
        self.stats = RunStats(started=clock())
        self.eta: EtaEstimator | None = None
        self._lock = threading.RLock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._closed = False
        out = stream if stream is not None else sys.stderr
        self._view: _BarView | _LinesView | None = (
            _BarView(out, settings, clock) if mode == "bar"
            else _LinesView(out, settings, clock) if mode == "lines" else None)
        if self._view is not None and ticker:
            period = BAR_TICK if mode == "bar" else min(1.0, settings.progress_log_every)
            self._thread = threading.Thread(target=self._tick_loop, args=(period,),
                                            name="reviewminer-progress", daemon=True)
            self._thread.start()

    # -- phases --------------------------------------------------------------------------------

    def hashing(self, files: int) -> None:
        """The inputs (``files`` of them) are about to be hashed."""
        with self._lock:
            self.stats = RunStats(phase="hashing", total=files, started=self.clock())
            if self._view is not None and files:
                self._view.phase(self.stats, [f"checking {files} input file(s)"])

    def hashed(self, size: int | None) -> None:
        """One input file was hashed (its size in bytes, None when unknown)."""
        with self._lock:
            self.stats.done += 1
            self.stats.bytes += size or 0
            if isinstance(self._view, _BarView):
                self._view.show(self.stats, f"{self.stats.bytes / 1e6:.0f} MB")

    def reading(self, docs: int, total_bytes: int, *, cached: int = 0, workers: int = 1,
                waiting: str = "", failed: int = 0, other: int = 0) -> None:
        """``docs`` documents (``total_bytes`` together) are about to be read by ``workers``
        at a time; ``cached`` more were found in the store; ``waiting`` is shown until the first
        is done; ``failed`` inputs failed and ``other`` were not documents when they were
        checked (counted with those found while reading)."""
        s = self.settings
        with self._lock:
            lines = []
            hashed = self.stats
            if hashed.phase == "hashing" and self.clock() - hashed.started >= s.progress_log_every:
                lines.append(f"checked {hashed.done} input file(s) in "
                             f"{self.clock() - hashed.started:.1f} s")
            extra = f" ({cached} already in the store)" if cached else ""
            lines.append(f"reading {docs} document(s){extra}")
            self.stats = RunStats(phase="reading", total=docs, cached=cached, started=self.clock(),
                                  waiting=waiting, failed_at_check=failed, other_at_check=other)
            self.eta = EtaEstimator(docs, total_bytes, workers, min_docs=s.eta_min_docs,
                                    min_seconds=s.eta_min_seconds)
            if self._view is not None:
                self._view.phase(self.stats, lines)
                self._view.show(self.stats, self._text(self.clock()), force=True)

    # -- documents -----------------------------------------------------------------------------

    def started(self, source: str) -> None:
        """A document was given to a worker."""
        log.debug("started %s", printable(source))
        with self._lock:
            self.stats.waiting = "reading the first documents"

    def document(self, source: str, size: int, outcome: Outcome) -> None:
        """A document finished (``size``: its bytes)."""
        other = outcome.code == UNSUPPORTED
        if outcome.ok:
            ocr = f", {outcome.ocr_pages} by OCR" if outcome.ocr_pages else ""
            warned = f"; warnings: {'; '.join(outcome.warnings)}" if outcome.warnings else ""
            log.info("done %s (%s pages%s, %.1f s)%s", printable(source), outcome.page_count,
                     ocr, outcome.seconds or 0.0, printable(warned))
        else:
            self.not_read(source, outcome.code, outcome.reason)
        with self._lock:
            st = self.stats
            st.done += 1
            st.pages += outcome.page_count or 0
            st.ocr_pages += outcome.ocr_pages
            st.failed += 0 if outcome.ok or other else 1
            st.other += 1 if other else 0
            now = self.clock()
            if self.eta is not None:
                self.eta.add(now, size, outcome.seconds)
            if st.done >= st.total and st.finished is None:
                st.finished = now
                self._finish_view(now)
            elif self._view is not None:
                self._view.show(st, self._text(now))

    def not_read(self, source: str, code: str | None, reason: str | None) -> None:
        """A failed input: logged as a warning, or at INFO for a file of a type reviewminer
        does not read (listed with the failures, but no failure of the run)."""
        level = logging.INFO if code == UNSUPPORTED else logging.WARNING
        log.log(level, "%s %s: %s: %s", "not read" if code == UNSUPPORTED else "failed",
                printable(source), code, printable(reason or ""))

    # -- drawing -------------------------------------------------------------------------------

    def _text(self, now: float) -> str:
        st = self.stats
        if st.phase == "hashing":
            return f"{st.bytes / 1e6:.0f} MB"
        if st.phase != "reading":
            return ""
        eta = self.eta.eta(now) if self.eta is not None else None
        return st.reading_text(now, eta)

    def tick(self) -> None:
        """Redraw (a bar) or write a status line if it is time (lines)."""
        with self._lock:
            if self._view is not None and self.stats.finished is None:
                now = self.clock()
                self._view.tick(self.stats, self._text(now), now)

    def _finish_view(self, now: float) -> None:
        """The last state on screen (a bar is closed as the last document is done, so its
        elapsed time stops there)."""
        st = self.stats
        if self._view is not None:
            summary = st.summary(now) if st.phase == "reading" else ""
            self._view.close(st, self._text(now), summary)
            self._view = None

    def _tick_loop(self, period: float) -> None:
        while not self._stop.wait(period):
            self.tick()

    def close(self) -> None:
        """Stop redrawing, show the last state, log the summary (once)."""
        if self._closed:
            return
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        with self._lock:
            self._closed = True
            now = self.clock()
            self._finish_view(now)
            summary = self.stats.summary(now) if self.stats.phase == "reading" else ""
        if summary:
            log.info("%s", summary)
