"""The special cases the affix rules split are exported with the tokenizer's rules (so that no
process derives them again); what is shipped must be what the rules give."""

from __future__ import annotations

from reviewminer.analysis.gazetteer import load_tokenizer_data
from reviewminer.analysis.tokenizer import Tokenizer


def test_the_shipped_split_specials_are_those_the_rules_give() -> None:
    data = load_tokenizer_data()
    assert "split_specials" in data, "run python -m reviewminer.nlp to export them"
    shipped = Tokenizer(data)
    derived = Tokenizer({k: v for k, v in data.items() if k != "split_specials"})
    assert shipped._split_specials == derived._split_specials
    assert shipped._split_specials == derived.find_split_specials(data["faster_heuristics"])
    assert shipped._split_firsts == derived._split_firsts
    # the same tokens either way, on texts holding split special cases
    texts = ["(:)", "x (:) y", "a :) b", "St. Mary's", "e.g. (c)"]
    texts += [f"[{s}]" for s in list(shipped.specials)[:300]]
    for text in texts:
        assert shipped(text) == derived(text), text
