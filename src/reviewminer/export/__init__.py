"""Tidy tables of reports, with fixed columns, and writing them to files.

``COLUMNS`` is the contract for every export (CSV, Excel, JSON Lines, Parquet) and for
``Report.to_frames()``: each table always has exactly these columns in this order, even when empty.
It is derived from the declarative column spec in :mod:`reviewminer.export.columns`.

* :mod:`~reviewminer.export.columns`: the spec (``SPEC``, ``Column``, ``Table``, ``COLUMNS``,
  ``TABLES``);
* :mod:`~reviewminer.export.rows`: ``report_rows``, rows built from the spec;
* :mod:`~reviewminer.export.frames`: ``frames_from_rows``, ``report_frames`` (pandas, imported
  lazily);
* :mod:`~reviewminer.export.schema`: the pandas dtype of every column (``table_dtypes``,
  ``typed_frame``);
* :mod:`~reviewminer.export.writers`: atomic CSV, Excel (:mod:`~reviewminer.export.xlsx`), JSON
  Lines and Parquet files; :mod:`~reviewminer.export.textcells`: cells as text formats write them;
* :mod:`~reviewminer.export.reader`: ``read_tables``, any export folder back with those dtypes.

Nothing here imports :mod:`reviewminer.model` at run time (records are only read through their
attributes), so ``model`` can import this package without an import cycle.
"""

from __future__ import annotations

from reviewminer.export.columns import ALL_SPEC, COLUMNS, SPEC, TABLES, TYPES, Column, Table
from reviewminer.export.frames import frames_from_cells, frames_from_rows, report_frames
from reviewminer.export.reader import read_tables
from reviewminer.export.rows import report_cells, report_rows
from reviewminer.export.schema import table_dtypes, typed_frame
from reviewminer.export.writers import (
    FORMATS,
    XLSX_NAME,
    atomic_write,
    parse_formats,
    write_csv,
    write_jsonl,
    write_parquet,
    write_tables,
    write_xlsx,
)

__all__ = [
    "ALL_SPEC",
    "COLUMNS",
    "FORMATS",
    "SPEC",
    "TABLES",
    "TYPES",
    "XLSX_NAME",
    "Column",
    "Table",
    "atomic_write",
    "frames_from_cells",
    "frames_from_rows",
    "parse_formats",
    "read_tables",
    "report_cells",
    "report_frames",
    "report_rows",
    "table_dtypes",
    "typed_frame",
    "write_csv",
    "write_jsonl",
    "write_parquet",
    "write_tables",
    "write_xlsx",
]
