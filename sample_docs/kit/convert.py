"""PDF production: LibreOffice for .docx, headless Chromium for HTML; reading page numbers back
from a PDF for typed tables of contents."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

LO_PROFILE = Path(tempfile.gettempdir()) / "reviewminer_sample_docs_lo_profile"
# A fixed folder for the HTML sources, so the URL Chromium prints in its footer is the same on
# every run.
HTML_DIR = Path(tempfile.gettempdir()) / "reviewminer_sample_docs_html"
TIMEOUT = 300


def soffice_pdf(docx: Path, outdir: Path) -> Path:
    """Convert ``docx`` to ``outdir/<stem>.pdf`` with LibreOffice (private profile)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit("LibreOffice (soffice) not found on PATH")
    subprocess.run([soffice, f"-env:UserInstallation=file://{LO_PROFILE}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(outdir), str(docx)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=TIMEOUT)
    pdf = outdir / (docx.stem + ".pdf")
    if not pdf.exists():
        raise RuntimeError(f"conversion failed for {docx}")
    return pdf


def chromium_pdf(html: str, name: str, out: Path, header_footer: bool) -> None:
    """Print ``html`` to ``out`` with headless Chromium (with or without its own header and
    footer, which show the print date and the file URL)."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        raise SystemExit("Chromium not found on PATH")
    HTML_DIR.mkdir(exist_ok=True)
    src = HTML_DIR / f"{name}.html"
    src.write_text(html, encoding="utf-8")
    with tempfile.TemporaryDirectory() as prof:
        cmd = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
               "--disable-background-networking", "--disable-component-update",
               "--disable-sync", f"--user-data-dir={prof}", f"--print-to-pdf={out}"]
        if not header_footer:
            cmd.append("--no-pdf-header-footer")
        cmd.append(src.as_uri())
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=TIMEOUT)


def page_count(pdf: Path) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        return len(doc)
    finally:
        doc.close()


# ---------------------------------------------------------------- typed contents pages

def _pdfium_page_texts(pdf: Path) -> list[str]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    finally:
        doc.close()


def _plumber_page_texts(pdf: Path) -> list[str]:
    import pdfplumber

    with pdfplumber.open(str(pdf)) as p:
        return [(pg.extract_text() or "") for pg in p.pages]


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip().lower()


def heading_pages(pdf: Path, headings: list[str]) -> dict[str, int]:
    """``ReportBuilder`` contents: the physical page (1-based) on which each heading appears as
    its own line, skipping the contents page(s)."""
    pages = _pdfium_page_texts(pdf)
    lines = [[_norm(ln) for ln in re.split(r"[\r\n]+", t)] for t in pages]
    contents_pages = {i for i, t in enumerate(pages) if "contents" in _norm(t)[:200]}
    found: dict[str, int] = {}
    start = 0
    for h in headings:
        nh = _norm(h)
        for i in range(start, len(pages)):
            if i in contents_pages:
                continue
            if any(ln == nh or (ln.startswith(nh + " ") and len(ln) < len(nh) + 3)
                   for ln in lines[i]):
                found[h] = i + 1
                start = i
                break
    return found


def entry_pages(entries: list[str], pdf: Path) -> dict[str, Any]:
    """``kit.doc.Doc`` contents: the page (as a string) where each entry starts a line after
    the contents page."""
    pages = _plumber_page_texts(pdf)
    toc_page = next(i for i, t in enumerate(pages) if entries[0] in t)
    found = {}
    start = toc_page + 1
    for e in entries:
        key = re.sub(r"\s+", " ", e).strip()
        for i in range(start, len(pages)):
            lines = [re.sub(r"\s+", " ", ln).strip() for ln in pages[i].splitlines()]
            if any(ln.startswith(key) for ln in lines):
                found[e] = str(i + 1)
                start = i
                break
    return found
