"""The one gold checker for every ``*.gold.json`` under ``sample_docs/`` (all folders).

For every gold file:

* schema ``reviewminer-gold/2`` (``kit.gold``): keys in order, value types, allowed document
  types, splits, producers, section kinds (``reviewminer.model.SectionKind``), recommendation
  kinds and scopes; party, target and lead-agency names are canonical names from
  ``models/rules/parties.json``; ISO dates; every recommendation's ``section`` is a gold heading;
  no recommendation twice; numbers without trailing punctuation;
* the files exist and fit the producer;
* every gold text (headings, lines of enquiry, purposes, scope facts, recommendations, action
  rows, lead officers, date texts) occurs in every listed file as an in-order word sequence:
  contiguous in the .docx (body, table cells, footnotes, headers/footers); in the PDF with short
  interruptions (running headers/footers, footnotes, neighbouring table cells, two-column
  pages, words split at a line end, a glued footnote number);
* gold headings are whole .docx paragraphs, in body order.

For the corpus: every document module listed in ``kit.corpus`` has a gold file and vice versa,
and the held-out split covers every document type and both producers.

Run: ``python -m sample_docs.kit.check [name ...]`` (exit status 1 on failure).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import unicodedata
import zipfile
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from sample_docs.kit import corpus
from sample_docs.kit import gold as schema

MAX_GAP_PDF = 60
QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-",
                        "\u00ad": ""})
TYPE_OF = {"files": list, "subjects": list, "sections": list, "lines_of_enquiry": list,
           "purposes": list, "recommendations": list, "scope_facts": (list, type(None)),
           "action_plan": (list, type(None))}


@lru_cache(maxsize=1)
def canonical_parties() -> frozenset[str]:
    data = json.loads((corpus.REPO / "models/rules/parties.json").read_text(encoding="utf-8"))
    return frozenset(a["canonical"] for a in data["agencies"])


# ------------------------------------------------------------------------------ schema

def check_schema(g: dict[str, Any], name: str) -> list[str]:
    if list(g) != list(schema.TOP_KEYS):
        return [f"top-level keys {list(g)} != {list(schema.TOP_KEYS)}"]
    errs = [f"{k} should be {t}" for k, t in TYPE_OF.items() if not isinstance(g[k], t)]
    if errs:
        return errs
    errs += _check_meta(g, name)
    headings = [s.get("heading") for s in g["sections"]]
    errs += [e for s in g["sections"] for e in _check_section(s)]
    for x in g["lines_of_enquiry"]:
        if list(x) != list(schema.LOE_KEYS) or not _text(x["text"]):
            errs.append(f"bad line of enquiry {x}")
    for x in g["purposes"] + (g["scope_facts"] or []):
        if list(x) != ["text"] or not _text(x["text"]):
            errs.append(f"bad purpose / scope fact {x}")
    texts: set[str] = set()
    for r in g["recommendations"]:
        errs += _check_rec(r, headings)
        if r["text"] in texts:
            errs.append(f"duplicate recommendation: {r['text'][:60]}")
        texts.add(r["text"])
    errs += [e for a in g["action_plan"] or [] for e in _check_action(a)]
    return errs


def _text(t: Any) -> bool:
    return isinstance(t, str) and bool(t.strip())


def _check_meta(g: dict[str, Any], name: str) -> list[str]:
    errs = []
    if g["schema"] != schema.SCHEMA:
        errs.append(f"schema {g['schema']!r} != {schema.SCHEMA!r}")
    if g["name"] != name:
        errs.append("name mismatch")
    if g["document_type"] not in schema.DOCUMENT_TYPES:
        errs.append(f"bad document_type {g['document_type']}")
    if g["split"] not in schema.SPLITS:
        errs.append(f"bad split {g['split']}")
    if g["producer"] not in schema.PRODUCERS:
        errs.append(f"bad producer {g['producer']}")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", g["publication_date"]):
        errs.append("publication_date is not an ISO date")
    dt.date.fromisoformat(g["publication_date"])
    if not all(_text(s) for s in g["subjects"]):
        errs.append("empty subject")
    pdf = f"{name}.pdf"
    ok_files = [[f"{name}.docx", pdf], [pdf]] if g["producer"] == "docx" else [[pdf]]
    if g["files"] not in ok_files:
        errs.append(f"files {g['files']} do not fit producer {g['producer']}")
    if not g["sections"]:
        errs.append("no sections")
    return errs


def _check_section(s: dict[str, Any]) -> list[str]:
    if list(s) != list(schema.SECTION_KEYS):
        return [f"section keys {list(s)}"]
    errs = []
    if s["kind"] not in schema.SECTION_KINDS:
        errs.append(f"bad section kind {s}")
    if not isinstance(s["level"], int) or s["level"] < 1:
        errs.append(f"bad level {s}")
    if s["number"] is not None and not isinstance(s["number"], str):
        errs.append(f"bad number {s}")
    if not s["title"] or s["title"] not in s["heading"]:
        errs.append(f"title not in heading {s}")
    return errs


def _check_rec(r: dict[str, Any], headings: list[str]) -> list[str]:
    if list(r) != list(schema.REC_KEYS):
        return [f"recommendation keys {list(r)}"]
    errs = []
    where = r["text"][:50] if _text(r["text"]) else repr(r)
    if r["kind"] not in schema.REC_KINDS:
        errs.append(f"bad rec kind {r['kind']}")
    if r["scope"] is not None and r["scope"] not in schema.SCOPES:
        errs.append(f"bad scope {r['scope']}")
    parties = r["parties"] + (r["targets"] or [])
    errs += [f"non-canonical party {p!r}" for p in parties if p not in canonical_parties()]
    if len(set(r["parties"])) != len(r["parties"]):
        errs.append(f"party listed twice: {where}")
    if r["kind"] in ("recommendation", "committee") and not r["parties"]:
        errs.append(f"recommendation without party: {where}")
    if r["n_locations"] is not None and (not isinstance(r["n_locations"], int)
                                         or r["n_locations"] < 1):
        errs.append(f"bad n_locations: {where}")
    if r["inferred"] is not None and not isinstance(r["inferred"], bool):
        errs.append(f"bad inferred: {where}")
    if r["number"] is not None and (not isinstance(r["number"], str)
                                    or re.search(r"[.:)]$", r["number"])):
        errs.append(f"number with trailing punctuation {r['number']}")
    if r["section"] not in headings:
        errs.append(f"section {r['section']!r} is not a gold heading")
    if re.match(r"^(R\d+|Recommendation \d+:?|\d+(\.\d+)*[.)]?)\s", r["text"]):
        errs.append(f"label inside the text: {where}")
    return errs


def _check_action(a: dict[str, Any]) -> list[str]:
    if list(a) != list(schema.ACTION_KEYS):
        return [f"action row keys {list(a)}"]
    errs = []
    if a["lead_agency"] not in canonical_parties():
        errs.append(f"non-canonical lead agency {a['lead_agency']!r}")
    if a["target_date"] is not None:
        dt.date.fromisoformat(a["target_date"])
    return errs


# ------------------------------------------------------------------------------ texts

def words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text.translate(QUOTES)).lower().replace("'", "")
    return re.findall(r"[a-z0-9]+", text)


@cache
def docx_words(path: Path) -> tuple[str, ...]:
    """Body paragraphs (table cells included) in document order, then footnotes and running
    headers/footers."""
    from docx import Document

    out = []
    for el in Document(str(path)).element.body.iter():
        if el.tag.split("}")[-1] == "p":
            out.append("".join((t.text or "") if t.tag.endswith("}t") else " "
                               for t in el.iter() if t.tag.split("}")[-1] in ("t", "tab", "br")))
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r"word/(footnotes|header\d*|footer\d*)\.xml$", n):
                out.append(re.sub(r"<[^>]+>", " ", z.read(n).decode()))
    return tuple(words("\n".join(out)))


@cache
def pdf_words(path: Path) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Two readings of a PDF: pdfplumber (pages, page halves for two-column layouts, table
    cells) and pypdfium2 (page text; a hyphen at a line end becomes a break)."""
    import pdfplumber
    import pypdfium2 as pdfium

    out = []
    with pdfplumber.open(str(path)) as pdf:
        for pg in pdf.pages:
            out.append(pg.extract_text() or "")
            w, h = pg.width, pg.height
            out.append(pg.crop((0, 0, w / 2, h)).extract_text() or "")
            out.append(pg.crop((w / 2, 0, w, h)).extract_text() or "")
            for t in pg.extract_tables():
                for row in t:
                    out.extend(c for c in row if c)
    doc = pdfium.PdfDocument(str(path))
    try:
        text = "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()
    text = text.replace("\ufffe", "-").replace("\u00ad", "-")
    return tuple(words("\n".join(out))), tuple(words(text))


