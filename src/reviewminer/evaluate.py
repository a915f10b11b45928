"""Score the extractor against gold annotations (``<name>.gold.json`` beside the documents).

For every gold file and each of its documents (.docx and .pdf), the document is read and its
items are matched one-to-one to the gold items by word overlap (greedy on word-F1, a pair needs
F1 >= 0.5). Reported per document and overall (micro-averaged):

* recommendations: recall, precision, boundary (mean word-F1 of matched texts), number accuracy,
  primary-party accuracy (first owner's canonical name), kind accuracy;
* lines of enquiry (case-specific ones): recall, precision, boundary;
* section headings: recall, precision, and kind accuracy of matched headings.

Gold files follow the schema ``reviewminer-gold/2`` (``sample_docs/README.md``); the older
version-1 shapes are read too. A recommendation's ``targets``, ``scope`` and ``finding`` are
scored only where the gold annotates them (present and not null), action-plan rows only where
``action_plan`` is a list.

Run ``python -m reviewminer.evaluate sample_docs [--split heldout] [--json out.json]``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

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
    scored.sort(reverse=True)
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


@dataclass
class Counts:
    """Counts that add up across documents."""

    rec_gold: int = 0
    rec_pred: int = 0
    rec_matched: int = 0
    rec_f1_sum: float = 0.0
    rec_number_ok: int = 0
    rec_party_ok: int = 0
    rec_kind_ok: int = 0
    rec_scope_n: int = 0
    rec_scope_ok: int = 0
    rec_finding_n: int = 0
    rec_finding_ok: int = 0
    rec_target_n: int = 0
    rec_target_ok: int = 0
    rec_all_parties_ok: int = 0
    action_gold: int = 0
    action_pred: int = 0
    action_matched: int = 0
    action_linked: int = 0
    action_lead_ok: int = 0
    docs: int = 0
    type_ok: int = 0
    subject_ok: int = 0
    kloe_gold: int = 0
    kloe_pred: int = 0
    kloe_matched: int = 0
    kloe_f1_sum: float = 0.0
    sec_gold: int = 0
    sec_pred: int = 0
    sec_matched: int = 0
    sec_kind_ok: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        for k, v in asdict(other).items():
            if k == "errors":
                self.errors.extend(other.errors)
            else:
                setattr(self, k, getattr(self, k) + v)

    def scores(self) -> dict[str, float | int]:
        def div(a: float, b: float) -> float:
            return round(a / b, 4) if b else 1.0

        return {
            "rec_recall": div(self.rec_matched, self.rec_gold),
            "rec_precision": div(self.rec_matched, self.rec_pred),
            "rec_boundary_f1": div(self.rec_f1_sum, self.rec_matched),
            "rec_number_accuracy": div(self.rec_number_ok, self.rec_matched),
            "rec_party_accuracy": div(self.rec_party_ok, self.rec_matched),
            "rec_kind_accuracy": div(self.rec_kind_ok, self.rec_matched),
            "rec_all_parties_accuracy": div(self.rec_all_parties_ok, self.rec_matched),
            "rec_scope_accuracy": div(self.rec_scope_ok, self.rec_scope_n),
            "rec_finding_accuracy": div(self.rec_finding_ok, self.rec_finding_n),
            "rec_target_accuracy": div(self.rec_target_ok, self.rec_target_n),
            "action_recall": div(self.action_matched, self.action_gold),
            "action_precision": div(self.action_matched, self.action_pred),
            "action_link_accuracy": div(self.action_linked, self.action_gold),
            "action_lead_accuracy": div(self.action_lead_ok, self.action_matched),
            "review_type_accuracy": div(self.type_ok, self.docs),
            "subject_accuracy": div(self.subject_ok, self.docs),
            "kloe_recall": div(self.kloe_matched, self.kloe_gold),
            "kloe_precision": div(self.kloe_matched, self.kloe_pred),
            "kloe_boundary_f1": div(self.kloe_f1_sum, self.kloe_matched),
            "section_recall": div(self.sec_matched, self.sec_gold),
            "section_precision": div(self.sec_matched, self.sec_pred),
            "section_kind_accuracy": div(self.sec_kind_ok, self.sec_matched),
            "n_gold_recommendations": self.rec_gold,
            "n_pred_recommendations": self.rec_pred,
        }


Gold = dict[str, Any]
Pairs = list[tuple[int, int, float]]


def score_report(report: Any, gold: Gold) -> Counts:
    """Compare one Report with one gold annotation (schema ``reviewminer-gold/2``, or the
    version-1 shapes: absent fields count as not annotated)."""
    c = Counts()
    name = Path(report.source).name
    c.docs = 1
    _score_metadata(c, name, report.metadata, gold)
    grecs: list[Gold] = gold.get("recommendations") or []
    precs = list(report.recommendations)
    pairs = _score_recommendations(c, name, grecs, precs)
    _score_kloes(c, name, gold.get("lines_of_enquiry") or [], report.lines_of_enquiry)
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


def _score_recommendations(c: Counts, name: str, grecs: list[Gold], precs: list[Any]) -> Pairs:
    """Recommendations of every kind: match, then check each matched pair."""
    c.rec_gold, c.rec_pred = len(grecs), len(precs)
    pairs = match([g["text"] for g in grecs], [p.text for p in precs])
    for i, j, f in pairs:
        _score_rec_pair(c, name, grecs[i], precs[j], f)
    _unmatched(c, name, pairs, grecs, precs,
               lambda g: f"missed rec {g.get('number')}: {g['text'][:90]!r}",
               lambda p: f"spurious rec {p.number}: {p.text[:90]!r}")
    return pairs


def _unmatched(c: Counts, name: str, pairs: Pairs, gold: Sequence[Gold], pred: Sequence[Any],
               missed: Callable[[Gold], str], spurious: Callable[[Any], str]) -> None:
    matched_g = {i for i, _, _ in pairs}
    matched_p = {j for _, j, _ in pairs}
    c.errors.extend(f"{name}: {missed(g)}" for i, g in enumerate(gold) if i not in matched_g)
    c.errors.extend(f"{name}: {spurious(p)}" for j, p in enumerate(pred) if j not in matched_p)


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


def _score_kloes(c: Counts, name: str, gk: list[Gold], pred: Iterable[Any]) -> None:
    """Lines of enquiry (case-specific ones only)."""
    pk = [x for x in pred if x.kind.value == "line_of_enquiry"]
    c.kloe_gold, c.kloe_pred = len(gk), len(pk)
    kp = match([g["text"] for g in gk], [p.text for p in pk])
    c.kloe_matched = len(kp)
    c.kloe_f1_sum = sum(f for _, _, f in kp)
    _unmatched(c, name, kp, gk, pk, lambda g: f"missed KLOE: {g['text'][:90]!r}",
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


@dataclass
class Evaluation:
    per_document: dict[str, dict[str, float | int]]
    per_type: dict[str, dict[str, float | int]]
    per_split: dict[str, dict[str, float | int]]
    overall: dict[str, float | int]
    errors: list[str]
    failures: dict[str, str]


class _Totals:
    """Counts per document, per type/format, per split and overall."""

    def __init__(self) -> None:
        self.per_doc: dict[str, dict[str, float | int]] = {}
        self.by_type: dict[str, Counts] = {}
        self.by_split: dict[str, Counts] = {}
        self.total = Counts()
        self.failures: dict[str, str] = {}

    def add(self, key: str, kind: str, split: str, counts: Counts) -> None:
        self.per_doc[key] = counts.scores()
        self.by_split.setdefault(split, Counts()).add(counts)
        self.by_type.setdefault(kind, Counts()).add(counts)
        self.total.add(counts)

    def evaluation(self) -> Evaluation:
        return Evaluation(
            per_document=self.per_doc,
            per_type={k: v.scores() for k, v in sorted(self.by_type.items())},
            per_split={k: v.scores() for k, v in sorted(self.by_split.items())},
            overall=self.total.scores(),
            errors=self.total.errors,
            failures=self.failures,
        )


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


def _score_file(totals: _Totals, folder: Path, path: Path, gold: Gold,
                reader: Callable[[Path], Any]) -> None:
    fname = path.name
    if not path.exists():
        totals.failures[fname] = "file listed in gold is missing"
        return
    try:
        report = reader(path)
    except Exception as e:  # a scorer reports every failure
        totals.failures[fname] = f"{type(e).__name__}: {e}"
        return
    kind = f"{gold.get('document_type', 'other')}/{path.suffix.lstrip('.')}"
    totals.add(str(path.relative_to(folder)), kind, gold.get("split", "dev"),
               score_report(report, gold))


def evaluate(folder: str | Path, *, split: str | None = None,
             reader: Callable[[Path], Any] | None = None,
             names: Iterable[str] | None = None) -> Evaluation:
    """Score every gold-annotated document in ``folder`` (optionally one split)."""
    if reader is None:
        from reviewminer import read

        reader = read
    folder = Path(folder)
    totals = _Totals()
    for gold_path, gold in gold_files(folder, split, names):
        for fname in gold.get("files", []):
            _score_file(totals, folder, gold_path.parent / fname, gold, reader)
    return totals.evaluation()


_SHOW = ("rec_recall", "rec_precision", "rec_boundary_f1", "rec_number_accuracy",
         "rec_party_accuracy", "kloe_recall", "kloe_precision", "action_link_accuracy",
         "section_recall", "section_precision")


def format_table(rows: dict[str, dict[str, float | int]]) -> str:
    heads = ["document"] + [h.replace("rec_", "r_").replace("_accuracy", "_acc")
                            .replace("action_", "act_").replace("section_", "sec_") for h in _SHOW]
    width = max([len(k) for k in rows] + [8])
    lines = [f"{heads[0]:<{width}} " + " ".join(f"{h:>12}" for h in heads[1:])]
    for k, v in rows.items():
        lines.append(f"{k:<{width}} " + " ".join(f"{v[h]:>12.3f}" for h in _SHOW))
    return "\n".join(lines)


def print_report(ev: Evaluation) -> None:
    """The four score tables: per document, per type/format, per split, overall."""
    print(format_table(ev.per_document))
    print()
    print(format_table(ev.per_type))
    print()
    print(format_table(ev.per_split))
    print()
    print(format_table({"OVERALL": ev.overall}))


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m reviewminer.evaluate", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?", default="sample_docs")
    ap.add_argument("--split", default=None, help="score only gold files of this split")
    ap.add_argument("--errors", action="store_true", help="list every error case")
    ap.add_argument("--json", dest="json_out", default=None, help="write the scores as JSON")
    args = ap.parse_args(argv)
    ev = evaluate(args.folder, split=args.split)
    print_report(ev)
    for k, v in ev.failures.items():
        print(f"FAILED {k}: {v}", file=sys.stderr)
    if args.errors:
        print("\n".join(ev.errors))
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(asdict(ev), indent=2), encoding="utf-8")
    return 1 if ev.failures else 0


if __name__ == "__main__":
    sys.exit(main())
