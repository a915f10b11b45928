"""Tesseract itself: finding the program, running it bounded, and what it gives back."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
from dataclasses import dataclass

__all__ = ["INSTALL_HINT", "TESSERACT_ENV", "OcrLine", "OcrPageResult", "find_tesseract",
           "run_tesseract"]

#: Environment variable naming the Tesseract program.
TESSERACT_ENV = "REVIEWMINER_TESSERACT"
INSTALL_HINT = ("install Tesseract with English data (Debian/Ubuntu: apt-get install tesseract-ocr "
                "tesseract-ocr-eng)")


@dataclass(frozen=True, slots=True)
class OcrLine:
    """One recognised line, in PDF points (pdfium frame: y grows upwards)."""

    text: str
    x0: float
    x1: float
    bottom: float
    top: float
    baseline: float
    size: float  # Tesseract's estimate of the line's font size (its x_size), in points
    confidence: float  # mean word confidence, 0-100
    bold: bool = False  # set in a heavier weight than the page's body text (from its ink)


@dataclass(frozen=True, slots=True)
class OcrPageResult:
    """The lines of one page, or why it has none."""

    page: int  # 1-based
    lines: tuple[OcrLine, ...] = ()
    error: str = ""  # "timeout" / "failed: ..." when Tesseract gave nothing


def find_tesseract(configured: str | None = None) -> str | None:
    """The Tesseract program: the configured one, ``REVIEWMINER_TESSERACT``, else on PATH."""
    name = configured or os.environ.get(TESSERACT_ENV)
    if name:
        return shutil.which(name) or (name if os.access(name, os.X_OK) else None)
    return shutil.which("tesseract")


def run_tesseract(cmd: list[str], timeout: float) -> tuple[bytes, bytes, int] | None:
    """Run Tesseract in its own session, one thread; None when killed at the time limit."""
    env = {k: v for k, v in os.environ.items() if k in ("PATH", "LANG", "LC_ALL", "TESSDATA_PREFIX")}
    env["OMP_THREAD_LIMIT"] = "1"
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        return None
    return out, err, proc.returncode
