"""Progress of a run on stderr: a one-line bar on a terminal, plain log lines otherwise."""

from __future__ import annotations

import math
import shutil
import sys
import time
from typing import IO

from reviewminer.bulk.settings import DEFAULT_SETTINGS, BulkSettings
from reviewminer.bulk.tasks import Outcome
from reviewminer.export.textsafe import printable

__all__ = ["HashProgress", "Progress", "format_eta"]

#: Seconds between the log lines of a long hashing phase when stderr is not a terminal.
HASH_LOG_EVERY = 5.0


def format_eta(seconds: float) -> str:
    """``MM:SS`` (``H:MM:SS`` past an hour); ``--:--`` when unknown."""
    if not math.isfinite(seconds):
        return "--:--"
    s = int(seconds)
    if s >= 3600:
        return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"
    return f"{s // 60:02d}:{s % 60:02d}"


class Progress:
    """Progress on stderr: a one-line bar on a terminal, plain log lines otherwise."""

    def __init__(self, total: int, *, cached: int = 0, stream: IO[str] | None = None,
                 enabled: bool = True, settings: BulkSettings = DEFAULT_SETTINGS) -> None:
        self.total = total
        self.cached = cached
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = enabled
        self.settings = settings
        self.tty = enabled and hasattr(self.stream, "isatty") and self.stream.isatty()
        self.done = 0
        self.failed = 0
        self.pages = 0
        self.ocr_pages = 0
        self.start = time.monotonic()
        self._last_draw = 0.0
        if enabled and not self.tty:
            extra = f" ({cached} already in the store)" if cached else ""
            self._line(f"reading {total} document(s){extra}")

    def _line(self, text: str) -> None:
        print(printable(text), file=self.stream, flush=True)

    def update(self, source: str, outcome: Outcome) -> None:
        self.done += 1
        self.pages += outcome.page_count or 0
        self.ocr_pages += outcome.ocr_pages
        if not outcome.ok:
            self.failed += 1
        if not self.enabled:
            return
        if self.tty:
            now = time.monotonic()
            if now - self._last_draw >= self.settings.progress_redraw or self.done == self.total:
                self._last_draw = now
                self._draw()
        else:
            n = len(str(self.total))
            if outcome.ok:
                ocr = f", {outcome.ocr_pages} by OCR" if outcome.ocr_pages else ""
                self._line(f"[{self.done:>{n}}/{self.total}] ok     {source} "
                           f"({outcome.page_count} pages{ocr}, {outcome.seconds or 0:.1f} s)")
            else:
                self._line(f"[{self.done:>{n}}/{self.total}] FAILED {source}: "
                           f"{outcome.code}: {outcome.reason}")

    def _draw(self) -> None:
        elapsed = max(time.monotonic() - self.start, 1e-9)
        frac = self.done / self.total if self.total else 1.0
        width = self.settings.progress_bar_width
        bar = "#" * int(frac * width) + "." * (width - int(frac * width))
        rate = self.pages / elapsed
        eta = elapsed / self.done * (self.total - self.done) if self.done else math.inf
        fails = f"  {self.failed} failed" if self.failed else ""
        ocr = f" ({self.ocr_pages} by OCR)" if self.ocr_pages else ""
        text = (f"\r[{bar}] {self.done}/{self.total} docs  {rate:.1f} pages/s{ocr}  "
                f"ETA {format_eta(eta)}{fails}")
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
                   f"{self.pages} pages{f' ({self.ocr_pages} by OCR)' if self.ocr_pages else ''} "
                   f"in {elapsed:.1f} s"
                   + (f" ({self.pages / elapsed:.1f} pages/s)" if elapsed > 0 else ""))


class HashProgress:
    """Progress of the hashing phase (before any document is read): a first line at once, then
    a redrawn line on a terminal or a log line every :data:`HASH_LOG_EVERY` seconds."""

    def __init__(self, total: int, *, stream: IO[str] | None = None, enabled: bool = True,
                 settings: BulkSettings = DEFAULT_SETTINGS) -> None:
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = enabled and total > 0
        self.settings = settings
        self.tty = self.enabled and hasattr(self.stream, "isatty") and self.stream.isatty()
        self.done = 0
        self.bytes = 0
        self.start = self._last = time.monotonic()
        if self.enabled:
            self._show(f"checking {total} input file(s)", final=False)

    def _show(self, text: str, *, final: bool) -> None:
        if self.tty:
            self.stream.write("\r" + text + ("\n" if final else ""))
            self.stream.flush()
        else:
            print(text, file=self.stream, flush=True)

    def update(self, size: int | None) -> None:
        self.done += 1
        self.bytes += size or 0
        if not self.enabled:
            return
        now = time.monotonic()
        every = self.settings.progress_redraw if self.tty else HASH_LOG_EVERY
        if now - self._last >= every:
            self._last = now
            self._show(f"checked {self.done}/{self.total} input file(s), "
                       f"{self.bytes / 1e6:.0f} MB", final=False)

    def close(self) -> None:
        if self.enabled and (self.tty or time.monotonic() - self.start >= HASH_LOG_EVERY):
            self._show(f"checked {self.done} input file(s) in "
                       f"{time.monotonic() - self.start:.1f} s", final=True)
