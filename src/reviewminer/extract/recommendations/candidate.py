"""A recommendation found by one route, before repeated copies are merged."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reviewminer.document import Document
from reviewminer.extract.parties import Mention
from reviewminer.extract.recommendations.tables import TableRow
from reviewminer.model import Provenance, RecommendationKind
from reviewminer.structure.sections import Seg

_WORD = re.compile(r"[a-z0-9]+")


@dataclass
class Candidate:
    number: str | None
    text: str
    kind: RecommendationKind
    seg: Seg | None
    prov: Provenance
    heading_owner: Mention | None
    from_table: bool = False
    in_summary: bool = False
    scope: str | None = None
    finding: str | None = None
    table_rows: list[TableRow] = field(default_factory=list)
    #: owners named outside the text (a template's addressees), spans in the document text
    owners: tuple[Mention, ...] = ()
    #: the route that found it (a key of :data:`EVIDENCE_CONFIDENCE`)
    evidence: str = "zone_item"


#: How sure each route is that what it found is a recommendation (0-1). A route that reads the
#: item's own wording (a modal, an imperative, a "Recommendation N:" label) is surer than one that
#: takes an item for its place (a list read whole, a noun phrase in a "what needs to improve" list).
EVIDENCE_CONFIDENCE: dict[str, float] = {
    "template": 0.95,  # a fixed-template genre's items (a PFD report's matters of concern)
    "explicit_label": 0.95,  # "Recommendation 3: ..."
    "zone_item": 0.9,  # a labelled item in a recommendations zone that reads as one
    "table": 0.9,  # a row of a table's recommendation column
    "free_item": 0.85,  # an item of a board-question, committee or learning zone
    "mixed_list": 0.8,  # a conclusions-and-recommendations item with a recommending sentence
    "improvement_item": 0.75,  # an item of a "what needs to improve" list (often a noun phrase)
    "zone_paragraph": 0.7,  # an unlabelled paragraph with a modal in a recommendations zone
    "inline": 0.7,  # a prose recommendation ("It is recommended that ...")
    "labelled": 0.8,  # a "Rec 2" / "R2" label outside the zones that reads as a recommendation
    "whole_list": 0.6,  # an item counted because the rest of its numbered list are
    "introduced_list": 0.75,  # an item completing "X recommended that Y:" / "Y should:"
}


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def text_offset(doc: Document, c: Candidate) -> int | None:
    """Offset of the candidate text in Report.text when it is a verbatim substring there."""
    window = doc.text[c.prov.char_start : c.prov.char_end]
    k = window.find(c.text[:60])
    return c.prov.char_start + k if k >= 0 and window[k:k + len(c.text)] == c.text else None
