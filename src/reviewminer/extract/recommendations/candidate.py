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


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def text_offset(doc: Document, c: Candidate) -> int | None:
    """Offset of the candidate text in Report.text when it is a verbatim substring there."""
    window = doc.text[c.prov.char_start : c.prov.char_end]
    k = window.find(c.text[:60])
    return c.prov.char_start + k if k >= 0 and window[k:k + len(c.text)] == c.text else None
