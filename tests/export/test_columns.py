"""The column spec: consistent, complete, and documented in the README."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reviewminer.export import COLUMNS, SPEC, TABLES, TYPES, Column
from reviewminer.export.columns import ALL_SPEC, Context, Table

README = Path(__file__).resolve().parents[2] / "README.md"


def test_columns_and_tables_are_derived_from_the_spec() -> None:
    assert tuple(t.name for t in SPEC) == TABLES == tuple(COLUMNS)
    assert TABLES == ("documents", "sections", "lines_of_enquiry", "recommendations", "parties",
                      "action_plan", "responses")
    for table in SPEC:
        assert COLUMNS[table.name] == tuple(c.name for c in table.columns)


@pytest.mark.parametrize("table", SPEC, ids=lambda t: t.name)
def test_every_column_is_unique_typed_and_described(table: Table) -> None:
    names = [c.name for c in table.columns]
    assert len(names) == len(set(names)), f"{table.name}: duplicate columns"
    assert names[:2] == ["document_id", "source"]
    assert table.row.startswith("one row per")
    for col in table.columns:
        assert re.fullmatch(r"[a-z][a-z0-9_]*", col.name), col.name
        assert col.type in TYPES, f"{table.name}.{col.name}: type {col.type!r}"
        assert col.description.strip(), f"{table.name}.{col.name} has no description"
        assert callable(col.value)


def test_unknown_type_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown type 'text'"):
        Column("x", "text", "report.source", "x")
    with pytest.raises(ValueError, match="lists its values"):
        Column("x", "category", "report.source", "x")
    with pytest.raises(ValueError, match="lists its values"):
        Column("x", "str", "report.source", "x", values=("a",))


def test_list_columns_give_lists() -> None:
    ctx = Context(report=None, record=("a", "b"))
    assert Column("x", "list[str]", "record", "x").value(ctx) == ["a", "b"]
    assert Column("x", "list[str]", "record", "x", sep=" | ").value(ctx) == ["a", "b"]
    assert Column("n", "int", lambda c: len(c.record), "n").value(ctx) == 2


def _readme_table(table: str) -> str:
    """The paragraph on ``table`` in the README's "Output tables and columns" section."""
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## Output tables and columns"):]
    section = section[: section.index("\n## ", 1)]
    assert f"**{table}**" in section, f"README does not document table {table}"
    start = section.index(f"**{table}**")
    end = section.find("\n\n", start)
    return section[start:end if end >= 0 else None]


@pytest.mark.parametrize("table", ALL_SPEC, ids=lambda t: t.name)
def test_readme_documents_every_column_in_order(table: Table) -> None:
    """The README's "Output tables and columns" lists each table's columns, as the spec does."""
    para = _readme_table(table.name)
    listed = next(m.group(1) for m in re.finditer(r"`([^`]*)`", para) if "," in m.group(1))
    documented = [c.strip() for c in listed.split(",")]
    assert documented == list(table.names), f"README's {table.name} columns differ from the spec"
    said = re.search(r"one row per [^:]+", para)
    if said:
        assert said.group(0) == table.row


_README_TYPES = {"string": "str", "Int64": "int", "float64": "float", "boolean": "bool",
                 "date": "date", "category": "category", "list": "list[str]"}


@pytest.mark.parametrize("table", ALL_SPEC, ids=lambda t: t.name)
def test_readme_documents_every_columns_type(table: Table) -> None:
    """Each table's paragraph says "Dtypes: <type> `<columns>`; ...; the other columns string."."""
    para = " ".join(_readme_table(table.name).split())
    said = re.search(r"Dtypes: (.*?)(?:; the other columns string| every column string)\.", para)
    assert said, f"README does not give the dtypes of {table.name}"
    documented: dict[str, str] = {}
    for kind, cols in re.findall(r"(\S+) `([^`]*)`", said.group(1)):
        assert kind in _README_TYPES, f"{table.name}: unknown type {kind!r} in the README"
        for col in cols.split(","):
            assert col.strip() not in documented, f"{table.name}.{col.strip()} typed twice"
            documented[col.strip()] = _README_TYPES[kind]
    assert set(documented) <= set(table.names), f"{table.name}: README types unknown columns"
    assert {c.name: documented.get(c.name, "str") for c in table.columns} == {
        c.name: c.type for c in table.columns}