def _tok_eq(doc_tok: str, gold_tok: str) -> bool:
    """A PDF word may carry a glued footnote number ("guidance3")."""
    return doc_tok == gold_tok or (doc_tok.startswith(gold_tok)
                                   and doc_tok[len(gold_tok):].isdigit())


def occurs_with_gaps(needle: Sequence[str], hay: Sequence[str], max_gap: int) -> bool:
    """``needle`` in order in ``hay`` with at most ``max_gap`` words between two of its words
    (0: contiguous)."""
    if not needle:
        return True
    eq = _tok_eq if max_gap else str.__eq__
    for s in (i for i, t in enumerate(hay) if eq(t, needle[0])):
        pos = s
        for g in needle[1:]:
            nxt = next((k for k in range(pos + 1, min(len(hay), pos + 2 + max_gap))
                        if eq(hay[k], g)), None)
            if nxt is None:
                break
            pos = nxt
        else:
            return True
    return False


def words_in_order(needle: Sequence[str], hay: Sequence[str]) -> bool:
    """``needle`` in order in ``hay`` with a limited number of interleaved words in total, and
    words split in two at a line break."""
    if not needle:
        return True
    limit = 30 + len(needle) // 4
    for start, w in enumerate(hay):
        if w != needle[0] and not needle[0].startswith(w):
            continue
        i, j, skipped = 0, start, 0
        while i < len(needle) and j < len(hay) and skipped <= limit:
            if hay[j] == needle[i]:
                i, j = i + 1, j + 1
            elif j + 1 < len(hay) and hay[j] + hay[j + 1] == needle[i]:
                i, j = i + 1, j + 2
            elif i == 0:
                break
            else:
                skipped, j = skipped + 1, j + 1
        if i == len(needle):
            return True
    return False


