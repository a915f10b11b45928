"""Numbered and bulleted items inside a zone of blocks (shared by recommendations and KLOEs).

An item starts at a block carrying a label ("1.", "R2", "Recommendation 3:", "a)", a Word
auto-number, or a bullet) and runs until the next item of the same or a higher level, or the next
heading. Its sub-bullets, deeper-numbered sub-items and continuation paragraphs (split across a
page, starting lower case) belong to it. Text never runs past the zone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from reviewminer.document import Document
from reviewminer.parsers.base import Block
from reviewminer.rules import LabelRules
from reviewminer.structure.labels import Label, find_label, strip_bullet


@dataclass
class Item:
    first_block: int
    last_block: int
    label: Label | None
    parts: list[tuple[int, int, int]] = field(default_factory=list)  # (block, start, end) in block

    @property
    def number(self) -> str | None:
        return self.label.number if self.label else None

    def add(self, block: int, start: int, end: int) -> None:
        self.parts.append((block, start, end))
        self.last_block = block


def _continuation(b: Block) -> bool:
    t = b.text.lstrip()
    return bool(t) and (t[0].islower() or t[0] in ",;)")


def _last_text(doc: Document, item: Item) -> str:
    b, s, e = item.parts[-1] if item.parts else (item.first_block, 0, 0)
    return doc.blocks[b].text[s:e].rstrip()


def _ends_with_colon(doc: Document, item: Item) -> bool:
    return _last_text(doc, item).endswith(":")


def _runs_on(doc: Document, item: Item, b: Block, label: Label) -> bool:
    """Whether a deeper sub-item finishes the current item's sentence: the item stops on a word
    ("... children and young people where") and the sub-item goes on in lower case ("(i) they
    are privately fostered")."""
    last = _last_text(doc, item)
    rest = b.text[label.end:].lstrip()
    return bool(last) and last[-1].isalnum() and rest[:1].islower()


@dataclass
class ItemCollector:
    """Walks a zone block by block, starting items at labels and extending the current one."""

    doc: Document
    labels: LabelRules
    patterns: Sequence[re.Pattern[str]]
    heading_patterns: Sequence[re.Pattern[str]] = ()
    bullets_are_items: bool = True
    structural: bool = True
    is_intro: Callable[[str], bool] | None = None
    items: list[Item] = field(default_factory=list)
    current: Item | None = None

    def label(self, b: Block, *, structural: bool | None = None) -> Label | None:
        s = self.structural if structural is None else structural
        return find_label(b, self.labels, self.patterns, self.heading_patterns, structural=s)

    def extends_current(self, i: int, b: Block, label: Label | None) -> bool:
        """Add block ``i`` to the current item when it belongs to it; say whether it did."""
        cur = self.current
        assert cur is not None
        cl = cur.label
        first = self.doc.blocks[cur.first_block]
        if not self.structural and label is None:
            # explicit-label mode: sub-bullets still belong to the current item
            sub = self.label(b, structural=True)
            if sub is not None and sub.bullet:
                cur.add(i, sub.end, len(b.text))
                return True
        if label is not None and cl is not None:
            if cl.heading_style and not label.bullet and label.depth > cl.depth:
                cur.add(i, 0, len(b.text))  # "Recommendation 14:" alone, then its a), b), c)
                return True
            if label.bullet and not cl.bullet:
                cur.add(i, label.end, len(b.text))  # a sub-bullet
                return True
            if not label.bullet and not cl.bullet and label.depth > cl.depth and (
                    _ends_with_colon(self.doc, cur) or _runs_on(self.doc, cur, b, label)):
                cur.add(i, 0, len(b.text))  # a deeper sub-item after "...:" or mid-sentence
                return True
            if cl.bullet and label.bullet and b.list_level > first.list_level:
                cur.add(i, label.end, len(b.text))  # a nested bullet
                return True
            return False
        if label is None and cl is not None and cl.heading_style and not cur.parts:
            cur.add(i, 0, len(b.text))  # the text under a "Recommendation 3" line
            return True
        if label is None and (_continuation(b) or (
                b.list_level > first.list_level and b.kind == "list_item")):
            cur.add(i, 0, len(b.text))
            return True
        return False

    def starts_item(self, b: Block, label: Label) -> bool:
        if self.is_intro is not None and not label.bullet:
            rest = b.text[label.end:].strip()
            if rest.endswith(":") and self.is_intro(rest):
                return False  # "4.1 The key lines of enquiry were:" introduces the list
        return not (label.bullet and not self.bullets_are_items)

    def feed(self, i: int, b: Block) -> None:
        label = self.label(b)
        if self.current is None and label is None and not self.structural:
            return
        if self.current is not None and self.extends_current(i, b, label):
            return
        if label is None or not self.starts_item(b, label):
            self.current = None
            return
        self.current = Item(first_block=i, last_block=i, label=label)
        if not label.heading_style:
            self.current.parts.append((i, label.end, len(b.text)))
        self.items.append(self.current)


def collect_items(
    doc: Document,
    block_ids: Sequence[int],
    labels: LabelRules,
    patterns: Sequence[re.Pattern[str]],
    heading_patterns: Sequence[re.Pattern[str]] = (),
    *,
    bullets_are_items: bool = True,
    structural: bool = True,
    stop_blocks: set[int] | None = None,
    is_intro: Callable[[str], bool] | None = None,
) -> list[Item]:
    """Items among ``block_ids`` (a contiguous zone, headings excluded by the caller via stop_blocks)."""
    collector = ItemCollector(doc, labels, patterns, heading_patterns, bullets_are_items,
                              structural, is_intro)
    stop = stop_blocks or set()
    for i in block_ids:
        b = doc.blocks[i]
        if i in stop or b.kind == "table" or b.is_contents_entry:
            collector.current = None
            continue
        collector.feed(i, b)
    return [it for it in collector.items if it.parts]


def item_text(doc: Document, item: Item, labels: LabelRules) -> str:
    out = []
    for b, s, e in item.parts:
        t = strip_bullet(doc.blocks[b].text[s:e].strip(), labels)
        out.append(" ".join(t.split()))
    return " ".join(x for x in out if x)


def item_span(doc: Document, item: Item) -> tuple[int, int]:
    """Char span of the item's text in the document text (label excluded)."""
    b0, s0, _ = item.parts[0]
    b1, _, e1 = item.parts[-1]
    return doc.starts[b0] + s0, doc.starts[b1] + e1
