"""Finding the pairs that can link, without trying every pair (:mod:`reviewminer.link`).

A quoted item and a recommendation link only when their numbers agree and their text similarity
is at least ``NUMBER_THRESHOLD``, or when their bag-of-words F1 is at least ``TEXT_THRESHOLD``:
either way they share words. :class:`PairIndex` holds every recommendation's words as a bag (each
word with its count) in an inverted index; for one quote, numpy counts the words it shares with
every recommendation at once (the posting lists of its words), then computes F1, containment and
text similarity for all of them as :func:`reviewminer.link.similarity` does (the same float
operations, so the same values). The pairs that pass either rule with a small margin are the
candidates, with their F1 and containment; :mod:`reviewminer.link` applies the rule to them as to
any pair, so the links are the same as trying every pair (``tests/test_link.py`` checks), at a
cost that grows with the words quotes share rather than with documents squared.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol


class Item(Protocol):
    """What the index reads of an item: its number as printed and its text."""

    @property
    def number(self) -> str | None: ...

    @property
    def text(self) -> str: ...


@dataclass(frozen=True)
class Rule:
    """The parts of the link rule the index needs (:mod:`reviewminer.link` gives them)."""

    words: Callable[[str], list[str]]  # the words of a text, as the similarity counts them
    number_key: Callable[[str | None], str | None]  # a number without its label
    number_threshold: float  # text similarity needed when the numbers agree
    text_threshold: float  # bag-of-words F1 needed otherwise

__all__ = ["MARGIN", "Candidate", "Item", "PairIndex", "Rule"]

Candidate = tuple[int, int, "bool | None", float, float]
"""(group, position, numbers agree, bag-of-words F1, containment) of a pair that may link."""

#: Candidates pass the thresholds less this much (text similarity is rounded to 3 decimals
#: before it is compared), so no pair that links is missed.
MARGIN = 0.001
#: The words of a recommendation shorter than this never count as "contained" (as in link.py).
_MIN_CONTAINED = 6


class PairIndex:
    """The recommendations of the documents that can be answered, for finding candidate pairs.

    Args:
        groups: the recommendations of each answerable document; a candidate is named by
            (group index, position in its group).
        rule: how texts are split into words, numbers compared, and the thresholds.
    """

    def __init__(self, groups: Sequence[Sequence[Item]], rule: Rule) -> None:
        import numpy as np

        self._rule = rule
        self._groups = groups

        self._where: list[tuple[int, int]] = []
        self._features: dict[tuple[str, int], int] = {}
        self._numbers: dict[str, int] = {}
        feats: list[int] = []
        owners: list[int] = []
        lengths: list[int] = []
        keys: list[int] = []
        seen: dict[str, list[int]] = {}  # text → its feature ids (texts repeat across copies)
        for g, items in enumerate(groups):
            for j, item in enumerate(items):
                n = len(self._where)
                self._where.append((g, j))
                ids = seen.get(item.text)
                if ids is None:
                    ids = seen[item.text] = [
                        self._features.setdefault((word, k), len(self._features))
                        for word, count in self._bag(item.text).items() for k in range(count)]
                feats += ids
                owners += [n] * len(ids)
                lengths.append(len(ids))
                key = rule.number_key(item.number)
                keys.append(-1 if key is None else self._numbers.setdefault(key, len(self._numbers)))
        feat_arr = np.asarray(feats, dtype=np.int64)
        order = np.argsort(feat_arr, kind="stable")
        self._postings = np.asarray(owners, dtype=np.int64)[order]
        counts = np.bincount(feat_arr, minlength=len(self._features))
        self._starts = np.concatenate(([0], np.cumsum(counts))).astype(np.int64)
        self._lengths = np.asarray(lengths, dtype=np.float64)
        self._keys = np.asarray(keys, dtype=np.int64)
        self._cache: dict[tuple[str, str | None], list[Candidate]] = {}

    def __len__(self) -> int:
        return len(self._where)

    def _bag(self, text: str) -> Counter[str]:
        return Counter(self._rule.words(text))

    def candidates(self, quote: Item) -> list[Candidate]:
        """Every recommendation that may link with ``quote``, with the numbers
        :func:`reviewminer.link._f1_and_containment` gives for the pair."""
        key = (quote.text, self._rule.number_key(quote.number))
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = self._find(*key)
        return found

    def _shared(self, bag: Counter[str]) -> Any:
        """The number of words (with their counts) each recommendation shares with ``bag``."""
        import numpy as np

        ids = [f for word, count in bag.items() for k in range(count)
               if (f := self._features.get((word, k))) is not None]
        if not ids:
            return np.zeros(len(self._where), dtype=np.float64)
        hits = np.concatenate([self._postings[self._starts[f]:self._starts[f + 1]] for f in ids])
        return np.bincount(hits, minlength=len(self._where)).astype(np.float64)

    def _find(self, text: str, number: str | None) -> list[Candidate]:
        import numpy as np

        bag = self._bag(text)
        nq = sum(bag.values())
        if not nq or not self._where:
            return []
        common = self._shared(bag)
        f1 = 2 * common / (nq + self._lengths)
        shorter = np.minimum(nq, self._lengths)
        contained = np.where(shorter >= _MIN_CONTAINED, common / np.maximum(shorter, 1), 0.0)
        possible = f1 >= self._rule.text_threshold - MARGIN
        qkey = -2 if number is None else self._numbers.get(number, -2)
        if qkey >= 0:
            similar = np.maximum(f1, 0.9 * contained)
            possible |= (self._keys == qkey) & (similar >= self._rule.number_threshold - MARGIN)
        hits = np.flatnonzero(possible)
        out: list[Candidate] = []
        for n, key, f, c in zip(hits.tolist(), self._keys[hits].tolist(), f1[hits].tolist(),
                                contained[hits].tolist(), strict=True):
            agree = None if number is None or key < 0 else key == qkey
            out.append((*self._where[n], agree, f, c))
        return out
