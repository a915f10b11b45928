"""The ``reviewminer`` command line.

::

    reviewminer extract PATH... --out DIR [--workers N] [--format csv,xlsx,jsonl,parquet]
                        [--resume | --overwrite] [--retry-failed] [--timeout S]
                        [--memory-limit MB] [--no-csv-safe] [--quiet] [--log-file PATH]
    reviewminer show FILE [--json]
    reviewminer version          (or: reviewminer --version)

``extract`` reads every PDF and Word file under the PATHs (files, folders searched recursively,
glob patterns; .doc, .rtf and .odt through LibreOffice) in parallel worker processes and writes
``documents``, ``sections``, ``lines_of_enquiry``, ``recommendations``, ``parties`` and
``failures`` tables to DIR. Results are kept in ``DIR/reviewminer.sqlite`` as they arrive; the
tables are written from it at the end.

The tables are written as one set (staged, then switched in together; see
:mod:`reviewminer.export.staging`); a run killed while writing them is finished or undone by the
next run on DIR. CSV text cells that a spreadsheet would run as formulas get a leading ``'``
unless ``--no-csv-safe`` is given (see :mod:`reviewminer.export.writers`).

Exit status: 0 when every document was read, 1 when some failed (see ``failures.csv``), 2 on a
usage error (bad option, no input files, DIR holding an earlier run without ``--resume`` or
``--overwrite``, DIR in use by another run) or when DIR or its store cannot be used (read-only,
full disk, not a reviewminer store: the message names the path; nothing recorded is lost),
130 when interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import math
import os
import shutil
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from reviewminer._version import __version__
from reviewminer.errors import RuleFileError, StoreError
from reviewminer.export.textsafe import printable, printable_obj

__all__ = ["main"]

LOCK_NAME = ".reviewminer.lock"


class _UsageError(Exception):
    """A problem with the command line or the output folder (exit status 2)."""


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _non_negative(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None
    if value < 0 or value != value:
        raise argparse.ArgumentTypeError(f"must be 0 or more, got {text}")
    return value


def _memory_mb(text: str) -> int:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number of MB, got {text!r}") from None
    if not math.isfinite(value) or value < 0 or value != int(value):
        raise argparse.ArgumentTypeError(
            f"must be a whole number of MB, 0 for no limit (fractions are not rounded), got {text}")
    return int(value)


def _formats(text: str) -> tuple[str, ...]:
    from reviewminer.export import parse_formats

    try:
        return parse_formats(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def build_parser() -> argparse.ArgumentParser:
    from reviewminer.bulk import DEFAULT_MEMORY_LIMIT_MB, DEFAULT_TIMEOUT

    parser = argparse.ArgumentParser(
        prog="reviewminer",
        description="Extract sections, key lines of enquiry, recommendations and responsible "
        "parties from UK review reports (PDF and Word .docx; .doc, .rtf and .odt through "
        "LibreOffice when it is installed).",
    )
    parser.add_argument("--version", action="version", version=f"reviewminer {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    ex = sub.add_parser(
        "extract", help="read many documents into tables",
        description="Read every document under PATH (files, folders, glob patterns: .pdf, "
        ".docx; .doc, .rtf, .odt through LibreOffice) and write tidy tables to --out. Exit "
        "status 0: all read; 1: some failed (failures.csv); "
        "2: usage error.",
    )
    ex.add_argument("paths", nargs="*", metavar="PATH",
                    help="files, folders (searched recursively) or glob patterns; with --resume "
                    "they may be left out to finish the run recorded in --out")
    ex.add_argument("--out", "-o", required=True, metavar="DIR", help="output folder")
    ex.add_argument("--workers", "-w", type=_positive_int, default=None, metavar="N",
                    help="worker processes (default: one per core)")
    ex.add_argument("--format", "-f", type=_formats, default=("csv",), metavar="FMT[,FMT]",
                    dest="formats",
                    help="csv (default), xlsx, jsonl, parquet; comma-separated for several")
    mode = ex.add_mutually_exclusive_group()
    mode.add_argument("--resume", action="store_true",
                      help="continue the run stored in --out: read only what is not there yet")
    mode.add_argument("--overwrite", action="store_true",
                      help="discard the results stored in --out and start afresh")
    ex.add_argument("--retry-failed", action="store_true",
                    help="with --resume, read again the documents that failed before")
    ex.add_argument("--timeout", type=_non_negative, default=DEFAULT_TIMEOUT, metavar="S",
                    help=f"seconds allowed per document (default {DEFAULT_TIMEOUT:g}; 0: no limit)")
    ex.add_argument("--memory-limit", type=_memory_mb, default=DEFAULT_MEMORY_LIMIT_MB,
                    metavar="MB", help="memory (address space) per worker, a whole number of MB "
                    f"(default {DEFAULT_MEMORY_LIMIT_MB}; 0: no limit)")
    ex.add_argument("--csv-safe", action=argparse.BooleanOptionalAction, default=True,
                    help="in CSV, prefix ' to text cells starting with = + - @ tab or CR so "
                    "spreadsheets show them as text, not formulas (default: on)")
    ex.add_argument("--scheduler", metavar="ADDRESS", default=None,
                    help="read on a Dask cluster (e.g. tcp://scheduler:8786) instead of local "
                    "workers; needs reviewminer[dask] and the PATHs visible to the cluster")
    _add_rules_option(ex)
    _add_ocr_option(ex)
    ex.add_argument("--html", action="store_true",
                    help="also write OUT/html/index.html: every document's pages with each "
                    "item drawn on them, to check the results (see README, Checking the results)")
    ex.add_argument("--quiet", "-q", action="store_true",
                    help="no progress and no summary on stderr (errors only)")
    ex.add_argument("--log-file", metavar="PATH", default=None,
                    help="append to PATH a timestamped line per document (started, done with "
                    "pages and seconds, failed with the reason) and the run's summary")

    show = sub.add_parser("show", help="print a summary of one document",
                          description="Read one document and print what was found.")
    show.add_argument("file", metavar="FILE")
    show.add_argument("--json", action="store_true", help="print the full report as JSON")
    show.add_argument("--html", metavar="OUT", default=None,
                      help="write OUT/html/index.html and the document's page with its pages "
                      "and every item drawn on them")
    _add_rules_option(show)
    _add_ocr_option(show)

    sub.add_parser("version", help="print the version")
    return parser


def _add_ocr_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--ocr", choices=("auto", "always", "never"), default="auto",
                        help="PDF pages without a usable text layer: auto (default) reads them "
                        "with Tesseract when it is installed; always reads every page by OCR (a "
                        "poor existing OCR layer); never leaves them (a scan fails)")


def _add_rules_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--rules", metavar="PATH", default=None,
                        help="your own rules merged over the shipped ones: a folder of rule files "
                        "(parties.json, recommendations.json, ...), one rule file, or a JSON file "
                        "of overlays; results are stamped with their fingerprint")


@contextlib.contextmanager
def _lock(out: Path) -> Iterator[None]:
    """Hold an exclusive lock on OUT so two runs never write the same store and exports."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no lock
        yield
        return
    try:
        fh = open(out / LOCK_NAME, "a+")  # noqa: SIM115 - closed below
    except OSError as e:
        raise _os_problem(f"cannot write to the output folder {out}", e) from None
    with fh:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise _UsageError(f"{out} is in use by another reviewminer run") from None
        yield


