"""Word .docx parser: body text in reading order, headings, recovered list numbers, tables, pages.

The package is read with :mod:`zipfile` and the parts with :mod:`lxml` directly (not through
python-docx's object model): one recursive walk over ``word/document.xml`` gives paragraphs and
tables in document order, and it sees every piece of a paragraph python-docx's ``paragraph.text``
misses or gets wrong (text in tracked insertions, content controls, field results and text boxes;
no deleted or hidden text).

What the walk recovers:

* **Text.** ``w:t`` in runs anywhere inside a paragraph (hyperlinks, ``w:ins``, ``w:sdt``, smart
  tags, ``w:fldSimple`` and complex-field results); ``w:tab``/``w:br``/``w:cr`` become a space,
  ``w:noBreakHyphen`` a hyphen, ``w:sym`` its character. Skipped: ``w:del``/``w:moveFrom``
  (deleted text), field instructions, hidden runs (``w:vanish`` on the run, its character style or
  the paragraph style), footnote/endnote reference marks. Headers, footers, footnotes, endnotes and
  comments live in other parts and are never read. Text boxes (``w:txbxContent``) are emitted as
  their own blocks right after the paragraph that anchors them (the VML fallback copy is skipped).
* **Headings.** ``kind="heading"`` when the paragraph has an outline level 0-8 (``w:outlineLvl``
  on the paragraph, else the first one found along the style's ``w:basedOn`` chain) or a style in
  that chain is a built-in "heading N" (level N) or "Title" (level 1). TOC paragraphs are never
  headings.
* **Numbering.** ``w:numPr`` on the paragraph or inherited through the style chain is resolved
  with Word's semantics (see :class:`~reviewminer.parsers.docx.numbering.Numbering`); the
  displayed label ("2.1", "a)", "(iii)", "Recommendation 3:", "•" for every bullet) goes to
  ``Block.label`` and, followed by one space, to the front of ``Block.text``.
* **Tables.** One block per table, ``rows`` = cell texts. A horizontally merged cell
  (``w:gridSpan``) keeps its text in its first grid column and leaves the columns it covers blank
  (so text is not duplicated); a vertically merged continuation cell (``w:vMerge`` without
  ``restart``) *carries the text of the cell above*, so every row of an action plan keeps its
  lead agency. Paragraphs inside a cell are joined by "\\n" in ``rows`` (and by a space in
  ``Block.text``, so each table row is one line of text); nested tables are flattened into the
  cell (their rows on separate lines, cells joined by " | ").
* **TOC.** Paragraphs with a "TOC n"/"toc n" style, or inside a ``TOC`` field or a
  "Table of Contents" content control, keep their style name; when that name does not already
  start with "TOC" it becomes ``"TOC (<style>)"`` so consumers can skip every TOC line by
  ``style.lower().startswith("toc")``.
* **Pages are estimates.** A .docx has no pages. Explicit breaks always count
  (``w:br w:type="page"``, ``w:pageBreakBefore``, a section whose ``w:type`` starts a new page).
  A document Word paginated carries ``w:lastRenderedPageBreak`` markers where its pages began;
  those are then the page starts (a marker right after an explicit break, with no text in
  between, is the same page start and counts once). A document without any marker (python-docx,
  LibreOffice and most converters never write them) gets a layout estimate instead: each
  paragraph's height is estimated from its length, font size, spacing and the section's text
  area (tables row by row, using the grid column widths) and flowed onto pages. On LibreOffice
  renderings of the sample reports this puts ~95 % of blocks on the right page (mean error
  0.02-0.2 pages); fonts much wider or narrower than Arial/Calibri/Times skew it.
  ``DocxParser(DocxSettings(estimate_layout=False))`` counts explicit breaks only (a lower
  bound).
* **Tracked changes** are read as the final view: insertions in, deletions out; a numbered
  paragraph deleted with its paragraph mark does not consume a list number.

Untrusted input: XML is parsed with entity resolution and network access off; ``document.xml``
larger than ``DocxSettings.max_xml_bytes`` (uncompressed; default 200 MB) raises
:class:`~reviewminer.errors.DocumentTooLargeError` before or while it is decompressed.

Layout of this package (one concern per module):

* :mod:`~reviewminer.parsers.docx.parser` - :class:`DocxParser`: container errors, the walk.
* :mod:`~reviewminer.parsers.docx.settings` - :class:`DocxSettings`: every limit and constant.
* :mod:`~reviewminer.parsers.docx.package` - ZIP parts, size limits, safe XML, relationships.
* :mod:`~reviewminer.parsers.docx.ole` - OLE containers: encrypted .docx vs legacy .doc.
* :mod:`~reviewminer.parsers.docx.ooxml` - WordprocessingML names and attribute readers.
* :mod:`~reviewminer.parsers.docx.patterns` - the regular expressions.
* :mod:`~reviewminer.parsers.docx.styles` - style chains, heading and TOC styles.
* :mod:`~reviewminer.parsers.docx.numbering` - list definitions, counters, labels.
* :mod:`~reviewminer.parsers.docx.runs` - the text of runs: breaks, symbols, fields.
* :mod:`~reviewminer.parsers.docx.tables` - tables with merged cells.
* :mod:`~reviewminer.parsers.docx.pages` - page counting and the layout estimate.
* :mod:`~reviewminer.parsers.docx.walker` - the body walk producing blocks.
"""

from reviewminer.parsers.docx.numbering import format_number
from reviewminer.parsers.docx.ole import ole_reason
from reviewminer.parsers.docx.parser import DocxParser
from reviewminer.parsers.docx.settings import DocxSettings

__all__ = ["DocxParser", "DocxSettings", "format_number", "ole_reason"]
