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
from dataclasses import dataclass

from reviewminer.extract.context import ExtractionContext
from reviewminer.model import Recommendation
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
    begin with its literal start (:class:`~reviewminer.rules.themes.CueIndex`)."""
    tries_of = _word_tries(rules)
    found: dict[CueRef, list[Span]] = {}
    for m in _WORD.finditer(text.lower()):
        word = m.group()
        at = tries_of.get(word)
        if at is None:
            at = _tries(rules, word)
            if len(tries_of) < _MAX_WORDS:
                tries_of[word] = at
        if at:
            start = m.start()
            for ref, match in at:
                hit = match(text, start)
                if hit:
                    found.setdefault(ref, []).append(hit.span())
    for ref in rules.index.anywhere:
        spans = [m.span() for m in _cue(rules, ref).pattern.finditer(text)]
        if spans:
            found[ref] = spans
    return found


#: The cues tried at a word, remembered per theme rules (the words of reports recur from one
#: recommendation and one document to the next), and how many words and rules are remembered.
_MAX_WORDS = 100_000
_MAX_RULES = 8
Try = tuple[CueRef, Callable[[str, int], "re.Match[str] | None"]]
_WORD_TRIES: dict[int, tuple[ThemeRules, dict[str, tuple[Try, ...]]]] = {}


def _word_tries(rules: ThemeRules) -> dict[str, tuple[Try, ...]]:
    """The remembered cues of each word seen, for these theme rules."""
    entry = _WORD_TRIES.get(id(rules))
    if entry is None or entry[0] is not rules:
        if len(_WORD_TRIES) >= _MAX_RULES:
            _WORD_TRIES.clear()
        entry = _WORD_TRIES[id(rules)] = (rules, {})
    return entry[1]


def _tries(rules: ThemeRules, word: str) -> tuple[Try, ...]:
    """The cues tried at a word (lower case), with their patterns' ``match``: those whose
    literal start begins it, shorter starts first."""
    out: list[Try] = []
    for n, table in rules.index.by_length:
        if n > len(word):
            break
        out.extend((ref, _cue(rules, ref).pattern.match) for ref in table.get(word[:n], ()))
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
    if not any(hits):
        return (), ""
    spans = name_spans(text, rules, names)
    scored = [(_score(theme, hits[t], nots[t], spans, rules.name_discount), t)
              for t, theme in enumerate(rules.themes) if hits[t]]
    least = max(rules.threshold, 1)
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
