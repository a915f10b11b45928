"""Key lines of enquiry / terms-of-reference items.

Zones: sections whose kind is *terms_of_reference* (including appendices so titled), and the
items following a sentence that introduces them ("... key lines of enquiry that relate to:").
Items are numbered or bulleted entries, or question paragraphs. Each item is classified as a
case-specific line of enquiry, a generic statutory purpose, or a scope fact (period under review,
agencies involved), using the cues in ``models/rules/enquiry.json``.
"""

from __future__ import annotations

import dataclasses
import re

from reviewminer.document import Document
from reviewminer.extract.items import Item, collect_items, item_span, item_text
from reviewminer.model import EnquiryKind, EnquiryLine, SectionKind
from reviewminer.rules import Rules
from reviewminer.segment import Segmentation


_INTRO_END = re.compile(r"\b(as follows|the following|set out below|listed below|are below|"
                        r"shown below|in the table below)\s*[.:]?$", re.I)


def classify(text: str, rules: Rules, *, purpose_context: bool = False) -> EnquiryKind:
    """Scope fact, generic purpose, or case-specific line of enquiry.

    ``purpose_context``: the item sits under a sub-heading or sentence about the review's purpose
    ("the purpose of a review is to:"), so it is generic unless it asks a question.
    """
    low = text.lower()
    if any(p.search(low) for p in rules.enquiry_scope):
        return EnquiryKind.SCOPE
    if any(p.search(low) for p in rules.purpose):
        return EnquiryKind.PURPOSE
    if purpose_context and not text.rstrip().endswith("?"):
        return EnquiryKind.PURPOSE
    return EnquiryKind.LINE_OF_ENQUIRY


def _is_question_like(text: str, rules: Rules) -> bool:
    low = text.lower().lstrip("•-* ")
    return text.rstrip().endswith("?") or low.startswith(tuple(q + " " for q in rules.question_starts))


