"""Reading an export folder back: :func:`read_tables`.

Whatever wrote the folder (``reviewminer extract``, ``Corpus.write``, ``write_tables``) and in
whichever formats, every table comes back with exactly the dtypes of
:mod:`reviewminer.export.schema`: each raw value (a CSV string, an Excel cell, a JSON value, an
Arrow value) becomes the spec's cell value (:func:`reviewminer.export.schema.cell`), then the
column its typed array.

* **CSV**: read as text (nothing guessed: ``"1"`` stays the text ``1`` in a text column, ``NA``
  stays ``NA``); lists split at their column's separator; the ``'`` that ``csv_safe`` put before
  formula-like text is taken off (unless the folder's manifest says the set was written with
  ``csv_safe`` off).
* **xlsx**: ``reviewminer.xlsx``, a sheet per table, read with openpyxl.
* **JSON Lines**: one object per line; an empty file is an empty table with the spec's columns.
* **Parquet**: read with pyarrow.

Lossy by nature: a list item holding its column's separator splits in CSV and xlsx; a carriage
return in CSV text comes back as a line feed; Excel drops control characters and cuts text at
32,767 characters.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reviewminer.export.columns import ALL_SPEC, Table
from reviewminer.export.schema import cell, column_array
from reviewminer.export.textcells import csv_unescape
from reviewminer.export.writers import FORMATS, XLSX_NAME

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["PREFERENCE", "available_formats", "read_tables"]

PREFERENCE: tuple[str, ...] = ("parquet", "jsonl", "csv", "xlsx")
"""The format read when a folder holds several: the most faithful first."""


def _path(folder: Path, table: Table, fmt: str) -> Path:
    return folder / (XLSX_NAME if fmt == "xlsx" else f"{table.name}.{fmt}")


def available_formats(folder: str | os.PathLike[str]) -> list[str]:
    """The export formats found in ``folder``, in :data:`PREFERENCE` order."""
    root = Path(folder)
    return [fmt for fmt in PREFERENCE
            if any(_path(root, t, fmt).is_file() for t in ALL_SPEC)]


def _csv_safe(folder: Path) -> bool:
    """Whether the set in ``folder`` was written with ``csv_safe`` (its manifest; default yes)."""
    from reviewminer.export.staging import MANIFEST_NAME

    try:
        manifest = json.loads((folder / MANIFEST_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return True
    return bool(manifest.get("csv_safe", True)) if isinstance(manifest, dict) else True


def _frame(table: Table, columns: Mapping[str, Sequence[Any]], n: int,
           clean: Any = None) -> pd.DataFrame:
    """The typed frame of ``table`` from raw column values (a missing column: all missing)."""
    import pandas as pd

    data = {}
    for col in table.columns:
        raw = columns.get(col.name, [None] * n)
        if clean is not None and col.type in ("str", "category", "list[str]"):
            raw = [clean(v) if isinstance(v, str) else v for v in raw]
        data[col.name] = column_array(col, [cell(col, v) for v in raw])
    frame: pd.DataFrame = pd.DataFrame(data, columns=list(table.names), index=pd.RangeIndex(n))
    return frame


def _read_csv(path: Path, table: Table, csv_safe: bool) -> pd.DataFrame:
    import pandas as pd

    raw = pd.read_csv(path, dtype=object, keep_default_na=False, na_filter=False)
    columns = {str(c): raw[c].tolist() for c in raw.columns}
    return _frame(table, columns, len(raw), csv_unescape if csv_safe else None)


def _read_jsonl(path: Path, table: Table) -> pd.DataFrame:
    with open(path, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    columns = {c.name: [row.get(c.name) for row in rows] for c in table.columns}
    return _frame(table, columns, len(rows))


def _read_parquet(path: Path, table: Table) -> pd.DataFrame:
    try:
        import pyarrow.parquet as pq
    except ImportError as e:
        raise ImportError('reading Parquet needs pyarrow: pip install "reviewminer[parquet]"') from e
    arrow = pq.read_table(path)
    return _frame(table, arrow.to_pydict(), arrow.num_rows)


def _sheets(path: Path) -> Iterator[tuple[str, list[list[Any]]]]:
    try:
        from openpyxl import load_workbook
    except ImportError as e:
        raise ImportError('reading xlsx needs openpyxl: pip install "reviewminer[excel]"') from e
    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        for sheet in workbook.worksheets:
            yield sheet.title, [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()


def _from_rows(table: Table, rows: list[list[Any]]) -> pd.DataFrame:
    header = [str(h) for h in rows[0]] if rows else list(table.names)
    body = [r for r in rows[1:] if any(v is not None for v in r)]
    columns = {h: [r[i] if i < len(r) else None for r in body] for i, h in enumerate(header)}
    return _frame(table, columns, len(body))


def _unknown(fmt: str) -> ValueError:
    return ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")


def read_tables(folder: str | os.PathLike[str], *, format: str | None = None,
                csv_safe: bool | None = None) -> dict[str, pd.DataFrame]:
    """Read the tables of an export folder back, with the dtypes of the spec.

    Args:
        folder: a folder written by ``reviewminer extract``, ``Corpus.write`` or
            ``reviewminer.export.write_tables``.
        format: ``csv``, ``xlsx``, ``jsonl`` or ``parquet``; default: the first of Parquet,
            JSON Lines, CSV, xlsx found in the folder.
        csv_safe: whether the CSV files were written with ``csv_safe`` (the ``'`` before
            formula-like text is taken off); default: as the folder's manifest says, else yes.

    Returns:
        Table name → DataFrame, for every table of the spec found in that format (``documents``,
        ``sections``, ..., ``links``, ``follow_up``, ``failures``), in the spec's order.

    Raises:
        FileNotFoundError: the folder holds no export tables (in ``format``).
        ValueError: an unknown ``format``.

    Example:
        >>> import reviewminer
        >>> tables = reviewminer.read_tables("out/")  # doctest: +SKIP
        >>> tables["recommendations"].dtypes["page_start"]  # doctest: +SKIP
        Int64Dtype()
    """
    root = Path(folder)
    if format is not None and format.lower().lstrip(".") not in FORMATS:
        raise _unknown(format)
    found = available_formats(root)
    fmt = format.lower().lstrip(".") if format is not None else (found[0] if found else None)
    if fmt is None or fmt not in found:
        raise FileNotFoundError(f"{root}: no export tables" + (f" in {fmt}" if fmt else ""))
    safe = _csv_safe(root) if csv_safe is None else csv_safe
    if fmt == "xlsx":
        sheets = dict(_sheets(root / XLSX_NAME))
        return {t.name: _from_rows(t, sheets[t.name[:31]]) for t in ALL_SPEC
                if t.name[:31] in sheets}
    out: dict[str, pd.DataFrame] = {}
    for table in ALL_SPEC:
        path = _path(root, table, fmt)
        if not path.is_file():
            continue
        if fmt == "csv":
            out[table.name] = _read_csv(path, table, safe)
        elif fmt == "jsonl":
            out[table.name] = _read_jsonl(path, table)
        else:
            out[table.name] = _read_parquet(path, table)
    return out

