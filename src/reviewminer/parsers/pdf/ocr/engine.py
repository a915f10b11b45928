"""The recogniser: OCR of PDF pages without a usable text layer: pypdfium2 renders, Tesseract recognises.

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
import re
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from reviewminer.parsers.pdf.ocr.image import mark_bold, read_pgm, recover_labels
from reviewminer.parsers.pdf.ocr.tesseract import (
    INSTALL_HINT,
    TESSERACT_ENV,
    OcrLine,
    OcrPageResult,
    find_tesseract,
    run_tesseract,
)

__all__ = [
    "INSTALL_HINT",
    "TESSERACT_ENV",
    "OcrLine",
    "OcrPageResult",
    "find_tesseract",
    "ocr_pages",
    "parse_hocr",
    "run_tesseract",
]

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
            if image is None:  # a blank page: Tesseract would find no text on it
                results[number] = OcrPageResult(number)
                if on_page is not None:
                    on_page(results[number])
                continue
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
            ) -> Iterator[tuple[int, Path | None, tuple[float, float, float, float]]]:
    """Each page rendered to a grey-scale PGM file: (page, file, (left, bottom, width, height));
    the file is None for a page that renders blank (one shade all over: nothing to recognise)."""
    for number in pages:
        page = pdf[number - 1]
        path: Path | None = None
        try:
            left, bottom, right, top = page.get_bbox()
            bitmap = page.render(scale=dpi / 72, grayscale=True, may_draw_forms=False)
            if not _blank(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride):
                path = tmp / f"p{number}.pgm"
                _write_pgm(path, bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride)
            del bitmap
        finally:
            page.close()
        yield number, path, (left, bottom, right - left, top - bottom)


def _blank(buffer: Any, width: int, height: int, stride: int) -> bool:
    """Whether a grey-scale bitmap is one shade all over (row padding beyond ``width`` aside)."""
    data = memoryview(buffer).cast("B")
    if width <= 0 or height <= 0:
        return True
    shade = bytes(data[:1])
    if stride == width:
        return not data[: width * height].tobytes().translate(None, shade)
    return not any(data[row * stride: row * stride + width].tobytes().translate(None, shade)
                   for row in range(height))


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
    done = run_tesseract(cmd, timeout)
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
        pgm = read_pgm(image)
        if pgm is not None:
            lines = mark_bold(lines, pgm, size, dpi)
            lines += recover_labels(tesseract, image, pgm, lines, size, dpi, timeout, language)
    finally:
        with contextlib.suppress(OSError):
            image.unlink()
    return OcrPageResult(number, tuple(lines))


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


