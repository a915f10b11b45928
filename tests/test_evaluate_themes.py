"""The theme scorer: items matched by their first words and number, per-theme scores."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from reviewminer.evaluate.themes import evaluate_themes, main, match_items


def _rec(number: str | None, text: str, themes: tuple[str, ...]) -> SimpleNamespace:
    return SimpleNamespace(number=number, text=text, themes=themes, theme_scores="why")


RECS = [
    _rec("1", "The Partnership should share information with schools.", ("information_sharing",)),
    _rec("2", "The Partnership should provide training on neglect.", ("training_workforce",)),
    _rec("3", "Police should attend strategy meetings.", ("multi_agency_working", "neglect")),
]


@pytest.fixture
def fixture_dirs(tmp_path: Path) -> tuple[Path, Path]:
    gold, docs = tmp_path / "gold", tmp_path / "docs"
    gold.mkdir()
    docs.mkdir()
    (docs / "doc_a.pdf").write_bytes(b"%PDF-1.4 not read")
    (gold / "doc_a.json").write_text(json.dumps({"doc": "doc_a", "items": [
        {"number": "2", "starts": "The Partnership should provide", "themes":
         ["training_workforce", "neglect"]},
        {"number": "1", "starts": "The Partnership should share", "themes": ["information_sharing"]},
        {"number": "3", "starts": "Police should attend", "themes": ["multi_agency_working"]},
        {"number": "9", "starts": "Nothing like this was extracted", "themes": ["housing"]},
    ]}))
    (gold / "missing_doc.json").write_text(json.dumps({"doc": "missing_doc", "items": []}))
    return gold, docs


def _reader(path: Path) -> SimpleNamespace:
    return SimpleNamespace(recommendations=RECS)


def test_items_match_by_first_words_and_number():
    items = [{"number": "2", "starts": "The Partnership should"},
             {"number": "1", "starts": "The Partnership should"}]
    pairs = sorted((i, j) for i, j, _ in match_items(items, RECS))
    assert pairs == [(0, 1), (1, 0)]  # same first words: the number decides


def test_scores_per_theme_and_overall(fixture_dirs):
    gold, docs = fixture_dirs
    ev = evaluate_themes(gold, [docs], reader=_reader)
    assert ev.failures == {"missing_doc": "document not found in the document folders"}
    assert len(ev.items) == 4 and len(ev.matched) == 3
    rows = ev.per_theme()
    assert rows["neglect"] == {"n_gold": 1, "n_pred": 1, "tp": 0, "precision": 0.0,
                               "recall": 0.0, "f1": 0.0}
    assert rows["information_sharing"]["f1"] == 1.0
    assert "housing" not in rows  # its item matched nothing: not scored
    o = ev.overall()
    assert o["micro_precision"] == 0.75 and o["micro_recall"] == 0.75
    assert o["exact_match"] == round(1 / 3, 4)


def test_command_line(fixture_dirs, capsys, monkeypatch, tmp_path):
    gold, docs = fixture_dirs
    monkeypatch.setattr("reviewminer.read", _reader)
    out = tmp_path / "scores.json"
    assert main([str(gold), str(docs), "--items", "--json", str(out)]) == 1  # one failure
    printed = capsys.readouterr().out
    assert "items compared: 3 of 4" in printed and "UNMATCHED" in printed
    assert json.loads(out.read_text())["overall"]["matched"] == 3
