"""Accuracy on the gold-annotated sample documents: thresholds only ever go up.

Two corpora are scored:

* ``sample_docs/*.gold.json`` — the first corpus (issue 2), held to the issue-2 bars;
* every gold file under ``sample_docs/`` (``more/``, ``extra/`` included), per split. The
  ``heldout`` documents are not looked at while rules are tuned; they are held to the issue-3
  targets, the dev split to the scores it reached.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reviewminer.evaluate import evaluate

SAMPLE_DOCS = Path(__file__).resolve().parents[1] / "sample_docs"

FIRST_CORPUS_BARS = {
    "rec_recall": 0.95,
    "rec_precision": 0.95,
    "rec_boundary_f1": 0.95,
    "rec_number_accuracy": 0.95,
    "rec_party_accuracy": 0.90,
    "kloe_recall": 0.90,
    "kloe_precision": 0.90,
    "section_recall": 0.90,
}

# Floors per split (raise them when the extractor improves; never lower them).
SPLIT_FLOORS = {
    "dev": {
        "rec_recall": 0.98, "rec_precision": 0.98, "rec_boundary_f1": 0.98,
        "rec_number_accuracy": 0.97, "rec_party_accuracy": 0.97, "kloe_recall": 0.95,
        "kloe_precision": 0.97, "action_link_accuracy": 0.97, "section_recall": 0.97,
    },
    # the issue-3 targets: recommendations 0.95, parties 0.9, KLOEs 0.9, action links 0.9
    "heldout": {
        "rec_recall": 0.95, "rec_precision": 0.95, "rec_boundary_f1": 0.95,
        "rec_number_accuracy": 0.95, "rec_party_accuracy": 0.90, "kloe_recall": 0.90,
        "kloe_precision": 0.90, "action_link_accuracy": 0.90, "section_recall": 0.95,
    },
}


@pytest.fixture(scope="module")
def first_corpus():
    names = [json.loads(p.read_text(encoding="utf-8"))["name"]
             for p in SAMPLE_DOCS.glob("*.gold.json")]
    ev = evaluate(SAMPLE_DOCS, names=names)
    assert not ev.failures, ev.failures
    assert len(ev.per_document) >= 17, "sample_docs should hold >= 8 documents in two formats"
    return ev


@pytest.fixture(scope="module")
def all_splits():
    ev = evaluate(SAMPLE_DOCS)
    assert not ev.failures, ev.failures
    return ev


@pytest.mark.parametrize("metric", sorted(FIRST_CORPUS_BARS))
def test_first_corpus_bars(first_corpus, metric):
    got = first_corpus.overall[metric]
    assert got >= FIRST_CORPUS_BARS[metric], (
        f"{metric} = {got:.3f} < {FIRST_CORPUS_BARS[metric]}\n"
        + "\n".join(first_corpus.errors[:40]))


@pytest.mark.parametrize("split,metric", [(s, m) for s, ms in SPLIT_FLOORS.items() for m in ms])
def test_split_floors(all_splits, split, metric):
    got = all_splits.per_split[split][metric]
    assert got >= SPLIT_FLOORS[split][metric], f"{split} {metric} = {got:.3f}"


def test_corpus_shape(all_splits):
    """>= 30 documents; the held-out split is about a third and covers every type and format."""
    assert len(all_splits.per_document) >= 30
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in SAMPLE_DOCS.rglob("*.gold.json")]
    held = [g for g in golds if g.get("split") == "heldout"]
    assert 0.25 <= len(held) / len(golds) <= 0.5
    types = {g["document_type"] for g in golds}
    assert {g["document_type"] for g in held} == types
    assert {"scr", "lcspr", "cpr", "sar", "dhr", "cover_report", "action_plan"} <= types


def test_every_document_type_is_scored(first_corpus):
    types = {k.split("/")[0] for k in first_corpus.per_type}
    assert {"scr", "lcspr", "sar", "dhr", "cover_report"} <= types
    formats = {k.split("/")[1] for k in first_corpus.per_type}
    assert formats == {"docx", "pdf"}
