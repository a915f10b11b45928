"""(Re)build the sample corpus: every document of ``sample_docs/``, ``more/`` and ``extra/``.

Run from the repository root::

    python -m sample_docs.generate                       # every document
    python -m sample_docs.generate dhr_2020_mr_d sar_2021_mr_t
    python -m sample_docs.generate --docx-only --out /tmp/regen   # no LibreOffice/Chromium

For every document module (``content/<name>.py``, ``more/docs/<name>.py``,
``extra/docs/<name>.py``; see ``kit.corpus``) this

1. builds the document with its kit model (content and gold come from the same calls),
2. producer ``docx``: saves the .docx and converts it with LibreOffice; documents with a typed
   contents page are converted again until the page numbers read back from the PDF are stable;
   producer ``html``: prints the HTML with headless Chromium (only the PDF is kept),
3. normalises volatile bytes (``kit.normalise``, with the folder's profile),
4. writes ``<name>.gold.json`` (schema ``reviewminer-gold/2``, ``kit.gold``).

``--docx-only`` skips the converters: it writes the .docx files (typed contents pages take
their page numbers from the committed PDF) and the gold files, which is enough to check that
the committed .docx and gold files are reproducible.
"""

from __future__ import annotations

import argparse
import importlib
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sample_docs.kit import convert, corpus, normalise
from sample_docs.kit import gold as gold_schema
from sample_docs.kit.corpus import Folder
from sample_docs.kit.render_docx import render_docx
from sample_docs.kit.render_html import render_html


class Job:
    """One document to build: its folder, output folder and mode."""

    def __init__(self, folder: Folder, name: str, out: Path, docx_only: bool):
        self.folder, self.name, self.out, self.docx_only = folder, name, out, docx_only
        self.module: Any = importlib.import_module(f"{folder.package}.{name}")

    @property
    def committed_pdf(self) -> Path:
        return self.folder.path / f"{self.name}.pdf"

    def finish_docx(self, path: Path, publication_date: str) -> None:
        normalise.normalise_docx(path, self.folder.profile, publication_date)

    def finish_pdf(self, pdf: Path, publication_date: str) -> None:
        """Copy the PDF into the output folder (unless it is there) and normalise it."""
        target = self.out / f"{self.name}.pdf"
        if pdf != target:
            shutil.copy(pdf, target)
        normalise.normalise_pdf(target, self.folder.profile, publication_date, self.name)


def build_report(job: Job) -> dict[str, Any]:
    """``kit.report.ReportBuilder`` documents (``content/``)."""
    name, tmp = job.name, Path(tempfile.mkdtemp())
    toc_pages: dict[str, int] | None = None
    for _ in range(3):
        b = job.module.build(toc_pages=toc_pages)
        if job.docx_only:
            if b.gold.toc and toc_pages is None:
                toc_pages = convert.heading_pages(job.committed_pdf, b.gold.toc)
                continue
            docx = tmp / f"{name}.docx"
            b.save(docx)
            job.finish_docx(docx, b.meta.publication_date)
            break
        docx = tmp / f"{name}.docx"
        b.save(docx)
        job.finish_docx(docx, b.meta.publication_date)
        pdf = convert.soffice_pdf(docx, tmp)
        if not b.gold.toc:
            break
        pages = convert.heading_pages(pdf, b.gold.toc)
        missing = [h for h in b.gold.toc if h not in pages]
        if missing:
            print(f"  warning: TOC headings not found in PDF: {missing}")
        if pages == toc_pages:
            break
        toc_pages = pages
    files = []
    if b.meta.ship_docx:
        shutil.copy(docx, job.out / f"{name}.docx")
        files.append(f"{name}.docx")
    if not job.docx_only:
        job.finish_pdf(pdf, b.meta.publication_date)
    files.append(f"{name}.pdf")
    shutil.rmtree(tmp)
    return b.gold_dict(files)


def build_doc(job: Job) -> dict[str, Any]:
    """``kit.doc.Doc`` documents (``more/``, ``extra/``)."""
    d = job.module.build()
    date = d.meta["publication_date"]
    if d.producer == "html":
        if not job.docx_only:
            pdf = job.out / f"{job.name}.pdf"
            convert.chromium_pdf(render_html(d), job.name, pdf,
                                 d.style.get("browser_header_footer", False))
            job.finish_pdf(pdf, date)
        return d.gold_dict([f"{job.name}.pdf"])
    docx = job.out / f"{job.name}.docx"
    entries = next((b[2] for b in d.blocks if b[0] == "toc"), None)
    if job.docx_only:
        tp = convert.entry_pages(entries, job.committed_pdf) if entries is not None else None
        render_docx(d, docx, toc_pages=tp)
    else:
        render_docx(d, docx)
        with tempfile.TemporaryDirectory() as td:
            pdf = convert.soffice_pdf(docx, Path(td))
            if entries is not None:
                render_docx(d, docx, toc_pages=convert.entry_pages(entries, pdf))
                pdf = convert.soffice_pdf(docx, Path(td))
            job.finish_pdf(pdf, date)
    job.finish_docx(docx, date)
    return d.gold_dict([docx.name, f"{job.name}.pdf"])


BUILDERS = {"report": build_report, "doc": build_doc}


def build_one(folder: Folder, name: str, out: Path, docx_only: bool = False) -> dict[str, Any]:
    """Build one document into ``out`` and write its gold file there; returns the gold."""
    out.mkdir(parents=True, exist_ok=True)
    job = Job(folder, name, out, docx_only)
    gold = BUILDERS[folder.model](job)
    if gold["name"] != name:
        raise ValueError(f"module {name} builds {gold['name']}")
    gold_schema.write(out / f"{name}.gold.json", gold)
    return gold


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m sample_docs.generate", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("names", nargs="*", help="documents to build (default: all)")
    ap.add_argument("--out", type=Path, default=None,
                    help="write into OUT (mirroring the folders) instead of sample_docs/")
    ap.add_argument("--docx-only", action="store_true",
                    help="write only .docx and gold files (no LibreOffice / Chromium)")
    args = ap.parse_args(argv)
    jobs = corpus.all_documents()
    unknown = set(args.names) - {n for _, n in jobs}
    if unknown:
        ap.error(f"unknown document(s): {sorted(unknown)}")
    for folder, name in jobs:
        if args.names and name not in args.names:
            continue
        out = folder.path
        if args.out is not None:
            out = args.out / folder.path.relative_to(corpus.SAMPLE_DOCS)
        g = build_one(folder, name, out, args.docx_only)
        print(f"{folder.path.relative_to(corpus.REPO)}/{name}: {len(g['sections'])} sections, "
              f"{len(g['lines_of_enquiry'])} KLOEs, {len(g['recommendations'])} recs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
