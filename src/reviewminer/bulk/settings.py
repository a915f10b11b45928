"""The named numeric settings of a bulk run, with their defaults and range checks.

Every threshold the worker pool and the run use lives in :class:`BulkSettings`, a frozen dataclass
whose defaults are the library's defaults. The module constants (``DEFAULT_TIMEOUT``, ...) are the
same values under their historical names.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reviewminer.parsers.options import OCR_MODES

__all__ = [
    "DEFAULT_MAX_TASKS_PER_WORKER",
    "DEFAULT_MEMORY_LIMIT_MB",
    "DEFAULT_PROCESSOR",
    "DEFAULT_SETTINGS",
    "DEFAULT_TIMEOUT",
    "PROCESSOR_ENV",
    "WARMUPS",
    "BulkSettings",
    "normalize_limits",
]

#: The per-document function run in the workers.
DEFAULT_PROCESSOR = "reviewminer.api:read"
#: Test-only: ``module:function`` run in the workers instead of :func:`reviewminer.read`.
PROCESSOR_ENV = "REVIEWMINER_TEST_PROCESSOR"
#: Optional warm-up calls made by a fresh worker before it takes documents, so that loading the
#: rules and the gazetteer analyzer does not count against the first document's time limit.
WARMUPS: tuple[str, ...] = ("reviewminer.rules:load_rules", "reviewminer.analysis:load_analyzer")


DEFAULT_TIMEOUT: float = 300.0  # seconds per document
DEFAULT_MEMORY_LIMIT_MB: int = 4096  # address space per worker process (MB)
DEFAULT_MAX_TASKS_PER_WORKER: int = 200  # recycle workers so slow leaks cannot accumulate


def _positive(name: str, value: float) -> None:
    if not (isinstance(value, (int, float)) and math.isfinite(value) and value > 0):
        raise ValueError(f"{name} must be a positive finite number, got {value!r}")


def _positive_int(name: str, value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"{name} must be a positive integer, got {value!r}")


def _optional_positive(name: str, value: float | None) -> None:
    if value is not None:
        _positive(name, value)


def normalize_limits(timeout: float | None, memory_limit_mb: float | None
                     ) -> tuple[float | None, int | None]:
    """The per-document limits as a run uses them; 0 or None (and an infinite timeout) mean
    *no limit*.

    Args:
        timeout: seconds per document, a positive number; 0, None or ``inf``: no limit.
        memory_limit_mb: MB per worker, a whole number (fractions are refused rather than
            rounded); 0 or None: no limit.

    Raises:
        ValueError: a negative, NaN, non-numeric or fractional value, naming the option.

    Example:
        >>> normalize_limits(0, 0)
        (None, None)
        >>> normalize_limits(2.5, 512)
        (2.5, 512)
        >>> normalize_limits(None, 0.5)
        Traceback (most recent call last):
        ...
        ValueError: memory_limit must be a whole number of MB (0 or None: no limit), got 0.5
    """
    if timeout is not None:
        if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) \
                or math.isnan(timeout) or timeout < 0:
            raise ValueError(f"timeout must be positive seconds (0 or None: no limit), "
                             f"got {timeout!r}")
        timeout = float(timeout) if timeout and math.isfinite(timeout) else None
    if memory_limit_mb is not None:
        if isinstance(memory_limit_mb, bool) or not isinstance(memory_limit_mb, (int, float)) \
                or not math.isfinite(memory_limit_mb) or memory_limit_mb < 0 \
                or memory_limit_mb != int(memory_limit_mb):
            raise ValueError("memory_limit must be a whole number of MB (0 or None: no limit), "
                             f"got {memory_limit_mb!r}")
        memory_limit_mb = int(memory_limit_mb) or None
    return timeout, memory_limit_mb


@dataclass(frozen=True, slots=True)
class BulkSettings:
    """Numeric settings of the worker pool and of a run.

    Attributes:
        timeout: seconds allowed per document (None: no limit).
        memory_limit_mb: address-space limit per worker process in MB (None: no limit).
        max_tasks_per_worker: documents a worker reads before it is replaced, so slow leaks cannot
            accumulate (None: never).
        startup_timeout: seconds a worker may take to start (interpreter, imports, warm-up)
            before it counts as failed.
        max_startup_failures: consecutive worker start-up failures after which the pool gives up.
        stop_grace: seconds a worker asked to exit gets before it is killed.
        reap_timeout: seconds to wait for a killed worker process to be reaped.
        ocr: how the reader treats PDF pages without a usable text layer (``auto``, ``always``,
            ``never``; see :func:`reviewminer.read`).
        stderr_tail_bytes: how much of the end of a dead worker's stderr is searched for a reason.
        stderr_tail_chars: the longest failure reason taken from a worker's stderr.
        progress_redraw: least seconds between redraws of the progress bar (it is also redrawn
            twice a second while nothing finishes, so it never looks frozen).
        progress_log_every: seconds between the progress lines when stderr is not a terminal
            (CI, cron, a log file).
        eta_min_docs: documents done before an ETA is shown ...
        eta_min_seconds: ... or seconds since the first one was done (see
            :mod:`reviewminer.bulk.eta`).

    Example:
        >>> BulkSettings().timeout
        300.0
        >>> BulkSettings(startup_timeout=0)
        Traceback (most recent call last):
        ...
        ValueError: startup_timeout must be a positive finite number, got 0
    """

    timeout: float | None = DEFAULT_TIMEOUT
    memory_limit_mb: int | None = DEFAULT_MEMORY_LIMIT_MB
    max_tasks_per_worker: int | None = DEFAULT_MAX_TASKS_PER_WORKER
    startup_timeout: float = 120.0
    max_startup_failures: int = 3
    stop_grace: float = 2.0
    reap_timeout: float = 10.0
    ocr: str = "auto"
    stderr_tail_bytes: int = 4000
    stderr_tail_chars: int = 400
    progress_redraw: float = 0.1
    progress_log_every: float = 10.0
    eta_min_docs: int = 3
    eta_min_seconds: float = 3.0

    def __post_init__(self) -> None:
        _optional_positive("timeout", self.timeout)
        _optional_positive("memory_limit_mb", self.memory_limit_mb)
        if self.ocr not in OCR_MODES:
            raise ValueError(f"ocr must be one of {', '.join(OCR_MODES)}, got {self.ocr!r}")
        if self.max_tasks_per_worker is not None:
            _positive_int("max_tasks_per_worker", self.max_tasks_per_worker)
        for name in ("startup_timeout", "stop_grace", "reap_timeout", "progress_redraw",
                     "progress_log_every", "eta_min_seconds"):
            _positive(name, getattr(self, name))
        for name in ("max_startup_failures", "stderr_tail_bytes", "stderr_tail_chars",
                     "eta_min_docs"):
            _positive_int(name, getattr(self, name))


#: The library's defaults.
DEFAULT_SETTINGS = BulkSettings()
