"""Tidy pandas DataFrames with the fixed columns of the spec.

pandas is imported inside the functions so that importing :mod:`reviewminer` stays cheap.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from reviewminer.export.columns import COLUMNS, TABLES
from reviewminer.export.rows import report_rows

if TYPE_CHECKING:
    import pandas as pd

    from reviewminer.model import Report

__all__ = ["frames_from_rows", "report_frames"]


def frames_from_rows(rows: dict[str, list[dict[str, Any]]]) -> dict[str, pd.DataFrame]:
    """DataFrames with the fixed columns from rows (empty tables keep their columns)."""
    import pandas as pd

    out: dict[str, pd.DataFrame] = {}
    for table, cols in COLUMNS.items():
        out[table] = pd.DataFrame(rows.get(table, []), columns=list(cols))
    return out


def report_frames(reports: Iterable[Report]) -> dict[str, pd.DataFrame]:
    """Tidy DataFrames for one or more reports, keyed by table name."""
    merged: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    for report in reports:
        for table, rs in report_rows(report).items():
            merged[table].extend(rs)
    return frames_from_rows(merged)
