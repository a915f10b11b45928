"""Recommendations (and learning points, board questions): where, where each ends, number, owner.

* :mod:`.zones`: sections whose kind (or an ancestor's) is *recommendations*, and the rest of a
  section after a sentence that introduces recommendations ("The review makes the following
  recommendations:"); a zone titled like "Issues for the Board to consider" yields
  ``board_question`` items;
* :mod:`.candidates`: items in the zones; anywhere outside the contents, "Recommendation N" labels
  (LCSPR style, after each finding), "Learning point N" labels (``learning_point``) and prose
  introducers ("It is recommended that ..."); tables with a recommendation column
  (:mod:`.tables`: findings/recommendations tables, action plans), whose lead-agency column names
  the owner and whose action rows become the action plan (:mod:`.actions`);
* :mod:`.dedupe`: items found more than once (executive summary, body, action plan, cover report)
  are merged into one recommendation that keeps every location.

Each carries its parties (:class:`reviewminer.extract.parties.PartyResolver`), its scope
(multi-agency, single agency, national) from its headings, and the finding it follows when the
report pairs them (:mod:`.scan`).
"""

from __future__ import annotations

import dataclasses

from reviewminer.errors import DocumentTooLargeError
from reviewminer.extract.context import ExtractionContext
from reviewminer.extract.parties import Mention
from reviewminer.extract.recommendations.actions import link_actions
from reviewminer.extract.recommendations.candidate import (
    EVIDENCE_CONFIDENCE,
    Candidate,
    text_offset,
)
from reviewminer.extract.recommendations.candidates import (
    inline_candidates,
    labelled_candidates,
    table_candidates,
    zone_candidates,
)
from reviewminer.extract.recommendations.dedupe import Merged, Owner, dedupe, drop_overlaps
from reviewminer.extract.recommendations.responses import responses
from reviewminer.extract.recommendations.scan import MODAL_WINDOW, Scan
from reviewminer.extract.recommendations.tables import TableRow
from reviewminer.extract.recommendations.template import template_candidates
from reviewminer.model import Party, Recommendation, RecommendationKind

__all__ = ["RecommendationExtractor"]


#: What a response that quotes labelled items keeps: the quotes, and tables of items.
_QUOTED_EVIDENCE = ("explicit_label", "table")


def _candidates(scan: Scan, action_rows: list[TableRow]) -> list[Candidate]:
    templated = template_candidates(scan)
    if templated is not None:
        return templated  # a fixed-template genre says where its items are
    zone_cands, zone_blocks = zone_candidates(scan)
    labelled = labelled_candidates(scan, zone_blocks)
    # a response that quotes labelled items ("Recommendation 12: ...") restates them in prose
    quotes = any(c.evidence == "explicit_label" for c in zone_cands + labelled)
    cands = zone_cands + labelled + inline_candidates(scan, zone_blocks, reported=not quotes) + \
        table_candidates(scan, action_rows)
    if quotes and scan.review_type in scan.rr.responded_types:
        # a response that quotes its items with their labels: the rest is its answer ("we will
        # establish a public record ..."), not recommendations
        cands = [c for c in cands if c.evidence in _QUOTED_EVIDENCE]
    cands = drop_overlaps(cands)
    for c in cands:
        if c.kind == RecommendationKind.RECOMMENDATION and scan.review_type == "cover_report" \
                and any(p.search(c.text) for p in scan.rr.committee):
            c.kind = RecommendationKind.COMMITTEE
    return cands


def _owner(scan: Scan, c: Candidate, cache: dict[str, Owner | None]) -> Owner | None:
    """Who an item is addressed to, for dedupe: its template addressees, else the bodies its text
    names before the first modal, else its heading's agency; None when it says no one."""
    r = scan.resolver
    if c.owners:
        return Owner(frozenset(m.canonical for m in c.owners), frozenset())
    head = c.text[:MODAL_WINDOW]
    modal = r.find_modal(head)
    if modal is not None:
        subject = head[:modal.start()]
        if subject not in cache:
            found = r.mentions(r.nlp(subject)) if subject.strip() else []
            cache[subject] = _owner_of(scan, found)
        if cache[subject] is not None:
            return cache[subject]
    return _owner_of(scan, [c.heading_owner] if c.heading_owner is not None else [])


