"""OCR of PDF pages without a usable text layer: pypdfium2 renders, Tesseract recognises.

Tesseract (Debian ``tesseract-ocr`` with ``tesseract-ocr-eng``) runs as a bounded subprocess per
page — a time limit per page, killed with its process group when it passes it, one thread per
process (``OMP_THREAD_LIMIT=1``) so that pages run in parallel within the caller's share of the
machine. Pages are rendered one at a time in the calling thread (pdfium is not thread-safe) to
grey-scale PGM files in a private temporary folder (no image library needed), so memory stays
at one page image whatever the document's length.

Tesseract's TSV output gives every word with its box; words are grouped into its lines, and each
line becomes an :class:`OcrLine` in PDF points in pdfium's frame (origin bottom-left), which the
PDF parser turns into the same :class:`~reviewminer.parsers.pdf.records.Line` records as a text
layer: paragraphs, headings (from line heights), lists and provenance then work unchanged.
"""

from __future__ import annotations

import contextlib
import html
import os
import re
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "INSTALL_HINT",
    "TESSERACT_ENV",
    "OcrLine",
    "OcrPageResult",
    "find_tesseract",
    "ocr_pages",
    "parse_hocr",
]

#: Environment variable naming the Tesseract program.
TESSERACT_ENV = "REVIEWMINER_TESSERACT"
INSTALL_HINT = ("install Tesseract with English data (Debian/Ubuntu: apt-get install tesseract-ocr "
                "tesseract-ocr-eng)")


@dataclass(frozen=True, slots=True)
class OcrLine:
    """One recognised line, in PDF points (pdfium frame: y grows upwards)."""

    text: str
    x0: float
    x1: float
    bottom: float
    top: float
    baseline: float
    size: float  # Tesseract's estimate of the line's font size (its x_size), in points
    confidence: float  # mean word confidence, 0-100


@dataclass(frozen=True, slots=True)
class OcrPageResult:
    """The lines of one page, or why it has none."""

    page: int  # 1-based
    lines: tuple[OcrLine, ...] = ()
    error: str = ""  # "timeout" / "failed: ..." when Tesseract gave nothing


def find_tesseract(configured: str | None = None) -> str | None:
    """The Tesseract program: the configured one, ``REVIEWMINER_TESSERACT``, else on PATH."""
    name = configured or os.environ.get(TESSERACT_ENV)
    if name:
        return shutil.which(name) or (name if os.access(name, os.X_OK) else None)
    return shutil.which("tesseract")


def ocr_pages(pdf: Any, pages: list[int], *, tesseract: str, dpi: int, timeout: float,
              jobs: int, language: str = "eng",
              on_page: Callable[[OcrPageResult], None] | None = None) -> list[OcrPageResult]:
    """OCR the 1-based ``pages`` of an open pypdfium2 document; results in page order.

    At most ``jobs`` Tesseract processes run at once; each page has ``timeout`` seconds.
    ``on_page`` is called as each page finishes (for progress)."""
    results: dict[int, OcrPageResult] = {}
    with tempfile.TemporaryDirectory(prefix="reviewminer-ocr-") as tmp, \
            ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        pending: list[Future[OcrPageResult]] = []
        for number, image, size in _render(pdf, pages, dpi, Path(tmp)):
            while len([f for f in pending if not f.done()]) >= max(1, jobs) * 2:
                _wait_one(pending)
            fut = pool.submit(_recognise, tesseract, image, number, size, dpi, timeout, language)
            if on_page is not None:
                fut.add_done_callback(lambda f: on_page(f.result()))
            pending.append(fut)
        for fut in pending:
            r = fut.result()
            results[r.page] = r
    return [results[p] for p in pages]


def _wait_one(pending: list[Future[OcrPageResult]]) -> None:
    from concurrent.futures import FIRST_COMPLETED, wait

    wait([f for f in pending if not f.done()], return_when=FIRST_COMPLETED)


def _render(pdf: Any, pages: list[int], dpi: int, tmp: Path
            ) -> Iterator[tuple[int, Path, tuple[float, float, float, float]]]:
    """Each page rendered to a grey-scale PGM file: (page, file, (left, bottom, width, height))."""
    for number in pages:
        page = pdf[number - 1]
        try:
            left, bottom, right, top = page.get_bbox()
            bitmap = page.render(scale=dpi / 72, grayscale=True, may_draw_forms=False)
            path = tmp / f"p{number}.pgm"
            _write_pgm(path, bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride)
            del bitmap
        finally:
            page.close()
        yield number, path, (left, bottom, right - left, top - bottom)


def _write_pgm(path: Path, buffer: Any, width: int, height: int, stride: int) -> None:
    data = memoryview(buffer).cast("B")
    with open(path, "wb") as fh:
        fh.write(f"P5 {width} {height} 255\n".encode("ascii"))
        if stride == width:
            fh.write(data[: width * height])
        else:
            for row in range(height):
                fh.write(data[row * stride: row * stride + width])


