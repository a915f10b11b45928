"""Themes: tag every recommendation with the themes of the taxonomy in ``themes.json``.

A theme's score is the sum of the weights of its distinct cues found in the recommendation's text
(a strong cue 2, a weak one 1; see :mod:`reviewminer.rules.themes`); a cue overlapping a span the
theme's ``not`` cues match does not count. A cue inside the name of a body weighs ``name_discount``
less: the names are the recommendation's own parties as written and the spans the file's ``names``
patterns match ("Domestic Abuse Services should ensure ..." is not by itself about domestic abuse).
Themes whose score reaches ``threshold`` are kept, strongest first (taxonomy order on ties), at
most ``max_themes``. ``theme_scores`` explains them: ``"information_sharing 4: shar* ...
information, consent to shar*; training_workforce 2: training"`` (a discounted cue is marked
``(name)``).

Plain compiled regular expressions, each cue tried only where a word of the text begins with its
first word's literal start: well under a millisecond per recommendation.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from reviewminer.extract.context import ExtractionContext
from reviewminer.model import Recommendation
from reviewminer.rules import literals
from reviewminer.rules.fastcase import foldable
from reviewminer.rules.themes import Cue, CueRef, Theme, ThemeRules

__all__ = ["ThemeExtractor", "ThemeScore", "score_themes", "tag_themes"]

Span = tuple[int, int]


@dataclass(frozen=True)
class ThemeScore:
    """One theme's score for a text and the cues that made it (label, weight)."""

    theme: str
    score: int
    cues: tuple[tuple[str, int], ...]

    def explain(self) -> str:
        """``"<theme> <score>: <cue>, <cue>"``, the cues that counted (weight above 0)."""
        return f"{self.theme} {self.score}: " + ", ".join(label for label, w in self.cues if w > 0)


def name_spans(text: str, rules: ThemeRules, names: Iterable[str] = ()) -> list[Span]:
    """Spans of ``text`` that name a body: the given names (as written) and ``rules.names``."""
    spans = [m.span() for p in rules.names for m in p.finditer(text)]
    for name in {n.strip() for n in names if n and len(n.strip()) > 2}:
        spans.extend(m.span() for m in re.finditer(re.escape(name), text, re.IGNORECASE))
    return spans


def _inside(span: Span, spans: Sequence[Span]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in spans)


_WORD = re.compile(r"\w+")


def _found(text: str, rules: ThemeRules) -> dict[CueRef, list[Span]]:
    """Every match of every cue (``not`` cues included), each cue tried only at the words that
    begin with its literal start (:class:`~reviewminer.rules.themes.CueIndex`; a regex cue that
    opens with ``\\b`` and literals, at the words that begin with those: :func:`_index`)."""
    index = _index(rules)
    fold = foldable(text)
    tries_of = index.tries if fold else index.tries_unfolded
    found: dict[CueRef, list[Span]] = {}
    for m in _WORD.finditer(text.lower()):
        word = m.group()
        at = tries_of.get(word)
        if at is None:
            at = _tries(index, rules, word, fold)
            if len(tries_of) < _MAX_WORDS:
                tries_of[word] = at
        if at:
            start = m.start()
            for ref, match in at:
                hit = match(text, start)
                if hit:
                    found.setdefault(ref, []).append(hit.span())
    for ref in index.at_words:
        if fold:  # its matches at words, as finditer reads them: each after the last one
            spans = found.get(ref)
            if spans is not None and len(spans) > 1:
                found[ref] = _one_after_another(spans)
        else:  # the lower-cased text's words may not be the text's
            found.pop(ref, None)
            _search(text, rules, ref, found)
    for ref in index.anywhere:
        _search(text, rules, ref, found)
    return found


def _search(text: str, rules: ThemeRules, ref: CueRef, found: dict[CueRef, list[Span]]) -> None:
    spans = [m.span() for m in _cue(rules, ref).pattern.finditer(text)]
    if spans:
        found[ref] = spans


