#!/usr/bin/env python3
"""Validate the gold files in sample_docs/extra/.

For every <name>.gold.json:
* schema: required keys in the documented order, value types, allowed document types, split
  ("dev"), producers, section kinds, recommendation kinds and scopes; party, target and
  action-plan lead-agency names must be canonical names from models/rules/parties.json;
  action-plan target dates are ISO dates or null;
* every listed file exists;
* every gold text (section headings, lines of enquiry, purposes, scope facts, recommendation
  texts, action-plan actions, lead officers and date texts) occurs in the text of every listed
  file as an in-order word sequence.  In the .docx the words must be contiguous; in the PDF,
  short interruptions (running headers/footers, page numbers, neighbouring table cells) are
  allowed.

Run: python sample_docs/extra/check_gold.py   (exit status 1 on failure)
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
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
            "split", "producer", "sections", "lines_of_enquiry", "purposes", "scope_facts",
            "recommendations", "action_plan"]
REC_KEYS = ["number", "kind", "text", "parties", "targets", "inferred", "scope", "finding",
            "n_locations", "section"]
AP_KEYS = ["recommendation_number", "action", "lead_agency", "lead_officer", "target_date",
           "target_date_text", "status"]
MAX_GAP_PDF = 60
QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-",
                        "\u00ad": ""})


def words(text: str) -> list[str]:
    text = text.translate(QUOTES).lower().replace("'", "")
    return re.findall(r"[a-z0-9]+", text)


def docx_text(path: Path) -> str:
    from docx import Document
    body = Document(str(path)).element.body
    out = []
    for el in body.iter():
        if el.tag.split("}")[-1] == "p":
            out.append("".join((t.text or "") if t.tag.endswith("}t") else " "
                               for t in el.iter() if t.tag.split("}")[-1] in ("t", "tab", "br")))
    return "\n".join(out)


def pdf_text(path: Path) -> str:
    import pdfplumber
    out = []
    with pdfplumber.open(str(path)) as pdf:
        for pg in pdf.pages:
            out.append(pg.extract_text() or "")
            for t in pg.extract_tables():
                for row in t:
                    out.extend(c for c in row if c)
    return "\n".join(out)


def occurs(gold: list[str], doc: list[str], index: dict, gap: int) -> bool:
    if not gold:
        return True
    for s in index.get(gold[0], []):
        pos, ok = s, True
        for g in gold[1:]:
            for k in range(pos + 1, min(len(doc), pos + 2 + gap)):
                if doc[k] == g:
                    pos = k
                    break
            else:
                ok = False
                break
        if ok:
            return True
    return False


def check(gp: Path) -> list[str]:
    errs = []
    g = json.loads(gp.read_text(encoding="utf-8"))
    if list(g) != TOP_KEYS:
        return [f"top-level keys {list(g)} != {TOP_KEYS}"]
    if g["name"] != gp.name[:-len(".gold.json")]:
        errs.append("name mismatch")
    if g["document_type"] not in DOC_TYPES:
        errs.append(f"bad document_type {g['document_type']}")
    if g["split"] != "dev":
        errs.append("split must be dev")
    if g["producer"] not in ("docx", "html"):
        errs.append("bad producer")
    want = {"docx": [f"{g['name']}.docx", f"{g['name']}.pdf"], "html": [f"{g['name']}.pdf"]}
    if g["files"] != want.get(g["producer"]):
        errs.append(f"files {g['files']} do not fit producer {g['producer']}")
    dt.date.fromisoformat(g["publication_date"])
    if not isinstance(g["subjects"], list) or not g["subjects"]:
        errs.append("subjects must be a non-empty list")
    headings = []
    for s in g["sections"]:
        if list(s) != ["heading", "number", "title", "level", "kind"]:
            errs.append(f"section keys {list(s)}")
            continue
        if s["kind"] not in SECTION_KINDS:
            errs.append(f"bad section kind {s}")
        if s["level"] not in (1, 2, 3):
            errs.append(f"bad level {s}")
        if s["title"] not in s["heading"]:
            errs.append(f"title not in heading: {s}")
        headings.append(s["heading"])
    for x in g["lines_of_enquiry"]:
        if list(x) != ["number", "text"]:
            errs.append(f"loe keys {list(x)}")
    for x in g["purposes"] + g["scope_facts"]:
        if list(x) != ["text"]:
            errs.append(f"purpose/scope keys {list(x)}")
    for r in g["recommendations"]:
        if list(r) != REC_KEYS:
            errs.append(f"rec keys {list(r)}")
            continue
        if r["kind"] not in REC_KINDS:
            errs.append(f"bad rec kind {r['kind']}")
        if r["scope"] not in SCOPES:
            errs.append(f"bad scope {r['scope']}")
        for p in r["parties"] + r["targets"]:
            if p not in PARTIES:
                errs.append(f"non-canonical party {p!r}")
        if r["kind"] in ("recommendation", "committee") and not r["parties"]:
            errs.append(f"recommendation without party: {r['text'][:50]}")
        if not isinstance(r["inferred"], bool):
            errs.append("inferred must be boolean")
        if not isinstance(r["n_locations"], int) or r["n_locations"] < 1:
            errs.append("bad n_locations")
        if r["number"] is not None and re.search(r"[.:)\s]$|^[(\s]", r["number"]):
            errs.append(f"number with punctuation {r['number']!r}")
        if r["section"] not in headings:
            errs.append(f"rec section not a gold heading: {r['section']!r}")
    seen = set()
    for r in g["recommendations"]:
        k = " ".join(words(r["text"]))
        if k in seen:
            errs.append(f"duplicate recommendation: {r['text'][:50]}")
        seen.add(k)
    for a in g["action_plan"]:
        if list(a) != AP_KEYS:
            errs.append(f"action keys {list(a)}")
            continue
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
        doc = words(pdf_text(fp) if pdf else docx_text(fp))
        index: dict = {}
        for i, t in enumerate(doc):
            index.setdefault(t, []).append(i)
        squashed = "".join(doc)
        for kind, t in texts:
            if pdf and len(t) < 40 and "".join(words(t)) in squashed:
                continue  # short table-cell text wrapped inside a word
            if not occurs(words(t), doc, index, MAX_GAP_PDF if pdf else 0):
                errs.append(f"{f}: {kind} text not found: {t[:90]!r}")
    return errs


def main() -> int:
    golds = sorted(HERE.glob("*.gold.json"))
    bad = 0
    for gp in golds:
        errs = check(gp)
        g = json.loads(gp.read_text(encoding="utf-8"))
        print(f"{'OK ' if not errs else 'FAIL'} {gp.name} ({len(g.get('recommendations', []))} "
              f"recs, {len(g.get('action_plan', []))} action rows, "
              f"{len(g.get('sections', []))} sections)")
        for e in errs:
            print("    ", e)
        bad += bool(errs)
    print(f"{len(golds)} gold files, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
