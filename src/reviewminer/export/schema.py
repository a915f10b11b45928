"""Typed tables: the pandas dtype of every column, derived from the column spec.

Each value type of :mod:`reviewminer.export.columns` has one pandas dtype, the same in memory
(``Report.to_frames()``, ``Corpus.to_frames()``) and after :func:`reviewminer.read_tables`:

==============  ==========================================================================
spec type       pandas dtype
==============  ==========================================================================
``str``         ``string`` (``pd.StringDtype("python")``); missing is ``<NA>``, and an empty
                text counts as missing (so every file format gives the same value back)
``int``         ``Int64`` (nullable); missing is ``<NA>``
``float``       ``float64``; missing is ``NaN``
``bool``        ``boolean`` (nullable); missing is ``<NA>``
``date``        ``datetime64[s]`` (a date at midnight; seconds, so any year fits); ``NaT``
``category``    ``category`` with the column's known values, unordered; a value outside them
                (from your own rules) is kept, added after them in sorted order
``list[str]``   ``object``: every cell a ``list`` of ``str`` (empty when there are none)
==============  ==========================================================================

Two steps build a typed column: :func:`cell` turns a raw value (a row's cell, or a value read
from a file: a CSV string, a JSON value, an Excel cell, an Arrow value) into the cell value the
spec declares; :func:`column_array` turns a column's cell values into the typed pandas array.
pandas is imported inside the functions so that importing :mod:`reviewminer` stays cheap.
"""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from reviewminer.export.columns import Column, Table

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["DATE_DTYPE", "cell", "column_array", "dtype", "table_dtypes", "typed_columns",
           "typed_frame"]

DATE_DTYPE = "datetime64[s]"


def dtype(col: Column) -> Any:
    """The pandas dtype of a column (a category column: its known values only)."""
    import pandas as pd

    if col.type in ("str",):
        return pd.StringDtype("python")
    if col.type == "category":
        return pd.CategoricalDtype(list(col.values), ordered=False)
    return {"int": "Int64", "float": "float64", "bool": "boolean", "date": DATE_DTYPE,
            "list[str]": "object"}[col.type]


def table_dtypes(table: Table) -> dict[str, Any]:
    """Column name → pandas dtype, in column order.

    Example:
        >>> from reviewminer.export.columns import FAILURES
        >>> {k: str(v) for k, v in table_dtypes(FAILURES).items()}
        {'source': 'string', 'code': 'category', 'message': 'string'}
    """
    return {c.name: dtype(c) for c in table.columns}


def _missing(v: Any) -> bool:
    if v is None:
        return True
    if isinstance(v, str):
        return v == ""
    if isinstance(v, float):
        return math.isnan(v)
    return type(v).__name__ in ("NAType", "NaTType")


def _bool(v: Any) -> bool:
    if isinstance(v, str):
        low = v.strip().lower()
        if low in ("true", "1", "yes"):
            return True
        if low in ("false", "0", "no"):
            return False
        raise ValueError(f"not a truth value: {v!r}")
    return bool(v)


def _date(v: Any) -> str | None:
    if isinstance(v, (_dt.date, _dt.datetime)):
        return v.isoformat()[:10]
    text = str(v)
    return text[:10] if len(text) >= 10 else None


def _list(v: Any, sep: str) -> list[str]:
    if _missing(v):
        return []
    if isinstance(v, str):
        return v.split(sep)
    return [str(x) for x in v]


def cell(col: Column, v: Any) -> Any:
    """The spec's cell value of a raw value ``v`` (text of a CSV, a JSON value, an Excel cell, an
    Arrow or pandas scalar): None when missing; a list splits at ``col.sep`` when it is text.

    Example:
        >>> from reviewminer.export.columns import Column
        >>> cell(Column("n", "int", "x", "n"), "3"), cell(Column("n", "int", "x", "n"), "")
        (3, None)
        >>> cell(Column("l", "list[str]", "x", "l"), "a;b")
        ['a', 'b']
    """
    kind = col.type
    if kind == "list[str]":
        return _list(v, col.sep)
    if not isinstance(v, (list, tuple)) and _missing(v):
        return None
    if kind in ("str", "category"):
        return str(v)
    if kind == "int":
        return int(v) if not isinstance(v, str) else int(float(v)) if "." in v else int(v)
    if kind == "float":
        return float(v)
    if kind == "bool":
        return _bool(v)
    return _date(v)


def column_array(col: Column, values: Sequence[Any]) -> Any:
    """The typed pandas array (or object Series for lists) of a column's cell values (as the
    spec declares them: :func:`cell` gives them from raw values)."""
    import numpy as np
    import pandas as pd

    kind = col.type
    if kind == "str":
        return pd.array([None if v == "" else v for v in values], dtype=dtype(col))
    if kind == "category":
        known = set(col.values)
        extra = sorted({v for v in values if v is not None and v != "" and v not in known})
        return pd.Categorical([None if v == "" else v for v in values],
                              categories=[*col.values, *extra])
    if kind == "int":
        return pd.array(values, dtype="Int64")
    if kind == "float":
        return np.array([np.nan if v is None else v for v in values], dtype="float64")
    if kind == "bool":
        return pd.array(values, dtype="boolean")
    if kind == "date":
        dates = pd.to_datetime(pd.Series(values, dtype=object), format="%Y-%m-%d",
                               errors="coerce")
        return dates.astype(DATE_DTYPE).array
    out = np.empty(len(values), dtype=object)
    for i, v in enumerate(values):
        out[i] = [] if v is None else v
    return out


def typed_columns(table: Table, columns: Sequence[Sequence[Any]]) -> pd.DataFrame:
    """The typed DataFrame of ``table`` from its columns of cells, in column order."""
    import pandas as pd

    data = {col.name: column_array(col, values) for col, values in zip(table.columns, columns,
                                                                         strict=True)}
    frame: pd.DataFrame = pd.DataFrame(data, columns=list(table.names), copy=False)
    return frame


def typed_frame(table: Table, rows: Sequence[Sequence[Any]]) -> pd.DataFrame:
    """The typed DataFrame of ``table`` from rows of cells in column order.

    Example:
        >>> from reviewminer.export.columns import FAILURES
        >>> typed_frame(FAILURES, [("a.pdf", "corrupt", "a.pdf: damaged")]).dtypes.astype(str).tolist()
        ['string', 'category', 'string']
    """
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in table.columns]
    return typed_columns(table, columns)
