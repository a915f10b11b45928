"""Page images: reading Tesseract's input back, ink in a strip, and list labels Tesseract's page
layout analysis dropped."""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

from reviewminer.parsers.pdf.ocr.tesseract import OcrLine, run_tesseract

__all__ = ["Pgm", "mark_bold", "read_pgm", "recover_labels"]

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


def recover_labels(tesseract: str, image: Path, pgm: Pgm, lines: list[OcrLine],
                   size: tuple[float, float, float, float], dpi: int, timeout: float,
                   language: str) -> list[OcrLine]:
    """Labels found left of indented lines, as lines of their own on the same baseline."""
    if not lines:
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
        done = run_tesseract([tesseract, str(crop), "stdout", "-l", language, "--psm", "7",
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


Pgm = tuple[int, int, bytes]  # width, height, grey pixels row by row


def read_pgm(path: Path) -> Pgm | None:
    data = path.read_bytes()
    head = re.match(rb"P5\s+(\d+)\s+(\d+)\s+255\s", data)
    if head is None:
        return None
    width, height = int(head.group(1)), int(head.group(2))
    return width, height, data[head.end():]


def _ink(pgm: Pgm, x0: int, x1: int, y0: int, y1: int) -> int:
    width, height, pixels = pgm
    x1, y1 = min(x1, width), min(y1, height)
    total = 0
    for y in range(y0, y1):
        row = pixels[y * width + x0: y * width + x1]
        total += len(row) - len(row.translate(None, _DARK))
    return total


def _write_crop(pgm: Pgm, path: Path, x0: int, x1: int, y0: int,
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




# -- bold lines ----------------------------------------------------------------------------
# Tesseract does not report font weight. Bold strokes are thicker: a line's ink per character
# cell, against the page's typical line, tells bold headings from body text.
BOLD_RATIO = 1.3  # ink per character this many times the page's median is bold
MIN_CHARS = 8  # lines this long or longer set the page's median


def mark_bold(lines: list[OcrLine], pgm: Pgm, size: tuple[float, float, float, float],
              dpi: int) -> list[OcrLine]:
    """The lines, those set in a heavier weight than the page's body text marked bold."""
    import dataclasses
    import statistics

    left, bottom, _, height = size
    px = dpi / 72
    density: list[float] = []
    for ln in lines:
        x0, x1 = int((ln.x0 - left) * px), int((ln.x1 - left) * px)
        y0, y1 = int((bottom + height - ln.top) * px), int((bottom + height - ln.bottom) * px)
        chars = max(1, len(ln.text.replace(" ", "")))
        density.append(_ink(pgm, max(0, x0), x1, max(0, y0), y1) / (chars * (ln.size * px) ** 2))
    body = [d for d, ln in zip(density, lines, strict=True) if len(ln.text) >= MIN_CHARS]
    if len(body) < 3:
        return lines
    typical = statistics.median(body)
    return [dataclasses.replace(ln, bold=True) if d >= BOLD_RATIO * typical else ln
            for d, ln in zip(density, lines, strict=True)]
