"""The worker process: its main loop and its resource limits (runs in the child, never the parent).

A worker is started as ``python -c "from reviewminer.bulk.worker import worker_main;
worker_main()" <fd> <parent pid>`` (see :mod:`reviewminer.bulk.process`). It receives an init
message (``sys_path``, ``processor``, ``memory_limit_mb``, ``rules``, ``ocr``, ``table_rows``) on
the socket ``fd``, answers ``("ready", pid)`` (or ``("fatal", reason)``), then reads one
``(task key, path)`` at a time and answers ``("ok", key, blob, pages, ocr_pages, warnings, rows,
seconds, max_rss_kb)`` or ``("failed", key, code, reason, seconds, max_rss_kb)``. ``None`` or EOF
ends it. ``rows`` are the report's table rows as a store keeps them (with ``table_rows``; else
None), see :func:`reviewminer.bulk.tables.content_rows`.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import json
import os
import signal
import sys
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from reviewminer.bulk.settings import DEFAULT_PROCESSOR, WARMUPS
from reviewminer.bulk.store import compress_report
from reviewminer.errors import ReviewMinerError

__all__ = ["resolve", "worker_main"]

Processor = Callable[[str], Any]


def resolve(dotted: str) -> Callable[..., Any]:
    """The callable named by ``"module:function"`` (or ``"module.function"``)."""
    module, _, name = dotted.partition(":")
    if not name:
        module, _, name = dotted.rpartition(".")
    obj: Any = importlib.import_module(module)
    for part in name.split("."):
        obj = getattr(obj, part)
    if not callable(obj):
        raise TypeError(f"processor {dotted!r} is not callable")
    return obj  # type: ignore[no-any-return]


def _set_parent_death_signal() -> None:
    """Linux: have the kernel kill this worker if the parent dies (even by SIGKILL)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    except Exception:  # best effort; the EOF check of the parent pid still ends the worker
        pass


