"""reviewminer.extract.settings: named, validated thresholds of the extract stage."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewminer.extract.parties import parse_glossary
from reviewminer.extract.settings import DEFAULT_EXTRACT_SETTINGS, ExtractSettings
from reviewminer.parsers import parse
from reviewminer.pipeline import build_report
from reviewminer.rules import load_rules

SAMPLE = Path(__file__).resolve().parents[2] / "sample_docs" / \
    "cover_report_2022_adult_b_committee.docx"


@pytest.mark.parametrize(("field", "value", "message"), [
    ("body_jaccard", 0.0, "must be positive"),
    ("copy_containment", 1.5, "is a fraction"),
    ("max_words_modal_gap", -1, "must be positive"),
    ("min_abbreviation_chars", 11, "exceeds max_abbreviation_chars"),
])
def test_invalid_settings_are_refused(field: str, value: float, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        ExtractSettings(**{field: value})


def test_glossary_thresholds_and_header_words_apply() -> None:
    pr = load_rules().parties
    lines = ["Term | Meaning", "ICB | Integrated Care Board", "MARAC | Multi-Agency Risk "
             "Assessment Conference"]
    assert parse_glossary(lines, pr) == {"ICB": "Integrated Care Board",
                                         "MARAC": "Multi-Agency Risk Assessment Conference"}
    short = ExtractSettings(max_abbreviation_chars=4)
    assert parse_glossary(lines, pr, short) == {"ICB": "Integrated Care Board"}


def test_report_warnings_follow_the_settings() -> None:
    raw = parse(SAMPLE)
    default = build_report(raw, sha256="0" * 64)
    assert not any("unusually many" in w for w in default.warnings)
    n = len(default.recommendations)
    assert n > 1
    strict = build_report(raw, sha256="0" * 64, settings=ExtractSettings(many_recommendations=1))
    assert f"{n} recommendations: unusually many, check for merged lists" in strict.warnings
    assert ExtractSettings() == DEFAULT_EXTRACT_SETTINGS
