"""From a parsed document to a :class:`Report`: text, sections, metadata, KLOEs, recommendations."""

from __future__ import annotations

from reviewminer.document import Document
from reviewminer.extract.enquiry import extract_enquiry
from reviewminer.extract.metadata import extract_metadata
from reviewminer.extract.parties import PartyResolver, parse_glossary
from reviewminer.extract.recommendations import extract_recommendations
from reviewminer.model import Report, SectionKind
from reviewminer.nlp import load_pipeline
from reviewminer.parsers.base import RawDocument
from reviewminer.rules import load_rules
from reviewminer.segment import Segmentation, segment

MAX_RECOMMENDATIONS_WARNING = 40
LONG_RECOMMENDATION_CHARS = 2500


def _glossary(doc: Document, seg: Segmentation) -> dict[str, str]:
    lines: list[str] = []
    for s in seg.segs:
        if s.kind == SectionKind.GLOSSARY:
            lines.extend(doc.blocks[i].text for i in range(s.first_block + 1, s.last_block + 1))
    return parse_glossary(lines)


def build_report(raw: RawDocument, *, sha256: str, extractor_version: str) -> Report:
    rules = load_rules()
    nlp = load_pipeline()
    doc = Document.from_raw(raw)
    seg = segment(doc, rules)
    resolver = PartyResolver(nlp, rules, glossary=_glossary(doc, seg))
    metadata, board = extract_metadata(doc, seg, rules, resolver)
    resolver.default_owner = board
    lines = extract_enquiry(doc, seg, rules)
    recs, actions = extract_recommendations(doc, seg, rules, resolver, metadata.review_type,
                                            board)

    warnings = list(raw.warnings)
    if not seg.segs:
        warnings.append("no headings found: the document was not segmented into sections")
    if not recs:
        warnings.append("no recommendations found")
    if len(recs) > MAX_RECOMMENDATIONS_WARNING:
        warnings.append(f"{len(recs)} recommendations: unusually many, check for merged lists")
    long = [r.number or r.id for r in recs if len(r.text) > LONG_RECOMMENDATION_CHARS]
    if long:
        warnings.append(f"unusually long recommendation text: {', '.join(long)}")
    if board is None:
        warnings.append("no commissioning board or partnership named in the opening pages")

    return Report(
        source=str(raw.source),
        sha256=sha256,
        format=raw.format,
        page_count=raw.page_count,
        metadata=metadata,
        text=doc.text,
        sections=seg.to_sections(doc),
        lines_of_enquiry=lines,
        recommendations=recs,
        action_plan=actions,
        warnings=tuple(warnings),
        extractor_version=extractor_version,
    )