def _owner_of(scan: Scan, mentions: list[Mention]) -> Owner | None:
    if not mentions:
        return None
    specific = frozenset(" ".join(m.name.split()) for m in mentions if scan.resolver.is_specific(m))
    return Owner(frozenset(m.canonical for m in mentions), specific)


def _parties(scan: Scan, rec_id: str, merged: Merged) -> tuple[Party, ...]:
    """The parties of a merged item; only an item left to :meth:`PartyResolver.resolve` has its
    text analysed."""
    c, _, members = merged
    heading_owner = c.heading_owner or next(
        (m.heading_owner for m in members if m.heading_owner), None)
    board_q = c.kind == RecommendationKind.BOARD_QUESTION
    if (c.kind == RecommendationKind.COMMITTEE or board_q) and \
            (scan.board is not None or heading_owner is not None):
        # a committee's own recommendation, or a question put to the board: the owner is that
        # body (named by the heading when it says which)
        b = heading_owner if board_q and heading_owner is not None else scan.board
        assert b is not None
        return (scan.resolver.party(rec_id, b, "owner", board_q),)
    if c.kind == RecommendationKind.LEARNING_POINT:
        return ()  # learning for practitioners: nobody owns it
    if c.owners:  # the addressees of a template genre own every item, in the order listed
        return tuple(scan.resolver.party(rec_id, m, "owner", True, m.start, m.end)
                     for m in c.owners)
    low = c.text.lower()
    # "That X should ..." / "That X convene ...": a subjunctive with its subject, not an imperative
    imperative = scan.is_imperative(low) and not low.startswith("that ")
    return scan.resolver.resolve(rec_id, c.text, text_offset(scan.doc, c),
                                 heading_owner=heading_owner, imperative=imperative,
                                 addressee=lambda: scan.addressee(c.seg))


def _confidence(members: list[Candidate], repeat_bonus: float) -> tuple[float, str]:
    """The surest route among the copies of a recommendation; found again elsewhere (a summary,
    a table, an action plan) adds ``repeat_bonus``."""
    best = max(members, key=lambda m: EVIDENCE_CONFIDENCE.get(m.evidence, 0.5))
    score = EVIDENCE_CONFIDENCE.get(best.evidence, 0.5)
    if len(members) > 1:
        score = min(1.0, score + repeat_bonus)
    return round(score, 2), best.evidence


def _record(scan: Scan, n: int, merged: Merged) -> Recommendation:
    """The recommendation of a merged item. Its text is analysed (``resolver.nlp``, which
    remembers the analysis for the scope) only when its parties or its scope need it: a
    committee's item, a board question, a learning point or a template item has its parties
    without."""
    c, locations, members = merged
    confidence, evidence = _confidence(members, scan.settings.repeat_bonus)
    rec_id = f"r{n}"
    parties = _parties(scan, rec_id, merged)
    scope = c.scope or next((m.scope for m in members if m.scope), None)
    if scope is None and c.kind == RecommendationKind.RECOMMENDATION:
        scope = scan.scope_from_parties(c.text, parties)
    return Recommendation(
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
        confidence=confidence,
        evidence=evidence,
    )


class RecommendationExtractor:
    """Sets ``ctx.recommendations`` and ``ctx.action_plan``."""

    name = "recommendations"

    def run(self, ctx: ExtractionContext) -> None:
        scan = Scan(ctx)
        action_rows: list[TableRow] = []
        cands = _candidates(scan, action_rows)
        if len(cands) > ctx.settings.max_candidates:
            raise DocumentTooLargeError(
                ctx.doc.raw.source, f"{len(cands):,} candidate recommendations; the limit is "
                                    f"{ctx.settings.max_candidates:,} (ExtractSettings.max_candidates)")
        cache: dict[str, Owner | None] = {}
        owners = [_owner(scan, c, cache) for c in cands]
        merged = dedupe(cands, ctx.settings, owners, ctx.warnings)
        recs = [_record(scan, n, m) for n, m in enumerate(merged, start=1)]
        answers = responses(scan, recs, merged)
        recs = [r if a is None else dataclasses.replace(r, response=a[0], response_text=a[1],
                                                        response_provenance=a[2])
                for r, a in zip(recs, answers, strict=True)]
        ctx.recommendations = tuple(recs)
        ctx.action_plan = link_actions(recs, merged, action_rows, scan.resolver,
                                       ctx.rules.metadata.month_numbers)
