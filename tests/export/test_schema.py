"""The typed schema: dtypes from the spec, closed vocabularies in step with the code and rules."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from reviewminer.export import columns as C
from reviewminer.export.columns import ALL_SPEC, Column, Table
from reviewminer.export.schema import DATE_DTYPE, cell, column_array, table_dtypes, typed_frame

_DTYPES = {"str": pd.StringDtype("python"), "int": pd.Int64Dtype(), "float": "float64",
           "bool": pd.BooleanDtype(), "date": DATE_DTYPE, "list[str]": "object"}


@pytest.mark.parametrize("table", ALL_SPEC, ids=lambda t: t.name)
def test_every_column_has_the_dtype_of_its_type(table: Table) -> None:
    for col, (name, dtype) in zip(table.columns, table_dtypes(table).items(), strict=True):
        assert name == col.name
        if col.type == "category":
            assert dtype == pd.CategoricalDtype(list(col.values), ordered=False)
        else:
            assert dtype == _DTYPES[col.type], (table.name, col.name, dtype)


@pytest.mark.parametrize("table", ALL_SPEC, ids=lambda t: t.name)
def test_an_empty_table_has_its_schema(table: Table) -> None:
    frame = typed_frame(table, [])
    assert list(frame.columns) == list(table.names) and frame.empty
    assert dict(frame.dtypes) == table_dtypes(table)


def test_cells_become_typed_columns() -> None:
    table = Table("t", "one row per test", (
        Column("s", "str", "x", "text"), Column("n", "int", "x", "int"),
        Column("f", "float", "x", "float"), Column("b", "bool", "x", "bool"),
        Column("d", "date", "x", "date"), Column("c", "category", "x", "cat", values=("a", "b")),
        Column("l", "list[str]", "x", "list"),
    ))
    frame = typed_frame(table, [("x", 1, 0.5, True, "2020-01-31", "a", ["p", "q"]),
                                ("", None, None, None, None, None, []),
                                (None, -3, 1.0, False, "0201-03-05", "zz", [])])
    assert dict(frame.dtypes) == {**table_dtypes(table), "c": pd.CategoricalDtype(["a", "b", "zz"])}
    assert frame["s"].isna().tolist() == [False, True, True]  # an empty text is missing
    assert frame["n"].tolist()[::2] == [1, -3] and frame["n"].isna().tolist()[1]
    assert frame["d"].tolist()[0] == pd.Timestamp("2020-01-31")
    assert frame["d"].tolist()[2] == pd.Timestamp("0201-03-05")  # any year fits (seconds)
    assert frame["c"].tolist()[2] == "zz"  # outside the vocabulary: kept, added after it
    assert frame["l"].tolist() == [["p", "q"], [], []]


@pytest.mark.parametrize(("kind", "raw", "value"), [
    ("int", "3", 3), ("int", 3.0, 3), ("int", "", None), ("int", float("nan"), None),
    ("float", "0.25", 0.25), ("bool", "True", True), ("bool", "false", False),
    ("bool", pd.NA, None), ("date", dt.datetime(2020, 1, 2), "2020-01-02"),
    ("date", dt.date(2020, 1, 2), "2020-01-02"), ("date", "2020-01-02T00:00:00", "2020-01-02"),
    ("str", "NA", "NA"), ("str", "", None), ("list[str]", "a;b", ["a", "b"]),
    ("list[str]", "", []), ("list[str]", ("a",), ["a"]),
])
def test_raw_values_become_cells(kind: str, raw: object, value: object) -> None:
    assert cell(Column("x", kind, "x", "x"), raw) == value


def test_list_separator_is_the_columns() -> None:
    col = Column("w", "list[str]", "x", "warnings", sep=" | ")
    assert cell(col, "a; b | c") == ["a; b", "c"]
    assert column_array(col, [["a"], []]).tolist() == [["a"], []]


# -- closed vocabularies, in step with the model, the shipped rules and the errors ---------------


def test_vocabularies_follow_the_model() -> None:
    from reviewminer import model

    assert tuple(k.value for k in model.SectionKind) == C.SECTION_KINDS
    assert tuple(k.value for k in model.EnquiryKind) == C.ENQUIRY_KINDS
    assert tuple(k.value for k in model.RecommendationKind) == C.RECOMMENDATION_KINDS
    assert C.RESPONSE_STATUSES == model.RESPONSE_STATUSES


def test_vocabularies_follow_the_extractor_and_the_rules() -> None:
    from reviewminer.extract.recommendations.candidate import EVIDENCE_CONFIDENCE
    from reviewminer.parsers.legacy import LEGACY_FORMATS
    from reviewminer.rules import load_rules

    rules = load_rules()
    assert tuple(EVIDENCE_CONFIDENCE) == C.EVIDENCE, "add the new route to columns.EVIDENCE"
    assert set(C.REVIEW_TYPES) == {r.type for r in rules.review_types.rules}
    assert set(C.SCOPES) == {name for name, _ in rules.recommendations.scope}
    assert set(C.PARTY_CATEGORIES) == {a.category for a in rules.parties.agencies} | {"unknown"}
    assert set(C.FORMATS) == {"pdf", "docx", *LEGACY_FORMATS}


def test_failure_codes_cover_every_error() -> None:
    from reviewminer import errors

    def subclasses(cls: type) -> set[type]:
        return {cls} | {s for c in cls.__subclasses__() for s in subclasses(c)}

    codes = {getattr(c, "code", None) for c in subclasses(errors.ReviewMinerError)}
    assert codes - {None} <= set(C.FAILURE_CODES)
    assert {"crashed", "unreadable", "pending"} <= set(C.FAILURE_CODES)


def test_links_vocabularies_follow_the_linker() -> None:
    from reviewminer.link import ANSWERING_TYPES

    assert set(C.REVIEW_TYPES) >= ANSWERING_TYPES
    assert {"number_and_text", "text_only", "same_document"} == set(C.LINK_METHODS)
