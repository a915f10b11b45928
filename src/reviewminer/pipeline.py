"""From a parsed document to a :class:`Report`: text → sections → registered extractors → Report."""

from __future__ import annotations

from reviewminer.analysis import load_analyzer
from reviewminer.document import Document
from reviewminer.errors import DocumentTooLargeError
from reviewminer.extract import extractors
from reviewminer.extract.context import ExtractionContext
from reviewminer.extract.parties import PartyResolver, parse_glossary
from reviewminer.extract.settings import DEFAULT_EXTRACT_SETTINGS, ExtractSettings
from reviewminer.model import Metadata, PageSize, Report, SectionKind
from reviewminer.parsers.base import RawDocument
from reviewminer.rules import Rules, RulesSpec, load_rules
from reviewminer.rules import extractor_version as rules_version
from reviewminer.structure.sections import Segmentation, segment


def _glossary(doc: Document, seg: Segmentation, rules: Rules,
              settings: ExtractSettings) -> dict[str, str]:
    lines: list[str] = []
    for s in seg.segs:
        if s.kind == SectionKind.GLOSSARY:
            lines.extend(doc.blocks[i].text for i in range(s.first_block + 1, s.last_block + 1))
    return parse_glossary(lines, rules.parties, settings)


def _warnings(raw: RawDocument, ctx: ExtractionContext) -> tuple[str, ...]:
    recs = ctx.recommendations
    s = ctx.settings
    warnings = list(raw.warnings)
    if not ctx.seg.segs:
        warnings.append("no headings found: the document was not segmented into sections")
    if not recs:
        warnings.append("no recommendations found")
    if len(recs) > s.many_recommendations:
        warnings.append(f"{len(recs)} recommendations: unusually many, check for merged lists")
    long = [r.number or r.id for r in recs if len(r.text) > s.long_recommendation_chars]
    if long:
        warnings.append(f"unusually long recommendation text: {', '.join(long)}")
    unsure = [r for r in recs if r.confidence < s.low_confidence]
    if unsure:
        where = ", ".join(f"{r.number or r.id} (p{r.provenance.page_start})" for r in unsure)
        warnings.append(f"{len(unsure)} recommendation(s) found with low confidence, check them "
                        f"against the document: {where}")
    if ctx.board is None and ctx.review_type not in ctx.rules.metadata.uncommissioned_types:
        warnings.append("no commissioning board or partnership named in the opening pages")
    return tuple(warnings + ctx.warnings)


def build_report(raw: RawDocument, *, sha256: str, extractor_version: str | None = None,
                 rules: RulesSpec = None,
                 settings: ExtractSettings = DEFAULT_EXTRACT_SETTINGS) -> Report:
    """Run segmentation and every registered extractor over a parsed document."""
    chars = sum(len(b.text) for b in raw.blocks)
    if chars > settings.max_text_chars:
        raise DocumentTooLargeError(
            raw.source, f"{chars:,} characters of text; the limit is {settings.max_text_chars:,} "
                        "(ExtractSettings.max_text_chars)")
    active: Rules = load_rules(rules)
    doc = Document.from_raw(raw)
    seg = segment(doc, active)
    resolver = PartyResolver(load_analyzer(active), active, glossary=_glossary(doc, seg, active, settings),
                             settings=settings)
    ctx = ExtractionContext(doc=doc, seg=seg, rules=active, resolver=resolver, settings=settings)
    for extractor in extractors():
        extractor.run(ctx)
    return Report(
        source=str(raw.source),
        sha256=sha256,
        format=raw.format,
        page_count=raw.page_count,
        metadata=ctx.metadata or Metadata(),
        text=doc.text,
        sections=seg.to_sections(doc),
        lines_of_enquiry=ctx.lines_of_enquiry,
        recommendations=ctx.recommendations,
        action_plan=ctx.action_plan,
        warnings=_warnings(raw, ctx),
        ocr_pages=tuple(raw.ocr_pages),
        extractor_version=extractor_version or rules_version(active),
        page_sizes=tuple(PageSize(w, h, turn, mirrored) for w, h, turn, mirrored in raw.page_sizes),
    )
