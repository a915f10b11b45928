"""The Excel workbook: one sheet per table, written with XlsxWriter.

Every sheet has a bold header row, frozen so it stays in view, an autofilter over the table and
column widths from the header and the first rows (8 to 60 characters). Cells are typed: numbers
as numbers, true/false as booleans, dates as real date cells shown ``yyyy-mm-dd``, lists joined by
the column's separator, everything else a **string cell, never a formula**: the workbook is
opened with ``strings_to_formulas``, ``strings_to_urls`` and ``strings_to_numbers`` off and every
text is written with ``write_string``, whatever it starts with. Characters Excel cannot store
(control characters) are left out and a text over Excel's 32,767 characters is cut (ending
with an ellipsis). Missing values are empty cells.

XlsxWriter's ``constant_memory`` mode writes each row as it goes (rows in order), so memory stays
flat however long a table is.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, cast

from reviewminer.export.columns import table_spec
from reviewminer.export.textcells import sheet_frame
from reviewminer.export.textsafe import printable

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["EXCEL_MAX_CELL", "write_workbook"]

EXCEL_MAX_CELL = 32767  # Excel refuses longer cell text
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_CHANGE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")
_MIN_WIDTH, _MAX_WIDTH, _SAMPLE = 8, 60, 200
CONSTANT_MEMORY = True


def _clean(v: str) -> str:
    v = _ILLEGAL.sub("", printable(v))
    if len(v) > EXCEL_MAX_CELL:
        v = v[: EXCEL_MAX_CELL - 1] + "\u2026"
    return v


def _cell(v: Any) -> Any:
    """A cell of an object column: text cleaned, numbers and booleans kept, missing None."""
    if isinstance(v, str):
        return (_clean(v) if (len(v) > EXCEL_MAX_CELL or _CHANGE.search(v)) else v) or None
    if v is None or (isinstance(v, float) and v != v) or type(v).__name__ in ("NAType",
                                                                               "NaTType"):
        return None
    if isinstance(v, (bool, int, float)):
        return v.item() if hasattr(v, "item") else v
    return _clean(str(v))


def _values(series: pd.Series) -> tuple[str, list[Any]]:
    """(kind, values) of a column: kind ``number``, ``bool``, ``date``, ``text`` (every cell a
    string) or ``mixed`` (an object column); missing values are None."""
    import pandas as pd

    if pd.api.types.is_datetime64_any_dtype(series):
        return "date", [None if pd.isna(v) else v.to_pydatetime() for v in series]
    if pd.api.types.is_bool_dtype(series):
        return "bool", [None if pd.isna(v) else bool(v) for v in series.astype(object)]
    if pd.api.types.is_numeric_dtype(series):
        values = series.astype(object).tolist()
        return "number", [None if v is None or v is pd.NA or v != v else v for v in values]
    values = [_cell(v) for v in series.astype(object).tolist()]
    if series.dtype == object and not all(v is None or isinstance(v, str) for v in values):
        return "mixed", values
    return "text", values


def _width(name: str, kind: str, values: list[Any]) -> float:
    if kind == "date":
        return max(12, len(name) + 2)
    longest = max((len(str(v)) for v in values[:_SAMPLE] if v is not None), default=0)
    return float(min(_MAX_WIDTH, max(_MIN_WIDTH, len(name) + 2, longest + 1)))


def _sheet(workbook: Any, name: str, frame: pd.DataFrame, formats: dict[str, Any]) -> None:
    table = table_spec(name)
    ready = sheet_frame(frame, table)
    sheet = workbook.add_worksheet(name[:31])
    columns = []
    for c, col in enumerate(ready.columns):
        kind, values = _values(ready[col])
        sheet.set_column(c, c, _width(str(col), kind, values))
        write = {"date": sheet.write_datetime, "bool": sheet.write_boolean,
                 "number": sheet.write_number, "text": sheet.write_string,
                 "mixed": sheet.write}[kind]
        columns.append((c, values, write, formats["date"] if kind == "date" else None))
    for c, col in enumerate(ready.columns):
        sheet.write_string(0, c, _clean(str(col)), formats["header"])
    for r in range(len(ready)):
        row = r + 1
        for c, values, write, fmt in columns:
            v = values[r]
            if v is not None:
                write(row, c, v, fmt)
    sheet.freeze_panes(1, 0)
    if len(ready.columns):
        sheet.autofilter(0, 0, max(len(ready), 1), len(ready.columns) - 1)


def write_workbook(frames: Mapping[str, pd.DataFrame], fh: IO[bytes] | str | os.PathLike[str]
                   ) -> None:
    """Write ``frames`` as one workbook, a sheet per table, to an open binary file or a path."""
    try:
        import xlsxwriter
    except ImportError as e:
        raise ImportError('Excel export needs XlsxWriter: pip install "reviewminer[excel]"') from e
    target = cast(Any, fh if not isinstance(fh, (str, os.PathLike)) else str(Path(fh)))
    workbook = xlsxwriter.Workbook(target, {
        "strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
        "constant_memory": CONSTANT_MEMORY, "nan_inf_to_errors": True})
    formats = {"header": workbook.add_format({"bold": True}),
               "date": workbook.add_format({"num_format": "yyyy-mm-dd"})}
    try:
        for name, frame in frames.items():
            _sheet(workbook, name, frame, formats)
    finally:
        workbook.close()
