"""Write tables to files: CSV, Excel, JSON Lines, Parquet; a set of them in one step.

Every single file is written to a temporary file in the target's folder, flushed and fsynced, then
moved over the target with :func:`os.replace`, so a reader sees either the old file or the complete
new one, never a half-written file; when writing fails the temporary file is removed and the target
is left as it was. :func:`write_tables` writes a whole *set* (every table, every format) into a
staging folder first and switches it in together (see :mod:`reviewminer.export.staging`), so the
export files in a folder are always from one run.

* ``csv``: one ``<table>.csv`` per table (UTF-8, header row even when empty).
* ``xlsx``: one workbook ``reviewminer.xlsx`` with one sheet per table.
* ``jsonl``: one ``<table>.jsonl`` per table, one JSON object per row (an empty table is an
  empty file).
* ``parquet``: one ``<table>.parquet`` per table (the schema keeps the columns when empty).

Text from untrusted documents and file names:

* **Formulas.** With ``csv_safe=True`` (the default; ``--no-csv-safe`` on the command line turns it
  off) a CSV text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets
  a leading ``'`` so a spreadsheet opening the file shows it as text instead of running it as a
  formula (``=HYPERLINK(...)`` is written ``'=HYPERLINK(...)``). Numbers in numeric columns are
  never changed (``-3`` stays ``-3``). In ``xlsx`` every text cell is written as a string cell,
  never a formula, whatever it starts with (no ``'`` is added there). JSON Lines and Parquet keep
  the text as it is. A carriage return inside a CSV text cell is written as a line feed (the
  cell is then quoted; a bare CR would split the row in most readers).
* **Lone surrogates** (a file name that is not UTF-8, a stray symbol in a document) are written
  with :func:`reviewminer.export.textsafe.printable` in every format: ``caf\\xe9.pdf`` for an
  undecodable byte, U+FFFD for any other lone surrogate.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import shutil
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, BinaryIO, cast

from reviewminer.export.staging import (
    commit_and_switch,
    export_lock,
    is_committed,
    new_staging,
    repair_exports,
)
from reviewminer.export.textsafe import printable

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "CSV_FORMULA_PREFIXES",
    "FORMATS",
    "XLSX_NAME",
    "atomic_write",
    "parse_formats",
    "write_csv",
    "write_jsonl",
    "write_parquet",
    "write_tables",
    "write_xlsx",
]

FORMATS: tuple[str, ...] = ("csv", "xlsx", "jsonl", "parquet")
XLSX_NAME = "reviewminer.xlsx"
_EXCEL_MAX_CELL = 32767  # Excel refuses longer cell text
#: A CSV text cell starting with one of these gets a leading ``'`` under ``csv_safe``.
CSV_FORMULA_PREFIXES: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")


def _is_text_column(series: Any) -> bool:
    return series.dtype == object or str(series.dtype) in ("str", "string")


def _map_text(frame: pd.DataFrame, clean: Any) -> pd.DataFrame:
    """``frame`` with ``clean`` applied to every string cell of its text columns (a copy when
    a cell changes, else ``frame`` itself)."""
    import pandas as pd

    out: pd.DataFrame | None = None
    for col in frame.columns:
        series = frame[col]
        if not _is_text_column(series):
            continue
        values = series.tolist()
        cleaned = [clean(v) if isinstance(v, str) else v for v in values]
        if any(isinstance(a, str) and a != b for a, b in zip(values, cleaned, strict=True)):
            if out is None:
                out = frame.copy()
            out[col] = pd.Series(cleaned, index=series.index, dtype=object)
    return frame if out is None else out


def _csv_lines(text: str) -> str:
    """A carriage return as a line feed: the csv module leaves a field holding a bare CR
    unquoted (the line terminator is LF), which splits the row in every reader."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _csv_cell(text: str) -> str:
    text = printable(text)
    return _csv_lines("'" + text if text.startswith(CSV_FORMULA_PREFIXES) else text)


def _csv_raw_cell(text: str) -> str:
    return _csv_lines(printable(text))


