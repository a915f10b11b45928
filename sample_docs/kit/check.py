#!/usr/bin/env python3
"""Validate the gold files in sample_docs/more/.

Checks, for every <name>.gold.json:
* schema: required keys and types, allowed document types / splits / kinds / scopes,
  party and target names are canonical names from models/rules/parties.json,
  action-plan dates are ISO dates or null;
* the listed files exist;
* every gold text (section headings, lines of enquiry, purposes, scope facts, recommendation
  texts, action-plan actions, lead officers) occurs in the text of every listed file as an
  in-order word sequence.  In the .docx the words must be contiguous (paragraphs, table cells
  and footnotes are read in document order).  In the PDF, short interruptions are allowed
  (running headers/footers, page numbers, footnote text at the foot of a page, neighbouring
  table columns), and a word may carry a glued footnote number ("guidance3").
* split balance: the held-out split covers every document type and both producers.

Run: python sample_docs/more/check_gold.py   (exit status 1 on failure)
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PARTIES = {a["canonical"] for a in
           json.loads((ROOT / "models/rules/parties.json").read_text())["agencies"]}
DOC_TYPES = {"scr", "lcspr", "cpr", "sar", "dhr", "cover_report", "action_plan",
             "learning_brief"}
SECTION_KINDS = {
    "front_matter", "contents", "foreword", "executive_summary", "introduction",
    "terms_of_reference", "methodology", "background", "chronology", "analysis", "findings",
    "good_practice", "conclusions", "recommendations", "action_plan", "glossary", "appendix",
    "other"}
REC_KINDS = {"recommendation", "committee", "learning_point", "board_question"}
SCOPES = {"multi_agency", "single_agency", "national", None}
TOP_KEYS = ["name", "files", "document_type", "title", "subjects", "area", "publication_date",
            "split", "sections", "lines_of_enquiry", "purposes", "scope_facts",
            "recommendations", "action_plan"]
REC_KEYS = ["number", "kind", "text", "parties", "targets", "inferred", "scope", "finding",
            "n_locations"]
AP_KEYS = ["recommendation_number", "action", "lead_agency", "lead_officer", "target_date",
           "target_date_text", "status"]
MAX_GAP_PDF = 60

QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-",
                        "\u00ad": ""})


def words(text: str) -> list[str]:
    text = text.translate(QUOTES).lower()
    text = text.replace("'", "")
    return re.findall(r"[a-z0-9]+", text)


def docx_text(path: Path) -> str:
    from docx import Document
    d = Document(str(path))
    out = []
    body = d.element.body
    for el in body.iter():
        tag = el.tag.split("}")[-1]
        if tag == "p":
            # skip paragraphs nested in a cell; cells are handled when iterating too, but
            # iter() visits every w:p exactly once in document order, which is what we want
            out.append("".join(t.text or "" for t in el.iter()
                               if t.tag.split("}")[-1] == "t"))
    with zipfile.ZipFile(path) as z:
        if "word/footnotes.xml" in z.namelist():
            out.append(re.sub(r"<[^>]+>", " ", z.read("word/footnotes.xml").decode()))
        for n in z.namelist():
            if re.match(r"word/(header|footer)\d*\.xml", n):
                out.append(re.sub(r"<[^>]+>", " ", z.read(n).decode()))
    return "\n".join(out)


def pdf_text(path: Path) -> str:
    import pdfplumber
    out = []
    with pdfplumber.open(str(path)) as p:
        for pg in p.pages:
            out.append(pg.extract_text() or "")
            # column-wise reading as well, for two-column pages
            w, h = pg.width, pg.height
            out.append(pg.crop((0, 0, w / 2, h)).extract_text() or "")
            out.append(pg.crop((w / 2, 0, w, h)).extract_text() or "")
            for t in pg.extract_tables():
                for row in t:
                    for cell in row:
                        if cell:
                            out.append(cell)
    return "\n".join(out)


def tok_eq(doc_tok: str, gold_tok: str, pdf: bool) -> bool:
    if doc_tok == gold_tok:
        return True
    return pdf and doc_tok.startswith(gold_tok) and doc_tok[len(gold_tok):].isdigit()


def occurs(gold: list[str], doc: list[str], index: dict, max_gap: int, pdf: bool) -> bool:
    if not gold:
        return True
    starts = index.get(gold[0], []) if not pdf else \
        [i for i, t in enumerate(doc) if tok_eq(t, gold[0], True)]
    for s in starts:
        pos = s
        ok = True
        for g in gold[1:]:
            found = False
            for k in range(pos + 1, min(len(doc), pos + 2 + max_gap)):
                if tok_eq(doc[k], g, pdf):
                    pos = k
                    found = True
                    break
            if not found:
                ok = False
                break
        if ok:
            return True
    return False


def check_file(gp: Path) -> list[str]:
    errs = []
    g = json.loads(gp.read_text(encoding="utf-8"))
    name = gp.name[:-len(".gold.json")]
    for k in TOP_KEYS:
        if k not in g:
            errs.append(f"missing key {k}")
    if errs:
        return errs
    if g["name"] != name:
        errs.append("name mismatch")
    if g["document_type"] not in DOC_TYPES:
        errs.append(f"bad document_type {g['document_type']}")
    if g["split"] not in ("dev", "heldout"):
        errs.append("bad split")
    dt.date.fromisoformat(g["publication_date"])
    for s in g["sections"]:
        if s["kind"] not in SECTION_KINDS:
            errs.append(f"bad section kind {s}")
        for k in ("heading", "number", "title", "level", "kind"):
            if k not in s:
                errs.append(f"section missing {k}: {s}")
    for r in g["recommendations"]:
        for k in REC_KEYS:
            if k not in r:
                errs.append(f"rec missing {k}: {r.get('text', '')[:40]}")
        if r["kind"] not in REC_KINDS:
            errs.append(f"bad rec kind {r['kind']}")
        if r["scope"] not in SCOPES:
            errs.append(f"bad scope {r['scope']}")
        for p in r["parties"] + r["targets"]:
            if p not in PARTIES:
                errs.append(f"non-canonical party {p!r}")
        if r["kind"] in ("recommendation", "committee") and not r["parties"]:
            errs.append(f"recommendation without party: {r['text'][:50]}")
        if not isinstance(r["n_locations"], int) or r["n_locations"] < 1:
            errs.append("bad n_locations")
        if r["number"] is not None and re.search(r"[.:)]$", r["number"]):
            errs.append(f"number with trailing punctuation {r['number']}")
    for a in g["action_plan"]:
        for k in AP_KEYS:
            if k not in a:
                errs.append(f"action row missing {k}")
        if a["lead_agency"] not in PARTIES:
            errs.append(f"non-canonical lead agency {a['lead_agency']!r}")
        if a["target_date"] is not None:
            dt.date.fromisoformat(a["target_date"])
    texts = [("section", s["heading"]) for s in g["sections"]]
    texts += [("loe", x["text"]) for x in g["lines_of_enquiry"]]
    texts += [("purpose", x["text"]) for x in g["purposes"]]
    texts += [("scope", x["text"]) for x in g["scope_facts"]]
    texts += [("rec", x["text"]) for x in g["recommendations"]]
    texts += [("action", x["action"]) for x in g["action_plan"]]
    texts += [("officer", x["lead_officer"]) for x in g["action_plan"] if x["lead_officer"]]
    texts += [("date", x["target_date_text"]) for x in g["action_plan"]
              if x["target_date_text"]]
    for f in g["files"]:
        fp = HERE / f
        if not fp.exists():
            errs.append(f"missing file {f}")
            continue
        pdf = f.endswith(".pdf")
        raw = pdf_text(fp) if pdf else docx_text(fp)
        doc = words(raw)
        index: dict = {}
        for i, t in enumerate(doc):
            index.setdefault(t, []).append(i)
        squashed = "".join(doc)
        for kind, t in texts:
            if pdf and len(t) < 40 and "".join(words(t)) in squashed:
                continue  # short cell text wrapped inside a word ("31/05/20" + "23")
            if not occurs(words(t), doc, index, MAX_GAP_PDF if pdf else 0, pdf):
                errs.append(f"{f}: {kind} text not found: {t[:90]!r}")
    return errs


def main() -> int:
    golds = sorted(HERE.glob("*.gold.json"))
    bad = 0
    held_types, held_prod, all_types = set(), set(), set()
    for gp in golds:
        errs = check_file(gp)
        g = json.loads(gp.read_text(encoding="utf-8"))
        all_types.add(g["document_type"])
        if g["split"] == "heldout":
            held_types.add(g["document_type"])
            held_prod.add("html" if all(f.endswith(".pdf") for f in g["files"]) else "docx")
        status = "OK " if not errs else "FAIL"
        print(f"{status} {gp.name} ({len(g['recommendations'])} recs, "
              f"{len(g['action_plan'])} action rows, {len(g['sections'])} sections)")
        for e in errs:
            print("    ", e)
        bad += bool(errs)
    if all_types - held_types:
        print("held-out split lacks document types:", sorted(all_types - held_types))
        bad += 1
    if held_prod != {"html", "docx"}:
        print("held-out split lacks a producer:", held_prod)
        bad += 1
    print(f"{len(golds)} gold files, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
