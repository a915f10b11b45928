"""Write tables to files atomically: CSV, Excel, JSON Lines, Parquet.

Every file is written to a temporary file in the target's folder, flushed and fsynced, then moved
over the target with :func:`os.replace`, so a reader sees either the old file or the complete new
one, never a half-written file; when writing fails the temporary file is removed and the target is
left as it was.

* ``csv``: one ``<table>.csv`` per table (UTF-8, header row even when empty).
* ``xlsx``: one workbook ``reviewminer.xlsx`` with one sheet per table.
* ``jsonl``: one ``<table>.jsonl`` per table, one JSON object per row (an empty table is an
  empty file).
* ``parquet``: one ``<table>.parquet`` per table (the schema keeps the columns when empty).
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, BinaryIO, cast

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
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


def write_csv(frame: pd.DataFrame, path: str | os.PathLike[str]) -> Path:
    """Write one table as UTF-8 CSV (header row even when empty)."""
    with atomic_write(path, "w") as fh:
        frame.to_csv(fh, index=False, lineterminator="\n")
    return Path(path)


def _json_value(v: Any) -> Any:
    if v is None:
        return None
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
    table = pa.Table.from_pandas(_arrow_ready(frame), preserve_index=False)
    with atomic_write(path, "wb") as fh:
        pq.write_table(table, fh)
    return Path(path)


def _excel_ready(frame: pd.DataFrame) -> pd.DataFrame:
    """Strip characters Excel cannot store and cut over-long cells (marked with an ellipsis)."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    def clean(v: Any) -> Any:
        if isinstance(v, str):
            v = ILLEGAL_CHARACTERS_RE.sub("", v)
            if len(v) > _EXCEL_MAX_CELL:
                v = v[: _EXCEL_MAX_CELL - 1] + "\u2026"
        return v

    out: pd.DataFrame = frame.copy()
    for col in out.columns:
        if out[col].dtype == object or str(out[col].dtype) in ("str", "string"):
            out[col] = out[col].map(clean)
    return out


def write_xlsx(frames: Mapping[str, pd.DataFrame], path: str | os.PathLike[str]) -> Path:
    """Write tables to one Excel workbook, a sheet per table (needs openpyxl)."""
    try:
        import openpyxl  # noqa: F401
    except ImportError as e:
        raise ImportError('Excel export needs openpyxl: pip install "reviewminer[excel]"') from e
    import pandas as pd

    with atomic_write(path, "wb") as fh, pd.ExcelWriter(cast(BinaryIO, fh), engine="openpyxl") as writer:
        for name, frame in frames.items():
            _excel_ready(frame).to_excel(writer, sheet_name=name[:31], index=False)
    return Path(path)


def write_tables(
    frames: Mapping[str, pd.DataFrame],
    out_dir: str | os.PathLike[str],
    *,
    formats: str | Sequence[str] = ("csv",),
) -> list[Path]:
    """Write every table in every format to ``out_dir``; return the paths written.

    Args:
        frames: table name → DataFrame (e.g. ``Corpus.to_frames()`` plus ``failures``).
        out_dir: the output folder (created if needed).
        formats: any of ``csv``, ``xlsx``, ``jsonl``, ``parquet`` (a list or "csv,xlsx").

    Example:
        >>> import tempfile, pandas as pd
        >>> paths = write_tables({"t": pd.DataFrame({"a": [1]})}, tempfile.mkdtemp())
        >>> [p.name for p in paths]
        ['t.csv']
    """
    fmts = parse_formats(formats)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for fmt in fmts:
        if fmt == "xlsx":
            written.append(write_xlsx(frames, out / XLSX_NAME))
            continue
        writer = {"csv": write_csv, "jsonl": write_jsonl, "parquet": write_parquet}[fmt]
        for name, frame in frames.items():
            written.append(writer(frame, out / f"{name}.{fmt}"))
    return written
