"""Tidy pandas DataFrames with the fixed columns and dtypes of the spec.

pandas is imported inside the functions so that importing :mod:`reviewminer` stays cheap.
Every table has the dtypes of :mod:`reviewminer.export.schema`; text cells are printable (no lone
surrogates: a file name that is not UTF-8 shows as ``caf\\xe9.pdf``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from reviewminer.export.columns import SPEC, TABLES
from reviewminer.export.rows import Cells, report_cells
from reviewminer.export.schema import cell, typed_frame
from reviewminer.export.textsafe import printable

if TYPE_CHECKING:
    import pandas as pd

    from reviewminer.model import Report

__all__ = ["frames_from_cells", "frames_from_rows", "report_frames"]


def frames_from_cells(cells: Mapping[str, Sequence[Sequence[Any]]]) -> dict[str, pd.DataFrame]:
    """Typed DataFrames of every table of :data:`SPEC` from rows of cells in column order
    (:func:`reviewminer.export.rows.report_cells`); a table not given is empty."""
    return {t.name: typed_frame(t, cells.get(t.name, ())) for t in SPEC}


def frames_from_rows(rows: Mapping[str, list[dict[str, Any]]]) -> dict[str, pd.DataFrame]:
    """Typed DataFrames from rows as dicts (a missing key is a missing value; empty tables keep
    their columns)."""
    cells = {t.name: [tuple(cell(c, _printable(row.get(c.name))) for c in t.columns)
                      for row in rows.get(t.name, ())]
             for t in SPEC}
    return frames_from_cells(cells)


def _printable(v: Any) -> Any:
    if isinstance(v, str):
        return printable(v)
    if isinstance(v, (list, tuple)):
        return [printable(str(x)) for x in v]
    return v


def report_frames(reports: Iterable[Report]) -> dict[str, pd.DataFrame]:
    """Tidy DataFrames for one or more reports, keyed by table name."""
    merged: dict[str, list[Cells]] = {t: [] for t in TABLES}
    for report in reports:
        for table, rows in report_cells(report).items():
            merged[table].extend(rows)
    return frames_from_cells(merged)
