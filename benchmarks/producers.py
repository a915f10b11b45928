"""``bench.py`` sections 1b and 1c: ``read()`` against a raw pypdfium2 text pass, per PDF producer.

1b measures the PDFs as they are: the sample reports (LibreOffice, browser) and the real ones of
``--real`` (Word, InDesign). 1c measures real reports' text set again by LibreOffice and by
Chromium (``retypeset.py``): the sample reports hold about five times more recommendations per page
than real ones, so 1b weighs extraction more for those two producers than a real archive would.

The target (``read()`` >= 0.5 of pypdfium2 on every producer, on real documents when they are
present) is judged per producer on real report content (:func:`real_content_verdict`): 1b's
family when its PDFs are all real ones, else 1c's re-set real text. The sample families' ratios
are reported beside it, marked as synthetic.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from retypeset import retypeset  # benchmarks/retypeset.py

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DOCS = ROOT / "sample_docs"
TARGET = 0.5


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def real_docs_dir() -> Path | None:
    """``../shared/real_docs`` beside the repository (real published PDFs of several producers),
    when present."""
    d = ROOT.parent / "shared" / "real_docs"
    return d if d.is_dir() else None


def producer_family(path: Path) -> str:
    """The family of the program that made a PDF, from its /Producer and /Creator: InDesign,
    LibreOffice, Word (also Acrobat PDFMaker for Word), browser (Skia/Chrome, Google Docs), or
    other."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        meta = pdf.get_metadata_dict(skip_empty=True)
    finally:
        pdf.close()
    made = f"{meta.get('Producer', '')} {meta.get('Creator', '')}".lower()
    for family, marks in (("InDesign", ("indesign",)), ("LibreOffice", ("libreoffice",)),
                          ("Word", ("microsoft", "word")),
                          ("browser", ("skia", "chrome", "mozilla", "google docs"))):
        if any(m in made for m in marks):
            return family
    return "other"


def pdfium_text_pages(path: Path) -> int:
    """The raw pypdfium2 text pass (``get_text_range`` on every page); returns the pages."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    n = 0
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            tp = page.get_textpage()
            tp.get_text_range()
            tp.close()
            page.close()
            n += 1
    finally:
        pdf.close()
    return n


def interleaved(files: list[Path], min_seconds: float, rounds: int = 2) -> dict[str, Any]:
    """``read()``, its parsing step alone (``reviewminer.parsers.parse``) and the raw pypdfium2
    pass over ``files`` file by file, in an order that turns with each file (so all see the same
    load on a shared machine), for at least ``rounds`` rounds and ``min_seconds`` of ``read()``:
    pages, seconds and pages/s of each, and the ratios to pypdfium2."""
    import reviewminer
    from reviewminer.parsers import ParseOptions, parse

    options = ParseOptions.of("auto")
    steps = (lambda f: reviewminer.read(f).page_count, lambda f: parse(f, options).page_count,
             pdfium_text_pages)
    seconds = [0.0, 0.0, 0.0]
    pages = done = 0
    while done < rounds or seconds[0] < min_seconds:
        for j, f in enumerate(files):
            k = (done + j) % 3
            for which in (k, (k + 1) % 3, (k + 2) % 3):
                t = time.perf_counter()
                n = steps[which](f)
                seconds[which] += time.perf_counter() - t
                if which == 0:
                    pages += n
        done += 1
    t_read, t_parse, t_raw = seconds
    return {"pages": pages, "rounds": done, "read_s": round(t_read, 3),
            "parse_s": round(t_parse, 3), "pypdfium2_s": round(t_raw, 3),
            "read_pages_per_s": round(pages / t_read, 1),
            "parse_pages_per_s": round(pages / t_parse, 1),
            "pypdfium2_pages_per_s": round(pages / t_raw, 1),
            "ratio_to_pypdfium2": round(t_raw / t_read, 3),
            "parse_ratio_to_pypdfium2": round(t_raw / t_parse, 3)}


def bench_producers(pdfs: list[Path], min_seconds: float) -> dict[str, Any]:
    """``read()`` pages/s and its ratio to raw pypdfium2 for each producer family (target: every
    family >= 0.5), and the ratio of the parsing step alone (what the PDF parser costs before
    segmentation and the extractors), all measured in this process, interleaved file by file.
    Every file is read once first, so one-time costs (spaCy, rules, imports) fall outside."""
    import reviewminer

    groups: dict[str, list[Path]] = {}
    for p in pdfs:
        try:
            family = producer_family(p)
            reviewminer.read(p)
        except Exception:  # not readable: the other sections report such files
            continue
        groups.setdefault(family, []).append(p)
    out: dict[str, Any] = {"target_ratio": 0.5}
    for family in sorted(groups):
        out[family] = _family(family, groups[family], min_seconds, "PDFs")
        out[family]["real_pdfs"] = sum(not p.is_relative_to(SAMPLE_DOCS) for p in groups[family])
    return out


def _family(name: str, files: list[Path], min_seconds: float, what: str) -> dict[str, Any]:
    """One family's measure (:func:`interleaved`), logged as it ends."""
    r = interleaved(files, min_seconds)
    log(f"  {name:<12} {len(files):3d} {what}: read() {r['read_pages_per_s']:7.1f} pages/s, "
        f"pypdfium2 {r['pypdfium2_pages_per_s']:7.1f} pages/s, ratio "
        f"{r['ratio_to_pypdfium2']:.3f} (parsing alone {r['parse_ratio_to_pypdfium2']:.3f}; "
        f"{r['pages']} pages)")
    return {"pdfs": len(files), **r}


