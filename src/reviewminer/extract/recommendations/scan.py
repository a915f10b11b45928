"""What the recommendation finders share: the document, its sections, and the tests they apply
to a text or a section (is it a recommendation, who does its heading name, what scope, which
finding)."""

from __future__ import annotations

import re
from functools import cached_property

from reviewminer.extract.context import ExtractionContext
from reviewminer.extract.parties import Mention
from reviewminer.extract.recommendations.candidate import Candidate
from reviewminer.model import Party, RecommendationKind, SectionKind
from reviewminer.rules import literals
from reviewminer.structure.items import Item, item_span
from reviewminer.structure.sections import Seg

#: Texts of fewer words are never recommendations.
MIN_WORDS = 4
#: How far into a text the cues are looked for (characters).
MODAL_WINDOW = 300
WEAK_MODAL_WINDOW = 120
INTRODUCES_WINDOW = 200
INTRODUCES_MODAL_WINDOW = 60
#: A weak modal ("The LSCB to commission") needs its subject within this many words.
WEAK_SUBJECT_WORDS = 12
_PARENTHESIS = re.compile(r"\(.*?\)")
_PLURAL = re.compile(r"s$")
_BOARD_CATEGORIES = ("partnership", "collective")
_MODAL_OR_COLON = re.compile(r"\s*(?:\b(?:should|must|shall|will|is to|are to)\b)?\s*:?\s*$", re.I)
_THAT = re.compile(r"\bthat\b(?!.*\bthat\b)", re.I)


