"""Accuracy on the gold-annotated sample documents: thresholds only ever go up."""

from __future__ import annotations

import pytest

from pathlib import Path

from reviewminer.evaluate import evaluate, match, word_f1

SAMPLE_DOCS = Path(__file__).resolve().parents[1] / "sample_docs"

# Issue 2 bars (overall); raise them as the extractor improves, never lower them.
THRESHOLDS = {
    "rec_recall": 0.95,
    "rec_precision": 0.95,
    "rec_boundary_f1": 0.95,
    "rec_number_accuracy": 0.95,
    "rec_party_accuracy": 0.90,
    "kloe_recall": 0.90,
    "kloe_precision": 0.90,
    "section_recall": 0.90,
}


@pytest.fixture(scope="module")
def dev_scores():
    ev = evaluate(SAMPLE_DOCS)
    assert not ev.failures, ev.failures
    assert len(ev.per_document) >= 17, "sample_docs should hold >= 8 documents in two formats"
    return ev


@pytest.mark.parametrize("metric", sorted(THRESHOLDS))
def test_overall_threshold(dev_scores, metric):
    got = dev_scores.overall[metric]
    assert got >= THRESHOLDS[metric], (
        f"{metric} = {got:.3f} < {THRESHOLDS[metric]}\n" + "\n".join(dev_scores.errors[:40]))


def test_every_document_type_is_scored(dev_scores):
    types = {k.split("/")[0] for k in dev_scores.per_type}
    assert {"scr", "lcspr", "sar", "dhr", "cover_report"} <= types
    formats = {k.split("/")[1] for k in dev_scores.per_type}
    assert formats == {"docx", "pdf"}


def test_scorer_basics():
    assert word_f1("The LSCB should audit", "the lscb should audit") == 1.0
    assert word_f1("a b c d", "a b") == pytest.approx(2 * 1.0 * 0.5 / 1.5)
    pairs = match(["alpha beta gamma", "delta epsilon"], ["delta epsilon zeta", "unrelated"])
    assert [(g, p) for g, p, _ in pairs] == [(1, 0)]
