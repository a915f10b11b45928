"""What an analysis of a text is (its sentences and the agency names in it), and what analyses
texts: the plain-Python :class:`~reviewminer.analysis.gazetteer.GazetteerAnalyzer` or spaCy's
pipeline (:class:`~reviewminer.analysis.spacy_backend.SpacyAnalyzer`), which give the same."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import NamedTuple, Protocol

__all__ = ["PIECE_CHARS", "Analysis", "Analyzer", "Entity", "Remembering", "Sentence", "split_text"]

#: Texts longer than the pipeline's ``max_length`` are analysed in pieces of at most this many
#: characters (spaCy refuses longer texts with E088; pieces keep its memory bounded).
PIECE_CHARS = 100_000


class Entity(NamedTuple):
    """A named body: its text, label (``ORG``), gazetteer id (the canonical name) and where it is
    in the analysed text (character offsets)."""

    text: str
    label: str
    ent_id: str
    start_char: int
    end_char: int


class Sentence(NamedTuple):
    """A sentence's character offsets in the analysed text."""

    start_char: int
    end_char: int


class Analysis(NamedTuple):
    """A text, its sentences (empty when they were not asked for) and its entities."""

    text: str
    sents: tuple[Sentence, ...]
    ents: tuple[Entity, ...]


class Analyzer(Protocol):
    """Analyses texts of any length."""

    def __call__(self, text: str) -> Analysis: ...

    def pipe(self, texts: Iterable[str], *, sentences: bool = True) -> Iterator[Analysis]:
        """Analyses of ``texts`` in order; ``sentences=False`` skips sentence splitting (place
        names at a sentence start are then treated as inside a sentence, as spaCy does with its
        sentencizer disabled)."""
        ...


class Remembering:
    """An analyzer that remembers its analyses of whole texts (``__call__``) for as long as it is
    kept: one document's resolver asks about its title or a heading from several extractors.
    ``pipe`` is passed on as it is."""

    #: Texts remembered at most (a document's headings and subjects are far fewer).
    MAX_TEXTS = 10_000

    def __init__(self, analyzer: Analyzer) -> None:
        self.analyzer = analyzer
        self._seen: dict[str, Analysis] = {}

    def __call__(self, text: str) -> Analysis:
        found = self._seen.get(text)
        if found is None:
            found = self.analyzer(text)
            if len(self._seen) < self.MAX_TEXTS:
                self._seen[text] = found
        return found

    def pipe(self, texts: Iterable[str], *, sentences: bool = True) -> Iterator[Analysis]:
        return self.analyzer.pipe(texts, sentences=sentences)


def split_text(text: str, size: int = PIECE_CHARS) -> list[str]:
    """``text`` in consecutive pieces of at most ``size`` characters that join back to it, cut
    after a line break, else a sentence end, else a space, in the second half of each piece."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > size:
        end = start + size
        half = start + size // 2
        cut = text.rfind("\n", half, end)
        if cut < 0:
            cut = text.rfind(". ", half, end)
            cut = cut + 1 if cut >= 0 else text.rfind(" ", half, end)
        cut = end if cut < 0 else cut + 1
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def join_pieces(text: str, analyses: Iterable[tuple[int, Analysis]]) -> Analysis:
    """One analysis of ``text`` from the analyses of its pieces (each with its start offset)."""
    sents: list[Sentence] = []
    ents: list[Entity] = []
    for offset, a in analyses:
        sents += [Sentence(s + offset, e + offset) for s, e in a.sents]
        ents += [x._replace(start_char=x.start_char + offset, end_char=x.end_char + offset)
                 for x in a.ents]
    return Analysis(text, tuple(sents), tuple(ents))