@contextlib.contextmanager
def _dask_client(address: str | None) -> Iterator[object]:
    """A Dask client for --scheduler, or None for local worker processes."""
    if address is None:
        yield None
        return
    try:
        from distributed import Client
    except ImportError:
        raise _UsageError('--scheduler needs Dask: pip install "reviewminer[dask]"') from None
    try:
        client = Client(address, timeout="30s")  # type: ignore[no-untyped-call]
    except OSError as e:
        raise _UsageError(f"cannot reach the Dask scheduler at {address}: {e}") from None
    try:
        yield client
    finally:
        client.close()  # type: ignore[no-untyped-call]


def _clear_outputs(out: Path, store_path: Path) -> None:
    """--overwrite: remove the store and every export file an earlier run may have left."""
    from reviewminer.export import COLUMNS, FORMATS, XLSX_NAME
    from reviewminer.export.staging import discard_staging

    names = [f"{store_path.name}{suffix}" for suffix in ("", "-wal", "-shm")] + [XLSX_NAME]
    names += [f"{table}.{fmt}" for table in [*COLUMNS, "failures"] for fmt in FORMATS
              if fmt != "xlsx"]
    for name in names:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(out / name)
    if (out / "html" / "index.html").is_file():  # the verification view of --html
        shutil.rmtree(out / "html", ignore_errors=True)
    discard_staging(out)