def _max_rss_kb() -> int:
    try:
        import resource

        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return int(rss // 1024 if sys.platform == "darwin" else rss)
    except Exception:  # any failure: no figure
        return 0


def _load_processor(processor: str, rules: Any = None, ocr: str | None = None) -> Processor:
    """The processor, warmed up when it is the real reader (rules and analyzer loaded).

    With ``rules`` (a path or a dict of overlays) the processor is called as
    ``processor(path, rules=rules)``; the real reader also gets ``ocr`` (a mode) when given.
    """
    func = resolve(processor)
    kwargs: dict[str, Any] = {} if rules is None else {"rules": rules}
    if processor == DEFAULT_PROCESSOR:
        for w in WARMUPS:
            with contextlib.suppress(Exception):  # warm-up is an optimisation only
                resolve(w)(rules)
        if ocr is not None:
            kwargs["ocr"] = ocr
    return functools.partial(func, **kwargs) if kwargs else func


def _limit_memory(limit_mb: int | None) -> None:
    """Cap this process's address space (``RLIMIT_AS``); best effort."""
    if not limit_mb:
        return
    import resource

    limit = int(limit_mb) * 1024 * 1024
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _table_rows(report: Any, report_json: str) -> tuple[tuple[str, bytes] | None, bool]:
    """The table rows of a report as a store keeps them, and whether to exit; None when they
    cannot be built: they are only a cache, the export builds them then. Built from the
    :class:`~reviewminer.model.Report` itself (a test checks they equal the rows of the report
    decoded from its stored JSON), else from that JSON (a processor that returns a dict)."""
    try:
        from reviewminer.bulk.tables import content_rows
        from reviewminer.model import Report

        if not isinstance(report, Report):
            report = Report.from_dict(json.loads(report_json))
        return content_rows(report), False
    except MemoryError:  # the document was read: its outcome stands, the worker starts afresh
        return None, True
    except Exception:  # e.g. a test processor's partial report
        return None, False


def _read_one(func: Processor, task_id: str, path: str, limit_mb: int | None,
              rows: bool = False) -> tuple[tuple[Any, ...], bool]:
    """Run the processor on one document: the reply (without timings) and whether to exit."""
    try:
        report = func(path)
        d = report.to_dict() if hasattr(report, "to_dict") else report
        # ASCII JSON: text with lone surrogates (a file name that is not UTF-8, a stray symbol)
        # survives the round trip exactly instead of failing the document.
        text = json.dumps(d, ensure_ascii=True)
        blob = compress_report(text.encode("ascii"))
        kept, fatal = _table_rows(report, text) if rows else (None, False)
        return ("ok", task_id, blob, int(d.get("page_count") or 0),
                len(d.get("ocr_pages") or ()), tuple(map(str, d.get("warnings") or ())),
                kept), fatal
    except MemoryError:
        # The interpreter may be in a poor state: start afresh.
        return ("failed", task_id, "too_large",
                f"ran out of memory (worker limit {limit_mb} MB)"), True
    except ReviewMinerError as e:
        return ("failed", task_id, e.code, e.reason), False
    except RecursionError as e:
        return ("failed", task_id, "error", f"RecursionError: {e}"), False
    except Exception as e:  # any extractor bug becomes a failure row
        return ("failed", task_id, "error", f"{type(e).__name__}: {e}"), False


def _serve(conn: Connection, func: Processor, limit_mb: int | None, rows: bool = False) -> None:
    """Answer tasks until the parent sends None, closes the pipe, or a document exhausts memory
    (``rows``: with each report's table rows)."""
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        task_id, path = msg
        t0 = time.perf_counter()
        reply, fatal = _read_one(func, task_id, path, limit_mb, rows)
        reply = (*reply, time.perf_counter() - t0, _max_rss_kb())
        try:
            conn.send(reply)
        except MemoryError:
            conn.send(("failed", task_id, "too_large",
                       f"result too large for the memory limit ({limit_mb} MB)",
                       time.perf_counter() - t0, _max_rss_kb()))
            fatal = True
        if fatal:
            return


def worker_main() -> None:  # pragma: no cover - runs in the worker process
    """Entry point of a worker process: ``python -c ... <fd> <parent pid>``."""
    fd, parent_pid = int(sys.argv[1]), int(sys.argv[2])
    _set_parent_death_signal()
    if os.getppid() != parent_pid:
        os._exit(0)
    # Ctrl-C reaches the whole process group: only the parent decides what happens.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    import faulthandler

    faulthandler.enable()  # a segfault leaves a traceback in the worker's stderr file
    conn = Connection(fd)
    init = conn.recv()
    sys.path[:] = init["sys_path"]
    try:
        func = _load_processor(init["processor"], init.get("rules"), init.get("ocr"))
    except BaseException as e:  # whatever stops the import is reported to the parent
        conn.send(("fatal", f"cannot load processor {init['processor']!r}: "
                            f"{type(e).__name__}: {e}"))
        return
    limit_mb = init.get("memory_limit_mb")
    _limit_memory(limit_mb)
    conn.send(("ready", os.getpid()))
    _save_regex_cache()  # the warm-up's patterns, for the next worker (see rules.regex_cache)
    _serve(conn, func, limit_mb, bool(init.get("table_rows")))
    _save_regex_cache()  # the patterns the documents needed (theme cues, ...)
    # Exit at once: the interpreter's teardown (freeing every object the reader loaded) takes
    # tenths of a second the parent would wait for; there is nothing to flush but stderr.
    with contextlib.suppress(Exception):
        sys.stderr.flush()
    os._exit(0)


def _save_regex_cache() -> None:
    """Write the compiled rule patterns this worker added (``os._exit`` runs no ``atexit``)."""
    if "reviewminer.rules.regex_cache" in sys.modules:
        sys.modules["reviewminer.rules.regex_cache"].save()