def _one_after_another(spans: list[Span]) -> list[Span]:
    """The matches ``finditer`` gives of those found at ascending starts: the first, then each
    one starting at or after the end of the last one kept."""
    out: list[Span] = []
    end = 0
    for s, e in spans:
        if s >= end:
            out.append((s, e))
            end = e
    return out


#: The cues tried at a word, remembered per theme rules (the words of reports recur from one
#: recommendation and one document to the next), and how many words and rules are remembered.
_MAX_WORDS = 100_000
_MAX_RULES = 8
Try = tuple[CueRef, Callable[[str, int], "re.Match[str] | None"]]


@dataclass
class _WordIndex:
    """Per theme rules: the cues by the literal start of their first word
    (:class:`~reviewminer.rules.themes.CueIndex`) and the regex cues of :func:`_index`, the
    length of the first word of the phrase cues whose first word is plain (:func:`_plain`), the
    cues tried at each word seen in foldable texts and in others, and the regex cues tried at
    words and those searched."""

    rules: ThemeRules
    by_length: tuple[tuple[int, dict[str, tuple[CueRef, ...]]], ...]
    at_words: tuple[CueRef, ...]
    anywhere: tuple[CueRef, ...]
    plain: dict[CueRef, int]
    tries: dict[str, tuple[Try, ...]] = field(default_factory=dict)
    tries_unfolded: dict[str, tuple[Try, ...]] = field(default_factory=dict)


_INDEXES: dict[int, _WordIndex] = {}


def _index(rules: ThemeRules) -> _WordIndex:
    """The word index of these theme rules (made once). A regex cue without a literal start of
    its own is tried at words too when it opens with ``\\b`` and literals of word characters
    (``\\b(?:risk|concerns)...``: :func:`~reviewminer.rules.literals.word_literals`): in a
    foldable text a match starts only at a word that begins with one of them, where ``re``
    would try it at every character."""
    index = _INDEXES.get(id(rules))
    if index is not None and index.rules is rules:
        return index
    tables = {n: dict(table) for n, table in rules.index.by_length}
    at_words: list[CueRef] = []
    anywhere: list[CueRef] = []
    for ref in rules.index.anywhere:
        lits = literals.word_literals(_cue(rules, ref).pattern)
        if lits is None:
            anywhere.append(ref)
            continue
        at_words.append(ref)
        for lit in lits:
            table = tables.setdefault(len(lit), {})
            table[lit] = (*table.get(lit, ()), ref)
    if len(_INDEXES) >= _MAX_RULES:
        _INDEXES.clear()
    plain = {ref: len(word) for _, table in rules.index.by_length for refs in table.values()
             for ref in refs if (word := _plain(_cue(rules, ref))) is not None}
    index = _INDEXES[id(rules)] = _WordIndex(
        rules, tuple((n, tables[n]) for n in sorted(tables)), tuple(at_words), tuple(anywhere),
        plain)
    return index


def _plain(cue: Cue) -> str | None:
    """A phrase cue's first word when it is plain ASCII letters and digits (its pattern then
    spells it and follows it with ``\\b`` or separators: it matches only at a word of exactly
    that length)."""
    first = cue.label.split()[0]
    return first if first.isascii() and first.isalnum() else None


def _tries(index: _WordIndex, rules: ThemeRules, word: str, fold: bool) -> tuple[Try, ...]:
    """The cues tried at a word (lower case), with their patterns' ``match``: those whose
    literal start begins it, shorter starts first; in a foldable text (whose lower-cased words
    are its words, letter for letter) not those whose plain first word is shorter than the word
    ("child protection" at "children")."""
    out: list[Try] = []
    plain = index.plain if fold else {}
    for n, table in index.by_length:
        if n > len(word):
            break
        out.extend((ref, _cue(rules, ref).pattern.match) for ref in table.get(word[:n], ())
                   if plain.get(ref, len(word)) == len(word))
    return tuple(out)


def _cue(rules: ThemeRules, ref: CueRef) -> Cue:
    theme = rules.themes[ref[0]]
    return (theme.nots if ref[2] else theme.cues)[ref[1]]


