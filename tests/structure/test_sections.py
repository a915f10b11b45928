"""Sections: headings, levels and kinds (synthetic documents)."""

from __future__ import annotations

from reviewminer.model import SectionKind

TITLE = [
    ("h1", "Serious Case Review: Child Q"),
    ("p", "Commissioned by Redhill Local Safeguarding Children Board"),
    ("page",),
]


def owners(rec):
    return [p.canonical for p in rec.parties if p.role == "owner"]


def test_sections_tree_levels_and_kinds(build):
    r = build(TITLE + [
        ("h1", "Contents"),
        ("p", "1. Introduction ........ 3", {"style": "toc 1"}),
        ("p", "5. Recommendations ........ 9", {"style": "toc 1"}),
        ("h1", "1. Introduction"),
        ("h2", "1.1 Circumstances leading to the review"),
        ("p", "Child Q was admitted to hospital."),
        ("h1", "5. Analysis"),
        ("h2", "5.1 Neglect"),
        ("h1", "6. Recommendations"),
        ("li", "1. Redhill LSCB should audit neglect cases."),
    ])
    heads = [(s.heading, s.level, s.kind) for s in r.sections]
    assert ("1. Introduction", 1, SectionKind.INTRODUCTION) in heads
    assert ("1.1 Circumstances leading to the review", 2, SectionKind.INTRODUCTION) in heads
    assert ("5.1 Neglect", 2, SectionKind.ANALYSIS) in heads  # inherits the parent's kind
    assert not any("...." in h for h, _, _ in heads)  # contents lines are not headings
    by = {s.heading: s for s in r.sections}
    assert by["5.1 Neglect"].parent_id == by["5. Analysis"].id
    assert r.recommendations[0].section == "6. Recommendations"
