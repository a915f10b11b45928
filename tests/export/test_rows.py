"""Rows built from the column spec: every column, derived values, types, the sample corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewminer.export import COLUMNS, SPEC, TABLES, TYPES, report_rows
from reviewminer.model import (
    ActionItem,
    EnquiryKind,
    EnquiryLine,
    Metadata,
    Party,
    Provenance,
    Recommendation,
    RecommendationKind,
    Report,
    Section,
    SectionKind,
)

SAMPLE_DOCS = Path(__file__).resolve().parents[2] / "sample_docs"
P1 = Provenance(1, 1, 0, 40)
P2 = Provenance(2, 3, 100, 180)


def _party(name: str, canonical: str, role: str = "owner", *, inferred: bool = False,
           current: str | None = None, span: tuple[int, int] | None = (100, 110),
           organisation: str | None = None) -> Party:
    start, end = span if span else (None, None)
    return Party("r1", name, canonical, "health", role, inferred, start, end, current,
                 organisation)


def _report() -> Report:
    rec = Recommendation(
        id="r1", number="R1", kind=RecommendationKind.RECOMMENDATION, text="The ICB should act.",
        parties=(
            _party("the ICB", "Integrated Care Board", organisation="Redhill ICB"),
            _party("NHS Redhill", "Integrated Care Board"),  # same owner again: not repeated
            _party("LSCB", "Local Safeguarding Children Board", inferred=True,
                   current="Safeguarding Children Partnership", span=None),
            _party("Police", "Police", "target"),
            _party("the police", "Police", "target"),
        ),
        section_id="s1", section="1. Recommendations", provenance=P2, locations=(P2, P1),
        scope="multi_agency", finding="3",
    )
    bare = Recommendation(id="r2", number=None, kind=RecommendationKind.LEARNING_POINT,
                          text="Learn.", parties=(), section_id=None, section="", provenance=P1)
    return Report(
        source="a/review.pdf", sha256="ab" * 32, format="pdf", page_count=3,
        metadata=Metadata("Review of Child Q", "scr", ("Child Q", "Child R"), "Redhill",
                          "2020-01-02"),
        text="x" * 200,
        sections=(Section("s1", "1. Recommendations", "1", "Recommendations",
                          SectionKind.RECOMMENDATIONS, 1, None, P2),),
        lines_of_enquiry=(
            EnquiryLine("e1", "a", "How did agencies share?", EnquiryKind.LINE_OF_ENQUIRY,
                        "s1", P1),
            EnquiryLine("e2", None, "Period 2018-2020.", EnquiryKind.SCOPE, None, P1),
        ),
        recommendations=(rec, bare),
        action_plan=(ActionItem("a1", "r1", "R1", "Audit.", "ICB", "Integrated Care Board",
                                None, "2023-03-31", "March 2023", "Green", P2),),
        warnings=("w one", "w two"),
        extractor_version="test",
    )


def test_every_table_has_its_columns_in_order() -> None:
    rows = report_rows(_report())
    assert tuple(rows) == TABLES
    counts = {t: len(rs) for t, rs in rows.items()}
    assert counts == {"documents": 1, "sections": 1, "lines_of_enquiry": 2,
                      "recommendations": 2, "parties": 5, "action_plan": 1, "responses": 0}
    for table, rs in rows.items():
        for row in rs:
            assert tuple(row) == COLUMNS[table]


def test_document_row() -> None:
    doc = report_rows(_report())["documents"][0]
    assert doc == {
        "document_id": "ab" * 8, "source": "a/review.pdf", "sha256": "ab" * 32, "format": "pdf",
        "page_count": 3, "title": "Review of Child Q", "review_type": "scr",
        "subjects": ["Child Q", "Child R"], "area": "Redhill", "publication_date": "2020-01-02",
        "n_sections": 1, "n_lines_of_enquiry": 2, "n_recommendations": 2, "n_actions": 1,
        "warnings": ["w one", "w two"], "schema_version": "1.0", "extractor_version": "test",
    }


def test_derived_recommendation_values() -> None:
    rec, bare = report_rows(_report())["recommendations"]
    # organisations where the document names one, else the kind; the kinds alongside
    assert rec["parties"] == ["Redhill ICB", "Local Safeguarding Children Board"]
    assert rec["party_types"] == ["Integrated Care Board", "Local Safeguarding Children Board"]
    assert rec["party_names"] == ["the ICB", "LSCB"]
    assert rec["parties_inferred"] is False
    assert rec["targets"] == ["Police"]
    assert rec["kind"] == "recommendation"
    assert (rec["page_start"], rec["char_end"]) == (2, 180)
    assert rec["n_locations"] == 2 and rec["locations"] == ["p2-3:100-180", "p1-1:0-40"]
    # no parties, no locations: the provenance is the one location
    assert bare["parties"] == bare["party_types"] == bare["party_names"] == bare["targets"] == []
    assert bare["parties_inferred"] is False
    assert bare["n_locations"] == 1 and bare["locations"] == ["p1-1:0-40"]


def test_parties_rows_name_their_recommendation() -> None:
    parties = report_rows(_report())["parties"]
    assert [p["recommendation_number"] for p in parties] == ["R1"] * 5
    lscb = parties[2]
    assert lscb["current_body"] == "Safeguarding Children Partnership"
    assert lscb["char_start"] is None and lscb["inferred"] is True
    assert parties[0]["current_body"] == "Integrated Care Board"  # no successor: itself


def test_enquiry_rows_carry_their_section_heading() -> None:
    e1, e2 = report_rows(_report())["lines_of_enquiry"]
    assert e1["section"] == "1. Recommendations" and e1["kind"] == "line_of_enquiry"
    assert e2["section"] is None and e2["section_id"] is None


def test_rows_are_fresh_dicts() -> None:
    """Callers (e.g. read_many) overwrite cells; a second call must not see that."""
    r = _report()
    report_rows(r)["sections"][0]["source"] = "other"
    assert report_rows(r)["sections"][0]["source"] == "a/review.pdf"


def _check_types(rows: dict[str, list[dict[str, object]]]) -> None:
    for table in SPEC:
        for col in table.columns:
            want = TYPES[col.type]
            for row in rows[table.name]:
                v = row[col.name]
                assert v is None or type(v) is want, (table.name, col.name, v)
                if col.type == "list[str]":
                    assert all(type(x) is str for x in v), (table.name, col.name, v)


def test_values_have_their_declared_types() -> None:
    _check_types(report_rows(_report()))


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_sample_reports_follow_the_spec(sample_reports: dict[str, list[Report]], fmt: str) -> None:
    for report in sample_reports[fmt]:
        rows = report_rows(report)
        _check_types(rows)
        assert len(rows["parties"]) == len(report.parties)
        assert len(rows["recommendations"]) == len(report.recommendations)


@pytest.fixture(scope="module")
def sample_reports() -> dict[str, list[Report]]:
    import reviewminer

    out: dict[str, list[Report]] = {"docx": [], "pdf": []}
    for path in sorted(SAMPLE_DOCS.glob("*.docx"))[:3] + sorted(SAMPLE_DOCS.glob("*.pdf"))[:3]:
        out[path.suffix[1:]].append(reviewminer.read(path))
    return out