def _recognise(tesseract: str, image: Path, number: int, size: tuple[float, float, float, float],
               dpi: int, timeout: float, language: str) -> OcrPageResult:
    cmd = [tesseract, str(image), "stdout", "-l", language, "--psm", "3", "--dpi", str(dpi), "hocr"]
    done = _run(cmd, timeout)
    if done is None:
        with contextlib.suppress(OSError):
            image.unlink()
        return OcrPageResult(number, error=f"timeout after {timeout:g} s")
    out, err, returncode = done
    try:
        if returncode != 0:
            last = err.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no output"]
            return OcrPageResult(number, error=f"failed: {last[0][:200]}")
        lines = parse_hocr(out.decode("utf-8", "replace"), size, dpi)
        labels = recover_labels(tesseract, image, lines, size, dpi, timeout, language)
    finally:
        with contextlib.suppress(OSError):
            image.unlink()
    return OcrPageResult(number, tuple(lines + labels))


def _run(cmd: list[str], timeout: float) -> tuple[bytes, bytes, int] | None:
    """Run Tesseract in its own session, one thread; None when killed at the time limit."""
    env = {k: v for k, v in os.environ.items() if k in ("PATH", "LANG", "LC_ALL", "TESSDATA_PREFIX")}
    env["OMP_THREAD_LIMIT"] = "1"
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        return None
    return out, err, proc.returncode


# -- hanging list labels -------------------------------------------------------------------
# Tesseract's page layout analysis drops a list number standing alone left of its item's text
# ("6.   The LSCB should ..."): where a line has ink to its left, that strip is read again as one
# line of label characters.
_LABEL = re.compile(r"^(?:\(?\d{1,3}(?:\.\d{1,3})*[.)]?|\(?[a-z][.)]|\(?[ivx]{1,4}[.)]|[•*·-])$")
_LABEL_CHARS = "0123456789.()abcdefghijklmnopqrstuvwxyz-*"
INK_LEVEL = 128  # a grey level darker than this is ink
MIN_INK = 12  # pixels of ink that make a strip worth reading
LABEL_REACH = 5  # how far left of a line (in its font sizes) a label may stand
_DARK = bytes(range(INK_LEVEL))


def recover_labels(tesseract: str, image: Path, lines: list[OcrLine],
                   size: tuple[float, float, float, float], dpi: int, timeout: float,
                   language: str) -> list[OcrLine]:
    """Labels found left of indented lines, as lines of their own on the same baseline."""
    if not lines:
        return []
    pgm = _read_pgm(image)
    if pgm is None:
        return []
    left, bottom, _, height = size
    px = dpi / 72
    out: list[OcrLine] = []
    for ln in lines:
        x0 = max(0, int((ln.x0 - LABEL_REACH * ln.size - left) * px))
        x1 = int((ln.x0 - 0.3 * ln.size - left) * px)
        y0 = max(0, int((bottom + height - ln.top) * px) - 2)
        y1 = int((bottom + height - ln.bottom) * px) + 2
        if x1 - x0 < 4 or _ink(pgm, x0, x1, y0, y1) < MIN_INK:
            continue
        crop = image.with_name(image.stem + f"-l{len(out)}-{y0}.pgm")
        _write_crop(pgm, crop, x0, x1, y0, y1)
        done = _run([tesseract, str(crop), "stdout", "-l", language, "--psm", "7",
                     "--dpi", str(dpi), "-c", f"tessedit_char_whitelist={_LABEL_CHARS}"],
                    min(timeout, 10.0))
        with contextlib.suppress(OSError):
            crop.unlink()
        text = done[0].decode("utf-8", "replace").strip() if done and done[2] == 0 else ""
        if _LABEL.match(text):
            x = left + x0 / px
            out.append(OcrLine(text, x, x + len(text) * 0.5 * ln.size, ln.bottom, ln.top,
                               ln.baseline, ln.size, 50.0))
    return out


def _read_pgm(path: Path) -> tuple[int, int, bytes] | None:
    data = path.read_bytes()
    head = re.match(rb"P5\s+(\d+)\s+(\d+)\s+255\s", data)
    if head is None:
        return None
    width, height = int(head.group(1)), int(head.group(2))
    return width, height, data[head.end():]


def _ink(pgm: tuple[int, int, bytes], x0: int, x1: int, y0: int, y1: int) -> int:
    width, height, pixels = pgm
    x1, y1 = min(x1, width), min(y1, height)
    total = 0
    for y in range(y0, y1):
        row = pixels[y * width + x0: y * width + x1]
        total += len(row) - len(row.translate(None, _DARK))
    return total


