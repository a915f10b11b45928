"""Dedupe never merges items whose owners or numbers differ, still merges true repeats, and its
work per document is bounded."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_read_bounds import heading, para, write_docx

from reviewminer import read
from reviewminer.extract.recommendations.dedupe import Owner, number_key
from reviewminer.extract.settings import ExtractSettings
from reviewminer.parsers.base import Block, RawDocument
from reviewminer.pipeline import build_report

INTRO = para("This review was commissioned by the Westvale Safeguarding Children Partnership.")
WORDING = ("should ensure that every practitioner working with the family receives training on "
           "coercive control, and that the training is evaluated within six months and reported "
           "to the Partnership.")
OWNERS = ["Westvale Police", "Westvale Council", "The Westvale Integrated Care Board",
          "NHS England"]
EXPECTED = ["Westvale Police", "Westvale Council", "Westvale Integrated Care Board",
            "NHS England"]


def _owners_and_numbers(path: Path) -> list[tuple[str | None, list[str], int]]:
    report = read(path)
    return [(r.number, [p.name for p in r.parties if p.role == "owner"], len(r.locations))
            for r in report.recommendations]


def test_same_wording_different_named_owners_are_kept_apart(tmp_path: Path) -> None:
    body = "".join(para(f"{o} {WORDING}") for o in OWNERS)
    path = write_docx(tmp_path / "a.docx", INTRO + heading("Recommendations") + body)
    assert _owners_and_numbers(path) == [(None, [o], 1) for o in EXPECTED]


def test_same_wording_different_numbers_are_kept_apart(tmp_path: Path) -> None:
    body = "".join(para(f"{i}. {o} {WORDING}") for i, o in enumerate(OWNERS, 1))
    path = write_docx(tmp_path / "b.docx", INTRO + heading("Recommendations") + body)
    assert _owners_and_numbers(path) == [(str(i), [o], 1) for i, o in enumerate(EXPECTED, 1)]


def test_same_item_under_different_agency_headings_is_kept_apart(tmp_path: Path) -> None:
    item = para("1. Ensure that every practitioner working with the family receives training on "
                "coercive control, evaluated within six months.")
    body = "".join(heading(f"Recommendations for {o}", 2) + item for o in OWNERS)
    path = write_docx(tmp_path / "c.docx", INTRO + heading("Recommendations") + body)
    assert [owners for _, owners, _ in _owners_and_numbers(path)] == [[o] for o in EXPECTED]


def test_true_repeats_in_a_summary_and_the_body_still_merge(tmp_path: Path) -> None:
    items = "".join(para(f"Recommendation {i}: {o} {WORDING}") for i, o in enumerate(OWNERS, 1))
    path = write_docx(tmp_path / "d.docx", INTRO + heading("Executive summary") + items
                      + heading("Findings") + para("The findings follow.")
                      + heading("Recommendations") + items)
    assert _owners_and_numbers(path) == [(str(i), [o], 2) for i, o in enumerate(EXPECTED, 1)]


@pytest.mark.parametrize(("a", "b", "same"), [
    ("LSCB 1", "1", True), ("R3", "Recommendation 3", True), ("2.1", "2.1.", True),
    ("(iii)", "iii", True), ("1", "2", False), ("2.1", "2.2", False),
])
def test_number_keys(a: str, b: str, same: bool) -> None:
    assert (number_key(a) == number_key(b)) is same


def test_owner_conflicts() -> None:
    police = Owner(frozenset({"Police"}), frozenset())
    westvale = Owner(frozenset({"Police"}), frozenset({"Westvale Police"}))
    other = Owner(frozenset({"Police"}), frozenset({"Northbridge Police"}))
    council = Owner(frozenset({"Local Authority"}), frozenset())
    assert not police.conflicts(westvale)  # "the Police" in a summary, "Westvale Police" in the body
    assert westvale.conflicts(other)
    assert police.conflicts(council)
    assert not police.conflicts(None)


def test_the_comparison_budget_bounds_dedupe_with_a_warning() -> None:
    """Past the budget only exact repeats merge, and the report says so."""
    items = [Block(f"The Local Authority should review its training on subject {i}, "
                   f"area {i * 7} and code {i * 13}.", 1) for i in range(1, 61)]
    items += items[:5]  # exact repeats (the same wording, no numbers)
    raw = RawDocument(Path("x.docx"), "docx", 1,
                      [Block("Recommendations", 1, "heading", level=1), *items])
    full = build_report(raw, sha256="0" * 64, extractor_version="test")
    bounded = build_report(raw, sha256="0" * 64, extractor_version="test",
                           settings=ExtractSettings(max_dedupe_comparisons=50))
    assert not any("too many to compare" in w for w in full.warnings)
    assert any("too many to compare" in w for w in bounded.warnings)
    assert len(bounded.recommendations) == len(full.recommendations) == 60
