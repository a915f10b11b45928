"""The plain-Python analyzer gives what spaCy's pipeline gives: the same tokens, sentences and
entities, on the sample reports, on texts made to hit the tokenizer's corners, on random texts,
on long texts cut into pieces, and with token patterns of every operator."""

from __future__ import annotations

import json
import random
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import spacy

from reviewminer.analysis import Analysis, load_analyzer
from reviewminer.analysis.gazetteer import GazetteerAnalyzer, load_tokenizer_data
from reviewminer.analysis.spacy_backend import SpacyAnalyzer
from reviewminer.analysis.tokenizer import Tokenizer, tokenizer_data_path
from reviewminer.nlp import (
    agency_patterns,
    load_pipeline,
    national_bodies,
    saved_pipeline_dir,
    tokenizer_data,
)
from reviewminer.rules import load_rules

SAMPLE_DOCS = Path(__file__).resolve().parents[2] / "sample_docs"

#: Texts that reach the tokenizer's corners: special cases inside affixes, emoticons, URLs,
#: abbreviations, whitespace runs and texts that start with a space, and the place-prefix rules.
TRICKY = [
    "", " ", "  ", "\n", " Kent Police should act.", "(:)", "x:)", ":)", "e.g.,", "(e.g.", "U.K.)",
    "Mr. Smith's dog (i.e. the LSCB's) at 9a.m. and 10p.m.", "’’", "don't Don't can't", "N.B.:",
    "'s", "a\u00a0b", "\tx", "St. John's", "see http://example.org/a-b?c=d. or www.gov.uk/x,",
    "the ICBs, CCGs' and GPs’ work", "Multi-agency/MASH-led (CAMHS) A&E £5 5% 1.2 ...",
    "x  y\n\nz   w ", "Northbridge Constabulary and the Eastmoor ICB should jointly review MASH.",
    "Train housing staff. Northbridge Constabulary should. Westvale police should.",
    "London Borough of Bexley and Royal Borough of Kensington and Chelsea should act.",
    "City of Leeds Metropolitan District Council, NHS Kernow and NHS England should act.",
    "The Council of the Isles of Scilly. Kelvingate SAB and the Home Office.",
    "Thurrock Local Safeguarding Children Board; the local authorities; Local Authorities.",
]


@cache
def sample_texts() -> tuple[str, ...]:
    """The texts of the sample .docx reports, and their paragraphs."""
    import reviewminer

    texts: list[str] = []
    for path in sorted(SAMPLE_DOCS.glob("*.docx")):
        text = reviewminer.read(path).text
        texts.append(text)
        texts += [p for p in text.split("\n") if p.strip()]
    return tuple(texts)


def random_texts(n: int, seed: int = 7) -> list[str]:
    tok = Tokenizer(load_tokenizer_data())
    pieces = [*tok.specials, "Police", "LSCB's", "(", ")", ".", ",", "'", "’", "-", "/", ":",
              ";", '"', "“", "”", "...", "…", "e.g", "St", "9", "a.m", "http://x.org/a", "&",
              "£5", "x-y", "A&E", "O'Brien", "[", "*", "?", "!", "\u2013", "1.2", "U.K", "Mr",
              "n't", "Multi-agency", "CAMHS,", "(ICB)", "ICBs.", ":-)", "Kent", "the", "Council",
              "Local", "Authority", "NHS", "Kernow", "London", "Borough", "of", "Bexley"]
    seps = [" ", "", "", "  ", "\n", " \n", "\t", "\u00a0"]
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        words = [rnd.choice(pieces) + rnd.choice(seps) for _ in range(rnd.randint(1, 10))]
        out.append(("" if rnd.random() < 0.7 else rnd.choice(seps)) + "".join(words))
    return out


def test_the_tokenizer_rules_are_those_of_the_saved_pipeline() -> None:
    """Both come from ``python -m reviewminer.nlp`` (the installed spaCy version aside)."""
    shipped = json.loads(tokenizer_data_path().read_text(encoding="utf-8"))
    saved = tokenizer_data(load_pipeline())
    shipped.pop("spacy_version"), saved.pop("spacy_version")
    assert shipped == saved, \
        "models/reviewminer_en_tokenizer.json is stale: run python -m reviewminer.nlp"


def test_tokens_are_spacys() -> None:
    nlp = load_pipeline()
    tok = Tokenizer(load_tokenizer_data())
    for text in [*TRICKY, *sample_texts()[:40], *random_texts(3000)]:
        doc = nlp.tokenizer(text)
        words, starts, first_known = tok(text)
        assert (words, starts) == ([t.text for t in doc], [t.idx for t in doc]), text
        if len(doc):  # spaCy leaves the sentence start unset when a special case replaced it
            assert first_known == (doc[0].is_sent_start is not None), text


