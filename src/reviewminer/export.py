"""Tidy tables of reports, with fixed columns.

``COLUMNS`` is the contract for every export (CSV, Excel, JSON Lines, Parquet) and for
``Report.to_frames()``: each table always has exactly these columns in this order, even when empty.
pandas is imported lazily so that parsing and extraction do not pay for it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

    from reviewminer.model import Report

COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": (
        "document_id", "source", "sha256", "format", "page_count", "title", "review_type",
        "subjects", "area", "publication_date", "n_sections", "n_lines_of_enquiry",
        "n_recommendations", "n_actions", "warnings", "schema_version", "extractor_version",
    ),
    "sections": (
        "document_id", "source", "section_id", "parent_id", "level", "number", "heading",
        "title", "kind", "page_start", "page_end", "char_start", "char_end",
    ),
    "lines_of_enquiry": (
        "document_id", "source", "enquiry_id", "number", "kind", "text", "section_id",
        "section", "page_start", "page_end", "char_start", "char_end",
    ),
    "recommendations": (
        "document_id", "source", "recommendation_id", "number", "kind", "text", "parties",
        "party_names", "parties_inferred", "targets", "scope", "finding", "section_id",
        "section", "page_start", "page_end", "char_start", "char_end", "n_locations",
        "locations",
    ),
    "parties": (
        "document_id", "source", "recommendation_id", "recommendation_number", "name",
        "canonical", "current_body", "category", "role", "inferred", "char_start", "char_end",
    ),
    "action_plan": (
        "document_id", "source", "action_id", "recommendation_id", "recommendation_number",
        "action", "lead_agency", "lead_agency_canonical", "lead_officer", "target_date",
        "target_date_text", "status", "page_start", "page_end", "char_start", "char_end",
    ),
}

TABLES: tuple[str, ...] = tuple(COLUMNS)


def report_rows(report: Report) -> dict[str, list[dict[str, Any]]]:
    """The rows of every table for one report, as plain dicts keyed by column name."""
    doc_id = report.document_id
    src = report.source
    sec_heading = {s.id: s.heading for s in report.sections}
    md = report.metadata
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    rows["documents"].append(
        {
            "document_id": doc_id,
            "source": src,
            "sha256": report.sha256,
            "format": report.format,
            "page_count": report.page_count,
            "title": md.title,
            "review_type": md.review_type,
            "subjects": ";".join(md.subjects),
            "area": md.area,
            "publication_date": md.publication_date,
            "n_sections": len(report.sections),
            "n_lines_of_enquiry": len(report.lines_of_enquiry),
            "n_recommendations": len(report.recommendations),
            "n_actions": len(report.action_plan),
            "warnings": " | ".join(report.warnings),
            "schema_version": report.schema_version,
            "extractor_version": report.extractor_version,
        }
    )
    for s in report.sections:
        p = s.provenance
        rows["sections"].append(
            {
                "document_id": doc_id, "source": src, "section_id": s.id,
                "parent_id": s.parent_id, "level": s.level, "number": s.number,
                "heading": s.heading, "title": s.title, "kind": s.kind.value,
                "page_start": p.page_start, "page_end": p.page_end,
                "char_start": p.char_start, "char_end": p.char_end,
            }
        )
    for e in report.lines_of_enquiry:
        p = e.provenance
        rows["lines_of_enquiry"].append(
            {
                "document_id": doc_id, "source": src, "enquiry_id": e.id, "number": e.number,
                "kind": e.kind.value, "text": e.text, "section_id": e.section_id,
                "section": sec_heading.get(e.section_id or ""),
                "page_start": p.page_start, "page_end": p.page_end,
                "char_start": p.char_start, "char_end": p.char_end,
            }
        )
    for r in report.recommendations:
        p = r.provenance
        canon: list[str] = []
        names: list[str] = []
        for party in r.parties:
            if party.role == "owner" and party.canonical not in canon:
                canon.append(party.canonical)
                names.append(party.name)
        rows["recommendations"].append(
            {
                "document_id": doc_id, "source": src, "recommendation_id": r.id,
                "number": r.number, "kind": r.kind.value, "text": r.text,
                "parties": ";".join(canon), "party_names": ";".join(names),
                "parties_inferred": bool(r.parties) and all(x.inferred for x in r.parties),
                "targets": ";".join(dict.fromkeys(x.canonical for x in r.parties
                                                  if x.role == "target")),
                "scope": r.scope, "finding": r.finding,
                "section_id": r.section_id, "section": r.section,
                "page_start": p.page_start, "page_end": p.page_end,
                "char_start": p.char_start, "char_end": p.char_end,
                "n_locations": len(r.locations) or 1,
                "locations": ";".join(
                    f"p{loc.page_start}-{loc.page_end}:{loc.char_start}-{loc.char_end}"
                    for loc in (r.locations or (p,))
                ),
            }
        )
        for party in r.parties:
            rows["parties"].append(
                {
                    "document_id": doc_id, "source": src, "recommendation_id": r.id,
                    "recommendation_number": r.number, "name": party.name,
                    "canonical": party.canonical,
                    "current_body": party.current or party.canonical,
                    "category": party.category,
                    "role": party.role, "inferred": party.inferred,
                    "char_start": party.char_start, "char_end": party.char_end,
                }
            )
    for a in report.action_plan:
        p = a.provenance
        rows["action_plan"].append(
            {
                "document_id": doc_id, "source": src, "action_id": a.id,
                "recommendation_id": a.recommendation_id,
                "recommendation_number": a.recommendation_number, "action": a.action,
                "lead_agency": a.lead_agency, "lead_agency_canonical": a.lead_agency_canonical,
                "lead_officer": a.lead_officer, "target_date": a.target_date,
                "target_date_text": a.target_date_text, "status": a.status,
                "page_start": p.page_start, "page_end": p.page_end,
                "char_start": p.char_start, "char_end": p.char_end,
            }
        )
    return rows


def frames_from_rows(rows: dict[str, list[dict[str, Any]]]) -> dict[str, pd.DataFrame]:
    """DataFrames with the fixed columns from rows (empty tables keep their columns)."""
    import pandas as pd

    out: dict[str, pd.DataFrame] = {}
    for table, cols in COLUMNS.items():
        out[table] = pd.DataFrame(rows.get(table, []), columns=list(cols))
    return out


def report_frames(reports: Iterable[Report]) -> dict[str, pd.DataFrame]:
    """Tidy DataFrames for one or more reports, keyed by table name."""
    merged: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    for report in reports:
        for table, rs in report_rows(report).items():
            merged[table].extend(rs)
    return frames_from_rows(merged)
