"""Accuracy on real public documents (``../shared/real_docs``, when present; skipped otherwise).

Floors are what the extractor reached; they only go up. ``heldout`` documents
(:data:`reviewminer.evaluate.real.HELD_OUT`) are not looked at while rules are changed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewminer.evaluate import evaluate

REAL_DOCS = Path(__file__).resolve().parents[2] / "shared" / "real_docs"

# Floors per split and overall (raise them when the extractor improves; never lower them).
FLOORS = {
    "dev": {"rec_recall": 0.24, "rec_precision": 0.39},
    "heldout": {"rec_recall": 0.20},
    "overall": {"rec_recall": 0.23, "rec_precision": 0.42},
}


@pytest.fixture(scope="module")
def real_scores():
    if not (REAL_DOCS / "gold").is_dir():
        pytest.skip("../shared/real_docs is not present")
    ev = evaluate(REAL_DOCS)
    assert ev.real and not ev.failures, ev.failures
    return ev


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_real_documents_floors(real_scores, split: str) -> None:
    scores = real_scores.overall if split == "overall" else real_scores.per_split[split]
    low = {k: (scores[k], floor) for k, floor in FLOORS[split].items() if scores[k] < floor}
    assert not low, f"{split}: below the floor (score, floor): {low}"
