"""Sentences and agency mentions of a text: what the extractors ask of spaCy.

:func:`load_analyzer` gives, once per process and gazetteer, the analyzer the extractors use: the
plain-Python :class:`~reviewminer.analysis.gazetteer.GazetteerAnalyzer`, which tokenizes, splits
sentences and matches the gazetteer exactly as the spaCy pipeline of :mod:`reviewminer.nlp` does
(a test compares them) without importing spaCy, so a one-page document is read in a fraction of a
second from a cold start. spaCy's pipeline is used instead (``spacy=True``, or rules whose token
patterns the plain matcher does not know, or a phrase naming two bodies, which spaCy orders by
hash) through :class:`~reviewminer.analysis.spacy_backend.SpacyAnalyzer`.
"""

from __future__ import annotations

import logging

from reviewminer.analysis.base import (
    PIECE_CHARS,
    Analysis,
    Analyzer,
    Entity,
    Remembering,
    Sentence,
    split_text,
)
from reviewminer.analysis.patterns import agency_patterns, national_bodies, rules_fingerprint
from reviewminer.rules import RulesSpec, load_rules

__all__ = ["PIECE_CHARS", "Analysis", "Analyzer", "Entity", "Remembering", "Sentence",
           "load_analyzer", "split_text"]

log = logging.getLogger(__name__)

#: (pipeline key, spaCy or not) -> analyzer; pipeline key = hash of the gazetteer it is built from.
_ANALYZERS: dict[tuple[str, bool], Analyzer] = {}
#: Rules fingerprint -> pipeline key.
_KEYS: dict[str, str] = {}
#: Analyzers kept per process (one per distinct gazetteer).
MAX_CACHED_ANALYZERS = 4


def load_analyzer(rules: RulesSpec = None, *, spacy: bool = False) -> Analyzer:
    """The analyzer for these rules (anything :func:`reviewminer.rules.load_rules` takes), once
    per process: the plain one, or spaCy's pipeline when ``spacy`` is set or the plain one cannot
    match these rules as spaCy does."""
    rules = load_rules(rules)
    key = _KEYS.get(rules.fingerprint)
    if key is None:  # hashing the gazetteer costs ~1 ms: once per rule set, not per document
        key = _KEYS[rules.fingerprint] = rules_fingerprint(rules)
    analyzer = _ANALYZERS.get((key, spacy))
    if analyzer is None:
        analyzer = _build(rules, spacy)
        if len(_ANALYZERS) >= MAX_CACHED_ANALYZERS:
            _ANALYZERS.pop(next(iter(_ANALYZERS)))
        _ANALYZERS[(key, spacy)] = analyzer
    return analyzer


def _build(rules: RulesSpec, spacy: bool) -> Analyzer:
    rules = load_rules(rules)
    if not spacy:
        from reviewminer.analysis.gazetteer import GazetteerAnalyzer, load_tokenizer_data
        from reviewminer.analysis.matcher import UnsupportedPattern

        try:
            return GazetteerAnalyzer(load_tokenizer_data(), agency_patterns(rules),
                                     stop_words=rules.parties.not_place_words,
                                     no_place=national_bodies(rules))
        except UnsupportedPattern as e:
            log.debug("the gazetteer needs spaCy's matcher (%s): using spaCy", e)
    from reviewminer.analysis.spacy_backend import SpacyAnalyzer
    from reviewminer.nlp import load_pipeline

    return SpacyAnalyzer(load_pipeline(rules))
