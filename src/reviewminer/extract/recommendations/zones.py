"""Where recommendations are: runs of blocks under recommendation-like headings, or after a
sentence that introduces them, each with the kind of item it holds."""

from __future__ import annotations

from reviewminer.extract.parties import Mention
from reviewminer.extract.recommendations.scan import Scan
from reviewminer.model import RecommendationKind, SectionKind
from reviewminer.structure.sections import Seg

#: An introducing line ("The review makes the following recommendations:") is shorter than this.
MAX_INTRO_CHARS = 400

Zone = tuple[list[int], RecommendationKind]
#: Sub-headings a numbered recommendations list may run on under (thematic headings).
_SUBHEADING_KINDS = (SectionKind.OTHER, SectionKind.INTRODUCTION)


def _section_flavours(scan: Scan) -> list[RecommendationKind | None]:
    """The kind of item each block's section (or an ancestor) promises."""
    flavour: list[RecommendationKind | None] = [None] * len(scan.blocks)
    of_section: dict[int | None, RecommendationKind | None] = {}  # the blocks of one section agree
    for i in range(len(scan.blocks)):
        if i in scan.heading_blocks or i in scan.contents_blocks:
            continue
        s = scan.seg.block_section[i]
        if s not in of_section:
            of_section[s] = _flavour(scan, scan.chain(scan.seg.section_of(i)))
        flavour[i] = of_section[s]
    return flavour


def _flavour(scan: Scan, chain: list[Seg]) -> RecommendationKind | None:
    """The kind of item a section promises, from its title or an ancestor's."""
    if any(scan.is_board_question_title(x.title) for x in chain):
        return RecommendationKind.BOARD_QUESTION
    if any(scan.rr.learning_title.search(x.title) for x in chain):
        return RecommendationKind.LEARNING_POINT
    if any(x.kind == SectionKind.RECOMMENDATIONS for x in chain):
        return RecommendationKind.RECOMMENDATION
    return None


def _opens(scan: Scan, text: str) -> RecommendationKind | None:
    """The kind of zone an introducing line opens, if it is one."""
    if not text.endswith(":") or len(text) >= MAX_INTRO_CHARS:
        return None
    low = text.lower()
    if scan.is_committee_text(low):
        return RecommendationKind.COMMITTEE  # "The Committee is asked to:"
    if scan.is_board_question_title(low):
        return RecommendationKind.BOARD_QUESTION
    if any(p.search(low) for p in scan.rr.intro_sentence) and \
            not low.startswith(scan.rr.additive_openers):
        return RecommendationKind.RECOMMENDATION
    return None


def _top_number(scan: Scan, i: int) -> int | None:
    """The number of a top-level numbered list item ("12." -> 12), else None."""
    b = scan.blocks[i]
    if b.kind != "list_item" or not b.label:
        return None
    raw = b.label.strip().rstrip(".)")
    return int(raw) if raw.isdigit() else None


def _continue_numbering(scan: Scan, flavour: list[RecommendationKind | None]) -> None:
    """A recommendations heading with no text of its own, followed by thematic sub-headings set
    at its rank ("Summary of conclusions and recommendations", then "Introduction" 1-2, "A strategy
    for space" 3-8, ...), heads the numbered list under them while its numbers run on: a
    sub-heading is crossed when the next numbered item after it is the next number."""
    n = len(scan.blocks)
    for seg in scan.seg.segs:
        if seg.kind != SectionKind.RECOMMENDATIONS or seg.last_block + 1 >= n or \
                seg.last_block > seg.heading_block:
            continue  # only a heading with no text of its own heads same-rank sub-headings
        expected, text_seen = 1, False
        for j in range(seg.heading_block + 1, n):
            if j in scan.contents_blocks:
                break
            if j in scan.heading_blocks:
                sub = scan.seg.segs[scan.seg.block_section[j] or 0]
                if sub.level < seg.level or sub.kind not in _SUBHEADING_KINDS:
                    break  # a heading of higher rank, or an appendix: the list is over
                nxt = next((k for k in range(j + 1, n) if _top_number(scan, k) is not None), None)
                starts = expected == 1 and not text_seen
                if nxt is None or _top_number(scan, nxt) != expected or \
                        (expected == 1 and not starts):
                    break
                continue
            num = _top_number(scan, j)
            if num is not None:
                if num != expected:
                    break
                expected += 1
            text_seen = True
            if j > seg.last_block and flavour[j] is None:
                flavour[j] = RecommendationKind.RECOMMENDATION
                scan.list_head[j] = seg


def zones(scan: Scan) -> list[Zone]:
    """Runs of non-heading blocks that hold recommendations (or board questions)."""
    flavour = _section_flavours(scan)
    _continue_numbering(scan, flavour)
    # an introducing line opens a zone until the next heading
    opened: RecommendationKind | None = None
    owner: Mention | None = None
    for i, b in enumerate(scan.blocks):
        if i in scan.heading_blocks:
            opened = None
            continue
        opens = _opens(scan, b.text.strip())
        if opens is not None:
            opened = opens
            owner = scan.intro_subject(b.text.strip()) \
                if opens == RecommendationKind.RECOMMENDATION else None
            continue
        if opened is not None and (flavour[i] is None or opened != RecommendationKind.RECOMMENDATION):
            flavour[i] = opened
        if opened == RecommendationKind.RECOMMENDATION:
            scan.introduced.add(i)
            if owner is not None:
                scan.intro_owner[i] = owner
    out: list[Zone] = []
    cur: list[int] = []
    cur_kind: RecommendationKind | None = None
    for i, f in enumerate([*flavour, None]):
        if f is not None and f == cur_kind:
            cur.append(i)
            continue
        if cur and cur_kind is not None:
            out.append((cur, cur_kind))
        cur, cur_kind = ([i], f) if f is not None else ([], None)
    return out
