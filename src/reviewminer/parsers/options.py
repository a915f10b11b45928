"""What a caller may ask of the parsers beyond the file: OCR (more may follow).

Kept apart from the parsers so that building options imports nothing heavy.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

__all__ = ["OCR_JOBS_ENV", "OCR_MODES", "OcrSettings", "ParseOptions"]

#: ``auto``: OCR the pages without a usable text layer; ``always``: every page (a PDF whose
#: text layer is a poor OCR); ``never``: no OCR (a scan fails with ``no_text_layer``).
OCR_MODES = ("auto", "always", "never")
#: Environment variable capping the Tesseract processes one document runs at once (bulk
#: workers set it to 1: the workers themselves already use every core).
OCR_JOBS_ENV = "REVIEWMINER_OCR_JOBS"


@dataclass(frozen=True, slots=True)
class OcrSettings:
    """How pages without a usable text layer are read.

    Attributes:
        mode: one of :data:`OCR_MODES`.
        dpi: rendering resolution for recognition (200 reads 10 pt text well at ~1 s a page).
        page_timeout: seconds Tesseract may spend on one page before it is killed (the page is
            then left out with a warning).
        jobs: Tesseract processes at once (None: ``REVIEWMINER_OCR_JOBS``, else the cores this
            process may use).
        language: Tesseract language data ("eng").
        tesseract: the program (None: ``REVIEWMINER_TESSERACT``, else ``tesseract`` on PATH).
    """

    mode: str = "auto"
    dpi: int = 200
    page_timeout: float = 60.0
    jobs: int | None = None
    language: str = "eng"
    tesseract: str | None = None

    def __post_init__(self) -> None:
        if self.mode not in OCR_MODES:
            raise ValueError(f"ocr mode must be one of {', '.join(OCR_MODES)}, got {self.mode!r}")
        if not 50 <= self.dpi <= 600:
            raise ValueError(f"dpi must be between 50 and 600, got {self.dpi}")
        if not 0 < self.page_timeout < float("inf"):
            raise ValueError(f"page_timeout must be a positive finite number, got "
                             f"{self.page_timeout}")
        if self.jobs is not None and self.jobs < 1:
            raise ValueError(f"jobs must be at least 1 or None, got {self.jobs}")

    def job_count(self) -> int:
        """Tesseract processes to run at once."""
        if self.jobs is not None:
            return self.jobs
        env = os.environ.get(OCR_JOBS_ENV, "")
        if env.isdigit() and int(env) > 0:
            return int(env)
        try:
            return max(1, len(os.sched_getaffinity(0)))
        except AttributeError:  # not Linux
            return max(1, os.cpu_count() or 1)


@dataclass(frozen=True, slots=True)
class ParseOptions:
    """Options every parser receives (each uses what concerns it)."""

    ocr: OcrSettings = OcrSettings()

    @classmethod
    def of(cls, ocr: str | OcrSettings | None = None) -> ParseOptions:
        """Options from an OCR mode name or settings (None: the defaults)."""
        if ocr is None:
            return cls()
        return cls(ocr=ocr if isinstance(ocr, OcrSettings) else OcrSettings(mode=ocr))
