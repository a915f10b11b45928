"""Logging: the library's named loggers, and the handlers the command line sets up.

The library logs on ``reviewminer`` and its children (``reviewminer.bulk`` for bulk runs: one line
per document started, done or failed, and each run's summary; ``reviewminer.cli`` for the command
line's own summary). As a library should, it adds no handler of its own except a
:class:`logging.NullHandler` (so nothing reaches Python's last-resort stderr handler): a program
decides what is shown, e.g. ``logging.basicConfig(level=logging.INFO)`` to see every document, or
``logging.getLogger("reviewminer").setLevel(logging.ERROR)`` to silence it.

Levels: ``DEBUG`` a document was given to a worker; ``INFO`` a document was read (pages, seconds,
its warnings) and a run's summary; ``WARNING`` a document failed (code and reason).

The command line (:func:`cli_logging`) shows warnings and its own summary on stderr (written above
a progress bar, not through it) and, with ``--log-file PATH``, writes every line with a timestamp
to PATH.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Iterator

__all__ = ["CLI_LOGGER", "LOGGER", "ConsoleHandler", "cli_logging", "get_logger"]

#: The library's top logger; every logger of reviewminer is a child of it.
LOGGER = "reviewminer"
#: The command line's logger (its summary goes to stderr at INFO).
CLI_LOGGER = "reviewminer.cli"

logging.getLogger(LOGGER).addHandler(logging.NullHandler())

#: Timestamped lines of a ``--log-file``.
FILE_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
#: Lines on stderr, as the command line's other messages.
CONSOLE_FORMAT = "reviewminer: %(message)s"


def get_logger(name: str) -> logging.Logger:
    """The logger ``name`` (a child of ``reviewminer``; the NullHandler is in place).

    Example:
        >>> get_logger("reviewminer.bulk").name
        'reviewminer.bulk'
    """
    return logging.getLogger(name)


class ConsoleHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """A stderr handler that writes above a tqdm progress bar instead of through it."""

    def emit(self, record: logging.LogRecord) -> None:
        tqdm_std = sys.modules.get("tqdm.std")
        if tqdm_std is None:  # no bar can be showing
            super().emit(record)
            return
        try:
            tqdm_std.tqdm.write(self.format(record), file=self.stream)
        except Exception:  # as StreamHandler.emit: report, never raise
            self.handleError(record)


class _ConsoleFilter(logging.Filter):
    """On stderr: warnings and errors, and the command line's own summary."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.WARNING or record.name == CLI_LOGGER


@contextlib.contextmanager
def cli_logging(*, quiet: bool = False, log_file: str | None = None) -> Iterator[None]:
    """Handlers for one command: stderr (warnings, the summary; only errors when ``quiet``) and,
    with ``log_file``, every line from DEBUG up to that file (appended, UTF-8). Removed after.

    Raises:
        OSError: ``log_file`` cannot be opened.
    """
    root = logging.getLogger()
    ours = logging.getLogger(LOGGER)
    console = ConsoleHandler(sys.stderr)
    console.setFormatter(logging.Formatter(CONSOLE_FORMAT))
    console.addFilter(_ConsoleFilter())
    console.setLevel(logging.ERROR if quiet else logging.INFO)
    added: list[tuple[logging.Logger, logging.Handler]] = [(root, console)]
    if log_file is not None:
        to_file = logging.FileHandler(log_file, encoding="utf-8", errors="backslashreplace")
        to_file.setFormatter(logging.Formatter(FILE_FORMAT))
        to_file.setLevel(logging.DEBUG)
        added.append((ours, to_file))
    old_level = ours.level
    ours.setLevel(logging.DEBUG if log_file is not None else logging.INFO)
    for logger, handler in added:
        logger.addHandler(handler)
    try:
        yield
    finally:
        ours.setLevel(old_level)
        for logger, handler in added:
            logger.removeHandler(handler)
            handler.close()
