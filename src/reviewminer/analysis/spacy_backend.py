"""Analyses from spaCy's pipeline (:mod:`reviewminer.nlp`), for rules the plain analyzer does not
match as spaCy does (a token pattern it does not know, one phrase naming two bodies). Importing
this module imports spaCy (about a second)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from reviewminer.analysis.base import Analysis, Entity, Sentence
from reviewminer.nlp import BoundedPipeline

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["SpacyAnalyzer", "analysis_of"]


def analysis_of(doc: Doc, sentences: bool = True) -> Analysis:
    """A spaCy ``Doc``'s sentences and entities as an :class:`Analysis`."""
    sents = tuple(Sentence(s.start_char, s.end_char) for s in doc.sents) if sentences else ()
    ents = tuple(Entity(e.text, e.label_, e.ent_id_, e.start_char, e.end_char) for e in doc.ents)
    return Analysis(doc.text, sents, ents)


class SpacyAnalyzer:
    """An analyzer running a spaCy pipeline (texts of any length, see
    :class:`~reviewminer.nlp.BoundedPipeline`)."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = BoundedPipeline(nlp)

    def __call__(self, text: str) -> Analysis:
        return analysis_of(self.nlp(text))

    def pipe(self, texts: Iterable[str], *, sentences: bool = True) -> Iterator[Analysis]:
        disable = [] if sentences else ["sentencizer"]
        for doc in self.nlp.pipe(texts, disable=disable):
            yield analysis_of(doc, sentences)