def producer_inputs(pdfs: list[Path], real: Path | None) -> list[Path]:
    """The PDFs for section 1b: those of sample_docs/ and the folders given, and the real ones."""
    from reviewminer.bulk import find_sources

    more = [Path(p) for p in find_sources([str(real)]) if p.lower().endswith(".pdf")] if real else []
    return list(dict.fromkeys([*pdfs, *more]))


def bench_real_text(real: Path | None, min_seconds: float) -> dict[str, Any]:
    """Section 1c: ``read()`` against pypdfium2 on the real reports of ``real`` as LibreOffice and
    Chromium set their text (made once, then cached; see ``retypeset.py``). Skipped, with the
    reason, without ``real`` or the programs."""
    import reviewminer

    sources = sorted(real.glob("*.pdf")) if real else []
    if not sources:
        return {"skipped": "no real PDFs (../shared/real_docs or --real)"}
    out: dict[str, Any] = {"target_ratio": 0.5, "sources": len(sources)}
    for producer, files in retypeset(sources, log).items():
        for f in files:
            reviewminer.read(f)  # one-time costs outside the measure, as in 1b
        out[producer] = _family(producer, files, min_seconds, "PDFs of real text")
    return out


def real_content_verdict(results: dict[str, Any]) -> dict[str, Any]:
    """Per producer, the ratio on real report content: 1b's family when all its PDFs are real
    (not ``sample_docs/``), else 1c's real text set by that producer; with where it comes from,
    and whether every producer measured reaches :data:`TARGET`."""
    got: dict[str, Any] = {}
    for family, r in (results.get("producers") or {}).items():
        if isinstance(r, dict) and r.get("real_pdfs") == r["pdfs"] and family != "other":
            got[family] = {"ratio": r["ratio_to_pypdfium2"], "from": f"1b, {r['pdfs']} real PDFs"}
    for family, r in (results.get("real_text") or {}).items():
        if isinstance(r, dict) and family not in got:
            got[family] = {"ratio": r["ratio_to_pypdfium2"],
                           "from": f"1c, {r['pdfs']} real reports re-set"}
    return {"families": got, "all_met": bool(got) and all(v["ratio"] >= TARGET
                                                          for v in got.values())}


def summary_lines(results: dict[str, Any]) -> list[str]:
    """Summary lines of sections 1b and 1c, then the verdict on real content."""
    lines = []
    for key, what in (("producers", ""), ("real_text", " real text")):
        for family, r in (results.get(key) or {}).items():
            if isinstance(r, dict):
                synthetic = key == "producers" and not r.get("real_pdfs")
                lines.append(
                    f"  {family + what + ':':<24} read() {r['read_pages_per_s']} pages/s, "
                    f"{r['ratio_to_pypdfium2']} of pypdfium2 (parsing alone "
                    f"{r['parse_ratio_to_pypdfium2']}; {r['pdfs']} PDFs, {r['pages']} pages"
                    + ("; synthetic sample reports" if synthetic else "") + ")")
            elif key == "real_text" and family == "skipped":
                lines.append(f"  real text by LibreOffice/Chromium: skipped, {r}")
    verdict = real_content_verdict(results)
    if verdict["families"]:
        parts = ", ".join(f"{f} {v['ratio']} ({v['from']})"
                          for f, v in sorted(verdict["families"].items()))
        lines.append(f"  on real report content, per producer (target >= {TARGET}): {parts}; "
                     f"all met: {'yes' if verdict['all_met'] else 'no'}")
    return lines
