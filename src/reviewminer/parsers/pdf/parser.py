"""The PDF parser: opens the file, reads each page, runs the document passes in order."""

from __future__ import annotations

import ctypes
from pathlib import Path
from typing import Any

from reviewminer.errors import (
    CorruptDocumentError,
    DocumentNotFoundError,
    EmptyDocumentError,
    NoTextLayerError,
    ReviewMinerError,
    UndecodableTextError,
)
from reviewminer.parsers.base import Block, RawDocument
from reviewminer.parsers.options import OcrSettings
from reviewminer.parsers.pdf.geometry import attach_geometry, page_frames
from reviewminer.parsers.pdf.joins import merge_across_pages
from reviewminer.parsers.pdf.lattice import find_tables_pdfplumber, mark_table_lines, ruled_tables
from reviewminer.parsers.pdf.lines import (
    add_drawn_bullets,
    fix_text_direction,
    merge_same_line,
    reorder_columns,
    space_glued_labels,
    split_at_gutters,
    split_lines,
)
from reviewminer.parsers.pdf.objects import has_images, scan_paths
from reviewminer.parsers.pdf.ocr import fix_ocr_labels, ocr_into_pages
from reviewminer.parsers.pdf.orientation import drop_backward_lines, page_box, turn_page
from reviewminer.parsers.pdf.paragraphs import (
    assign_heading_levels,
    assign_list_levels,
    body_font_size,
    line_pitch,
    page_blocks,
)
from reviewminer.parsers.pdf.pdfium import (
    ClosePage,
    CloseTextPage,
    CountChars,
    CountRects,
    GetRotation,
    Handle,
    PdfiumError,
    Sampler,
    handle,
    load_page,
    load_textpage,
    metadata,
    open_pdf,
    page_text,
    typed_page,
)
from reviewminer.parsers.pdf.records import Page, page_list
from reviewminer.parsers.pdf.running import drop_footnotes, drop_running_lines, mark_toc
from reviewminer.parsers.pdf.settings import PdfSettings
from reviewminer.parsers.pdf.textlayer import (
    MIN_DIRECTION_SHARE,
    CharProbe,
    drop_unmapped_lines,
    judge_text,
    probe_chars,
)

__all__ = ["PdfParser", "page_list", "read_page"]

# PdfSettings is frozen: one validated default instance serves every parser (validating its
# ~80 fields cost ~30 us a document)
_DEFAULT_SETTINGS = PdfSettings()


