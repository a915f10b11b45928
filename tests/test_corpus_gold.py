"""Every gold file under sample_docs/ (all folders) passes the one gold checker
(``sample_docs.kit.check``): schema reviewminer-gold/2, canonical parties, files present, every
gold text found in every listed file, headings in order; and the corpus is complete and
balanced.  These tests read the committed files only (no LibreOffice / Chromium)."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from sample_docs.kit import check, corpus
from sample_docs.kit import gold as schema

GOLDS = check.gold_paths()


def _id(p: Path) -> str:
    return str(p.relative_to(corpus.SAMPLE_DOCS)).removesuffix(".gold.json")


@pytest.mark.parametrize("gold_path", GOLDS, ids=[_id(p) for p in GOLDS])
def test_gold_file(gold_path: Path):
    assert check.check_file(gold_path) == []


def test_corpus_complete_and_balanced():
    assert len(GOLDS) == sum(len(f.documents) for f in corpus.FOLDERS.values()) >= 40
    assert check.check_corpus() == []


def _first_with(key: str) -> dict:
    return next(g for g in map(schema.load, GOLDS) if g[key])


@pytest.mark.parametrize("mutate,message", [
    (lambda g: g.update(schema="reviewminer-gold/1"), "schema"),
    (lambda g: g["sections"][0].update(kind="preface"), "bad section kind"),
    (lambda g: g["recommendations"][0].update(parties=["The Council"]), "non-canonical party"),
    (lambda g: g["recommendations"][0].update(section="No such heading"), "not a gold heading"),
    (lambda g: g["recommendations"][0].update(number="3."), "trailing punctuation"),
    (lambda g: g.pop("producer"), "top-level keys"),
])
def test_checker_rejects_bad_schema(mutate, message):
    g = copy.deepcopy(_first_with("recommendations"))
    mutate(g)
    errs = check.check_schema(g, g["name"])
    assert any(message in e for e in errs), errs


def test_checker_rejects_text_not_in_document():
    path = next(p for p in GOLDS if p.parent == corpus.SAMPLE_DOCS)
    g = schema.load(path)
    g["recommendations"][0]["text"] = "The Board should paint every office purple by Friday."
    errs = check.check_texts(g, path.parent)
    assert len([e for e in errs if "purple" in e]) == len(g["files"])


def test_section_kinds_come_from_the_model():
    from reviewminer.model import SectionKind

    assert {k.value for k in SectionKind} == schema.SECTION_KINDS


def test_upgrade_keeps_content():
    v1 = {"name": "x", "files": ["x.pdf"], "document_type": "sar", "title": "T",
          "subjects": ["Mr X"], "area": "A", "publication_date": "2020-01-02", "split": "dev",
          "sections": [{"heading": "1. Recs", "number": "1", "title": "Recs", "level": 1,
                        "kind": "recommendations"}],
          "lines_of_enquiry": [{"number": None, "text": "q"}], "purposes": [],
          "recommendations": [{"number": "1", "kind": "recommendation", "text": "t",
                               "parties": ["Police"], "section": "1. Recs"}]}
    v2 = schema.upgrade(v1)
    assert list(v2) == list(schema.TOP_KEYS) and v2["schema"] == schema.SCHEMA
    assert v2["producer"] == "docx" and v2["scope_facts"] is None and v2["action_plan"] is None
    rec = v2["recommendations"][0]
    assert list(rec) == list(schema.REC_KEYS)
    assert {k: rec[k] for k in v1["recommendations"][0]} == v1["recommendations"][0]
    assert all(rec[k] is None for k in schema.OPTIONAL_REC_KEYS)
    assert schema.upgrade(v2) == v2


def test_words_in_order_tolerates_interruptions():
    w = check.words
    hay = tuple(w("the board should ensure STRICTLY CONFIDENTIAL Page 3 of 9 that multi-"
                  "\nagency training is provided"))
    assert check.words_in_order(w("The Board should ensure that multi-agency training is "
                                  "provided"), hay)
    assert not check.words_in_order(w("The Board should ensure that nothing happens"), hay)
    assert check.occurs_with_gaps(w("local guidance was"), tuple(w("local guidance3 was")), 5)
    assert not check.occurs_with_gaps(w("local guidance was"), tuple(w("local guidance3 was")),
                                      0)