def _os_problem(what: str, e: OSError) -> _UsageError:
    """An OSError (read-only folder, full disk, a file where a folder belongs) as a usage error
    naming the path."""
    where = f" ({printable(os.fsdecode(e.filename))})" if e.filename else ""
    return _UsageError(f"{what}: {e.strerror or e}{where}")


def _check_out(out: Path, args: argparse.Namespace, store_path: Path) -> None:
    """Refuse options that do not go together and a DIR the run cannot use (the message says
    why)."""
    if out.exists() and not out.is_dir():
        raise _UsageError(f"--out {out} exists and is not a folder")
    if args.retry_failed and not args.resume:
        raise _UsageError("--retry-failed needs --resume")
    if not args.paths and not args.resume:
        raise _UsageError("no PATH given (give files, folders or glob patterns)")
    if store_path.exists() and not (args.resume or args.overwrite):
        raise _UsageError(
            f"{out} already holds the results of an earlier run ({store_path.name}); "
            "pass --resume to continue it or --overwrite to start afresh"
        )


def _make_out(out: Path) -> None:
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise _os_problem(f"cannot create the output folder {out}", e) from None


def _repair(out: Path, quiet: bool) -> None:
    """Finish or undo the export of a run killed while writing its tables."""
    from reviewminer.export.staging import export_lock, repair_exports

    with export_lock(out):
        for line in repair_exports(out):
            if not quiet:
                print(f"reviewminer: {out}: {line}", file=sys.stderr)


def _given_sources(args: argparse.Namespace) -> list[str]:
    """The files found under the PATHs (those reviewminer reads and the others, listed as not
    read), absolute. Without ``--resume`` none found is a usage error, raised before DIR is
    touched: a command that fails so leaves no store behind and deletes nothing (even with
    ``--overwrite``)."""
    from reviewminer.bulk import find_sources
    from reviewminer.parsers import supported_suffixes

    left_out: list[str] = []
    found = find_sources(args.paths, left_out)
    if not found and not left_out and not args.resume:
        raise _UsageError("no input files found in: " + " ".join(args.paths)
                          + " (reviewminer reads " + ", ".join(supported_suffixes()) + ")")
    return [os.path.abspath(f) for f in found + left_out]


def _input_files(args: argparse.Namespace, given: list[str], store: object,
                 store_path: Path) -> list[str]:
    """What the run reads: the PATHs as given (the run searches the folders again and lists
    their other files as not read, without hashing them or sending them to a worker), and with
    ``--resume`` every source recorded in the store that they do not name."""
    from reviewminer.bulk.store import Store

    assert isinstance(store, Store)
    files = list(args.paths)
    if args.resume:
        seen = set(given)
        for rec in store.sources():
            if rec.path not in seen:
                seen.add(rec.path)
                same = os.path.abspath(rec.source) == rec.path
                files.append(rec.source if same else rec.path)
    if not files:
        raise _UsageError("no input files found"
                          + (" in: " + " ".join(args.paths) if args.paths else "")
                          + " and none recorded in " + str(store_path))
    return files


