"""Matching predicted items to gold items: word tokens, bag-of-words F1, one-to-one pairs."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

__all__ = ["MATCH_THRESHOLD", "match", "norm_heading", "norm_number", "pair_greedily", "tokens",
           "word_f1"]

_WORD = re.compile(r"[a-z0-9]+")
MATCH_THRESHOLD = 0.5


def tokens(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def word_f1(a: str | Sequence[str], b: str | Sequence[str]) -> float:
    """Bag-of-words F1 between two texts."""
    ta = tokens(a) if isinstance(a, str) else list(a)
    tb = tokens(b) if isinstance(b, str) else list(b)
    if not ta or not tb:
        return 0.0
    common = sum((Counter(ta) & Counter(tb)).values())
    if common == 0:
        return 0.0
    p, r = common / len(ta), common / len(tb)
    return 2 * p * r / (p + r)


def match(gold: Sequence[str], pred: Sequence[str],
          threshold: float = MATCH_THRESHOLD) -> list[tuple[int, int, float]]:
    """One-to-one pairs (gold index, pred index, F1), best pairs first."""
    gt = [tokens(g) for g in gold]
    pt = [tokens(p) for p in pred]
    scored = []
    for i, g in enumerate(gt):
        for j, p in enumerate(pt):
            f = word_f1(g, p)
            if f >= threshold:
                scored.append((f, i, j))
    return pair_greedily(scored)


def pair_greedily(scored: list[tuple[float, int, int]]) -> list[tuple[int, int, float]]:
    """One-to-one pairs from scored candidates (score, gold index, pred index), best first."""
    scored = sorted(scored, reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for f, i, j in scored:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        pairs.append((i, j, f))
    return pairs


def norm_number(n: Any) -> str | None:
    if n is None:
        return None
    s = str(n).strip().lower().rstrip(".):").lstrip("(")
    s = re.sub(r"^recommendation\s*", "", s)
    return s or None


def norm_heading(h: str) -> str:
    return " ".join(tokens(h))
