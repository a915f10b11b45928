"""Write tables to files: CSV, Excel, JSON Lines, Parquet; a set of them in one step.

Every single file is written to a temporary file in the target's folder, flushed and fsynced, then
moved over the target with :func:`os.replace`, so a reader sees either the old file or the complete
new one, never a half-written file; when writing fails the temporary file is removed and the target
is left as it was. :func:`write_tables` writes a whole *set* (every table, every format) into a
staging folder first and switches it in together (see :mod:`reviewminer.export.staging`), so the
export files in a folder are always from one run. :func:`reviewminer.read_tables` reads any set
back with the dtypes of :mod:`reviewminer.export.schema`.

* ``csv``: one ``<table>.csv`` per table (UTF-8, header row even when empty); lists joined by their
  column's separator, dates ``YYYY-MM-DD``, missing values empty.
* ``xlsx``: one workbook ``reviewminer.xlsx`` with one sheet per table (XlsxWriter: frozen header,
  autofilter, date cells; see :mod:`reviewminer.export.xlsx`).
* ``jsonl``: one ``<table>.jsonl`` per table, one JSON object per row (keys in column order, lists
  as arrays, dates ``YYYY-MM-DD``, missing values ``null``; written by pandas). An empty table is
  an empty file: its columns and dtypes are the spec's, which ``read_tables`` knows.
* ``parquet``: one ``<table>.parquet`` per table, typed by the spec (``string``, ``int64``,
  ``bool``, ``double``, ``date32``, dictionary-encoded categories, ``list<string>``), with
  pandas' metadata; the schema is kept when the table is empty.

Text from untrusted documents and file names:

* **Formulas.** With ``csv_safe=True`` (the default; ``--no-csv-safe`` on the command line turns it
  off) a CSV text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets
  a leading ``'`` so a spreadsheet opening the file shows it as text instead of running it as a
  formula (``=HYPERLINK(...)`` is written ``'=HYPERLINK(...)``); a text already starting with
  ``'`` before such a character gets one more, so reading takes exactly one off
  (:mod:`reviewminer.export.textcells`). Numbers in numeric columns are never changed (``-3``
  stays ``-3``). The manifest of the set records ``csv_safe``. In ``xlsx`` every text cell is
  written as a string cell, never a formula, whatever it starts with (no ``'`` is added there).
  JSON Lines and Parquet keep the text as it is. A carriage return inside a CSV text cell is
  written as a line feed (the cell is then quoted; a bare CR would split the row in most readers).
* **Lone surrogates** (a file name that is not UTF-8, a stray symbol in a document) are written
  with :func:`reviewminer.export.textsafe.printable` in every format: ``caf\\xe9.pdf`` for an
  undecodable byte, U+FFFD for any other lone surrogate.
"""

from __future__ import annotations

import contextlib
import csv
import math
import os
import shutil
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, BinaryIO, cast

from reviewminer.export.columns import Table, table_spec
from reviewminer.export.staging import (
    commit_and_switch,
    export_lock,
    is_committed,
    new_staging,
    repair_exports,
)
from reviewminer.export.tabledata import TableData
from reviewminer.export.textcells import (
    CSV_FORMULA_PREFIXES,
    csv_columns,
    has_surrogates,
    iso_dates,
    map_text,
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


def _spec(frame: pd.DataFrame, table: str | None) -> Table | None:
    """The spec of ``table`` when ``frame`` has exactly its columns (else None: written as is)."""
    spec = table_spec(table) if table else None
    return spec if spec is not None and list(frame.columns) == list(spec.names) else None


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


def write_csv(frame: pd.DataFrame | TableData, path: str | os.PathLike[str], *,
              csv_safe: bool = True, table: str | None = None) -> Path:
    """Write one table as UTF-8 CSV (header row even when empty).

    Args:
        frame: the table: a DataFrame, or a :class:`~reviewminer.export.tabledata.TableData`
            (written without pandas).
        path: the target file.
        csv_safe: prefix ``'`` to text cells starting with ``=``, ``+``, ``-``, ``@``, tab or
            carriage return, so spreadsheets do not run them as formulas (see the module doc).
        table: the table's name in the spec, for its list separators (else lists join by ``;``).
    """
    spec = frame.table if isinstance(frame, TableData) else _spec(frame, table)
    names, columns = csv_columns(frame, spec, csv_safe=csv_safe)
    with atomic_write(path, "w") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(names)
        writer.writerows(zip(*columns, strict=True))
    return Path(path)


def write_jsonl(frame: pd.DataFrame, path: str | os.PathLike[str]) -> Path:
    """Write one table as JSON Lines: one object per row, keys in column order, lists as arrays,
    dates ``YYYY-MM-DD``, missing values null; an empty table is an empty file."""
    import pandas as pd

    ready = map_text(frame, printable, has_surrogates)
    dates = [c for c in ready.columns if pd.api.types.is_datetime64_any_dtype(ready[c])]
    if dates:
        ready = ready.copy()
        for col in dates:
            ready[col] = iso_dates(ready[col])
    with atomic_write(path, "w", newline="\n") as fh:
        if len(ready):
            ready.to_json(fh, orient="records", lines=True, force_ascii=False,
                          double_precision=15, date_format="iso")
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


def arrow_schema(table: Table) -> Any:
    """The Arrow schema of a spec table (see the module doc)."""
    import pyarrow as pa

    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(),
             "date": pa.date32(), "category": pa.dictionary(pa.int32(), pa.string()),
             "list[str]": pa.list_(pa.string())}
    return pa.schema([pa.field(c.name, types[c.type]) for c in table.columns])


