"""Responses: in a document that answers each item (a government response), the status the
paragraph after an item gives ("The government accepts this recommendation in principle.")."""

from __future__ import annotations

from reviewminer.extract.recommendations.scan import Scan
from reviewminer.model import Recommendation

__all__ = ["RESPONSE_WINDOW", "responses"]

#: The status is looked for in this many characters of the paragraph after an item.
RESPONSE_WINDOW = 300


def _answer(scan: Scan, start: int, stop: int) -> tuple[str, str] | None:
    """(response, paragraph) from the first paragraph in ``blocks[start:stop]`` that gives one."""
    for i in range(start, stop):
        b = scan.blocks[i]
        if i in scan.heading_blocks or b.kind == "table":
            continue
        text = " ".join(b.text.split())
        for pattern, response in scan.rr.responses:
            if pattern.search(text[:RESPONSE_WINDOW]):
                return response, text
        return None  # the first paragraph after the item gives no status: none is guessed
    return None


def responses(scan: Scan, recs: list[Recommendation]) -> list[tuple[str, str] | None]:
    """Per recommendation (in ``recs`` order), its response and the paragraph giving it, or None
    (not a responded genre, or no status found before the next item)."""
    if scan.review_type not in scan.rr.responded_types:
        return [None] * len(recs)
    order = sorted(range(len(recs)), key=lambda k: recs[k].provenance.char_start)
    out: list[tuple[str, str] | None] = [None] * len(recs)
    n = len(scan.blocks)
    for pos, k in enumerate(order):
        after = scan.doc.block_at(max(recs[k].provenance.char_end - 1, 0)) + 1
        nxt = order[pos + 1] if pos + 1 < len(order) else None
        stop = scan.doc.block_at(recs[nxt].provenance.char_start) if nxt is not None else n
        out[k] = _answer(scan, after, max(after, min(stop, after + 3)))
    return out
