"""The items the verification view shows: every recommendation, line of enquiry and action-plan
row of a report, with the ids of the tables (``recommendation_id``, ``enquiry_id``,
``action_id``), what the side list says of them, and their boxes grouped into rectangles."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from reviewminer.view.highlight import item_boxes

if TYPE_CHECKING:
    from reviewminer.model import Box, Report

__all__ = ["ViewItem", "report_items", "runs"]


@dataclass(frozen=True, slots=True)
class ViewItem:
    id: str  # the table's id of the row
    group: str  # "rec", "enq" or "act"
    number: str
    type: str  # recommendation kind, enquiry kind, or "action"
    parties: str
    confidence: float | None  # recommendations only
    low: bool
    text: str
    page: int
    block: int | None  # first block (a .docx paragraph index)
    boxes: tuple[Box, ...]
    extra: str = ""  # action rows: status and target date


def report_items(report: Report, low_confidence: float) -> list[ViewItem]:
    """The report's items in the order of the tables: recommendations, lines of enquiry,
    action-plan rows."""
    out: list[ViewItem] = []
    doc = report.document_id  # ids as in the tables: <document_id>:<id>
    for r in report.recommendations:
        owners = [p.label for p in r.parties if p.role == "owner"]
        targets = [p.label for p in r.parties if p.role != "owner"]
        parties = ", ".join(dict.fromkeys(owners))
        if targets:
            parties += ("; " if parties else "") + "to: " + ", ".join(dict.fromkeys(targets))
        out.append(ViewItem(f"{doc}:{r.id}", "rec", r.number or "", r.kind.value, parties, r.confidence,
                            r.confidence < low_confidence, r.text, r.provenance.page_start,
                            r.provenance.block_start, item_boxes(r)))
    for e in report.lines_of_enquiry:
        out.append(ViewItem(f"{doc}:{e.id}", "enq", e.number or "", e.kind.value, "", None, False, e.text,
                            e.provenance.page_start, e.provenance.block_start, item_boxes(e)))
    for a in report.action_plan:
        extra = "; ".join(x for x in (f"status: {a.status}" if a.status else "",
                                      f"target: {a.target_date_text}" if a.target_date_text else "")
                          if x)
        out.append(ViewItem(f"{doc}:{a.id}", "act", a.recommendation_number or "", "action",
                            a.lead_agency or "", None, False, a.action, a.provenance.page_start,
                            a.provenance.block_start, item_boxes(a), extra))
    return out


def runs(boxes: tuple[Box, ...]) -> list[Box]:
    """Line boxes merged into rectangles: a line directly below the previous one on the same
    page and overlapping it across joins its rectangle (a paragraph becomes one rectangle; a
    paragraph continued in another column or on another page starts a new one)."""
    out: list[list[float]] = []
    for page, x0, y0, x1, y1 in boxes:
        if out:
            c = out[-1]
            height = y1 - y0
            if (c[0] == page and y0 >= c[2] - height and y0 <= c[4] + 0.9 * height
                    and x0 < c[3] and x1 > c[1]):
                c[1], c[2], c[3], c[4] = min(c[1], x0), min(c[2], y0), max(c[3], x1), max(c[4], y1)
                continue
        out.append([page, x0, y0, x1, y1])
    return [(int(c[0]), c[1], c[2], c[3], c[4]) for c in out]