@pytest.mark.parametrize("sentences", [True, False])
def test_analyses_are_spacys(sentences: bool) -> None:
    plain, ours = load_analyzer(), load_analyzer(spacy=True)
    assert isinstance(plain, GazetteerAnalyzer) and isinstance(ours, SpacyAnalyzer)
    texts = [*TRICKY, *sample_texts(), *random_texts(500, seed=11)]
    found = list(plain.pipe(texts, sentences=sentences))
    assert found == list(ours.pipe(texts, sentences=sentences))
    assert sum(len(a.ents) for a in found) > 1000  # the comparison compared entities


def test_a_text_over_the_length_limit_is_analysed_in_the_same_pieces() -> None:
    rules = load_rules()
    data = {**load_tokenizer_data(), "max_length": 3000}
    plain = GazetteerAnalyzer(data, agency_patterns(rules),
                              stop_words=rules.parties.not_place_words,
                              no_place=national_bodies(rules))
    nlp = spacy.load(saved_pipeline_dir())  # a copy of the saved pipeline, to change
    nlp.max_length = 3000
    text = " ".join(TRICKY[-8:]) * 40  # ~18,000 characters: pieces of at most 3,000
    result: Analysis = plain(text)
    assert result == SpacyAnalyzer(nlp)(text)
    assert len(result.ents) > 200 and result.text == text


#: Token patterns with every operator and the attribute tests the plain matcher knows.
TOKEN_PATTERNS: list[list[dict[str, Any]]] = [
    [{"LOWER": "a"}, {"LOWER": "b", "OP": "?"}, {"LOWER": "c", "OP": "?"}],
    [{"LOWER": "b", "OP": "*"}, {"ORTH": "C", "OP": "+"}],
    [{"TEXT": "A"}, {"IS_PUNCT": True, "OP": "!"}, {"LOWER": {"IN": ["c", "d"]}}],
    [{"IS_TITLE": True, "LOWER": {"NOT_IN": ["a"]}}, {"IS_UPPER": True, "OP": "+"}],
    [{"IS_DIGIT": True}, {"LENGTH": 1, "IS_ALPHA": True, "OP": "?"}, {"IS_LOWER": True}],
]


def test_token_patterns_match_as_spacys_matcher() -> None:
    # one body: spaCy orders two bodies' matches of the same words by its matching states
    patterns = [{"label": "ORG", "pattern": p, "id": "body", "attr": "TOKENS"}
                for p in TOKEN_PATTERNS]
    patterns.append({"label": "ORG", "pattern": "b c", "id": "phrase"})
    plain = GazetteerAnalyzer(load_tokenizer_data(), patterns)
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("reviewminer_agencies").add_patterns(patterns)  # type: ignore[attr-defined]
    nlp.add_pipe("reviewminer_place_prefix")
    rnd = random.Random(3)
    words = ["a", "A", "b", "B", "c", "C", "D", "Dd", "d", "1", "x", "X", ",", ".", "9"]
    texts = [" ".join(rnd.choice(words) for _ in range(rnd.randint(1, 12))) for _ in range(1500)]
    found = list(plain.pipe(texts))
    assert found == list(SpacyAnalyzer(nlp).pipe(texts))
    assert {e.ent_id for a in found for e in a.ents} == {"body", "phrase"}
    spans = {(e.text, e.ent_id) for a in found for e in a.ents}
    assert {("A B c", "body"), ("1 c", "body"), ("b c", "phrase")} <= spans


def test_rules_the_plain_matcher_cannot_follow_use_spacy() -> None:
    assert isinstance(load_analyzer(), GazetteerAnalyzer)
    regex = load_rules({"parties": {"agencies": [
        {"canonical": "Northbridge Youth Hub", "category": "voluntary", "names": ["NYH"],
         "token_patterns": [[{"TEXT": {"REGEX": "^North"}}, {"LOWER": "hub"}]]}]}})
    assert isinstance(load_analyzer(regex), SpacyAnalyzer)
    # two bodies' token patterns that can start at the same word ("City of X" of the shipped
    # Local Authority patterns): spaCy orders their matches of the same words by its states
    city = load_rules({"parties": {"agencies": [
        {"canonical": "City Hub", "category": "voluntary", "names": ["City Hub"],
         "token_patterns": [[{"LOWER": "city"}, {"IS_TITLE": True}]]}]}})
    assert isinstance(load_analyzer(city), SpacyAnalyzer)
    # one name for two bodies: spaCy decides between them by hash; the plain matcher cannot say
    twice = load_rules({"parties": {"agencies": [
        {"canonical": "Northbridge Youth Hub", "category": "voluntary",
         "names": ["Local Authority"]}]}})
    analyzer = load_analyzer(twice)
    assert isinstance(analyzer, SpacyAnalyzer)
    assert [e.text for e in analyzer("The Local Authority should act.").ents] == \
        ["Local Authority"]
