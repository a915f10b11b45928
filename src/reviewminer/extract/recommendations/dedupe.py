"""Merging the copies of one recommendation (body, executive summary, table, action plan).

Two items are never merged when their numbers differ, or when they name different owners (see
:class:`Owner`): "1. The Police should ..." and "2. The Council should ..." stay two
recommendations however alike their wording.

The work is bounded: items are compared only with groups of the same kind whose number agrees
(or is unknown), and at most ``ExtractSettings.max_dedupe_comparisons`` word-set comparisons are
made per document; past that, only exact repeats (the same words, kind, number and owner) are
merged and :func:`dedupe` reports it in a warning.
"""

from __future__ import annotations

import re
from bisect import insort
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from heapq import merge

from reviewminer.extract.recommendations.candidate import Candidate, words
from reviewminer.extract.settings import DEFAULT_EXTRACT_SETTINGS, ExtractSettings
from reviewminer.model import Provenance, RecommendationKind

Merged = tuple[Candidate, list[Provenance], list[Candidate]]

# The number itself at the end of a label: "LSCB 1" in a summary and "1" in the body are one
# item, "R3" and "Recommendation 3" too.
_NUMBER_END = re.compile(r"(\d+(?:\.\d+)*|[ivxlcdm]+|[a-z])\W*$")


def number_key(number: str | None) -> str | None:
    """What two numbers must share to be the same item's ("LSCB 1" -> "1", "(iii)" -> "iii")."""
    if number is None:
        return None
    low = number.strip().lower()
    m = _NUMBER_END.search(low)
    return m.group(1) if m else low


@dataclass(frozen=True)
class Owner:
    """Who an item is addressed to, for telling items apart: the kinds of body it names
    (canonical names) and the specific bodies among them ("Westvale Police")."""

    canonicals: frozenset[str]
    names: frozenset[str]

    def conflicts(self, other: Owner | None) -> bool:
        """Whether the two items are addressed to different bodies."""
        if other is None:
            return False
        if self.canonicals != other.canonicals:
            return True
        return bool(self.names and other.names and self.names != other.names)


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
class _Group:
    members: list[int]
    kind: RecommendationKind
    number: str | None  # number_key of its first numbered member
    owner: Owner | None


