"""The data model: immutable, round-trips through dicts, frames keep fixed columns."""

from __future__ import annotations

import dataclasses

import pytest

from reviewminer.export import COLUMNS, report_frames
from reviewminer.model import SCHEMA_VERSION, Report


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
