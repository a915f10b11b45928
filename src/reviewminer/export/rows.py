"""Table rows of a report, built from the column spec (:mod:`reviewminer.export.columns`).

Each table has one small function giving the *contexts* of its rows (one per row: ``report`` plus
the record(s) the row describes); every cell is then the spec's ``Column.value`` of the context,
its text made printable (:func:`reviewminer.export.textsafe.printable`: no lone surrogates).
:func:`report_cells` gives each row as a tuple of cells in column order (what the frames and the
store's row cache are built from), :func:`report_rows` as a dict keyed by column name.
Only attributes of the records are read, so :mod:`reviewminer.model` is imported for typing only.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reviewminer.export.columns import ALL_SPEC, SPEC, TABLES, Context, Table
from reviewminer.export.textsafe import printable

if TYPE_CHECKING:
    from reviewminer.model import Report

__all__ = ["Cells", "report_cells", "report_rows", "rows_fingerprint", "table_cells"]

Cells = tuple[Any, ...]
"""One row: its cells in column order."""


def _documents(report: Report) -> Iterator[Context]:
    yield Context(report=report)


def _sections(report: Report) -> Iterator[Context]:
    for section in report.sections:
        yield Context(report=report, section=section)


def _lines_of_enquiry(report: Report) -> Iterator[Context]:
    headings = {s.id: s.heading for s in report.sections}
    for enquiry in report.lines_of_enquiry:
        yield Context(report=report, enquiry=enquiry, headings=headings)


def _recommendations(report: Report) -> Iterator[Context]:
    for rec in report.recommendations:
        yield Context(report=report, recommendation=rec)


def _parties(report: Report) -> Iterator[Context]:
    for rec in report.recommendations:
        for party in rec.parties:
            yield Context(report=report, recommendation=rec, party=party)


def _action_plan(report: Report) -> Iterator[Context]:
    for action in report.action_plan:
        yield Context(report=report, action=action)


def _responses(report: Report) -> Iterator[Context]:
    """Every item of a document that answers items (any has a response): the answered ones and
    those it quotes without a status."""
    recs = report.recommendations
    if not any(r.response is not None or r.response_text is not None for r in recs):
        return
    for rec in recs:
        yield Context(report=report, recommendation=rec)


CONTEXTS: dict[str, Callable[[Report], Iterator[Context]]] = {
    "documents": _documents,
    "sections": _sections,
    "lines_of_enquiry": _lines_of_enquiry,
    "recommendations": _recommendations,
    "parties": _parties,
    "action_plan": _action_plan,
    "responses": _responses,
}
"""Table name → the contexts of its rows for a report."""

if tuple(CONTEXTS) != TABLES:  # pragma: no cover - a table added to the spec without its rows
    raise RuntimeError(f"row contexts {tuple(CONTEXTS)} do not match the tables {TABLES}")

_SPEC = {t.name: t for t in SPEC}
_SPEC_ALL = {t.name: t for t in ALL_SPEC}


def _row_getter(table: Table) -> Callable[[Context], Cells]:
    """A function giving the cells of a row of ``table``: one C-level ``attrgetter`` call for the
    columns that are plain attribute paths, a call of its own for each other column."""
    paths = [(i, c.source) for i, c in enumerate(table.columns)
             if isinstance(c.source, str) and c.type != "list[str]"]
    others = [(i, c.value) for i, c in enumerate(table.columns)
              if not (isinstance(c.source, str) and c.type != "list[str]")]
    if len(paths) < 2:
        values = tuple(c.value for c in table.columns)
        return lambda ctx: tuple(get(ctx) for get in values)
    get = attrgetter(*(p for _, p in paths))
    if not others:
        return get

    def row(ctx: Context) -> Cells:
        cells: Cells = get(ctx)
        for i, value in others:  # in column order: each lands at its place
            cells = (*cells[:i], value(ctx), *cells[i:])
        return cells

    return row


def _printable_rows(table: Table, rows: list[Cells]) -> list[Cells]:
    """``rows`` with every text made printable; only columns holding a lone surrogate are
    rewritten (one look at each column's joined text)."""
    from reviewminer.export.textcells import has_surrogates

    fix = []
    columns = list(zip(*rows, strict=True)) if rows else []
    for i, col in enumerate(table.columns):
        if col.type == "list[str]":
            texts = [x for items in columns[i] for x in items] if rows else []
        elif col.type in ("str", "category"):
            texts = [v for v in columns[i] if v.__class__ is str] if rows else []
        else:
            continue
        if has_surrogates(texts):
            fix.append(i)
    if not fix:
        return rows
    out = []
    for row in rows:
        cells = list(row)
        for i in fix:
            v = cells[i]
            cells[i] = printable(v) if isinstance(v, str) else (
                [printable(x) for x in v] if isinstance(v, list) else v)
        out.append(tuple(cells))
    return out


_GETTERS: dict[str, Callable[[Context], Cells]] = {t.name: _row_getter(t) for t in ALL_SPEC}


def table_cells(table: Table, contexts: Iterable[Context], *, printable_input: bool = False
                ) -> list[Cells]:
    """The rows of ``table`` for ``contexts``, each a tuple of printable cells in column order
    (``printable_input``: the records hold printable text already, nothing is checked)."""
    get = _GETTERS.get(table.name) if _SPEC_ALL.get(table.name) is table else None
    rows = [(get or _row_getter(table))(ctx) for ctx in contexts]
    return rows if printable_input else _printable_rows(table, rows)


def report_cells(report: Report) -> dict[str, list[Cells]]:
    """The rows of every table for one report, each a tuple of cells in column order."""
    return {table: table_cells(_SPEC[table], contexts(report))
            for table, contexts in CONTEXTS.items()}


def report_rows(report: Report) -> dict[str, list[dict[str, Any]]]:
    """The rows of every table for one report, as plain dicts keyed by column name (in order)."""
    return {table: [dict(zip(_SPEC[table].names, row, strict=True)) for row in rows]
            for table, rows in report_cells(report).items()}


@lru_cache(maxsize=1)
def rows_fingerprint() -> str:
    """A fingerprint of what a report's rows are made of: the spec, the row contexts, the text
    cleaning and the records (their source files). Rows kept in a store are reused only under the
    same fingerprint, so editing any of these builds them again."""
    here = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in (here / "columns.py", here / "rows.py", here / "textsafe.py",
                 here.parent / "model.py"):
        try:
            digest.update(path.read_bytes())
        except OSError:  # pragma: no cover - an install without sources: the version decides
            digest.update(path.name.encode())
    return digest.hexdigest()[:16]
