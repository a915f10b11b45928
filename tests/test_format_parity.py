"""The same report as .docx and as its PDF gives the same records (texts, numbers, owners)."""

from __future__ import annotations

from pathlib import Path

import pytest

import reviewminer

SAMPLE_DOCS = Path(__file__).resolve().parents[1] / "sample_docs"
PAIRS = sorted(d for d in SAMPLE_DOCS.rglob("*.docx") if d.with_suffix(".pdf").exists())


def _records(path: Path) -> dict[str, list[tuple[object, ...]]]:
    r = reviewminer.read(path)
    return {
        "recommendations": [
            (x.number, x.kind.value, x.text, x.scope, x.finding,
             tuple((p.canonical, p.role, p.inferred) for p in x.parties))
            for x in r.recommendations],
        "lines_of_enquiry": [(e.number, e.kind.value, e.text) for e in r.lines_of_enquiry],
        "action_plan": [(a.recommendation_number, a.action, a.lead_agency_canonical, a.target_date)
                        for a in r.action_plan],
    }


def test_there_are_pairs():
    assert len(PAIRS) >= 20


# Known PDF differences, kept visible (strict: the test fails once they are fixed):
KNOWN = {
    "action_plan_2020_sar_mrs_w.docx": "PDF table cell: 'information-' + 'sharing' across a line "
                                       "break is joined as 'informationsharing'",
    "action_plan_2025_sar_mr_q.docx": "PDF table cell: 'alcohol-' + 'related' across a line "
                                      "break is joined as 'alcoholrelated'",
    "dhr_2022_mr_a.docx": "PDF table cell: a date wrapped in a narrow column reads '31/05/20 23' "
                          "and is not parsed",
}


def _param(p: Path) -> object:
    marks = [pytest.mark.xfail(reason=KNOWN[p.name], strict=True)] if p.name in KNOWN else []
    return pytest.param(p, id=str(p.relative_to(SAMPLE_DOCS)), marks=marks)


@pytest.mark.parametrize("docx", [_param(p) for p in PAIRS])
def test_docx_and_pdf_give_the_same_records(docx: Path) -> None:
    assert _records(docx) == _records(docx.with_suffix(".pdf"))
