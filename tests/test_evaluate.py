"""The scorer (reviewminer.evaluate): matching, gold schema versions, action links."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace as NS

import pytest

import reviewminer
from reviewminer.evaluate import (
    _gold_rec_for_action,
    evaluate,
    gold_files,
    match,
    norm_number,
    score_report,
    word_f1,
)
from reviewminer.evaluate.real import is_real_gold_folder, party_matches

SAMPLE_DOCS = Path(__file__).resolve().parents[1] / "sample_docs"


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


# -- real documents' gold ----------------------------------------------------------------------


@pytest.mark.parametrize(("gold", "predicted", "ok"), [
    ("Thurrock Council (local authority children's services)", ["Thurrock Council"], True),
    ("Metropolitan Borough of Barnsley Council", ["Barnsley Council", "Local Authority"], True),
    ("Department for Work and Pensions (DWP)", ["DWP"], True),
    ("local authorities", ["Local Authority"], True),
    ("the government", ["the Government"], True),
    ("Surrey Safeguarding Children Board (LSCB)", ["Local Safeguarding Children Board"], False),
    ("Ashdown Police", ["Police"], False),
    ("Chief Executive Officer of The Priory Group", ["NHS England"], False),
    ("Chief Executive Officer of The Priory Group", ["The Priory Group"], True),
    ("UK Space Agency (UKSA)", [None, "UKSA"], True),
    ("Torbay Council (local authority children's services)", ["Torbay local authority"], True),
    ("Medway Council (children's social care services)", ["Medway Children's Services"], True),
    ("Medway Council (children's social care services)", ["Kent Children's Services"], False),
    ("Torbay Council", ["Torbay Police"], False),
])
def test_party_matching_keeps_the_specific_body(gold: str, predicted: list[str | None],
                                                ok: bool) -> None:
    assert party_matches(gold, predicted) is ok


def test_real_gold_folder_is_scored_with_pages_parties_and_splits(tmp_path: Path) -> None:
    import shutil

    src = SAMPLE_DOCS / "cover_report_2022_adult_b_committee.docx"
    shutil.copy(src, tmp_path / "doc_a.docx")
    report = reviewminer.read(src)
    rec = report.recommendations[3]
    owner = next(p for p in rec.parties if p.role == "owner")
    gold = {"doc": "doc_a", "review_type": report.metadata.review_type, "recommendations": [
        {"number": rec.number, "text": rec.text, "parties": [owner.name],
         "page": rec.provenance.page_start},
        {"number": "99", "text": "An invented recommendation nobody wrote in this report "
                                 "about something else entirely.", "parties": [], "page": 1},
    ]}
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "doc_a.json").write_text(json.dumps(gold), encoding="utf-8")
    assert is_real_gold_folder(tmp_path) and not is_real_gold_folder(SAMPLE_DOCS)
    ev = evaluate(tmp_path)
    assert ev.real and not ev.failures
    doc = ev.per_document["doc_a"]
    assert doc["rec_recall"] == 0.5
    assert doc["rec_precision"] == pytest.approx(1 / len(report.recommendations), abs=1e-4)
    assert doc["rec_party_accuracy"] == doc["rec_page_accuracy"] == 1.0
    assert doc["review_type_accuracy"] == 1.0
    assert list(ev.per_split) == ["dev"]
    assert any("missed rec 99" in e for e in ev.errors)
