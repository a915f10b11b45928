"""Golden snapshots: whole Reports of a few sample documents, compared field by field.

A change of behaviour shows here as a readable diff. After an intended change, regenerate with
``REVIEWMINER_UPDATE_SNAPSHOTS=1 python -m pytest tests/test_snapshots.py`` and review the diff of
``tests/snapshots/``; the guard test fails while the flag is set, so a run that regenerates can
never pass unnoticed.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import reviewminer

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
FLAG = "REVIEWMINER_UPDATE_SNAPSHOTS"
DOCUMENTS = [
    "sample_docs/scr_2012_child_k.pdf",
    "sample_docs/dhr_2020_mr_d.docx",
    "sample_docs/cover_report_2022_adult_b_committee.pdf",
    "sample_docs/sar_2024_mr_j_browser.pdf",
]


def _snapshot(rel: str) -> dict[str, object]:
    d = reviewminer.read(ROOT / rel).to_dict()
    d["source"] = rel  # machine-independent
    d.pop("extractor_version")  # changes with every rule edit; the content is what matters
    return json.loads(json.dumps(d))  # tuples as lists, as stored


@pytest.mark.parametrize("rel", DOCUMENTS)
def test_report_matches_snapshot(rel: str) -> None:
    path = SNAPSHOTS / (Path(rel).name + ".json")
    got = _snapshot(rel)
    if os.environ.get(FLAG) == "1":
        path.parent.mkdir(exist_ok=True)
        path.write_text(json.dumps(got, indent=1, ensure_ascii=False, sort_keys=True) + "\n",
                        encoding="utf-8")
    expected = json.loads(path.read_text(encoding="utf-8"))
    for key in sorted(set(expected) | set(got)):
        assert got.get(key) == expected.get(key), f"{rel}: {key} differs from {path.name}"


def test_snapshot_update_flag_is_off() -> None:
    assert os.environ.get(FLAG) is None, f"{FLAG} is set: snapshots were rewritten, not checked"
