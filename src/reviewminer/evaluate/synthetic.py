"""Scoring against the synthetic corpus's gold (``<name>.gold.json``, ``reviewminer-gold/2``)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from reviewminer.evaluate.counts import Counts, Gold, Pairs, unmatched
from reviewminer.evaluate.matching import match, norm_heading, norm_number

__all__ = ["gold_files", "score_kloes", "score_recommendations", "score_report"]


def score_report(report: Any, gold: Gold) -> Counts:
    """Compare one Report with one gold annotation (schema ``reviewminer-gold/2``, or the
    version-1 shapes: absent fields count as not annotated)."""
    c = Counts()
    name = Path(report.source).name
    c.docs = 1
    _score_metadata(c, name, report.metadata, gold)
    grecs: list[Gold] = gold.get("recommendations") or []
    precs = list(report.recommendations)
    pairs = score_recommendations(c, name, grecs, precs)
    score_kloes(c, name, gold.get("lines_of_enquiry") or [], report.lines_of_enquiry)
    _score_actions(c, name, gold.get("action_plan") or [],
                   list(getattr(report, "action_plan", ())), grecs, precs, pairs)
    _score_sections(c, name, gold.get("sections") or [], list(report.sections))
    return c


def _score_metadata(c: Counts, name: str, md: Any, gold: Gold) -> None:
    if md.review_type == gold.get("document_type"):
        c.type_ok = 1
    else:
        c.errors.append(f"{name}: review type {md.review_type} for {gold.get('document_type')}")
    if set(md.subjects) == set(gold.get("subjects") or []):
        c.subject_ok = 1
    else:
        c.errors.append(f"{name}: subjects {list(md.subjects)} for {gold.get('subjects')}")


PairScorer = Callable[[Counts, str, Gold, Any, float], None]


def score_recommendations(c: Counts, name: str, grecs: list[Gold], precs: list[Any],
                          score_pair: PairScorer | None = None, *, pages: bool = False) -> Pairs:
    """Recommendations of every kind: match, then check each matched pair (``score_pair``, by
    default the synthetic corpus's checks); ``pages`` names the pages of misses and extras."""
    c.rec_gold, c.rec_pred = len(grecs), len(precs)
    pairs = match([g["text"] for g in grecs], [p.text for p in precs])
    for i, j, f in pairs:
        (score_pair or _score_rec_pair)(c, name, grecs[i], precs[j], f)
    gp: Callable[[Gold], str] = (lambda g: f" (p{g.get('page')})") if pages else (lambda g: "")
    pp: Callable[[Any], str] = (lambda p: f" (p{p.provenance.page_start})") if pages \
        else (lambda p: "")
    unmatched(c, name, pairs, grecs, precs,
              lambda g: f"missed rec {g.get('number')}{gp(g)}: {g['text'][:90]!r}",
              lambda p: f"spurious rec {p.number}{pp(p)}: {p.text[:90]!r}")
    return pairs


def _score_rec_pair(c: Counts, name: str, g: Gold, p: Any, f: float) -> None:
    c.rec_matched += 1
    c.rec_f1_sum += f
    if norm_number(g.get("number")) == norm_number(p.number):
        c.rec_number_ok += 1
    else:
        c.errors.append(f"{name}: number {p.number!r} for gold {g.get('number')!r}")
    _score_rec_parties(c, name, g, p)
    if g.get("kind", "recommendation") == p.kind.value:
        c.rec_kind_ok += 1
    else:
        c.errors.append(f"{name}: rec {g.get('number')} kind {p.kind.value} for {g.get('kind')}")
    _score_rec_scope_finding(c, name, g, p)
    _score_rec_targets(c, name, g, p)
    if f < 0.95:
        c.errors.append(f"{name}: rec {g.get('number')} boundary F1 {f:.2f}: {p.text[:120]!r}")


def _score_rec_parties(c: Counts, name: str, g: Gold, p: Any) -> None:
    owners = [x.canonical for x in p.parties if x.role == "owner"]
    gp = g.get("parties") or []
    if (owners[:1] == gp[:1]) or (not gp and not owners):
        c.rec_party_ok += 1
    else:
        c.errors.append(f"{name}: rec {g.get('number')} party {owners[:1]} for gold {gp[:1]}")
    if set(owners) == set(gp):
        c.rec_all_parties_ok += 1


def _score_rec_scope_finding(c: Counts, name: str, g: Gold, p: Any) -> None:
    """Scope and finding, where the gold annotates them (null: not annotated)."""
    if g.get("scope") is not None:
        c.rec_scope_n += 1
        if g["scope"] == p.scope:
            c.rec_scope_ok += 1
        else:
            c.errors.append(f"{name}: rec {g.get('number')} scope {p.scope} for {g['scope']}")
    if g.get("finding") is not None:
        c.rec_finding_n += 1
        if norm_number(g["finding"]) == norm_number(p.finding):
            c.rec_finding_ok += 1
        else:
            c.errors.append(f"{name}: rec {g.get('number')} finding {p.finding} for "
                            f"{g['finding']}")


def _score_rec_targets(c: Counts, name: str, g: Gold, p: Any) -> None:
    """Targets, where the gold annotates them (absent or null: not annotated; [] is "none")."""
    if g.get("targets") is None:
        return
    c.rec_target_n += 1
    targets = [x.canonical for x in p.parties if x.role == "target"]
    if set(targets) == set(g["targets"]):
        c.rec_target_ok += 1
    else:
        c.errors.append(f"{name}: rec {g.get('number')} targets {targets} for {g['targets']}")


def score_kloes(c: Counts, name: str, gk: list[Gold], pred: Iterable[Any]) -> None:
    """Lines of enquiry (case-specific ones only)."""
    pk = [x for x in pred if x.kind.value == "line_of_enquiry"]
    c.kloe_gold, c.kloe_pred = len(gk), len(pk)
    kp = match([g["text"] for g in gk], [p.text for p in pk])
    c.kloe_matched = len(kp)
    c.kloe_f1_sum = sum(f for _, _, f in kp)
    unmatched(c, name, kp, gk, pk, lambda g: f"missed KLOE: {g['text'][:90]!r}",
               lambda p: f"spurious KLOE: {p.text[:90]!r}")


def _score_actions(c: Counts, name: str, ga: list[Gold], pa: list[Any], grecs: list[Gold],
                   precs: list[Any], pairs: Pairs) -> None:
    """Action-plan rows, and whether each is linked to the right recommendation."""
    c.action_gold, c.action_pred = len(ga), len(pa)
    pred_to_gold = {j: i for i, j, _ in pairs}
    rec_index = {r.id: j for j, r in enumerate(precs)}
    ap = match([g["action"] for g in ga], [p.action for p in pa])
    c.action_matched = len(ap)
    for i, j, _ in ap:
        g, p = ga[i], pa[j]
        target = _gold_rec_for_action(g, grecs)
        linked_gold = pred_to_gold.get(rec_index.get(p.recommendation_id or "", -1))
        if target is not None and linked_gold == target:
            c.action_linked += 1
        else:
            c.errors.append(f"{name}: action {g['action'][:50]!r} linked to "
                            f"{p.recommendation_id} for gold rec {g.get('recommendation_number')}")
        if g.get("lead_agency") is None or g.get("lead_agency") == p.lead_agency_canonical:
            c.action_lead_ok += 1


def _score_sections(c: Counts, name: str, gs: list[Gold], ps: list[Any]) -> None:
    """Section headings: matched by normalised heading text, in order of appearance."""
    c.sec_gold, c.sec_pred = len(gs), len(ps)
    pool: dict[str, list[int]] = {}
    for j, s in enumerate(ps):
        pool.setdefault(norm_heading(s.heading), []).append(j)
    for g in gs:
        key = norm_heading(g["heading"])
        if pool.get(key):
            j = pool[key].pop(0)
            c.sec_matched += 1
            if ps[j].kind.value == g.get("kind"):
                c.sec_kind_ok += 1
        else:
            c.errors.append(f"{name}: missed heading {g['heading']!r}")
    for left in pool.values():
        for j in left:
            c.errors.append(f"{name}: spurious heading {ps[j].heading!r}")


def _gold_rec_for_action(action: Gold, grecs: list[Gold]) -> int | None:
    """The gold recommendation an action row serves: by its number as printed in the plan
    ("3", "R3", or "LSCB 1" where numbering restarts per agency: number plus lead agency)."""
    ref = norm_number(action.get("recommendation_number"))
    if ref is None:
        return None
    exact = [i for i, r in enumerate(grecs) if norm_number(r.get("number")) == ref]
    if len(exact) == 1:
        return exact[0]
    m = re.search(r"([0-9]+[a-z]?(?:\.[0-9]+)*)$", ref)
    if not m:
        return None
    same = [i for i, r in enumerate(grecs) if norm_number(r.get("number")) == m.group(1)]
    if not same:
        same = _nth_unnumbered_rec(m.group(1), grecs)
    lead = action.get("lead_agency")
    if lead:
        same = [i for i in same if lead in (grecs[i].get("parties") or [])] or same
    return same[0] if len(same) == 1 else None


def _nth_unnumbered_rec(number: str, grecs: list[Gold]) -> list[int]:
    """Where the report prints no numbers, the plan numbers the review's recommendations in
    order: the recommendation at that position (or none)."""
    review = [i for i, r in enumerate(grecs) if r.get("kind", "recommendation") ==
              "recommendation"]
    if not all(grecs[i].get("number") is None for i in review):
        return []
    k = int(re.match(r"[0-9]+", number).group(0)) - 1  # type: ignore[union-attr]
    return [review[k]] if 0 <= k < len(review) else []




def gold_files(folder: Path, split: str | None = None,
               names: Iterable[str] | None = None) -> Iterator[tuple[Path, Gold]]:
    """Every ``*.gold.json`` under ``folder`` (sorted by path) with its content, optionally
    only one split (a gold file without ``split`` is dev) or only some document names."""
    wanted = set(names) if names is not None else None
    for gold_path in sorted(folder.rglob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if split is not None and gold.get("split", "dev") != split:
            continue
        if wanted is not None and gold.get("name") not in wanted:
            continue
        yield gold_path, gold

