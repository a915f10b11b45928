#!/usr/bin/env python3
"""Build the 'more' evaluation corpus (sample_docs/more/).

Each module in sample_docs/more/docs/ defines ``build() -> framework.Doc``.  For every document:

* producer "docx": write <name>.docx with python-docx, convert with LibreOffice to <name>.pdf;
  documents with a typed table of contents are converted twice so the page numbers are right.
* producer "html": write HTML to a temporary directory and print it with headless Chromium to
  <name>.pdf (only the PDF is kept: these documents exist only as PDF).
* write <name>.gold.json from the annotations recorded while the document was built.

Volatile PDF bytes (creation dates, document IDs) are overwritten with fixed values of the same
length, so re-running produces the same files apart from what the converters lay out.

Usage: python sample_docs/more/generate.py [name ...]
"""

from __future__ import annotations

import importlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from framework import render_docx, render_html  # noqa: E402

DOCUMENTS = [
    # held-out first
    "scr_2009_baby_r",
    "lcspr_2021_child_l",
    "cpr_2019_child_e",
    "sar_2022_mr_h",
    "dhr_2017_ms_p",
    "cover_report_2023_child_j",
    "action_plan_2020_sar_mrs_w",
    "learning_brief_2022_child_s",
    "scr_2016_family_g",
    "sar_2020_adult_c",
    # dev
    "scr_2011_child_n",
    "lcspr_2020_child_v",
    "dhr_2022_mr_a",
    "sar_2018_ms_f",
    "learning_brief_2021_tregaron_cpr",
    "scr_2015_child_b_scotland",
    "action_plan_2024_dhr_mr_k",
    "cover_report_2019_sar_ms_f",
    "sar_2023_mrs_d",
]

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
LO_PROFILE = Path(tempfile.gettempdir()) / "reviewminer_more_lo_profile"


def soffice_pdf(docx: Path, outdir: Path) -> Path:
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{LO_PROFILE}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(outdir), str(docx)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    return outdir / (docx.stem + ".pdf")


def chromium_pdf(html_path: Path, out: Path, header_footer: bool) -> None:
    with tempfile.TemporaryDirectory() as prof:
        cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
               "--disable-background-networking", "--disable-component-update",
               "--disable-sync", f"--user-data-dir={prof}", f"--print-to-pdf={out}"]
        if not header_footer:
            cmd.append("--no-pdf-header-footer")
        cmd.append(html_path.as_uri())
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=240)


def normalise_pdf(path: Path) -> None:
    data = path.read_bytes()

    def fixdate(m):
        s = m.group(0)
        return s[:len(m.group(1))] + re.sub(rb"\d", b"0", s[len(m.group(1)):])
    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)[0-9+\-Z']+", fixdate, data)
    data = re.sub(rb"<[0-9A-Fa-f]{32}>", lambda m: b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"(/DocChecksum /)[0-9A-Fa-f]{32}", lambda m: m.group(1) + b"0" * 32, data)
    path.write_bytes(data)


def normalise_docx(path: Path) -> None:
    """Rewrite the zip with fixed timestamps so identical content gives identical bytes."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def pdf_page_texts(pdf: Path) -> list[str]:
    import pdfplumber
    with pdfplumber.open(str(pdf)) as p:
        return [(pg.extract_text() or "") for pg in p.pages]


def toc_pages(d, pdf: Path) -> dict:
    entries = next(b[2] for b in d.blocks if b[0] == "toc")
    pages = pdf_page_texts(pdf)
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


def build_one(name: str) -> None:
    mod = importlib.import_module(f"docs.{name}")
    d = mod.build()
    assert d.name == name, (d.name, name)
    pdf = HERE / f"{name}.pdf"
    if d.producer == "docx":
        docx = HERE / f"{name}.docx"
        render_docx(d, docx)
        with tempfile.TemporaryDirectory() as td:
            out = soffice_pdf(docx, Path(td))
            if any(b[0] == "toc" for b in d.blocks):
                tp = toc_pages(d, out)
                render_docx(d, docx, toc_pages=tp)
                out = soffice_pdf(docx, Path(td))
            shutil.copy(out, pdf)
        normalise_docx(docx)
        files = [docx.name, pdf.name]
    else:
        # a fixed path, so the URL in the browser's footer is the same on every run
        hdir = Path(tempfile.gettempdir()) / "reviewminer_more_html"
        hdir.mkdir(exist_ok=True)
        hp = hdir / f"{name}.html"
        render_html(d, hp)
        chromium_pdf(hp, pdf, d.style.get("browser_header_footer", False))
        files = [pdf.name]
    normalise_pdf(pdf)
    gold = d.gold(files)
    (HERE / f"{name}.gold.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                            encoding="utf-8")
    print(f"built {name}: {len(pdf_page_texts(pdf))} pages, {len(gold['recommendations'])} recs")


def main(argv):
    names = argv or DOCUMENTS
    for n in names:
        build_one(n)


if __name__ == "__main__":
    main(sys.argv[1:])
