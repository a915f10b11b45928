"""Segmentation: find headings among blocks and build the section tree.

Headings are chosen by :func:`reviewminer.structure.headings.looks_like_heading`. The level comes
from the number ("2.1" is level 2, "Appendix 1" level 1), else from the style, else from the font
size learnt from numbered headings, else from context. Each section gets a canonical kind from
the heading lexicon (``models/rules/sections.json``); an unrecognised sub-heading takes its
parent's kind ("5.1 Neglect" under "5. Analysis" is analysis).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from reviewminer.document import Document
from reviewminer.model import Section, SectionKind
from reviewminer.parsers.base import Block
from reviewminer.rules import Rules
from reviewminer.structure.headings import looks_like_heading
from reviewminer.structure.labels import is_appendix_number, number_depth, split_heading_number

#: Blocks of page 1 searched for a title when the document has no title page, and their length.
TITLE_SEARCH_BLOCKS = 8
TITLE_MAX_CHARS = 150


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
        return tuple(
            Section(
                id=s.id,
                heading=s.heading,
                number=s.number,
                title=s.title,
                kind=s.kind,
                level=s.level,
                parent_id=self.segs[s.parent].id if s.parent is not None else None,
                provenance=doc.provenance(s.first_block, s.last_block, boxes=False),
            )
            for s in self.segs
        )


def title_page(blocks: list[Block], is_heading: list[bool], rules: Rules) -> list[int]:
    """Title-page blocks; they stop being headings (``is_heading`` is updated).

    Headings on page 1 before the first heading the lexicon knows are title-page lines, not
    sections. With no such lines: the first heading of page 1, else its first short block.
    """
    title_blocks: list[int] = []
    first_known = None
    for i, b in enumerate(blocks):
        if is_heading[i] and rules.section_kind(split_heading_number(b.text, rules.labels)[1]) \
                != SectionKind.OTHER:
            first_known = i
            break
    if first_known is not None:
        for i in range(first_known):
            if blocks[i].page == 1 and is_heading[i]:
                title_blocks.append(i)
                is_heading[i] = False
    if not title_blocks:
        page1 = [i for i in range(min(TITLE_SEARCH_BLOCKS, len(blocks))) if blocks[i].page == 1
                 and blocks[i].kind != "table" and 0 < len(blocks[i].text) <= TITLE_MAX_CHARS]
        heads = [i for i in page1 if is_heading[i]]
        if heads or page1:
            title_blocks.append((heads or page1)[0])
    return title_blocks


def size_depths(blocks: list[Block], is_heading: list[bool], rules: Rules) -> dict[float, Counter[int]]:
    """Font size → numbering depths seen (PDF), learnt from the numbered headings, so that
    unnumbered headings set in the same type sit at the same level."""
    out: dict[float, Counter[int]] = {}
    for i, b in enumerate(blocks):
        if is_heading[i] and b.font_size:
            num = split_heading_number(b.text, rules.labels)[0]
            if num:
                out.setdefault(round(b.font_size, 1), Counter())[
                    number_depth(num, rules.labels, in_list=False)] += 1
    return out


@dataclass
class _TreeBuilder:
    """Builds the section tree heading by heading, keeping the context levels depend on."""

    doc: Document
    rules: Rules
    size_depth: dict[float, Counter[int]]
    segs: list[Seg] = field(default_factory=list)
    stack: list[int] = field(default_factory=list)
    deepest_numbered: int = 0
    plain_level: int | None = None
    #: PDF: font size -> level of the parser-styled headings set in it
    styled_size_level: dict[float, int] = field(default_factory=dict)

    def level(self, b: Block, depth: int | None, kind: SectionKind) -> int:
        size = round(b.font_size, 1) if b.font_size else None
        styled = b.kind == "heading" and b.level is not None
        numbered_sizes = sorted(self.size_depth)
        if styled and self.doc.raw.format == "docx":
            level = b.level
        elif depth is not None:
            level = depth
        elif kind in self.rules.sections.top_level_kinds:
            level = 1
        elif size is not None and size in self.size_depth:
            level = self.size_depth[size].most_common(1)[0][0]
        elif size is not None and numbered_sizes and size > numbered_sizes[-1]:
            level = 1
        elif self.deepest_numbered:
            level = self.deepest_numbered + 1
        elif styled:
            level = b.level
        elif size is not None and b.bold and size in self.styled_size_level:
            level = self.styled_size_level[size]  # set like a styled heading: its level
        elif self.plain_level is not None:
            level = self.plain_level  # like the previous heading with no number or style: a sibling
        else:
            level = self.segs[self.stack[-1]].level + 1 if self.stack else 1
        assert level is not None
        if styled and size is not None:
            self.styled_size_level.setdefault(size, level)
        if depth is None and not styled and kind not in self.rules.sections.top_level_kinds and \
                not (size is not None and size in self.size_depth):
            self.plain_level = level
        if depth is not None:
            self.deepest_numbered = depth
        return level

    def open(self, i: int, b: Block) -> tuple[Seg, SectionKind]:
        """Open the section headed by block ``i``; return it and its own (uninherited) kind."""
        labels = self.rules.labels
        text = " ".join(b.text.split()).rstrip(":").strip()
        num, title = split_heading_number(text, labels)
        if b.label and not num:
            num = b.label.rstrip(".):")
        kind = self.rules.section_kind(title)
        if kind == SectionKind.OTHER and num and is_appendix_number(num, labels):
            kind = SectionKind.APPENDIX
        depth = number_depth(num, labels, in_list=False) if num else None
        level = self.level(b, depth, kind)
        while self.stack and (self.segs[self.stack[-1]].level >= level or
                              self.segs[self.stack[-1]].kind == SectionKind.CONTENTS):
            # a contents page holds only its entries: the next heading is never inside it
            self.segs[self.stack.pop()].last_block = i - 1
        parent = self.stack[-1] if self.stack else None
        inherited = kind
        if kind == SectionKind.OTHER and parent is not None:
            inherited = self.segs[parent].kind  # an unrecognised sub-heading takes its parent's kind
        seg = Seg(index=len(self.segs), heading_block=i, first_block=i,
                  last_block=len(self.doc.blocks) - 1, number=num, title=title, heading=text,
                  kind=inherited, level=level, parent=parent)
        self.segs.append(seg)
        self.stack.append(seg.index)
        return seg, kind


def segment(doc: Document, rules: Rules) -> Segmentation:
    """Build the section tree of a document."""
    blocks = doc.blocks
    is_heading = [looks_like_heading(b, rules, doc.raw.body_font_size) for b in blocks]
    title_blocks = title_page(blocks, is_heading, rules)
    tree = _TreeBuilder(doc, rules, size_depths(blocks, is_heading, rules))
    block_section: list[int | None] = [None] * len(blocks)
    in_contents = False
    for i, b in enumerate(blocks):
        if is_heading[i] and in_contents and rules.labels.contents_entry.search(b.text):
            is_heading[i] = False  # a typed contents line after a "Contents" heading
        if not is_heading[i]:
            block_section[i] = tree.stack[-1] if tree.stack else None
            continue
        seg, own_kind = tree.open(i, b)
        block_section[i] = seg.index
        in_contents = own_kind == SectionKind.CONTENTS
    for s in tree.stack:
        tree.segs[s].last_block = len(blocks) - 1
    return Segmentation(segs=tree.segs, block_section=block_section, title_blocks=title_blocks)
