"""The analysis spaCy's pipeline (:mod:`reviewminer.nlp`) gives, in plain Python: the same
tokens (:mod:`.tokenizer`), sentences (spaCy's ``sentencizer``), gazetteer matches
(``reviewminer_agencies``: names case-insensitively, abbreviations as written, token patterns)
and place names taken into a body's name (``reviewminer_place_prefix``), built from the same rule
data. Loading it costs 60-90 ms (mostly compiling spaCy's affix patterns) where importing spaCy
and loading the saved pipeline cost 1-1.5 s; a test checks that both give the same analyses.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from itertools import pairwise
from typing import Any

from reviewminer.analysis.base import (
    PIECE_CHARS,
    Analysis,
    Entity,
    Sentence,
    join_pieces,
    split_text,
)
from reviewminer.analysis.matcher import (
    Match,
    PhraseMatcher,
    TokenMatcher,
    Tokens,
    filter_spans,
    is_punct,
)
from reviewminer.analysis.tokenizer import Tokenizer, tokenizer_data_path

__all__ = ["GazetteerAnalyzer", "load_tokenizer_data"]

#: How many capitalised words before a body's name can be its place ("Kelvingate", "North
#: Yorkshire"): the ``max_tokens`` of ``reviewminer_place_prefix``.
PLACE_MAX_TOKENS = 3


def load_tokenizer_data() -> dict[str, Any]:
    with open(tokenizer_data_path(), encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


class GazetteerAnalyzer:
    """Sentences and agency entities of texts. ``patterns`` are the entity ruler's
    (:func:`reviewminer.nlp.agency_patterns`); ``stop_words`` never start a place name and
    ``no_place`` bodies never take one. Raises
    :class:`~reviewminer.analysis.matcher.UnsupportedPattern` for patterns it cannot match as
    spaCy does."""

    def __init__(self, data: Mapping[str, Any], patterns: Iterable[Mapping[str, Any]], *,
                 stop_words: Iterable[str] = (), no_place: Iterable[str] = ()) -> None:
        self.tokenizer = Tokenizer(data)
        self.punct_chars = frozenset(data["punct_chars"])
        self.max_length = int(data["max_length"])
        self.piece_chars = min(PIECE_CHARS, self.max_length)
        self.stop_words = frozenset(w.lower() for w in stop_words)
        self.no_place = frozenset(no_place)
        self._lower = PhraseMatcher()
        self._orth = PhraseMatcher()
        self._tokens = TokenMatcher()
        self._labels: dict[str, tuple[str, str]] = {}
        for p in patterns:
            self._add(p)

    def _add(self, p: Mapping[str, Any]) -> None:
        attr = p.get("attr", "LOWER")
        key = f"{p['label']}|{p['id']}"
        self._labels[key] = (p["label"], p["id"])
        if attr == "TOKENS":
            self._tokens.add(key, p["pattern"])
            return
        words, _, _ = self.tokenizer(p["pattern"])
        if attr == "LOWER":
            self._lower.add(key, [w.lower() for w in words])
        elif attr == "ORTH":
            self._orth.add(key, words)
        else:
            raise ValueError(f"pattern attr must be LOWER, ORTH or TOKENS, got {attr!r}")

    def __call__(self, text: str) -> Analysis:
        return self._analyse(text, True)

    def pipe(self, texts: Iterable[str], *, sentences: bool = True) -> Iterator[Analysis]:
        for text in texts:
            yield self._analyse(text, sentences)

    def _analyse(self, text: str, sentences: bool) -> Analysis:
        if len(text) <= self.max_length:
            return self._piece(text, sentences)
        pieces = split_text(text, self.piece_chars)  # as spaCy's pipeline does (nlp.py)
        offsets = [0]
        for p in pieces[:-1]:
            offsets.append(offsets[-1] + len(p))
        return join_pieces(text, ((o, self._piece(p, sentences))
                                  for o, p in zip(offsets, pieces, strict=True)))

    def _piece(self, text: str, sentences: bool) -> Analysis:
        words, starts, first_known = self.tokenizer(text)
        tokens = Tokens.of(words, starts)
        breaks = self._sentence_starts(words) if sentences else []
        ents = self._matches(tokens)
        if ents:
            ents = self._place_prefix(tokens, ents, self._sent_start(words, breaks, sentences,
                                                                     first_known))
        sents: tuple[Sentence, ...] = ()
        if breaks:  # (none without sentences, or without words)
            sents = tuple(Sentence(starts[a], starts[b - 1] + len(words[b - 1]))
                          for a, b in pairwise([*breaks, len(words)]))
        if not ents:  # (most short texts name no body)
            return Analysis(text, sents, ())
        return Analysis(text, sents, tuple(
            Entity(text[starts[m.start]:starts[m.end - 1] + len(words[m.end - 1])],
                   *self._labels[m.key], starts[m.start], starts[m.end - 1] + len(words[m.end - 1]))
            for m in ents))

    @staticmethod
    def _sent_start(words: list[str], breaks: list[int], sentences: bool,
                    first_known: bool) -> list[bool | None]:
        """is_sent_start per token: True/False from the sentencizer, else None (unknown) but for
        the first token, which spaCy marks unless a special case replaced it."""
        if sentences:
            sent_start: list[bool | None] = [False] * len(words)
            for b in breaks:
                sent_start[b] = True
        else:
            sent_start = [None] * len(words)
            if words and first_known:
                sent_start[0] = True
        return sent_start

    def _sentence_starts(self, words: list[str]) -> list[int]:
        """spaCy's sentencizer: a sentence starts at the first token after a run of sentence-end
        punctuation that is not itself punctuation."""
        if not words:
            return []
        out = [0]
        n = len(words)
        # the sentence-end tokens, found by list.index from the distinct ones present
        ends: list[int] = []
        for p in self.punct_chars.intersection(words):
            i = words.index(p)
            while True:
                ends.append(i)
                try:
                    i = words.index(p, i + 1)
                except ValueError:
                    break
        j = 0  # where the scan after the last sentence end stopped
        for i in sorted(ends):
            if i < j:
                continue  # within the run of punctuation already passed
            j = i + 1
            while j < n and (words[j] in self.punct_chars or is_punct(words[j])):
                j += 1
            if j < n:
                out.append(j)
        return out

    def _matches(self, tokens: Tokens) -> list[Match]:
        spans = self._lower(tokens.lower) + self._orth(tokens.text)
        if self._tokens.may_match(tokens):
            spans += self._tokens(tokens)
        return filter_spans(spans) if len(spans) > 1 else spans

    def _place_prefix(self, tokens: Tokens, ents: list[Match],
                      sent_start: list[bool | None]) -> list[Match]:
        """``reviewminer_place_prefix``: a body's entity widened left over up to three
        capitalised words that are not stop words ("Northbridge" + "Constabulary")."""
        words, lower = tokens.text, tokens.lower
        spans: list[Match] = []
        widened = False
        for ent in ents:
            label, ent_id = self._labels[ent.key]
            if label != "ORG" or not ent_id or ent_id in self.no_place:
                spans.append(ent)
                continue
            start = ent.start
            steps = 0
            while start > 0 and steps < PLACE_MAX_TOKENS:
                w = words[start - 1]
                if not (w.istitle() and lower[start - 1] not in self.stop_words and w.isalpha()):
                    break
                if not sent_start[start - 1]:
                    start -= 1
                    steps += 1
                elif words[start].istitle() or words[start].isupper():
                    # "Northbridge Constabulary" at a sentence start, but not "Train housing"
                    start -= 1
                    break
                else:
                    break
            if start == ent.start:
                spans.append(ent)
                continue
            widened = True
            spans.append(ent._replace(start=start))
        # the matches come filtered (apart, in order): only a widened one can overlap another
        return filter_spans(spans) if widened else spans
