"""Where recommendations are: runs of blocks under recommendation-like headings, or after a
sentence that introduces them, each with the kind of item it holds."""

from __future__ import annotations

from reviewminer.extract.recommendations.scan import Scan
from reviewminer.model import RecommendationKind, SectionKind

#: An introducing line ("The review makes the following recommendations:") is shorter than this.
MAX_INTRO_CHARS = 400

Zone = tuple[list[int], RecommendationKind]


def _section_flavours(scan: Scan) -> list[RecommendationKind | None]:
    """The kind of item each block's section (or an ancestor) promises."""
    flavour: list[RecommendationKind | None] = [None] * len(scan.blocks)
    for i in range(len(scan.blocks)):
        if i in scan.heading_blocks or i in scan.contents_blocks:
            continue
        chain = scan.chain(scan.seg.section_of(i))
        if any(scan.is_board_question_title(x.title) for x in chain):
            flavour[i] = RecommendationKind.BOARD_QUESTION
        elif any(scan.rr.learning_title.search(x.title) for x in chain):
            flavour[i] = RecommendationKind.LEARNING_POINT
        elif any(x.kind == SectionKind.RECOMMENDATIONS for x in chain):
            flavour[i] = RecommendationKind.RECOMMENDATION
    return flavour


def _opens(scan: Scan, text: str) -> RecommendationKind | None:
    """The kind of zone an introducing line opens, if it is one."""
    low = text.lower()
    if not text.endswith(":") or len(text) >= MAX_INTRO_CHARS:
        return None
    if scan.is_committee_text(low):
        return RecommendationKind.COMMITTEE  # "The Committee is asked to:"
    if scan.is_board_question_title(low):
        return RecommendationKind.BOARD_QUESTION
    if any(p.search(low) for p in scan.rr.intro_sentence) and \
            not low.startswith(scan.rr.additive_openers):
        return RecommendationKind.RECOMMENDATION
    return None


def zones(scan: Scan) -> list[Zone]:
    """Runs of non-heading blocks that hold recommendations (or board questions)."""
    flavour = _section_flavours(scan)
    # an introducing line opens a zone until the next heading
    opened: RecommendationKind | None = None
    for i, b in enumerate(scan.blocks):
        if i in scan.heading_blocks:
            opened = None
            continue
        opens = _opens(scan, b.text.strip())
        if opens is not None:
            opened = opens
            continue
        if opened is not None and (flavour[i] is None or opened != RecommendationKind.RECOMMENDATION):
            flavour[i] = opened
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
