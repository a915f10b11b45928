"""PDF parser: pypdfium2 text layer with sampled typography; pdfplumber's table algorithm.

Design:

1. **Text per page** comes from one ``FPDFText_GetText`` call (``textpage.get_text_range()``),
   split into pdfium's visual lines. For each line about four raw pdfium calls (through
   argument-unchecked ctypes copies, see :func:`_proto`: ctypes conversion costs more than
   pdfium's work for these calls) sample a few
   characters (origin of the first, box of the last, font size of a middle one, font name of the
   first and, if bold, the last), which gives the line's position, size and boldness without a
   Python call per character. Text indices map to char indices one to one on every PDF tried;
   when they do not, ``FPDFText_GetCharIndexFromTextIndex`` maps the sampled positions. pdfium
   joins a line-end hyphen itself and marks it U+FFFE; that becomes "-" + line break again so
   :func:`join_lines` decides whether the hyphen was real ("multi-agency") or not.
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
   from the foot of one column to the top of the next stays one block. Pages whose text runs
   vertically (content drawn rotated, e.g. landscape action plans) are read in the text's frame.
8. **Page breaks**: a paragraph or list item whose page ends mid-sentence continues into the
   first paragraph of the next page (same font; lower-case start, or the last line ran to the
   margin): one block with ``page_end``.
"""

from __future__ import annotations

import ctypes
import re
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import groupby, pairwise, repeat
from operator import itemgetter
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]

from reviewminer.errors import (
    CorruptDocumentError,
    EmptyDocumentError,
    EncryptedDocumentError,
    NoTextLayerError,
    ReviewMinerError,
)
from reviewminer.parsers.base import Block, RawDocument
from reviewminer.parsers.text import BULLET, join_lines, normalise

__all__ = ["PdfParser"]

# pdfium error codes (FPDF_GetLastError) as surfaced by PdfiumError.err_code.
_ERR_FILE = 2
_ERR_FORMAT = 3
_ERR_PASSWORD = 4
_ERR_SECURITY = 5

_BOLD_WORDS = ("bold", "black", "heavy", "semibold", "demibold", "demi", "extrabold", "ultrabold")