def _write_crop(pgm: tuple[int, int, bytes], path: Path, x0: int, x1: int, y0: int,
                y1: int) -> None:
    width, height, pixels = pgm
    x1, y1 = min(x1, width), min(y1, height)
    pad = 10  # a white border helps recognition of a tight crop
    w = x1 - x0 + 2 * pad
    rows = [b"\xff" * w for _ in range(pad)]
    rows += [b"\xff" * pad + pixels[y * width + x0: y * width + x1] + b"\xff" * pad
             for y in range(y0, y1)]
    rows += [b"\xff" * w for _ in range(pad)]
    path.write_bytes(f"P5 {w} {len(rows)} 255\n".encode("ascii") + b"".join(rows))


_LINE = re.compile(r"<span class='ocr_(?:line|caption|header|textfloat)'[^>]*?title=\"([^\"]*)\"")
_WORD = re.compile(r"<span class='ocrx_word'[^>]*?title='([^']*)'[^>]*>(.*?)</span>", re.S)
_TAG = re.compile(r"<[^>]+>")
# dotted leaders of a contents line, which Tesseract reads as dots run into letters and commas
# ("Introduction......ccceeceteess..... 3"): one plain leader
_LEADER = re.compile(r"\s*[.,]{4,}[\w.,'’·:;|-]*(?:\s+[.,:;'’·|-]+[\w.,]*)*\s*")
_NUM = r"(-?[0-9.]+)"


def parse_hocr(hocr: str, size: tuple[float, float, float, float], dpi: int) -> list[OcrLine]:
    """Tesseract's hOCR lines (box, baseline, font size, words and their confidences) in PDF
    points. Read with patterns over Tesseract's own fixed output, not as general HTML."""
    left, bottom, _, height = size
    scale = 72 / dpi
    starts = [(m.start(), m.group(1)) for m in _LINE.finditer(hocr)]
    out: list[OcrLine] = []
    for k, (start, title) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(hocr)
        words = [(float(c.group(1)) if (c := re.search(r"x_wconf " + _NUM, t)) else 0.0,
                 html.unescape(_TAG.sub("", w)).strip())
                 for t, w in _WORD.findall(hocr, start, end)]
        words = [w for w in words if w[1]]
        box = re.search(r"bbox (\d+) (\d+) (\d+) (\d+)", title)
        if not words or box is None:
            continue
        x0, y0, x1, y1 = (int(v) for v in box.groups())
        base = re.search(r"baseline " + _NUM + " " + _NUM, title)
        xsize = re.search(r"x_size " + _NUM, title)
        base_px = y1 + (float(base.group(2)) if base else 0.0)
        out.append(OcrLine(
            text=_LEADER.sub(" .... ", " ".join(w for _, w in words)).strip(),
            x0=left + x0 * scale, x1=left + x1 * scale,
            top=bottom + height - y0 * scale, bottom=bottom + height - y1 * scale,
            baseline=bottom + height - base_px * scale,
            size=(float(xsize.group(1)) if xsize else (y1 - y0)) * scale,
            confidence=sum(c for c, _ in words) / len(words)))
    return out


# ---------------------------------------------------------------------------------------------
# The parser's side: which pages need OCR, and their lines as text-layer lines.

def pages_to_ocr(pages: list[Any], mode: str) -> list[int]:
    """The pages to recognise: in ``auto`` mode those without usable text that show an image
    or whose text cannot be decoded; every page in ``always`` mode; none in ``never`` mode."""
    if mode == "never":
        return []
    if mode == "always":
        return [p.number for p in pages]
    return [p.number for p in pages
            if p.text_issue == "undecodable" or ((p.n_chars == 0 or not p.lines) and p.has_images)]


def ocr_into_pages(path: Path, pdf: Any, pages: list[Any], settings: Any,
                   on_page: Callable[[OcrPageResult], None] | None = None) -> list[str]:
    """Recognise the pages that need it and put their lines into ``pages`` (replacing any text
    layer); the warnings to report. Without Tesseract, a document with no readable page fails
    with ``needs_ocr``; otherwise the pages left unread are named in a warning."""
    from reviewminer.errors import NeedsOcrError

    wanted = pages_to_ocr(pages, settings.mode)
    if not wanted:
        return []
    tesseract = find_tesseract(settings.tesseract)
    if tesseract is None:
        readable = [p for p in pages if p.lines and p.number not in wanted]
        if not readable:
            raise NeedsOcrError(path, f"{len(wanted)} page(s) have no usable text layer and need "
                                      f"OCR: {INSTALL_HINT}")
        return [f"{len(wanted)} page(s) without a usable text layer were not read: OCR needs "
                f"Tesseract ({INSTALL_HINT})"]
    by_number = {p.number: p for p in pages}
    results = ocr_pages(pdf, wanted, tesseract=tesseract, dpi=settings.dpi,
                        timeout=settings.page_timeout, jobs=settings.job_count(),
                        language=settings.language, on_page=on_page)
    failed: list[str] = []
    for r in results:
        page = by_number[r.page]
        if r.error:
            failed.append(f"page {r.page}: {r.error}")
            continue
        page.lines = to_lines(r, page)
        page.n_chars = sum(len(line.text) for line in page.lines)
        page.text_issue = page.text_detail = ""
        page.ocr = True
    warnings = [f"pages read by OCR (Tesseract, {settings.dpi} dpi): "
                f"{_pages_text([r.page for r in results if not r.error])}"] \
        if len(failed) < len(results) else []
    if failed:
        warnings.append("OCR failed on " + "; ".join(failed))
    return warnings


