"""The routes by which recommendations are found, each giving candidates: items in zones,
"Recommendation N" labels anywhere, prose introducers, and table rows."""

from __future__ import annotations

import re
from collections.abc import Iterator

from reviewminer.extract.parties import Mention
from reviewminer.extract.recommendations.candidate import Candidate, words
from reviewminer.extract.recommendations.responses import remembered_status
from reviewminer.extract.recommendations.scan import MIN_WORDS, Scan
from reviewminer.extract.recommendations.tables import TableRow, table_rows
from reviewminer.extract.recommendations.zones import zones
from reviewminer.model import RecommendationKind
from reviewminer.rules.fastcase import finditer_at
from reviewminer.structure.items import Item, collect_items, item_text
from reviewminer.structure.labels import find_label

#: Kinds whose items need no modal verb, only this many words.
_FREE_KINDS = (RecommendationKind.BOARD_QUESTION, RecommendationKind.COMMITTEE,
               RecommendationKind.LEARNING_POINT)
MIN_FREE_WORDS = 3
#: An unlabelled paragraph in a recommendation zone needs this many words, and a modal early on.
MIN_PARAGRAPH_WORDS = 6
PARAGRAPH_MODAL_WINDOW = 200
MIN_QUESTION_WORDS = 4
MIN_INLINE_WORDS = 6
#: A quoted item in a response runs on over at most this many paragraphs before its status.
MAX_QUOTE_PARAGRAPHS = 3
#: "... (Paragraph 292)", "(Paragraphs 12-14)", "(Para 3)" ending an item of a summary list
_REFERENCE_END = re.compile(r"\((?:paragraphs?|paras?\.?)\s*[\d][\d\s,.\u2013-]*(?:and\s+\d+)?\)\s*$",
                            re.I)
#: ...when at least this share of the list's items end so
REFERENCE_SHARE = 0.6
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"'])")
#: Where an inline introducer can start: after a sentence end and one space (its lookbehind).
_AFTER_SENTENCE_END = re.compile(r"[.!?]\s")


def _paragraph_ok(scan: Scan, text: str, kind: RecommendationKind) -> bool:
    """Whether an unlabelled paragraph in a zone is an item of the zone's kind."""
    n = len(text.split())
    if kind == RecommendationKind.BOARD_QUESTION:
        return text.endswith("?") and n >= MIN_QUESTION_WORDS
    if kind == RecommendationKind.LEARNING_POINT:
        return n >= MIN_QUESTION_WORDS
    return scan.is_recommendation_text(text) and n >= MIN_PARAGRAPH_WORDS and \
        scan.resolver.find_modal(text[:PARAGRAPH_MODAL_WINDOW]) is not None


def _zone_items(scan: Scan, zone: list[int]) -> list[Item]:
    rr = scan.rr
    return collect_items(
        scan.doc, zone, scan.rules.labels, rr.item_labels, rr.heading_labels,
        is_intro=lambda t: any(p.search(t.lower()) for p in rr.intro_sentence)
        or scan.is_board_question_title(t),
    )


def _unlabelled(scan: Scan, zone: list[int], items: list[Item],
                kind: RecommendationKind) -> Iterator[Candidate]:
    """Paragraphs of an unlabelled zone that read as recommendations (or ask the board)."""
    taken = {b for it in items for b in range(it.first_block, it.last_block + 1)}
    for i in zone:
        b = scan.blocks[i]
        if i in taken or b.kind == "table" or i in scan.heading_blocks:
            continue
        text = " ".join(b.text.split())
        if not text.endswith(":") and _paragraph_ok(scan, text, kind):
            it = Item(first_block=i, last_block=i, label=None, parts=[(i, 0, len(b.text))])
            yield scan.candidate(it, text, kind, "zone_paragraph")


def _listed(it: Item) -> bool:
    """An item of a list numbered 1, 2, 3 (not a "4.1" paragraph number, not a bullet)."""
    return it.label is not None and not it.label.bullet and it.label.number is not None and \
        it.label.number.isdigit()


def _reads_as_list(scan: Scan, items: list[Item], texts: list[str]) -> bool:
    """Whether a zone's numbered list is a list of recommendations: enough of its items read as
    recommendations (``ExtractSettings.list_share``) that the others count too."""
    listed = [t for it, t in zip(items, texts, strict=True) if _listed(it)]
    if len(listed) < 2:
        return False
    ok = sum(1 for t in listed if scan.is_recommendation_text(t))
    return ok >= scan.settings.list_share * len(listed)


