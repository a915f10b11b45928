"""Table rows of a report, built from the column spec (:mod:`reviewminer.export.columns`).

Each table has one small function giving the *contexts* of its rows (one per row: ``report`` plus
the record(s) the row describes); every cell is then the spec's ``Column.value`` of the context.
Only attributes of the records are read, so :mod:`reviewminer.model` is imported for typing only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from reviewminer.export.columns import SPEC, TABLES, Context

if TYPE_CHECKING:
    from reviewminer.model import Report

__all__ = ["report_rows"]


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

_CELLS = {t.name: tuple((c.name, c.value) for c in t.columns) for t in SPEC}


def report_rows(report: Report) -> dict[str, list[dict[str, Any]]]:
    """The rows of every table for one report, as plain dicts keyed by column name (in order)."""
    return {
        table: [{name: value(ctx) for name, value in _CELLS[table]} for ctx in contexts(report)]
        for table, contexts in CONTEXTS.items()
    }
