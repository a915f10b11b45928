"""Segmentation: find headings among blocks and build the section tree.

A block is a heading when its style says so (DOCX heading styles, PDF typography from the parser)
or when it looks like one: short, no final full stop, no modal verb, and bold, larger than body
text, ALL CAPS, or a numbered title that the heading lexicon knows. The level comes from the
number ("2.1" is level 2, "Appendix 1" level 1), else from the style, else from context.
Each section gets a canonical kind from the heading lexicon (``models/rules/sections.json``).
Title-page lines and table-of-contents entries are never headings.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from reviewminer.document import Document
from reviewminer.model import Section, SectionKind
from reviewminer.parsers.base import Block
from reviewminer.rules import Rules

_NUMBERED = re.compile(
    r"^(?P<num>(?:section|part|chapter)\s+[0-9]+|(?:appendix|annexe?)\s+[0-9a-z]{1,3}\b|"
    r"[0-9]{1,2}(?:\.[0-9]{1,2}){0,3}|[A-H](?=[.)]\s)|(?:X{0,2}(?:IX|IV|V?I{1,3}|V|X))(?=[.)]\s))"
    r"[.):]?\s*(?:[-:]\s*)?(?P<title>.*)$",
    re.IGNORECASE,
)
_TOC_ENTRY = re.compile(r"(\.{3,}|…|_{3,}|\s{3,}|\t)\s*[0-9]{1,3}\s*$|\s[0-9]{1,3}\s*$")
_MODAL = re.compile(r"\b(should|must|shall|will|would|could|was|were|is|are|has|have|had)\b", re.I)
_SENTENCE_END = re.compile(r"[.;,]$")
_REC_HEADING = re.compile(
    r"^(recommendation|learning point|finding)\s+[0-9]+[a-z]?(\.[0-9]+)*\s*[:.\-)]?\s*$", re.I
)
_TOP_LEVEL_KINDS = {
    SectionKind.CONTENTS, SectionKind.FOREWORD, SectionKind.EXECUTIVE_SUMMARY,
    SectionKind.INTRODUCTION, SectionKind.GLOSSARY, SectionKind.APPENDIX,
    SectionKind.ACTION_PLAN,
}


@dataclass
class Seg:
    """A section with the block range it covers (internal to extraction)."""

    index: int
    heading_block: int
    first_block: int  # == heading_block
    last_block: int
    number: str | None
    title: str
    heading: str
    kind: SectionKind
    level: int
    parent: int | None
    children: list[int] = field(default_factory=list)
    effective_kind: SectionKind = SectionKind.OTHER  # own kind, or nearest ancestor's non-other

    @property
    def id(self) -> str:
        return f"s{self.index + 1}"


@dataclass
class Segmentation:
    segs: list[Seg]
    block_section: list[int | None]  # innermost section index of each block
    title_blocks: list[int]  # title-page blocks (candidate document title)

    def section_of(self, block: int) -> Seg | None:
        i = self.block_section[block]
        return self.segs[i] if i is not None else None

    def ancestors(self, seg: Seg) -> list[Seg]:
        out = []
        p = seg.parent
        while p is not None:
            out.append(self.segs[p])
            p = self.segs[p].parent
        return out

    def kinds_of_block(self, block: int) -> set[SectionKind]:
        seg = self.section_of(block)
        if seg is None:
            return set()
        return {seg.kind} | {a.kind for a in self.ancestors(seg)}

    def to_sections(self, doc: Document) -> tuple[Section, ...]:
        out = []
        for s in self.segs:
            out.append(
                Section(
                    id=s.id,
                    heading=s.heading,
                    number=s.number,
                    title=s.title,
                    kind=s.kind,
                    level=s.level,
                    parent_id=self.segs[s.parent].id if s.parent is not None else None,
                    provenance=doc.provenance(s.first_block, s.last_block),
                )
            )
        return tuple(out)


def split_heading_number(text: str) -> tuple[str | None, str]:
    """("7", "Recommendations") from "7. Recommendations"; (None, text) when unnumbered."""
    m = _NUMBERED.match(text.strip())
    if m and m.group("title").strip():
        num = m.group("num").strip()
        title = m.group("title").strip()
        if re.fullmatch(r"[A-H]|X{0,2}(?:IX|IV|V?I{1,3}|V|X)", num) and len(title.split()) > 8:
            return None, text.strip()
        return num, title
    if m and re.match(r"(appendix|annexe?)\b", m.group("num"), re.I):
        return m.group("num").strip(), m.group("num").strip()
    return None, text.strip()


def number_depth(num: str | None) -> int | None:
    if not num:
        return None
    if re.match(r"(section|part|chapter|appendix|annex)", num, re.I) or \
            re.fullmatch(r"[A-H]|X{0,2}(?:IX|IV|V?I{1,3}|V|X)", num):
        return 1
    return num.count(".") + 1


def _is_toc_style(b: Block) -> bool:
    return bool(b.style) and b.style.lower().startswith("toc")


def looks_like_heading(b: Block, rules: Rules, body_size: float | None) -> bool:
    """Whether a block is a heading (see module docstring)."""
    if b.kind == "table" or _is_toc_style(b):
        return False
    text = b.text.strip()
    if not text or len(text) > 160:
        return False
    if _REC_HEADING.match(text):
        return False  # "Recommendation 3" labels an item, it is not a section
    if text.startswith("•"):
        return False
    words = text.split()
    num, title = split_heading_number(text)
    if _TOC_ENTRY.search(text) and num is not None and len(words) > 1 and b.kind != "heading":
        return False
    if b.kind == "heading":
        return len(words) <= 25
    if len(words) > 16:
        return False
    if _SENTENCE_END.search(text) and not (num and rules.section_kind(title) != SectionKind.OTHER
                                           and len(words) <= 8):
        return False
    if " should " in f" {text.lower()} " or " must " in f" {text.lower()} ":
        return False
    if b.bold and (not text.endswith(":") or len(words) <= 8):
        return True  # bold lines, also run-in style "Remit:" headings
    larger = body_size is not None and b.font_size is not None and b.font_size >= body_size * 1.15
    if larger and len(words) <= 14:
        return True
    letters = [c for c in title if c.isalpha()]
    if len(letters) >= 4 and all(c.isupper() for c in letters) and len(words) <= 12:
        return True
    known = rules.section_kind(title) != SectionKind.OTHER
    if known and len(title.split()) <= 7 and not text.endswith(":") and \
            (num is not None or ":" not in text):
        # a bare lexicon title ("Recommendations", "7. Terms of Reference", "Appendix 2")
        if num is not None or len(title.split()) <= 5:
            return True
    return False


def segment(doc: Document, rules: Rules) -> Segmentation:
    """Build the section tree of a document."""
    blocks = doc.blocks
    body = doc.raw.body_font_size
    is_heading = [looks_like_heading(b, rules, body) for b in blocks]

    # Title page: headings on page 1 before the first heading the lexicon knows (or before the
    # contents) are title-page lines, not sections.
    title_blocks: list[int] = []
    first_known = None
    for i, b in enumerate(blocks):
        if is_heading[i]:
            _, title = split_heading_number(b.text)
            if rules.section_kind(title) != SectionKind.OTHER:
                first_known = i
                break
    if first_known is not None and blocks[first_known].page > 1:
        for i in range(first_known):
            if blocks[i].page == 1 and is_heading[i]:
                title_blocks.append(i)
                is_heading[i] = False
    elif first_known is not None:
        for i in range(first_known):
            if is_heading[i] and blocks[i].page == 1:
                title_blocks.append(i)
                is_heading[i] = False
    if not title_blocks:
        # no title page: the first heading of page 1, else its first short block
        page1 = [i for i in range(min(8, len(blocks))) if blocks[i].page == 1 and
                 blocks[i].kind != "table" and 0 < len(blocks[i].text) <= 150]
        heads = [i for i in page1 if is_heading[i]]
        if heads or page1:
            title_blocks.append((heads or page1)[0])

    # Font size → numbering depth, learnt from the numbered headings (PDF), so that unnumbered
    # headings set in the same type sit at the same level.
    size_depth: dict[float, Counter[int]] = {}
    for i, b in enumerate(blocks):
        if is_heading[i] and b.font_size:
            d = number_depth(split_heading_number(b.text)[0])
            if d is not None:
                size_depth.setdefault(round(b.font_size, 1), Counter())[d] += 1
    numbered_sizes = sorted(size_depth)

    segs: list[Seg] = []
    stack: list[int] = []
    block_section: list[int | None] = [None] * len(blocks)
    in_contents = False
    deepest_numbered = 0
    plain_level: int | None = None
    for i, b in enumerate(blocks):
        if is_heading[i] and in_contents and _TOC_ENTRY.search(b.text):
            is_heading[i] = False  # a typed contents line after a "Contents" heading
        if not is_heading[i]:
            block_section[i] = stack[-1] if stack else None
            continue
        text = " ".join(b.text.split()).rstrip(":").strip()
        num, title = split_heading_number(text)
        if b.label and not num:
            num = b.label.rstrip(".):")
        kind = rules.section_kind(title)
        if kind == SectionKind.OTHER and num and re.match(r"(appendix|annex)", num, re.I):
            kind = SectionKind.APPENDIX
        depth = number_depth(num)
        size = round(b.font_size, 1) if b.font_size else None
        if b.kind == "heading" and b.level is not None and doc.raw.format == "docx":
            level = b.level
        elif depth is not None:
            level = depth
        elif kind in _TOP_LEVEL_KINDS:
            level = 1
        elif size is not None and size in size_depth:
            level = size_depth[size].most_common(1)[0][0]
        elif size is not None and numbered_sizes and size > numbered_sizes[-1]:
            level = 1
        elif deepest_numbered:
            level = deepest_numbered + 1
        elif b.kind == "heading" and b.level is not None:
            level = b.level
        elif plain_level is not None:
            level = plain_level  # like the previous heading with no number or style: a sibling
        else:
            level = segs[stack[-1]].level + 1 if stack else 1
        if depth is None and not (b.kind == "heading" and b.level is not None) and \
                kind not in _TOP_LEVEL_KINDS and not (size is not None and size in size_depth):
            plain_level = level
        if depth is not None:
            deepest_numbered = depth
        while stack and segs[stack[-1]].level >= level:
            closed = stack.pop()
            segs[closed].last_block = i - 1
        parent = stack[-1] if stack else None
        seg = Seg(
            index=len(segs), heading_block=i, first_block=i, last_block=len(blocks) - 1,
            number=num, title=title, heading=text, kind=kind, level=level, parent=parent,
        )
        if parent is not None:
            segs[parent].children.append(seg.index)
        seg.effective_kind = kind
        if kind == SectionKind.OTHER and parent is not None:
            # an unrecognised sub-heading takes its parent's kind ("5.1 Neglect" → analysis)
            seg.effective_kind = seg.kind = segs[parent].effective_kind
        segs.append(seg)
        stack.append(seg.index)
        block_section[i] = seg.index
        in_contents = kind == SectionKind.CONTENTS
    for s in stack:
        segs[s].last_block = len(blocks) - 1
    return Segmentation(segs=segs, block_section=block_section, title_blocks=title_blocks)

