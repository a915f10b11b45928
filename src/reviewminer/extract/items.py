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

BULLET_RE = re.compile(r"^(?:•|-|\*|o|–)\s+")


@dataclass
class Label:
    number: str | None  # as printed, without trailing punctuation; None for bullets
    end: int  # length of the label prefix within the block text (incl. following space)
    depth: int  # 0 for bullets; numbering depth otherwise ("2.1" → 2)
    bullet: bool = False
    heading_style: bool = False  # "Recommendation 3" standing alone: the text follows


@dataclass
class Item:
    first_block: int
    last_block: int
    label: Label | None
    parts: list[tuple[int, int, int]] = field(default_factory=list)  # (block, start, end) in block

    @property
    def number(self) -> str | None:
        return self.label.number if self.label else None


def label_depth(num: str) -> int:
    n = num.upper().lstrip("R").strip()
    if re.fullmatch(r"[0-9]+(\.[0-9]+)*[A-Z]?", n):
        return n.count(".") + 1
    return 2  # letters / roman numerals are sub-items


def find_label(b: Block, patterns: Sequence[re.Pattern[str]],
               heading_patterns: Sequence[re.Pattern[str]] = (), *,
               structural: bool = True) -> Label | None:
    """The label starting a block, if any.

    ``structural``: also accept the parser's own label (Word auto-numbers, detected markers) and
    bullets; False when only the given patterns may start an item.
    """
    text = b.text
    for pat in heading_patterns:
        m = pat.match(text)
        if m:
            num = m.group("num")
            return Label(num, len(text), label_depth(num), heading_style=True)
    if structural and b.label and b.label != "•" and text.startswith(b.label):
        end = len(b.label)
        while end < len(text) and text[end] in " :.)-–":
            end += 1
        num = None
        for pat in patterns:  # "R1", "Recommendation 3:" labels keep their printed number
            m = pat.match(b.label.strip() + " x")
            if m:
                num = re.sub(r"\s+", "", m.group("num"))
                break
        if num is None:
            raw = b.label.strip().rstrip(".):").lstrip("(")
            m = re.search(r"([0-9]+(?:\.[0-9]+)*|[a-z]{1,4})$", raw, re.I)
            num = m.group(1) if m else raw
        return Label(num, end, label_depth(num))
    for pat in patterns:
        m = pat.match(text)
        if m and m.end() < len(text):
            num = re.sub(r"\s+", "", m.group("num"))
            return Label(num, m.end(), label_depth(num))
    if not structural:
        return None
    m = BULLET_RE.match(text)
    if m or (b.label == "•"):
        end = m.end() if m else (len(b.label) + 1 if text.startswith("•") else 0)
        return Label(None, end, 0, bullet=True)
    return None


def _continuation(b: Block) -> bool:
    t = b.text.lstrip()
    return bool(t) and (t[0].islower() or t[0] in ",;)")


def collect_items(
    doc: Document,
    block_ids: Sequence[int],
    patterns: Sequence[re.Pattern[str]],
    heading_patterns: Sequence[re.Pattern[str]] = (),
    *,
    bullets_are_items: bool = True,
    structural: bool = True,
    stop_blocks: set[int] | None = None,
    is_intro: Callable[[str], bool] | None = None,
) -> list[Item]:
    """Items among ``block_ids`` (a contiguous zone, headings excluded by the caller via stop_blocks)."""
    blocks = doc.blocks
    stop_blocks = stop_blocks or set()
    items: list[Item] = []
    current: Item | None = None
    top_depth: int | None = None  # depth of the zone's main items
    for i in block_ids:
        b = blocks[i]
        if i in stop_blocks:
            current = None
            continue
        if b.kind == "table" or (b.style or "").lower().startswith("toc"):
            current = None
            continue
        label = find_label(b, patterns, heading_patterns, structural=structural)
        if current is None and label is None and not structural:
            continue
        if current is not None and not structural and label is None:
            # explicit-label mode: sub-bullets still belong to the current item
            sub = find_label(b, patterns, heading_patterns)
            if sub is not None and sub.bullet:
                current.parts.append((i, sub.end, len(b.text)))
                current.last_block = i
                continue
        if current is not None:
            cl = current.label
            # sub-bullets and deeper sub-items belong to the current item
            if label is not None and label.bullet and cl is not None and not cl.bullet:
                current.parts.append((i, label.end, len(b.text)))
                current.last_block = i
                continue
            if label is not None and cl is not None and not label.bullet and not cl.bullet and \
                    label.depth > cl.depth and _ends_with_colon(doc, current):
                current.parts.append((i, 0, len(b.text)))
                current.last_block = i
                continue
            if label is not None and cl is not None and cl.bullet and label.bullet and \
                    b.list_level > blocks[current.first_block].list_level:
                current.parts.append((i, label.end, len(b.text)))
                current.last_block = i
                continue
            if label is None and cl is not None and cl.heading_style and len(current.parts) == 0:
                current.parts.append((i, 0, len(b.text)))
                current.last_block = i
                continue
            if label is None and (_continuation(b) or (
                    b.list_level > blocks[current.first_block].list_level and b.kind == "list_item")):
                current.parts.append((i, 0, len(b.text)))
                current.last_block = i
                continue
        if label is None:
            current = None
            continue
        if is_intro is not None and not label.bullet:
            rest = b.text[label.end:].strip()
            if rest.endswith(":") and is_intro(rest):
                current = None  # "4.1 The key lines of enquiry were:" introduces the list
                continue
        if label.bullet and not bullets_are_items:
            current = None
            continue
        if top_depth is None and not label.bullet:
            top_depth = label.depth
        current = Item(first_block=i, last_block=i, label=label)
        if not label.heading_style:
            current.parts.append((i, label.end, len(b.text)))
        items.append(current)
    return [it for it in items if it.parts]


def _ends_with_colon(doc: Document, item: Item) -> bool:
    b, s, e = item.parts[-1] if item.parts else (item.first_block, 0, 0)
    return doc.blocks[b].text[s:e].rstrip().endswith(":")


def item_text(doc: Document, item: Item) -> str:
    out = []
    for b, s, e in item.parts:
        t = doc.blocks[b].text[s:e]
        t = BULLET_RE.sub("", t.strip())
        out.append(" ".join(t.split()))
    return " ".join(x for x in out if x)


def item_span(doc: Document, item: Item) -> tuple[int, int]:
    """Char span of the item's text in the document text (label excluded)."""
    b0, s0, _ = item.parts[0]
    b1, _, e1 = item.parts[-1]
    return doc.starts[b0] + s0, doc.starts[b1] + e1