@dataclass
class _Groups:
    cands: list[Candidate]
    wl: list[set[str]]
    owners: Sequence[Owner | None]
    s: ExtractSettings
    groups: list[_Group] = field(default_factory=list)
    # (kind, number or None) -> indices of the groups with that number, in creation order
    index: dict[tuple[RecommendationKind, str | None], list[int]] = field(default_factory=dict)
    # exact repeats once the comparison budget is spent: (kind, words, number, owner) -> group
    exact: dict[tuple[object, ...], int] = field(default_factory=dict)
    # kind -> indices of its groups, in creation order
    by_kind: dict[RecommendationKind, list[int]] = field(default_factory=dict)
    budget: int = 0  # comparisons made

    def _key(self, k: int) -> tuple[object, ...]:
        c = self.cands[k]
        return c.kind, frozenset(self.wl[k]), number_key(c.number), self.owners[k]

    def compatible(self, k: int, gi: int) -> bool:
        """Whether item ``k`` may join group ``gi``: same kind, no other number, no other owner."""
        c, g = self.cands[k], self.groups[gi]
        if c.kind != g.kind:
            return False
        num = number_key(c.number)
        if num is not None and g.number is not None and num != g.number:
            return False
        owner = self.owners[k]
        return owner is None or not owner.conflicts(g.owner)

    def candidates(self, k: int, limit: int | None = None) -> Iterator[int]:
        """Indices (ascending, below ``limit``) of the groups of item ``k``'s kind whose number
        may agree (owners and later numbers are checked by :meth:`compatible`)."""
        c = self.cands[k]
        num = number_key(c.number)
        if num is None:
            found: Iterable[int] = self.by_kind.get(c.kind, [])
        else:
            found = merge(self.index.get((c.kind, num), []),
                          self.index.get((c.kind, None), []))
        last = -1
        for gi in found:
            if limit is not None and gi >= limit:
                return
            if gi != last:  # a group numbered after it was made is in both lists
                last = gi
                yield gi

    def spent(self) -> bool:
        """Count one comparison; True once the budget is spent."""
        self.budget += 1
        return self.budget > self.s.max_dedupe_comparisons

    def new_group(self, k: int) -> None:
        c = self.cands[k]
        gi = len(self.groups)
        num = number_key(c.number)
        self.groups.append(_Group([k], c.kind, num, self.owners[k]))
        self.index.setdefault((c.kind, num), []).append(gi)
        self.by_kind.setdefault(c.kind, []).append(gi)
        self.exact.setdefault(self._key(k), gi)

    def join(self, k: int, gi: int) -> None:
        g = self.groups[gi]
        g.members.append(k)
        c = self.cands[k]
        num = number_key(c.number)
        if g.number is None and num is not None:  # the group is now that number's
            g.number = num
            insort(self.index.setdefault((g.kind, num), []), gi)
        if g.owner is None:
            g.owner = self.owners[k]

    def exact_place(self, k: int) -> bool:
        """Join the group of an exact repeat (used once the comparison budget is spent)."""
        gi = self.exact.get(self._key(k))
        if gi is None or not self.compatible(k, gi):
            return False
        self.join(k, gi)
        return True

    def strict_place(self, k: int) -> bool:
        """Join the first group whose lead is nearly the same text."""
        for gi in self.candidates(k):
            if self.spent():
                return self.exact_place(k)
            if not self.compatible(k, gi):
                continue
            lead = self.groups[gi].members[0]
            jac, cont = similarity(self.wl[k], self.wl[lead])
            if jac >= self.s.body_jaccard or cont >= self.s.body_containment:
                self.join(k, gi)
                return True
        return False

    def best_body_group(self, k: int, n_primary: int) -> int | None:
        """The body group a summary copy or table cell overlaps most (same number preferred)."""
        c = self.cands[k]
        best, best_score = None, 0.0
        for gi in self.candidates(k, n_primary):
            if self.spent():
                return best
            if not self.compatible(k, gi):
                continue
            lead = self.cands[self.groups[gi].members[0]]
            _, cont = similarity(self.wl[k], self.wl[self.groups[gi].members[0]])
            same_num = c.number is not None and c.number == lead.number
            ok = cont >= self.s.copy_containment or \
                (same_num and cont >= self.s.copy_containment_same_number)
            score = cont + (self.s.same_number_bonus if same_num else 0.0)
            if ok and score > best_score:
                best, best_score = gi, score
        return best


def _rank(c: Candidate) -> tuple[int, int, int, int]:
    return (0 if c.from_table else 1, 0 if c.in_summary else 1, 1 if c.number else 0, len(c.text))


def dedupe(cands: list[Candidate], settings: ExtractSettings = DEFAULT_EXTRACT_SETTINGS,
           owners: Sequence[Owner | None] | None = None,
           warnings: list[str] | None = None) -> list[Merged]:
    """Merge repeated recommendations; the fullest body version leads, every location is kept.

    Body items merge with each other only when nearly identical. Summary copies and table cells
    are shorter or reworded: each joins the body item it overlaps most (same number preferred),
    or stands alone when none is close. Items with different numbers or different ``owners``
    (one per item, None when unknown) are never merged. When the comparison budget runs out, a
    warning is added to ``warnings``.
    """
    g = _Groups(cands, [set(words(c.text)) for c in cands],
                owners if owners is not None else [None] * len(cands), settings)
    for k, c in enumerate(cands):
        if not (c.in_summary or c.from_table) and not g.strict_place(k):
            g.new_group(k)
    n_primary = len(g.groups)
    for k, c in enumerate(cands):
        if not (c.in_summary or c.from_table):
            continue
        best = g.best_body_group(k, n_primary)
        if best is not None:
            g.join(k, best)
        elif not g.strict_place(k):
            g.new_group(k)
    if g.budget > settings.max_dedupe_comparisons and warnings is not None:
        warnings.append(f"{len(cands)} candidate recommendations: too many to compare, only "
                        "exact repeats were merged past the first "
                        f"{settings.max_dedupe_comparisons} comparisons")
    return _merged(cands, g.groups)


def _merged(cands: list[Candidate], groups: list[_Group]) -> list[Merged]:
    out = []
    for group in groups:
        members = [cands[k] for k in group.members]
        lead = max(members, key=_rank)
        if lead.number is None:
            lead.number = next((c.number for c in members if c.number), None)
        locs = [lead.prov, *sorted((c.prov for c in members if c is not lead),
                                   key=lambda p: p.char_start)]
        out.append((lead, locs, members))
    out.sort(key=lambda t: t[0].prov.char_start)
    return out