def parse_formats(spec: str | Sequence[str]) -> tuple[str, ...]:
    """``"csv,xlsx"`` → ``("csv", "xlsx")``; raise ValueError naming an unknown format."""
    items = spec.split(",") if isinstance(spec, str) else list(spec)
    out: list[str] = []
    for item in items:
        fmt = item.strip().lower().lstrip(".")
        if not fmt:
            continue
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {item.strip()!r}; choose from {', '.join(FORMATS)}")
        if fmt not in out:
            out.append(fmt)
    if not out:
        raise ValueError(f"no format given; choose from {', '.join(FORMATS)}")
    return tuple(out)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - e.g. Windows
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike[str], mode: str = "w", *,
                 encoding: str | None = "utf-8", newline: str | None = "") -> Iterator[IO[Any]]:
    """Open a temporary file next to ``path``; on success move it over ``path``.

    Args:
        path: the target file.
        mode: ``"w"`` (text) or ``"wb"`` (binary).
        encoding: text encoding (ignored in binary mode).
        newline: passed to :func:`open` in text mode ("" leaves line endings to the writer).

    Raises:
        Whatever the body raises; the target is then untouched and the temporary file removed.

    Example:
        >>> import tempfile, pathlib
        >>> target = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
        >>> with atomic_write(target) as fh:
        ...     _ = fh.write("complete")
        >>> target.read_text()
        'complete'
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    binary = "b" in mode
    try:
        if binary:
            fh: IO[Any] = os.fdopen(fd, mode)
        else:
            fh = os.fdopen(fd, mode, encoding=encoding, newline=newline)
        with fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        # mkstemp creates 0600 files; exports are ordinary files.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(target.parent)


def write_csv(frame: pd.DataFrame, path: str | os.PathLike[str], *,
              csv_safe: bool = True) -> Path:
    """Write one table as UTF-8 CSV (header row even when empty).

    Args:
        frame: the table.
        path: the target file.
        csv_safe: prefix ``'`` to text cells starting with ``=``, ``+``, ``-``, ``@``, tab or
            carriage return, so spreadsheets do not run them as formulas (see the module doc).
    """
    ready = _map_text(frame, _csv_cell if csv_safe else _csv_raw_cell)
    with atomic_write(path, "w") as fh:
        ready.to_csv(fh, index=False, lineterminator="\n")
    return Path(path)


def _json_value(v: Any) -> Any:
    if v is None:
        return None
    if isinstance(v, str):
        return printable(v)
    if isinstance(v, float) and math.isnan(v):
        return None
    if hasattr(v, "item"):  # numpy scalars
        v = v.item()
    try:
        import pandas as pd

        if v is pd.NA or v is pd.NaT:
            return None
    except ImportError:  # pragma: no cover
        pass
    return v


def write_jsonl(frame: pd.DataFrame, path: str | os.PathLike[str]) -> Path:
    """Write one table as JSON Lines: one object per row, keys in column order."""
    cols = list(frame.columns)
    with atomic_write(path, "w", newline="\n") as fh:
        for row in frame.itertuples(index=False, name=None):
            obj = {c: _json_value(v) for c, v in zip(cols, row, strict=False)}
            fh.write(json.dumps(obj, ensure_ascii=False, default=str))
            fh.write("\n")
    return Path(path)


def _arrow_ready(frame: pd.DataFrame) -> pd.DataFrame:
    """Columns of mixed Python types (e.g. int and str) as strings, so Arrow can type them."""
    import pandas as pd

    def missing(v: Any) -> bool:
        return v is None or (isinstance(v, float) and math.isnan(v))

    out = frame.copy()
    for col in out.columns:
        s = out[col]
        if s.dtype == object:
            kinds = {type(v) for v in s if not missing(v)}
            if len(kinds) > 1 and not kinds <= {int, float}:
                out[col] = s.map(lambda v: None if missing(v) else str(v))
    ready: pd.DataFrame = pd.DataFrame(out)
    return ready


def write_parquet(frame: pd.DataFrame, path: str | os.PathLike[str]) -> Path:
    """Write one table as Parquet (needs pyarrow: ``pip install "reviewminer[parquet]"``)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as e:
        raise ImportError('Parquet export needs pyarrow: pip install "reviewminer[parquet]"') from e
    table = pa.Table.from_pandas(_arrow_ready(_map_text(frame, printable)), preserve_index=False)
    with atomic_write(path, "wb") as fh:
        pq.write_table(table, fh)
    return Path(path)


