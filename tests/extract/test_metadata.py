"""Document metadata: title, type, subjects, board, date (synthetic documents)."""

from __future__ import annotations

TITLE = [
    ("h1", "Serious Case Review: Child Q"),
    ("p", "Commissioned by Redhill Local Safeguarding Children Board"),
    ("page",),
]


def owners(rec):
    return [p.canonical for p in rec.parties if p.role == "owner"]


def test_metadata(build):
    r = build([
        ("h1", "Safeguarding Adults Review: Adult R"),
        ("p", "Redhill Safeguarding Adults Board"),
        ("p", "Published 14 March 2022"),
        ("page",),
        ("h1", "Introduction"),
        ("p", "Adult R was 67 when she died. The Redhill SAB commissioned this review."),
    ])
    md = r.metadata
    assert md.review_type == "sar"
    assert "Adult R" in md.subjects
    assert md.area == "Redhill Safeguarding Adults Board"
    assert md.publication_date == "2022-03-14"
    assert md.title.startswith("Safeguarding Adults Review")