def zone_candidates(scan: Scan) -> tuple[list[Candidate], set[int]]:
    out: list[Candidate] = []
    zone_blocks: set[int] = set()
    for zone, kind in zones(scan):
        zone_blocks.update(zone)
        items = _zone_items(scan, zone)
        _run_to_reference(scan, items, zone)
        for it in items:
            if _explicit(scan, it):
                _run_to_status(scan, it, zone)
        labelled = [it for it in items if it.label is not None and not it.label.bullet]
        improvement = kind == RecommendationKind.RECOMMENDATION and \
            scan.is_improvement_list(scan.seg.section_of(zone[0]))
        mixed = kind == RecommendationKind.RECOMMENDATION and scan.is_mixed_list(zone[0])
        texts = [item_text(scan.doc, it, scan.rules.labels) for it in items]
        whole_list = _reads_as_list(scan, items, texts)
        for it, text in zip(items, texts, strict=True):
            if it.label is not None and it.label.bullet and labelled:
                continue  # stray bullets next to numbered recommendations
            if kind in _FREE_KINDS or (improvement and it.label is not None):
                if len(text.split()) >= MIN_FREE_WORDS and not scan.says_no_items(text):
                    route = "free_item" if kind in _FREE_KINDS else "improvement_item"
                    if route == "improvement_item" and scan.is_recommendation_text(text):
                        route = "zone_item"
                    out.append(scan.candidate(it, text, kind, route))
            elif mixed:  # a conclusion is not a recommendation: a recommending sentence decides
                if scan.rr.recommending.search(text):
                    out.append(scan.candidate(it, text, kind, "mixed_list"))
            elif _explicit(scan, it):
                out.append(scan.candidate(it, text, kind, "explicit_label"))
            elif scan.is_recommendation_text(text):
                out.append(scan.candidate(it, text, kind))
            elif whole_list and _listed(it) and len(text.split()) >= MIN_WORDS and \
                    not scan.introduces(text):
                out.append(scan.candidate(it, text, kind, "whole_list"))
            elif it.first_block in scan.introduced and it.label is not None and \
                    len(text.split()) >= MIN_FREE_WORDS and not scan.introduces(text):
                # each item completes the line that introduced the list ("... recommended that
                # the Department:" / "The Trust should:"), bullets included
                out.append(scan.candidate(it, text, kind, "introduced_list"))
        if not labelled:
            out.extend(_unlabelled(scan, zone, items, kind))
    return out, zone_blocks


def _runs_outside(scan: Scan, zone_blocks: set[int]) -> list[list[int]]:
    """Consecutive blocks outside the zones, headings and contents."""
    runs: list[list[int]] = []
    for i in range(len(scan.blocks)):
        if i in zone_blocks or i in scan.heading_blocks or i in scan.contents_blocks:
            continue
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _label_sets(scan: Scan) -> list[tuple[list[re.Pattern[str]], tuple[re.Pattern[str], ...],
                                           RecommendationKind]]:
    """Labels that say "recommendation" themselves ("Recommendation 2", "R2", "Rec 2:") count
    anywhere; plain numbers only inside the zones. Learning-point labels count anywhere."""
    rr = scan.rr
    explicit = [p for p in rr.item_labels if "recommendation\\s+(?P<num>" in p.pattern
                or p.pattern.startswith(("^(?P<num>R", "^rec"))]
    learning = list(rr.learning_labels)
    return [(explicit, rr.heading_labels, RecommendationKind.RECOMMENDATION),
            (learning, tuple(re.compile(p.pattern + "$", re.I) for p in learning),
             RecommendationKind.LEARNING_POINT)]


def _explicit(scan: Scan, it: Item) -> bool:
    """Whether an item's label says "Recommendation N" itself (also alone on its line)."""
    return it.label is not None and \
        scan.rr.explicit_label.match(scan.blocks[it.first_block].text + " ") is not None


def _run_to_reference(scan: Scan, items: list[Item], zone: list[int]) -> None:
    """In a list whose items end with a reference to the paragraph they summarise ("...
    (Paragraph 292)", a committee report's summary), an item that does not end so runs on over
    the unlabelled paragraphs after it up to the one that does (a page break split it)."""
    ends = [bool(_REFERENCE_END.search(scan.blocks[it.last_block].text)) for it in items]
    if len(items) < 3 or sum(ends) < REFERENCE_SHARE * len(items):
        return
    starts = {it.first_block for it in items}
    inside = set(zone)
    for it, ended in zip(items, ends, strict=True):
        if ended:
            continue
        between: list[int] = []
        for j in range(it.last_block + 1, it.last_block + MAX_QUOTE_PARAGRAPHS + 2):
            b = scan.blocks[j] if j in inside and j not in starts else None
            if b is None or b.kind != "paragraph" or b.label:
                break
            between.append(j)
            if _REFERENCE_END.search(b.text):
                for k in between:
                    it.add(k, 0, len(scan.blocks[k].text))
                break


def _run_to_status(scan: Scan, it: Item, run: list[int]) -> None:
    """In a response that answers each quoted item, the quote runs on over the paragraphs before
    the one that states the response ("Recommendation 19: We recognise ...", "We recommend that
    they should ...", "ARB and RIBA accept this recommendation."); unchanged when no paragraph
    states one within :data:`MAX_QUOTE_PARAGRAPHS`."""
    if scan.review_type not in scan.rr.responded_types:
        return
    inside = set(run)
    between: list[int] = []
    for j in range(it.last_block + 1, it.last_block + MAX_QUOTE_PARAGRAPHS + 2):
        b = scan.blocks[j] if j in inside else None
        if b is None or b.kind != "paragraph":
            return  # the run, or the item's paragraphs, end before any status
        if remembered_status(scan, b.text) is not None:
            for k in between:
                it.add(k, 0, len(scan.blocks[k].text))
            return
        between.append(j)


