"""Tidy tables of reports, with fixed columns, and writing them to files.

``COLUMNS`` is the contract for every export (CSV, Excel, JSON Lines, Parquet) and for
``Report.to_frames()``: each table always has exactly these columns in this order, even when empty.
It is derived from the declarative column spec in :mod:`reviewminer.export.columns`.

* :mod:`~reviewminer.export.columns`: the spec (``SPEC``, ``Column``, ``Table``, ``COLUMNS``,
  ``TABLES``);
* :mod:`~reviewminer.export.rows`: ``report_rows``, rows built from the spec;
* :mod:`~reviewminer.export.frames`: ``frames_from_rows``, ``report_frames`` (pandas, imported
  lazily);
* :mod:`~reviewminer.export.writers`: atomic CSV, Excel, JSON Lines and Parquet files.

Nothing here imports :mod:`reviewminer.model` at run time (records are only read through their
attributes), so ``model`` can import this package without an import cycle.
"""

from __future__ import annotations

from reviewminer.export.columns import COLUMNS, SPEC, TABLES, TYPES, Column, Table
from reviewminer.export.frames import frames_from_rows, report_frames
from reviewminer.export.rows import report_rows
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
    "COLUMNS",
    "FORMATS",
    "SPEC",
    "TABLES",
    "TYPES",
    "XLSX_NAME",
    "Column",
    "Table",
    "atomic_write",
    "frames_from_rows",
    "parse_formats",
    "report_frames",
    "report_rows",
    "write_csv",
    "write_jsonl",
    "write_parquet",
    "write_tables",
    "write_xlsx",
]
