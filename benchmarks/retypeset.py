"""Real reports' text set again by LibreOffice and by headless Chromium, for ``bench.py``'s
per-producer ratios (section 1c).

The real PDFs beside the repository (``../shared/real_docs``) were made by Word and InDesign; for
LibreOffice and browsers the benchmark has only our synthetic sample reports, which hold about
five times more recommendations per page than a real report, so extraction weighs about five
times more against parsing there (1.2-1.4 us a character after parsing against 0.24-0.28 on the
real reports). This module writes what real reports hold (their blocks as reviewminer parses
them: headings, paragraphs, list items, tables) to .docx with python-docx, converted to PDF by
LibreOffice, and to HTML, printed to PDF by Chromium; ``read()`` is then measured on real text
as each producer lays it out. Both sets are reported; neither replaces the other.

The PDFs are kept in a cache folder outside the repository (real documents are not copied into
the project): ``$REVIEWMINER_BENCH_CACHE`` or ``~/.cache/reviewminer-bench/retypeset``, one file per
source and producer, named by the source's digest. LibreOffice (``soffice``), Chromium and
python-docx are optional: a producer whose program is missing is skipped with a message.

    python benchmarks/retypeset.py [PDF ...]     # make (or find) the PDFs and list them
"""

from __future__ import annotations

import argparse
import html
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # sample_docs.kit (LibreOffice and Chromium conversion)
    sys.path.insert(0, str(ROOT))

#: Bump when the way the text is written changes (the cache then makes the PDFs again).
LAYOUT_VERSION = 1
MAX_HEADING_LEVEL = 3


def cache_dir() -> Path:
    d = os.environ.get("REVIEWMINER_BENCH_CACHE")
    base = Path(d) if d else Path.home() / ".cache" / "reviewminer-bench"
    return base / "retypeset"


def _blocks(source: Path) -> list[Any]:
    """The source's blocks as reviewminer's parser reads them (running heads and footnotes are
    already left out)."""
    from reviewminer.parsers import ParseOptions, parse

    return parse(source, ParseOptions.of("auto")).blocks


def write_docx(blocks: list[Any], path: Path) -> None:
    """Headings as Word headings, list items indented, tables as Word tables (grid style),
    other blocks as plain paragraphs; page breaks where the source's pages turn."""
    import docx
    from docx.shared import Cm

    d = docx.Document()
    page = None
    for b in blocks:
        if page is not None and b.page != page:
            d.add_page_break()
        page = b.last_page
        if b.kind == "heading":
            d.add_heading(b.text, min(b.level or 1, MAX_HEADING_LEVEL))
        elif b.kind == "table" and b.rows:
            width = max(len(r) for r in b.rows)
            table = d.add_table(rows=0, cols=width)
            table.style = "Table Grid"
            for row in b.rows:
                cells = table.add_row().cells
                for cell, text in zip(cells, row, strict=False):
                    cell.text = text
        else:
            par = d.add_paragraph(b.text)
            if b.kind == "list_item":
                par.paragraph_format.left_indent = Cm(0.75 * (b.list_level + 1))
    d.save(str(path))


def write_html(blocks: list[Any], title: str) -> str:
    """The same blocks as one HTML page (h1-h3, p, tables with ruled cells)."""
    out = ["<!DOCTYPE html><html><head><meta charset='utf-8'>",
           f"<title>{html.escape(title)}</title><style>",
           "body{font-family:Arial,sans-serif;font-size:11pt;margin:2cm}",
           "table{border-collapse:collapse;margin:6pt 0}td{border:1px solid #000;padding:3pt}",
           ".li{margin-left:1.5em}</style></head><body>"]
    for b in blocks:
        text = html.escape(b.text)
        if b.kind == "heading":
            n = min(b.level or 1, MAX_HEADING_LEVEL)
            out.append(f"<h{n}>{text}</h{n}>")
        elif b.kind == "table" and b.rows:
            rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>"
                           for r in b.rows)
            out.append(f"<table>{rows}</table>")
        else:
            cls = " class='li'" if b.kind == "list_item" else ""
            out.append(f"<p{cls}>{text}</p>")
    out.append("</body></html>")
    return "\n".join(out)


def _name(source: Path, producer: str) -> str:
    from reviewminer.digest import file_sha256

    return f"{source.stem}-{file_sha256(source)[:12]}-v{LAYOUT_VERSION}-{producer}.pdf"


def _make(source: Path, producer: str, out: Path) -> None:
    from sample_docs.kit.convert import chromium_pdf, soffice_pdf

    blocks = _blocks(source)
    with tempfile.TemporaryDirectory(prefix="reviewminer-retypeset-") as tmp:
        if producer == "LibreOffice":
            src = Path(tmp) / out.with_suffix(".docx").name
            write_docx(blocks, src)
            made = soffice_pdf(src, Path(tmp))
        else:
            made = Path(tmp) / out.name
            chromium_pdf(write_html(blocks, source.stem), out.stem, made, header_footer=False)
        part = out.with_suffix(".part")
        shutil.copyfile(made, part)
        part.replace(out)  # atomic: an interrupted run leaves no half-written PDF


def missing(producer: str) -> str | None:
    """Why ``producer``'s PDFs cannot be made here, or None."""
    if producer == "LibreOffice":
        try:
            import docx  # noqa: F401
        except ImportError:
            return "python-docx is not installed (pip install python-docx)"
        if not (shutil.which("soffice") or shutil.which("libreoffice")):
            return "LibreOffice (soffice) is not on PATH"
        return None
    if not (shutil.which("chromium") or shutil.which("chromium-browser")):
        return "Chromium is not on PATH"
    return None


def retypeset(sources: list[Path], log: Any = print) -> dict[str, list[Path]]:
    """Per producer ("LibreOffice", "browser"), the PDFs of ``sources``' text as that producer
    sets it (made once, then taken from the cache). A source that cannot be made is skipped with
    a message."""
    folder = cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    out: dict[str, list[Path]] = {}
    for producer in ("LibreOffice", "browser"):
        why = missing(producer)
        if why:
            log(f"  real text set by {producer}: skipped, {why}")
            continue
        for source in sources:
            pdf = folder / _name(source, producer)
            if not pdf.exists():
                try:
                    _make(source, producer, pdf)
                except Exception as e:  # one source must not stop the others
                    log(f"  {source.name} ({producer}): not made, {type(e).__name__}: {e}")
                    continue
            out.setdefault(producer, []).append(pdf)
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("pdfs", nargs="*", type=Path,
                    help="source PDFs (default: ../shared/real_docs/*.pdf)")
    sources = ap.parse_args(argv).pdfs or sorted((ROOT.parent / "shared" / "real_docs").glob("*.pdf"))
    if not sources:
        print("no source PDFs (give them, or put ../shared/real_docs beside the repository)")
        return 2
    for producer, pdfs in retypeset(sources).items():
        print(f"{producer}: {len(pdfs)} PDFs in {cache_dir()}")
        for p in pdfs:
            print("  ", p.name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
