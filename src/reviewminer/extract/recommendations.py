"""Recommendations (and learning points, board questions): where, where each ends, number, owner.

Where they are looked for:

* zones: sections whose kind (or an ancestor's) is *recommendations*, and the rest of a section
  after a sentence that introduces recommendations ("The review makes the following
  recommendations:"). A zone titled like "Issues for the Board to consider" yields
  ``board_question`` items;
* anywhere outside the contents: "Recommendation N" labels (LCSPR style, after each finding),
  "Learning point N" labels (``learning_point``), and prose introducers ("It is recommended
  that ...");
* tables with a recommendation column (findings/recommendations tables, action plans), whose
  lead-agency column names the owner and whose action rows become the action plan.

Items found more than once (executive summary, body, action plan, cover report) are merged into
one recommendation that keeps every location. Each carries its scope (multi-agency, single
agency, national) from its headings, and the finding it follows when the report pairs them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from reviewminer.document import Document
from reviewminer.extract.items import Item, collect_items, find_label, item_span, item_text
from reviewminer.extract.metadata import parse_date
from reviewminer.extract.parties import Mention, PartyResolver
from reviewminer.extract.tables import TableRow, table_rows
from reviewminer.model import (
    ActionItem,
    Party,
    Provenance,
    Recommendation,
    RecommendationKind,
    SectionKind,
)
from reviewminer.rules import Rules
from reviewminer.segment import Seg, Segmentation

_WORD = re.compile(r"[a-z0-9]+")
_HEADING_AGENCY = re.compile(
    r"(?:recommendations?|actions?)\s+(?:for|to|from|addressed to)\s+(?:the\s+)?(?P<agency>.+)$"
    r"|single[- ]agency recommendations?\s*[-:–]\s*(?P<agency2>.+)$",
    re.I,
)
_QUOTED = re.compile(
    r'^"(?P<text>[^"]{10,})"\s*[.,;]?\s*(?:\((?:lead|owner|responsible|lead agency)[^:)]*:\s*'
    r'(?P<lead>[^)]+)\)\s*[.;]?)?$', re.I)
_COLLAB = re.compile(r"\b(working with|in partnership with|jointly with|together with|"
                     r"working alongside|with (all )?(its )?partners?)\b", re.I)
_EARLIER = re.compile(r"\b(previous|earlier|prior|last) (review|sar|scr|dhr|report)s?\b|"
                      r"\b(progress|update) (on|against) (the )?(earlier |previous )?"
                      r"recommendations\b", re.I)
_LEARNING_TITLE = re.compile(r"^(key )?learning points?\b", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"'])")


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


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


class RecommendationExtractor:
    """Finds the recommendations of one document."""

    def __init__(self, doc: Document, seg: Segmentation, rules: Rules, resolver: PartyResolver,
                 review_type: str | None, board: Mention | None) -> None:
        self.doc = doc
        self.seg = seg
        self.rules = rules
        self.resolver = resolver
        self.review_type = review_type
        self.board = board
        self.blocks = doc.blocks
        self.heading_blocks = {s.heading_block for s in seg.segs}
        self.contents_blocks = {i for i in range(len(self.blocks))
                                if SectionKind.CONTENTS in seg.kinds_of_block(i)
                                or (self.blocks[i].style or "").lower().startswith("toc")}
        self.action_rows: list[TableRow] = []

    # -- zones -----------------------------------------------------------------------------
    def _is_board_question_title(self, text: str) -> bool:
        low = text.lower()
        return any(p.search(low) for p in self.rules.board_question_headings)

    def zones(self) -> list[tuple[list[int], RecommendationKind]]:
        """Runs of non-heading blocks that hold recommendations (or board questions)."""
        n = len(self.blocks)
        flavour: list[RecommendationKind | None] = [None] * n
        for i in range(n):
            if i in self.heading_blocks or i in self.contents_blocks:
                continue
            s = self.seg.section_of(i)
            if s is None:
                continue
            chain = [s] + self.seg.ancestors(s)
            if any(self._is_board_question_title(x.title) for x in chain):
                flavour[i] = RecommendationKind.BOARD_QUESTION
            elif any(_LEARNING_TITLE.search(x.title) for x in chain):
                flavour[i] = RecommendationKind.LEARNING_POINT
            elif any(x.kind == SectionKind.RECOMMENDATIONS for x in chain):
                flavour[i] = RecommendationKind.RECOMMENDATION
        # an introducing line opens a zone until the next heading
        opened: RecommendationKind | None = None
        for i, b in enumerate(self.blocks):
            if i in self.heading_blocks:
                opened = None
                continue
            text = b.text.strip()
            low = text.lower()
            if text.endswith(":") and len(text) < 400:
                if self.review_type == "cover_report" and \
                        any(p.search(low) for p in self.rules.committee):
                    opened = RecommendationKind.COMMITTEE  # "The Committee is asked to:"
                    continue
                if self._is_board_question_title(low):
                    opened = RecommendationKind.BOARD_QUESTION
                    continue
                if any(p.search(low) for p in self.rules.rec_intro) and \
                        not low.startswith(("in addition to", "as well as", "alongside")):
                    opened = RecommendationKind.RECOMMENDATION
                    continue
            if opened is not None and (flavour[i] is None or
                                       opened != RecommendationKind.RECOMMENDATION):
                flavour[i] = opened
        zones: list[tuple[list[int], RecommendationKind]] = []
        cur: list[int] = []
        cur_kind: RecommendationKind | None = None
        for i, f in enumerate(flavour + [None]):
            if f is not None and f == cur_kind:
                cur.append(i)
                continue
            if cur and cur_kind is not None:
                zones.append((cur, cur_kind))
            cur, cur_kind = ([i], f) if f is not None else ([], None)
        return zones

    # -- candidates ------------------------------------------------------------------------
    _INTRODUCES = re.compile(
        r"\b(following|these|its|our|the) recommendations\b|\brecommendations (are|were) (as "
        r"follows|set out|listed)|\b(does|do|did|will) not make (any )?recommendations|"
        r"\bmakes? no recommendations|\bno recommendations (are|were|have been) made", re.I)

    def _is_recommendation_text(self, text: str) -> bool:
        text = text.lstrip("\"' ")
        low = text.lower()
        if len(low.split()) < 4:
            return False
        if self.review_type == "cover_report" and any(p.search(low) for p in self.rules.committee):
            return True
        if self._INTRODUCES.search(low[:200]) and not self.resolver.modal.search(low[:60]):
            return False  # "The Committee ... makes the following recommendations, which will"
        if self.resolver.modal.search(text[:300]):
            return True
        weak = self.resolver.weak_modal.search(text[:120])
        if weak and len(text[:weak.start()].split()) <= 12 and "." not in text[:weak.start()]:
            return True  # "The LSCB to commission an audit ..."
        if any(p.match(low) for p in self.rules.inline_introducers) or \
                re.search(r"\brecommends? that\b", low[:120]):
            return True
        first = low.split()[0].strip(",.:")
        if first in self.rules.imperatives or low.startswith(("that ", "to ")):
            return True
        # "Before starting legal action, check with ...": an imperative after a lead-in clause
        lead = re.match(r"^(?:before|when|where|if|once|after|in order to|unless|whenever)\b"
                        r"[^,]{0,120},\s*(\w+)", low)
        return bool(lead and lead.group(1) in self.rules.imperatives)

    def _heading_owner(self, s: Seg | None) -> Mention | None:
        """An agency named by the section heading ("Recommendations for Westvale Police")."""
        chain = [s] + self.seg.ancestors(s) if s is not None else []
        for x in chain:
            m = _HEADING_AGENCY.search(x.title)
            name = (m.group("agency") or m.group("agency2")) if m else None
            if name is None and self._is_board_question_title(x.title):
                q = re.search(r"(?:for|to|by)\s+(?:the\s+)?(?P<body>.+?)(?:\s+to consider)?$",
                              x.title, re.I)
                name = q.group("body") if q else None
            if name is None and x.parent is not None and \
                    self.seg.segs[x.parent].kind == SectionKind.RECOMMENDATIONS and \
                    not re.search(r"recommendation|finding|learning", x.title, re.I):
                name = x.title  # a bare agency sub-heading inside a recommendations section
            if name:
                name = re.sub(r"\(.*?\)", "", name).strip(" :.-–")
                found = self.resolver.canonicalise(name)
                if found is not None:
                    return Mention(name, found.canonical, found.category, 0, 0)
        return None

    def _scope(self, s: Seg | None, extra: str = "") -> str | None:
        texts = ([extra] if extra else []) + (
            [x.title for x in [s] + self.seg.ancestors(s)] if s is not None else [])
        for t in texts:
            low = t.lower()
            for name, pats in self.rules.rec_scope:
                if any(p.search(low) for p in pats):
                    if name == "single_agency":
                        # "Recommendations for the LSCB": a board's own are multi-agency
                        m = _HEADING_AGENCY.search(t)
                        agency = (m.group("agency") or m.group("agency2")) if m else None
                        found = self.resolver.canonicalise(agency) if agency else None
                        if found is not None and found.category in ("partnership", "collective"):
                            return "multi_agency"
                    return name
        return None

    _NATIONAL = re.compile(r"\bnational(ly)?\b|\bgovernment\b|\blegislation\b|"
                           r"\bstatutory guidance\b", re.I)

    def _scope_from_parties(self, text: str, parties: tuple[Party, ...], sdoc: Doc) -> str | None:
        """Scope when no heading states it: national asks, one agency, or the partnership."""
        owners = [p for p in parties if p.role == "owner"]
        if not owners:
            return None
        mentioned = {m.category for m in self.resolver.mentions(sdoc)}
        if mentioned & {"government", "national_body"} or \
                all(p.category in ("government", "national_body") for p in owners):
            return "national"
        if len(owners) > 1 or owners[0].category in ("partnership", "collective", "council") or \
                _COLLAB.search(text) or re.search(r"s$", owners[0].name.strip()) and \
                owners[0].category in ("provider", "voluntary"):
            return "multi_agency"
        return "single_agency"

    def _finding(self, first_block: int, s: Seg | None) -> str | None:
        """The "Finding N" this item follows, within the same top-level section."""
        top = s
        while top is not None and top.parent is not None:
            top = self.seg.segs[top.parent]
        lo = top.first_block if top is not None else 0
        for i in range(first_block, lo - 1, -1):
            text = self.blocks[i].text.strip()
            for pat in self.rules.finding_labels:
                m = pat.match(text)
                if m:
                    return m.group("num")
        if s is not None:
            for x in [s] + self.seg.ancestors(s):
                for pat in self.rules.finding_labels:
                    m = pat.match(x.title) or pat.match(x.heading)
                    if m:
                        return m.group("num")
        return None

    def _candidate(self, it: Item, text: str, kind: RecommendationKind) -> Candidate:
        s = self.seg.section_of(it.first_block)
        cs, ce = item_span(self.doc, it)
        owner = self._heading_owner(s)
        # a quoted recommendation with its lead: R1: "Develop ..." (Lead: Kelbrook SAB)
        q = _QUOTED.match(text)
        if q:
            lead = q.group("lead")
            text = q.group("text").strip()
            window = self.doc.text[cs:ce]
            k = window.find(text[:40])
            if k >= 0:
                cs, ce = cs + k, min(ce, cs + k + len(text))
            if lead:
                found = self.resolver.canonicalise(lead.strip())
                if found is not None:
                    owner = Mention(lead.strip(), found.canonical, found.category, 0, 0)
        prov = self.doc.provenance(it.first_block, it.last_block, char_start=cs, char_end=ce)
        chain = [s] + self.seg.ancestors(s) if s is not None else []
        in_summary = any(x.kind == SectionKind.EXECUTIVE_SUMMARY for x in chain)
        return Candidate(it.number, text, kind, s, prov, owner,
                         in_summary=in_summary, scope=self._scope(s),
                         finding=self._finding(it.first_block, s))

    def zone_candidates(self) -> tuple[list[Candidate], set[int]]:
        out: list[Candidate] = []
        zone_blocks: set[int] = set()
        rules = self.rules
        for zone, kind in self.zones():
            zone_blocks.update(zone)
            items = collect_items(
                self.doc, zone, rules.item_labels, rules.heading_labels,
                is_intro=lambda t: any(p.search(t.lower()) for p in rules.rec_intro)
                or self._is_board_question_title(t),
            )
            labelled = [it for it in items if it.label is not None and not it.label.bullet]
            for it in items:
                text = item_text(self.doc, it)
                if it.label is not None and it.label.bullet and labelled:
                    continue  # stray bullets next to numbered recommendations
                if kind in (RecommendationKind.BOARD_QUESTION, RecommendationKind.COMMITTEE,
                            RecommendationKind.LEARNING_POINT):
                    if len(text.split()) >= 3:
                        out.append(self._candidate(it, text, kind))
                    continue
                if not self._is_recommendation_text(text):
                    continue
                out.append(self._candidate(it, text, kind))
            if labelled:
                continue
            # unlabelled zones: paragraphs that read as recommendations (or ask the board)
            taken = {b for it in items for b in range(it.first_block, it.last_block + 1)}
            for i in zone:
                b = self.blocks[i]
                if i in taken or b.kind == "table" or i in self.heading_blocks:
                    continue
                text = " ".join(b.text.split())
                if text.endswith(":"):
                    continue
                if kind == RecommendationKind.BOARD_QUESTION:
                    ok = text.endswith("?") and len(text.split()) >= 4
                elif kind == RecommendationKind.LEARNING_POINT:
                    ok = len(text.split()) >= 4
                else:
                    ok = self._is_recommendation_text(text) and len(text.split()) >= 6 and \
                        self.resolver.find_modal(text[:200]) is not None
                if ok:
                    it = Item(first_block=i, last_block=i, label=None,
                              parts=[(i, 0, len(b.text))])
                    out.append(self._candidate(it, text, kind))
        return out, zone_blocks

    def labelled_candidates(self, zone_blocks: set[int]) -> list[Candidate]:
        """"Recommendation N" and "Learning point N" items outside the zones."""
        out: list[Candidate] = []
        runs: list[list[int]] = []
        for i in range(len(self.blocks)):
            if i in zone_blocks or i in self.heading_blocks or i in self.contents_blocks:
                continue
            if runs and runs[-1][-1] == i - 1:
                runs[-1].append(i)
            else:
                runs.append([i])
        # labels that say "recommendation" themselves ("Recommendation 2", "R2", "Rec 2:") count
        # anywhere; plain numbers only inside the zones
        explicit = [p for p in self.rules.item_labels if "recommendation\\s+(?P<num>" in p.pattern
                    or p.pattern.startswith(("^(?P<num>R", "^rec"))]
        for labels, kind in ((explicit, RecommendationKind.RECOMMENDATION),
                             (list(self.rules.learning_labels), RecommendationKind.LEARNING_POINT)):
            heading_labels = self.rules.heading_labels if kind == RecommendationKind.RECOMMENDATION \
                else tuple(re.compile(p.pattern + "$", re.I) for p in labels)
            for run in runs:
                if not any(find_label(self.blocks[i], labels, heading_labels, structural=False)
                           for i in run):
                    continue
                items = collect_items(self.doc, run, labels, heading_labels,
                                      bullets_are_items=False, structural=False)
                for it in items:
                    text = item_text(self.doc, it)
                    if len(text.split()) < 4:
                        continue
                    if kind == RecommendationKind.RECOMMENDATION and \
                            not self._is_recommendation_text(text):
                        continue  # "R2" or "Rec 2" starting a narrative sentence
                    out.append(self._candidate(it, text, kind))
        return out

    def inline_candidates(self, zone_blocks: set[int]) -> list[Candidate]:
        """Prose recommendations: "It is recommended that ...", "The review recommends that ..."."""
        out: list[Candidate] = []
        intro = re.compile(
            r"(?:^|(?<=[.!?]\s))(?P<s>(?:" + "|".join(
                p.pattern for p in self.rules.inline_introducers) + r")\b)", re.I)
        for i, b in enumerate(self.blocks):
            if i in zone_blocks or i in self.heading_blocks or i in self.contents_blocks or \
                    b.kind == "table":
                continue
            for m in intro.finditer(b.text):
                start = m.start("s")
                end_m = _SENTENCE_END.search(b.text, m.end())
                end = end_m.start() if end_m else len(b.text)
                text = " ".join(b.text[start:end].split())
                if len(text.split()) < 6:
                    continue
                it = Item(first_block=i, last_block=i, label=None, parts=[(i, start, end)])
                out.append(self._candidate(it, text, RecommendationKind.RECOMMENDATION))
        return out

    def table_candidates(self) -> list[Candidate]:
        out: list[Candidate] = []
        for i, b in enumerate(self.blocks):
            if b.kind != "table":
                continue
            s = self.seg.section_of(i)
            chain = [s] + self.seg.ancestors(s) if s is not None else []
            header = " ".join(b.rows[0]) if b.rows else ""
            if any(_EARLIER.search(x.title) for x in chain) or _EARLIER.search(header):
                continue  # a table of an earlier review's recommendations and their progress
            rows, is_plan = table_rows(self.doc, i, self.rules)
            if is_plan:
                self.action_rows.extend(rows)
            by_text: dict[str, Candidate] = {}
            for row in rows:
                text = row.recommendation
                if len(text.split()) < 4:
                    continue
                key = " ".join(words(text))
                if key in by_text:
                    by_text[key].table_rows.append(row)
                    continue
                owner = None
                if row.lead_agency:
                    found = self.resolver.canonicalise(row.lead_agency)
                    if found is not None:
                        owner = Mention(row.lead_agency, found.canonical, found.category, 0, 0)
                kind = RecommendationKind.RECOMMENDATION
                if re.search(r"learning point", " ".join(b.rows[0]) if b.rows else "", re.I):
                    kind = RecommendationKind.LEARNING_POINT
                # a plan's title ("Multi-agency action plan") describes the plan, not each row
                c = Candidate(row.number, text, kind, s, row.prov,
                              owner or self._heading_owner(s), from_table=True,
                              scope=self._scope(None, row.scope) if row.scope else None,
                              finding=row.finding, table_rows=[row])
                by_text[key] = c
                out.append(c)
        return out

    # -- assembly --------------------------------------------------------------------------
    def run(self) -> tuple[tuple[Recommendation, ...], tuple[ActionItem, ...]]:
        zone_cands, zone_blocks = self.zone_candidates()
        cands = zone_cands + self.labelled_candidates(zone_blocks) + \
            self.inline_candidates(zone_blocks) + self.table_candidates()
        cands = _drop_overlaps(cands)
        for c in cands:
            if self.review_type == "cover_report" and c.kind == RecommendationKind.RECOMMENDATION \
                    and any(p.search(c.text) for p in self.rules.committee):
                c.kind = RecommendationKind.COMMITTEE
        merged = _dedupe(cands)
        recs: list[Recommendation] = []
        texts = [c.text for c, _, _ in merged]
        for n, ((c, locations, members), sdoc) in enumerate(
                zip(merged, self.resolver.nlp.pipe(texts)), start=1):
            rec_id = f"r{n}"
            heading_owner = c.heading_owner or next(
                (m.heading_owner for m in members if m.heading_owner), None)
            board_q = c.kind == RecommendationKind.BOARD_QUESTION
            if (c.kind == RecommendationKind.COMMITTEE or board_q) and \
                    (self.board is not None or heading_owner is not None):
                # a committee's own recommendation, or a question put to the board: the owner
                # is that body (named by the heading when it says which)
                b = heading_owner if board_q and heading_owner is not None else self.board
                assert b is not None
                parties: tuple[Party, ...] = (
                    Party(rec_id, b.name, b.canonical, b.category, "owner", board_q, None, None,
                          self.resolver.successor(b.canonical)),)
            elif c.kind == RecommendationKind.LEARNING_POINT:
                parties = ()  # learning for practitioners: nobody owns it
            else:
                parties = self.resolver.resolve(rec_id, c.text, _text_offset(self.doc, c),
                                                heading_owner=heading_owner, doc=sdoc)
            scope = c.scope or next((m.scope for m in members if m.scope), None)
            if scope is None and c.kind == RecommendationKind.RECOMMENDATION:
                scope = self._scope_from_parties(c.text, parties, sdoc)
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
                    scope=scope,
                    finding=c.finding or next((m.finding for m in members if m.finding), None),
                )
            )
        return tuple(recs), self._actions(recs, merged)

    def _actions(self, recs: list[Recommendation],
                 merged: list[tuple[Candidate, list[Provenance], list[Candidate]]]
                 ) -> tuple[ActionItem, ...]:
        """Action-plan rows, each linked to the recommendation it serves."""
        row_rec: dict[int, Recommendation] = {}
        for rec, (_, _, members) in zip(recs, merged):
            for m in members:
                for row in m.table_rows:
                    row_rec[id(row)] = rec
        by_number: dict[str, list[Recommendation]] = {}
        for r in recs:
            if r.number:
                by_number.setdefault(r.number.lower(), []).append(r)
        out: list[ActionItem] = []
        for row in self.action_rows:
            if not row.action:
                continue
            lead_canonical = None
            if row.lead_agency:
                found = self.resolver.canonicalise(row.lead_agency)
                lead_canonical = found.canonical if found else None
            rec = row_rec.get(id(row))
            if rec is None and row.number:
                rec = _rec_by_reference(row.number, lead_canonical, by_number)
            out.append(
                ActionItem(
                    id=f"a{len(out) + 1}",
                    recommendation_id=rec.id if rec else None,
                    recommendation_number=row.number or (rec.number if rec else None),
                    action=row.action,
                    lead_agency=row.lead_agency,
                    lead_agency_canonical=lead_canonical,
                    lead_officer=row.lead_officer,
                    target_date=parse_date(row.target_date) if row.target_date else None,
                    target_date_text=row.target_date,
                    status=row.status,
                    provenance=row.action_prov or row.prov,
                )
            )
        return tuple(out)


def extract_recommendations(doc: Document, seg: Segmentation, rules: Rules,
                            resolver: PartyResolver, review_type: str | None,
                            board: Mention | None
                            ) -> tuple[tuple[Recommendation, ...], tuple[ActionItem, ...]]:
    """Recommendations and action-plan rows of a document."""
    return RecommendationExtractor(doc, seg, rules, resolver, review_type, board).run()


def _rec_by_reference(ref: str, lead: str | None,
                      by_number: dict[str, list[Recommendation]]) -> Recommendation | None:
    """The recommendation an action-plan reference names: "3", "R3", or "M1"/"LSCB 1"
    (a prefix naming the group when numbering restarts), disambiguated by the lead agency."""
    ref = ref.strip().lower().rstrip(".")
    cands = by_number.get(ref, [])
    if not cands:
        m = re.search(r"([0-9]+[a-z]?(?:\.[0-9]+)*)$", ref)
        cands = by_number.get(m.group(1), []) if m else []
    if len(cands) > 1 and lead is not None:
        owned = [r for r in cands if any(p.canonical == lead and p.role == "owner"
                                         for p in r.parties)]
        cands = owned or cands
    return cands[0] if len(cands) == 1 else None


def _text_offset(doc: Document, c: Candidate) -> int | None:
    """Offset of the candidate text in Report.text when it is a verbatim substring there."""
    window = doc.text[c.prov.char_start : c.prov.char_end]
    k = window.find(c.text[:60])
    return c.prov.char_start + k if k >= 0 and window[k:k + len(c.text)] == c.text else None


def _drop_overlaps(cands: list[Candidate]) -> list[Candidate]:
    """A span found by two routes (zone item and prose introducer) counts once."""
    out: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (c.prov.char_start, -(c.prov.char_end))):
        if out and not c.from_table and not out[-1].from_table and \
                c.prov.char_start < out[-1].prov.char_end and \
                c.prov.char_end <= out[-1].prov.char_end:
            continue
        out.append(c)
    return out


def _similarity(a: set[str], b: set[str]) -> tuple[float, float]:
    """(Jaccard, containment of the smaller in the larger) of two word sets."""
    if not a or not b:
        return 0.0, 0.0
    inter = len(a & b)
    return inter / len(a | b), inter / min(len(a), len(b))


def _dedupe(cands: list[Candidate]
            ) -> list[tuple[Candidate, list[Provenance], list[Candidate]]]:
    """Merge repeated recommendations; the fullest body version leads, every location is kept.

    Body items merge with each other only when nearly identical. Summary copies and table cells
    are shorter or reworded: each joins the body item it overlaps most (same number preferred),
    or stands alone when none is close.
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
            jac, cont = _similarity(wl[k], wl[lead])
            if jac >= 0.8 or cont >= 0.9:
                g.append(k)
                return True
        return False

    for k in primary:
        if not strict_place(k):
            groups.append([k])
    n_primary = len(groups)
    for k in secondary:
        c = cands[k]
        best, best_score = None, 0.0
        for gi in range(n_primary):
            lead = groups[gi][0]
            if cands[lead].kind != c.kind:
                continue
            _, cont = _similarity(wl[k], wl[lead])
            same_num = c.number is not None and c.number == cands[lead].number
            ok = cont >= 0.75 or (same_num and cont >= 0.4)
            score = cont + (0.3 if same_num else 0.0)
            if ok and score > best_score:
                best, best_score = gi, score
        if best is not None:
            groups[best].append(k)
        elif not strict_place(k):
            groups.append([k])

    def rank(c: Candidate) -> tuple[int, int, int, int]:
        return (0 if c.from_table else 1, 0 if c.in_summary else 1, 1 if c.number else 0,
                len(c.text))

    out = []
    for g in groups:
        members = [cands[k] for k in g]
        lead = max(members, key=rank)
        if lead.number is None:
            lead.number = next((c.number for c in members if c.number), None)
        locs = [lead.prov] + sorted((c.prov for c in members if c is not lead),
                                    key=lambda p: p.char_start)
        out.append((lead, locs, members))
    out.sort(key=lambda t: t[0].prov.char_start)
    return out
