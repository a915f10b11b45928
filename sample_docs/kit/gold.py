"""The gold schema ``reviewminer-gold/2`` and gold writing.

One schema for every ``*.gold.json`` under ``sample_docs/`` (fields documented in
``sample_docs/README.md``).  Version 1 existed in two shapes: the first corpus (no producer,
scope facts, action plan or per-recommendation targets/inferred/scope/finding/n_locations) and
the ``more/`` / ``extra/`` shape.  Version 2 always has every key, in a fixed order; a field a
document does not annotate is ``null`` (never an empty list, which would claim "none").
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from reviewminer.model import SectionKind

SCHEMA = "reviewminer-gold/2"

TOP_KEYS = ("schema", "name", "files", "document_type", "title", "subjects", "area",
            "publication_date", "split", "producer", "sections", "lines_of_enquiry", "purposes",
            "scope_facts", "recommendations", "action_plan")
META_KEYS = ("document_type", "title", "subjects", "area", "publication_date", "split")
SECTION_KEYS = ("heading", "number", "title", "level", "kind")
LOE_KEYS = ("number", "text")
REC_KEYS = ("number", "kind", "text", "parties", "targets", "inferred", "scope", "finding",
            "n_locations", "section")
# annotated only in some documents: null when not annotated
OPTIONAL_REC_KEYS = ("targets", "inferred", "scope", "finding", "n_locations")
ACTION_KEYS = ("recommendation_number", "action", "lead_agency", "lead_officer", "target_date",
               "target_date_text", "status")

SECTION_KINDS = frozenset(k.value for k in SectionKind)
DOCUMENT_TYPES = frozenset({"scr", "lcspr", "cpr", "sar", "dhr", "cover_report", "action_plan",
                            "learning_brief", "government_response"})
REC_KINDS = frozenset({"recommendation", "committee", "learning_point", "board_question"})
SCOPES = frozenset({"multi_agency", "single_agency", "national"})
SPLITS = frozenset({"dev", "heldout"})
PRODUCERS = frozenset({"docx", "html"})  # python-docx + LibreOffice | HTML + Chromium


def section(heading: str, number: str | None, title: str, level: int, kind: str) -> dict[str, Any]:
    """A gold section; ``kind`` must be a ``reviewminer.model.SectionKind`` value."""
    if kind not in SECTION_KINDS:
        raise ValueError(f"unknown section kind {kind!r} (see reviewminer.model.SectionKind)")
    return {"heading": heading, "number": number, "title": title, "level": level, "kind": kind}


def recommendation(rec: Mapping[str, Any]) -> dict[str, Any]:
    """A gold recommendation in schema order; optional fields not given are null."""
    unknown = set(rec) - set(REC_KEYS)
    if unknown:
        raise ValueError(f"unknown recommendation fields {sorted(unknown)}")
    return {k: rec.get(k) for k in REC_KEYS}


def document(*, name: str, files: Sequence[str], meta: Mapping[str, Any], producer: str,
             sections: Iterable[Mapping[str, Any]], lines_of_enquiry: Iterable[Mapping[str, Any]],
             purposes: Iterable[Mapping[str, Any]],
             scope_facts: Iterable[Mapping[str, Any]] | None,
             recommendations: Iterable[Mapping[str, Any]],
             action_plan: Iterable[Mapping[str, Any]] | None) -> dict[str, Any]:
    """A whole gold document in schema order (``scope_facts`` / ``action_plan`` None: not
    annotated)."""
    return {
        "schema": SCHEMA, "name": name, "files": list(files),
        **{k: meta[k] for k in META_KEYS},
        "producer": producer,
        "sections": [section(**s) for s in sections],
        "lines_of_enquiry": [{k: x[k] for k in LOE_KEYS} for x in lines_of_enquiry],
        "purposes": [{"text": x["text"]} for x in purposes],
        "scope_facts": None if scope_facts is None else [{"text": x["text"]} for x in scope_facts],
        "recommendations": [recommendation(r) for r in recommendations],
        "action_plan": None if action_plan is None else
        [{k: a[k] for k in ACTION_KEYS} for a in action_plan],
    }


class Recorder:
    """The gold annotations of one document, recorded by the same calls that write its text
    (``kit.doc.Doc`` and ``kit.report.ReportBuilder``).

    ``recommendations`` holds dicts or objects with a ``gold()`` method (``kit.doc.Rec``);
    ``toc`` lists the headings of a typed contents page; ``current_heading`` is the heading the
    next recommendation belongs to."""

    def __init__(self, *, annotates_scope_and_plan: bool = True):
        self.annotates_scope_and_plan = annotates_scope_and_plan
        self.sections: list[dict[str, Any]] = []
        self.lines_of_enquiry: list[dict[str, Any]] = []
        self.purposes: list[dict[str, Any]] = []
        self.scope_facts: list[dict[str, Any]] = []
        self.recommendations: list[Any] = []
        self.action_plan: list[dict[str, Any]] = []
        self.toc: list[str] = []
        self.current_heading: str | None = None

    def section(self, heading: str, number: str | None, title: str, level: int, kind: str,
                *, current: bool = True) -> None:
        if kind not in SECTION_KINDS:
            raise ValueError(f"unknown section kind {kind!r} (see reviewminer.model.SectionKind)")
        self.sections.append({"heading": heading, "number": number, "title": title,
                              "level": level, "kind": kind})
        if current:
            self.current_heading = heading

    def document(self, *, name: str, files: Sequence[str], meta: Mapping[str, Any],
                 producer: str) -> dict[str, Any]:
        """The gold in schema ``reviewminer-gold/2``."""
        plan = self.annotates_scope_and_plan
        return document(name=name, files=files, meta=meta, producer=producer,
                        sections=self.sections, lines_of_enquiry=self.lines_of_enquiry,
                        purposes=self.purposes, scope_facts=self.scope_facts if plan else None,
                        recommendations=[r if isinstance(r, Mapping) else r.gold()
                                         for r in self.recommendations],
                        action_plan=self.action_plan if plan else None)


def upgrade(old: Mapping[str, Any]) -> dict[str, Any]:
    """Version 1 (either shape) to version 2.  Content is kept; only the shape changes."""
    if old.get("schema") == SCHEMA:
        return dict(old)
    return document(name=old["name"], files=old["files"], meta=old,
                    producer=old.get("producer", "docx"), sections=old["sections"],
                    lines_of_enquiry=old["lines_of_enquiry"], purposes=old["purposes"],
                    scope_facts=old.get("scope_facts"),
                    recommendations=old["recommendations"],
                    action_plan=old.get("action_plan"))


def dumps(gold: Mapping[str, Any]) -> str:
    return json.dumps(gold, indent=2, ensure_ascii=False) + "\n"


def write(path: Path, gold: Mapping[str, Any]) -> None:
    path.write_text(dumps(gold), encoding="utf-8")


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data
