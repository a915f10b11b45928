"""Typographic heading heuristics (pure functions over text, size, boldness)."""

from __future__ import annotations

from reviewminer.parsers.text import BULLET
from reviewminer.structure import typography
from reviewminer.structure.typography import heading_levels, looks_like_heading


def test_looks_like_heading() -> None:
    assert looks_like_heading("1. Introduction", 16.0, True, 11.0, 1)
    assert looks_like_heading("Background", 11.0, True, 11.0, 1)  # bold at body size
    assert looks_like_heading("What happened?", 11.0, True, 11.0, 1)  # a short question
    assert not looks_like_heading("The panel met twice.", 16.0, True, 11.0, 1)  # a sentence
    assert not looks_like_heading("In particular,", 11.0, True, 11.0, 1)  # bold emphasis
    assert not looks_like_heading("Background", 11.0, False, 11.0, 1)  # plain body text
    assert not looks_like_heading("Background", 16.0, True, 11.0, 4)  # too many lines
    assert not looks_like_heading(f"{BULLET} Item", 16.0, True, 11.0, 1)
    assert not looks_like_heading("2024", 16.0, True, 11.0, 1)  # no letter


def test_heading_levels_rank_sizes_and_nest_numbers() -> None:
    heads = [("Report", 20.0), ("1. Introduction", 11.0), ("1.1 Scope", 11.0), ("Notes", None)]
    assert heading_levels(heads, 11.0) == [(1, None), (2, "1"), (3, "1.1"), (2, None)]


def test_bullet_matches_the_parsers_normalised_bullet() -> None:
    assert typography._BULLET == BULLET
