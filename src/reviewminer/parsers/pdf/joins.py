"""Cross-page joins: a paragraph cut by a page break, a table continued on the next page."""

from __future__ import annotations

from reviewminer.parsers.pdf.patterns import SENTENCE_END, ends_clause
from reviewminer.parsers.pdf.records import BlockDraft
from reviewminer.parsers.pdf.settings import PdfSettings
from reviewminer.parsers.text import join_lines, normalise

__all__ = ["merge_across_pages"]


def merge_across_pages(per_page: list[list[BlockDraft]], st: PdfSettings) -> list[BlockDraft]:
    """The pages' blocks in one list, a page's first block joined to the previous page's last
    when it continues it (a paragraph, or a table with the same columns)."""
    out: list[BlockDraft] = []
    for blocks in per_page:
        if out and blocks:
            prev, nxt = out[-1], blocks[0]
            if _continues(prev, nxt, st):
                _merge_blocks(prev, nxt)
                blocks = blocks[1:]
            elif (
                prev.kind == "table" and nxt.kind == "table" and prev.table and nxt.table
                and _merge_tables(prev, nxt)
            ):
                blocks = blocks[1:]
        out.extend(blocks)
    return out


def _continues(prev: BlockDraft, nxt: BlockDraft, st: PdfSettings) -> bool:
    """``nxt`` (first on its page) continues the sentence ``prev`` (last on the page before)."""
    a, b = prev.block, nxt.block
    if a.kind not in ("paragraph", "list_item") or b.kind != "paragraph":
        return False
    if a.style == "toc" or b.style == "toc" or not a.text or not b.text:
        return False
    if a.font_size is None or b.font_size is None or abs(a.font_size - b.font_size) > st.size_tolerance:
        return False
    if a.bold != b.bold:
        return False
    ended = ends_clause(a.text)
    first = b.text[:1]
    if first.islower() or (a.text.endswith("-") and first.isalpha()):
        return True
    if not ended and (first.isupper() or first.isdigit() or first in "\"'("):
        # only when the last line runs to the right margin: the page cut the sentence, not a
        # caption or an unpunctuated short line
        last = prev.lines[-1] if prev.lines else None
        return last is None or last.x1 >= prev.right - st.page_join_margin * max(last.size, 1.0)
    return False


def _merge_blocks(prev: BlockDraft, nxt: BlockDraft) -> None:
    a, b = prev.block, nxt.block
    a.text = normalise(join_lines([a.text, b.text]))
    a.page_end = b.last_page
    prev.lines.extend(nxt.lines)


def _merge_tables(prev: BlockDraft, nxt: BlockDraft) -> bool:
    """Append ``nxt``'s table to ``prev``'s when the column counts agree (a repeated header row
    is dropped, a row split by the page break rejoined); False when they do not."""
    ta, tb = prev.table, nxt.table
    assert ta is not None and tb is not None
    if max(len(r) for r in ta.rows) != max(len(r) for r in tb.rows):
        return False
    rows = [list(r) for r in tb.rows]
    if rows and [c.lower() for c in rows[0]] == [c.lower() for c in ta.rows[0]]:
        rows = rows[1:]  # repeated header row
    if rows and ta.rows and _split_row(ta.rows[-1], rows[0]):
        ta.rows[-1] = [
            normalise(join_lines([lc, c])) if c else lc for lc, c in zip(ta.rows[-1], rows[0], strict=True)
        ]
        rows = rows[1:]
    ta.rows.extend(rows)
    prev.more_tables.append(tb)
    a = prev.block
    a.rows = tuple(tuple(r) for r in ta.rows)
    a.text = "\n".join(" | ".join(r) for r in ta.rows)
    a.page_end = nxt.block.last_page
    return True


def _split_row(last: list[str], first: list[str]) -> bool:
    """A row split by the page break: leading cells empty, text continues in lower case."""
    return len(first) == len(last) and (not first[0] or not last[-1]) and any(
        c and c[:1].islower() and lc and not SENTENCE_END.search(lc)
        for c, lc in zip(first, last, strict=True)
    )