# --------------------------------------------------------------------------- regexes
_DIGITS = re.compile(r"\d+")
_WS = re.compile(r"\s+")
_PAGE_NUMBER = re.compile(
    r"^(?:page\s*)?[-\u2013(\[]?\s*\d{1,4}\s*[-\u2013)\]]?(?:\s*(?:of|/)\s*\d{1,4})?$", re.IGNORECASE
)
_LIST_MARKER = re.compile(
    r"""^(?:
        (?P<bullet>[\u2022\u25e6\u25aa\u2023\u2043\u2219*>\u27a2])\s*
      | (?P<dash>[-\u2013\u2014])\s+
      | (?P<o>o)\s+
      | (?P<rec>(?:recommendation|rec\.?|finding|learning\ point|kloe|key\ line\ of\ enquiry)\s+\d{1,3}[a-z]?)(?:[.:)\-]\s*|\s+|$)
      | (?P<r>[RF]\d{1,3}[a-z]?)(?:[.:)]\s*|\s+|$)
      | (?P<multi>\d{1,3}(?:\.\d{1,3}){1,3})\.?(?:\s+|$)
      | (?P<num>\d{1,3}[.)])(?:\s+|$)
      | (?P<paren>\((?:\d{1,3}|[a-z]|[ivxlc]{1,6})\))\s*
      | (?P<alpha>(?:[a-z]|[ivxlc]{1,6})[.)])\s+
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_TERMINAL = re.compile(r"[.!?:;][\"')\]\u201d\u2019]*$")
_SENTENCE_END = re.compile(r"[.!?][\"')\]\u201d\u2019]*$")
# TOC entry: text, optional dotted leader, page number (or range) at the end.
_TOC_LEADER = re.compile(r"^(?P<title>.*?\S)\s*(?:[.\u2026\u00b7_]\s*){3,}\s*(?P<page>\d{1,4}(?:\s*[-\u2013]\s*\d{1,4})?)$")
_TOC_PLAIN = re.compile(r"^(?P<title>.*[A-Za-z].*?\S)\s+(?:p\.?\s*|page\s+)?(?P<page>\d{1,4}(?:\s*[-\u2013]\s*\d{1,4})?)$", re.IGNORECASE)
_TOC_TITLE = re.compile(r"^(table of )?contents?$|^index$", re.IGNORECASE)
_SUPERSCRIPT_CANDIDATE = re.compile(r"(?<=[A-Za-z)\].,;:'\"\u2019\u201d%])\d{1,3}(?=$|[\s.,;:)])")


# --------------------------------------------------------------------------- line records
@dataclass(slots=True)
class _Line:
    text: str
    page: int  # 1-based
    x0: float
    x1: float
    y: float  # baseline, larger is higher on the page (text frame)
    size: float
    bold: bool
    hyphen: bool = False  # pdfium joined a line-end hyphen after this line
    order: int = 0  # position in the page's content stream
    drop: bool = False
    toc: bool = False
    table: _Table | None = None  # the table whose cells hold this line
    vend: float | None = None  # end of a vertically running line (along y), before the fix
    c0: int = -1  # char index range of the line in the text page (first, last)
    c1: int = -1
    t0: int = -1  # text index of the first char (for splitting the text)

    @property
    def top(self) -> float:
        return self.y + 0.8 * self.size

    @property
    def bottom(self) -> float:
        return self.y - 0.25 * self.size


@dataclass(slots=True)
class _Table:
    page: int
    bbox: tuple[float, float, float, float]  # x0, bottom, x1, top in the pdfium frame
    rows: list[list[str]]
    order: float = 0.0


@dataclass(slots=True)
class _Page:
    number: int
    width: float
    height: float
    left: float
    bottom: float
    lines: list[_Line] = field(default_factory=list)
    n_chars: int = 0
    has_images: bool = False
    maybe_table: bool = False
    tables: list[_Table] = field(default_factory=list)
    rotated_text: bool = False


# --------------------------------------------------------------------------- fast ctypes calls
def _proto(func: Any, restype: Any, *argtypes: Any) -> Any:
    """A private copy of a pypdfium2 raw function for hot loops.

    pypdfium2's bindings declare ``argtypes`` with struct-pointer handle types, so every call
    converts and type-checks each argument (~0.3 us per ``byref`` argument) and every returned
    handle becomes a new pointer object. The copies here are made from the function's own
    address and class (pypdfium2's calling convention; the shared binding is left untouched).
    Without ``argtypes`` (the default) a call converts nothing: callers must pass only ctypes
    objects (``c_void_p`` handles, ``byref`` buffers, ``c_ulong``) and Python ints for C ``int``
    parameters (a Python int goes in as a C int, so never pass an address as an int). That
    makes a call 2-3x cheaper.
    """
    f = type(func)(ctypes.cast(func, ctypes.c_void_p).value)
    f.restype = restype
    f.argtypes = argtypes or None
    return f


class _Handle(ctypes.c_void_p):
    """A handle returned by pdfium: ctypes leaves a ``c_void_p`` subclass as it is (no int),
    so it goes back into unchecked calls as a pointer."""


_INT, _DBL = ctypes.c_int, ctypes.c_double
# page objects: handles are c_void_p / _Handle, buffers byref
_CountObjects = _proto(pdfium_c.FPDFPage_CountObjects, _INT)
# The object scan (a call pair per object, thousands on some pages) is cheapest with plain int
# addresses going through one c_void_p argtype; keep path objects as _Handle for later calls.
_GetObject = _proto(pdfium_c.FPDFPage_GetObject, ctypes.c_void_p)
_GetType = _proto(pdfium_c.FPDFPageObj_GetType, _INT, ctypes.c_void_p)
_GetBounds = _proto(pdfium_c.FPDFPageObj_GetBounds, _INT)
_CountSegments = _proto(pdfium_c.FPDFPath_CountSegments, _INT)
_GetPathSegment = _proto(pdfium_c.FPDFPath_GetPathSegment, _Handle)
_SegmentGetPoint = _proto(pdfium_c.FPDFPathSegment_GetPoint, _INT)
_SegmentGetType = _proto(pdfium_c.FPDFPathSegment_GetType, _INT)
_SegmentGetClose = _proto(pdfium_c.FPDFPathSegment_GetClose, _INT)
_GetMatrix = _proto(pdfium_c.FPDFPageObj_GetMatrix, _INT)
# text page: the handle a c_void_p, char/text indices ints
_CharOrigin = _proto(pdfium_c.FPDFText_GetCharOrigin, _INT)
_CharBox = _proto(pdfium_c.FPDFText_GetCharBox, _INT)
_FontSize = _proto(pdfium_c.FPDFText_GetFontSize, _DBL)
_FontInfo = _proto(pdfium_c.FPDFText_GetFontInfo, ctypes.c_ulong)  # buflen: pass a c_ulong
_FontWeight = _proto(pdfium_c.FPDFText_GetFontWeight, _INT)
_CharIndexFromTextIndex = _proto(pdfium_c.FPDFText_GetCharIndexFromTextIndex, _INT)
_TextIndexFromCharIndex = _proto(pdfium_c.FPDFText_GetTextIndexFromCharIndex, _INT)
_CountRects = _proto(pdfium_c.FPDFText_CountRects, _INT)
_GetRect = _proto(pdfium_c.FPDFText_GetRect, _INT)
# coordinates are doubles: these keep argtypes so Python floats convert
_CharIndexAtPos = _proto(
    pdfium_c.FPDFText_GetCharIndexAtPos, _INT, ctypes.c_void_p, _DBL, _DBL, _DBL, _DBL
)
_BoundedText = _proto(
    pdfium_c.FPDFText_GetBoundedText, _INT, ctypes.c_void_p, _DBL, _DBL, _DBL, _DBL,
    ctypes.POINTER(ctypes.c_ushort), _INT,
)
_PATH = pdfium_c.FPDF_PAGEOBJ_PATH


def _handle(raw: Any) -> ctypes.c_void_p:
    """A pypdfium2 raw handle (page, text page) as the ``c_void_p`` the unchecked calls take."""
    return ctypes.cast(raw, ctypes.c_void_p)


class _Sampler:
    """Raw pdfium calls for a few characters of a text page (buffers allocated once).

    Each ctypes call costs a few microseconds, so a line gets about four: origin of its first
    character, box of its last, font size of a middle one, and font name of the first (the last
    too when the first is bold). Boldness is cached per font name. ``tp`` is the text page as a
    ``c_void_p`` (:func:`_handle`) or pypdfium2's raw handle, never a Python int: the calls are
    unchecked (see :func:`_proto`) and would pass an int as a 32-bit C int.
    """

    def __init__(self) -> None:
        self.dx = ctypes.c_double()
        self.dy = ctypes.c_double()
        self.l = ctypes.c_double()
        self.r = ctypes.c_double()
        self.b = ctypes.c_double()
        self.t = ctypes.c_double()
        self.name = ctypes.create_string_buffer(96)
        self.flags = ctypes.c_int()
        self.bold_cache: dict[bytes, bool] = {}
        self._refs = tuple(ctypes.byref(v) for v in (self.dx, self.dy, self.l, self.r, self.b, self.t))
        self._flags_ref = ctypes.byref(self.flags)
        self._name_len = ctypes.c_ulong(96)

    def origin(self, tp: Any, i: int) -> tuple[float, float]:
        _CharOrigin(tp, i, self._refs[0], self._refs[1])
        return self.dx.value, self.dy.value

    def box(self, tp: Any, i: int) -> tuple[float, float, float, float]:
        refs = self._refs
        _CharBox(tp, i, refs[2], refs[3], refs[4], refs[5])  # yes, left-right-bottom-top
        return self.l.value, self.b.value, self.r.value, self.t.value

    def size(self, tp: Any, i: int) -> float:
        return float(_FontSize(tp, i))

    def bold(self, tp: Any, i: int) -> bool:
        n = _FontInfo(tp, i, self.name, self._name_len, self._flags_ref)
        key = self.name.value if n else b""
        hit = self.bold_cache.get(key)
        if hit is None:
            low = key.decode("latin-1").lower().split("+")[-1]
            hit = (
                any(w in low for w in _BOLD_WORDS)
                or bool(self.flags.value & (1 << 18))
                or int(_FontWeight(tp, i)) >= 600
            )
            self.bold_cache[key] = hit
        return hit


# --------------------------------------------------------------------------- parser
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
    suffixes: tuple[str, ...] = (".pdf",)

    def __init__(
        self, *, tables: bool = True, table_engine: str = "fast", max_pages: int | None = None
    ) -> None:
        """Configure the parser.

        Args:
            tables: find ruled tables and emit them as ``kind="table"`` blocks.
            table_engine: ``"fast"`` (default) runs pdfplumber's lattice algorithm (edges →
                intersections → cells → tables) on ruling lines read from pdfium page objects and
                fills the cells with pdfium text; ``"pdfplumber"`` opens the file with pdfplumber
                (lazily, once) and runs ``page.find_tables()``/``extract()`` on candidate pages,
                which is ~50x slower per table page because pdfminer re-parses the page.
            max_pages: read at most this many pages (a warning says so).
        """
        if table_engine not in ("fast", "pdfplumber"):
            raise ValueError(f"table_engine must be 'fast' or 'pdfplumber', not {table_engine!r}")
        self.tables = tables
        self.table_engine = table_engine
        self.max_pages = max_pages

    # ------------------------------------------------------------------ entry point
    def parse(self, path: Path | str) -> RawDocument:
        """Read ``path``; raise a :class:`reviewminer.errors.ReviewMinerError` subclass on failure."""
        path = Path(path)
        try:
            size = path.stat().st_size
        except FileNotFoundError as e:
            raise CorruptDocumentError(path, "file not found") from e
        except OSError as e:
            raise CorruptDocumentError(path, f"cannot be read: {e.strerror or e}") from e
        if size == 0:
            raise EmptyDocumentError(path, "the file is empty (0 bytes)")
        pdf = self._open(path)
        try:
            return self._parse_open(path, pdf)
        except ReviewMinerError:
            raise
        except pdfium.PdfiumError as e:
            raise CorruptDocumentError(path, f"damaged PDF: {e}") from e
        finally:
            pdf.close()

    def _open(self, path: Path) -> pdfium.PdfDocument:
        try:
            return pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError as e:
            code = getattr(e, "err_code", None)
            if code in (_ERR_PASSWORD, _ERR_SECURITY):
                raise EncryptedDocumentError(
                    path, "the PDF is password-protected (encrypted); remove the password first"
                ) from e
            if code == _ERR_FORMAT and _looks_pageless(path):
                raise EmptyDocumentError(path, "the PDF has no pages") from e
            if code == _ERR_FILE:
                raise CorruptDocumentError(path, "the file cannot be opened or read") from e
            raise CorruptDocumentError(
                path, f"not a readable PDF (damaged or truncated): {e}"
            ) from e

    def _parse_open(self, path: Path, pdf: pdfium.PdfDocument) -> RawDocument:
        n_pages = len(pdf)
        if n_pages == 0:
            raise EmptyDocumentError(path, "the PDF has no pages")
        warnings: list[str] = []
        limit = n_pages if self.max_pages is None else min(n_pages, self.max_pages)
        if limit < n_pages:
            warnings.append(f"only the first {limit} of {n_pages} pages were read")
        sampler = _Sampler()
        pages: list[_Page] = []
        for i in range(limit):
            try:
                page = pdf[i]
            except pdfium.PdfiumError as e:
                raise CorruptDocumentError(path, f"page {i + 1} cannot be loaded: {e}") from e
            try:
                pages.append(
                    _read_page(
                        page, i + 1, sampler, want_tables=self.tables,
                        fast_tables=self.table_engine == "fast",
                    )
                )
            finally:
                page.close()

        empty = [p.number for p in pages if p.n_chars == 0 or not p.lines]
        if len(empty) == len(pages):
            if any(p.has_images for p in pages):
                raise NoTextLayerError(
                    path, "no page has a text layer (a scanned PDF?); run OCR on it first"
                )
            raise NoTextLayerError(path, "no page contains any text")
        scanned = [p.number for p in pages if (p.n_chars == 0 or not p.lines) and p.has_images]
        if scanned:
            warnings.append(
                "pages without a text layer (images only, probably scanned; text not extracted): "
                + _page_list(scanned)
            )

        metadata = _metadata(pdf)
        if self.tables and self.table_engine == "pdfplumber" and any(p.maybe_table for p in pages):
            _find_tables(path, pages, warnings)
        _mark_table_lines(pages)
        body_size = _body_font_size(pages)
        _drop_running_lines(pages, body_size)
        _drop_footnotes(pages, body_size)
        _mark_toc(pages)
        pitch = _line_pitch(pages, body_size)
        per_page = [_page_blocks(p, body_size, pitch) for p in pages]
        blocks = _merge_across_pages(per_page)
        _assign_heading_levels(blocks, body_size)
        _assign_list_levels(blocks)
        out = [b.block for b in blocks if b.block.text or b.block.rows]
        return RawDocument(
            source=path,
            format="pdf",
            page_count=n_pages,
            blocks=out,
            metadata=metadata,
            body_font_size=body_size,
            warnings=warnings,
        )


# --------------------------------------------------------------------------- opening helpers
def _looks_pageless(path: Path) -> bool:
    """pdfium refuses a PDF whose page tree is empty; recognise that case for a clear error."""
    try:
        if path.stat().st_size > 2_000_000:
            return False
        data = path.read_bytes()
    except OSError:
        return False
    return bool(re.search(rb"/Count\s*0\b", data)) and not re.search(rb"/Type\s*/Page(?!s)\b", data)


def _page_list(nums: list[int]) -> str:
    """'1-3, 7' style list of page numbers."""
    out: list[str] = []
    start = prev = nums[0]
    tail: list[int | None] = [*nums[1:], None]
    for n in tail:
        if n is not None and n == prev + 1:
            prev = n
            continue
        out.append(str(start) if start == prev else f"{start}-{prev}")
        if n is not None:
            start = prev = n
    return ", ".join(out)


def _metadata(pdf: pdfium.PdfDocument) -> dict[str, str]:
    try:
        raw = pdf.get_metadata_dict(skip_empty=True)
    except Exception:  # noqa: BLE001 - metadata is optional; a bad Info dict must not fail parsing
        return {}
    out: dict[str, str] = {}
    for src, dst in (("Title", "title"), ("Author", "author"), ("Subject", "subject"),
                     ("Creator", "creator"), ("Producer", "producer")):
        val = normalise(str(raw.get(src, "")))
        if val and _printable(val):
            out[dst] = val
    created = _pdf_date(str(raw.get("CreationDate", "")))
    if created:
        out["created"] = created
    modified = _pdf_date(str(raw.get("ModDate", "")))
    if modified:
        out["modified"] = modified
    return out


def _printable(value: str) -> bool:
    """Reject binary junk (e.g. a mis-decoded hex string) in metadata fields."""
    ok = sum(1 for c in value if c.isalnum() or c in " .,:;'-()&/")
    return ok >= 0.85 * len(value)


_PDF_DATE = re.compile(
    r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?\s*(Z|[+-]\d{2}'?\d{0,2}'?)?"
)


def _pdf_date(value: str) -> str | None:
    """PDF date "D:20240105093000+01'00'" → ISO 8601 "2024-01-05T09:30:00+01:00"."""
    m = _PDF_DATE.match(value.strip())
    if not m:
        return None
    y, mo, d, h, mi, s, tz = m.groups()
    if int(y) < 1900 or (mo and not 1 <= int(mo) <= 12) or (d and not 1 <= int(d) <= 31):
        return None  # "D:00000000..." placeholders and other junk
    out = f"{y}-{mo or '01'}-{d or '01'}"
    if h:
        out += f"T{h}:{mi or '00'}:{s or '00'}"
        if tz == "Z":
            out += "Z"
        elif tz:
            digits = re.sub(r"\D", "", tz)
            out += f"{tz[0]}{digits[:2]}:{(digits[2:4] or '00')}"
    return out


# --------------------------------------------------------------------------- page reading
def _read_page(
    page: pdfium.PdfPage, number: int, s: _Sampler, *, want_tables: bool, fast_tables: bool = True
) -> _Page:
    left, bottom, right, top = page.get_bbox()
    rec = _Page(number=number, width=right - left, height=top - bottom, left=left, bottom=bottom)
    textpage = page.get_textpage()
    tp = _handle(textpage.raw)  # for the _proto calls
    pg = _handle(page.raw)
    try:
        n = textpage.count_chars()
        rec.n_chars = n
        if n <= 0:
            rec.has_images = _has_images(pg)
            return rec
        text = textpage.get_text_range()
        rec.lines = _split_lines(tp, text, n, number, s)
        rects = _CountRects(tp, 0, -1)
        if len(rec.lines) < rects <= 4 * len(rec.lines):
            # more text runs than lines: some lines may join two columns across a gutter
            rec.lines = _split_at_gutters(tp, text, n, rec.lines, s)
        if not rec.lines:
            rec.has_images = _has_images(pg)
            return rec
        _fix_text_direction(rec)
        rec.maybe_table, dots, paths = _scan_paths(pg)
        if dots and not rec.rotated_text:
            _add_drawn_bullets(rec.lines, dots)
        _merge_same_line(rec.lines)
        _reorder_columns(rec)
        if want_tables:
            if rec.maybe_table and fast_tables and not rec.rotated_text:
                rec.tables = _fast_tables(pg, tp, rec, paths, len(text))
        else:
            rec.maybe_table = False
    finally:
        textpage.close()
    return rec


def _has_images(page: ctypes.c_void_p) -> bool:
    n = _CountObjects(page)
    for k in range(min(n, 200)):
        t = _GetType(_GetObject(page, k))
        if t in (pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_FORM):
            return True
    return False


_PathInfo = tuple[_Handle, float, float, float, float]  # path object, its bounds l, b, r, t


def _scan_paths(
    page: ctypes.c_void_p,
) -> tuple[bool, list[tuple[float, float, float, float]], list[_PathInfo] | None]:
    """One pass over the page objects: (may hold a ruled table, drawn bullet dots, paths).

    A table candidate has at least 4 path objects that are not bullet dots. Bullet dots are
    small square paths (browsers draw list discs as shapes, not text). Up to 500 objects are
    checked one by one (~2 us each); pages with more objects (producers that write one object
    per glyph) are sampled with a stride for table rules only, so the check stays under ~1 ms.
    When every object was checked, the path objects (with bounds) are returned too so that
    :func:`_path_edges` need not walk the page objects again (else ``None``).
    """
    n = _CountObjects(page)
    dots: list[tuple[float, float, float, float]] = []
    if n <= 0:
        return False, dots, []
    get, typ = _GetObject, _GetType
    path_type = _PATH
    if n > 500:
        step = n // 500 + 1
        hits = 0
        for k in range(0, n, step):
            if typ(get(page, k)) == path_type:
                hits += 1
                if hits >= 2:  # enough: a candidate
                    break
        return hits >= 2, dots, None
    f = ctypes.c_float
    l, b, r, t = f(), f(), f(), f()
    refs = (ctypes.byref(l), ctypes.byref(b), ctypes.byref(r), ctypes.byref(t))
    paths = 0
    found: list[_PathInfo] = []
    for obj in _path_objects(page, n):
        if _GetBounds(obj, *refs):
            x0, y0, x1, y1 = l.value, b.value, r.value, t.value
            found.append((obj, x0, y0, x1, y1))
            w, h = x1 - x0, y1 - y0
            if 2 <= w <= 8 and 2 <= h <= 8 and abs(w - h) < 1.5:
                dots.append((x0, y0, x1, y1))
                continue
        paths += 1
    return paths >= 4, dots, found


def _add_drawn_bullets(lines: list[_Line], dots: list[tuple[float, float, float, float]]) -> None:
    """Prefix "• " to lines that start just right of a drawn bullet dot."""
    for x0, y0, x1, y1 in dots:
        cy = (y0 + y1) / 2
        for ln in lines:
            if (
                x1 + 1 <= ln.x0 <= x1 + 2.5 * max(ln.size, 4)
                and ln.y - 0.1 * ln.size <= cy <= ln.y + 0.8 * ln.size
            ):
                if _marker(ln.text)[0] is None:
                    ln.text = f"{BULLET} {ln.text}"
                    ln.x0 = x0
                break


def _page_paths(page: ctypes.c_void_p) -> list[_PathInfo]:
    """Every path object of the page whose bounds pdfium reports, in content order."""
    f = ctypes.c_float
    l, b, r, t = f(), f(), f(), f()
    refs = (ctypes.byref(l), ctypes.byref(b), ctypes.byref(r), ctypes.byref(t))
    out: list[_PathInfo] = []
    for obj in _path_objects(page, _CountObjects(page)):
        if _GetBounds(obj, *refs):
            out.append((obj, l.value, b.value, r.value, t.value))
    return out


def _path_objects(page: ctypes.c_void_p, n: int) -> list[_Handle]:
    """The page's path objects in content order. ``map`` keeps the two calls per object
    (thousands on pages that hold one text object per glyph) out of the bytecode loop."""
    objs = list(map(_GetObject, repeat(page, n), range(n)))
    return [_Handle(o) for o, t in zip(objs, map(_GetType, objs)) if t == _PATH]


def _path_edges(paths: list[_PathInfo], top_y: float, limit: int = 4000) -> list[dict[str, Any]]:
    """Horizontal/vertical ruling edges from the page's path objects, in pdfplumber's format
    (origin at the top of the page box). Simple paths (a line, a rectangle) are taken from
    their bounds; longer paths are walked segment by segment through their matrix."""
    f = ctypes.c_float
    px, py = f(), f()
    pref = (ctypes.byref(px), ctypes.byref(py))
    mat = pdfium_c.FS_MATRIX()
    mat_ref = ctypes.byref(mat)
    edges: list[dict[str, Any]] = []

    def h_edge(x0: float, x1: float, y: float) -> None:
        top = top_y - y
        edges.append({"x0": x0, "x1": x1, "top": top, "bottom": top, "width": x1 - x0,
                      "height": 0.0, "orientation": "h", "object_type": "line"})

    def v_edge(x: float, y0: float, y1: float) -> None:
        edges.append({"x0": x, "x1": x, "top": top_y - y1, "bottom": top_y - y0, "width": 0.0,
                      "height": y1 - y0, "orientation": "v", "object_type": "line"})

    moveto, lineto = pdfium_c.FPDF_SEGMENT_MOVETO, pdfium_c.FPDF_SEGMENT_LINETO
    for obj, x0, y0, x1, y1 in paths:
        w, h = x1 - x0, y1 - y0
        nseg = _CountSegments(obj)
        if nseg <= 5 or w <= 4 or h <= 4:
            if h <= 4 and w >= 3:
                h_edge(x0, x1, (y0 + y1) / 2)
            elif w <= 4 and h >= 3:
                v_edge((x0 + x1) / 2, y0, y1)
            elif w > 4 and h > 4:  # a rectangle (cell background or frame): its four sides
                h_edge(x0, x1, y0)
                h_edge(x0, x1, y1)
                v_edge(x0, y0, y1)
                v_edge(x1, y0, y1)
            continue
        if nseg > limit or not _GetMatrix(obj, mat_ref):
            continue
        limit -= nseg
        start = prev = None
        for si in range(nseg):
            seg = _GetPathSegment(obj, si)
            _SegmentGetPoint(seg, *pref)
            x = mat.a * px.value + mat.c * py.value + mat.e
            y = mat.b * px.value + mat.d * py.value + mat.f
            kind = _SegmentGetType(seg)
            pts = []
            if kind == moveto:
                start = prev = (x, y)
                continue
            if kind == lineto and prev is not None:
                pts.append((prev, (x, y)))
            prev = (x, y)
            if _SegmentGetClose(seg) and start is not None:
                pts.append(((x, y), start))
                prev = start
            for (ax, ay), (bx, by) in pts:
                if abs(ay - by) < 1 and abs(ax - bx) >= 3:
                    h_edge(min(ax, bx), max(ax, bx), (ay + by) / 2)
                elif abs(ax - bx) < 1 and abs(ay - by) >= 3:
                    v_edge((ax + bx) / 2, min(ay, by), max(ay, by))
    return edges


def _fast_tables(
    page: ctypes.c_void_p, tp: ctypes.c_void_p, rec: _Page, paths: list[_PathInfo] | None,
    text_len: int,
) -> list[_Table]:
    """Ruled tables: pdfplumber's lattice algorithm on pdfium edges, cells filled by pdfium."""
    try:
        from pdfplumber import table as plt
    except ImportError:  # pragma: no cover - declared dependency
        return []
    top_y = rec.bottom + rec.height
    edges = _path_edges(_page_paths(page) if paths is None else paths, top_y)
    if sum(1 for e in edges if e["orientation"] == "h") < 2 or sum(
        1 for e in edges if e["orientation"] == "v"
    ) < 2:
        return []
    st = plt.TableSettings()
    edges = _merge_edges(edges, st.snap_x_tolerance, st.snap_y_tolerance,
                         st.join_x_tolerance, st.join_y_tolerance)
    edges = [e for e in edges if (e["width"] if e["orientation"] == "h" else e["height"]) >= st.edge_min_length]
    inter = _edges_to_intersections(edges, st.intersection_x_tolerance, st.intersection_y_tolerance)
    cells = _intersections_to_cells(inter)
    out: list[_Table] = []
    bounded = _BoundedReader(tp, text_len)
    for group in plt.cells_to_tables(cells):
        tbl = plt.Table(None, group)  # type: ignore[arg-type]  # rows/bbox only use the cells
        rows: list[list[str]] = []
        for row in tbl.rows:
            cells_text = []
            for cell in row.cells:
                if cell is None:
                    cells_text.append("")
                    continue
                x0, top, x1, bottom = cell
                raw = bounded(x0, top_y - bottom, x1, top_y - top)
                cells_text.append(_cell_text(raw))
            rows.append(cells_text)
        rows = [r for r in rows if any(r)]
        if len(rows) < 2 or max(len(r) for r in rows) < 2:
            continue  # a frame around text, not a table
        x0, top, x1, bottom = tbl.bbox
        out.append(_Table(page=rec.number, bbox=(x0, top_y - bottom, x1, top_y - top), rows=rows))
    return out


def _snap_edges(edges: list[dict[str, Any]], attr: str, other: str, tol: float) -> list[dict[str, Any]]:
    """``pdfplumber.utils.snap_objects`` for our edge dicts: edges whose ``attr`` values chain
    within ``tol`` move to the cluster's mean (``other`` moves with it), same arithmetic."""
    if not edges:
        return []
    values = sorted({e[attr] for e in edges})
    index: dict[float, int] = {}
    k = 0
    last = values[0]
    for x in values:
        # pdfplumber's cluster_list: a value more than tol above the previous one starts a new
        # cluster; without a tolerance every value is its own
        if (x > last + tol) if tol > 0 else (x != values[0]):
            k += 1
        index[x] = k
        last = x
    clusters: list[list[dict[str, Any]]] = [[] for _ in range(k + 1)]
    for e in edges:  # in input order within a cluster, as pdfplumber's stable sort keeps it
        clusters[index[e[attr]]].append(e)
    out: list[dict[str, Any]] = []
    for cluster in clusters:
        if not cluster:
            continue
        avg = sum(e[attr] for e in cluster) / len(cluster)
        for e in cluster:
            d = avg - e[attr]
            out.append({**e, attr: e[attr] + d, other: e[other] + d})
    return out


def _merge_edges(
    edges: list[dict[str, Any]], snap_x: float, snap_y: float, join_x: float, join_y: float
) -> list[dict[str, Any]]:
    """``pdfplumber.table.merge_edges`` (snap, then join collinear edges), same result.

    pdfplumber copies each edge through ``tuple(obj.items())`` several times and clusters
    through generic helpers; this does the same steps on plain dicts at a fraction of the cost.
    """
    if snap_x > 0 or snap_y > 0:
        edges = _snap_edges([e for e in edges if e["orientation"] == "v"], "x0", "x1", snap_x) + \
            _snap_edges([e for e in edges if e["orientation"] == "h"], "top", "bottom", snap_y)

    def group(e: dict[str, Any]) -> tuple[str, float]:
        return ("h", e["top"]) if e["orientation"] == "h" else ("v", e["x0"])

    out: list[dict[str, Any]] = []
    for (orient, _), items in groupby(sorted(edges, key=group), key=group):
        if orient == "h":
            lo, hi, extent, tol = "x0", "x1", "width", join_x
        else:
            lo, hi, extent, tol = "top", "bottom", "height", join_y
        ordered = sorted(items, key=itemgetter(lo))
        joined = [ordered[0]]
        for e in ordered[1:]:
            last = joined[-1]
            if e[lo] <= last[hi] + tol:
                if e[hi] > last[hi]:  # pdfplumber's resize_object: extend, update the extent
                    value = e[hi]
                    if orient == "h":
                        size = value - last["x0"]
                    else:
                        size = last["height"] + (value - last["bottom"])
                    joined[-1] = {**last, hi: value, extent: size}
            else:
                joined.append(e)
        out.extend(joined)
    return out


def _edges_to_intersections(
    edges: list[dict[str, Any]], x_tol: float, y_tol: float
) -> dict[tuple[float, float], dict[str, list[dict[str, Any]]]]:
    """``pdfplumber.table.edges_to_intersections``, same result: pdfplumber re-sorts the
    horizontal edges for every vertical one; here they are sorted once."""
    inter: dict[tuple[float, float], dict[str, list[dict[str, Any]]]] = {}
    v_edges = sorted((e for e in edges if e["orientation"] == "v"), key=itemgetter("x0", "top"))
    h_edges = sorted((e for e in edges if e["orientation"] == "h"), key=itemgetter("top", "x0"))
    for v in v_edges:
        vx, vtop, vbottom = v["x0"], v["top"], v["bottom"]
        for h in h_edges:
            htop = h["top"]
            if (
                vtop <= htop + y_tol
                and vbottom >= htop - y_tol
                and vx >= h["x0"] - x_tol
                and vx <= h["x1"] + x_tol
            ):
                at = inter.get((vx, htop))
                if at is None:
                    at = inter[(vx, htop)] = {"v": [], "h": []}
                at["v"].append(v)
                at["h"].append(h)
    return inter


def _intersections_to_cells(
    intersections: dict[tuple[float, float], dict[str, list[dict[str, Any]]]],
) -> list[tuple[float, float, float, float]]:
    """``pdfplumber.table.intersections_to_cells``, same algorithm and result, made cheaper.

    pdfplumber rebuilds the set of edge boxes at both points for every connection test and
    filters all later points for each point (quadratic). Here each point's vertical and
    horizontal edge-box sets are built once and the points below/right of a point come from
    per-column/per-row lists (in the same sorted order). Two points on one column connect when
    they share a vertical edge, two on one row when they share a horizontal edge, which is what
    pdfplumber's ``edge_connects`` reduces to for such pairs.
    """
    box = itemgetter("x0", "top", "x1", "bottom")  # pdfplumber's obj_to_bbox
    vset = {p: set(map(box, d["v"])) for p, d in intersections.items()}
    hset = {p: set(map(box, d["h"])) for p, d in intersections.items()}
    points = sorted(intersections)
    column: dict[float, list[tuple[float, float]]] = defaultdict(list)
    row: dict[float, list[tuple[float, float]]] = defaultdict(list)
    pos_col: list[int] = []
    pos_row: list[int] = []
    for pt in points:
        col, rw = column[pt[0]], row[pt[1]]
        pos_col.append(len(col))
        pos_row.append(len(rw))
        col.append(pt)
        rw.append(pt)
    cells: list[tuple[float, float, float, float]] = []
    for i, pt in enumerate(points):
        below = column[pt[0]][pos_col[i] + 1:]
        right = row[pt[1]][pos_row[i] + 1:]
        if not below or not right:
            continue
        v0, h0 = vset[pt], hset[pt]
        found = None
        for below_pt in below:
            if v0.isdisjoint(vset[below_pt]):
                continue
            for right_pt in right:
                if h0.isdisjoint(hset[right_pt]):
                    continue
                corner = (right_pt[0], below_pt[1])
                if (
                    corner in intersections
                    and not vset[corner].isdisjoint(vset[right_pt])
                    and not hset[corner].isdisjoint(hset[below_pt])
                ):
                    found = (pt[0], pt[1], corner[0], corner[1])
                    break
            if found:
                break
        if found:
            cells.append(found)
    return cells


class _BoundedReader:
    """``PdfTextPage.get_text_bounded`` in one pdfium call instead of two.

    pypdfium2 asks pdfium for the length (which makes pdfium collect the text in the box, a
    walk over every character of the page), then for the text (a second walk). Here the text
    is read into a buffer sized for the whole page. pdfium's length counts code points while it
    copies UTF-16 units, so pypdfium2 keeps only that many units; when the text holds a
    surrogate pair (or fills the buffer) the pypdfium2 call is used to stay identical.
    """

    def __init__(self, tp: ctypes.c_void_p, text_len: int) -> None:
        self.tp = tp
        self.size = max(text_len, 64) * 2 + 64
        self.buf = (ctypes.c_ushort * self.size)()

    def __call__(self, left: float, bottom: float, right: float, top: float) -> str:
        n = _BoundedText(self.tp, left, top, right, bottom, self.buf, self.size)
        if n <= 0:
            return ""
        if n < self.size:
            raw = ctypes.string_at(self.buf, 2 * n).decode("utf-16-le", errors="ignore")
            if len(raw) == n:  # no surrogate pair: pypdfium2 would read exactly these units
                return raw
        n_chars = _BoundedText(self.tp, left, top, right, bottom, None, 0)
        if n_chars <= 0:
            return ""
        buffer = (ctypes.c_ushort * n_chars)()
        _BoundedText(self.tp, left, top, right, bottom, buffer, n_chars)
        return ctypes.string_at(buffer, 2 * n_chars).decode("utf-16-le", errors="ignore")


def _cell_text(raw: str | None) -> str:
    """One cell's text: its lines joined like a paragraph's (hyphenation undone)."""
    if not raw:
        return ""
    raw = raw.replace("\ufffe", "-\n").replace("\x02", "-\n")
    lines = [normalise(x) for x in _CELL_LINES.split(raw)]
    return join_lines([x for x in lines if x])


_CELL_LINES = re.compile(r"\r\n|\r|\n")


_LINE_SPLIT = re.compile(r"[^\r\n\ufffe]+\ufffe?|\ufffe")


def _split_lines(tp: Any, text: str, n_chars: int, page: int, s: _Sampler) -> list[_Line]:
    """Split the page text into pdfium's visual lines and sample typography for each."""
    identity = len(text) == n_chars
    to_char = _CharIndexFromTextIndex
    # hot loop (once per line): the sampler's calls inlined, its buffers and refs bound locally
    origin, box, font_size, font_info, bold_of = _CharOrigin, _CharBox, _FontSize, _FontInfo, s.bold
    r_dx, r_dy, r_l, r_r, r_b, r_t = s._refs
    v_dx, v_dy, v_l, v_r, v_b = s.dx, s.dy, s.l, s.r, s.b
    name, name_len, flags_ref, bold_cache = s.name, s._name_len, s._flags_ref, s.bold_cache
    superscripts, any_superscript = _SUPERSCRIPT_CANDIDATE.finditer, _SUPERSCRIPT_CANDIDATE.search
    norm_line = _norm_line
    out: list[_Line] = []
    append = out.append
    for m in _LINE_SPLIT.finditer(text):
        raw = m.group()
        hyphen = raw[-1] == "\ufffe"
        body = raw[:-1] if hyphen else raw
        stripped = body.strip()
        if not stripped:
            continue
        a = m.start() + len(body) - len(body.lstrip())
        b = a + len(stripped) - 1
        mid = (a + b) // 2
        while mid < b and text[mid].isspace():
            mid += 1
        if identity:
            ia, im, ib = a, mid, b
        else:
            ia, im, ib = to_char(tp, a), to_char(tp, mid), to_char(tp, b)
            if ia < 0 or ib < 0:
                continue
            if im < 0:
                im = ia
        origin(tp, ia, r_dx, r_dy)
        xa, ya = v_dx.value, v_dy.value
        box(tp, ib, r_l, r_r, r_b, r_t)  # yes, left-right-bottom-top
        xb, yb, br = v_l.value, v_b.value, v_r.value
        size = font_size(tp, im)
        if size <= 1.0 and im != ia:  # a generated char: fall back to the first one
            size = font_size(tp, ia)
        # s.bold(tp, ia), its cache hit inlined
        bold = bold_cache.get(name.value if font_info(tp, ia, name, name_len, flags_ref) else b"")
        if bold is None:
            bold = bold_of(tp, ia)
        bold = bold and (ib == ia or bold_of(tp, ib))
        line_text = stripped
        # Superscript reference markers glued to a word ("reports1", "abuse.12"): compare the
        # digits' font size with the line's.
        if size > 0 and any_superscript(stripped):  # (most lines have none)
            for sm_ in reversed(list(superscripts(stripped))):
                ti = a + sm_.start()
                ci = ti if identity else to_char(tp, ti)
                if ci >= 0 and font_size(tp, ci) < 0.8 * size:
                    line_text = line_text[: sm_.start()] + line_text[sm_.end():]
        line_text = norm_line(line_text)
        if hyphen:
            line_text = line_text + "-"
        rec = _Line(line_text, page, xa, max(br, xb), ya, round(size, 1), bold, hyphen, len(out),
                    c0=ia, c1=ib, t0=a)
        if abs(yb - ya) > 2 * max(size, 1) and abs(xb - xa) < abs(yb - ya):
            rec.vend = yb  # the line runs vertically: see _fix_text_direction
        append(rec)
    return out


def _split_at_gutters(tp: Any, text: str, n_chars: int, lines: list[_Line], s: _Sampler) -> list[_Line]:
    """Split pdfium lines that run across a column gutter (two columns on one baseline).

    pdfium joins text on the same baseline into one line. pdfium's text rectangles for the line
    show the gap; a line is split where two rectangles on the same baseline are separated by at
    least 1.5 times the font size and both sides carry real text (>= 15 characters), so list
    markers ("1.1   Text") and short table cells stay with their line.
    """
    identity = len(text) == n_chars
    count_rects, get_rect = _CountRects, _GetRect
    at_pos = _CharIndexAtPos
    l, t, r, b = (ctypes.c_double() for _ in range(4))
    refs = tuple(ctypes.byref(v) for v in (l, t, r, b))
    out: list[_Line] = []
    for ln in lines:
        if len(ln.text) < 30 or ln.c0 < 0 or ln.vend is not None:
            out.append(ln)
            continue
        n = count_rects(tp, ln.c0, ln.c1 - ln.c0 + 1)
        if n < 2:
            out.append(ln)
            continue
        boxes = []
        for k in range(n):
            get_rect(tp, k, *refs)
            boxes.append((l.value, b.value, r.value, t.value))
        boxes.sort()
        cuts: list[int] = []
        for (al, ab, ar, at), (bl, bb, br, bt) in pairwise(boxes):
            if bl - ar >= 1.5 * max(ln.size, 4) and abs(ab - bb) < 0.5 * max(ln.size, 4):
                ci = at_pos(tp, bl + 0.5, (bb + bt) / 2, 1.0, 2.0)
                if ci < 0:
                    continue
                ti = ci if identity else _TextIndexFromCharIndex(tp, ci)
                rel = ti - ln.t0
                if 15 <= rel <= len(ln.text) - 15:
                    cuts.append(rel)
        if not cuts:
            out.append(ln)
            continue
        pieces = []
        prev = 0
        for c in sorted(set(cuts)) + [len(ln.text)]:
            piece = ln.text[prev:c].strip()
            if piece:
                pieces.append((prev, piece))
            prev = c
        for off, piece in pieces:
            ci = ln.c0 + off if identity else _CharIndexFromTextIndex(tp, ln.t0 + off)
            ce = ci + len(piece) - 1 if identity else _CharIndexFromTextIndex(
                tp, ln.t0 + off + len(piece) - 1)
            x0, _ = s.origin(tp, max(ci, 0))
            _, _, x1, _ = s.box(tp, max(ce, 0))
            out.append(_Line(text=piece, page=ln.page, x0=x0, x1=x1, y=ln.y, size=ln.size,
                             bold=ln.bold, hyphen=ln.hyphen if off == pieces[-1][0] else False))
    for k, ln in enumerate(out):
        ln.order = k
    return out


def _norm_line(text: str) -> str:
    """:func:`normalise` with a fast path for plain printable ASCII (most lines).

    Unicode superscript digits glued to a word are footnote markers: they are dropped before
    NFKC would turn "abuse\u00b9" into "abuse1".
    """
    if text.isascii() and text.isprintable():
        return text if "  " not in text else _SPACES.sub(" ", text)
    return normalise(_SUP_MARKER.sub("", text))


_SUP_MARKER = re.compile(r"(?<=[A-Za-z.,;:)\]'\u2019\u201d\"])[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+")


_SPACES = re.compile(r" {2,}")


def _fix_text_direction(page: _Page) -> None:
    """Read pages whose text runs vertically (content drawn rotated) in the text's own frame."""
    vertical = [ln for ln in page.lines if ln.vend is not None]
    if len(vertical) * 2 < len(page.lines) or len(page.lines) < 3:
        for ln in vertical:  # isolated vertical lines (side labels): keep, flatten the extent
            ln.vend = None
            ln.x1 = ln.x0 + 0.5 * ln.size * max(1, len(ln.text))
        return
    up = sum(1 for ln in vertical if (ln.vend or 0) > ln.y) >= len(vertical) / 2
    page.rotated_text = True
    for ln in page.lines:
        if ln.vend is not None:
            start_along, end_along = ln.y, ln.vend
        else:
            start_along, end_along = ln.y, ln.y + 0.5 * ln.size * len(ln.text)
        across = ln.x0
        ln.vend = None
        if up:  # text runs bottom→top: reading x = y, "up" = -x
            ln.x0, ln.x1, ln.y = start_along, max(end_along, start_along), -across
        else:  # top→bottom: reading x = -y, "up" = x
            ln.x0, ln.x1, ln.y = -start_along, -min(end_along, start_along), across
    xs = [ln.x0 for ln in page.lines]
    ys = [ln.y for ln in page.lines]
    page.left, page.bottom = min(xs) - 1, min(ys) - 50
    page.width = max(ln.x1 for ln in page.lines) - page.left + 1
    page.height = max(ys) - page.bottom + 50


def _merge_same_line(lines: list[_Line]) -> None:
    """pdfium breaks a visual line at a superscript or font change; glue consecutive fragments
    that sit on the same baseline and touch horizontally."""
    i = 1
    while i < len(lines):
        prev, cur = lines[i - 1], lines[i]
        size = max(prev.size, cur.size, 1.0)
        if (
            not prev.hyphen
            and abs(prev.y - cur.y) < 0.35 * size
            and prev.x1 - 2 <= cur.x0 <= prev.x1 + 1.2 * size
        ):
            if len(cur.text) > len(prev.text):
                prev.size = cur.size  # the line's size is that of its longer part
            # a fragment that touches the previous one continues the same word
            joiner = "" if cur.x0 - prev.x1 < 0.12 * size else " "
            prev.text = prev.text + joiner + cur.text
            prev.x1 = cur.x1
            prev.c1 = cur.c1
            prev.bold = prev.bold and cur.bold
            prev.hyphen = cur.hyphen
            del lines[i]
            continue
        i += 1
    for k, ln in enumerate(lines):
        ln.order = k


def _reorder_columns(page: _Page) -> None:
    """Emit a clean two-column page column by column when the stream interleaves columns."""
    lines = page.lines
    if len(lines) < 10:
        return
    # the right column's start: the most common line start in the middle half of the page
    starts = Counter(
        round(ln.x0 / 2) * 2 for ln in lines
        if page.left + 0.25 * page.width < ln.x0 < page.left + 0.75 * page.width
    )
    if not starts:
        return
    gx, count = starts.most_common(1)[0]
    if count < 5:
        return
    mid = gx - 3
    left = [ln for ln in lines if ln.x1 < mid]
    right = [ln for ln in lines if ln.x0 > mid]
    if len(left) < 5 or len(right) < 5:
        return
    # A real column: most of its lines run close to the gutter (not short table cells).
    gut_l = max(ln.x1 for ln in left)
    gut_r = min(ln.x0 for ln in right)
    col_w = gut_l - min(ln.x0 for ln in left)
    if col_w <= 0 or gut_r - gut_l < 6:
        return
    full = sum(1 for ln in left if ln.x1 >= gut_l - 0.25 * col_w)
    if full < 0.5 * len(left):
        return
    side = ["L" if ln.x1 < mid else "R" if ln.x0 > mid else "S" for ln in lines]
    cols = [c for c in side if c != "S"]
    switches = sum(1 for a, b in pairwise(cols) if a != b)
    if switches <= 3:
        return  # the stream already reads column by column
    ordered: list[_Line] = []
    seg_l: list[_Line] = []
    seg_r: list[_Line] = []
    for ln, sd in sorted(zip(lines, side), key=lambda t: (-t[0].y, t[0].x0)):
        if sd == "S":
            ordered += seg_l + seg_r
            seg_l, seg_r = [], []
            ordered.append(ln)
        elif sd == "L":
            seg_l.append(ln)
        else:
            seg_r.append(ln)
    ordered += seg_l + seg_r
    page.lines = ordered
    for k, ln in enumerate(ordered):
        ln.order = k


# --------------------------------------------------------------------------- document passes
def _mark_table_lines(pages: list[_Page]) -> None:
    """Attach each text line inside a table's box to that table (it leaves the text flow)."""
    for p in pages:
        for t in p.tables:
            x0, y0, x1, y1 = t.bbox
            for ln in p.lines:
                if ln.table is not None:
                    continue
                cx = (ln.x0 + min(ln.x1, ln.x0 + 20)) / 2
                cy = ln.y + 0.3 * ln.size
                if x0 - 2 <= cx <= x1 + 2 and y0 - 2 <= cy <= y1 + 2:
                    ln.table = t


def _body_font_size(pages: list[_Page]) -> float | None:
    """Most common font size weighted by characters, outside tables (fall back to all text)."""
    weights: Counter[float] = Counter()
    for p in pages:
        for ln in p.lines:
            if ln.table is None:
                weights[round(ln.size * 2) / 2] += len(ln.text)
    if weights:
        return weights.most_common(1)[0][0]
    for p in pages:
        for ln in p.lines:
            weights[round(ln.size * 2) / 2] += len(ln.text)
    if not weights:
        return None
    return weights.most_common(1)[0][0]


def _mask(text: str) -> str:
    return _WS.sub(" ", _DIGITS.sub("#", text.lower())).strip()


def _drop_running_lines(pages: list[_Page], body: float | None) -> None:
    """Drop running headers/footers (repeated across pages) and page numbers in the margins.

    A line in the top/bottom band is a running line when its text with digit runs masked recurs
    on at least 40% of the pages (at least 2), or on 3+ pages at the same height, *and* every
    number in it is either the same on all those pages or moves with the page number ("Page 3
    of 12", a date and time, "3/12"). Body text that merely contains numbers ("in 2024 there
    were 20 contacts") differs in other numbers and is kept, and so is anything set clearly
    larger than the body font (headings that happen to open several pages).
    """
    n = len(pages)
    max_size = (body or 11.0) * 1.15 + 0.5
    band_lines: list[list[tuple[str, _Line]]] = []
    for p in pages:
        cands: list[tuple[str, _Line]] = []
        if p.lines:
            by_y = sorted(p.lines, key=lambda ln: -ln.y)
            top_cut = p.bottom + p.height * 0.82
            bot_cut = p.bottom + p.height * 0.18
            seen: set[int] = set()
            for ln in by_y[:4]:
                if ln.y >= top_cut:
                    cands.append(("T", ln))
                    seen.add(id(ln))
            for ln in reversed(by_y[-4:]):
                if ln.y <= bot_cut and id(ln) not in seen:
                    cands.append(("B", ln))
        band_lines.append(cands)
    occ: dict[tuple[str, str], list[tuple[int, str, float]]] = defaultdict(list)
    for p, cands in zip(pages, band_lines):
        for band, ln in cands:
            occ[(band, _mask(ln.text))].append((p.number, ln.text, ln.y))
    threshold = max(2, -(-4 * n // 10))  # ceil(0.4 n), at least 2
    verdict: dict[tuple[str, str], bool] = {}
    for key, items in occ.items():
        pages_hit = {pg for pg, _, _ in items}
        ys = [y for _, _, y in items]
        often = len(pages_hit) >= threshold
        same_place = len(pages_hit) >= 3 and max(ys) - min(ys) < 3
        verdict[key] = (often or same_place) and _numbers_follow_pages(items)
    for cands in band_lines:
        # Only lines contiguous from the page edge go: the first kept line stops the walk, so a
        # body line that happens to recur (same wording at the top of two pages) stays.
        for want in ("T", "B"):
            for band, ln in cands:  # ordered from the edge inwards
                if band != want:
                    continue
                text = ln.text.strip()
                if _PAGE_NUMBER.match(text) or _ROMAN_PAGE.match(text) or ln.size <= max_size and verdict.get((band, _mask(ln.text)), False):
                    ln.drop = True
                else:
                    break
    for p in pages:
        p.lines = [ln for ln in p.lines if not ln.drop]


_ROMAN_PAGE = re.compile(r"^[ivxlc]{1,6}$", re.IGNORECASE)


def _numbers_follow_pages(items: list[tuple[int, str, float]]) -> bool:
    """True when every number in the repeated line is constant or tracks the page number."""
    texts = {t for _, t, _ in items}
    if len(texts) == 1:
        return True
    nums = [[int(d) for d in _DIGITS.findall(t)] for _, t, _ in items]
    if len({len(x) for x in nums}) != 1:
        return False
    pages = [pg for pg, _, _ in items]
    tracks = False
    for pos in range(len(nums[0])):
        vals = [x[pos] for x in nums]
        if len(set(vals)) == 1:
            continue
        if len({v - pg for v, pg in zip(vals, pages)}) == 1:
            tracks = True
            continue
        return False
    return tracks


def _drop_footnotes(pages: list[_Page], body: float | None) -> None:
    """Drop small-font lines at the bottom of a page below the body text (footnote bodies)."""
    if not body:
        return
    for p in pages:
        if len(p.lines) < 2:
            continue
        by_y = sorted((ln for ln in p.lines if ln.table is None), key=lambda ln: ln.y)
        if len(by_y) < 2:
            continue
        lowest_body = None
        k = 0
        while k < len(by_y) and by_y[k].size < 0.85 * body:
            k += 1
        if k == 0 or k == len(by_y):
            continue
        lowest_body = by_y[k]
        notes = by_y[:k]
        # footnotes sit in the lower part of the page, below all body lines
        if notes[-1].y > p.bottom + 0.45 * p.height:
            continue
        if lowest_body.bottom - notes[-1].top < 0:
            continue
        drop = {id(ln) for ln in notes}
        p.lines = [ln for ln in p.lines if id(ln) not in drop]


def _mark_toc(pages: list[_Page]) -> None:
    """Mark table-of-contents lines (runs of lines ending in page numbers / dotted leaders)."""
    max_page = max(len(pages) + 10, 20)
    for p in pages:
        lines = p.lines
        flags: list[int] = []  # 2 = leader entry, 1 = plain number entry, 0 = no
        for ln in lines:
            t = ln.text
            if ln.table is not None or not t[-1:].isdigit() or len(t) > 200:
                flags.append(0)
                continue
            m = _TOC_LEADER.match(t) if ("..." in t or "\u2026" in t or "__" in t or ". ." in t) else None
            if m and _page_ok(m.group("page"), max_page):
                flags.append(2)
                continue
            m = _TOC_PLAIN.match(t)
            if m and _page_ok(m.group("page"), max_page) and len(t) < 120 and not _SENTENCE_END.search(m.group("title")):
                flags.append(1)
            else:
                flags.append(0)
        title_idx = {i for i, ln in enumerate(lines) if len(ln.text) < 40 and _TOC_TITLE.match(ln.text)}
        i = 0
        while i < len(lines):
            if not flags[i]:
                i += 1
                continue
            j = i
            last = i
            gap = 0
            while j + 1 < len(lines) and gap <= 2:
                j += 1
                if flags[j]:
                    last = j
                    gap = 0
                else:
                    gap += 1
                    if len(lines[j].text) > 100:
                        break
            run = [k for k in range(i, last + 1) if flags[k]]
            leaders = sum(1 for k in run if flags[k] == 2)
            titled = any(t < i and i - t <= 2 for t in title_idx)
            # without leaders or a "Contents" title, the page numbers must not go backwards
            # (a borderless list of counts, "Police 12 / Health 7", is not a TOC)
            nums = [_first_number(lines[k].text) for k in run]
            ordered = all(a <= b for a, b in pairwise(nums))
            if leaders >= 2 or (titled and run) or (len(run) >= 3 and ordered):
                for k in range(i, last + 1):
                    lines[k].toc = True
            i = last + 1


def _first_number(text: str) -> int:
    """The page number a TOC line ends with (the first of a range "12-14")."""
    m = re.search(r"(\d{1,4})(?:\s*[-\u2013]\s*\d{1,4})?$", text)
    return int(m.group(1)) if m else 0


def _page_ok(page: str, max_page: int) -> bool:
    first = int(re.split(r"\D+", page)[0])
    return 0 < first <= max_page


def _find_tables(path: Path, pages: list[_Page], warnings: list[str]) -> None:
    """Run pdfplumber table finding on candidate pages only (opened once, lazily)."""
    try:
        import pdfplumber
    except ImportError:  # pragma: no cover - declared dependency
        warnings.append("pdfplumber is not installed: tables were read as text")
        return
    try:
        with pdfplumber.open(str(path)) as pl:
            for p in pages:
                if not p.maybe_table or p.rotated_text:
                    continue
                try:
                    page = pl.pages[p.number - 1]
                    found = page.find_tables()
                    if not found:
                        continue
                    # pdfplumber measures "top" down from the top of the page box; pdfium
                    # measures y up from its bottom
                    top_y = p.bottom + p.height
                    for t in found:
                        rows = [[_cell_text(c) for c in row] for row in t.extract()]
                        rows = [r for r in rows if any(r)]
                        if not rows or (len(rows) < 2 and max(len(r) for r in rows) < 2):
                            continue
                        x0, top, x1, bottom = t.bbox
                        p.tables.append(
                            _Table(
                                page=p.number,
                                bbox=(x0, top_y - bottom, x1, top_y - top),
                                rows=rows,
                            )
                        )
                    page.close()
                except Exception as e:  # noqa: BLE001 - one bad page must not lose the text
                    warnings.append(f"page {p.number}: table detection failed ({type(e).__name__})")
    except Exception as e:  # noqa: BLE001
        warnings.append(f"tables not extracted: pdfplumber could not open the file ({type(e).__name__})")


def _line_pitch(pages: list[_Page], body: float | None) -> float:
    """Most common baseline distance between consecutive body lines."""
    if not body:
        return 14.0
    diffs: Counter[float] = Counter()
    for p in pages:
        for a, b in pairwise(p.lines):
            if abs(a.size - body) < 0.6 and abs(b.size - body) < 0.6:
                d = a.y - b.y
                if 0.8 * body < d < 3 * body:
                    diffs[round(d * 2) / 2] += 1
    if not diffs:
        return 1.2 * body
    return diffs.most_common(1)[0][0]


# --------------------------------------------------------------------------- blocks
@dataclass(slots=True)
class _B:
    """A block under construction."""

    lines: list[_Line]
    kind: str = "paragraph"
    block: Block = None  # type: ignore[assignment]
    table: _Table | None = None
    marker: str | None = None
    toc: bool = False
    right: float = 0.0  # right edge of the page's body text (full lines reach it)

    @property
    def first(self) -> _Line:
        return self.lines[0]

    @property
    def last(self) -> _Line:
        return self.lines[-1]


def _marker(text: str) -> tuple[str | None, str | None]:
    """(marker, kind) of a list marker at the start of ``text``."""
    m = _LIST_MARKER.match(text)
    if not m:
        return None, None
    kind = m.lastgroup
    label = m.group(kind).strip() if kind else None
    if kind in ("bullet",):
        label = BULLET
    return label, kind


def _page_blocks(p: _Page, body: float | None, pitch: float) -> list[_B]:
    body = body or 11.0
    # Table text leaves the flow; the table takes the place of its first line.
    items: list[tuple[float, _Line | _Table]] = []
    in_table = {id(ln): ln.table for ln in p.lines if ln.table is not None}
    placed: set[int] = set()
    for ln in p.lines:
        t = ln.table
        if t is None:
            items.append((ln.order, ln))
        elif id(t) not in placed:
            placed.add(id(t))
            items.append((ln.order, t))
    for t in p.tables:
        if id(t) not in placed:  # table without text lines (should not happen): place by y
            before = [ln.order for ln in p.lines if ln.y > t.bbox[3] and id(ln) not in in_table]
            items.append((max(before) + 0.5 if before else -1, t))
    items.sort(key=lambda it: it[0])

    lines_x1 = [ln.x1 for ln in p.lines if abs(ln.size - body) < 0.6]
    right = statistics.median(sorted(lines_x1)[-max(1, len(lines_x1) // 3):]) if lines_x1 else p.left + p.width
    # body lines starting mid-page mean columns (or a layout we should not second-guess)
    one_column = sum(1 for ln in p.lines if abs(ln.size - body) < 0.6 and
                     ln.x0 > p.left + 0.35 * p.width) < 3
    blocks: list[_B] = []
    cur: _B | None = None
    for _, it in items:
        if isinstance(it, _Table):
            cur = None
            blocks.append(_B(lines=[], kind="table", table=it))
            continue
        ln = it
        if ln.toc:
            # one block per entry; an entry wrapped onto a second line is joined
            if (
                cur is not None and cur.toc and not _ends_with_page(cur.last.text)
                and (ln.x0 > cur.first.x0 + 2 or ln.text[:1].islower())
            ):
                cur.lines.append(ln)
                continue
            cur = _B(lines=[ln], toc=True)
            blocks.append(cur)
            continue
        label, mkind = _marker(ln.text)
        if cur is None or cur.kind == "table" or cur.toc:
            cur = _new_block(ln, label)
            blocks.append(cur)
            continue
        prev = cur.last
        if _starts_new_block(cur, prev, ln, label, mkind, body, pitch, right, one_column):
            cur = _new_block(ln, label)
            blocks.append(cur)
        else:
            cur.lines.append(ln)
    for b in blocks:
        b.right = right
        _finish_block(b, body)
    return blocks


def _ends_with_page(text: str) -> bool:
    return bool(re.search(r"\d$", text))


def _new_block(ln: _Line, label: str | None) -> _B:
    b = _B(lines=[ln])
    if label:
        b.kind = "list_item"
        b.marker = label
    return b


def _starts_new_block(
    cur: _B, prev: _Line, ln: _Line, label: str | None, mkind: str | None,
    body: float, pitch: float, right: float, one_column: bool = True,
) -> bool:
    size = max(prev.size, ln.size, 1.0)
    gap = prev.y - ln.y
    if gap < -0.5 * size:
        # a jump upwards: the top of the next column continues an unfinished sentence
        return not (
            ln.x0 > prev.x1 - 2 * size
            and not _TERMINAL.search(prev.text)
            and abs(prev.size - ln.size) <= 0.6
            and prev.bold == ln.bold
            and label is None  # the caller's _marker(ln.text)
        )
    if gap > max(pitch, 1.0 * size) * 1.35 + 0.5:
        return True
    if abs(prev.size - ln.size) > 0.6:
        return True
    if prev.bold != ln.bold:
        # a bold lead-in that fills a whole line ("Recommendation 1: The Board should") runs
        # on into a plain line that continues the sentence: keep them together
        return not (
            prev.bold
            and prev.x1 >= right - 2 * size
            and not _TERMINAL.search(prev.text)
            and ln.text[:1].islower()
        )
    ended = bool(_TERMINAL.search(prev.text))
    if label is not None:
        if mkind in ("bullet", "rec"):
            return True
        if ended or prev.x1 < right - 3 * size or cur.kind == "list_item" and len(cur.lines) == 1 and ended:
            return True
        if gap > pitch * 1.15:
            return True
    # the line starts left of the block's text edge (outdent) → a new paragraph
    if cur.kind == "list_item" and len(cur.lines) >= 1 and ln.x0 < cur.first.x0 - 2:
        return True
    # first-line indent after a finished sentence
    if ended and ln.x0 > cur.first.x0 + 0.8 * size and len(cur.lines) > 1 and cur.kind != "list_item":
        return True
    # a short line that ends a sentence closes its paragraph; so does a much shorter line
    # followed by a capital: lists of unpunctuated items ("Annual health checks")
    if one_column and not ended and ln.text[:1].isupper() and ln.x0 <= cur.first.x0 + 2 and \
            not prev.text.rstrip().endswith((",", ";", ":", "-")):
        # the next line's first word would have fitted at the end of this one: a deliberate
        # break, as in lists of unpunctuated items ("Annual health checks")
        first_word = ln.text.split(" ", 1)[0]
        per_char = (ln.x1 - ln.x0) / max(len(ln.text), 1)  # this font's average advance
        if right - prev.x1 > (len(first_word) + 1.5) * per_char * 1.1:
            return True
    return ended and prev.x1 < right - 4 * size and ln.x0 <= cur.first.x0 + 2


def _finish_block(b: _B, body: float) -> None:
    if b.kind == "table" and b.table is not None:
        t = b.table
        b.block = Block(
            text="\n".join(" | ".join(r) for r in t.rows),
            page=t.page,
            kind="table",
            rows=tuple(tuple(r) for r in t.rows),
        )
        return
    lines = b.lines
    texts = [ln.text for ln in lines]  # already normalised line by line
    if b.toc:
        text = join_lines(texts)
        m = _TOC_LEADER.match(text)
        if m:
            text = f"{m.group('title')} ... {m.group('page')}"
        b.block = Block(text=text, page=b.first.page, kind="paragraph", style="toc",
                        font_size=b.first.size, bold=all(ln.bold for ln in b.lines))
        return
    if len(lines) == 1:
        text, size, bold = texts[0], lines[0].size, bool(lines[0].bold)
    else:
        text = join_lines(texts)
        # the size carrying the most characters; the first seen wins a tie (as most_common)
        sizes: dict[float, int] = {}
        for ln in lines:
            sizes[ln.size] = sizes.get(ln.size, 0) + len(ln.text)
        size = max(sizes, key=sizes.__getitem__)
        bold = all(ln.bold for ln in lines)
    kind = b.kind
    label = b.marker
    if kind == "list_item" and label and label != BULLET:
        label = label.rstrip()
    is_heading = _looks_like_heading(text, size, bold, body, len(b.lines))
    if is_heading:
        kind = "heading"
    b.kind = kind
    b.block = Block(text=text, page=b.first.page, kind=kind, label=label, font_size=size, bold=bold)  # type: ignore[arg-type]


def _looks_like_heading(text: str, size: float, bold: bool, body: float, n_lines: int) -> bool:
    if not text or len(text) > 160 or n_lines > 3:
        return False
    # a final full stop marks a sentence; a short question can be a heading ("What happened?")
    if _SENTENCE_END.search(text) and not (
        text.endswith("?") and len(text) <= 80 and (bold or size >= body * 1.15)
    ):
        return False
    if text.startswith(BULLET):
        return False
    if not re.search(r"[A-Za-z]", text):
        return False
    if size >= body * 1.15 and size >= body + 1.0:
        return True
    if bold and size >= body - 0.6:
        # a bold line that is a sentence fragment ending in a comma is emphasis, not a heading
        return not text.endswith((",", ";"))
    return False


# --------------------------------------------------------------------------- cross-page passes
def _merge_across_pages(per_page: list[list[_B]]) -> list[_B]:
    out: list[_B] = []
    for blocks in per_page:
        if out and blocks:
            prev, nxt = out[-1], blocks[0]
            if _continues(prev, nxt):
                _merge_blocks(prev, nxt)
                blocks = blocks[1:]
            elif (
                prev.kind == "table" and nxt.kind == "table" and prev.table and nxt.table
                and _merge_tables(prev, nxt)
            ):
                blocks = blocks[1:]
        out.extend(blocks)
    return out


def _continues(prev: _B, nxt: _B) -> bool:
    a, b = prev.block, nxt.block
    if a.kind not in ("paragraph", "list_item") or b.kind != "paragraph":
        return False
    if a.style == "toc" or b.style == "toc" or not a.text or not b.text:
        return False
    if a.font_size is None or b.font_size is None or abs(a.font_size - b.font_size) > 0.6:
        return False
    if a.bold != b.bold:
        return False
    ended = bool(_TERMINAL.search(a.text))
    first = b.text[:1]
    if first.islower() or (a.text.endswith("-") and first.isalpha()):
        return True
    if not ended and (first.isupper() or first.isdigit() or first in "\"'("):
        # only when the last line runs to the right margin: the page cut the sentence, not a
        # caption or an unpunctuated short line
        last = prev.lines[-1] if prev.lines else None
        return last is None or last.x1 >= prev.right - 3 * max(last.size, 1.0)
    return False


def _merge_blocks(prev: _B, nxt: _B) -> None:
    a, b = prev.block, nxt.block
    a.text = normalise(join_lines([a.text, b.text]))
    a.page_end = b.last_page
    prev.lines.extend(nxt.lines)


def _merge_tables(prev: _B, nxt: _B) -> bool:
    ta, tb = prev.table, nxt.table
    assert ta is not None and tb is not None
    ncols_a = max(len(r) for r in ta.rows)
    ncols_b = max(len(r) for r in tb.rows)
    if ncols_a != ncols_b:
        return False
    rows = [list(r) for r in tb.rows]
    if rows and [c.lower() for c in rows[0]] == [c.lower() for c in ta.rows[0]]:
        rows = rows[1:]  # repeated header row
    if rows and ta.rows:
        first, last = rows[0], ta.rows[-1]
        # a row split by the page break: leading cells empty, text continues in lower case
        if len(first) == len(last) and (not first[0] or not last[-1]) and any(
            c and c[:1].islower() and lc and not _SENTENCE_END.search(lc)
            for c, lc in zip(first, last)
        ):
            ta.rows[-1] = [
                normalise(join_lines([lc, c])) if c else lc for lc, c in zip(last, first)
            ]
            rows = rows[1:]
    ta.rows.extend(rows)
    a = prev.block
    a.rows = tuple(tuple(r) for r in ta.rows)
    a.text = "\n".join(" | ".join(r) for r in ta.rows)
    a.page_end = nxt.block.last_page
    return True


def _assign_heading_levels(blocks: list[_B], body: float | None) -> None:
    body = body or 11.0
    heads = [b.block for b in blocks if b.block.kind == "heading"]
    if not heads:
        return
    sizes = sorted({round((h.font_size or body) * 2) / 2 for h in heads}, reverse=True)
    rank = {s: i + 1 for i, s in enumerate(sizes)}
    for h in heads:
        lvl = rank[round((h.font_size or body) * 2) / 2]
        m = re.match(r"^(\d{1,3}(?:\.\d{1,3}){0,3})\.?\s", h.text)
        if m and abs((h.font_size or body) - body) < 1.0:
            # bold body-size numbered headings: "2." above "2.1" above "2.1.1"
            lvl += m.group(1).count(".")
        h.level = min(lvl, 6)
        if m:
            h.label = m.group(1)


def _assign_list_levels(blocks: list[_B]) -> None:
    items = [b for b in blocks if b.block.kind == "list_item" and b.lines]
    if not items:
        return
    indents = sorted({round(b.first.x0) for b in items})
    clusters: list[int] = []
    for x in indents:
        if not clusters or x - clusters[-1] > 8:
            clusters.append(x)
    for b in items:
        xb = b.first.x0
        lvl = 0
        for k, c in enumerate(clusters):
            if xb >= c - 4:
                lvl = k
        b.block.list_level = lvl
