"""A table as columns of cells, before pandas.

:class:`TableData` holds a table of the spec column by column, each cell the value its type
declares (text, numbers, true/false, ISO dates, lists: see :mod:`reviewminer.export.columns`). It
is what an export rebuilt from the store is made of: CSV is written from it without pandas
(:func:`reviewminer.export.writers.write_csv`), and :meth:`TableData.frame` gives the typed
DataFrame (:func:`reviewminer.export.schema.typed_columns`) for the other formats and for Python.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from reviewminer.export.columns import Table

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["TableData"]


@dataclass(frozen=True)
class TableData:
    """One table of the spec as its columns of cells, in column order.

    Example:
        >>> from reviewminer.export.columns import FAILURES
        >>> data = TableData(FAILURES, [["a.pdf"], ["corrupt"], ["a.pdf: damaged"]])
        >>> len(data), data.column("code")
        (1, ['corrupt'])
    """

    table: Table
    columns: Sequence[Sequence[Any]]

    def __post_init__(self) -> None:
        if len(self.columns) != len(self.table.columns):
            raise ValueError(f"{self.table.name}: {len(self.columns)} columns, the spec has "
                             f"{len(self.table.columns)}")
        if len({len(c) for c in self.columns}) > 1:
            raise ValueError(f"{self.table.name}: columns of different lengths")

    def __len__(self) -> int:
        return len(self.columns[0]) if self.columns else 0

    def column(self, name: str) -> Sequence[Any]:
        """The cells of column ``name``."""
        return self.columns[self.table.names.index(name)]

    def frame(self) -> pd.DataFrame:
        """The typed DataFrame of the table."""
        from reviewminer.export.schema import typed_columns

        return typed_columns(self.table, self.columns)