class PdfParser:
    """Parse a text PDF into a :class:`RawDocument` of blocks in reading order.

    Example:
        >>> from reviewminer.parsers.pdf import PdfParser
        >>> doc = PdfParser().parse(Path("report.pdf"))  # doctest: +SKIP
        >>> [b.text for b in doc.blocks if b.kind == "heading"][:2]  # doctest: +SKIP
        ['1. Introduction', '1.1 Scope of the review']

    Footnote bodies, running headers/footers and page numbers are dropped. Table-of-contents
    entries are emitted as ``kind="paragraph", style="toc"`` blocks with dotted leaders collapsed
    to " ... ".
    """

    format = "pdf"

    def __init__(
        self, settings: PdfSettings | None = None, *, tables: bool = True,
        table_engine: str = "fast", max_pages: int | None = None, ocr: OcrSettings | None = None,
    ) -> None:
        """Configure the parser.

        Args:
            settings: layout thresholds (:class:`PdfSettings`); the defaults when None.
            tables: find ruled tables and emit them as ``kind="table"`` blocks.
            table_engine: ``"fast"`` (default) runs pdfplumber's lattice algorithm (edges →
                intersections → cells → tables) on ruling lines read from pdfium page objects and
                fills the cells with pdfium text; ``"pdfplumber"`` opens the file with pdfplumber
                (lazily, once) and runs ``page.find_tables()``/``extract()`` on candidate pages,
                which is ~50x slower per table page because pdfminer re-parses the page.
            max_pages: read at most this many pages (a warning says so).
            ocr: how pages without a usable text layer are read (:class:`OcrSettings`; the
                default ``auto`` recognises them with Tesseract when it is installed).
        """
        if table_engine not in ("fast", "pdfplumber"):
            raise ValueError(f"table_engine must be 'fast' or 'pdfplumber', not {table_engine!r}")
        self.settings = settings if settings is not None else _DEFAULT_SETTINGS
        self.tables = tables
        self.table_engine = table_engine
        self.max_pages = max_pages
        self.ocr = ocr if ocr is not None else OcrSettings()

    # ------------------------------------------------------------------ entry point
    def parse(self, path: Path | str) -> RawDocument:
        """Read ``path``; raise a :class:`reviewminer.errors.ReviewMinerError` subclass on failure."""
        path = Path(path)
        try:
            size = path.stat().st_size
        except FileNotFoundError as e:
            raise DocumentNotFoundError(path, "file not found") from e
        except OSError as e:
            raise CorruptDocumentError(path, f"cannot be read: {e.strerror or e}") from e
        if size == 0:
            raise EmptyDocumentError(path, "the file is empty (0 bytes)")
        pdf = open_pdf(path)
        try:
            return self._parse_open(path, pdf)
        except ReviewMinerError:
            raise
        except PdfiumError as e:
            raise CorruptDocumentError(path, f"damaged PDF: {e}") from e
        finally:
            pdf.close()

    def _parse_open(self, path: Path, pdf: Any) -> RawDocument:
        n_pages = len(pdf)
        if n_pages == 0:
            raise EmptyDocumentError(path, "the PDF has no pages")
        warnings: list[str] = []
        limit = n_pages if self.max_pages is None else min(n_pages, self.max_pages)
        if limit < n_pages:
            warnings.append(f"only the first {limit} of {n_pages} pages were read")
        pages = self._read_pages(path, pdf, limit)
        warnings.extend(ocr_into_pages(path, pdf, pages, self.ocr))
        warnings.extend(_text_layer_warnings(path, pages))
        meta = metadata(pdf)
        fix_ocr_labels(pages, meta)
        if self.tables and self.table_engine == "pdfplumber" and any(p.maybe_table for p in pages):
            find_tables_pdfplumber(path, pages, warnings)
        body_size, out = _blocks(pages, self.settings)
        return RawDocument(
            source=path,
            format="pdf",
            page_count=n_pages,
            blocks=out,
            metadata=meta,
            body_font_size=body_size,
            warnings=warnings,
            ocr_pages=[p.number for p in pages if p.ocr],
            page_sizes=page_frames(pages),
        )

    def _read_pages(self, path: Path, pdf: Any, limit: int) -> list[Page]:
        """The first ``limit`` pages, read ``settings.pages_per_open`` at a time from a fresh
        opening of the file (``pdf`` for the first run): closing a document is the one way to
        make pdfium drop the fonts and objects it has loaded, which otherwise grow with the
        pages read."""
        sampler = Sampler()
        pages: list[Page] = []
        for start, end in openings(limit, self.settings.pages_per_open):
            doc = pdf if start == 0 else open_pdf(path)
            try:
                for i in range(start, end):
                    pages.append(self._read_page(path, doc, i, sampler))
            finally:
                if doc is not pdf:
                    doc.close()
        return pages

    def _read_page(self, path: Path, pdf: Any, i: int, sampler: Sampler) -> Page:
        try:
            page = load_page(handle(pdf.raw), i)
        except PdfiumError as e:
            raise CorruptDocumentError(path, f"page {i + 1} cannot be loaded: {e}") from e
        try:
            return read_page(
                page, i + 1, sampler, self.settings, want_tables=self.tables,
                fast_tables=self.table_engine == "fast",
            )
        finally:
            ClosePage(page)