def in_pdf(t: str, path: Path) -> bool:
    plumber, pdfium = pdf_words(path)
    w = words(t)
    if len(t) < 40 and "".join(w) in "".join(plumber):
        return True  # short cell text wrapped inside a word ("31/05/20" + "23")
    return occurs_with_gaps(w, plumber, MAX_GAP_PDF) or words_in_order(w, pdfium)


def gold_texts(g: dict[str, Any], docx: bool = False) -> Iterator[tuple[str, str]]:
    if not docx:
        yield from (("section", s["heading"]) for s in g["sections"])
    yield from (("loe", x["text"]) for x in g["lines_of_enquiry"])
    yield from (("purpose", x["text"]) for x in g["purposes"])
    yield from (("scope", x["text"]) for x in g["scope_facts"] or [])
    yield from (("rec", x["text"]) for x in g["recommendations"])
    for a in g["action_plan"] or []:
        yield "action", a["action"]
        if a["lead_officer"]:
            yield "officer", a["lead_officer"]
        if a["target_date_text"]:
            yield "date", a["target_date_text"]


def check_texts(g: dict[str, Any], folder: Path) -> list[str]:
    errs = []
    # auto-numbered headings carry their number outside the .docx paragraph text (checked
    # by _check_heading_paragraphs), so only the PDF reading checks the printed heading
    for f in g["files"]:
        fp = folder / f
        if not fp.exists():
            errs.append(f"missing file {f}")
            continue
        for kind, t in gold_texts(g, docx=f.endswith(".docx")):
            if f.endswith(".pdf"):
                found = in_pdf(t, fp)
            else:
                found = occurs_with_gaps(words(t), docx_words(fp), 0)
            if not found:
                errs.append(f"{f}: {kind} text not found: {t[:90]!r}")
        if f.endswith(".docx"):
            errs += _check_heading_paragraphs(g, fp)
    return errs


def _check_heading_paragraphs(g: dict[str, Any], path: Path) -> list[str]:
    """Each gold heading (or, when Word numbers it, its title) is a whole paragraph, in order."""
    from docx import Document

    def ws(s: str) -> str:
        return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s).replace("\u00a0", " ")).strip()

    body = Document(str(path)).element.body
    paras = [ws("".join(t.text or "" for t in p.iter() if t.tag.endswith("}t")))
             for p in body.iter() if p.tag.split("}")[-1] == "p"]
    pos = 0
    for s in g["sections"]:
        wanted = {ws(s["heading"]), ws(s["title"])}
        hit = next((i for i in range(pos, len(paras)) if paras[i] in wanted), None)
        if hit is None:
            return [f"{path.name}: heading {s['heading']!r} not a paragraph in order"]
        pos = hit + 1
    return []


# ------------------------------------------------------------------------------ corpus

def check_file(path: Path) -> list[str]:
    """Every problem with one gold file ([] if none)."""
    g = schema.load(path)
    errs = check_schema(g, path.name.removesuffix(".gold.json"))
    return errs or check_texts(g, path.parent)


def gold_paths() -> list[Path]:
    return sorted(corpus.SAMPLE_DOCS.rglob("*.gold.json"))


def check_corpus() -> list[str]:
    """Registry vs gold files, and the balance of the held-out split."""
    errs = []
    for folder in corpus.FOLDERS.values():
        have = {p.name.removesuffix(".gold.json") for p in folder.path.glob("*.gold.json")}
        want = set(folder.documents)
        errs += [f"{folder.path.name}: no gold file for {n}" for n in sorted(want - have)]
        errs += [f"{folder.path.name}: gold file without module {n}" for n in sorted(have - want)]
    golds = [schema.load(p) for p in gold_paths()]
    held = [g for g in golds if g.get("split") == "heldout"]
    missing = {g["document_type"] for g in golds} - {g["document_type"] for g in held}
    if missing:
        errs.append(f"held-out split lacks document types {sorted(missing)}")
    if {g.get("producer") for g in held} != schema.PRODUCERS:
        errs.append("held-out split lacks a producer")
    return errs


def main(argv: Sequence[str] | None = None) -> int:
    names = set(sys.argv[1:] if argv is None else argv)
    bad = 0
    for p in gold_paths():
        if names and p.name.removesuffix(".gold.json") not in names:
            continue
        errs = check_file(p)
        print(f"{'FAIL' if errs else 'OK  '} {p.relative_to(corpus.SAMPLE_DOCS)}")
        for e in errs:
            print("    ", e)
        bad += bool(errs)
    corpus_errs = [] if names else check_corpus()
    for e in corpus_errs:
        print("corpus:", e)
    bad += len(corpus_errs)
    print(f"{bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
