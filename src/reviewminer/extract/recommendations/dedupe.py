"""Merging the copies of one recommendation (body, executive summary, table, action plan)."""

from __future__ import annotations

from dataclasses import dataclass

from reviewminer.extract.recommendations.candidate import Candidate, words
from reviewminer.extract.settings import DEFAULT_EXTRACT_SETTINGS, ExtractSettings
from reviewminer.model import Provenance

Merged = tuple[Candidate, list[Provenance], list[Candidate]]


def drop_overlaps(cands: list[Candidate]) -> list[Candidate]:
    """A span found by two routes (zone item and prose introducer) counts once."""
    out: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (c.prov.char_start, -(c.prov.char_end))):
        if out and not c.from_table and not out[-1].from_table and \
                c.prov.char_start < out[-1].prov.char_end and \
                c.prov.char_end <= out[-1].prov.char_end:
            continue
        out.append(c)
    return out


def similarity(a: set[str], b: set[str]) -> tuple[float, float]:
    """(Jaccard, containment of the smaller in the larger) of two word sets."""
    if not a or not b:
        return 0.0, 0.0
    inter = len(a & b)
    return inter / len(a | b), inter / min(len(a), len(b))


@dataclass
class _Groups:
    cands: list[Candidate]
    wl: list[set[str]]
    groups: list[list[int]]
    s: ExtractSettings

    def strict_place(self, k: int) -> bool:
        """Join the first group whose lead is nearly the same text."""
        for g in self.groups:
            lead = g[0]
            if self.cands[lead].kind != self.cands[k].kind:
                continue
            jac, cont = similarity(self.wl[k], self.wl[lead])
            if jac >= self.s.body_jaccard or cont >= self.s.body_containment:
                g.append(k)
                return True
        return False

    def best_body_group(self, k: int, n_primary: int) -> int | None:
        """The body group a summary copy or table cell overlaps most (same number preferred)."""
        c = self.cands[k]
        best, best_score = None, 0.0
        for gi in range(n_primary):
            lead = self.cands[self.groups[gi][0]]
            if lead.kind != c.kind:
                continue
            _, cont = similarity(self.wl[k], self.wl[self.groups[gi][0]])
            same_num = c.number is not None and c.number == lead.number
            ok = cont >= self.s.copy_containment or \
                (same_num and cont >= self.s.copy_containment_same_number)
            score = cont + (self.s.same_number_bonus if same_num else 0.0)
            if ok and score > best_score:
                best, best_score = gi, score
        return best


def _rank(c: Candidate) -> tuple[int, int, int, int]:
    return (0 if c.from_table else 1, 0 if c.in_summary else 1, 1 if c.number else 0, len(c.text))


def dedupe(cands: list[Candidate],
           settings: ExtractSettings = DEFAULT_EXTRACT_SETTINGS) -> list[Merged]:
    """Merge repeated recommendations; the fullest body version leads, every location is kept.

    Body items merge with each other only when nearly identical. Summary copies and table cells
    are shorter or reworded: each joins the body item it overlaps most (same number preferred),
    or stands alone when none is close.
    """
    g = _Groups(cands, [set(words(c.text)) for c in cands], [], settings)
    for k, c in enumerate(cands):
        if not (c.in_summary or c.from_table) and not g.strict_place(k):
            g.groups.append([k])
    n_primary = len(g.groups)
    for k, c in enumerate(cands):
        if not (c.in_summary or c.from_table):
            continue
        best = g.best_body_group(k, n_primary)
        if best is not None:
            g.groups[best].append(k)
        elif not g.strict_place(k):
            g.groups.append([k])
    out = []
    for group in g.groups:
        members = [cands[k] for k in group]
        lead = max(members, key=_rank)
        if lead.number is None:
            lead.number = next((c.number for c in members if c.number), None)
        locs = [lead.prov, *sorted((c.prov for c in members if c is not lead),
                                   key=lambda p: p.char_start)]
        out.append((lead, locs, members))
    out.sort(key=lambda t: t[0].prov.char_start)
    return out
