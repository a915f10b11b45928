"""Recommendations: where they are, where each ends, what number it carries, who owns it.

Zones: sections whose kind (or an ancestor's) is *recommendations*, and the rest of a section after
a sentence that introduces recommendations ("The review makes the following recommendations:").
Anywhere outside the contents, a "Recommendation N" label also starts an item (LCSPR style:
each finding followed by its recommendation). Tables with a "Recommendation" column (action
plans) contribute their recommendation cells. Items found more than once (executive summary,
body, action plan, cover report) are merged into one recommendation that keeps every location.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reviewminer.document import Document
from reviewminer.extract.items import Item, collect_items, find_label, item_span, item_text
from reviewminer.extract.parties import Mention, PartyResolver
from reviewminer.model import Provenance, Recommendation, RecommendationKind, SectionKind
from reviewminer.rules import Rules
from reviewminer.segment import Seg, Segmentation

_WORD = re.compile(r"[a-z0-9]+")
_HEADING_AGENCY = re.compile(
    r"(?:recommendations?|actions?)\s+(?:for|to|from|addressed to)\s+(?:the\s+)?(?P<agency>.+)$"
    r"|single[- ]agency recommendations?\s*[-:–]\s*(?P<agency2>.+)$",
    re.I,
)
_REC_ZONE_KINDS = {SectionKind.RECOMMENDATIONS}


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


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _zones(doc: Document, seg: Segmentation, rules: Rules) -> list[list[int]]:
    """Runs of non-heading blocks that are recommendation zones."""
    blocks = doc.blocks
    heading_blocks = {s.heading_block for s in seg.segs}
    zone_flags = [False] * len(blocks)
    for i in range(len(blocks)):
        if i in heading_blocks:
            continue
        if seg.kinds_of_block(i) & _REC_ZONE_KINDS:
            zone_flags[i] = True
    # an introducing sentence opens a zone until the next heading
    opened = False
    for i, b in enumerate(blocks):
        if i in heading_blocks:
            opened = False
            continue
        text = b.text.strip()
        if not opened and text.endswith(":") and len(text) < 400 and \
                any(p.search(text.lower()) for p in rules.rec_intro):
            opened = True
            continue
        if opened:
            zone_flags[i] = True
    zones: list[list[int]] = []
    cur: list[int] = []
    for i, flag in enumerate(zone_flags):
        if flag:
            cur.append(i)
        elif cur:
            zones.append(cur)
            cur = []
    if cur:
        zones.append(cur)
    return zones


def _heading_owner(seg: Segmentation, s: Seg | None, resolver: PartyResolver) -> Mention | None:
    """An agency named by the section heading ("Recommendations for Westvale Police")."""
    chain = [s] + seg.ancestors(s) if s is not None else []
    for x in chain:
        m = _HEADING_AGENCY.search(x.title)
        name = (m.group("agency") or m.group("agency2")) if m else None
        if name is None and x.kind == SectionKind.OTHER and x.parent is not None and \
                seg.segs[x.parent].effective_kind == SectionKind.RECOMMENDATIONS:
            name = x.title  # a bare agency sub-heading inside a recommendations section
        if name:
            found = resolver.canonicalise(name.strip(" :.-"))
            if found is not None:
                return Mention(name.strip(" :.-"), found.canonical, found.category, 0, 0)
    return None


def _is_recommendation_text(text: str, rules: Rules, resolver: PartyResolver) -> bool:
    low = text.lower()
    if len(low.split()) < 4:
        return False
    if resolver.find_modal(text[:300]):
        return True
    first = low.split()[0].strip(",.:")
    return first in rules.imperatives or low.startswith(("that ", "to "))


def _table_candidates(doc: Document, i: int, s: Seg | None, seg: Segmentation,
                      resolver: PartyResolver) -> list[Candidate]:
    b = doc.blocks[i]
    rows = b.rows or ()
    if len(rows) < 2:
        return []
    header = [c.lower() for c in rows[0]]
    rec_col = next((k for k, h in enumerate(header) if re.search(r"recommendation", h) and
                    not re.search(r"\b(no|number|ref)\b", h)), None)
    if rec_col is None:
        return []
    num_col = next((k for k, h in enumerate(header) if k != rec_col and
                    re.search(r"\b(rec(ommendation)?\s*(no|number|ref)|no\.?|ref|number|#)\b", h)),
                   None)
    out: list[Candidate] = []
    seen: set[str] = set()
    for row in rows[1:]:
        if rec_col >= len(row):
            continue
        text = " ".join(row[rec_col].split())
        if not text or text.lower() in seen or len(text.split()) < 4:
            continue
        seen.add(text.lower())
        number = None
        if num_col is not None and num_col < len(row):
            number = row[num_col].strip().rstrip(".") or None
        # locate the cell in the block text for provenance
        pos = b.text.find(row[rec_col][:40]) if row[rec_col] else -1
        if pos >= 0:
            cs = doc.starts[i] + pos
            prov = doc.span_provenance(cs, cs + len(row[rec_col]))
        else:
            prov = doc.provenance(i, i)
        out.append(Candidate(number, text, RecommendationKind.RECOMMENDATION, s, prov,
                             _heading_owner(seg, s, resolver), from_table=True))
    return out


def extract_recommendations(doc: Document, seg: Segmentation, rules: Rules,
                            resolver: PartyResolver, review_type: str | None,
                            committee: Mention | None) -> tuple[Recommendation, ...]:
    blocks = doc.blocks
    heading_blocks = {s.heading_block for s in seg.segs}
    candidates: list[Candidate] = []
    zone_blocks: set[int] = set()
    for zone in _zones(doc, seg, rules):
        zone_blocks.update(zone)
        items = collect_items(doc, zone, rules.item_labels, rules.heading_labels,
                              is_intro=lambda t: any(p.search(t.lower()) for p in rules.rec_intro))
        # unlabelled zones: paragraphs that read as recommendations are items
        labelled = [it for it in items if it.label is not None and not it.label.bullet]
        for it in items:
            text = item_text(doc, it)
            if it.label is not None and it.label.bullet and labelled:
                continue  # stray bullets next to numbered recommendations
            if not _is_recommendation_text(text, rules, resolver):
                continue
            candidates.append(_candidate(doc, seg, it, text, resolver))
        if not labelled:
            taken = {b for it in items for b in range(it.first_block, it.last_block + 1)}
            for i in zone:
                b = blocks[i]
                if i in taken or b.kind == "table" or i in heading_blocks:
                    continue
                text = " ".join(b.text.split())
                if text.endswith(":") or not _is_recommendation_text(text, rules, resolver):
                    continue
                if not (resolver.find_modal(text[:200]) and len(text.split()) >= 6):
                    continue
                it = Item(first_block=i, last_block=i, label=None, parts=[(i, 0, len(b.text))])
                candidates.append(_candidate(doc, seg, it, text, resolver))
    # "Recommendation N" labels outside the zones (after findings, in the analysis)
    outside = [i for i in range(len(blocks)) if i not in zone_blocks and i not in heading_blocks
               and not seg.kinds_of_block(i) & {SectionKind.CONTENTS}]
    runs: list[list[int]] = []
    for i in outside:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    explicit = [p for p in rules.item_labels if p.pattern.startswith("^recommendation")]
    for run in runs:
        starts = [i for i in run
                  if find_label(blocks[i], explicit, rules.heading_labels, structural=False)]
        if not starts:
            continue
        items = collect_items(doc, run, explicit, rules.heading_labels, bullets_are_items=False,
                              structural=False)
        for it in items:
            text = item_text(doc, it)
            if len(text.split()) >= 4:
                candidates.append(_candidate(doc, seg, it, text, resolver))
    # tables with a recommendation column
    for i, b in enumerate(blocks):
        if b.kind == "table":
            s = seg.section_of(i)
            candidates.extend(_table_candidates(doc, i, s, seg, resolver))

    for c in candidates:
        if review_type == "cover_report" and any(p.search(c.text) for p in rules.committee):
            c.kind = RecommendationKind.COMMITTEE
    merged = _dedupe(candidates)
    recs: list[Recommendation] = []
    nlp_docs = list(resolver.nlp.pipe([c.text for c, _ in merged]))
    for n, ((c, locations), sdoc) in enumerate(zip(merged, nlp_docs), start=1):
        rec_id = f"r{n}"
        if c.kind == RecommendationKind.COMMITTEE and committee is not None:
            from reviewminer.model import Party

            parties: tuple = (Party(rec_id, committee.name, committee.canonical, committee.category,
                                    "owner", False, None, None),)
        else:
            text_offset = _text_offset(doc, c)
            parties = resolver.resolve(rec_id, c.text, text_offset, heading_owner=c.heading_owner,
                                       doc=sdoc)
        recs.append(
            Recommendation(
                id=rec_id,
                number=c.number,
                kind=c.kind,
                text=c.text,
                parties=parties,
                section_id=c.seg.id if c.seg else None,
                section=c.seg.heading if c.seg else "",
                provenance=c.prov,
                locations=tuple(locations),
            )
        )
    return tuple(recs)


def _text_offset(doc: Document, c: Candidate) -> int | None:
    """Offset of the candidate text in Report.text when it is a verbatim substring there."""
    window = doc.text[c.prov.char_start : c.prov.char_end]
    k = window.find(c.text[:60])
    return c.prov.char_start + k if k >= 0 and window[k:k + len(c.text)] == c.text else None


def _candidate(doc: Document, seg: Segmentation, it: Item, text: str,
               resolver: PartyResolver) -> Candidate:
    s = seg.section_of(it.first_block)
    cs, ce = item_span(doc, it)
    prov = doc.provenance(it.first_block, it.last_block, char_start=cs, char_end=ce)
    in_summary = s is not None and any(
        x.kind == SectionKind.EXECUTIVE_SUMMARY for x in [s] + seg.ancestors(s))
    return Candidate(it.number, text, RecommendationKind.RECOMMENDATION, s, prov,
                     _heading_owner(seg, s, resolver), in_summary=in_summary)


def _similarity(a: list[str], b: list[str]) -> tuple[float, float]:
    """(Jaccard, containment of the shorter in the longer) of two word lists."""
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0, 0.0
    inter = len(sa & sb)
    return inter / len(sa | sb), inter / min(len(sa), len(sb))


def _dedupe(cands: list[Candidate]) -> list[tuple[Candidate, list[Provenance]]]:
    """Merge repeated recommendations; the fullest body version leads, every location is kept.

    Body items (in a recommendations section) merge with each other only when nearly identical.
    Summary copies and action-plan cells are shorter or reworded: each joins the body item it
    overlaps most (same number preferred), or stands alone when none is close.
    """
    wl = [set(words(c.text)) for c in cands]
    primary = [k for k, c in enumerate(cands) if not (c.in_summary or c.from_table)]
    secondary = [k for k, c in enumerate(cands) if c.in_summary or c.from_table]
    groups: list[list[int]] = []

    def strict_place(k: int) -> bool:
        for g in groups:
            lead = g[0]
            if cands[lead].kind != cands[k].kind:
                continue
            jac, cont = _similarity(list(wl[k]), list(wl[lead]))
            if jac >= 0.8 or cont >= 0.9:
                g.append(k)
                return True
        return False

    for k in primary:
        if not strict_place(k):
            groups.append([k])
    n_primary_groups = len(groups)
    for k in secondary:
        c = cands[k]
        best, best_score = None, 0.0
        for gi in range(n_primary_groups):
            lead = groups[gi][0]
            if cands[lead].kind != c.kind:
                continue
            _, cont = _similarity(list(wl[k]), list(wl[lead]))
            same_num = c.number is not None and c.number == cands[lead].number
            ok = cont >= 0.75 or (same_num and cont >= 0.4)
            score = cont + (0.3 if same_num else 0.0)
            if ok and score > best_score:
                best, best_score = gi, score
        if best is not None:
            groups[best].append(k)
        elif not strict_place(k):
            groups.append([k])

    def rank(c: Candidate) -> tuple[int, int, int]:
        return (0 if c.from_table else 1, 0 if c.in_summary else 1, len(c.text))

    out = []
    for g in groups:
        members = [cands[k] for k in g]
        lead = max(members, key=rank)
        if lead.number is None:
            lead.number = next((c.number for c in members if c.number), None)
        locs = [lead.prov] + sorted((c.prov for c in members if c is not lead),
                                    key=lambda p: p.char_start)
        out.append((lead, locs))
    out.sort(key=lambda t: t[0].prov.char_start)
    return out