def labelled_candidates(scan: Scan, zone_blocks: set[int]) -> list[Candidate]:
    """"Recommendation N" and "Learning point N" items outside the zones."""
    out: list[Candidate] = []
    runs = _runs_outside(scan, zone_blocks)
    labels = scan.rules.labels
    for patterns, heading_patterns, kind in _label_sets(scan):
        for run in runs:
            if not any(find_label(scan.blocks[i], labels, patterns, heading_patterns,
                                  structural=False) for i in run):
                continue
            for it in collect_items(scan.doc, run, labels, patterns, heading_patterns,
                                    bullets_are_items=False, structural=False):
                _run_to_status(scan, it, run)
                text = item_text(scan.doc, it, labels)
                if len(text.split()) < MIN_WORDS:
                    continue
                explicit = _explicit(scan, it)
                if kind == RecommendationKind.RECOMMENDATION and not explicit and \
                        not scan.is_recommendation_text(text):
                    continue  # "R2" or "Rec 2" starting a narrative sentence
                out.append(scan.candidate(it, text, kind, "explicit_label" if explicit else
                                          "labelled"))
    return out


def inline_candidates(scan: Scan, zone_blocks: set[int], *, reported: bool = True) -> list[Candidate]:
    """Prose recommendations: "It is recommended that ...", "The review recommends that ...";
    in a response (when ``reported``: it does not quote labelled items), another body's reported
    ones ("The Ombudsman recommended that ...")."""
    out: list[Candidate] = []
    introducers = list(scan.rr.inline_introducers)
    if reported and scan.review_type in scan.rr.responded_types:
        introducers += scan.rr.reported_introducers  # "The Ombudsman recommended that X ..."
    intro = re.compile(
        r"(?:^|(?<=[.!?]\s))(?P<s>(?:" + "|".join(p.pattern for p in introducers) + r")\b)",
        re.I)
    for i, b in enumerate(scan.blocks):
        if i in zone_blocks or i in scan.heading_blocks or i in scan.contents_blocks or \
                b.kind == "table":
            continue
        for m in _introductions(intro, b.text):
            start = m.start("s")
            end_m = _SENTENCE_END.search(b.text, m.end())
            end = end_m.start() if end_m else len(b.text)
            text = " ".join(b.text[start:end].split())
            if len(text.split()) < MIN_INLINE_WORDS or text.endswith(":"):
                continue  # too short, or it introduces a list ("... recommended that X:")
            it = Item(first_block=i, last_block=i, label=None, parts=[(i, start, end)])
            out.append(scan.candidate(it, text, RecommendationKind.RECOMMENDATION, "inline"))
    return out


def _introductions(intro: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """``intro.finditer(text)``, the pattern tried only where a match can start: at the start of
    the text or after a sentence end and a space (a case-insensitive pattern is otherwise tried
    at every character)."""
    starts = [0, *(m.end() for m in _AFTER_SENTENCE_END.finditer(text))]
    found = finditer_at(intro, text, starts)
    if any(m.start() == m.end() for m in found):  # an empty match: finditer goes on from it
        return list(intro.finditer(text))
    return found


def _row_candidate(scan: Scan, i: int, row: TableRow, header: str) -> Candidate:
    owner = None
    if row.lead_agency:
        found = scan.resolver.canonicalise(row.lead_agency)
        if found is not None:
            owner = Mention(row.lead_agency, found.canonical, found.category, 0, 0)
    kind = RecommendationKind.LEARNING_POINT if scan.rr.learning_point_header.search(header) \
        else RecommendationKind.RECOMMENDATION
    s = scan.seg.section_of(i)
    # a plan's title ("Multi-agency action plan") describes the plan, not each row
    return Candidate(row.number, row.recommendation, kind, s, row.prov,
                     owner or scan.heading_owner(s), from_table=True,
                     scope=scan.scope(None, row.scope) if row.scope else None,
                     finding=row.finding, table_rows=[row], evidence="table")


def table_candidates(scan: Scan, action_rows: list[TableRow]) -> list[Candidate]:
    """Rows of recommendation tables (one candidate per distinct text); the rows of action plans
    are also added to ``action_rows``."""
    out: list[Candidate] = []
    for i, b in enumerate(scan.blocks):
        if b.kind != "table":
            continue
        header = " ".join(b.rows[0]) if b.rows else ""
        if any(scan.rr.earlier_review.search(x.title) for x in scan.chain(scan.seg.section_of(i))) \
                or scan.rr.earlier_review.search(header):
            continue  # a table of an earlier review's recommendations and their progress
        rows, is_plan = table_rows(scan.doc, i, scan.rules)
        if is_plan:
            action_rows.extend(rows)
        by_text: dict[str, Candidate] = {}
        for row in rows:
            if len(row.recommendation.split()) < MIN_WORDS:
                continue
            key = " ".join(words(row.recommendation))
            if key in by_text:
                by_text[key].table_rows.append(row)
                continue
            by_text[key] = _row_candidate(scan, i, row, header)
            out.append(by_text[key])
    return out
