"""pypdfium2 access: unchecked ctypes copies of hot calls, pages and text pages as raw handles
with their text, typography sampling, bounded text, opening a file with clear errors, and the
document metadata (PDF dates)."""

from __future__ import annotations

import codecs
import ctypes
import re
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from reviewminer.errors import CorruptDocumentError, EmptyDocumentError, EncryptedDocumentError
from reviewminer.parsers.text import normalise

# pdfium error codes (FPDF_GetLastError) as surfaced by PdfiumError.err_code.
_ERR_FILE = 2
_ERR_FORMAT = 3
_ERR_PASSWORD = 4
_ERR_SECURITY = 5

# Font name parts that mean a bold face.
_BOLD_WORDS = ("bold", "black", "heavy", "semibold", "demibold", "demi", "extrabold", "ultrabold")
_FORCE_BOLD_FLAG = 1 << 18  # PDF font descriptor flag ForceBold
_BOLD_WEIGHT = 600  # font weights from this up are bold

PdfDocument = pdfium.PdfDocument
PdfPage = pdfium.PdfPage
PdfiumError = pdfium.PdfiumError


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


class Handle(ctypes.c_void_p):
    """A handle returned by pdfium: ctypes leaves a ``c_void_p`` subclass as it is (no int),
    so it goes back into unchecked calls as a pointer."""


_INT, _DBL = ctypes.c_int, ctypes.c_double
# page objects: handles are c_void_p / Handle, buffers byref
CountObjects = _proto(pdfium_c.FPDFPage_CountObjects, _INT)
# The object scan (a call pair per object, thousands on some pages) is cheapest with objects
# returned as Handle (ctypes makes no int of them) and passed back unconverted: ~half the cost
# of int addresses through a c_void_p argtype.
GetObject = _proto(pdfium_c.FPDFPage_GetObject, Handle)
GetType = _proto(pdfium_c.FPDFPageObj_GetType, _INT)
GetBounds = _proto(pdfium_c.FPDFPageObj_GetBounds, _INT)
CountSegments = _proto(pdfium_c.FPDFPath_CountSegments, _INT)
GetPathSegment = _proto(pdfium_c.FPDFPath_GetPathSegment, Handle)
SegmentGetPoint = _proto(pdfium_c.FPDFPathSegment_GetPoint, _INT)
SegmentGetType = _proto(pdfium_c.FPDFPathSegment_GetType, _INT)
SegmentGetClose = _proto(pdfium_c.FPDFPathSegment_GetClose, _INT)
GetMatrix = _proto(pdfium_c.FPDFPageObj_GetMatrix, _INT)
GetRotation = _proto(pdfium_c.FPDFPage_GetRotation, _INT)
# text page: the handle a c_void_p, char/text indices ints
CharOrigin = _proto(pdfium_c.FPDFText_GetCharOrigin, _INT)
CharBox = _proto(pdfium_c.FPDFText_GetCharBox, _INT)
FontSize = _proto(pdfium_c.FPDFText_GetFontSize, _DBL)
TextMatrix = _proto(pdfium_c.FPDFText_GetMatrix, _INT)
FontInfo = _proto(pdfium_c.FPDFText_GetFontInfo, ctypes.c_ulong)  # buflen: pass a c_ulong
FontWeight = _proto(pdfium_c.FPDFText_GetFontWeight, _INT)
CharIndexFromTextIndex = _proto(pdfium_c.FPDFText_GetCharIndexFromTextIndex, _INT)
TextIndexFromCharIndex = _proto(pdfium_c.FPDFText_GetTextIndexFromCharIndex, _INT)
IsGenerated = _proto(pdfium_c.FPDFText_IsGenerated, _INT)
HasMapError = _proto(pdfium_c.FPDFText_HasUnicodeMapError, _INT)
CountRects = _proto(pdfium_c.FPDFText_CountRects, _INT)
GetRect = _proto(pdfium_c.FPDFText_GetRect, _INT)
# coordinates are doubles: these keep argtypes so Python floats convert
CharIndexAtPos = _proto(
    pdfium_c.FPDFText_GetCharIndexAtPos, _INT, ctypes.c_void_p, _DBL, _DBL, _DBL, _DBL
)
_BoundedText = _proto(
    pdfium_c.FPDFText_GetBoundedText, _INT, ctypes.c_void_p, _DBL, _DBL, _DBL, _DBL,
    ctypes.POINTER(ctypes.c_ushort), _INT,
)
# pages and text pages: raw handles (pypdfium2's PdfPage/PdfTextPage each register a weakref
# finalizer and a parent link: ~30 us a page for objects that live a few milliseconds)
_LoadPage = _proto(pdfium_c.FPDF_LoadPage, Handle)
ClosePage = _proto(pdfium_c.FPDF_ClosePage, None)
_LoadTextPage = _proto(pdfium_c.FPDFText_LoadPage, Handle)
CloseTextPage = _proto(pdfium_c.FPDFText_ClosePage, None)
CountChars = _proto(pdfium_c.FPDFText_CountChars, _INT)
_GetText = _proto(pdfium_c.FPDFText_GetText, _INT)
PATH = int(pdfium_c.FPDF_PAGEOBJ_PATH)
IMAGE_OR_FORM = (int(pdfium_c.FPDF_PAGEOBJ_IMAGE), int(pdfium_c.FPDF_PAGEOBJ_FORM))
SEGMENT_MOVETO = int(pdfium_c.FPDF_SEGMENT_MOVETO)
SEGMENT_LINETO = int(pdfium_c.FPDF_SEGMENT_LINETO)
FS_MATRIX = pdfium_c.FS_MATRIX