def openings(pages: int, per_open: int) -> list[tuple[int, int]]:
    """The page ranges (start, end) read from one opening of the file each: ``per_open`` pages
    at a time, a remainder of less than half of that read with the pages before it (opening the
    file again and loading its fonts anew costs more than pdfium's caches of a few more pages
    hold: 2-4% of reading a 134-page report)."""
    starts = list(range(0, pages, per_open))
    if not starts:
        return []
    if len(starts) > 1 and pages - starts[-1] < per_open / 2:
        starts.pop()
    return list(zip(starts, [*starts[1:], pages], strict=True))


def _text_layer_warnings(path: Path, pages: list[Page]) -> list[str]:
    """Raise :class:`NoTextLayerError` (:class:`UndecodableTextError` when some page has text
    that cannot be read) when no page has usable text; else warn of the pages and lines left
    out: image-only pages, unreadable text layers, lines drawn against the page's direction."""
    empty = [p.number for p in pages if p.n_chars == 0 or not p.lines]
    if len(empty) == len(pages):
        unread = [p for p in pages if p.text_issue == "undecodable"]
        if unread:
            where = page_list([p.number for p in unread])
            tried = "OCR:" in unread[0].text_detail
            raise UndecodableTextError(
                path, f"no page has readable text (page {where}: {unread[0].text_detail})"
                + ("" if tried else "; read it with OCR (ocr=\"auto\" or \"always\", "
                                    "Tesseract installed)")
            )
        if any(p.has_images for p in pages):
            raise NoTextLayerError(
                path, "no page has a text layer (a scanned PDF?); it needs OCR "
                "(ocr=\"auto\" or \"always\", Tesseract installed)"
            )
        raise NoTextLayerError(path, "no page contains any text")
    out: list[str] = []
    scanned = [p.number for p in pages if (p.n_chars == 0 or not p.lines) and p.has_images
               and p.text_issue != "undecodable"]
    if scanned:
        out.append("pages without a text layer (images only, probably scanned; text not extracted): "
                   + page_list(scanned))
    for reason, what in _TEXT_ISSUES.items():
        nums = [p.number for p in pages if p.text_issue == reason]
        if nums:
            out.append(what + page_list(nums))
    for attr, what in _LEFT_OUT.items():
        hit = [p for p in pages if getattr(p, attr)]
        if hit:
            n = sum(getattr(p, attr) for p in hit)
            out.append(f"{n} line(s) {what} left out on page(s) {page_list([p.number for p in hit])}")
    return out


_TEXT_ISSUES = {
    "undecodable": "pages whose text cannot be decoded (their fonts map the glyphs to no or to "
    "meaningless characters; text not extracted, OCR needed): ",
    "direction": "pages whose text runs in several directions, none dominant (read in the PDF's "
    "order, which may not be the reading order): ",
}
_LEFT_OUT = {
    "backward_lines": "drawn upside down or mirrored against the rest of their page",
    "unmapped_lines": "in a font without a Unicode mapping",
}


def _blocks(pages: list[Page], st: PdfSettings) -> tuple[float | None, list[Block]]:
    """The document passes over the pages' lines: (body font size, blocks in reading order)."""
    mark_table_lines(pages, st)
    body_size = body_font_size(pages)
    drop_running_lines(pages, body_size, st)
    drop_footnotes(pages, body_size, st)
    mark_toc(pages, st)
    pitch = line_pitch(pages, body_size, st)
    per_page = [page_blocks(p, body_size, pitch, st) for p in pages]
    blocks = merge_across_pages(per_page, st)
    assign_heading_levels(blocks, body_size, st)
    assign_list_levels(blocks, st)
    attach_geometry(blocks, pages)
    return body_size, [b.block for b in blocks if b.block.text or b.block.rows]


