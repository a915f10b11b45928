#!/usr/bin/env python3
"""(Re)build the reviewminer sample corpus.

For every document module in ``sample_docs/content/`` this script

1. builds the report as .docx with python-docx (content + gold come from the same calls),
2. converts it to PDF with LibreOffice (headless),
3. for documents with a typed table of contents, reads the heading pages back from the PDF and
   rebuilds once so the TOC page numbers are right,
4. normalises volatile bytes (zip timestamps, PDF CreationDate / ModDate / ID),
5. writes ``<name>.gold.json``.

Usage::

    python sample_docs/generate.py              # all documents
    python sample_docs/generate.py scr_2012_child_k lcspr_2021_child_m

Needs LibreOffice (``soffice``) on PATH; the generated files are committed so the tests do not.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from builder import ReportBuilder  # noqa: E402

# Order matters only for the log output.
DOCUMENTS = [
    "scr_2012_child_k",
    "lcspr_2021_child_m",
    "sar_2019_adult_b",
    "dhr_2020_mr_d",
    "cover_report_2022_adult_b_committee",
    "cpr_2018_child_t",
    "scr_2016_family_r",
    "lcspr_2023_child_p",
    "sar_2024_mr_j_browser",
]

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
LO_PROFILE = Path(tempfile.gettempdir()) / "reviewminer_sample_docs_lo_profile"


def convert_to_pdf(docx: Path, outdir: Path) -> Path:
    if not SOFFICE:
        raise SystemExit("LibreOffice (soffice) not found on PATH")
    cmd = [SOFFICE, f"-env:UserInstallation=file://{LO_PROFILE}", "--headless",
           "--convert-to", "pdf", "--outdir", str(outdir), str(docx)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=180)
    pdf = outdir / (docx.stem + ".pdf")
    if not pdf.exists():
        raise RuntimeError(f"conversion failed for {docx}")
    return pdf


def pdf_page_texts(pdf: Path) -> list[str]:
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(pdf))
    try:
        return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    finally:
        doc.close()


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip().lower()


def find_heading_pages(pdf: Path, headings: list[str]) -> dict[str, int]:
    """Physical page (1-based) on which each heading appears as its own line, skipping
    the contents page(s)."""
    pages = pdf_page_texts(pdf)
    lines = [[_norm(l) for l in re.split(r"[\r\n]+", t)] for t in pages]
    contents_pages = {i for i, t in enumerate(pages) if "contents" in _norm(t)[:200]}
    found: dict[str, int] = {}
    start = 0
    for h in headings:
        nh = _norm(h)
        for i in range(start, len(pages)):
            if i in contents_pages:
                continue
            if any(l == nh or l.startswith(nh + " ") and len(l) < len(nh) + 3 for l in lines[i]):
                found[h] = i + 1
                start = i
                break
    return found


def normalise_pdf(pdf: Path, iso_date: str, name: str) -> None:
    """Replace creation/modification dates and the document ID with fixed values of the
    same length (so xref offsets stay valid)."""
    data = pdf.read_bytes()
    stamp = iso_date.replace("-", "") + "090000"

    def fix_date(m: re.Match) -> bytes:
        old = m.group(2)
        new = (stamp.encode() + old[len(stamp):]) if len(old) >= len(stamp) else old
        new = re.sub(rb"[+-]\d\d'\d\d'?", lambda z: b"+00'00'"[: len(z.group(0))], new)
        return m.group(1) + new[: len(old)].ljust(len(old), b"0") + m.group(3)

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)([^)]*)(\))", fix_date, data)
    digest = hashlib.md5(name.encode()).hexdigest().upper().encode()

    def fix_id(m: re.Match) -> bytes:
        h = m.group(1)
        return b"<" + (digest * 4)[: len(h)] + b">"

    data = re.sub(rb"<([0-9A-Fa-f]{32})>", fix_id, data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]{32})", lambda m: m.group(1) + digest, data)
    pdf.write_bytes(data)


def build_one(name: str, outdir: Path = HERE) -> dict:
    mod = importlib.import_module(f"content.{name}")
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td)
        toc_pages: dict | None = None
        for attempt in range(3):
            b: ReportBuilder = mod.build(toc_pages=toc_pages)
            docx = tmp / f"{name}.docx"
            b.save(docx)
            pdf = convert_to_pdf(docx, tmp)
            if not b.gold.toc:
                break
            pages = find_heading_pages(pdf, b.gold.toc)
            missing = [h for h in b.gold.toc if h not in pages]
            if missing:
                print(f"  warning: TOC headings not found in PDF: {missing}")
            if pages == toc_pages:
                break
            toc_pages = pages
        meta = b.meta
        normalise_pdf(pdf, meta.publication_date, name)
        files = []
        if meta.ship_docx:
            shutil.copy(docx, outdir / f"{name}.docx")
            files.append(f"{name}.docx")
        shutil.copy(pdf, outdir / f"{name}.pdf")
        files.append(f"{name}.pdf")
        gold = b.gold_dict(files)
        (outdir / f"{name}.gold.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        npages = len(pdf_page_texts(outdir / f"{name}.pdf"))
        print(f"{name}: {npages} pages, {len(gold['sections'])} sections, "
              f"{len(gold['lines_of_enquiry'])} KLOEs, {len(gold['recommendations'])} recs")
        return gold


def main(argv: list[str]) -> None:
    names = argv or DOCUMENTS
    unknown = [n for n in names if n not in DOCUMENTS]
    if unknown:
        raise SystemExit(f"unknown document(s): {unknown}")
    for n in names:
        build_one(n)


if __name__ == "__main__":
    main(sys.argv[1:])