class Scan:
    """One document's recommendation search state."""

    def __init__(self, ctx: ExtractionContext) -> None:
        self.ctx = ctx
        self.doc = ctx.doc
        self.seg = ctx.seg
        self.rules = ctx.rules
        self.rr = ctx.rules.recommendations
        self.resolver = ctx.resolver
        self.review_type = ctx.review_type
        self.board = ctx.board
        self.blocks = ctx.doc.blocks
        self.heading_blocks = ctx.heading_blocks
        self.settings = ctx.settings
        self.metadata = ctx.metadata
        self._heading_bodies: dict[int, Mention | None] = {}
        self._heading_owners: dict[int | None, Mention | None] = {}
        self._scopes: dict[tuple[int | None, str], str | None] = {}
        self._recommendation_texts: dict[str, bool] = {}
        #: text -> the response status it states (:func:`.responses.status_of`)
        self.statuses: dict[str, str | None] = {}
        #: first block of a top-level section -> the last finding number at each block from it
        self._findings: dict[int, list[str | None]] = {}
        #: blocks of a numbered list that ran on under sub-headings -> the list's heading section
        self.list_head: dict[int, Seg] = {}
        #: blocks of a zone an introducing line opened -> the body that line hands its items to
        self.intro_owner: dict[int, Mention] = {}
        #: blocks after a line that introduces recommendations and ends with ":"
        self.introduced: set[int] = set()

    @cached_property
    def contents_blocks(self) -> frozenset[int]:
        in_contents: dict[int | None, bool] = {}  # per section: the blocks of one agree
        for i, s in enumerate(self.seg.block_section):
            if s not in in_contents:
                in_contents[s] = SectionKind.CONTENTS in self.seg.kinds_of_block(i)
        return frozenset(i for i, s in enumerate(self.seg.block_section)
                         if in_contents[s] or self.blocks[i].is_contents_entry)

    def chain(self, s: Seg | None) -> list[Seg]:
        """A section and its ancestors, innermost first."""
        return [s, *self.seg.ancestors(s)] if s is not None else []

    def is_mixed_list(self, first_block: int) -> bool:
        """Whether a zone's section (or an ancestor, or the heading its list ran on from) mixes
        conclusions with recommendations."""
        chain = self.chain(self.list_head.get(first_block) or self.seg.section_of(first_block))
        return any(self.rr.mixed_headings.search(x.title) for x in chain)

    def is_improvement_list(self, s: Seg | None) -> bool:
        """Whether a section (or its parent) lists what must improve: every item counts."""
        return any(self.rr.improvement_headings.search(x.title.lower()) for x in self.chain(s)[:2])

    def is_board_question_title(self, text: str) -> bool:
        low = text.lower()
        return any(p.search(low) for p in self.rr.board_question_headings)

    def is_committee_text(self, low: str) -> bool:
        return self.review_type == "cover_report" and any(p.search(low) for p in self.rr.committee)

    def is_recommendation_text(self, text: str) -> bool:
        """Whether a text makes a recommendation (a modal, an introducer, an imperative);
        remembered per text (a list's items are asked about twice)."""
        found = self._recommendation_texts.get(text)
        if found is None:
            found = self._recommendation_texts[text] = self._is_recommendation_text(text)
        return found

    def _is_recommendation_text(self, text: str) -> bool:
        text = text.lstrip("\"' ")
        low = text.lower()
        if len(low.split()) < MIN_WORDS:
            return False
        if self.is_committee_text(low):
            return True
        if self.rr.introduces.search(low[:INTRODUCES_WINDOW]) and \
                not self.resolver.modal.search(low[:INTRODUCES_MODAL_WINDOW]):
            return False  # "The Committee ... makes the following recommendations, which will"
        if self.resolver.modal.search(text[:MODAL_WINDOW]):
            return True
        weak = self.resolver.weak_modal.search(text[:WEAK_MODAL_WINDOW])
        if weak and len(text[:weak.start()].split()) <= WEAK_SUBJECT_WORDS and \
                "." not in text[:weak.start()]:
            return True  # "The LSCB to commission an audit ..."
        if any(p.match(low) for p in self.rr.inline_introducers) or \
                self.rr.recommends_that.search(low[:WEAK_MODAL_WINDOW]):
            return True
        return self.is_imperative(low)

    def introduces(self, text: str) -> bool:
        """Whether a text introduces, counts or declines recommendations rather than making one
        ("The review makes six recommendations, which are reproduced below")."""
        low = text.lower()
        return text.rstrip().endswith(":") or bool(self.rr.introduces.search(
            low[:INTRODUCES_WINDOW])) or any(p.search(low) for p in self.rr.intro_sentence)

    def says_no_items(self, text: str) -> bool:
        """Whether a list's item says the list has nothing in it ("The inspection did not find
        any areas for priority and immediate action")."""
        no_items = self.rr.no_items
        return no_items is not None and no_items.search(text) is not None

    def is_imperative(self, low: str) -> bool:
        first = low.split()[0].strip(",.:")
        if first in self.rr.imperatives or low.startswith(("that ", "to ")):
            return True
        # "Before starting legal action, check with ...": an imperative after a lead-in clause
        lead = self.rr.lead_in_clause.match(low)
        return bool(lead and lead.group(1) in self.rr.imperatives)

    def _heading_agency_name(self, x: Seg) -> str | None:
        m = self.rr.heading_agency.search(x.title)
        name = (m.group("agency") or m.group("agency2")) if m else None
        if name is None and self.is_board_question_title(x.title):
            q = self.rr.board_question_body.search(x.title)
            name = q.group("body") if q else None
        if name is None and x.parent is not None and \
                self.seg.segs[x.parent].kind == SectionKind.RECOMMENDATIONS and \
                not self.rr.not_agency_heading.search(x.title):
            name = x.title  # a bare agency sub-heading inside a recommendations section
        return name

    def intro_subject(self, text: str) -> Mention | None:
        """The body an introducing line hands its items to ("The Ombudsman recommended that the
        Department:", "The following recommendations are for Ashdown Police:"): the one body it
        names after "recommended that" (the recommending body is not the owner), else the one
        body it names that is not an author (inspectorate, ombudsman); None when it names none
        or several."""
        m = self.rr.recommends_that.search(text.lower()) or \
            _THAT.search(text)  # "The recommendations were that DWP should:"
        region = text[m.end():] if m else text
        found = [x for x in self.resolver.mentions(self.resolver.nlp(region))
                 if m or x.category not in self.rr.author_categories]
        bodies = {x.canonical: x for x in found}
        if not bodies and m is not None:  # "... recommended that the Department:"
            return self.resolver.unknown_body(_MODAL_OR_COLON.sub("", region))
        return next(iter(bodies.values())) if len(bodies) == 1 else None

    def heading_owner(self, s: Seg | None) -> Mention | None:
        """An agency named by the section heading ("Recommendations for Westvale Police");
        remembered per section (each of its items asks)."""
        key = s.index if s is not None else None
        if key not in self._heading_owners:
            self._heading_owners[key] = self._heading_owner(s)
        return self._heading_owners[key]

    def _heading_owner(self, s: Seg | None) -> Mention | None:
        for x in self.chain(s):
            name = self._heading_agency_name(x)
            if name:
                name = _PARENTHESIS.sub("", name).strip(" :.-–")
                found = self.resolver.canonicalise(name)
                if found is not None:
                    return Mention(name, found.canonical, found.category, 0, 0)
        return None

    def _heading_body(self, x: Seg) -> Mention | None:
        """The one body a heading names ("Section 2: The effectiveness of the LSCB"), if one."""
        if x.index not in self._heading_bodies:
            found = self.resolver.mentions(self.resolver.nlp(x.title))
            if self.review_type in self.rr.addressed_by_heading:  # not the inspectorate itself
                found = [m for m in found if m.category not in self.rr.author_categories]
            bodies = {m.canonical: m for m in found}
            self._heading_bodies[x.index] = next(iter(bodies.values())) if len(bodies) == 1 \
                else None
        return self._heading_bodies[x.index]

    def addressee(self, s: Seg | None) -> Mention | None:
        """Who an item with no grammatical owner (an imperative, a noun phrase) is addressed to:
        the body its nearest enclosing heading names; in genres that address one inspected body
        part by part (``addressed_by_heading``), the body the nearest earlier heading names, else
        the body the title names (the one specific body, or the one body); in genres that answer
        quoted items (``addressed_by_title``: a government response), the title's body; else the
        genre's usual addressee when the document names it (``addressed_by_default``)."""
        if self.review_type in self.rr.addressed_by_title:
            return self._title_body  # a response's quoted items: the responding body
        for x in self.chain(s):
            body = self._heading_body(x)
            if body is not None:
                return body
        if s is None:
            return None
        if self.review_type in self.rr.addressed_by_heading:
            earlier = [x for x in self.seg.segs if x.heading_block < s.heading_block]
            for x in reversed(earlier[-self.settings.max_headings_back:]):
                body = self._heading_body(x)
                if body is not None:
                    return body
            return self._title_body
        return self._default_addressee

    @cached_property
    def _default_addressee(self) -> Mention | None:
        """The genre's usual addressee (``addressed_by_default``), when the document names it."""
        canonical = (self.rr.addressed_by_default or {}).get(self.review_type or "")
        agency = next((a for a in self.rules.parties.agencies if a.canonical == canonical), None)
        if agency is None:
            return None
        low = self.doc.text.lower()
        # (tried only where the name occurs: a search for "\bname\b" runs at every character)
        named = next((n for n in agency.names
                      if literals.search(re.compile(rf"\b{re.escape(n.lower())}\b"), low)), None)
        if named is None:
            return None  # the document never names it: no party is invented
        return Mention(named, agency.canonical, agency.category, 0, 0)

    @cached_property
    def _title_body(self) -> Mention | None:
        title = self.metadata.title if self.metadata else None
        if not title:
            return None
        found = {m.canonical: m for m in self.resolver.mentions(self.resolver.nlp(title))}
        specific = [m for m in found.values() if self.resolver.is_specific(m)]
        if len(specific) == 1:
            return specific[0]
        return next(iter(found.values())) if len(found) == 1 else None

    def scope(self, s: Seg | None, extra: str = "") -> str | None:
        """Scope stated by a heading (or a table's scope cell); remembered per section and cell."""
        key = (s.index if s is not None else None, extra)
        if key not in self._scopes:
            self._scopes[key] = self._scope(s, extra)
        return self._scopes[key]

    def _scope(self, s: Seg | None, extra: str) -> str | None:
        texts = ([extra] if extra else []) + [x.title for x in self.chain(s)]
        for t in texts:
            low = t.lower()
            for name, pats in self.rr.scope:
                if any(p.search(low) for p in pats):
                    if name == "single_agency" and self._board_heading(t):
                        return "multi_agency"  # "Recommendations for the LSCB": a board's own
                    return name
        return None

    def _board_heading(self, title: str) -> bool:
        m = self.rr.heading_agency.search(title)
        agency = (m.group("agency") or m.group("agency2")) if m else None
        found = self.resolver.canonicalise(agency) if agency else None
        return found is not None and found.category in _BOARD_CATEGORIES

    def scope_from_parties(self, text: str, parties: tuple[Party, ...]) -> str | None:
        """Scope when no heading states it: national asks, one agency, or the partnership (the
        text's analysis is the resolver's, remembered when its parties were resolved)."""
        owners = [p for p in parties if p.role == "owner"]
        if not owners:
            return None
        national = {"government", "national_body"}
        mentioned = {m.category for m in self.resolver.mentions(self.resolver.nlp(text))}
        if mentioned & national or all(p.category in national for p in owners):
            return "national"
        if len(owners) > 1 or owners[0].category in ("partnership", "collective", "council") or \
                self.rr.collaboration.search(text) or (_PLURAL.search(owners[0].name.strip()) and
                                                       owners[0].category in ("provider", "voluntary")):
            return "multi_agency"
        return "single_agency"

    def finding(self, first_block: int, s: Seg | None) -> str | None:
        """The "Finding N" this item follows, within the same top-level section."""
        top = s
        while top is not None and top.parent is not None:
            top = self.seg.segs[top.parent]
        lo = top.first_block if top is not None else 0
        if first_block >= lo:
            found = self._last_finding(lo, first_block)
            if found is not None:
                return found
        for x in self.chain(s):
            for pat in self.rr.finding_labels:
                m = pat.match(x.title) or pat.match(x.heading)
                if m:
                    return m.group("num")
        return None

    def _last_finding(self, lo: int, i: int) -> str | None:
        """The number of the last "Finding N" block in blocks ``lo..i`` (one pass over a section
        for all its items, not one backward scan per item)."""
        acc = self._findings.setdefault(lo, [])
        while len(acc) <= i - lo:
            text = self.blocks[lo + len(acc)].text.strip()
            num = next((m.group("num") for pat in self.rr.finding_labels
                        if (m := pat.match(text))), None)
            acc.append(num if num is not None else (acc[-1] if acc else None))
        return acc[i - lo]

    def candidate(self, it: Item, text: str, kind: RecommendationKind,
                  evidence: str = "zone_item") -> Candidate:
        s = self.seg.section_of(it.first_block)
        cs, ce = item_span(self.doc, it)
        owner = self.intro_owner.get(it.first_block) or self.heading_owner(s)
        # a quoted recommendation with its lead: R1: "Develop ..." (Lead: Kelbrook SAB)
        q = self.rr.quoted_with_lead.match(text)
        if q:
            lead = q.group("lead")
            text = q.group("text").strip()
            k = self.doc.text[cs:ce].find(text[:40])
            if k >= 0:
                cs, ce = cs + k, min(ce, cs + k + len(text))
            found = self.resolver.canonicalise(lead.strip()) if lead else None
            if lead and found is not None:
                owner = Mention(lead.strip(), found.canonical, found.category, 0, 0)
        prov = self.doc.provenance(it.first_block, it.last_block, char_start=cs, char_end=ce)
        in_summary = any(x.kind == SectionKind.EXECUTIVE_SUMMARY for x in self.chain(s))
        return Candidate(it.number, text, kind, s, prov, owner,
                         in_summary=in_summary, scope=self.scope(s),
                         finding=self.finding(it.first_block, s), evidence=evidence)