def _remove_store(store_path: Path) -> None:
    """Delete a store (and its SQLite journal files) that this run created and left empty."""
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{store_path}{suffix}")


def _extract(args: argparse.Namespace) -> int:
    from reviewminer.bulk import iter_read_many, store_results
    from reviewminer.bulk.store import STORE_FILENAME, Store
    from reviewminer.bulk.tables import results_data
    from reviewminer.export import write_tables

    out = Path(args.out)
    store_path = out / STORE_FILENAME
    _check_out(out, args, store_path)
    given = _given_sources(args)  # (before DIR is created or changed)
    _make_out(out)
    with _lock(out):
        if args.overwrite:
            _clear_outputs(out, store_path)
        _repair(out, args.quiet)
        new_store = not store_path.exists()
        with Store(store_path) as store:
            try:
                files = _input_files(args, given, store, store_path)
            except _UsageError:
                if new_store:
                    store.close()
                    _remove_store(store_path)
                raise
            with _dask_client(args.scheduler) as client:
                for _ in iter_read_many(
                    files, workers=args.workers, progress=not args.quiet, errors="collect",
                    timeout=args.timeout, memory_limit=args.memory_limit, store=store,
                    scheduler=client, retry_failed=args.retry_failed, rules=args.rules,
                    ocr=args.ocr,
                ):
                    pass
            export_started = time.perf_counter(), time.process_time()
            results = store_results(store, rules=args.rules, ocr=args.ocr)
            tables = results_data(results, store)
        try:
            written = write_tables(tables, out, formats=args.formats, csv_safe=args.csv_safe)
            if args.html:
                written.append(_write_html(results, out))
        except OSError as e:
            raise _os_problem(
                f"cannot write the tables to {out} (the tables already there are unchanged; "
                "every result is kept in the store: run again with --resume)", e) from None
    summary = logging.getLogger("reviewminer.cli")
    summary.debug("export (tables from the store, written): %.2f s, %.2f s CPU",
                  time.perf_counter() - export_started[0], time.process_time() - export_started[1])
    n_docs = len(tables["documents"])
    codes = list(tables["failures"].column("code"))
    # files of a type reviewminer does not read (notes, images, code) are listed, not failures
    n_other = codes.count("unsupported_format")
    n_failed = len(codes) - n_other
    other = f", {n_other} other file(s) not read (not a format reviewminer reads)" \
        if n_other else ""
    empty = list(tables["documents"].column("n_recommendations")).count(0)
    none = f" ({empty} with no recommendations)" if empty else ""
    # on stderr unless --quiet (see reviewminer.logs.cli_logging), and in --log-file
    summary.info("%s", printable(f"{n_docs} document(s) read{none}, {n_failed} failed{other}; "
                                 f"wrote {len(written)} file(s) to {out}"))
    if n_failed or n_other:
        summary.info("%s", printable(f"see {_failures_file(out, written)} for what was not read "
                                     "and why"))
    return 1 if n_failed else 0


def _failures_file(out: Path, written: Sequence[Path | str]) -> str:
    """Where the failures table was written: its CSV, else its file in another format, else the
    workbook's ``failures`` sheet."""
    from reviewminer.export import XLSX_NAME

    names = {Path(w).name for w in written}
    for fmt in ("csv", "jsonl", "parquet"):
        if f"failures.{fmt}" in names:
            return str(out / f"failures.{fmt}")
    return f"the failures sheet of {out / XLSX_NAME}"


