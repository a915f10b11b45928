"""PDF parser: pypdfium2 text layer with sampled typography; pdfplumber's table algorithm.

Design:

1. **Text per page** comes from one ``FPDFText_GetText`` call (read as pypdfium2's
   ``get_text_range()`` reads it, on raw page handles),
   split into pdfium's visual lines. For each line about four raw pdfium calls (through
   argument-unchecked ctypes copies, see
   :mod:`reviewminer.parsers.pdf.pdfium`: ctypes conversion costs more than
   pdfium's work for these calls) sample a few
   characters (origin of the first, box of the last, font size of a middle one, font name of the
   first and, if bold, the last), which gives the line's position, size and boldness without a
   Python call per character. Text indices map to char indices one to one on every PDF tried;
   when they do not, ``FPDFText_GetCharIndexFromTextIndex`` maps the sampled positions. pdfium
   joins a line-end hyphen itself and marks it U+FFFE; that becomes "-" + line break again so
   :func:`reviewminer.parsers.text.join_lines` decides whether the hyphen was real ("multi-agency") or not.
   Lines that run across a column gutter (two columns on one baseline) are split where pdfium's
   text rectangles show a wide gap; fragments that pdfium broke off one visual line (superscripts,
   font changes) are glued back.
2. **Running headers/footers** are lines contiguous from the top/bottom edge of a page whose text,
   with digit runs masked, recurs on >= 40% of the pages (at least 2), or on 3+ pages at the same
   height, and whose numbers are constant or follow the page number. Bare page numbers, "Page N
   of M", "N/M" and roman numerals in the bands go on any document.
3. **Footnotes**: lines at the bottom of a page set clearly smaller than the body (< 85%) are
   dropped, not emitted (footnote bodies are not blocks, see :mod:`reviewminer.parsers.base`).
   Superscript markers glued to words are stripped when their font size shows they are
   superscripts (or they are Unicode superscript digits).
4. **Tables**: pages with a few path objects (checked with early exit) are candidates. The
   default ``table_engine="fast"`` takes ruling edges from pdfium path objects, runs pdfplumber's
   lattice algorithm on them (``merge_edges`` → ``edges_to_intersections`` →
   ``intersections_to_cells`` → ``cells_to_tables``; the first three re-implemented here with
   identical results at a fraction of the cost) and fills cells with pdfium's bounded text
   (one call per cell); ``table_engine="pdfplumber"`` opens the file with pdfplumber once and
   runs ``page.find_tables()``/``extract()`` on candidate pages (same results on the test files,
   but pdfminer re-parses each page: ~50x slower per table page). Table text leaves the
   paragraph flow by bounding box and one ``kind="table"`` block takes its place. A table that
   continues on the next page with the same column count is merged: a repeated header row is
   dropped and a row split by the page break is rejoined.
5. **Table of contents**: runs of lines ending in page numbers (dotted leaders, or 3+ lines, or
   under a "Contents" title) become ``kind="paragraph", style="toc"`` blocks, one per entry, with
   leaders collapsed to " ... ", so they are never headings.
6. **Paragraphs** are grouped from lines by vertical gaps (against the document's usual line
   pitch), indentation, font changes, short last lines and list markers; a line that starts with
   a list marker ("1.", "2.1", "a)", "(i)", "R1", "Recommendation 3", bullets) starts a
   ``list_item`` (``label`` = marker, ``list_level`` from indentation clusters). Bullets that a
   browser drew as small filled shapes (no glyph in the text layer) are recovered from the page's
   path objects and become "• ". **Headings** are
   short blocks without a final full stop that are set >= 15% larger than the body font, or
   wholly bold; ``level`` ranks the heading font sizes (1 = largest), numbered bold body-size
   headings go one level deeper per numbering level.
7. **Layout**: on a clean two-column page whose content stream interleaves the columns, lines are
   re-ordered column by column (full-width lines cut the page into bands); a paragraph that runs
   from the foot of one column to the top of the next stays one block. A page whose text does
   not run upright (``/Rotate``, or text drawn rotated, upside down, mirrored or at an angle by
   its text matrix, the CTM or a form's matrix; a few sampled characters decide) is turned
   upright in memory before its lines are built; lines drawn against the rest of the page are
   left out with a warning. Pages whose text runs vertically in a way the sample missed are
   still read in the text's frame.
8. **Page breaks**: a paragraph or list item whose page ends mid-sentence continues into the
   first paragraph of the next page (same font; lower-case start, or the last line ran to the
   margin): one block with ``page_end``.
9. **Text layer**: a page whose characters have no Unicode mapping in their fonts, or decode to
   private-use/control codes, symbol soup or non-words, is not read (a warning names it; when
   no page is readable, :class:`~reviewminer.errors.UndecodableTextError`); lines in such a font
   on a readable page are left out (:mod:`~reviewminer.parsers.pdf.textlayer`).

The work is split by concern: :mod:`~reviewminer.parsers.pdf.pdfium` (pypdfium2/ctypes access,
opening, metadata), :mod:`~reviewminer.parsers.pdf.lines` (1, 7), :mod:`~reviewminer.parsers.pdf.objects`
and :mod:`~reviewminer.parsers.pdf.lattice` (4), :mod:`~reviewminer.parsers.pdf.running` (2, 3, 5),
:mod:`~reviewminer.parsers.pdf.paragraphs` (6; the heading typography itself is in
:mod:`reviewminer.structure.typography`), :mod:`~reviewminer.parsers.pdf.joins` (8),
:mod:`~reviewminer.parsers.pdf.textlayer` and :mod:`~reviewminer.parsers.pdf.orientation` (9 and the
turning in 7), :mod:`~reviewminer.parsers.pdf.patterns` (the regular expressions) and
:mod:`~reviewminer.parsers.pdf.settings` (the thresholds, :class:`PdfSettings`);
:mod:`~reviewminer.parsers.pdf.parser` runs them in order.
"""

from __future__ import annotations

from reviewminer.parsers.pdf.parser import PdfParser
from reviewminer.parsers.pdf.settings import PdfSettings

__all__ = ["PdfParser", "PdfSettings"]
