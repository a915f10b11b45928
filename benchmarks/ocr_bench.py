"""OCR: pages per second and accuracy of the OCR path against the born-digital path.

Every sample PDF with gold (``sample_docs/**/<name>.gold.json``) is rendered to an image-only
copy (each page a 200 dpi grey-scale image: what a scanner gives), read with OCR, and scored
against the same gold as its born-digital original with the scorer's own matching. Needs
Tesseract (``apt-get install tesseract-ocr tesseract-ocr-eng``).

    python benchmarks/ocr_bench.py [--limit N] [--jobs J] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import reviewminer
from reviewminer.evaluate import Counts, score_report
from reviewminer.parsers import OcrSettings
from reviewminer.parsers.pdf.ocr import find_tesseract

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from helpers_scans import image_only_copy  # noqa: E402

KEYS = ("rec_recall", "rec_precision", "rec_boundary_f1", "rec_number_accuracy",
        "rec_party_accuracy", "kloe_recall", "section_recall")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0, help="at most this many documents (0: all)")
    ap.add_argument("--jobs", type=int, default=None, help="Tesseract processes at once")
    ap.add_argument("--json", type=Path)
    a = ap.parse_args()
    if find_tesseract() is None:
        sys.exit("Tesseract is not installed")
    pairs = []
    for gold in sorted((ROOT / "sample_docs").rglob("*.gold.json")):
        pdf = gold.with_name(gold.name.replace(".gold.json", ".pdf"))
        if pdf.exists():
            pairs.append((pdf, json.loads(gold.read_text(encoding="utf-8"))))
    pairs = pairs[: a.limit or None]
    digital, scanned = Counts(), Counts()
    pages = 0
    ocr_seconds = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for pdf, gold in pairs:
            scan = image_only_copy(pdf, Path(tmp) / pdf.name)
            digital.add(score_report(reviewminer.read(pdf), gold))
            started = time.perf_counter()
            report = reviewminer.read(scan, ocr=OcrSettings(jobs=a.jobs))
            ocr_seconds += time.perf_counter() - started
            pages += report.page_count
            scanned.add(score_report(report, gold))
    d, s = digital.scores(), scanned.scores()
    print(f"{len(pairs)} documents, {pages} pages: OCR read {pages / ocr_seconds:.2f} pages/s "
          f"({ocr_seconds / pages:.2f} s a page, {OcrSettings(jobs=a.jobs).job_count()} "
          f"Tesseract processes at once)")
    print(f"{'score':22}{'born-digital':>14}{'scanned (OCR)':>15}")
    for k in KEYS:
        print(f"{k:22}{d[k]:14.3f}{s[k]:15.3f}")
    if a.json:
        a.json.write_text(json.dumps({"documents": len(pairs), "pages": pages,
                                      "pages_per_second": pages / ocr_seconds,
                                      "born_digital": d, "ocr": s}, indent=1))


if __name__ == "__main__":
    main()