def _show(args: argparse.Namespace) -> int:
    from reviewminer.api import read
    from reviewminer.errors import ReviewMinerError
    from reviewminer.rules import load_rules

    rules = load_rules(args.rules)  # a bad rules file is a usage error (exit 2), not a document's
    try:
        report = read(args.file, rules=rules, ocr=args.ocr)
    except ReviewMinerError as e:
        print(f"reviewminer: {e.code}: {e}", file=sys.stderr)
        return 1
    if args.html:
        index = _write_html([report], Path(args.html))
        print(f"reviewminer: wrote {index}", file=sys.stderr)
    if args.json:  # text with lone surrogates (e.g. a non-UTF-8 file name) made printable
        print(json.dumps(printable_obj(report.to_dict()), indent=2, ensure_ascii=False))
        return 0
    md = report.metadata
    lines = [
        f"{report.source}  ({report.format}, {report.page_count} pages, id {report.document_id})",
        f"title:        {md.title or '-'}",
        f"review type:  {md.review_type or '-'}",
        f"subjects:     {', '.join(md.subjects) or '-'}",
        f"area:         {md.area or '-'}",
        f"published:    {md.publication_date or '-'}",
        f"sections ({len(report.sections)}):",
    ]
    lines += [f"  {'  ' * (s.level - 1)}{s.heading}  [{s.kind.value}, p{s.provenance.page_start}]"
              for s in report.sections]
    lines.append(f"lines of enquiry ({len(report.lines_of_enquiry)}):")
    lines += [f"  {e.number or '-'}  {_clip(e.text)}" for e in report.lines_of_enquiry]
    lines.append(f"recommendations ({len(report.recommendations)}):")
    for r in report.recommendations:
        owners = ", ".join(dict.fromkeys(p.canonical for p in r.parties if p.role == "owner"))
        lines.append(f"  {r.number or '-'}  {_clip(r.text)}" + (f"  -> {owners}" if owners else ""))
    if report.warnings:
        lines.append("warnings:")
        lines += [f"  {w}" for w in report.warnings]
    print(printable("\n".join(lines)))
    return 0


def _write_html(results: Sequence[object], out: Path) -> Path:
    """The verification view of reports (or bulk results) under ``out/html``."""
    from reviewminer.bulk.corpus import Result
    from reviewminer.model import Report
    from reviewminer.view import HtmlDocument, write_html

    def docs() -> Iterator[HtmlDocument]:
        for r in results:
            if isinstance(r, Report):
                yield HtmlDocument(r.source, r)
            elif isinstance(r, Result):
                yield HtmlDocument(r.source, r.report, r.code, r.reason)

    try:
        return write_html(docs(), out)
    except OSError as e:
        raise _os_problem(f"cannot write the HTML view to {out / 'html'}", e) from None


@contextlib.contextmanager
def _logging(args: argparse.Namespace) -> Iterator[None]:
    """The command's log handlers: stderr, and --log-file (checked to be writable first)."""
    from reviewminer.logs import cli_logging

    log_file = getattr(args, "log_file", None)
    if log_file is not None:
        try:
            open(log_file, "a", encoding="utf-8").close()
        except OSError as e:
            raise _os_problem(f"cannot write the log file {log_file}", e) from None
    with cli_logging(quiet=getattr(args, "quiet", False), log_file=log_file):
        yield


def _clip(text: str, n: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "\u2026"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 some failures, 2 usage error).

    Example:
        >>> main(["version"])  # doctest: +SKIP
        reviewminer 0.1.0
        0
    """
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # argparse: --help/--version (0) or a usage error (2)
        return int(e.code) if isinstance(e.code, int) else (0 if e.code is None else 2)
    if args.command == "version":
        print(f"reviewminer {__version__}")
        return 0
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        with _logging(args):
            if args.command == "extract":
                return _extract(args)
            return _show(args)
    except (_UsageError, RuleFileError, StoreError) as e:
        print(f"reviewminer {args.command}: error: {printable(str(e))}", file=sys.stderr)
        return 2
    except RuntimeError as e:  # e.g. worker processes that cannot start
        print(f"reviewminer {args.command}: error: {e}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # e.g. `reviewminer show FILE | head`
        with contextlib.suppress(OSError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return 0
    except OSError as e:  # the environment, not a document: e.g. a full disk
        print(f"reviewminer {args.command}: error: {printable(str(_os_problem('failed', e)))}",
              file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("\nreviewminer: interrupted; results so far are kept: run again with --resume",
              file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