def handle(raw: Any) -> ctypes.c_void_p:
    """A pypdfium2 raw handle (page, text page) as the ``c_void_p`` the unchecked calls take."""
    return ctypes.cast(raw, ctypes.c_void_p)


def load_page(doc: ctypes.c_void_p, index: int) -> Handle:
    """Page ``index`` of a document (``handle(pdf.raw)``), as pypdfium2's ``pdf[index]`` loads
    it (a document opened without forms); close it with :data:`ClosePage`."""
    page: Handle = _LoadPage(doc, index)
    if not page:
        raise PdfiumError("Failed to load page.")
    return page


def load_textpage(page: ctypes.c_void_p) -> Handle:
    """The text page of a page, as ``PdfPage.get_textpage()`` loads it; close it with
    :data:`CloseTextPage`."""
    textpage: Handle = _LoadTextPage(page)
    if not textpage:
        raise PdfiumError("Failed to load text page.")
    return textpage


def typed_page(page: ctypes.c_void_p) -> Any:
    """A raw page handle as the ``FPDF_PAGE`` pointer pypdfium2's checked bindings take."""
    return ctypes.cast(page, pdfium_c.FPDF_PAGE)


def page_text(tp: ctypes.c_void_p, n_chars: int) -> str:
    """The text of all ``n_chars`` characters of a text page, as pypdfium2's
    ``PdfTextPage.get_text_range()`` reads it: the range is narrowed to the characters that
    have a text index (pdfium reads past a range that begins or ends with others), then read
    with ``FPDFText_GetText`` into a buffer sized from those indices."""
    first, last = 0, n_chars - 1
    while first <= last:
        t_first = TextIndexFromCharIndex(tp, first)
        if t_first == -1:
            first += 1
            continue
        t_last = TextIndexFromCharIndex(tp, last)
        if t_last == -1:
            last -= 1
            continue
        size = t_last + 2 - t_first  # including the NUL terminator
        buffer = (ctypes.c_ushort * size)()
        written = _GetText(tp, first, last - first + 1, buffer)
        if written > size:
            raise PdfiumError(f"Buffer too small: {size} vs {written}")
        return codecs.decode(memoryview(buffer)[:written - 1], "utf-16-le", errors="ignore")
    return ""


