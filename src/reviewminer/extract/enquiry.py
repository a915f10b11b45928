"""Key lines of enquiry / terms-of-reference items.

Zones: sections whose kind is *terms_of_reference* (including appendices so titled), and the
items following a sentence that introduces them ("... key lines of enquiry that relate to:").
Items are numbered or bulleted entries, or question paragraphs; lists run into one paragraph
("...were: how ...; whether ...; and how ...") and tables of lines of enquiry count too. Each item
is classified as a case-specific line of enquiry, a generic statutory purpose, or a scope fact
(period under review, agencies involved), using the cues in ``models/rules/enquiry.json``.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from reviewminer.extract.context import ExtractionContext
from reviewminer.model import EnquiryKind, EnquiryLine, SectionKind
from reviewminer.parsers.base import Block
from reviewminer.rules import Rules
from reviewminer.rules.enquiry import Patterns
from reviewminer.rules.literals import any_lowered
from reviewminer.structure.items import Item, collect_items, item_span, item_text

#: An introducing sentence longer than this is a paragraph, not an introduction.
MAX_INTRO_CHARS = 500
#: An inline list's introduction ends within this many characters.
MAX_INLINE_INTRO_CHARS = 300
#: Items of fewer words are fragments, not lines of enquiry.
MIN_ITEM_WORDS = 3
#: Unlabelled question paragraphs need this many words.
MIN_QUESTION_WORDS = 4

_INLINE = re.compile(r":\s+(?=\S)")
_INLINE_SPLIT = re.compile(r"(;\s+(?:and\s+|or\s+)?)")
_QUESTION_END = re.compile(r"\?(?=\s+[A-Z])|\?\s*$")
_ITEM_END = re.compile(r"[.;?]$")


def classify(text: str, rules: Rules, *, purpose_context: bool = False) -> EnquiryKind:
    """Scope fact, generic purpose, or case-specific line of enquiry.

    ``purpose_context``: the item sits under a sub-heading or sentence about the review's purpose
    ("the purpose of a review is to:"), so it is generic unless it asks a question.
    """
    low = text.lower()
    if any_lowered(rules.enquiry.scope, low):
        return EnquiryKind.SCOPE
    if any_lowered(rules.enquiry.purpose, low):
        return EnquiryKind.PURPOSE
    if purpose_context and not text.rstrip().endswith("?"):
        return EnquiryKind.PURPOSE
    return EnquiryKind.LINE_OF_ENQUIRY


def _is_question_like(text: str, rules: Rules) -> bool:
    low = text.lower().lstrip("•-* ")
    starts = tuple(q + " " for q in rules.enquiry.question_starts)
    return text.rstrip().endswith("?") or low.startswith(starts)


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def inline_items(text: str, rules: Rules) -> list[tuple[str, int, int]]:
    """Items of a list run into one paragraph after an introducing phrase and a colon."""
    m = _INLINE.search(text)
    if not m or m.start() > MAX_INLINE_INTRO_CHARS:
        return []
    if not any_lowered(rules.enquiry.intro, text[: m.start()].lower()):
        return []
    parts = []
    pos = m.end()
    for piece in _INLINE_SPLIT.split(text[m.end():]):
        if piece.startswith(";"):
            pos += len(piece)
            continue
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            end = pos + lead + len(stripped)
            if not _ITEM_END.search(stripped) and end < len(text) and text[end] == ";":
                end += 1
            parts.append((text[pos + lead:end], pos + lead, end))
        pos += len(piece)
    return parts if len(parts) >= 2 else []


def _leading_run(items: list[Item]) -> list[Item]:
    """The consecutive list directly after an introducing sentence."""
    out: list[Item] = []
    prev_last = None
    for it in items:
        if prev_last is not None and it.first_block > prev_last + 1:
            break
        out.append(it)
        prev_last = it.last_block
    if out and out[0].first_block != items[0].first_block:
        return []
    return out


@dataclass
class _EnquiryRun:
    """Lines of enquiry of one document, found zone by zone, each text kept once."""

    ctx: ExtractionContext
    lines: list[EnquiryLine] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)
    cues: dict[tuple[int, str], bool] = field(default_factory=dict)

    def cued(self, patterns: Patterns, low: str) -> bool:
        """:func:`~reviewminer.rules.literals.any_lowered`, remembered per rule and text: the
        items of one list share their heading and introducing line."""
        key = (id(patterns), low)
        found = self.cues.get(key)
        if found is None:
            found = self.cues[key] = any_lowered(patterns, low)
        return found

    def first_time(self, text: str) -> bool:
        key = _key(text)
        if key in self.seen:
            return False
        self.seen.add(key)
        return True

    def section_id(self, block: int) -> str | None:
        s = self.ctx.seg.section_of(block)
        return s.id if s else None

    def zones(self) -> list[list[int]]:
        """Terms-of-reference sections, then the blocks after an introducing sentence."""
        seg, blocks, heads = self.ctx.seg, self.ctx.doc.blocks, self.ctx.heading_blocks
        zones: list[list[int]] = []
        for s in seg.segs:
            if s.kind != SectionKind.TERMS_OF_REFERENCE:
                continue
            if s.parent is not None and seg.segs[s.parent].kind == SectionKind.TERMS_OF_REFERENCE:
                continue  # covered by its parent's zone
            zones.append([i for i in range(s.first_block + 1, s.last_block + 1) if i not in heads])
        covered = {i for z in zones for i in z}
        for i, b in enumerate(blocks):
            if i in covered or i in heads or not self.introduces(b.text.strip()):
                continue
            zone = []
            for j in range(i + 1, len(blocks)):
                if j in heads or blocks[j].kind == "table":
                    break
                zone.append(j)
            zones.append(zone)
            covered.update(zone)
        return zones

    def introduces(self, text: str) -> bool:
        if not text.endswith(":") or len(text) > MAX_INTRO_CHARS:
            return False
        return any_lowered(self.ctx.rules.enquiry.intro, text.lower())

    def inline_lines(self) -> None:
        """Inline lists: "The review's key lines of enquiry were: how ...; whether ..."."""
        doc, rules = self.ctx.doc, self.ctx.rules
        for i, b in enumerate(doc.blocks):
            if i in self.ctx.heading_blocks or b.kind == "table":
                continue
            for text, cs, ce in inline_items(b.text, rules):
                if not self.first_time(text):
                    continue
                start = doc.starts[i]
                self.lines.append(EnquiryLine(
                    id="", number=None, text=text, kind=classify(text, rules),
                    section_id=self.section_id(i),
                    provenance=doc.provenance(i, i, char_start=start + cs, char_end=start + ce)))

    def table_columns(self, b: Block) -> tuple[int | None, int | None]:
        """(number column, item column) of a table of lines of enquiry."""
        assert b.rows is not None
        rules = self.ctx.rules.enquiry
        header = [_key(c) for c in b.rows[0]]
        num_col = next((k for k, h in enumerate(header) if rules.table_number_header.fullmatch(h)),
                       None)
        col = next((k for k, h in enumerate(header) if k != num_col and (
            any_lowered(rules.intro, h) or rules.table_item_header.search(h))), None)
        return num_col, col

    def table_lines(self) -> None:
        """Tables of lines of enquiry ("No. | Key line of enquiry")."""
        doc = self.ctx.doc
        for i, b in enumerate(doc.blocks):
            if b.kind != "table" or not b.rows or len(b.rows) < 2:
                continue
            num_col, col = self.table_columns(b)
            if col is None:
                continue
            pos = 0
            for row in b.rows[1:]:
                if col >= len(row):
                    continue
                text = " ".join(row[col].split())
                if len(text.split()) < MIN_ITEM_WORDS or not self.first_time(text):
                    continue
                k = max(b.text.find(row[col], pos), 0)
                cs = doc.starts[i] + k
                pos = k + len(row[col])
                number = row[num_col].strip().rstrip(".") if num_col is not None and \
                    num_col < len(row) and row[num_col].strip() else None
                self.lines.append(EnquiryLine(
                    id="", number=number, text=text, kind=classify(text, self.ctx.rules),
                    section_id=self.section_id(i),
                    provenance=doc.span_provenance(cs, cs + len(row[col]))))

    def zone_items(self, zone: list[int]) -> list[Item]:
        rules = self.ctx.rules
        items = collect_items(
            self.ctx.doc, zone, rules.labels, rules.enquiry.item_labels + rules.recommendations.item_labels,
            is_intro=lambda t: any_lowered(rules.enquiry.intro, t.lower())
            or any_lowered(rules.enquiry.purpose_context, t.lower()),
        )
        taken = {b for it in items for b in range(it.first_block, it.last_block + 1)}
        items.extend(self.question_paragraphs(zone, taken))
        items.sort(key=lambda it: it.first_block)
        if zone[0] not in self.ctx.terms_of_reference_blocks:
            items = _leading_run(items)  # an intro-sentence zone ends where the list ends
        return items

    def question_paragraphs(self, zone: list[int], taken: set[int]) -> Iterator[Item]:
        """Questions without labels: one item per question, also when a PDF ran several into
        one paragraph."""
        blocks = self.ctx.doc.blocks
        for i in zone:
            t = blocks[i].text
            if i in taken or blocks[i].kind == "table" or not t.strip().endswith("?") or \
                    len(t.split()) < MIN_QUESTION_WORDS:
                continue
            start = 0
            for m in _QUESTION_END.finditer(t):
                yield Item(i, i, None, [(i, start, m.end())])
                start = m.end()
                while start < len(t) and t[start] == " ":
                    start += 1

    def zone_lines(self, zone: list[int]) -> None:
        doc, rules = self.ctx.doc, self.ctx.rules
        for it in self.zone_items(zone):
            text = item_text(doc, it, rules.labels)
            if len(text.split()) < MIN_ITEM_WORDS or text.endswith(":") or \
                    rules.enquiry.intro_end.search(text) or not self.first_time(text):
                continue
            kind = classify(text, rules, purpose_context=self.purpose_context(it))
            if kind == EnquiryKind.LINE_OF_ENQUIRY and it.label is None and \
                    not _is_question_like(text, rules):
                continue
            cs, ce = item_span(doc, it)
            self.lines.append(EnquiryLine(
                id="", number=it.number, text=text, kind=kind,
                section_id=self.section_id(it.first_block),
                provenance=doc.provenance(it.first_block, it.last_block, char_start=cs, char_end=ce)))

    def purpose_context(self, it: Item) -> bool:
        """Whether the sentence introducing an item, or its sub-heading, is about generic
        purposes ("the purpose of a review is to:", "Core tasks")."""
        cues = self.ctx.rules.enquiry.purpose_context
        s = self.ctx.seg.section_of(it.first_block)
        if s is not None and self.cued(cues, s.title.lower()):
            return True
        first = s.heading_block if s is not None else -1
        for i in range(it.first_block - 1, first, -1):
            b = self.ctx.doc.blocks[i]
            t = b.text.strip()
            if t.endswith(":") and not t.startswith("•"):
                return self.cued(cues, t.lower())
            if b.kind == "paragraph" and not t.startswith("•") and b.label is None:
                break
        return False


class EnquiryExtractor:
    """Sets ``ctx.lines_of_enquiry``."""

    name = "lines_of_enquiry"

    def run(self, ctx: ExtractionContext) -> None:
        run = _EnquiryRun(ctx)
        zones = [z for z in run.zones() if z]
        run.inline_lines()
        run.table_lines()
        for zone in zones:
            run.zone_lines(zone)
        run.lines.sort(key=lambda e: e.provenance.char_start)
        ctx.lines_of_enquiry = tuple(dataclasses.replace(e, id=f"k{n}")
                                     for n, e in enumerate(run.lines, start=1))
