"""The column spec: one declarative entry per output column, from which everything is derived.

Each table is a :class:`Table` with ordered :class:`Column` entries. A column names its value type
and where its value comes from in the row's *context*: a namespace of records, always with
``report`` (the :class:`~reviewminer.model.Report`) and the record(s) the row describes, e.g.
``section`` for ``sections`` or ``recommendation`` and ``party`` for ``parties`` (see
:mod:`reviewminer.export.rows`). A source is either a dotted path (``"section.provenance.page_end"``:
attributes of the context) or a function of the context.

``COLUMNS`` (table → column names) and ``TABLES`` are derived from ``SPEC``; so is each table's
typed schema (pandas dtypes, :mod:`reviewminer.export.schema`) and its Parquet schema. The README's
"Output tables and columns" section documents the same columns for users (a test keeps them in
step).

Value types (``Column.type``) and what a row's cell holds (``Column.value``):

* ``str``: text or None (an empty text counts as missing in the frames);
* ``int``, ``float``, ``bool``: the number or truth value, or None;
* ``date``: an ISO ``YYYY-MM-DD`` string or None;
* ``category``: one of the column's ``values`` (a closed vocabulary), or None; a value outside it
  (from your own rules) is kept;
* ``list[str]``: a list of strings (never None; empty when there are none), written joined by the
  column's ``sep`` in CSV and xlsx, as an array in JSON Lines and Parquet.

Adding a column means adding one ``Column(...)`` line here (plus the field in ``model.py`` when it
is new data).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from operator import attrgetter
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reviewminer.model import Party, Provenance, Recommendation

__all__ = ["ALL_SPEC", "COLUMNS", "CORPUS_COLUMNS", "CORPUS_SPEC", "FAILURES", "SPEC", "TABLES",
           "TYPES", "Column", "Context", "Table", "table_spec"]

Context = SimpleNamespace
"""What a row is built from: ``report`` plus the record(s) the row describes, as attributes."""

Getter = Callable[[Context], Any]

TYPES: dict[str, type] = {
    "str": str,
    "int": int,
    "float": float,
    "bool": bool,
    "date": str,  # ISO ``YYYY-MM-DD`` text (a date in the frames and files)
    "category": str,  # one of the column's ``values``
    "list[str]": list,  # a list of strings; joined by the column's ``sep`` in CSV and xlsx
}
"""Declared value types → the Python type of a non-missing cell of a row."""


def key(path: str) -> Getter:
    """A record's id made unique across a corpus: ``<document_id>:<id>`` (empty stays empty).
    Every id column of every table is such a key, so tables of many documents join exactly."""
    get = attrgetter(path)

    def value(ctx: Context) -> str | None:
        local = get(ctx)
        return None if local is None else f"{ctx.report.document_id}:{local}"

    return value


def _listed(items: Getter) -> Getter:
    return lambda ctx: list(items(ctx))


@dataclass(frozen=True, slots=True)
class Column:
    """One output column: its name, value type, source and a short description.

    ``type`` is one of :data:`TYPES`; a ``list[str]`` source gives an iterable of strings (a list
    in the row, written joined by ``sep`` in CSV and xlsx); a ``category`` column lists its known
    ``values``. Missing values are ``None`` whatever the type.
    """

    name: str
    type: str
    source: str | Getter
    description: str
    sep: str = ";"
    values: tuple[str, ...] = ()
    value: Getter = field(init=False, repr=False, compare=False)
    """The cell value for a context (the source; a list for ``list[str]``)."""

    def __post_init__(self) -> None:
        if self.type not in TYPES:
            raise ValueError(f"column {self.name}: unknown type {self.type!r}")
        if (self.type == "category") != bool(self.values):
            raise ValueError(f"column {self.name}: a category column, and only one, lists its "
                             "values")
        get = attrgetter(self.source) if isinstance(self.source, str) else self.source
        if self.type == "list[str]":
            get = _listed(get)
        object.__setattr__(self, "value", get)


@dataclass(frozen=True, slots=True)
class Table:
    """One output table: what a row is, and its columns in order."""

    name: str
    row: str
    columns: tuple[Column, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


# --- small derived values -------------------------------------------------------------------------


def _owners(rec: Recommendation) -> list[Party]:
    """The owners of a recommendation, the first party of each canonical name (primary first)."""
    seen: dict[str, Party] = {}
    for party in rec.parties:
        if party.role == "owner" and party.canonical not in seen:
            seen[party.canonical] = party
    return list(seen.values())


def _owner_canonicals(ctx: Context) -> Iterable[str]:
    return (p.canonical for p in _owners(ctx.recommendation))


def _owner_organisations(ctx: Context) -> Iterable[str]:
    return (p.label for p in _owners(ctx.recommendation))


def _owner_names(ctx: Context) -> Iterable[str]:
    return (p.name for p in _owners(ctx.recommendation))


def _parties_inferred(ctx: Context) -> bool:
    parties = ctx.recommendation.parties
    return bool(parties) and all(p.inferred for p in parties)


def _targets(ctx: Context) -> Iterable[str]:
    return dict.fromkeys(p.canonical for p in ctx.recommendation.parties if p.role == "target")


def _locations(rec: Recommendation) -> tuple[Provenance, ...]:
    return rec.locations or (rec.provenance,)


def _location_texts(ctx: Context) -> Iterable[str]:
    return (f"p{loc.page_start}-{loc.page_end}:{loc.char_start}-{loc.char_end}"
            for loc in _locations(ctx.recommendation))


def _section_heading(ctx: Context) -> str | None:
    heading: str | None = ctx.headings.get(ctx.enquiry.section_id or "")
    return heading


def _current_body(ctx: Context) -> str:
    party: Party = ctx.party
    return party.current_body or party.canonical


def _response_span(ctx: Context) -> Provenance:
    rec: Recommendation = ctx.recommendation
    return rec.response_provenance or rec.provenance


def _response_id(ctx: Context) -> str:
    return f"{ctx.report.document_id}:{ctx.recommendation.id}"


def _count(path: str) -> Getter:
    get = attrgetter(path)
    return lambda ctx: len(get(ctx))


# --- closed vocabularies: the values a category column knows ---------------------------------------
# tests/export/test_schema.py keeps them in step with the model, the shipped rules, the extractor's
# evidence routes and the errors: a new value there is added here too (a value a run meets that
# is not here is still kept, after these, but the README and the tables then list it nowhere).

FORMATS = ("pdf", "docx", "doc", "rtf", "odt")
REVIEW_TYPES = ("scr", "lcspr", "cpr", "apr", "sar", "dhr", "scotland_review", "cmr",
                "cover_report", "action_plan", "learning_brief", "pfd", "inspection", "inquiry",
                "committee", "government_response", "ombudsman", "other")
SECTION_KINDS = ("front_matter", "contents", "foreword", "executive_summary", "introduction",
                 "terms_of_reference", "methodology", "background", "chronology", "analysis",
                 "findings", "good_practice", "conclusions", "recommendations", "action_plan",
                 "glossary", "appendix", "other")
ENQUIRY_KINDS = ("line_of_enquiry", "purpose", "scope")
RECOMMENDATION_KINDS = ("recommendation", "committee", "learning_point", "board_question")
EVIDENCE = ("template", "explicit_label", "zone_item", "table", "free_item", "mixed_list",
            "improvement_item", "zone_paragraph", "inline", "labelled", "whole_list",
            "introduced_list")
RESPONSE_STATUSES = ("accepted", "accepted in principle", "partially accepted", "not accepted",
                     "noted", "under consideration")
SCOPES = ("multi_agency", "single_agency", "national")
PARTY_CATEGORIES = ("partnership", "local_authority", "council", "health", "police",
                    "emergency_services", "justice", "provider", "voluntary", "collective",
                    "forum", "government", "national_body", "regulator", "unknown")
ROLES = ("owner", "target")
LINK_KINDS = ("response", "action")
LINK_METHODS = ("number_and_text", "text_only", "same_document")
FAILURE_CODES = ("unsupported_format", "encrypted", "corrupt", "empty", "no_text_layer",
                 "too_large", "timeout", "crashed", "error", "not_found", "unreadable",
                 "undecodable_text", "needs_ocr", "needs_libreoffice", "rule_file", "store",
                 "pending")


# --- shared column groups -------------------------------------------------------------------------

_DOCUMENT = (
    Column("document_id", "str", "report.document_id",
           "the first 16 hex digits of the file's SHA-256"),
    Column("source", "str", "report.source", "the file the row comes from, as given"),
)


def _span(record: str) -> tuple[Column, ...]:
    """page_start, page_end, char_start, char_end of ``<record>.provenance``."""
    p = f"{record}.provenance"
    return (
        Column("page_start", "int", f"{p}.page_start", "first page (1-based)"),
        Column("page_end", "int", f"{p}.page_end", "last page (inclusive)"),
        Column("char_start", "int", f"{p}.char_start", "start offset in the document text"),
        Column("char_end", "int", f"{p}.char_end", "end offset in the document text"),
    )


def _response_part(name: str) -> Getter:
    return lambda ctx: getattr(_response_span(ctx), name)


def _response_location() -> tuple[Column, ...]:
    """page_start, page_end, char_start, char_end of the response text (else its item)."""
    return tuple(
        Column(name, "int", _response_part(name),
               f"{what} of the response text (of the quoted item when no response was found)")
        for name, what in (("page_start", "first page (1-based)"),
                           ("page_end", "last page (inclusive)"),
                           ("char_start", "start offset in the document text"),
                           ("char_end", "end offset in the document text")))


# --- the tables -----------------------------------------------------------------------------------

SPEC: tuple[Table, ...] = (
    Table("documents", "one row per file", (
        *_DOCUMENT,
        Column("sha256", "str", "report.sha256", "SHA-256 of the file's content"),
        Column("format", "category", "report.format",
               "pdf or docx (doc, rtf or odt for a file LibreOffice converted)", values=FORMATS),
        Column("page_count", "int", "report.page_count", "number of pages"),
        Column("title", "str", "report.metadata.title", "the document's title"),
        Column("review_type", "category", "report.metadata.review_type",
               "scr, lcspr, cpr, apr, sar, dhr, scotland_review, cmr, cover_report, action_plan, "
               "learning_brief, pfd, inspection, inquiry, committee, government_response, "
               "ombudsman or other", values=REVIEW_TYPES),
        Column("subjects", "list[str]", "report.metadata.subjects",
               "pseudonyms of the subjects (Child S, Adult B); joined by ; in CSV and xlsx"),
        Column("area", "str", "report.metadata.area",
               "the commissioning board/partnership as written"),
        Column("publication_date", "date", "report.metadata.publication_date",
               "the publication date the document states"),
        Column("n_sections", "int", _count("report.sections"), "number of sections"),
        Column("n_lines_of_enquiry", "int", _count("report.lines_of_enquiry"),
               "number of lines of enquiry"),
        Column("n_recommendations", "int", _count("report.recommendations"),
               "number of recommendations"),
        Column("n_actions", "int", _count("report.action_plan"), "number of action-plan rows"),
        Column("warnings", "list[str]", "report.warnings",
               "extraction warnings; joined by \" | \" in CSV and xlsx", sep=" | "),
        Column("schema_version", "str", "report.schema_version", "version of the output schema"),
        Column("extractor_version", "str", "report.extractor_version",
               "version of the extractor and its rules"),
    )),
    Table("sections", "one row per section", (
        *_DOCUMENT,
        Column("section_id", "str", key("section.id"), "the section's id"),
        Column("parent_id", "str", key("section.parent_id"), "the enclosing section's id"),
        Column("level", "int", "section.level", "heading level, 1 = top level"),
        Column("number", "str", "section.number", "the heading's number as printed"),
        Column("heading", "str", "section.heading", "the heading as printed, number included"),
        Column("title", "str", "section.title", "the heading without its number"),
        Column("kind", "category", "section.kind.value",
               "front_matter, contents, foreword, executive_summary, introduction, "
               "terms_of_reference, methodology, background, chronology, analysis, findings, "
               "good_practice, conclusions, recommendations, action_plan, glossary, appendix or "
               "other (a sub-heading the lexicon does not know takes its parent's kind)",
               values=SECTION_KINDS),
        *_span("section"),
    )),
    Table("lines_of_enquiry", "one row per line of enquiry", (
        *_DOCUMENT,
        Column("enquiry_id", "str", key("enquiry.id"), "the line of enquiry's id"),
        Column("number", "str", "enquiry.number", "its number as printed"),
        Column("kind", "category", "enquiry.kind.value",
               "line_of_enquiry (case-specific), purpose (generic statutory purposes) or scope "
               "(period under review, agencies involved)", values=ENQUIRY_KINDS),
        Column("text", "str", "enquiry.text", "the text"),
        Column("section_id", "str", key("enquiry.section_id"), "the section it was found in"),
        Column("section", "str", _section_heading, "that section's heading"),
        *_span("enquiry"),
    )),
    Table("recommendations", "one row per recommendation", (
        *_DOCUMENT,
        Column("recommendation_id", "str", key("recommendation.id"), "the recommendation's id"),
        Column("number", "str", "recommendation.number", "as printed (1, R3, 2.1)"),
        Column("kind", "category", "recommendation.kind.value",
               "recommendation, committee (a cover report's recommendation to its own "
               "committee), learning_point or board_question", values=RECOMMENDATION_KINDS),
        Column("text", "str", "recommendation.text",
               "the full text without its label, sub-bullets included"),
        Column("confidence", "float", "recommendation.confidence",
               "how sure the extractor is that this is a recommendation (0-1)"),
        Column("evidence", "category", "recommendation.evidence",
               "the route that found it: template, explicit_label, zone_item, table, free_item, "
               "mixed_list, improvement_item, zone_paragraph, inline, labelled, whole_list, "
               "introduced_list", values=EVIDENCE),
        Column("response", "category", "recommendation.response",
               "a response document's answer: accepted, accepted in principle, partially "
               "accepted, not accepted, noted, under consideration", values=RESPONSE_STATUSES),
        Column("response_text", "str", "recommendation.response_text",
               "the paragraph that gives the response"),
        Column("parties", "list[str]", _owner_organisations,
               "the owning organisations (primary first): each the specific body "
               "(organisation), or its kind with its area (\"Local Safeguarding Children Board "
               "(Bexley)\") when the document names no specific one, or its kind alone"),
        Column("party_types", "list[str]", _owner_canonicals,
               "the kind of each owner (canonical name), in the same order"),
        Column("party_names", "list[str]", _owner_names, "the owners as written"),
        Column("parties_inferred", "bool", _parties_inferred,
               "true when no owner is named in the text (taken from a heading, an action-plan "
               "lead column or the commissioning board)"),
        Column("targets", "list[str]", _targets,
               "agencies a board is to seek assurance from"),
        Column("scope", "category", "recommendation.scope",
               "multi_agency, single_agency or national when the report says so", values=SCOPES),
        Column("finding", "str", "recommendation.finding",
               "the number of the finding it follows"),
        Column("themes", "list[str]", "recommendation.themes",
               "themes of the taxonomy (themes.json ids), strongest first"),
        Column("theme_scores", "str", "recommendation.theme_scores",
               "why: each theme's score and the cues that fired, e.g. 'information_sharing 4: "
               "shar* ... information, consent to shar*; training_workforce 2: training'"),
        Column("section_id", "str", key("recommendation.section_id"),
               "the section it was found in"),
        Column("section", "str", "recommendation.section", "that section's heading"),
        *_span("recommendation"),
        Column("n_locations", "int", lambda ctx: len(_locations(ctx.recommendation)),
               "number of places the same recommendation appears"),
        Column("locations", "list[str]", _location_texts,
               "every place it appears (summary, body, action plan), as "
               "p<page_start>-<page_end>:<char_start>-<char_end>"),
    )),
    Table("parties", "one row per (recommendation, party)", (
        *_DOCUMENT,
        Column("recommendation_id", "str", key("recommendation.id"), "the recommendation's id"),
        Column("recommendation_number", "str", "recommendation.number",
               "the recommendation's number as printed"),
        Column("name", "str", "party.name", "the party as written"),
        Column("canonical", "str", "party.canonical",
               "the body as it was when the report was written"),
        Column("organisation", "str", "party.organisation",
               "the specific body, place kept (the name when specific, else the one body of "
               "that kind the document names; empty when it names none)"),
        Column("area", "str", "party.area",
               "the local area it serves: the place in its name, else the document's area for "
               "council services and local partnerships; empty for national bodies"),
        Column("current_body", "str", _current_body,
               "the body that does its job today (from the gazetteer's successor entries)"),
        Column("category", "category", "party.category",
               "e.g. partnership, police, health, local_authority (the gazetteer's categories; "
               "unknown for a body it does not know)", values=PARTY_CATEGORIES),
        Column("role", "category", "party.role", "owner or target", values=ROLES),
        Column("inferred", "bool", "party.inferred", "true when not named by the recommendation"),
        Column("char_start", "int", "party.char_start", "start of the name in the document text"),
        Column("char_end", "int", "party.char_end", "end of the name in the document text"),
    )),
    Table("action_plan", "one row per action", (
        *_DOCUMENT,
        Column("action_id", "str", key("action.id"), "the action's id"),
        Column("recommendation_id", "str", key("action.recommendation_id"),
               "the recommendation it serves, when linked"),
        Column("recommendation_number", "str", "action.recommendation_number",
               "the recommendation's number as printed in the plan"),
        Column("action", "str", "action.action", "the action"),
        Column("lead_agency", "str", "action.lead_agency", "the lead agency as written"),
        Column("lead_agency_canonical", "str", "action.lead_agency_canonical",
               "its canonical name"),
        Column("lead_officer", "str", "action.lead_officer", "the lead officer as written"),
        Column("target_date", "date", "action.target_date",
               "the target date, when the printed date parses"),
        Column("target_date_text", "str", "action.target_date_text", "the date as printed"),
        Column("status", "str", "action.status", "RAG / progress status as written"),
        *_span("action"),
    )),
)

RESPONSES = Table("responses", "one row per recommendation a response document answers", (
    *_DOCUMENT,
    Column("response_id", "str", _response_id,
           "unique across a corpus: <document_id>:<id of the quoted recommendation> (one "
           "response per quoted recommendation; its from_id in links)"),
    Column("recommendation_id", "str", key("recommendation.id"),
           "the quoted recommendation's row in this document's recommendations"),
    Column("recommendation_number", "str", "recommendation.number",
           "the recommendation's number as the response prints it"),
    Column("recommendation_text", "str", "recommendation.text",
           "the recommendation as the response quotes it"),
    Column("status", "category", "recommendation.response",
           "accepted, accepted in principle, partially accepted, not accepted, noted or under "
           "consideration; empty when the response states none", values=RESPONSE_STATUSES),
    Column("response_text", "str", "recommendation.response_text",
           "the paragraph (or table cell) that gives the response"),
    Column("response_date", "date", "report.metadata.publication_date",
           "the response document's publication date"),
    *_response_location(),
))

SPEC = (*SPEC, RESPONSES)

COLUMNS: dict[str, tuple[str, ...]] = {t.name: t.names for t in SPEC}
"""Table name → its column names, in order: the contract of every export."""

TABLES: tuple[str, ...] = tuple(COLUMNS)


# --- corpus tables: across documents (``reviewminer.link``) ---------------------------------------

LINKS = Table("links", "one row per link from a response or action to a recommendation", (
    Column("kind", "category", "link.kind", "response or action", values=LINK_KINDS),
    Column("from_document_id", "str", "link.from_document_id",
           "the response or action plan document"),
    Column("from_id", "str", "link.from_id",
           "the response_id, or <document_id>:<action_id> of the action"),
    Column("to_document_id", "str", "link.to_document_id", "the document of the recommendation"),
    Column("to_id", "str", "link.to_id", "<document_id>:<recommendation_id> of the recommendation"),
    Column("to_number", "str", "link.to_number", "the recommendation's number as printed"),
    Column("score", "float", "link.score",
           "how sure the link is (0-1): the text similarity, less 0.25 when the numbers differ"),
    Column("text_score", "float", "link.text_score",
           "text similarity of the quoted and the original recommendation (0-1)"),
    Column("number_match", "bool", "link.number_match",
           "true when both numbers agree, false when they differ, empty when one has none"),
    Column("method", "category", "link.method",
           "number_and_text (numbers agree, text similar), text_only (numbers differ or missing, "
           "text very similar) or same_document (an action plan inside the report)",
           values=LINK_METHODS),
))

FOLLOW_UP = Table("follow_up", "one row per (recommendation, response or action)", (
    Column("document_id", "str", "row.document_id", "the recommendation's document"),
    Column("source", "str", "row.source", "that document's file"),
    Column("recommendation_id", "str",
           lambda ctx: f"{ctx.row.document_id}:{ctx.row.recommendation_id}",
           "the recommendation's id (as in the recommendations table)"),
    Column("number", "str", "row.number", "its number as printed"),
    Column("text", "str", "row.text", "its text"),
    Column("kind", "category", "row.kind", "response, action, or empty when nothing answers it",
           values=LINK_KINDS),
    Column("item_document_id", "str", "row.item_document_id",
           "the document of the response or action"),
    Column("item_source", "str", "row.item_source", "that document's file"),
    Column("item_id", "str", "row.item_id", "its from_id in links"),
    Column("status", "str", "row.status",
           "a response's status, an action's status (RAG / progress) as written"),
    Column("date", "date", "row.date",
           "a response document's publication date, an action's target date (when it parses)"),
    Column("date_text", "str", "row.date_text", "an action's target date as printed"),
    Column("detail", "str", "row.detail", "the response text or the action"),
    Column("score", "float", "row.score", "the link's score (1 within one document)"),
    Column("method", "category", "row.method", "the link's method (see links)",
           values=LINK_METHODS),
))

CORPUS_SPEC: tuple[Table, ...] = (LINKS, FOLLOW_UP)
"""Tables of a set of documents (``Corpus.to_frames()``, ``reviewminer extract``), not of one."""

CORPUS_COLUMNS: dict[str, tuple[str, ...]] = {t.name: t.names for t in CORPUS_SPEC}
"""Corpus table name → its column names, in order."""

FAILURES = Table("failures", "one row per input file that was not read", (
    Column("source", "str", "failure.source", "the file, as given"),
    Column("code", "category", "failure.code",
           "why: unsupported_format, encrypted, corrupt, empty, no_text_layer, too_large, timeout, "
           "crashed, error, not_found, unreadable, undecodable_text, needs_ocr, needs_libreoffice, "
           "store, or pending (not read yet)", values=FAILURE_CODES),
    Column("message", "str", "failure.message", "the reason, naming the file"),
))
"""The files a run could not read (``Corpus.failures``, ``failures.csv``)."""

ALL_SPEC: tuple[Table, ...] = (*SPEC, *CORPUS_SPEC, FAILURES)
"""Every table an export folder can hold, in the order they are written."""

_BY_NAME = {t.name: t for t in ALL_SPEC}


def table_spec(name: str) -> Table | None:
    """The spec of table ``name`` (any of :data:`ALL_SPEC`), or None for another name."""
    return _BY_NAME.get(name)
