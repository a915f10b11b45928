"""The data model: small, immutable records with provenance.

A :class:`Report` is what :func:`reviewminer.read` returns. Every extracted item carries a
:class:`Provenance` giving the page span and the character span in ``Report.text`` (the
document's normalised text), so ``report.text[p.char_start:p.char_end]`` is the source text.

All records are frozen dataclasses holding tuples, convertible with ``to_dict``/``from_dict``.
``Report.to_frames()`` gives tidy pandas DataFrames with the fixed columns listed in
``reviewminer.export.COLUMNS``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from reviewminer.export.frames import report_frames

SCHEMA_VERSION = "1.0"

# values dataclasses.asdict hands back as they are (its deepcopy of them returns the same object)
_ATOMS = (str, int, float, type(None), Enum)
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _asdict(obj: Any) -> Any:
    """``dataclasses.asdict`` for the records of this module, equal to it (tests check every
    record of three sample reports, and other kinds of values) at a third of its cost: asdict
    deep-copies every leaf value (a bulk worker converted each report at ~0.8 ms a document).
    Strings, numbers, None and enum members are immutable and kept; tuples, lists and dicts are
    rebuilt as their own type; anything else goes to asdict itself."""
    if isinstance(obj, _ATOMS):
        return obj
    cls = type(obj)
    if cls in _FIELD_NAMES or (dataclasses.is_dataclass(obj) and not isinstance(obj, type)):
        return _record_dict(obj)
    if cls is tuple or cls is list:
        return cls(_asdict(v) for v in obj)
    if cls is dict:
        return {_asdict(k): _asdict(v) for k, v in obj.items()}
    return dataclasses.asdict(_Wrap(obj))["value"]  # namedtuples, sets, ...: asdict's own way


def _record_dict(obj: Any) -> dict[str, Any]:
    """:func:`_asdict` of a dataclass instance: its fields by name, in order."""
    names = _FIELD_NAMES.get(type(obj))
    if names is None:
        names = _FIELD_NAMES[type(obj)] = tuple(f.name for f in dataclasses.fields(obj))
    return {name: _asdict(getattr(obj, name)) for name in names}


@dataclass(frozen=True, slots=True)
class _Wrap:
    """One value in a dataclass, for :func:`_asdict`'s fallback to ``dataclasses.asdict``."""

    value: Any


class SectionKind(str, Enum):
    """Canonical kinds of report section."""

    FRONT_MATTER = "front_matter"
    CONTENTS = "contents"
    FOREWORD = "foreword"
    EXECUTIVE_SUMMARY = "executive_summary"
    INTRODUCTION = "introduction"
    TERMS_OF_REFERENCE = "terms_of_reference"
    METHODOLOGY = "methodology"
    BACKGROUND = "background"
    CHRONOLOGY = "chronology"
    ANALYSIS = "analysis"
    FINDINGS = "findings"
    GOOD_PRACTICE = "good_practice"
    CONCLUSIONS = "conclusions"
    RECOMMENDATIONS = "recommendations"
    ACTION_PLAN = "action_plan"
    GLOSSARY = "glossary"
    APPENDIX = "appendix"
    OTHER = "other"


#: The closed vocabulary of a response's status (``Recommendation.response``, the ``status`` of the
#: ``responses`` table): what a response document says it will do with a recommendation.
RESPONSE_STATUSES: tuple[str, ...] = (
    "accepted",  # accepted / agreed / supported in full
    "accepted in principle",  # accepted in principle (the aim, not necessarily the means)
    "partially accepted",  # accepted in part
    "not accepted",  # not accepted, rejected, declined
    "noted",  # noted, neither accepted nor rejected
    "under consideration",  # to be considered / decided later
)


class RecommendationKind(str, Enum):
    """What kind of actionable item a row is."""

    RECOMMENDATION = "recommendation"  # a recommendation of the review itself
    COMMITTEE = "committee"  # a council cover report's recommendation to its own committee
    LEARNING_POINT = "learning_point"
    BOARD_QUESTION = "board_question"


class EnquiryKind(str, Enum):
    """Lines of enquiry are case-specific; purposes and scope facts are kept apart."""

    LINE_OF_ENQUIRY = "line_of_enquiry"
    PURPOSE = "purpose"
    SCOPE = "scope"


