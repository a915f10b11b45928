"""pytest wrapper around check_gold.py (run: pytest sample_docs/more/test_gold.py)."""
from pathlib import Path

import pytest

import importlib.util

_spec = importlib.util.spec_from_file_location("check_gold", Path(__file__).with_name("check_gold.py"))
check_gold = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_gold)

GOLDS = sorted(Path(__file__).parent.glob("*.gold.json"))


@pytest.mark.parametrize("gold", GOLDS, ids=[g.name for g in GOLDS])
def test_gold_file(gold):
    assert check_gold.check_file(gold) == []


def test_corpus_balance():
    assert len(GOLDS) >= 16
    assert check_gold.main() == 0
