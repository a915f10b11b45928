#!/usr/bin/env python3
"""Build the 'extra' evaluation corpus (sample_docs/extra/).

Each module in sample_docs/extra/docs/ defines ``build() -> lib.Doc``.  For every document:

* producer "docx": write <name>.docx with python-docx and convert it with LibreOffice
  (private profile) to <name>.pdf;
* producer "html": write the HTML to a temporary directory and print it with headless Chromium
  to <name>.pdf (only the PDF is kept), with or without the browser's own header and footer;
* write <name>.gold.json from the annotations recorded while the document was built.

The content is fixed, .docx core properties and zip timestamps are fixed, and volatile PDF bytes
(creation dates, document IDs) are overwritten with fixed values of the same length.  The only
thing that varies between runs is the date/time that Chromium itself prints in the browser
header of the documents that use it.

Usage: python sample_docs/extra/generate.py [name ...]
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

DOCUMENTS = [
    "scr_2014_child_h",
    "lcspr_2022_child_w",
    "cpr_2020_child_c",
    "sar_2021_mr_t",
    "dhr_2019_ms_k",
    "cover_report_2023_sar_ms_d",
    "scr_2017_family_b",
    "lcspr_2024_siblings_x_and_y",
    "action_plan_2023_dhr_mr_r",
    "learning_brief_2024_child_e",
    "sar_2017_mrs_g",
    "lcspr_2023_baby_j",
]

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
LO_PROFILE = "file:///tmp/lo_profile_extra"


def fix_zip(path: Path) -> None:
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in items:
            zi = zipfile.ZipInfo(n, date_time=(2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def normalise_pdf(path: Path) -> None:
    data = path.read_bytes()

    def date(m):
        return m.group(1) + b"D:20200101000000" + b" " * (len(m.group(2)) - 16) + m.group(3)

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()(D:[^)]*)(\))", date, data)
    data = re.sub(rb"<[0-9A-Fa-f]{32}>", b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"/DocChecksum /" + b"0" * 32, data)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(<)",
                  lambda m: m.group(1) + b"2020-01-01T00:00:00"[:len(m.group(2))].ljust(
                      len(m.group(2)), b" ") + m.group(3), data)
    path.write_bytes(data)


def build_one(name: str) -> None:
    mod = importlib.import_module(f"docs.{name}")
    doc = mod.build()
    assert doc.name == name, (doc.name, name)
    files = []
    if doc.producer == "docx":
        docx = HERE / f"{name}.docx"
        doc.to_docx(docx)
        fix_zip(docx)
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([SOFFICE, f"-env:UserInstallation={LO_PROFILE}", "--headless",
                            "--convert-to", "pdf", "--outdir", tmp, str(docx)], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
            shutil.move(Path(tmp) / f"{name}.pdf", HERE / f"{name}.pdf")
        files = [f"{name}.docx", f"{name}.pdf"]
    else:
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / f"{name}.html"
            src.write_text(doc.to_html(), encoding="utf-8")
            out = HERE / f"{name}.pdf"
            with tempfile.TemporaryDirectory() as prof:
                cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                       "--disable-background-networking", "--disable-component-update",
                       "--disable-sync", f"--user-data-dir={prof}", f"--print-to-pdf={out}"]
                if not doc.browser_header_footer:
                    cmd.append("--no-pdf-header-footer")
                cmd.append(src.as_uri())
                subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, timeout=300)
        files = [f"{name}.pdf"]
    normalise_pdf(HERE / f"{name}.pdf")
    gold = doc.gold(files)
    (HERE / f"{name}.gold.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                          encoding="utf-8")
    print(f"built {name}: {len(gold['recommendations'])} recs, {len(gold['action_plan'])} "
          f"action rows, {len(gold['sections'])} sections")


def main(argv: list[str]) -> int:
    names = argv or DOCUMENTS
    for n in names:
        build_one(n)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