def _excel_ready(frame: pd.DataFrame) -> pd.DataFrame:
    """Strip characters Excel cannot store and cut over-long cells (marked with an ellipsis)."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    def clean(v: str) -> str:
        v = ILLEGAL_CHARACTERS_RE.sub("", printable(v))
        if len(v) > _EXCEL_MAX_CELL:
            v = v[: _EXCEL_MAX_CELL - 1] + "\u2026"
        return v

    return _map_text(frame, clean)


def _no_formulas(sheet: Any) -> None:
    """Make every cell openpyxl took for a formula (text starting with ``=``) a string cell."""
    for row in sheet.iter_rows():
        for cell in row:
            if cell.data_type == "f":
                cell.data_type = "s"


def write_xlsx(frames: Mapping[str, pd.DataFrame], path: str | os.PathLike[str]) -> Path:
    """Write tables to one Excel workbook, a sheet per table (needs openpyxl); every text cell is
    a string cell, never a formula."""
    try:
        import openpyxl  # noqa: F401
    except ImportError as e:
        raise ImportError('Excel export needs openpyxl: pip install "reviewminer[excel]"') from e
    import pandas as pd

    with atomic_write(path, "wb") as fh, pd.ExcelWriter(cast(BinaryIO, fh), engine="openpyxl") as writer:
        for name, frame in frames.items():
            _excel_ready(frame).to_excel(writer, sheet_name=name[:31], index=False)
            _no_formulas(writer.sheets[name[:31]])
    return Path(path)


def _export_names(names: Sequence[str], fmts: Sequence[str]) -> list[str]:
    """The file names of tables ``names`` in formats ``fmts``."""
    return [XLSX_NAME if fmt == "xlsx" else f"{name}.{fmt}" for fmt in fmts
            for name in (names[:1] if fmt == "xlsx" else names)]


def _write_set(frames: Mapping[str, pd.DataFrame], folder: Path, fmts: Sequence[str],
               csv_safe: bool) -> list[str]:
    """Write every table in every format into ``folder``; return the file names."""
    for fmt in fmts:
        if fmt == "xlsx":
            write_xlsx(frames, folder / XLSX_NAME)
        elif fmt == "csv":
            for name, frame in frames.items():
                write_csv(frame, folder / f"{name}.csv", csv_safe=csv_safe)
        else:
            writer = {"jsonl": write_jsonl, "parquet": write_parquet}[fmt]
            for name, frame in frames.items():
                writer(frame, folder / f"{name}.{fmt}")
    return _export_names(list(frames), fmts)


def write_tables(
    frames: Mapping[str, pd.DataFrame],
    out_dir: str | os.PathLike[str],
    *,
    formats: str | Sequence[str] = ("csv",),
    csv_safe: bool = True,
) -> list[Path]:
    """Write every table in every format to ``out_dir`` as one set; return the paths written.

    The set is written to a staging folder and switched in together; export files of these
    tables in formats not written now (left by an earlier run) are removed, and whatever an
    interrupted earlier export left is finished or cleaned first (see
    :mod:`reviewminer.export.staging`).

    Args:
        frames: table name → DataFrame (e.g. ``Corpus.to_frames()`` plus ``failures``).
        out_dir: the output folder (created if needed).
        formats: any of ``csv``, ``xlsx``, ``jsonl``, ``parquet`` (a list or "csv,xlsx").
        csv_safe: neutralise text cells that a spreadsheet would run as formulas in CSV (see
            the module docstring); default on.

    Raises:
        OSError: the folder cannot be written (read-only, full disk); the files of the earlier
            set are then unchanged.

    Example:
        >>> import tempfile, pandas as pd
        >>> paths = write_tables({"t": pd.DataFrame({"a": [1]})}, tempfile.mkdtemp())
        >>> [p.name for p in paths]
        ['t.csv']
    """
    fmts = parse_formats(formats)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with export_lock(out):
        repair_exports(out)
        staging = new_staging(out)
        try:
            names = _write_set(frames, staging, fmts, csv_safe)
            commit_and_switch(out, staging, names, _export_names(list(frames), FORMATS))
        except BaseException:
            if not is_committed(staging):  # a committed set is finished by the next writer
                shutil.rmtree(staging, ignore_errors=True)
            raise
    return [out / n for n in names]