#: A box on a page: (page, x0, y0, x1, y1), page 1-based, in PDF points from the page's
#: top-left corner (y grows downwards), in the frame of ``Report.page_sizes``.
Box = tuple[int, float, float, float, float]


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where an item was found: pages (1-based, inclusive), a span of ``Report.text``, the
    boxes of the page lines that span covers (PDF only: a line partly covered counts whole; a
    .docx has no page geometry, so ``boxes`` is empty there) and the blocks it covers
    (``block_start``..``block_end``, indexes of the document's blocks in reading order: for a
    .docx, its paragraphs, a table counting as one; None in results stored before them)."""

    page_start: int
    page_end: int
    char_start: int
    char_end: int
    boxes: tuple[Box, ...] = ()
    block_start: int | None = None
    block_end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        d = _record_dict(self)
        d["boxes"] = [list(b) for b in self.boxes]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Provenance:
        d = dict(d)
        d["boxes"] = tuple(tuple(b) for b in d.get("boxes", ()))  # absent before page boxes
        return cls(**d)


@dataclass(frozen=True, slots=True)
class PageSize:
    """A PDF page as the boxes see it: its size in points and how it was turned to be read.
    ``turn`` is None for a page read as the PDF displays it; else the page was turned upright
    first (``/Rotate`` reset to 0, and the content turned when the text runs at ``turn``
    degrees or is ``mirrored``), and is rendered turned the same way."""

    width: float
    height: float
    turn: int | None = None
    mirrored: bool = False

    def to_dict(self) -> dict[str, Any]:
        return _record_dict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> PageSize:
        return cls(**d)


@dataclass(frozen=True, slots=True)
class Section:
    """A section of the document: a heading and everything up to the next heading of its level."""

    id: str
    heading: str  # the heading as printed, number included
    number: str | None  # "2", "2.1", "Appendix 1", or None
    title: str  # the heading without its number
    kind: SectionKind
    level: int  # 1 = top level
    parent_id: str | None
    provenance: Provenance  # span of the whole section, heading included

    def to_dict(self) -> dict[str, Any]:
        d = _record_dict(self)
        d["kind"] = self.kind.value
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Section:
        d = dict(d)
        d["kind"] = SectionKind(d["kind"])
        d["provenance"] = Provenance.from_dict(d["provenance"])
        return cls(**d)


@dataclass(frozen=True, slots=True)
class EnquiryLine:
    """A key line of enquiry / terms-of-reference item."""

    id: str
    number: str | None
    text: str
    kind: EnquiryKind
    section_id: str | None
    provenance: Provenance

    def to_dict(self) -> dict[str, Any]:
        d = _record_dict(self)
        d["kind"] = self.kind.value
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> EnquiryLine:
        d = dict(d)
        d["kind"] = EnquiryKind(d["kind"])
        d["provenance"] = Provenance.from_dict(d["provenance"])
        return cls(**d)


@dataclass(frozen=True, slots=True)
class Party:
    """A party responsible for (or targeted by) a recommendation."""

    recommendation_id: str
    name: str  # as written in the document
    canonical: str  # canonical name from the gazetteer (or the name itself when unknown)
    category: str  # e.g. "partnership", "police", "health", "local_authority", "unknown"
    role: str  # "owner" or "target"
    inferred: bool  # True when not named by the recommendation itself
    char_start: int | None = None  # span of the name in Report.text, when named
    char_end: int | None = None
    current_body: str | None = None  # the body that has since replaced it (LSCB → partnership)
    # the specific body, place kept ("Thurrock Council" for "the local authority"): as written when
    # the name is specific, else the one body of that kind the document names; None if unnamed
    organisation: str | None = None
    # the local area it serves ("Bexley"): the place in its name, else the document's area for
    # bodies of a local area (council services, local partnerships); None for national bodies
    area: str | None = None

    @property
    def label(self) -> str:
        """The party for a reader: its organisation, else its kind and area ("Local Safeguarding
        Children Board (Bexley)"), else its kind; never a name the document does not give."""
        if self.organisation:
            return self.organisation
        return f"{self.canonical} ({self.area})" if self.area else self.canonical

    def to_dict(self) -> dict[str, Any]:
        return _record_dict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Party:
        if "current" in d:  # stored before the field took the tables' name
            d = {("current_body" if k == "current" else k): v for k, v in d.items()}
        return cls(**d)


@dataclass(frozen=True, slots=True)
class Recommendation:
    """A recommendation (or committee recommendation, learning point, board question)."""

    id: str
    number: str | None  # as printed: "1", "R3", "2.1", "a"
    kind: RecommendationKind
    text: str  # the full text, without its number label
    parties: tuple[Party, ...]
    section_id: str | None
    section: str  # heading of the section it was found in
    provenance: Provenance  # the first (most complete) location
    locations: tuple[Provenance, ...] = ()  # every location, the first included
    scope: str | None = None  # "multi_agency", "single_agency", "national" when stated
    finding: str | None = None  # number of the finding this recommendation follows
    # how sure the extractor is (0-1), from the evidence that found it: the route (a
    # template, an explicit "Recommendation N" label, a table column, a numbered item that
    # reads as a recommendation, a list read whole, a prose introducer) and its wording
    confidence: float = 1.0
    evidence: str = ""  # the route that found it (see ``confidence``)
    # a response document's answer to it, one of RESPONSE_STATUSES; the paragraph (or table
    # cell) that gives it, and where that is
    response: str | None = None
    response_text: str | None = None
    # themes of the taxonomy (``themes.json``), strongest first, and which cues made each one:
    # "information_sharing 4: share information, consent to share; training_workforce 2: training"
    themes: tuple[str, ...] = ()
    theme_scores: str = ""
    response_provenance: Provenance | None = None  # span of response_text

    def to_dict(self) -> dict[str, Any]:
        d = _record_dict(self)
        d["kind"] = self.kind.value
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Recommendation:
        d = dict(d)
        d["kind"] = RecommendationKind(d["kind"])
        rp = d.get("response_provenance")  # absent from results stored before responses
        d["response_provenance"] = Provenance.from_dict(rp) if rp else None
        d["themes"] = tuple(d.get("themes", ()))  # absent from results stored before themes
        d["parties"] = tuple(Party.from_dict(p) for p in d["parties"])
        d["provenance"] = Provenance.from_dict(d["provenance"])
        d["locations"] = tuple(Provenance.from_dict(p) for p in d["locations"])
        return cls(**d)


@dataclass(frozen=True, slots=True)
class ActionItem:
    """One row of an action plan: an action serving a recommendation."""

    id: str
    recommendation_id: str | None  # the recommendation it serves, when linked
    recommendation_number: str | None  # as printed in the plan
    action: str
    lead_agency: str | None  # as written
    lead_agency_canonical: str | None
    lead_officer: str | None
    target_date: str | None  # ISO date when parseable
    target_date_text: str | None  # as written
    status: str | None  # RAG / progress status as written
    provenance: Provenance

    def to_dict(self) -> dict[str, Any]:
        return _record_dict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ActionItem:
        d = dict(d)
        d["provenance"] = Provenance.from_dict(d["provenance"])
        return cls(**d)


@dataclass(frozen=True, slots=True)
class Metadata:
    """Document-level facts, where the document states them."""

    title: str | None = None
    review_type: str | None = None  # scr, lcspr, cpr, sar, dhr, cover_report, action_plan, ...
    subjects: tuple[str, ...] = ()  # pseudonyms: "Child S", "Adult B"
    area: str | None = None  # the board / partnership named as commissioner
    publication_date: str | None = None  # ISO date when parseable, else as written

    def to_dict(self) -> dict[str, Any]:
        d = _record_dict(self)
        d["subjects"] = list(self.subjects)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Metadata:
        d = dict(d)
        d["subjects"] = tuple(d.get("subjects", ()))
        return cls(**d)


@dataclass(frozen=True, slots=True)
class Report:
    """Everything reviewminer extracted from one document."""

    source: str
    sha256: str
    format: str  # "pdf" or "docx"
    page_count: int
    metadata: Metadata
    text: str  # the normalised document text that provenance offsets index into
    sections: tuple[Section, ...] = ()
    lines_of_enquiry: tuple[EnquiryLine, ...] = ()
    recommendations: tuple[Recommendation, ...] = ()
    action_plan: tuple[ActionItem, ...] = ()
    warnings: tuple[str, ...] = ()
    ocr_pages: tuple[int, ...] = ()  # pages read by OCR (no usable text layer)
    schema_version: str = SCHEMA_VERSION
    extractor_version: str = field(default="")
    page_sizes: tuple[PageSize, ...] = ()  # PDF: one per page read (the frame of the boxes)

    @property
    def document_id(self) -> str:
        """A stable id: the first 16 hex digits of the content hash."""
        return self.sha256[:16]

    def __repr__(self) -> str:
        """One line: the file and what was found (the full record: ``to_dict()``)."""
        return (f"<Report {self.source!r} {self.format}, {self.page_count} pages, "
                f"{self.metadata.review_type or 'type unknown'}: {len(self.recommendations)} "
                f"recommendations, {len(self.lines_of_enquiry)} lines of enquiry, "
                f"{len(self.action_plan)} actions, {len(self.warnings)} warnings>")

    def _repr_html_(self) -> str:
        """A short summary table for notebooks."""
        from html import escape

        rows = [("source", self.source), ("title", self.metadata.title or ""),
                ("review type", self.metadata.review_type or ""),
                ("pages", str(self.page_count)),
                ("recommendations", str(len(self.recommendations))),
                ("lines of enquiry", str(len(self.lines_of_enquiry))),
                ("actions", str(len(self.action_plan))),
                ("warnings", "; ".join(self.warnings))]
        body = "".join(f"<tr><th style='text-align:left'>{k}</th><td style='text-align:left'>"
                       f"{escape(v)}</td></tr>" for k, v in rows)
        return f"<table><caption>reviewminer Report</caption>{body}</table>"

    @property
    def parties(self) -> tuple[Party, ...]:
        """Every party of every recommendation, one row per (recommendation, party)."""
        return tuple(p for r in self.recommendations for p in r.parties)

    def source_text(self, item: Section | EnquiryLine | Recommendation | Provenance) -> str:
        """The exact document text behind an item."""
        p = item if isinstance(item, Provenance) else item.provenance
        return self.text[p.char_start : p.char_end]

    def highlight(self, item: Section | EnquiryLine | Recommendation | ActionItem | Provenance,
                  page: int | None = None, *, scale: float = 1.5, source: str | None = None) -> Any:
        """A PIL image of the page (rendered with pypdfium2 at ``scale`` pixels per point) with
        the item's boxes drawn on it: ``page`` (1-based), else the item's first page with boxes.
        ``source`` reads the PDF from another path than ``Report.source``. Needs Pillow
        (``pip install reviewminer[view]``); a .docx has no page geometry (ValueError)."""
        from reviewminer.view.highlight import highlight

        return highlight(self, item, page, scale=scale, source=source)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": self.schema_version,
            "extractor_version": self.extractor_version,
            "source": self.source,
            "sha256": self.sha256,
            "format": self.format,
            "page_count": self.page_count,
            "metadata": self.metadata.to_dict(),
            "text": self.text,
            "sections": [s.to_dict() for s in self.sections],
            "lines_of_enquiry": [e.to_dict() for e in self.lines_of_enquiry],
            "recommendations": [r.to_dict() for r in self.recommendations],
            "action_plan": [a.to_dict() for a in self.action_plan],
            "warnings": list(self.warnings),
            "ocr_pages": list(self.ocr_pages),
            "page_sizes": [p.to_dict() for p in self.page_sizes],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Report:
        version = d.get("schema_version")
        if version is None or version.split(".")[0] != SCHEMA_VERSION.split(".")[0]:
            raise ValueError(
                f"report schema version {version!r} is not compatible with {SCHEMA_VERSION!r}"
            )
        return cls(
            source=d["source"],
            sha256=d["sha256"],
            format=d["format"],
            page_count=d["page_count"],
            metadata=Metadata.from_dict(d["metadata"]),
            text=d["text"],
            sections=tuple(Section.from_dict(s) for s in d["sections"]),
            lines_of_enquiry=tuple(EnquiryLine.from_dict(e) for e in d["lines_of_enquiry"]),
            recommendations=tuple(Recommendation.from_dict(r) for r in d["recommendations"]),
            action_plan=tuple(ActionItem.from_dict(a) for a in d.get("action_plan", ())),
            warnings=tuple(d.get("warnings", ())),
            ocr_pages=tuple(d.get("ocr_pages", ())),
            schema_version=version,
            extractor_version=d.get("extractor_version", ""),
            page_sizes=tuple(PageSize.from_dict(p) for p in d.get("page_sizes", ())),
        )

    def to_frames(self) -> dict[str, Any]:
        """Tidy DataFrames keyed by table name (see ``reviewminer.export.COLUMNS``)."""
        return report_frames([self])