# --------------------------------------------------------------------------- page reading
def read_page(
    pg: ctypes.c_void_p, number: int, s: Sampler, st: PdfSettings, *, want_tables: bool,
    fast_tables: bool = True,
) -> Page:
    """One page's lines (in reading order, typography sampled) and, if wanted, ruled tables.

    ``pg`` is the page's raw pdfium handle (:func:`.pdfium.load_page`; a pypdfium2 page's is
    ``handle(page.raw)``). A page whose text is not upright is turned upright first
    (:mod:`.orientation`); a page whose text layer cannot be read
    (:func:`.textlayer.judge_text`) gets no lines and its ``text_issue`` says why.
    """
    tp, n, text, probe, (left, bottom, right, top), turn = _upright_textpage(pg)
    rec = Page(number=number, width=right - left, height=top - bottom, left=left, bottom=bottom)
    if turn is not None:
        rec.turn, rec.mirrored = turn
    try:
        rec.n_chars = n
        if n > 0:
            layer = judge_text(tp, text, n, probe)
            if layer.reason != "ok" and layer.reason != "no_text":
                rec.text_issue, rec.text_detail = layer.reason, layer.detail
            if layer.usable:
                _page_lines(rec, tp, text, n, s, st)
                if probe.map_errors:
                    rec.unmapped_lines = drop_unmapped_lines(tp, rec)
        if not rec.lines:
            rec.has_images = has_images(pg, st)
            return rec
        fix_text_direction(rec)
        if not rec.text_issue:  # (in no single direction, no line runs "backwards")
            rec.backward_lines = drop_backward_lines(rec, tp, probe)
        rec.maybe_table, dots, paths = scan_paths(pg, st)
        if dots and not rec.rotated_text:
            add_drawn_bullets(rec.lines, dots)
        merge_same_line(rec.lines, st)
        reorder_columns(rec, st)
        if not want_tables:
            rec.maybe_table = False
        elif rec.maybe_table and fast_tables and not rec.rotated_text:
            rec.tables = ruled_tables(pg, tp, rec, paths, len(text), st)
    finally:
        CloseTextPage(tp)
    return rec


def _page_lines(rec: Page, tp: Any, text: str, n: int, s: Sampler, st: PdfSettings) -> None:
    """pdfium's visual lines of the page, split where one runs across a column gutter."""
    rec.lines = split_lines(tp, text, n, rec.number, s, st)
    rects = CountRects(tp, 0, -1)
    if len(rec.lines) < rects <= st.gutter_max_rects * len(rec.lines):
        # more text runs than lines: some lines may join two columns across a gutter
        rec.lines = split_at_gutters(tp, text, n, rec.lines, s, st)
    space_glued_labels(tp, text, n, rec.lines, st)


def _upright_textpage(
    pg: ctypes.c_void_p,
) -> tuple[Handle, int, str, CharProbe, tuple[float, float, float, float], tuple[int, bool] | None]:
    """The page's text page (to be closed by the caller), its character count and text, loaded
    again after turning the page upright when its text runs another way or it has a
    ``/Rotate``; with the character probe, the page box and the turn (the text's angle and
    mirroring; (0, False) for a ``/Rotate`` reset; None when not turned)."""
    tp = load_textpage(pg)
    try:
        n = CountChars(tp)
        text = page_text(tp, n) if n > 0 else ""
        probe = probe_chars(tp, n, text) if n > 0 else CharProbe()
        turn = not probe.upright and probe.share >= MIN_DIRECTION_SHARE
        if not turn and not GetRotation(pg):
            return tp, n, text, probe, page_box(typed_page(pg)), None
    except BaseException:
        CloseTextPage(tp)
        raise
    CloseTextPage(tp)
    how = (probe.angle, probe.mirrored) if turn else (0, False)
    box = turn_page(typed_page(pg), probe if turn else CharProbe())
    if turn:
        probe = probe._replace(angle=0, mirrored=False)
    tp = load_textpage(pg)
    n = CountChars(tp)
    return tp, n, page_text(tp, n) if n > 0 else "", probe, box, how
