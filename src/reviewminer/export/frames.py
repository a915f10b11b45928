"""Tidy pandas DataFrames with the fixed columns of the spec.

pandas is imported inside the functions so that importing :mod:`reviewminer` stays cheap.
Text cells go through :func:`reviewminer.export.textsafe.printable` (pandas' string columns,
like every file format, cannot hold lone surrogates: a file name that is not UTF-8 shows as
``caf\\xe9.pdf``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from reviewminer.export.columns import COLUMNS, TABLES
from reviewminer.export.rows import report_rows
from reviewminer.export.textsafe import printable

if TYPE_CHECKING:
    import pandas as pd

    from reviewminer.model import Report

__all__ = ["frames_from_rows", "printable_rows", "report_frames"]


def printable_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``rows`` with every text cell made printable (lone surrogates replaced)."""
    return [{k: printable(v) if isinstance(v, str) else v for k, v in row.items()}
            for row in rows]


def frames_from_rows(rows: dict[str, list[dict[str, Any]]]) -> dict[str, pd.DataFrame]:
    """DataFrames with the fixed columns from rows (empty tables keep their columns)."""
    import pandas as pd

    out: dict[str, pd.DataFrame] = {}
    for table, cols in COLUMNS.items():
        out[table] = pd.DataFrame(printable_rows(rows.get(table, [])), columns=list(cols))
    return out


def report_frames(reports: Iterable[Report]) -> dict[str, pd.DataFrame]:
    """Tidy DataFrames for one or more reports, keyed by table name."""
    merged: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    for report in reports:
        for table, rs in report_rows(report).items():
            merged[table].extend(rs)
    return frames_from_rows(merged)