def _score(theme: Theme, hits: list[tuple[int, int, int]], nots: Sequence[Span],
           names: Sequence[Span], discount: int) -> ThemeScore:
    """A theme's score from its cues' matches (start, cue index, end): leftmost first, earlier
    cues first at one position, a match overlapping one already counted or a ``not`` span
    skipped, as one alternation of the cues would read the text."""
    best: dict[str, tuple[int, str]] = {}  # cue label -> (weight, label shown)
    end = -1
    for start, c, stop in sorted(hits):
        if start < end or _inside((start, stop), nots):
            continue
        end = stop
        cue = theme.cues[c]
        found = (cue.weight, cue.label)
        if names and _inside((start, stop), names):
            found = (max(0, cue.weight - discount), f"{cue.label} (name)")
        if found[0] > best.get(cue.label, (-1, ""))[0]:
            best[cue.label] = found
    cues = tuple(sorted(((label, w) for w, label in best.values()), key=lambda kv: -kv[1]))
    return ThemeScore(theme.id, sum(w for _, w in cues), cues)


def _theme_hits(text: str, rules: ThemeRules
                ) -> tuple[list[list[tuple[int, int, int]]], list[list[Span]]]:
    """Per theme (taxonomy order), its cues' matches (start, cue index, end) and its ``not``
    spans."""
    hits: list[list[tuple[int, int, int]]] = [[] for _ in rules.themes]
    nots: list[list[Span]] = [[] for _ in rules.themes]
    for (t, c, is_not), found in _found(text, rules).items():
        if is_not:
            nots[t].extend(found)
        else:
            hits[t].extend((s, c, e) for s, e in found)
    return hits, nots


def score_themes(text: str, rules: ThemeRules, names: Iterable[str] = ()) -> list[ThemeScore]:
    """Every theme's score for ``text`` (taxonomy order), ``names`` being bodies it names."""
    spans = name_spans(text, rules, names)
    hits, nots = _theme_hits(text, rules)
    return [_score(theme, hits[t], nots[t], spans, rules.name_discount) if hits[t]
            else ThemeScore(theme.id, 0, ()) for t, theme in enumerate(rules.themes)]


def tag_themes(text: str, rules: ThemeRules, names: Iterable[str] = ()
               ) -> tuple[tuple[str, ...], str]:
    """The themes of ``text`` (ids, strongest first) and their explanation: those of
    :func:`score_themes` scoring at least the threshold (a theme without a cue found scores 0
    and is not scored)."""
    hits, nots = _theme_hits(text, rules)
    least = max(rules.threshold, 1)
    # a theme whose cues found weigh less than the threshold all together cannot reach it
    # (``not`` spans and names only take weight away): it is not scored, nor are names looked
    # for when no theme can reach it
    able = [t for t, theme in enumerate(rules.themes)
            if hits[t] and sum(theme.cues[c].weight for c in {c for _, c, _ in hits[t]}) >= least]
    if not able:
        return (), ""
    spans = name_spans(text, rules, names)
    scored = [(_score(rules.themes[t], hits[t], nots[t], spans, rules.name_discount), t)
              for t in able]
    scored = [(s, t) for s, t in scored if s.score >= least]
    scored.sort(key=lambda st: (-st[0].score, st[1]))  # strongest first, then taxonomy order
    kept = [s for s, _ in scored[: rules.max_themes]]
    return tuple(s.theme for s in kept), "; ".join(s.explain() for s in kept)


class ThemeExtractor:
    """Sets ``themes`` and ``theme_scores`` on every recommendation (runs after them)."""

    name = "themes"

    def run(self, ctx: ExtractionContext) -> None:
        rules = ctx.rules.themes
        ctx.recommendations = tuple(self.tag(r, rules) for r in ctx.recommendations)

    @staticmethod
    def tag(rec: Recommendation, rules: ThemeRules) -> Recommendation:
        themes, explanation = tag_themes(rec.text, rules, (p.name for p in rec.parties))
        return dataclasses.replace(rec, themes=themes, theme_scores=explanation)
