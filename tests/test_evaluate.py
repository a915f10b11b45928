"""The scorer (reviewminer.evaluate): matching, gold schema versions, action links."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace as NS

import pytest

from reviewminer.evaluate import (
    _gold_rec_for_action,
    evaluate,
    gold_files,
    match,
    norm_number,
    score_report,
    word_f1,
)


def test_scorer_basics():
    assert word_f1("The LSCB should audit", "the lscb should audit") == 1.0
    assert word_f1("a b c d", "a b") == pytest.approx(2 * 1.0 * 0.5 / 1.5)
    pairs = match(["alpha beta gamma", "delta epsilon"], ["delta epsilon zeta", "unrelated"])
    assert [(g, p) for g, p, _ in pairs] == [(1, 0)]
    assert norm_number("(a)") == "a" and norm_number("Recommendation 3:") == "3"
    assert norm_number(None) is None


def _report(recs=(), sections=()):
    return NS(source="x.pdf", metadata=NS(review_type="sar", subjects=("Mr X",)),
              recommendations=list(recs), lines_of_enquiry=[], action_plan=[],
              sections=list(sections))


def _rec(text, number="1", owners=("Police",), targets=(), scope=None):
    parties = [NS(canonical=o, role="owner") for o in owners]
    parties += [NS(canonical=t, role="target") for t in targets]
    return NS(id=f"r{number}", text=text, number=number, parties=parties,
              kind=NS(value="recommendation"), scope=scope, finding=None)


GOLD_REC = {"number": "1", "kind": "recommendation", "text": "The police should audit cases",
            "parties": ["Police"], "section": "1. Recs"}


@pytest.mark.parametrize("extra,target_n,scope_n", [
    ({}, 0, 0),                                                     # version 1, first corpus
    ({"targets": None, "scope": None, "finding": None}, 0, 0),      # version 2, not annotated
    ({"targets": [], "scope": "multi_agency", "finding": None}, 1, 1),
])
def test_optional_fields_scored_only_when_annotated(extra, target_n, scope_n):
    gold = {"document_type": "sar", "subjects": ["Mr X"], "sections": [],
            "recommendations": [{**GOLD_REC, **extra}], "action_plan": None}
    c = score_report(_report([_rec("The police should audit cases", scope="multi_agency")]),
                     gold)
    assert (c.rec_matched, c.rec_party_ok, c.rec_number_ok) == (1, 1, 1)
    assert (c.rec_target_n, c.rec_scope_n) == (target_n, scope_n)
    assert c.rec_target_ok == target_n and c.action_gold == 0
    assert c.errors == []


def test_missed_and_spurious_are_reported():
    gold = {"document_type": "sar", "subjects": ["Mr X"],
            "sections": [{"heading": "1. Recs", "kind": "recommendations"}],
            "recommendations": [GOLD_REC]}
    c = score_report(_report([_rec("Something else entirely")]), gold)
    assert c.rec_matched == 0
    assert any("missed rec 1" in e for e in c.errors)
    assert any("spurious rec 1" in e for e in c.errors)
    assert any("missed heading" in e for e in c.errors)


def test_action_link_by_number_lead_and_position():
    recs = [{"number": "1", "kind": "recommendation", "parties": ["Police"]},
            {"number": "1", "kind": "recommendation", "parties": ["Housing"]}]
    assert _gold_rec_for_action({"recommendation_number": "Housing 1",
                                 "lead_agency": "Housing"}, recs) == 1
    assert _gold_rec_for_action({"recommendation_number": "1", "lead_agency": None}, recs) is None
    unnumbered = [{"number": None, "kind": "recommendation"},
                  {"number": "a", "kind": "committee"},
                  {"number": None, "kind": "recommendation"}]
    assert _gold_rec_for_action({"recommendation_number": "2"}, unnumbered) == 2
    assert _gold_rec_for_action({"recommendation_number": "5"}, unnumbered) is None
    assert _gold_rec_for_action({"recommendation_number": None}, unnumbered) is None


def test_gold_files_filters_split_and_names(tmp_path: Path):
    for name, split in (("a", "dev"), ("b", "heldout"), ("c", None)):
        g = {"schema": "reviewminer-gold/2", "name": name, "files": []}
        if split:
            g["split"] = split
        (tmp_path / f"{name}.gold.json").write_text(json.dumps(g), encoding="utf-8")
    assert [g["name"] for _, g in gold_files(tmp_path, "dev")] == ["a", "c"]
    assert [g["name"] for _, g in gold_files(tmp_path, names=["b"])] == ["b"]
    ev = evaluate(tmp_path, reader=lambda p: pytest.fail("no files to read"))
    assert ev.per_document == {} and ev.failures == {}


def test_failures_are_reported_not_raised(tmp_path: Path):
    g = {"name": "d", "files": ["d.pdf", "gone.pdf"], "recommendations": []}
    (tmp_path / "d.gold.json").write_text(json.dumps(g), encoding="utf-8")
    (tmp_path / "d.pdf").write_bytes(b"%PDF")

    def boom(path: Path):
        raise ValueError("unreadable")

    ev = evaluate(tmp_path, reader=boom)
    assert ev.failures == {"d.pdf": "ValueError: unreadable",
                           "gone.pdf": "file listed in gold is missing"}
