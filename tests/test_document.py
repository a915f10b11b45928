"""The normalised document's provenance: pages and boxes of a span."""

from __future__ import annotations

from pathlib import Path

from reviewminer.document import Document
from reviewminer.parsers.base import Block, RawDocument


def test_a_span_inside_a_block_that_crosses_pages_gets_the_pages_of_its_lines():
    # one layout table holding a whole three-page form (a coroner's report set in a table)
    lines = ["THIS REPORT IS BEING SENT TO: the Trust", "CIRCUMSTANCES OF THE DEATH",
             "MATTERS OF CONCERN: the ward had no policy on observation at night"]
    text = " ".join(lines)
    geometry, pos = [], 0
    for page, line in enumerate(lines, start=1):
        geometry.append((pos, pos + len(line), page, 50.0, 100.0, 500.0, 112.0))
        pos += len(line) + 1
    block = Block(text=text, page=1, page_end=3, kind="table", geometry=tuple(geometry))
    doc = Document.from_raw(RawDocument(source=Path("x.pdf"), format="pdf", page_count=3,
                                        blocks=[block]))
    start = doc.text.index("the ward had")
    prov = doc.span_provenance(start, start + 20)
    assert (prov.page_start, prov.page_end) == (3, 3)
    assert [b[0] for b in prov.boxes] == [3]
    whole = doc.provenance(0, 0)  # the block itself keeps its own pages
    assert (whole.page_start, whole.page_end) == (1, 3)
