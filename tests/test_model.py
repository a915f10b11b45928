"""The data model: immutable, round-trips through dicts, frames keep fixed columns."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from reviewminer.export import COLUMNS, report_frames
from reviewminer.model import SCHEMA_VERSION, Report, SectionKind, _asdict

SAMPLES = Path(__file__).resolve().parent.parent / "sample_docs"


def to_json(value: object) -> str:
    return json.dumps(value, sort_keys=True, default=str)


def test_round_trip_and_frames(build):
    r = build([
        ("h1", "Serious Case Review: Child Q"),
        ("p", "Redhill Local Safeguarding Children Board"),
        ("page",),
        ("h1", "Recommendations"),
        ("li", "1. Redhill LSCB should audit neglect cases and report to the Board."),
    ])
    assert Report.from_dict(r.to_dict()) == r
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.source = "x"  # type: ignore[misc]
    frames = r.to_frames()
    assert set(frames) == set(COLUMNS)
    for name, df in frames.items():
        assert list(df.columns) == list(COLUMNS[name])
    rec = frames["recommendations"].iloc[0]
    assert rec["parties"] == ["Redhill LSCB"]  # the organisation, as the report names it
    assert rec["party_types"] == ["Local Safeguarding Children Board"]
    assert rec["document_id"] == r.document_id
    # the row's offsets give back its source text
    assert r.text[rec["char_start"]:rec["char_end"]].startswith("Redhill LSCB should audit")


def test_empty_frames_keep_columns():
    frames = report_frames([])
    for name, df in frames.items():
        assert df.empty and list(df.columns) == list(COLUMNS[name])


def test_incompatible_schema_is_refused(build):
    d = build([("h1", "Review"), ("p", "Text.")]).to_dict()
    d["schema_version"] = "99.0"
    with pytest.raises(ValueError, match="schema version"):
        Report.from_dict(d)
    assert SCHEMA_VERSION.startswith("1.")


def _records(report: Report) -> list[object]:
    out: list[object] = [report.metadata, *report.sections, *report.lines_of_enquiry,
                         *report.action_plan, *report.page_sizes]
    for rec in report.recommendations:
        out += [rec, *rec.parties, rec.provenance, *rec.locations]
    return out


@pytest.mark.parametrize("name", ["sar_2019_adult_b.pdf", "lcspr_2021_child_m.docx",
                                  "cover_report_2022_adult_b_committee.pdf"])
def test_record_dicts_equal_dataclasses_asdict(name):
    """The records' dicts are what ``dataclasses.asdict`` gives, types of containers included
    (tuples stay tuples), for every record of real-looking reports."""
    import reviewminer

    report = reviewminer.read(SAMPLES / name)
    records = _records(report)
    assert len(records) > 20
    for obj in records:
        got, want = _asdict(obj), dataclasses.asdict(obj)  # type: ignore[call-overload]
        assert got == want and repr(got) == repr(want)
        assert to_json(got) == to_json(want)


def test_record_dicts_of_other_values_follow_asdict():
    """Values the records do not hold today (a namedtuple, a set, a nested dataclass, a dict
    with tuple keys, a bool) come out as ``dataclasses.asdict`` gives them."""
    from collections import namedtuple

    point = namedtuple("point", "x y")

    @dataclasses.dataclass
    class Inner:
        tags: set[str]
        at: object

    @dataclasses.dataclass
    class Outer:
        inner: Inner
        pairs: dict[tuple[int, int], list[object]]
        flag: bool
        kind: SectionKind

    obj = Outer(Inner({"a", "b"}, point(1, 2)), {(1, 2): [point(3, 4), (5, [6])]}, True,
                SectionKind.RECOMMENDATIONS)
    got, want = _asdict(obj), dataclasses.asdict(obj)
    assert got == want and repr(got) == repr(want)
    assert got["kind"] is SectionKind.RECOMMENDATIONS and got["inner"]["tags"] is not obj.inner.tags