def _arrow_table(frame: pd.DataFrame, spec: Table | None) -> Any:
    import pyarrow as pa

    clean = map_text(frame, printable, has_surrogates)
    if spec is None:
        return pa.Table.from_pandas(_arrow_ready(clean), preserve_index=False)
    schema = arrow_schema(spec)
    dates = [c.name for c in spec.columns if c.type == "date"]
    if dates:
        clean = clean.copy()
        for col in dates:  # a date at midnight: its day
            clean[col] = clean[col].astype("datetime64[s]").dt.date.astype(object)
    return pa.Table.from_pandas(clean, schema=schema, preserve_index=False)


def write_parquet(frame: pd.DataFrame, path: str | os.PathLike[str], *,
                  table: str | None = None) -> Path:
    """Write one table as Parquet (needs pyarrow: ``pip install "reviewminer[parquet]"``); a table
    of the spec (``table``) is written with its typed schema."""
    try:
        import pyarrow.parquet as pq
    except ImportError as e:
        raise ImportError('Parquet export needs pyarrow: pip install "reviewminer[parquet]"') from e
    arrow = _arrow_table(frame, _spec(frame, table))
    with atomic_write(path, "wb") as fh:
        pq.write_table(arrow, fh)
    return Path(path)


def write_xlsx(frames: Mapping[str, pd.DataFrame], path: str | os.PathLike[str]) -> Path:
    """Write tables to one Excel workbook, a sheet per table (needs XlsxWriter: ``pip install
    "reviewminer[excel]"``); every text cell is a string cell, never a formula (see
    :mod:`reviewminer.export.xlsx`)."""
    from reviewminer.export.xlsx import write_workbook

    with atomic_write(path, "wb") as fh:
        write_workbook(frames, cast(BinaryIO, fh))
    return Path(path)


def _export_names(names: Sequence[str], fmts: Sequence[str]) -> list[str]:
    """The file names of tables ``names`` in formats ``fmts``."""
    return [XLSX_NAME if fmt == "xlsx" else f"{name}.{fmt}" for fmt in fmts
            for name in (names[:1] if fmt == "xlsx" else names)]


def _frames(tables: Mapping[str, pd.DataFrame | TableData]) -> dict[str, pd.DataFrame]:
    return {name: t.frame() if isinstance(t, TableData) else t for name, t in tables.items()}


def _write_set(tables: Mapping[str, pd.DataFrame | TableData], folder: Path, fmts: Sequence[str],
               csv_safe: bool) -> list[str]:
    """Write every table in every format into ``folder``; return the file names. CSV is written
    from :class:`TableData` as it is; the other formats from DataFrames (made once)."""
    frames = _frames(tables) if set(fmts) - {"csv"} else {}
    for fmt in fmts:
        if fmt == "xlsx":
            write_xlsx(frames, folder / XLSX_NAME)
        for name in tables:
            if fmt == "csv":
                write_csv(tables[name], folder / f"{name}.csv", csv_safe=csv_safe, table=name)
            elif fmt == "jsonl":
                write_jsonl(frames[name], folder / f"{name}.jsonl")
            elif fmt == "parquet":
                write_parquet(frames[name], folder / f"{name}.parquet", table=name)
    return _export_names(list(tables), fmts)


def write_tables(
    frames: Mapping[str, pd.DataFrame | TableData],
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
        frames: table name → DataFrame (e.g. ``Corpus.to_frames()`` plus ``failures``) or
            :class:`~reviewminer.export.tabledata.TableData`.
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
            commit_and_switch(out, staging, names, _export_names(list(frames), FORMATS),
                              {"csv_safe": csv_safe} if "csv" in fmts else None)
        except BaseException:
            if not is_committed(staging):  # a committed set is finished by the next writer
                shutil.rmtree(staging, ignore_errors=True)
            raise
    return [out / n for n in names]
