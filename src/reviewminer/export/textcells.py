"""Cells as the file formats write them: list columns joined, dates as ISO text, text made safe.

* **Lists** (``list[str]`` columns, or any column holding lists) are joined by the column's
  ``sep`` (``;`` unless the spec says otherwise) for CSV and xlsx; an empty list is an empty cell.
* **Dates** (``datetime64`` columns) are ``YYYY-MM-DD`` text in CSV and JSON Lines.
* **Formulas in CSV.** With ``csv_safe`` a text cell that starts with ``=``, ``+``, ``-``, ``@``, a
  tab or a carriage return gets a leading ``'`` (:func:`csv_escape`), and so does a text that
  already starts with ``'`` characters followed by one of those or a line feed: reading strips
  exactly one ``'`` from every cell that starts with ``'`` and then one of those
  (:func:`csv_unescape`), so text round-trips (``reviewminer.read_tables``). A carriage return
  inside a CSV cell is written as a line feed (a bare CR would split the row in most readers).
* **Lone surrogates** are made printable (:func:`reviewminer.export.textsafe.printable`).

A column is checked at once (its cells' first characters, then its joined text); only a column
with a cell to change is rewritten cell by cell, so writing is about as fast as pandas' own
writers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from reviewminer.export.columns import Table
from reviewminer.export.tabledata import TableData
from reviewminer.export.textsafe import printable

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["CSV_FORMULA_PREFIXES", "csv_changes", "csv_columns", "csv_escape", "csv_unescape",
           "has_surrogates", "is_text", "iso_dates", "list_seps", "map_text", "sheet_frame"]

#: A CSV text cell starting with one of these gets a leading ``'`` under ``csv_safe``.
CSV_FORMULA_PREFIXES: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")
_QUOTED = re.compile(r"'+[=+\-@\t\r\n]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_CSV_FIRST = frozenset("=+-@\t\r'")
_FIRST = itemgetter(slice(None, 1))


def has_surrogates(texts: list[str]) -> bool:
    """Whether any of ``texts`` holds a lone surrogate (what :func:`printable` changes)."""
    joined = "".join(texts)
    return not joined.isascii() and _SURROGATE.search(joined) is not None


def csv_changes(texts: list[str]) -> bool:
    """Whether :func:`csv_escape`, the CR rule or :func:`printable` would change any of
    ``texts`` (a quick test over the whole column: first characters, then the joined text)."""
    if not _CSV_FIRST.isdisjoint(map(_FIRST, texts)):
        return True
    joined = "".join(texts)
    return "\r" in joined or (not joined.isascii() and _SURROGATE.search(joined) is not None)


def csv_escape(text: str) -> str:
    """``text`` as a CSV cell under ``csv_safe``: a leading ``'`` when a spreadsheet would take it
    for a formula (or when it already starts with ``'`` before such a character).

    Example:
        >>> csv_escape("=1+1"), csv_escape("'=1"), csv_escape("plain"), csv_escape("'quoted")
        ("'=1+1", "''=1", 'plain', "'quoted")
    """
    if text.startswith(CSV_FORMULA_PREFIXES) or _QUOTED.match(text):
        return "'" + text
    return text


def csv_unescape(text: str) -> str:
    """The text a CSV cell written under ``csv_safe`` came from (see :func:`csv_escape`).

    Example:
        >>> csv_unescape("'=1+1"), csv_unescape("''=1"), csv_unescape("'quoted")
        ('=1+1', "'=1", "'quoted")
    """
    return text[1:] if _QUOTED.match(text) else text


def _csv_lines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _csv_cell(text: str) -> str:
    return _csv_lines(csv_escape(printable(text)))


def _csv_raw_cell(text: str) -> str:
    return _csv_lines(printable(text))


def is_text(series: Any) -> bool:
    """A column of text (object, string or category)."""
    return series.dtype == object or str(series.dtype) in ("str", "string", "category")


def _strings(series: pd.Series) -> list[str]:
    """The text cells of a column."""
    if str(series.dtype) in ("string", "str", "category"):
        texts: list[str] = series.dropna().tolist()
        return texts
    return [v for v in series.tolist() if isinstance(v, str)]


def map_text(frame: pd.DataFrame, clean: Callable[[str], str],
             needs: Callable[[list[str]], bool] | None = None) -> pd.DataFrame:
    """``frame`` with ``clean`` applied to every text cell of its text columns (a copy when a cell
    changes, else ``frame`` itself). ``needs`` tells, from a column's texts, whether ``clean``
    could change any (a column it clears is left as it is without a look at each cell)."""
    import pandas as pd

    out: pd.DataFrame | None = None
    for col in frame.columns:
        series = frame[col]
        if not is_text(series):
            continue
        if needs is not None and not needs(_strings(series)):
            continue
        values = series.astype(object).tolist()
        cleaned = [clean(v) if isinstance(v, str) else v for v in values]
        if any(isinstance(a, str) and a != b for a, b in zip(values, cleaned, strict=True)):
            if out is None:
                out = frame.copy()
            out[col] = pd.Series(cleaned, index=series.index, dtype=object)
    return frame if out is None else out


def list_seps(frame: pd.DataFrame, table: Table | None) -> dict[str, str]:
    """Column → separator of the list columns of ``frame`` (by the spec, else any object column
    holding a list, joined by ``;``)."""
    if table is not None and list(frame.columns) == list(table.names):
        return {c.name: c.sep for c in table.columns if c.type == "list[str]"}
    out: dict[str, str] = {}
    for col in frame.columns:
        series = frame[col]
        if series.dtype == object and any(isinstance(v, (list, tuple)) for v in series.head(50)):
            out[str(col)] = ";"
    return out


def _joined(values: list[Any], sep: str) -> list[str | None]:
    out: list[str | None] = []
    for v in values:
        if isinstance(v, (list, tuple)):
            out.append(sep.join(map(str, v)) or None)
        else:
            out.append(None if v is None or v != v else str(v))
    return out


def iso_dates(series: pd.Series) -> pd.Series:
    """A ``datetime64`` column as ``YYYY-MM-DD`` text (missing: None)."""
    import numpy as np
    import pandas as pd

    days = series.to_numpy(dtype="datetime64[D]")
    text = np.datetime_as_string(days).astype(object)
    text[np.isnat(days)] = None
    out: pd.Series = pd.Series(text, index=series.index, dtype=object)
    return out


def sheet_frame(frame: pd.DataFrame, table: Table | None) -> pd.DataFrame:
    """``frame`` as xlsx cells: list columns joined, text made printable (``frame`` itself when
    nothing changes); dates stay dates."""
    import pandas as pd

    seps = list_seps(frame, table)
    out = frame
    if seps:
        out = frame.copy()
        for col, sep in seps.items():
            out[col] = pd.Series(_joined(frame[col].tolist(), sep), index=frame.index,
                                 dtype=object)
    return map_text(out, printable, has_surrogates)


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _plain(series: pd.Series) -> list[Any]:
    """A column's cells as Python values: missing None, dates ISO text."""
    import numpy as np
    import pandas as pd

    if pd.api.types.is_datetime64_any_dtype(series):
        dates: list[Any] = iso_dates(series).tolist()
        return dates
    missing = series.isna().to_numpy()
    if not missing.any():
        values: list[Any] = series.tolist()
        return values
    cells = np.array(series.astype(object), dtype=object)
    cells[missing] = None
    return cells.tolist()  # type: ignore[no-any-return]


def _typed(values: Sequence[Any], kind: str) -> list[Any]:
    """A column of cells of the spec's ``kind`` as the frames would write them."""
    if kind == "float":
        return [None if v is None else float(v) for v in values]
    if kind == "date":
        return [v if isinstance(v, str) and _ISO_DATE.fullmatch(v) else None for v in values]
    return list(values)


def csv_columns(data: pd.DataFrame | TableData, table: Table | None, *, csv_safe: bool
                ) -> tuple[list[str], list[list[Any]]]:
    """(header, columns) of a table as CSV cells: lists joined by their separator, dates ISO
    text, missing values None, text formula-safe under ``csv_safe`` with carriage returns as line
    feeds, lone surrogates made printable. ``data`` is a DataFrame (any, or one of the spec's
    ``table``) or a :class:`TableData`; both give the same cells."""
    clean = _csv_cell if csv_safe else _csv_raw_cell
    if isinstance(data, TableData):
        spec = data.table
        names = list(spec.names)
        seps = {c.name: c.sep for c in spec.columns if c.type == "list[str]"}
        columns = [_typed(values, c.type) for c, values in zip(spec.columns, data.columns,
                                                                strict=True)]
        text = [c.type in ("str", "category", "list[str]") for c in spec.columns]
    else:
        names = [str(c) for c in data.columns]
        seps = list_seps(data, table)
        columns = [_plain(data[c]) for c in data.columns]
        text = [is_text(data[c]) for c in data.columns]
    out = []
    for name, values, may_hold_text in zip(names, columns, text, strict=True):
        if name in seps:
            values = _joined(values, seps[name])
        texts = [v for v in values if v.__class__ is str] if may_hold_text else []
        if texts and csv_changes(texts):
            values = [clean(v) if isinstance(v, str) else v for v in values]
        out.append(values)
    return names, out
