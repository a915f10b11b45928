"""Responses: in a document that answers each item (a government or partnership response), the
status the paragraph after an item gives ("The government accepts this recommendation in
principle."), or the response column of a table of recommendations ("Recommendation | Response").

The status is one of :data:`reviewminer.model.RESPONSE_STATUSES`, from the ``responses`` patterns
of ``recommendations.json`` (tried in order); a paragraph or cell that states none gives no status
(never guessed), though a table's response cell is still kept as the response text.
"""

from __future__ import annotations

from reviewminer.extract.recommendations.dedupe import Merged
from reviewminer.extract.recommendations.scan import Scan
from reviewminer.model import Provenance, Recommendation

__all__ = ["RESPONSE_WINDOW", "Answer", "remembered_status", "responses", "status_of"]

#: The status is looked for in this many characters of the paragraph after an item.
RESPONSE_WINDOW = 300

#: (status or None, the paragraph or cell that gives it, where it is)
Answer = tuple[str | None, str, Provenance | None]


def status_of(scan: Scan, text: str) -> str | None:
    """The status the start of ``text`` states, or None."""
    head = " ".join(text.split())[:RESPONSE_WINDOW]
    for pattern, response in scan.rr.responses:
        if pattern.search(head):
            return response
    return None


def remembered_status(scan: Scan, text: str) -> str | None:
    """:func:`status_of`, remembered for the document (a paragraph after an item is asked about
    when the item is found and again for its answer)."""
    if text not in scan.statuses:
        scan.statuses[text] = status_of(scan, text)
    return scan.statuses[text]


def _answer(scan: Scan, start: int, stop: int) -> Answer | None:
    """The first paragraph in ``blocks[start:stop]`` when it gives a status."""
    for i in range(start, stop):
        b = scan.blocks[i]
        if i in scan.heading_blocks or b.kind == "table":
            continue
        text = " ".join(b.text.split())
        status = remembered_status(scan, text)
        if status is None:
            return None  # the first paragraph after the item gives no status: none is guessed
        return status, text, scan.doc.provenance(i, i)
    return None


def _table_answer(scan: Scan, merged: Merged) -> Answer | None:
    """The response cell of a table row of the item (any of its copies), with its status."""
    c, _, members = merged
    for cand in (c, *members):
        for row in cand.table_rows:
            if row.response:
                return remembered_status(scan, row.response), row.response, row.response_prov
    return None


def _paragraph_answers(scan: Scan, recs: list[Recommendation]) -> list[Answer | None]:
    if scan.review_type not in scan.rr.responded_types:
        return [None] * len(recs)
    order = sorted(range(len(recs)), key=lambda k: recs[k].provenance.char_start)
    out: list[Answer | None] = [None] * len(recs)
    n = len(scan.blocks)
    for pos, k in enumerate(order):
        after = scan.doc.block_at(max(recs[k].provenance.char_end - 1, 0)) + 1
        nxt = order[pos + 1] if pos + 1 < len(order) else None
        stop = scan.doc.block_at(recs[nxt].provenance.char_start) if nxt is not None else n
        out[k] = _answer(scan, after, max(after, min(stop, after + 3)))
    return out


def responses(scan: Scan, recs: list[Recommendation], merged: list[Merged]
              ) -> list[Answer | None]:
    """Per recommendation (in ``recs`` order, ``merged`` alongside), its answer or None: a table's
    response cell (any document), else in a responded genre the paragraph after the item."""
    paragraphs = _paragraph_answers(scan, recs)
    out: list[Answer | None] = []
    for para, m in zip(paragraphs, merged, strict=True):
        table = _table_answer(scan, m)
        if table is not None and (table[0] is not None or para is None):
            out.append(table)
        else:
            out.append(para)
    return out