def _pages_text(nums: list[int]) -> str:
    from reviewminer.parsers.pdf.parser import page_list

    return page_list(nums) if nums else "none"


def to_lines(result: OcrPageResult, page: Any) -> list[Any]:
    """Recognised lines as text-layer :class:`~reviewminer.parsers.pdf.records.Line` records,
    top to bottom. Fragments Tesseract puts in different blocks but on one baseline close
    together (a list number and its text) are one line, as in a text layer. Font sizes are
    rounded to whole points so that body lines share one size and larger headings stand out."""
    from reviewminer.parsers.pdf.records import Line

    out: list[Any] = []
    for order, group in enumerate(_same_baseline(result.lines)):
        size = float(max(4, round(sum(ln.size for ln in group) / len(group))))
        out.append(Line(text=" ".join(ln.text for ln in group), page=result.page,
                        x0=group[0].x0, x1=group[-1].x1, y=group[0].baseline, size=size,
                        bold=False, order=order))
    return out


#: Fragments on one baseline closer than this many font sizes are one line.
JOIN_GAP = 2.5


def _same_baseline(lines: tuple[OcrLine, ...]) -> list[list[OcrLine]]:
    ordered = sorted(lines, key=lambda ln: (-ln.baseline, ln.x0))
    groups: list[list[OcrLine]] = []
    for ln in ordered:
        for g in groups[-3:]:
            last = g[-1]
            if abs(last.baseline - ln.baseline) < 0.4 * ln.size and \
                    0 <= ln.x0 - last.x1 < JOIN_GAP * ln.size:
                g.append(ln)
                break
        else:
            groups.append([ln])
    return sorted(groups, key=lambda g: (-g[0].baseline, g[0].x0))


# -- misread list labels -------------------------------------------------------------------
# OCR reads a "1" as I, l or | and a "0" as O: at the start of a line, in what is otherwise a
# list label ("(I)", "l.", "1O."), the digit is meant. Applied to recognised text only: to our own
# OCR and to text layers an OCR program made (named in the PDF's producer or creator).
_MISREAD_LABEL = re.compile(r"^(\(?)([0-9Il|O]{1,2})([.)])(?=\s+\S)")
_ROMAN_LABEL = re.compile(r"^\(?(?:II|III|IV|VI|VII|VIII|IX)[.)]\s")
_ONE = str.maketrans({"I": "1", "l": "1", "|": "1", "O": "0"})
OCR_PRODUCERS = re.compile(r"tesseract|ocrmypdf|abbyy|finereader|omnipage|readiris|paper capture|"
                           r"nuance|kofax|ocr", re.I)


def fix_label(text: str, roman: bool = False) -> str:
    """"(I) The Board ..." -> "(1) The Board ...", "l. Ensure" -> "1. Ensure", "1O." -> "10.";
    a capital I is left alone when the document numbers in roman numerals (``roman``)."""
    m = _MISREAD_LABEL.match(text)
    if m is None or m.group(2).isdigit() or (roman and "I" in m.group(2)):
        return text
    digits = m.group(2).translate(_ONE)
    if not digits.isdigit() or (m.group(1) and m.group(3) == "." ):
        return text
    if m.group(2) in ("I", "l", "|") and not m.group(1) and m.group(3) == ")":
        return text  # "I)" alone is too often a roman numeral or a letter label
    return f"{m.group(1)}{digits}{m.group(3)}{text[m.end():]}"


def is_ocr_layer(meta: dict[str, str]) -> bool:
    """Whether an OCR program made the PDF's text layer (its producer or creator says so)."""
    return bool(OCR_PRODUCERS.search(f"{meta.get('producer', '')} {meta.get('creator', '')}"))


def fix_ocr_labels(pages: list[Any], meta: dict[str, str]) -> None:
    """Misread list labels mended on OCR'd pages (ours, or every page of an OCR-made layer)."""
    every = is_ocr_layer(meta)
    lines = [ln for p in pages if every or p.ocr for ln in p.lines]
    roman = any(_ROMAN_LABEL.match(ln.text) for ln in lines)
    for line in lines:
        line.text = fix_label(line.text, roman)
