"""The parser's side of OCR: which pages need it, their recognised lines as text-layer lines,
and misread list labels mended."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reviewminer.parsers.pdf.records import page_list
from reviewminer.parsers.pdf.textlayer import garbage_reason

if TYPE_CHECKING:
    from reviewminer.parsers.pdf.ocr.engine import OcrLine, OcrPageResult

__all__ = ["fix_label", "fix_ocr_labels", "is_ocr_layer", "ocr_into_pages", "pages_to_ocr",
           "to_lines"]


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
    # (imported here: most PDFs have no page to recognise, see the package's docstring)
    from reviewminer.parsers.pdf.ocr.engine import INSTALL_HINT, find_tesseract, ocr_pages

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
        problem = r.error or _unreadable(r)
        if problem:
            failed.append(f"page {r.page}: {problem}")
            if page.text_issue:
                page.text_detail = f"{page.text_detail}; OCR: {problem}"
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


def _unreadable(result: OcrPageResult) -> str:
    """Why recognised lines are no text (nothing read, or symbols rather than words), or ""."""
    text = "\n".join(ln.text for ln in result.lines)
    if not text.strip():
        return "no text recognised"
    garbage = garbage_reason(text)
    return f"the recognised text is not text either ({garbage})" if garbage else ""


def _pages_text(nums: list[int]) -> str:
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
                        bold=all(ln.bold for ln in group), order=order))
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