class Sampler:
    """Raw pdfium calls for a few characters of a text page (buffers allocated once).

    Each ctypes call costs a few microseconds, so a line gets about four: origin of its first
    character, box of its last, font size of a middle one, and font name of the first (the last
    too when the first is bold). Boldness is cached per font name. ``tp`` is the text page as a
    ``c_void_p`` (:func:`handle`) or pypdfium2's raw handle, never a Python int: the calls are
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
        self.refs = tuple(ctypes.byref(v) for v in (self.dx, self.dy, self.l, self.r, self.b, self.t))
        self.flags_ref = ctypes.byref(self.flags)
        self.name_len = ctypes.c_ulong(96)
        self.matrix = FS_MATRIX()
        self.matrix_ref = ctypes.byref(self.matrix)

    def matrix_scale(self, tp: Any, i: int) -> float:
        """The scale of a character's text matrix (1 for most PDFs; the size for PDFs that set
        text at 1 pt and scale it, as InDesign does)."""
        if not TextMatrix(tp, i, self.matrix_ref):
            return 1.0
        m = self.matrix
        return float(abs(m.a * m.d - m.b * m.c) ** 0.5) or 1.0

    def origin(self, tp: Any, i: int) -> tuple[float, float]:
        CharOrigin(tp, i, self.refs[0], self.refs[1])
        return self.dx.value, self.dy.value

    def box(self, tp: Any, i: int) -> tuple[float, float, float, float]:
        refs = self.refs
        CharBox(tp, i, refs[2], refs[3], refs[4], refs[5])  # yes, left-right-bottom-top
        return self.l.value, self.b.value, self.r.value, self.t.value

    def bold(self, tp: Any, i: int) -> bool:
        n = FontInfo(tp, i, self.name, self.name_len, self.flags_ref)
        key = self.name.value if n else b""
        hit = self.bold_cache.get(key)
        if hit is None:
            low = key.decode("latin-1").lower().split("+")[-1]
            hit = (
                any(w in low for w in _BOLD_WORDS)
                or bool(self.flags.value & _FORCE_BOLD_FLAG)
                or int(FontWeight(tp, i)) >= _BOLD_WEIGHT
            )
            self.bold_cache[key] = hit
        return hit


class BoundedReader:
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
        n = int(_BoundedText(self.tp, left, top, right, bottom, self.buf, self.size))
        if n <= 0:
            return ""
        if n < self.size:
            raw = ctypes.string_at(self.buf, 2 * n).decode("utf-16-le", errors="ignore")
            if len(raw) == n:  # no surrogate pair: pypdfium2 would read exactly these units
                return raw
        n_chars = int(_BoundedText(self.tp, left, top, right, bottom, None, 0))
        if n_chars <= 0:
            return ""
        buffer = (ctypes.c_ushort * n_chars)()
        _BoundedText(self.tp, left, top, right, bottom, buffer, n_chars)
        return ctypes.string_at(buffer, 2 * n_chars).decode("utf-16-le", errors="ignore")


# --------------------------------------------------------------------------- opening
def open_pdf(path: Path) -> Any:
    """Open ``path`` with pdfium; raise a :class:`reviewminer.errors.ReviewMinerError` subclass
    that says why when it cannot be opened."""
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


_PAGELESS_MAX_BYTES = 2_000_000  # larger files are not read whole to explain an error
_EMPTY_PAGE_TREE = re.compile(rb"/Count\s*0\b")
_PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?!s)\b")


def _looks_pageless(path: Path) -> bool:
    """pdfium refuses a PDF whose page tree is empty; recognise that case for a clear error."""
    try:
        if path.stat().st_size > _PAGELESS_MAX_BYTES:
            return False
        data = path.read_bytes()
    except OSError:
        return False
    return bool(_EMPTY_PAGE_TREE.search(data)) and not _PAGE_OBJECT.search(data)


# --------------------------------------------------------------------------- metadata
_METADATA_FIELDS = (("Title", "title"), ("Author", "author"), ("Subject", "subject"),
                    ("Creator", "creator"), ("Producer", "producer"))
_PRINTABLE_SHARE = 0.85  # metadata with fewer word-like characters is binary junk


_GetMetaText = _proto(pdfium_c.FPDF_GetMetaText, ctypes.c_ulong)  # buflen: pass a c_ulong
_META_BUFFER = 512  # bytes: most values fit, a longer one is read again into its own buffer


def info_dict(pdf: Any) -> dict[str, str]:
    """``pdf.get_metadata_dict(skip_empty=True)``, the same values and errors, in one pdfium
    call per key (pypdfium2 asks for each value's length, then for the value) into one buffer.
    Keywords are read too, though unused: a value that cannot be decoded raises, as there."""
    doc = handle(pdf.raw)
    buf = ctypes.create_string_buffer(_META_BUFFER)
    size = ctypes.c_ulong(_META_BUFFER)
    out: dict[str, str] = {}
    for key in pdf.METADATA_KEYS:
        enc_key = (key + "\x00").encode("utf-8")
        n = _GetMetaText(doc, enc_key, buf, size)
        if n > _META_BUFFER:  # (pdfium left the buffer alone)
            big = ctypes.create_string_buffer(n)
            _GetMetaText(doc, enc_key, big, ctypes.c_ulong(n))
            value = codecs.decode(memoryview(big)[:n - 2], "utf-16-le")
        else:
            value = codecs.decode(memoryview(buf)[:n - 2], "utf-16-le") if n > 2 else ""
        if value:
            out[key] = value
    return out


def metadata(pdf: Any) -> dict[str, str]:
    """Title, author, subject, creator, producer and ISO dates from the PDF's Info dictionary."""
    try:
        raw = info_dict(pdf)
    except Exception:  # metadata is optional; a bad Info dict must not fail parsing
        return {}
    out: dict[str, str] = {}
    for src, dst in _METADATA_FIELDS:
        val = normalise(str(raw.get(src, "")))
        if val and _printable(val):
            out[dst] = val
    created = pdf_date(str(raw.get("CreationDate", "")))
    if created:
        out["created"] = created
    modified = pdf_date(str(raw.get("ModDate", "")))
    if modified:
        out["modified"] = modified
    return out


def _printable(value: str) -> bool:
    """Reject binary junk (e.g. a mis-decoded hex string) in metadata fields."""
    ok = sum(1 for c in value if c.isalnum() or c in " .,:;'-()&/")
    return ok >= _PRINTABLE_SHARE * len(value)


# A PDF date: "D:YYYYMMDDHHmmSS" with every part after the year optional, then a time zone
# ("Z", "+01'00'").
_PDF_DATE = re.compile(
    r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?\s*(Z|[+-]\d{2}'?\d{0,2}'?)?"
)
_NON_DIGITS = re.compile(r"\D")


def pdf_date(value: str) -> str | None:
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
            digits = _NON_DIGITS.sub("", tz)
            out += f"{tz[0]}{digits[:2]}:{(digits[2:4] or '00')}"
    return out
