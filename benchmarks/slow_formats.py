"""The slow inputs of a run: scanned pages (OCR) and legacy files (LibreOffice conversion).

Used by ``bench.py`` (section 6); runs alone too::

    python benchmarks/slow_formats.py [--docs N]

OCR: the first ``N`` sample PDFs rendered to image-only copies (200 dpi grey pages, as a scanner
gives) and read with ``ocr="always"``: pages per second with Tesseract using every core.
Legacy: the first ``N`` sample .docx files converted once to .rtf, .odt and .doc by LibreOffice
(outside the timing), then read by ``read()``: seconds per file, which is LibreOffice's start-up
and conversion. Each part reports ``skipped`` with the reason when its program is missing.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_DOCS = ROOT / "sample_docs"
LEGACY_FORMATS = ("rtf", "odt", "doc")


def bench_ocr(tmp: Path, n_docs: int) -> dict[str, Any]:
    import reviewminer
    from reviewminer.parsers.pdf.ocr import find_tesseract

    if find_tesseract() is None:
        return {"skipped": "Tesseract is not installed"}
    sys.path.insert(0, str(ROOT / "tests"))
    from helpers_scans import image_only_copy

    pdfs = sorted(SAMPLE_DOCS.glob("*.pdf"))[:n_docs]
    scans = [image_only_copy(p, tmp / f"scan_{p.name}") for p in pdfs]
    pages = 0
    start = time.perf_counter()
    for s in scans:
        pages += reviewminer.read(s, ocr="always").page_count
    seconds = time.perf_counter() - start
    return {"documents": len(scans), "pages": pages, "seconds": round(seconds, 1),
            "pages_per_s": round(pages / seconds, 2) if seconds else None}


def _convert(soffice: str, src: Path, fmt: str, out: Path) -> Path | None:
    profile = out / "profile"
    cmd = [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
           "--convert-to", fmt, "--outdir", str(out), str(src)]
    subprocess.run(cmd, capture_output=True, timeout=180, check=False)
    made = out / f"{src.stem}.{fmt}"
    return made if made.exists() else None


def bench_legacy(tmp: Path, n_docs: int) -> dict[str, Any]:
    import reviewminer
    from reviewminer.parsers.legacy import find_soffice

    soffice = find_soffice()
    if soffice is None:
        return {"skipped": "LibreOffice is not installed"}
    docx = sorted(SAMPLE_DOCS.glob("*.docx"))[:n_docs]
    out: dict[str, Any] = {}
    for fmt in LEGACY_FORMATS:
        folder = tmp / fmt
        folder.mkdir()
        files = [f for f in (_convert(soffice, d, fmt, folder) for d in docx) if f is not None]
        if not files:
            out[fmt] = {"skipped": f"LibreOffice made no .{fmt}"}
            continue
        start = time.perf_counter()
        for f in files:
            reviewminer.read(f)
        seconds = time.perf_counter() - start
        out[fmt] = {"files": len(files), "seconds_per_file": round(seconds / len(files), 2)}
    return out


def bench_slow_formats(tmp: Path, n_docs: int = 3) -> dict[str, Any]:
    return {"ocr": bench_ocr(tmp, n_docs), "legacy": bench_legacy(tmp, n_docs)}


def summary_lines(r: dict[str, Any]) -> list[str]:
    ocr = r["ocr"]
    lines = [f"  OCR:           {ocr['skipped']}" if "skipped" in ocr else
             f"  OCR:           {ocr['pages_per_s']} pages/s ({ocr['pages']} scanned pages of "
             f"{ocr['documents']} documents, Tesseract on every core)"]
    legacy = r["legacy"]
    if "skipped" in legacy:
        lines.append(f"  legacy:        {legacy['skipped']}")
    else:
        parts = [f".{fmt} {v['seconds_per_file']} s" if "seconds_per_file" in v else
                 f".{fmt} {v['skipped']}" for fmt, v in legacy.items()]
        lines.append("  legacy:        read() per file (LibreOffice conversion): " + ", ".join(parts))
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=3, help="sample documents per part")
    ap.add_argument("--json", type=Path)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="reviewminer-slow-") as tmp:
        r = bench_slow_formats(Path(tmp), a.docs)
    print("\n".join(summary_lines(r)))
    if a.json:
        a.json.write_text(json.dumps(r, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