def extract_enquiry(doc: Document, seg: Segmentation, rules: Rules) -> tuple[EnquiryLine, ...]:
    blocks = doc.blocks
    heading_blocks = {s.heading_block for s in seg.segs}
    zones: list[list[int]] = []
    # 1. terms-of-reference sections
    for s in seg.segs:
        if s.kind != SectionKind.TERMS_OF_REFERENCE:
            continue
        if s.parent is not None and seg.segs[s.parent].kind == SectionKind.TERMS_OF_REFERENCE:
            continue  # covered by its parent's zone
        zones.append([i for i in range(s.first_block + 1, s.last_block + 1)
                      if i not in heading_blocks])
    covered = {i for z in zones for i in z}
    # 2. an introducing sentence anywhere else ("... key lines of enquiry that relate to:")
    for i, b in enumerate(blocks):
        if i in covered or i in heading_blocks:
            continue
        text = b.text.strip()
        if not text.endswith(":") or len(text) > 500:
            continue
        if not any(p.search(text.lower()) for p in rules.enquiry_intro):
            continue
        zone = []
        for j in range(i + 1, len(blocks)):
            if j in heading_blocks or blocks[j].kind == "table":
                break
            zone.append(j)
        zones.append(zone)
        covered.update(zone)

    lines: list[EnquiryLine] = []
    seen: set[str] = set()
    tor_blocks = {z for s in seg.segs if s.kind == SectionKind.TERMS_OF_REFERENCE
                  for z in range(s.first_block, s.last_block + 1)}
    # inline lists: "The review's key lines of enquiry were: how ...; whether ...; and how ..."
    for i, b in enumerate(blocks):
        if i in heading_blocks or b.kind == "table":
            continue
        for text, cs, ce in _inline_items(b.text, rules):
            key = " ".join(text.lower().split())
            if key in seen:
                continue
            seen.add(key)
            s = seg.section_of(i)
            start = doc.starts[i]
            lines.append(EnquiryLine(id="", number=None, text=text, kind=classify(text, rules),
                                     section_id=s.id if s else None,
                                     provenance=doc.provenance(i, i, char_start=start + cs,
                                                               char_end=start + ce)))
    # tables of lines of enquiry ("No. | Key line of enquiry")
    for i, b in enumerate(blocks):
        if b.kind != "table" or not b.rows or len(b.rows) < 2:
            continue
        header = [" ".join(c.lower().split()) for c in b.rows[0]]
        num_col = next((k for k, h in enumerate(header)
                        if re.fullmatch(r"(no\.?|number|#|ref\.?|kloe|q|question no\.?)", h)), None)
        col = next((k for k, h in enumerate(header) if k != num_col and (
                    any(p.search(h) for p in rules.enquiry_intro) or
                    re.search(r"\b(question|line of enquiry|kloe|area of focus)", h))), None)
        if col is None:
            continue
        s = seg.section_of(i)
        pos = 0
        for row in b.rows[1:]:
            if col >= len(row):
                continue
            text = " ".join(row[col].split())
            key = " ".join(text.lower().split())
            if len(text.split()) < 3 or key in seen:
                continue
            seen.add(key)
            k = b.text.find(row[col], pos)
            cs = doc.starts[i] + max(k, 0)
            pos = max(k, 0) + len(row[col])
            number = row[num_col].strip().rstrip(".") if num_col is not None and \
                num_col < len(row) and row[num_col].strip() else None
            lines.append(EnquiryLine(id="", number=number, text=text, kind=classify(text, rules),
                                     section_id=s.id if s else None,
                                     provenance=doc.span_provenance(cs, cs + len(row[col]))))
    for zone in zones:
        if not zone:
            continue
        items = collect_items(
            doc, zone, rules.enquiry_labels + rules.item_labels,
            is_intro=lambda t: any(p.search(t.lower()) for p in rules.enquiry_intro)
            or any(p.search(t.lower()) for p in rules.purpose_context),
        )
        taken = {b for it in items for b in range(it.first_block, it.last_block + 1)}
        # question paragraphs without labels
        for i in zone:
            if i in taken or blocks[i].kind == "table":
                continue
            t = blocks[i].text
            if t.strip().endswith("?") and len(t.split()) >= 4:
                # one question per item, also when a PDF ran several into one paragraph
                start = 0
                for m in re.finditer(r"\?(?=\s+[A-Z])|\?\s*$", t):
                    items.append(Item(i, i, None, [(i, start, m.end())]))
                    start = m.end()
                    while start < len(t) and t[start] == " ":
                        start += 1
        items.sort(key=lambda it: it.first_block)
        # an intro-sentence zone ends where the list ends
        if zone and zone[0] not in tor_blocks:
            items = _leading_run(items)
        for it in items:
            text = item_text(doc, it)
            if len(text.split()) < 3 or text.endswith(":") or _INTRO_END.search(text):
                continue
            key = " ".join(text.lower().split())
            if key in seen:
                continue
            seen.add(key)
            cs, ce = item_span(doc, it)
            s = seg.section_of(it.first_block)
            kind = classify(text, rules, purpose_context=_purpose_context(doc, seg, it, rules))
            if kind == EnquiryKind.LINE_OF_ENQUIRY and it.label is None and \
                    not _is_question_like(text, rules):
                continue
            lines.append(
                EnquiryLine(
                    id="",
                    number=it.number,
                    text=text,
                    kind=kind,
                    section_id=s.id if s else None,
                    provenance=doc.provenance(it.first_block, it.last_block, char_start=cs,
                                              char_end=ce),
                )
            )
    lines.sort(key=lambda e: e.provenance.char_start)
    return tuple(dataclasses.replace(e, id=f"k{n}") for n, e in enumerate(lines, start=1))


_INLINE = re.compile(r":\s+(?=\S)")


def _inline_items(text: str, rules: Rules) -> list[tuple[str, int, int]]:
    """Items of a list run into one paragraph after an introducing phrase and a colon."""
    m = _INLINE.search(text)
    if not m or m.start() > 300:
        return []
    intro = text[: m.start()].lower()
    if not any(p.search(intro) for p in rules.enquiry_intro):
        return []
    rest_start = m.end()
    parts = []
    pos = rest_start
    for piece in re.split(r"(;\s+(?:and\s+|or\s+)?)", text[rest_start:]):
        if piece.startswith(";"):
            pos += len(piece)
            continue
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            end = pos + lead + len(stripped)
            if not re.search(r"[.;?]$", stripped) and end < len(text) and text[end] == ";":
                end += 1
            parts.append((text[pos + lead:end], pos + lead, end))
        pos += len(piece)
    return parts if len(parts) >= 2 else []


def _purpose_context(doc: Document, seg: Segmentation, it: Item, rules: Rules) -> bool:
    """Whether the sentence introducing an item, or its sub-heading, is about generic purposes
    ("the purpose of a review is to:", "Core tasks")."""
    s = seg.section_of(it.first_block)
    if s is not None and any(p.search(s.title.lower()) for p in rules.purpose_context):
        return True
    first = s.heading_block if s is not None else -1
    for i in range(it.first_block - 1, first, -1):
        b = doc.blocks[i]
        t = b.text.strip()
        if t.endswith(":") and not t.startswith("•"):
            return any(p.search(t.lower()) for p in rules.purpose_context)
        if b.kind == "paragraph" and not t.startswith("•") and b.label is None:
            break
    return False


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
